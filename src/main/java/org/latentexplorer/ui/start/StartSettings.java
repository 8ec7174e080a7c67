package org.latentexplorer.ui.start;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.latentexplorer.model.AtomicFiles;

/**
 * Whether the start page shows when the program starts with nothing named to open: the line
 * {@code show-start-page=false} in {@code start.properties} of the user's data folder turns it
 * off. An unreadable file counts as the default (shown).
 */
public final class StartSettings {

  static final String FILE = "start.properties";
  private static final String KEY = "show-start-page";

  private final Path file;

  /** @param userData the user's data folder */
  public StartSettings(Path userData) {
    this.file = userData.resolve(FILE);
  }

  /** Whether the start page shows at start (yes unless the user said no). */
  public boolean showAtStart() {
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file)));
      return !"false".equalsIgnoreCase(p.getProperty(KEY, "true").strip());
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Keeps the choice, written atomically (creating the data folder when it is missing). */
  public void setShowAtStart(boolean show) throws IOException {
    Files.createDirectories(file.getParent());
    String text = "# Latent Explorer: show the start page when the program starts with nothing to open\n"
        + KEY + "=" + show + "\n";
    AtomicFiles.write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
