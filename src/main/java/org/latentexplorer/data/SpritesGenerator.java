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
import java.lang.ref.SoftReference;
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
  public static final List<String> FACTORS = List.of("shape", "scale", "orientation", "x", "y");

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
    int[] levels = {SHAPES.size(), scales, rotations, positions, positions};
    int count = levels[0] * scales * rotations * positions * positions;
    int[] factors = new int[count * FACTORS.size()];
    int i = 0;
    for (int shape = 0; shape < levels[0]; shape++) {
      for (int s = 0; s < scales; s++) {
        for (int r = 0; r < rotations; r++) {
          for (int x = 0; x < positions; x++) {
            for (int y = 0; y < positions; y++) {
              int[] row = {shape, s, r, x, y};
              System.arraycopy(row, 0, factors, i * row.length, row.length);
              i++;
            }
          }
        }
      }
    }
    return draw(size, levels, factors);
  }

  /** The levels of dSprites (Matthey et al. 2017): shape 3, scale 6, orientation 40, x 32, y 32. */
  public static final int[] DSPRITES_LEVELS = {3, 6, 40, 32, 32};

  /**
   * A seeded random sample of the dSprites-like space (737,280 combinations at {@link
   * #DSPRITES_LEVELS}), each factor drawn uniformly and independently, as disentanglement_lib
   * samples its ground truth; only the images asked for are drawn.
   *
   * @param size image side in pixels (64 as dSprites)
   * @param count how many images
   */
  public static ImageSet sample(int size, int count, long seed) {
    if (size < 8 || count < 1) {
      throw new IllegalArgumentException("sprites need size >= 8 and at least one image");
    }
    int k = DSPRITES_LEVELS.length;
    int[] factors = new int[count * k];
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      for (int f = 0; f < k; f++) {
        factors[i * k + f] = random.nextInt(DSPRITES_LEVELS[f]);
      }
    }
    return draw(size, DSPRITES_LEVELS.clone(), factors);
  }

  private static SoftReference<ImageSet> lastShared = new SoftReference<>(null);
  private static SampleKey lastKey;

  private record SampleKey(int size, int count, long seed) {}

  /**
   * The same images as {@link #sample}, the last sample kept softly and handed to every caller that
   * asks for it while it lives: the window's two panes and an evaluation of sprites share one copy
   * (160 MB for 10,000 pictures) instead of drawing and holding one each. The set is read-only, as
   * every {@link ImageSet} is to its users.
   */
  public static synchronized ImageSet shared(int size, int count, long seed) {
    SampleKey key = new SampleKey(size, count, seed);
    ImageSet kept = lastShared.get();
    if (kept == null || !key.equals(lastKey)) {
      kept = sample(size, count, seed);
      lastShared = new SoftReference<>(kept);
      lastKey = key;
    }
    return kept;
  }

  /** The images of given factor rows, drawn in parallel. */
  private static ImageSet draw(int size, int[] levels, int[] factors) {
    int k = FACTORS.size();
    int count = factors.length / k;
    int pixelsPerImage = size * size;
    float[] pixels = new float[count * pixelsPerImage];
    int[] labels = new int[count];
    java.util.stream.IntStream.range(0, (count + 255) / 256)
        .parallel()
        .forEach(
            block -> {
              BufferedImage canvas = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
              byte[] raster =
                  ((java.awt.image.DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
              for (int i = block * 256; i < Math.min(count, (block + 1) * 256); i++) {
                int shape = factors[i * k];
                int s = factors[i * k + 1];
                int r = factors[i * k + 2];
                int x = factors[i * k + 3];
                int y = factors[i * k + 4];
                draw(
                    canvas, shape, size * 0.3 * (levels[1] == 1 ? 1 : level(s, levels[1], 0.5, 1)),
                    2 * Math.PI * r / levels[2], size * level(x, levels[3], 0.25, 0.75),
                    size * level(y, levels[4], 0.25, 0.75));
                for (int p = 0; p < pixelsPerImage; p++) {
                  pixels[i * pixelsPerImage + p] = (raster[p] & 0xff) / 255f;
                }
                labels[i] = shape;
              }
            });
    return new ImageSet(
        "sprites", 1, size, size, pixels, labels, SHAPES, new FactorTable(FACTORS, levels, factors));
  }

  /** Level {@code v} of {@code n}, spread evenly from {@code low} to {@code high}; the middle for one level. */
  static double level(int v, int n, double low, double high) {
    return n == 1 ? (low + high) / 2 : low + (high - low) * v / (n - 1);
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
