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

  /**
   * The user's own data folder, where the program writes (models trained in the window, the log):
   * the system property {@code latent.userdata} when set, else {@code $XDG_DATA_HOME/latent-explorer}
   * or {@code ~/.local/share/latent-explorer} on Linux, {@code %APPDATA%\LatentExplorer} on
   * Windows and {@code ~/Library/Application Support/LatentExplorer} on macOS, where {@code ~} is
   * {@code $HOME} when set (as the XDG convention has it), else the account's home. Not created
   * here.
   */
  public static Path userData() {
    String property = System.getProperty("latent.userdata");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    String homeVariable = System.getenv("HOME");
    Path home =
        Path.of(
            homeVariable == null || homeVariable.isBlank() || os.startsWith("windows")
                ? System.getProperty("user.home")
                : homeVariable);
    if (os.startsWith("windows")) {
      String appData = System.getenv("APPDATA");
      return (appData == null || appData.isBlank() ? home : Path.of(appData)).resolve("LatentExplorer");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library/Application Support/LatentExplorer");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg);
    return base.resolve("latent-explorer");
  }

  /**
   * Where the models a user trains go unless told otherwise: the system property {@code
   * latent.models} when set, else {@code models} in {@link #userData()}. Never the bundled {@link
   * #models()}, which the program does not write.
   */
  public static Path userModels() {
    String property = System.getProperty("latent.models");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    return userData().resolve("models");
  }

  /** The bundled lessons, read only: {@code assets/lessons}. */
  public static Path lessons() {
    return assets().resolve("lessons");
  }

  /** The user's own lessons: {@code lessons} in {@link #userData()}. */
  public static Path userLessons() {
    return userData().resolve("lessons");
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
