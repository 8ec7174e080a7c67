package org.latentexplorer.ui.session;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.Json;

/** Reads and writes session files: atomically, and with one clear message for a bad file. */
public final class SessionFile {

  private static final Set<String> PROJECTIONS = Set.of("LATENT_AXES", "PCA", "TSNE", "UMAP");
  private static final Set<String> MODES = Set.of("INTERPOLATION", "TRAVERSAL", "ALL_DIMENSIONS");
  private static final Set<String> GRIDS = Set.of("FIRST", "ACTIVE", "VARIANCE");

  private SessionFile() {}

  /** A session file that cannot be used, with the file and the field named. */
  public static final class BadSession extends IOException {
    BadSession(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  /** Writes a session, replacing the file only once the new one is whole. */
  public static void write(Path file, Session session) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      Json.GSON.toJson(session, w);
      w.flush();
    });
  }

  /** Reads and checks a session file. */
  public static Session read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadSession(file, "no such file");
    }
    Session s;
    try {
      s = Json.GSON.fromJson(text, Session.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new BadSession(file, "not a session file (" + firstLine(e.getMessage()) + ")");
    }
    if (s == null) {
      throw new BadSession(file, "the file is empty");
    }
    List<String> problems = problems(s);
    if (!problems.isEmpty()) {
      throw new BadSession(file, String.join("; ", problems));
    }
    return s;
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
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
    }
    if (pane.z() != null) {
      for (float v : pane.z()) {
        if (!Float.isFinite(v)) {
          p.add(name + ".z holds a value that is not a number");
          break;
        }
      }
    }
    if (pane.bookmarks() != null) {
      for (Session.Bookmark b : pane.bookmarks()) {
        if (b == null || b.name() == null || b.z() == null) {
          p.add(name + ".bookmarks needs a name and a z for each");
          break;
        }
      }
    }
  }

  /**
   * The model folder a pane names: as saved; else relative to the session's folder; else the
   * bundled model of that name.
   */
  public static Path modelFolder(Path sessionFile, Session.Pane pane) throws BadSession {
    List<Path> tried = new ArrayList<>();
    if (pane.model() != null) {
      Path saved = Path.of(pane.model());
      Path here = saved.isAbsolute() ? saved : sessionFile.toAbsolutePath().getParent().resolve(saved);
      tried.add(here);
      if (Files.isRegularFile(here.resolve("model.json"))) {
        return here;
      }
    }
    String name = pane.modelName() != null ? pane.modelName()
        : Path.of(pane.model()).getFileName().toString();
    Path bundled = AppHome.models().resolve(name);
    tried.add(bundled);
    if (Files.isRegularFile(bundled.resolve("model.json"))) {
      return bundled;
    }
    throw new BadSession(sessionFile, "the model " + name + " is not found (looked in " + tried + ")");
  }
}
