package org.latentexplorer.ui.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.data.AppHome;

/**
 * Finds the model folder a session or lesson file names: the path as written (a relative one read
 * against the file's folder); else a folder of that name among the user's models; else among the
 * bundled models. A file prepared on another computer thus finds the same model here.
 */
public final class ModelLookup {

  private ModelLookup() {}

  /**
   * The model folder named by {@code path} (may be null) or, failing that, by the plain folder
   * name {@code name} (null: the path's last part).
   *
   * @throws IllegalArgumentException with the problem in a user's words, when none is found
   */
  public static Path find(Path file, String path, String name) {
    List<Path> tried = new ArrayList<>();
    if (path != null) {
      Path saved;
      try {
        saved = Path.of(path);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(
            "the model folder '" + printable(path) + "' is not a valid path (" + e.getReason() + ")");
      }
      Path here = saved.isAbsolute() ? saved : file.toAbsolutePath().getParent().resolve(saved);
      tried.add(here);
      if (isModel(here)) {
        return here;
      }
      if (name == null) {
        name = saved.getFileName() == null ? "" : saved.getFileName().toString();
      }
    }
    if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")
        || name.contains("..") || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "the model name '" + printable(String.valueOf(name)) + "' is not a plain folder name");
    }
    for (Path root : List.of(AppHome.userModels(), AppHome.models())) {
      Path candidate = root.resolve(name);
      tried.add(candidate);
      if (isModel(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("the model " + name + " is not found (looked in " + tried + ")");
  }

  /** The name a file should give a model: its folder name when that finds it again, else its path. */
  public static String nameFor(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    String name = abs.getFileName().toString();
    for (Path root : List.of(AppHome.userModels(), AppHome.models())) {
      if (root.toAbsolutePath().normalize().resolve(name).equals(abs)) {
        return name;
      }
    }
    return abs.toString();
  }

  private static boolean isModel(Path folder) {
    return Files.isRegularFile(folder.resolve("model.json"));
  }

  static String printable(String s) {
    return s.replace("\0", "\\0");
  }
}
