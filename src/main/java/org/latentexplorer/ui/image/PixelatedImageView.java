package org.latentexplorer.ui.image;

import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.latentexplorer.model.InputShape;

/**
 * A model image shown large with hard pixel edges (nearest-neighbour scaling, never blurred),
 * filling its space while keeping its aspect.
 */
public final class PixelatedImageView extends StackPane {

  private final ImageView view = new ImageView();
  private WritableImage image;
  private int[] argb = new int[0];

  public PixelatedImageView(double preferredSide) {
    view.setSmooth(false);
    view.setPreserveRatio(true);
    view.fitWidthProperty().bind(widthProperty());
    view.fitHeightProperty().bind(heightProperty());
    setPrefSize(preferredSide, preferredSide);
    setMinSize(32, 32);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    setAlignment(Pos.CENTER);
    getStyleClass().addAll("pixelated-image", "empty");
    getChildren().add(view);
  }

  /** Shows new pixels, reusing the image when the size is unchanged. */
  public void show(float[] pixels, InputShape shape) {
    argb = PixelImages.toArgb(pixels, shape);
    if (image == null
        || (int) image.getWidth() != shape.width()
        || (int) image.getHeight() != shape.height()) {
      image = new WritableImage(shape.width(), shape.height());
      view.setImage(image);
    }
    PixelImages.write(image, argb, shape.width(), shape.height());
    getStyleClass().remove("empty");
  }

  /** Shows nothing. */
  public void clear() {
    image = null;
    argb = new int[0];
    view.setImage(null);
    if (!getStyleClass().contains("empty")) {
      getStyleClass().add("empty");
    }
  }

  /** The ARGB pixels on screen now (at the model's size), for tests and export. */
  public int[] argb() {
    return argb.clone();
  }

  /** The image on screen, or null. */
  public WritableImage image() {
    return image;
  }
}
