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

  /**
   * Rows of frames with their context, for a strip exported on its own: a heading, each row's
   * title on the left (its lines as given), and each frame's caption (any number of lines) under
   * it.
   */
  public static BufferedImage titledGrid(
      String heading, List<String> rowTitles, List<List<float[]>> rows, List<List<String>> captions,
      InputShape shape, int scale) {
    int cell = shape.width() * scale;
    int cellH = shape.height() * scale;
    int gap = 8;
    int line = 14;
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D pg = probe.createGraphics();
    int titleW = 0;
    int captionLines = 1;
    int captionW = 0;
    int headingW = 0;
    try {
      pg.setFont(bold);
      headingW = heading == null ? 0 : pg.getFontMetrics().stringWidth(heading);
      pg.setFont(font);
      for (String t : rowTitles) {
        for (String l : t.split("\n")) {
          titleW = Math.max(titleW, pg.getFontMetrics().stringWidth(l));
        }
      }
      for (List<String> row : captions) {
        for (String c : row) {
          captionLines = Math.max(captionLines, c.split("\n").length);
          for (String l : c.split("\n")) {
            captionW = Math.max(captionW, pg.getFontMetrics().stringWidth(l));
          }
        }
      }
    } finally {
      pg.dispose();
    }
    titleW += gap;
    int headH = heading == null || heading.isEmpty() ? 0 : 22;
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int rowH = cellH + captionLines * line + gap;
    int column = Math.max(cell, captionW);
    int width = Math.max(gap + titleW + columns * (column + gap), 2 * gap + headingW);
    int height = gap + headH + rows.size() * rowH;
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      if (headH > 0) {
        g.setFont(bold);
        g.setColor(Color.BLACK);
        g.drawString(heading, gap, gap + 14);
      }
      g.setFont(font);
      for (int r = 0; r < rows.size(); r++) {
        int y = gap + headH + r * rowH;
        g.setColor(Color.BLACK);
        String[] title = rowTitles.get(r).split("\n");
        for (int l = 0; l < title.length; l++) {
          g.drawString(title[l], gap, y + cellH / 2 - (title.length - 1) * line / 2 + l * line + 4);
        }
        for (int c = 0; c < rows.get(r).size(); c++) {
          int x = gap + titleW + c * (column + gap) + (column - cell) / 2;
          g.drawImage(enlarged(rows.get(r).get(c), shape, scale), x, y, null);
          g.setColor(Color.DARK_GRAY);
          String[] caption = captions.get(r).get(c).split("\n");
          for (int l = 0; l < caption.length; l++) {
            int tw = g.getFontMetrics().stringWidth(caption[l]);
            g.drawString(caption[l], x + (cell - tw) / 2, y + cellH + 12 + l * line);
          }
        }
      }
    } finally {
      g.dispose();
    }
    return out;
  }
}
