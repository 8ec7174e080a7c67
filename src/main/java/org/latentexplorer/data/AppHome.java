package org.latentexplorer.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the program's home folder, the one that holds {@code assets/} and {@code models/}: the
 * system property {@code latent.home} when set, else the first folder with an {@code assets}
 * sub-folder found walking up from the working folder and then from where the program's classes
 * or jar lie (so {@code ./mvnw javafx:run} and {@code java -jar target/latent-explorer.jar} both
 * find the repository's bundled data).
 */
public final class AppHome {

  private static volatile Path cached;

  private AppHome() {}

  /** The home folder (never null; the working folder when nothing better is found). */
  public static Path get() {
    Path home = cached;
    if (home == null) {
      home = locate();
      cached = home;
    }
    return home;
  }

  /** The bundled data folder. */
  public static Path assets() {
    return get().resolve("assets");
  }

  /** The bundled models folder. */
  public static Path models() {
    return get().resolve("models");
  }

  private static Path locate() {
    String property = System.getProperty("latent.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path found = walkUp(Path.of("").toAbsolutePath());
    if (found == null) {
      try {
        Path code =
            Path.of(AppHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        found = walkUp(code);
      } catch (URISyntaxException | RuntimeException e) {
        found = null;
      }
    }
    return found != null ? found : Path.of("").toAbsolutePath();
  }

  private static Path walkUp(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("assets")) && Files.isDirectory(p.resolve("models"))) {
        return p;
      }
    }
    return null;
  }
}
