package org.latentexplorer.ui.session;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/** Reads and writes session files: atomically, and with one clear message for a bad file. */
public final class SessionFile {

  private static final List<String> PROJECTIONS =
      ProjectionView.values().stream().map(ProjectionView::name).toList();
  private static final Set<String> MODES = Set.of("INTERPOLATION", "TRAVERSAL", "ALL_DIMENSIONS");
  private static final Set<String> GRIDS = Set.of("FIRST", "ACTIVE", "VARIANCE");

  /** The largest coordinate a session may hold (z, bookmarks, strip ends, the scatter's view). */
  public static final double MAX_COORDINATE = 1e6;

  private SessionFile() {}

  /** A session file that cannot be used, with the file and the field named. */
  public static final class BadSession extends IOException {
    public BadSession(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  /** A session read and checked, with the model folders it names found. */
  public record Opened(Path file, Session session, Path main, Path compare) {}

  /**
   * Reads and checks a session file and finds its model folders: everything that can be known
   * without opening a model, so that a file that cannot be used is refused before anything changes.
   */
  public static Opened open(Path file) throws IOException {
    Session s = read(file);
    Path main = modelFolder(file, s.main());
    Path compare = s.compare() == null ? null : modelFolder(file, s.compare());
    return new Opened(file, s, main, compare);
  }

  /** Writes a session, replacing the file only once the new one is whole. */
  public static void write(Path file, Session session) throws IOException {
    writeJson(file, session);
  }

  /** Writes any session record as JSON, replacing the file only once the new one is whole. */
  public static void writeJson(Path file, Object session) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      Json.GSON.toJson(session, w);
      w.flush();
    });
  }

  /** Reads and checks a session file. */
  public static Session read(Path file) throws IOException {
    String text = TextFile.read(file, "session file", BadSession::new);
    Session s;
    com.google.gson.stream.JsonReader reader =
        new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
    try {
      s = Json.GSON.fromJson(reader, Session.class);
      if (s != null && reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
        throw new BadSession(file, "not a session file (more after the end of the JSON object)");
      }
    } catch (BadSession e) {
      throw e;
    } catch (IOException e) {
      throw new BadSession(file, "not a session file (" + jsonProblem(e.getMessage()) + ")");
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      String problem = jsonProblem(e.getMessage());
      Throwable cause = e instanceof NumberFormatException ? e : e.getCause();
      if (cause instanceof NumberFormatException n) {
        String field = reader.getPath().replaceFirst("^\\$\\.?", "");
        java.util.regex.Matcher whole = NOT_WHOLE.matcher(String.valueOf(n.getMessage()));
        problem = whole.find()
            ? field + ": expected a whole number, found " + whole.group(1)
            : field + ": expected a number, found " + n.getMessage().replaceFirst("^For input string: ", "");
      }
      throw new BadSession(file, "not a session file (" + problem + ")");
    }
    if (s == null) {
      throw new BadSession(file, "the file is empty");
    }
    if (s.main() == null && text.contains("\"codes\"")) {
      throw new BadSession(file, "is a session of codes without a model; open it with"
          + " explore --session " + file.getFileName());
    }
    List<String> problems = problems(s);
    if (!problems.isEmpty()) {
      throw new BadSession(file, String.join("; ", problems));
    }
    return s;
  }

  private static final java.util.regex.Pattern NOT_WHOLE =
      java.util.regex.Pattern.compile("^Expected an? (?:int|long) but was (\\S+)");

  private static final java.util.regex.Pattern WRONG_TYPE =
      java.util.regex.Pattern.compile(
          "Expected (?:an? )?(\\S+) but was (\\S+) at line \\d+ column \\d+ path \\$\\.?(\\S*)");

  /** Gson's message in a user's words: the field and what was wrong with it. */
  public static String jsonProblem(String message) {
    if (message == null) {
      return "unreadable";
    }
    String first = message.lines().findFirst().orElse(message);
    java.util.regex.Matcher m = WRONG_TYPE.matcher(first);
    if (m.find()) {
      String field = m.group(3).isEmpty() ? "the file" : m.group(3);
      return field + ": expected " + kind(m.group(1)) + ", found " + kind(m.group(2));
    }
    return first.replaceFirst("^[\\w.]+(Exception|Error): ", "");
  }

  private static String kind(String gson) {
    return switch (gson.toUpperCase(java.util.Locale.ROOT)) {
      case "BEGIN_OBJECT" -> "an object";
      case "BEGIN_ARRAY" -> "a list";
      case "STRING" -> "text";
      case "NUMBER", "INT", "LONG", "DOUBLE" -> "a number";
      case "BOOLEAN" -> "true or false";
      case "NULL" -> "null";
      default -> gson.toLowerCase(java.util.Locale.ROOT);
    };
  }

  static List<String> problems(Session s) {
    List<String> p = new ArrayList<>();
    if (s.version() != Session.VERSION) {
      p.add("version is " + s.version() + "; this program reads version " + Session.VERSION);
    }
    if (s.main() == null) {
      p.add("main is missing");
    } else {
      pane("main", s.main(), p);
    }
    if (s.compare() != null) {
      pane("compare", s.compare(), p);
    }
    Session.Strip strip = s.strip();
    if (strip != null) {
      if (strip.mode() != null && !MODES.contains(strip.mode())) {
        p.add("strip.mode is '" + strip.mode() + "'; it must be one of " + MODES);
      }
      if (strip.gridDimensions() != null && !GRIDS.contains(strip.gridDimensions())) {
        p.add("strip.gridDimensions is '" + strip.gridDimensions() + "'; it must be one of " + GRIDS);
      }
      if (strip.traversalDimension() < 0) {
        p.add("strip.traversalDimension is " + strip.traversalDimension() + "; it must be 0 or more");
      }
      if (strip.frames() < 2 || strip.frames() > 30) {
        p.add("strip.frames is " + strip.frames() + "; it must be 2 to 30");
      }
      if (!(strip.traversalRange() >= 0.5 && strip.traversalRange() <= 10)) {
        p.add("strip.traversalRange is " + strip.traversalRange() + "; it must be 0.5 to 10");
      }
      Session.Ends e = strip.ends();
      if (e != null) {
        if (!"main".equals(e.pane()) && !"compare".equals(e.pane())) {
          p.add("strip.ends.pane must be \"main\" or \"compare\"");
        }
        if (e.from() == null || e.to() == null || e.from().length != e.to().length) {
          p.add("strip.ends needs from and to of the same length");
        } else {
          finite("strip.ends.from", e.from(), p);
          finite("strip.ends.to", e.to(), p);
        }
      }
    }
    return p;
  }

  private static void pane(String name, Session.Pane pane, List<String> p) {
    if (pane.model() == null && pane.modelName() == null) {
      p.add(name + ".model is missing");
    }
    if (pane.projection() != null && !PROJECTIONS.contains(pane.projection())) {
      p.add(name + ".projection is '" + pane.projection() + "'; it must be one of " + PROJECTIONS);
    }
    if (pane.axes() != null && (pane.axes().length != 2 || pane.axes()[0] < 0 || pane.axes()[1] < 0)) {
      p.add(name + ".axes must be two dimensions, 0 or more");
    }
    if (pane.view() != null
        && (pane.view().length != 4 || !(pane.view()[1] > pane.view()[0]) || !(pane.view()[3] > pane.view()[2]))) {
      p.add(name + ".view must be [xMin, xMax, yMin, yMax] with min below max");
    } else if (pane.view() != null) {
      for (double v : pane.view()) {
        if (!(Math.abs(v) <= MAX_COORDINATE)) {
          p.add(name + ".view holds " + v + "; each bound must lie within +/-" + (long) MAX_COORDINATE);
          break;
        }
      }
    }
    if (pane.z() != null) {
      finite(name + ".z", pane.z(), p);
    }
    if (pane.bookmarks() != null) {
      for (int i = 0; i < pane.bookmarks().size(); i++) {
        Session.Bookmark b = pane.bookmarks().get(i);
        if (b == null || b.name() == null || b.z() == null) {
          p.add(name + ".bookmarks needs a name and a z for each");
          break;
        }
        if (!finite(name + ".bookmarks[" + i + "].z", b.z(), p)) {
          break;
        }
      }
    }
    if (pane.vectors() != null) {
      for (int i = 0; i < pane.vectors().size(); i++) {
        vector(name + ".vectors[" + i + "]", pane.vectors().get(i), p);
      }
    }
    if (pane.selections() != null) {
      selections(name + ".selections", pane.selections(), p);
    }
  }

  private static void selections(String field, List<Session.Selection> selections, List<String> p) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < selections.size(); i++) {
      Session.Selection s = selections.get(i);
      String f = field + "[" + i + "]";
      if (s == null || s.name() == null || !s.name().matches("s\\d{1,4}") || s.items() == null) {
        p.add(f + " needs a name (s1, s2, ...) and the numbers of its items");
        return;
      }
      if (!names.add(s.name())) {
        p.add(f + " is named " + s.name() + " as an earlier one is; each selection has a name of its own");
        return;
      }
      for (int item : s.items()) {
        if (item < 0) {
          p.add(f + ".items holds " + item + "; an item's number is 0 or more");
          return;
        }
      }
    }
  }

  private static void vector(String field, Session.Vector v, List<String> p) {
    if (v == null || v.name() == null || v.name().isBlank() || v.from() == null || v.vector() == null) {
      p.add(field + " needs a name, a from (the first group's mean) and a vector");
      return;
    }
    if (v.from().length != v.vector().length) {
      p.add(field + ".from has " + v.from().length + " values and .vector " + v.vector().length + "; they must match");
      return;
    }
    if (finite(field + ".from", v.from(), p) && finite(field + ".vector", v.vector(), p)) {
      double squared = 0;
      for (float x : v.vector()) {
        squared += (double) x * x;
      }
      if (!(squared > 0)) {
        p.add(field + ".vector is zero; a direction needs a length");
      }
    }
  }

  /** Whether every value is a number within the coordinate bound; adds a problem otherwise. */
  private static boolean finite(String field, float[] values, List<String> p) {
    for (float v : values) {
      if (!(Math.abs(v) <= MAX_COORDINATE)) {
        p.add(field + " holds " + v + "; each value must be a number within +/-" + (long) MAX_COORDINATE);
        return false;
      }
    }
    return true;
  }

  /**
   * The model folder a pane names: as saved; else relative to the session's folder; else the
   * user's or the bundled model of that name ({@link ModelLookup}).
   */
  public static Path modelFolder(Path sessionFile, Session.Pane pane) throws BadSession {
    try {
      return ModelLookup.find(sessionFile, pane.model(), pane.modelName());
    } catch (IllegalArgumentException e) {
      throw new BadSession(sessionFile, e.getMessage());
    }
  }
}
