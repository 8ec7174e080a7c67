package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks a place the program is about to write, before any work is done: a folder that already
 * holds files is refused unless the user said to replace them, and a folder that cannot be created
 * or written is refused with the reason; nothing is created by the check. The messages name the
 * folder or file and what to do.
 */
public final class OutputFolder {

  /** The lock file a model folder holds while it is written; not counted as content. */
  public static final String LOCK_FILE = ".latent-explorer.lock";

  private OutputFolder() {}

  /**
   * Makes sure {@code folder} may be written: refused when it holds anything and {@code force} is
   * false, or when it cannot be created or written.
   *
   * @param whatElse what the user may do instead of {@code --force}, such as "--resume DIR to
   *     continue the model in it", or null
   */
  public static void prepare(Path folder, boolean force, String whatElse) throws OutputException {
    refuseInstallation(folder);
    if (!force && holdsFiles(folder)) {
      throw new OutputException(
          folder,
          "already exists and is not empty; write to a new folder"
              + (whatElse == null ? "" : ", use " + whatElse)
              + ", or add --force to replace the files this command writes there (other files"
              + " are kept)");
    }
    checkWritable(folder);
  }

  /** Like {@link #prepare} for a single output file: refused when it exists, unless forced. */
  public static void prepareFile(Path file, boolean force) throws OutputException {
    if (Files.isDirectory(file)) {
      throw new OutputException(file, "is a folder; give a file name");
    }
    if (!force && Files.exists(file)) {
      throw new OutputException(
          file, "already exists; give a new file name, or add --force to replace it");
    }
    Path parent = file.toAbsolutePath().getParent();
    refuseInstallation(parent);
    checkWritable(parent);
  }

  /**
   * Refuses a place inside the program's own bundled {@code models/} or {@code assets/}, which
   * the program never writes.
   */
  public static void refuseInstallation(Path place) throws OutputException {
    Path p = place.toAbsolutePath().normalize();
    for (Path bundled : new Path[] {AppHome.models(), AppHome.assets()}) {
      Path b = bundled.toAbsolutePath().normalize();
      if (p.startsWith(b)) {
        throw new OutputException(
            place,
            "is inside the program's bundled " + b.getFileName() + " folder, which it never"
                + " writes; write to a folder of your own, such as one in " + AppHome.userModels());
      }
    }
  }

  /**
   * Checks that {@code folder} can be written: when it exists, a small file is written in it and
   * deleted; when it does not, the same is done in the nearest folder above it that exists (where
   * it would be created). Nothing is left behind.
   */
  public static void checkWritable(Path folder) throws OutputException {
    Path absolute = folder.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new OutputException(folder, "cannot be created (no part of its path exists)");
    }
    if (!Files.isDirectory(existing)) {
      throw new OutputException(
          folder,
          existing.equals(absolute)
              ? "is a file, not a folder"
              : "cannot be created: " + existing + " is a file, not a folder");
    }
    try {
      Path probe = Files.createTempFile(existing, ".write-check-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new OutputException(
          folder,
          (existing.equals(absolute) ? "cannot be written (" : "cannot be created (")
              + reason(e) + ")");
    }
  }

  /** Whether a folder exists and holds anything but a lock file. */
  public static boolean holdsFiles(Path folder) throws OutputException {
    if (!Files.exists(folder)) {
      return false;
    }
    if (!Files.isDirectory(folder)) {
      throw new OutputException(folder, "is a file, not a folder");
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(p -> !p.getFileName().toString().equals(LOCK_FILE));
    } catch (IOException e) {
      throw new OutputException(folder, "cannot be read (" + reason(e) + ")");
    }
  }

  /** The reason of a file-system error in words, without repeating the path. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT)
          + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A place that cannot be written; the message names it and says why. */
  public static final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputException(Path where, String problem) {
      super(where + ": " + problem);
    }
  }
}
