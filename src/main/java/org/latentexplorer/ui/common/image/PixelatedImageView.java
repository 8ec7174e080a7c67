package org.latentexplorer.ui.common.image;

import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.latentexplorer.model.InputShape;

/**
 * A model image shown large with hard pixel edges, filling its space while keeping its aspect.
 * The enlargement is done here, nearest-neighbour, into an image of exactly the size shown, so no
 * rendering pipeline can blur it or wrap its edges (software rendering ignores an ImageView's
 * smooth flag when it scales).
 */
public final class PixelatedImageView extends StackPane {

  private final ImageView view = new ImageView();
  private int[] argb = new int[0];
  private int sourceWidth;
  private int sourceHeight;
  private int shownWidth;
  private int shownHeight;

  public PixelatedImageView(double preferredSide) {
    view.setSmooth(false);
    view.setPreserveRatio(false);
    setPrefSize(preferredSide, preferredSide);
    setMinSize(32, 32);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    setAlignment(Pos.CENTER);
    getStyleClass().addAll("pixelated-image", "empty");
    getChildren().add(view);
  }

  /** Shows new pixels, enlarged to the space the view has. */
  public void show(float[] pixels, InputShape shape) {
    argb = PixelImages.toArgb(pixels, shape);
    sourceWidth = shape.width();
    sourceHeight = shape.height();
    shownWidth = 0;
    enlarge();
    getStyleClass().remove("empty");
  }

  /** Shows nothing. */
  public void clear() {
    argb = new int[0];
    sourceWidth = 0;
    view.setImage(null);
    if (!getStyleClass().contains("empty")) {
      getStyleClass().add("empty");
    }
  }

  @Override
  protected void layoutChildren() {
    enlarge();
    super.layoutChildren();
  }

  private void enlarge() {
    if (sourceWidth == 0) {
      return;
    }
    double scale = Math.min(getWidth() / sourceWidth, getHeight() / sourceHeight);
    if (!(scale > 0)) {
      scale = Math.min(getPrefWidth() / sourceWidth, getPrefHeight() / sourceHeight);
    }
    int w = Math.max(1, (int) Math.floor(sourceWidth * scale));
    int h = Math.max(1, (int) Math.floor(sourceHeight * scale));
    if (w == shownWidth && h == shownHeight && view.getImage() != null) {
      return;
    }
    shownWidth = w;
    shownHeight = h;
    view.setImage(nearestNeighbour(argb, sourceWidth, sourceHeight, w, h));
  }

  /** An image of {@code w x h} where every pixel takes the colour of the source pixel under it. */
  static WritableImage nearestNeighbour(int[] argb, int sw, int sh, int w, int h) {
    int[] out = new int[w * h];
    int[] column = new int[w];
    for (int x = 0; x < w; x++) {
      column[x] = Math.min(sw - 1, (int) ((long) x * sw / w));
    }
    for (int y = 0; y < h; y++) {
      int row = Math.min(sh - 1, (int) ((long) y * sh / h)) * sw;
      for (int x = 0; x < w; x++) {
        out[y * w + x] = argb[row + column[x]];
      }
    }
    WritableImage image = new WritableImage(w, h);
    image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
    return image;
  }

  /** The ARGB pixels on screen now (at the model's size), for tests and export. */
  public int[] argb() {
    return argb.clone();
  }

  /** The enlarged image on screen, or null. */
  public WritableImage image() {
    return (WritableImage) view.getImage();
  }
}
