package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's one version string, taken from the build ({@code pom.xml}'s version, written into
 * a resource when the program is built): what {@code --version} prints and what model files record.
 */
public final class ProgramVersion {

  /** The version, such as 0.1.0. */
  public static final String VERSION = read();

  /** The program's name and version, such as "Latent Explorer 0.1.0". */
  public static final String TEXT = "Latent Explorer " + VERSION;

  private ProgramVersion() {}

  private static String read() {
    try (InputStream in = ProgramVersion.class.getResourceAsStream("/org/latentexplorer/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
