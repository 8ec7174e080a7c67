package org.latentexplorer.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Generates the "sprites" data set: white shapes on black, every combination of shape x scale x
 * rotation x horizontal position x vertical position (after dSprites), with each image's factors
 * kept as ground truth for disentanglement measures. Labels are the shape.
 */
public final class SpritesGenerator {

  /** The shapes drawn, in label order. */
  public static final List<String> SHAPES = List.of("square", "ellipse", "heart");

  /** The factor names, in {@link FactorTable} column order. */
  public static final List<String> FACTORS = List.of("shape", "scale", "rotation", "x", "y");

  private SpritesGenerator() {}

  /**
   * Generates every combination of the factors.
   *
   * @param size image side in pixels (64 by default)
   * @param scales how many scale levels (from 0.5 to 1 of the largest shape)
   * @param rotations how many rotation levels over a full turn
   * @param positions how many levels of x and of y each
   */
  public static ImageSet generate(int size, int scales, int rotations, int positions) {
    if (size < 8 || scales < 1 || rotations < 1 || positions < 1) {
      throw new IllegalArgumentException("sprites need size >= 8 and at least one level a factor");
    }
    int shapes = SHAPES.size();
    int count = shapes * scales * rotations * positions * positions;
    int pixelsPerImage = size * size;
    float[] pixels = new float[count * pixelsPerImage];
    int[] labels = new int[count];
    int[] factors = new int[count * FACTORS.size()];
    BufferedImage canvas = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    byte[] raster = ((java.awt.image.DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    int i = 0;
    for (int shape = 0; shape < shapes; shape++) {
      for (int s = 0; s < scales; s++) {
        for (int r = 0; r < rotations; r++) {
          for (int x = 0; x < positions; x++) {
            for (int y = 0; y < positions; y++) {
              double scale = scales == 1 ? 1 : 0.5 + 0.5 * s / (scales - 1);
              double angle = 2 * Math.PI * r / rotations;
              double cx = size * (positions == 1 ? 0.5 : 0.25 + 0.5 * x / (positions - 1));
              double cy = size * (positions == 1 ? 0.5 : 0.25 + 0.5 * y / (positions - 1));
              draw(canvas, shape, size * 0.3 * scale, angle, cx, cy);
              for (int p = 0; p < pixelsPerImage; p++) {
                pixels[i * pixelsPerImage + p] = (raster[p] & 0xff) / 255f;
              }
              labels[i] = shape;
              int[] row = {shape, s, r, x, y};
              System.arraycopy(row, 0, factors, i * row.length, row.length);
              i++;
            }
          }
        }
      }
    }
    int[] levels = {shapes, scales, rotations, positions, positions};
    return new ImageSet(
        "sprites", 1, size, size, pixels, labels, SHAPES, new FactorTable(FACTORS, levels, factors));
  }

  /** The default set: 64x64, 3 shapes x 4 scales x 8 rotations x 8 x 8 positions = 6,144. */
  public static ImageSet generateDefault() {
    return generate(64, 4, 8, 8);
  }

  private static void draw(
      BufferedImage canvas, int shape, double extent, double angle, double cx, double cy) {
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      AffineTransform t = new AffineTransform();
      t.translate(cx, cy);
      t.rotate(angle);
      t.scale(extent / 2, extent / 2);
      g.setColor(Color.WHITE);
      g.fill(t.createTransformedShape(unitShape(shape)));
    } finally {
      g.dispose();
    }
  }

  private static Shape unitShape(int shape) {
    switch (shape) {
      case 0:
        return new Rectangle2D.Double(-0.8, -0.8, 1.6, 1.6);
      case 1:
        return new Ellipse2D.Double(-1, -0.55, 2, 1.1);
      default:
        Path2D.Double heart = new Path2D.Double();
        heart.moveTo(0, 1);
        heart.curveTo(-1.3, 0.1, -1.0, -1.1, 0, -0.45);
        heart.curveTo(1.0, -1.1, 1.3, 0.1, 0, 1);
        heart.closePath();
        return heart;
    }
  }
}
