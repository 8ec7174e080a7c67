package org.latentexplorer.ui.session;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.latentexplorer.data.OutputFolder;

/** Reads a small UTF-8 file the user names (a session, a lesson), saying in a user's words why not. */
public final class TextFile {

  private TextFile() {}

  /**
   * The file's text.
   *
   * @param kind what the file should be, for messages ("session file")
   * @param bad makes the exception that names the file and the problem
   */
  public static <E extends IOException> String read(Path file, String kind, BiFunction<Path, String, E> bad) throws E {
    if (Files.isDirectory(file)) {
      throw bad.apply(file, "is a folder, not a " + kind);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw bad.apply(file, "no such file");
    } catch (CharacterCodingException e) {
      throw bad.apply(file, "not a " + kind + " (not UTF-8 text)");
    } catch (IOException e) {
      throw bad.apply(file, "cannot be read (" + OutputFolder.reason(e) + ")");
    }
  }
}
