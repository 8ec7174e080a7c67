package org.latentexplorer.ui.explore;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import org.latentexplorer.analysis.plot.ColourScale;

/**
 * The colour bar of the heat map drawn under a scatter: its lowest value, the colours, its highest
 * value and the unit, in one line; absent while no map is drawn.
 */
final class ColourBar extends HBox {

  private static final int WIDTH = 160;
  private static final int HEIGHT = 10;
  private final Label low = new Label();
  private final Label high = new Label();
  private final Label unit = new Label();
  private final ImageView bar = new ImageView();

  ColourBar(String id) {
    super(6);
    setId(id);
    getStyleClass().add("colour-bar");
    setAlignment(Pos.CENTER_LEFT);
    low.setId(id + "-low");
    high.setId(id + "-high");
    unit.setId(id + "-unit");
    getChildren().addAll(unit, low, bar, high);
    show(null);
  }

  /** Shows the scale, or hides the bar when null. */
  void show(ColourScale scale) {
    setVisible(scale != null);
    setManaged(scale != null);
    if (scale == null) {
      return;
    }
    int[] argb = new int[WIDTH * HEIGHT];
    for (int x = 0; x < WIDTH; x++) {
      int c = scale.argb(scale.min() + (scale.max() - scale.min()) * x / (WIDTH - 1));
      for (int y = 0; y < HEIGHT; y++) {
        argb[y * WIDTH + x] = c;
      }
    }
    WritableImage image = new WritableImage(WIDTH, HEIGHT);
    image.getPixelWriter().setPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(), argb, 0, WIDTH);
    bar.setImage(image);
    low.setText(label(scale.min()));
    high.setText(label(scale.max()));
    unit.setText(scale.unit() + ":");
  }

  private static String label(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
