package org.latentexplorer.ui.codes;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import org.latentexplorer.model.Json;
import org.latentexplorer.ui.session.SessionFile;
import org.latentexplorer.ui.session.SessionFile.BadSession;
import org.latentexplorer.ui.session.TextFile;
import org.latentexplorer.ui.workspace.projection.ProjectionView;

/**
 * Reads and writes sessions of codes ({@link CodesSession}): atomically, and with one message
 * naming the file and the field for a file that cannot be used.
 */
public final class CodesSessionFile {

  private CodesSessionFile() {}

  /** Whether a session file is one of codes (it has {@code codes}); false for any other file. */
  public static boolean isCodesSession(Path file) {
    try {
      String text = TextFile.read(file, "session file", BadSession::new);
      JsonObject o = JsonParser.parseString(text).getAsJsonObject();
      return o.has("codes");
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return false;
    }
  }

  /** Writes a session, replacing the file only once the new one is whole. */
  public static void write(Path file, CodesSession session) throws IOException {
    SessionFile.writeJson(file, session);
  }

  /** Reads and checks a session of codes; its files are resolved against the session's folder. */
  public static CodesSession read(Path file) throws BadSession {
    String text = TextFile.read(file, "session file", BadSession::new);
    CodesSession s;
    try {
      s = Json.GSON.fromJson(text, CodesSession.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new BadSession(file, "not a session file (" + SessionFile.jsonProblem(e.getMessage()) + ")");
    }
    if (s == null || s.codes() == null || s.codes().isBlank()) {
      throw new BadSession(file, "codes: the codes' file is missing");
    }
    List<String> problems = new ArrayList<>();
    if (s.version() != CodesSession.VERSION) {
      problems.add("version: " + s.version() + " is not " + CodesSession.VERSION);
    }
    if (s.projection() != null && ProjectionView.named(s.projection()).isEmpty()) {
      problems.add("projection: '" + s.projection() + "' is not one of " + String.join(", ",
          ProjectionView.values().stream().map(ProjectionView::name).toList()));
    }
    if (s.axes() != null && (s.axes().length != 2 || s.axes()[0] < 0 || s.axes()[1] < 0)) {
      problems.add("axes: two dimensions from 0 are needed");
    }
    if (s.bookmarks() != null) {
      for (int i = 0; i < s.bookmarks().size(); i++) {
        CodesSession.Bookmark b = s.bookmarks().get(i);
        if (b == null || b.name() == null || b.name().isBlank()) {
          problems.add("bookmarks[" + i + "]: a bookmark needs a name");
        } else if (b.item() < 0) {
          problems.add("bookmarks[" + i + "]: item " + b.item() + " is not an item");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadSession(file, String.join("; ", problems));
    }
    return s;
  }

  /** The files a session names, relative ones read against the session file's folder. */
  public static CodesFiles files(Path file, CodesSession s) {
    Path folder = file.toAbsolutePath().getParent();
    return new CodesFiles(
        resolve(folder, s.codes()), resolve(folder, s.labels()), s.codesArray(),
        resolve(folder, s.images()));
  }

  /**
   * Checks a session against the codes it names: every item it names must be one of them, and the
   * axes dimensions of theirs.
   */
  public static void check(Path file, CodesSession s, CodeSet codes) throws BadSession {
    List<String> problems = new ArrayList<>();
    if (s.axes() != null && Math.max(s.axes()[0], s.axes()[1]) >= codes.dims()) {
      problems.add("axes: the codes have " + codes.dims() + " dimensions");
    }
    if (s.selected() >= codes.count()) {
      problems.add("selected: item " + s.selected() + " is not one of the " + codes.count() + " codes");
    }
    if (s.bookmarks() != null) {
      for (int i = 0; i < s.bookmarks().size(); i++) {
        if (s.bookmarks().get(i).item() >= codes.count()) {
          problems.add("bookmarks[" + i + "]: item " + s.bookmarks().get(i).item() + " is not one of the "
              + codes.count() + " codes");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadSession(file, String.join("; ", problems));
    }
  }

  private static Path resolve(Path folder, String path) {
    return path == null ? null : folder.resolve(path).normalize();
  }
}
