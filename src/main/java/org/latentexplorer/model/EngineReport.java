package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.pytorch.jni.LibUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tensor engine is on this machine: DJL's engine and version, the libtorch it loaded
 * (version, flavour such as cpu or cu128, and folder), the capabilities it was built with, the
 * devices it sees, its thread settings, and the environment variables that choose another
 * libtorch ({@code PYTORCH_LIBRARY_PATH}, {@code PYTORCH_VERSION}, {@code PYTORCH_FLAVOR}).
 *
 * @param flavour the libtorch build, read from its folder's name ("2.7.1-20250812-cpu-linux-x86_64"
 *     gives "cpu"), else from PYTORCH_FLAVOR when set; "unknown" otherwise
 * @param gpuFailure why the GPU that DJL sees is not used (it failed its first computation), or
 *     null
 */
public record EngineReport(
    String engine,
    String djlVersion,
    String libtorchVersion,
    String libtorchFolder,
    String flavour,
    List<String> capabilities,
    List<String> devices,
    int intraOpThreads,
    int interOpThreads,
    Map<String, String> settings,
    String gpuFailure) {

  /** The variables that choose another libtorch than the bundled CPU build. */
  public static final List<String> CHOICE =
      List.of("PYTORCH_LIBRARY_PATH", "PYTORCH_VERSION", "PYTORCH_FLAVOR");

  /**
   * Set in a program started again on the bundled CPU build because the chosen libtorch did not
   * load; its value is the sentence that says so.
   */
  public static final String CPU_INSTEAD = "LATENT_EXPLORER_CPU_INSTEAD";

  /** The environment variables that change which libtorch is loaded and how it runs. */
  public static final List<String> VARIABLES =
      List.of("PYTORCH_LIBRARY_PATH", "PYTORCH_VERSION", "PYTORCH_FLAVOR", "OMP_NUM_THREADS");

  /** The engine as loaded now (it is loaded first if it is not yet). */
  public static EngineReport now() {
    Engine engine = Engine.getInstance();
    boolean torch = "PyTorch".equals(engine.getEngineName());
    List<String> capabilities = new ArrayList<>();
    for (String c :
        List.of(
            StandardCapabilities.CUDA, StandardCapabilities.CUDNN, StandardCapabilities.MKL,
            StandardCapabilities.MKLDNN, StandardCapabilities.OPENMP)) {
      if (engine.hasCapability(c)) {
        capabilities.add(c);
      }
    }
    List<String> devices = new ArrayList<>();
    for (Device d : engine.getDevices()) {
      devices.add(Engines.describe(d));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (String v : VARIABLES) {
      String value = System.getenv(v);
      if (value != null) {
        settings.put(v, value);
      }
    }
    String folder = torch ? LibUtils.getLibtorchPath() : "";
    return new EngineReport(
        engine.getEngineName() + " " + engine.getVersion(),
        Engine.getDjlVersion(),
        torch ? LibUtils.getVersion() : "",
        folder,
        flavour(folder, settings.get("PYTORCH_FLAVOR")),
        capabilities,
        devices,
        torch ? JniUtils.getNumThreads() : 0,
        torch ? JniUtils.getNumInteropThreads() : 0,
        settings,
        Engines.gpuWorks() ? null : Engines.gpuFailure());
  }

  /**
   * The flavour in the loaded folder's name (DJL's own cache names it), else the one
   * PYTORCH_FLAVOR names (a folder of the user's choosing), else "unknown".
   */
  static String flavour(String folder, String variable) {
    if (folder != null && !folder.isBlank()) {
      for (Path part = Path.of(folder); part != null && part.getFileName() != null;
          part = part.getParent()) {
        String[] pieces = part.getFileName().toString().split("-");
        for (int i = 1; i + 2 < pieces.length; i++) {
          if (pieces[i].equals("cpu") || pieces[i].startsWith("cu") || pieces[i].startsWith("rocm")) {
            return pieces[i];
          }
        }
      }
    }
    return variable != null && !variable.isBlank() ? variable : "unknown";
  }

  /**
   * When PYTORCH_LIBRARY_PATH or PYTORCH_FLAVOR asked for a libtorch other than the one loaded
   * (DJL falls back to its own CPU build when the folder named holds no libtorch it can load):
   * what was asked, what was loaded and where the work runs, in one sentence; otherwise null.
   */
  public String fallback() {
    String instead = System.getenv(CPU_INSTEAD);
    if (instead != null && !instead.isBlank()) {
      return instead;
    }
    if (gpuFailure != null) {
      return gpuFailure;
    }
    String path = settings.get("PYTORCH_LIBRARY_PATH");
    String asked = settings.get("PYTORCH_FLAVOR");
    boolean otherFolder = path != null && !path.isBlank() && !sameOrInside(libtorchFolder, path);
    boolean otherFlavour = asked != null && !asked.isBlank() && !asked.equals(flavour);
    if (!otherFolder && !otherFlavour) {
      return null;
    }
    List<String> wanted = new ArrayList<>();
    if (otherFolder) {
      wanted.add("PYTORCH_LIBRARY_PATH=" + path);
    }
    if (otherFlavour) {
      wanted.add("PYTORCH_FLAVOR=" + asked);
    }
    String where = devices.stream().filter(d -> d.startsWith("GPU")).findFirst().orElse("the CPU");
    return String.join(" and ", wanted) + " asked for another libtorch, but the " + flavour
        + " build in " + libtorchFolder + " was loaded: everything runs on " + where + ".";
  }

  /**
   * Loads the engine now, as the first thing a run does when the user chose another libtorch
   * ({@link #CHOICE}); returns why it could not load, or null once it is loaded.
   */
  public static Throwable loadChosen() {
    try {
      Engine.getInstance();
      return null;
    } catch (RuntimeException | LinkageError e) {
      return e;
    }
  }

  /** Whether the user chose another libtorch through {@link #CHOICE}. */
  public static boolean chosen() {
    return CHOICE.stream().map(System::getenv).anyMatch(v -> v != null && !v.isBlank());
  }

  /**
   * The sentence for a chosen libtorch that did not load, when the program runs again on the
   * bundled CPU build: what was chosen, why it failed (the failure's first line), and where the
   * work runs instead.
   */
  public static String cpuInstead(Throwable failure) {
    List<String> chosen = new ArrayList<>();
    for (String v : CHOICE) {
      String value = System.getenv(v);
      if (value != null && !value.isBlank()) {
        chosen.add(v + "=" + value);
      }
    }
    return "the libtorch that " + String.join(" and ", chosen) + " chose cannot be loaded ("
        + RootCause.firstLine(failure) + "): everything runs on the CPU build that comes with the program instead";
  }

  /**
   * The line for an engine error: when the engine has started, the computation's failure (its
   * first sentences); when it could not start, with PYTORCH_LIBRARY_PATH set, that its libtorch
   * does not load and how to run on the bundled CPU build instead.
   */
  public static String failure(Throwable error) {
    return started() ? "the tensor engine failed (" + RootCause.brief(error) + ")" : loadFailure(error);
  }

  /** Whether the tensor engine has started in this run. */
  static boolean started() {
    try {
      Engine.getInstance();
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /**
   * The line for an engine that could not start: with PYTORCH_LIBRARY_PATH set, that its libtorch
   * does not load and how to run on the bundled CPU build instead.
   */
  public static String loadFailure(Throwable error) {
    String path = System.getenv("PYTORCH_LIBRARY_PATH");
    String cause = error.getMessage() == null ? error.toString() : error.getMessage();
    if (path == null || path.isBlank()) {
      return "the tensor engine cannot start (" + cause + ")";
    }
    return "the libtorch in PYTORCH_LIBRARY_PATH=" + path + " cannot be loaded (" + cause + ");"
        + " unset PYTORCH_LIBRARY_PATH, PYTORCH_VERSION and PYTORCH_FLAVOR to run on the CPU"
        + " build that comes with the program";
  }

  private static boolean sameOrInside(String folder, String path) {
    try {
      Path loaded = Path.of(folder).toAbsolutePath().normalize();
      Path asked = Path.of(path).toAbsolutePath().normalize();
      return loaded.startsWith(asked) || asked.startsWith(loaded);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
