package org.latentexplorer.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.ui.session.Session;

/** A step's state written back as the {@code key: value} lines {@link StateBlock} reads. */
final class StateLines {

  private StateLines() {}

  /** The block's lines for the fields a state sets. */
  static List<String> of(StepState s) {
    List<String> lines = new ArrayList<>();
    add(lines, "main", s.main());
    add(lines, "compare", s.compare());
    add(lines, "tab", s.tab());
    if (s.allData() != null) {
      lines.add("data: " + (s.allData() ? "all" : "held-out"));
    }
    if (s.projection() != null) {
      String p = s.projection();
      int[] a = s.axes() == null ? new int[] {0, 1} : s.axes();
      lines.add("projection: " + switch (p) {
        case "LATENT_AXES" -> "axes z" + (a[0] + 1) + " z" + (a[1] + 1);
        case "PCA" -> "pca pc" + (a[0] + 1) + " pc" + (a[1] + 1);
        default -> p.toLowerCase(Locale.ROOT);
      });
    }
    if (s.view() != null) {
      lines.add("view: " + numbers(s.view()));
    }
    addPoint(lines, "z", s.z());
    addPoint(lines, "compare-z", s.compareZ());
    if (s.bookmarks() != null) {
      if (s.bookmarks().isEmpty()) {
        lines.add("bookmarks: none");
      }
      for (Session.Bookmark bm : s.bookmarks()) {
        lines.add("bookmark: " + bm.name() + " = " + numbers(bm.z()));
      }
    }
    if (s.stripMode() != null) {
      lines.add("strip: " + switch (s.stripMode()) {
        case "ALL_DIMENSIONS" -> "grid";
        default -> s.stripMode().toLowerCase(Locale.ROOT);
      });
    }
    if (s.frames() != null) {
      lines.add("frames: " + s.frames());
    }
    if (s.spherical() != null) {
      lines.add("path: " + (s.spherical() ? "spherical" : "straight"));
    }
    if (s.traversalDimension() != null && s.traversalRange() != null) {
      lines.add("traverse: z" + (s.traversalDimension() + 1) + " " + number(s.traversalRange()));
    }
    addPoint(lines, "from", s.from());
    addPoint(lines, "to", s.to());
    if (s.largeText() != null) {
      lines.add("large-text: " + (s.largeText() ? "on" : "off"));
    }
    add(lines, "analyse", s.analyseCard());
    if (s.train() != null && !s.train().isEmpty()) {
      StringBuilder sb = new StringBuilder("train:");
      s.train().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v));
      lines.add(sb.toString());
    }
    if (s.directions() != null) {
      if (s.directions().isEmpty()) {
        lines.add("directions: none");
      }
      s.directions().forEach(d -> lines.add("direction: " + d));
    }
    if (s.anomalous() != null) {
      lines.add("anomalous: " + (s.anomalous().isEmpty() ? "none" : String.join(", ", s.anomalous())));
    }
    if (s.sampledPixels() != null) {
      lines.add("samples: " + (s.sampledPixels() ? "pixels" : "mean"));
    }
    if (s.run() != null) {
      s.run().forEach(r -> lines.add("run: " + r));
    }
    return lines;
  }

  private static void add(List<String> lines, String key, String value) {
    if (value != null) {
      lines.add(key + ": " + value);
    }
  }

  private static void addPoint(List<String> lines, String key, float[] z) {
    if (z != null) {
      lines.add(key + ": " + numbers(z));
    }
  }

  private static String numbers(float[] values) {
    StringBuilder sb = new StringBuilder();
    for (float v : values) {
      sb.append(sb.isEmpty() ? "" : " ").append(number(v));
    }
    return sb.toString();
  }

  private static String numbers(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      sb.append(sb.isEmpty() ? "" : " ").append(v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : Double.toString(v));
    }
    return sb.toString();
  }

  /** A number as short as it can be written and read back to the same float. */
  static String number(double v) {
    float f = (float) v;
    if (f == Math.rint(f) && Math.abs(f) < 1e6) {
      return Long.toString((long) f);
    }
    return Float.toString(f);
  }
}
