package org.latentexplorer.analysis.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.latentexplorer.model.InputShape;

/** Model images as AWT images for export: enlarged with hard pixel edges, or laid out in a grid. */
public final class Raster {

  private Raster() {}

  /** One image, each model pixel becoming a {@code scale x scale} block. */
  public static BufferedImage enlarged(float[] pixels, InputShape shape, int scale) {
    int[] argb = Pixels.toArgb(pixels, shape);
    int w = shape.width();
    int h = shape.height();
    BufferedImage out = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h * scale; y++) {
      for (int x = 0; x < w * scale; x++) {
        out.setRGB(x, y, argb[(y / scale) * w + x / scale]);
      }
    }
    return out;
  }

  /**
   * Rows of frames on white, each frame enlarged, with a caption under each.
   *
   * @param rows one list of frames a row
   * @param captions one list of captions a row (or null for none)
   */
  public static BufferedImage grid(
      List<List<float[]>> rows, List<List<String>> captions, InputShape shape, int scale) {
    int cell = shape.width() * scale;
    int cellH = shape.height() * scale;
    int gap = 6;
    int captionH = captions == null ? 0 : 16;
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int width = gap + columns * (cell + gap);
    int height = gap + rows.size() * (cellH + captionH + gap);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          int x = gap + c * (cell + gap);
          int y = gap + r * (cellH + captionH + gap);
          g.drawImage(enlarged(rows.get(r).get(c), shape, scale), x, y, null);
          if (captions != null) {
            g.setColor(Color.DARK_GRAY);
            String text = captions.get(r).get(c);
            int tw = g.getFontMetrics().stringWidth(text);
            g.drawString(text, x + (cell - tw) / 2, y + cellH + 12);
          }
        }
      }
    } finally {
      g.dispose();
    }
    return out;
  }
}
