package org.latentexplorer.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of {@code ./mvnw -Pbenchmark -DskipTests verify [-Dbench=NAME]}: benchmarks that
 * print figures measured on this machine. Not tests, and not shipped.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    System.setProperty("ai.djl.offline", "true");
    String which = args.length > 0 ? args[0] : "foundation";
    switch (which) {
      case "foundation" -> FoundationBenchmark.run();
      case "ui" -> UiBenchmark.run();
      case "analysis" -> AnalysisBenchmark.run();
      case "tour" -> ScreenshotTour.run();
      case "tour-classroom" -> ScreenshotTour.runClassroom();
      case "evaluate" -> EvaluateBenchmark.run();
      case "training-ui" -> TrainingUiBenchmark.run();
      case "disentanglement" -> DisentanglementBenchmark.run();
      case "sliders" -> SlidersBenchmark.run();
      case "monkey" -> MonkeyBenchmark.run();
      case "projection" -> ProjectionBenchmark.run();
      case "projection-200k" -> ProjectionBenchmark.runLarge();
      case "install" -> InstallCheck.run();
      case "lessons" -> LessonsBenchmark.run();
      case "decode" -> FoundationBenchmark.runDecode(Path.of(args[1]));
      case "gpu-window" -> GpuWindowCheck.run(args.length > 1 ? args[1] : null);
      default -> throw new IllegalArgumentException("no benchmark named " + which);
    }
  }
}
