package org.latentexplorer.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.ui.session.Session;
import org.latentexplorer.ui.session.SessionFile;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/**
 * A step's state block, one {@code key: value} a line, read into a {@link StepState} and written
 * back. Dimensions are counted from 1 here (z1, z2, ...), as the window labels them.
 */
final class StateBlock {

  /** The keys a block may hold, in the order they are written. */
  static final List<String> KEYS = List.of(
      "main", "compare", "tab", "data", "projection", "view", "z", "compare-z", "bookmark",
      "bookmarks", "strip", "frames", "path", "traverse", "from", "to", "large-text", "analyse",
      "train", "anomalous", "samples", "direction", "directions", "run");

  /** The Train tab's settings a step may give, as the {@code train} command names them. */
  static final List<String> TRAIN_OPTIONS = List.of(
      "--data", "--kind", "--arch", "--latent", "--hidden", "--beta", "--warmup", "--epochs",
      "--batch", "--lr", "--seed", "--name");

  /** The Analyse tab's cards a step may scroll to (those of {@code AnalysisPanel.CARDS}). */
  static final List<String> ANALYSE_CARDS = List.of(
      "projections", "density", "coverage", "samples", "manifold", "sensitivity", "encoder", "directions");

  /** What a step may start on arriving. */
  static final List<String> RUNS = List.of("training", "training-both", "stop-training", "evaluation", "anomaly");

  private StateBlock() {}

  /** A block's line that cannot be used: its number in the file and what is wrong. */
  record Problem(int line, String field, String message) {
    @Override
    public String toString() {
      return "line " + line + ", " + field + ": " + message;
    }
  }

  /**
   * Reads a block's lines; the first is line {@code firstLine} of the file. Each line that cannot
   * be used adds a problem and sets nothing.
   */
  static StepState parse(List<String> lines, int firstLine, List<Problem> problems) {
    Builder b = new Builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = firstLine + i;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.add(new Problem(number, "'" + line + "'", "expected 'key: value' (keys: " + String.join(", ", KEYS) + ")"));
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      try {
        b.set(key, value);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(number, key, e.getMessage()));
      }
    }
    return b.build();
  }

  /** The block's lines for the fields a state sets ({@link StateLines}). */
  static List<String> format(StepState s) {
    return StateLines.of(s);
  }

  /** Collects a block's fields. */
  private static final class Builder {
    private String main;
    private String compare;
    private String tab;
    private Boolean allData;
    private String projection;
    private int[] axes;
    private double[] view;
    private float[] z;
    private float[] compareZ;
    private List<Session.Bookmark> bookmarks;
    private String stripMode;
    private Integer frames;
    private Boolean spherical;
    private Integer traversalDimension;
    private Double traversalRange;
    private float[] from;
    private float[] to;
    private Boolean largeText;
    private String analyseCard;
    private java.util.Map<String, String> train;
    private List<String> anomalous;
    private Boolean sampledPixels;
    private List<String> directions;
    private List<String> run;

    private static List<String> names(String value) {
      if (value.equals("none")) {
        return List.of();
      }
      List<String> names = java.util.Arrays.stream(value.split(",")).map(String::strip).toList();
      if (names.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("'" + value + "' must be class names separated by commas");
      }
      return names;
    }

    void set(String key, String value) {
      switch (key) {
        case "main" -> main = name(value);
        case "compare" -> compare = name(value);
        case "tab" -> tab = oneOf(value, LessonWindow.TABS);
        case "data" -> allData = "all".equals(oneOf(value, List.of("held-out", "all")));
        case "projection" -> projection(value);
        case "view" -> view(value);
        case "z" -> z = point(value);
        case "compare-z" -> compareZ = point(value);
        case "bookmark" -> bookmark(value);
        case "bookmarks" -> {
          oneOf(value, List.of("none"));
          bookmarks = new ArrayList<>();
        }
        case "strip" -> stripMode = switch (oneOf(value, List.of("interpolation", "traversal", "grid"))) {
          case "grid" -> "ALL_DIMENSIONS";
          default -> value.toUpperCase(Locale.ROOT);
        };
        case "frames" -> frames = whole(value, 2, 30);
        case "path" -> spherical = "spherical".equals(oneOf(value, List.of("straight", "spherical")));
        case "traverse" -> traverse(value);
        case "from" -> from = point(value);
        case "to" -> to = point(value);
        case "large-text" -> largeText = "on".equals(oneOf(value, List.of("on", "off")));
        case "analyse" -> analyseCard = oneOf(value, ANALYSE_CARDS);
        case "train" -> train(value);
        case "anomalous" -> anomalous = names(value);
        case "direction" -> {
          if (directions == null) {
            directions = new ArrayList<>();
          }
          directions.add(Direction.parse(value).line());
        }
        case "directions" -> {
          oneOf(value, List.of("none"));
          directions = new ArrayList<>();
        }
        case "samples" -> sampledPixels = "pixels".equals(oneOf(value, List.of("mean", "pixels")));
        case "run" -> {
          String r = oneOf(value, RUNS);
          if (run == null) {
            run = new ArrayList<>();
          }
          run.add(r);
        }
        default -> throw new IllegalArgumentException(
            "not a key of a step (keys: " + String.join(", ", KEYS) + ")");
      }
    }

    private void train(String value) {
      String[] parts = value.strip().split("\\s+");
      java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
      for (int i = 0; i < parts.length; i++) {
        String option = parts[i];
        if (!TRAIN_OPTIONS.contains(option)) {
          throw new IllegalArgumentException("'" + option + "' is not one of " + String.join(", ", TRAIN_OPTIONS));
        }
        if (i + 1 >= parts.length || parts[i + 1].startsWith("--")) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String v = parts[++i];
        switch (option) {
          case "--kind" -> oneOf(v, List.of("ae", "vae"));
          case "--arch" -> oneOf(v, List.of("mlp", "conv"));
          case "--latent", "--epochs", "--batch", "--warmup" -> whole(v, option.equals("--warmup") ? 0 : 1, 100_000);
          case "--beta", "--lr" -> {
            double d = point(v)[0];
            if (!(d >= 0)) {
              throw new IllegalArgumentException(option + " must be 0 or more, not " + v);
            }
          }
          case "--hidden" -> {
            if (!v.matches("[0-9]+(,[0-9]+)*")) {
              throw new IllegalArgumentException("--hidden must be widths separated by commas, such as 512,256");
            }
          }
          case "--seed" -> {
            try {
              Long.parseLong(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--seed must be a whole number, not " + v);
            }
          }
          default -> {
            // --data and --name: any text
          }
        }
        settings.put(option, v);
      }
      if (train == null) {
        train = new java.util.LinkedHashMap<>();
      }
      train.putAll(settings);
    }

    private static String name(String value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("names no model");
      }
      return value;
    }

    private static String oneOf(String value, List<String> choices) {
      String v = value.toLowerCase(Locale.ROOT);
      if (!choices.contains(v)) {
        throw new IllegalArgumentException("'" + value + "' must be one of " + String.join(", ", choices));
      }
      return v;
    }

    private void projection(String value) {
      String[] parts = value.toLowerCase(Locale.ROOT).split("\\s+");
      switch (parts[0]) {
        case "axes", "pca" -> {
          if (parts.length != 3) {
            throw new IllegalArgumentException(
                "'" + value + "' must be 'axes z1 z2', 'pca pc1 pc2', or one of " + embeddings());
          }
          String prefix = parts[0].equals("axes") ? "z" : "pc";
          axes = new int[] {dimension(parts[1], prefix), dimension(parts[2], prefix)};
          projection = parts[0].equals("axes") ? "LATENT_AXES" : "PCA";
        }
        default -> {
          String id = parts[0].replace("-", "").toUpperCase(Locale.ROOT);
          if (parts.length != 1 || ProjectionView.named(id).map(ProjectionView::method).isEmpty()) {
            throw new IllegalArgumentException(
                "'" + value + "' must be 'axes z1 z2', 'pca pc1 pc2', or one of " + embeddings());
          }
          projection = id;
        }
      }
    }

    private static String embeddings() {
      return String.join(", ", ProjectionView.values().stream()
          .filter(v -> v.method() != null).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static int dimension(String text, String prefix) {
      String digits = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
      try {
        int d = Integer.parseInt(digits);
        if (d >= 1) {
          return d - 1;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException("'" + text + "' is not a dimension (" + prefix + "1, " + prefix + "2, ...)");
    }

    private void view(String value) {
      float[] checked = point(value);
      double[] v = java.util.Arrays.stream(value.strip().split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
      if (checked.length != 4 || !(v[1] > v[0]) || !(v[3] > v[2])) {
        throw new IllegalArgumentException("'" + value + "' must be four numbers: x from, x to, y from, y to (from below to)");
      }
      view = v;
    }

    private void bookmark(String value) {
      int eq = value.lastIndexOf('=');
      if (eq <= 0 || value.substring(0, eq).isBlank()) {
        throw new IllegalArgumentException("'" + value + "' must be 'NAME = the z values'");
      }
      if (bookmarks == null) {
        bookmarks = new ArrayList<>();
      }
      bookmarks.add(new Session.Bookmark(value.substring(0, eq).strip(), point(value.substring(eq + 1))));
    }

    private void traverse(String value) {
      String[] parts = value.strip().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException("'" + value + "' must be a dimension and a half width, such as 'z2 3'");
      }
      int d = dimension(parts[0].toLowerCase(Locale.ROOT), "z");
      double r = point(parts[1])[0];
      if (!(r >= 0.5 && r <= 10)) {
        throw new IllegalArgumentException("the half width " + parts[1] + " must be 0.5 to 10");
      }
      traversalDimension = d;
      traversalRange = r;
    }

    private static int whole(String value, int min, int max) {
      try {
        int v = Integer.parseInt(value.strip());
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException("'" + value + "' must be a whole number from " + min + " to " + max);
    }

    private static float[] point(String value) {
      String[] parts = value.strip().split("[\\s,]+");
      if (value.isBlank()) {
        throw new IllegalArgumentException("no numbers given");
      }
      float[] z = new float[parts.length];
      for (int i = 0; i < parts.length; i++) {
        try {
          z[i] = Float.parseFloat(parts[i]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + parts[i] + "' is not a number");
        }
        if (!(Math.abs(z[i]) <= SessionFile.MAX_COORDINATE) || parts[i].matches("(?i).*[a-z].*") && !parts[i].matches("(?i)[-+0-9.]+e[-+]?[0-9]+")) {
          throw new IllegalArgumentException("'" + parts[i] + "' must be a number within +/-" + (long) SessionFile.MAX_COORDINATE);
        }
      }
      return z;
    }

    StepState build() {
      return new StepState(main, compare, tab, allData, projection, axes, view, z, compareZ, bookmarks,
          stripMode, frames, spherical, traversalDimension, traversalRange, from, to, largeText,
          analyseCard, train, anomalous, sampledPixels, directions, run);
    }
  }
}
