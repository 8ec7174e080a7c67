package org.latentexplorer.ui.lesson;

import org.latentexplorer.ui.session.SessionWindow;

/** What lessons need of the window, beyond what sessions need: its tabs and Large text. */
public interface LessonWindow extends SessionWindow {

  /** The tabs by the names lessons give them, in the window's order. */
  java.util.List<String> TABS = java.util.List.of("explore", "analyse", "evaluate", "anomaly", "train");

  /** Shows a tab by its name in {@link #TABS}. */
  void showTab(String tab);

  /** The tab shown, by its name in {@link #TABS}. */
  String tab();

  /** Turns Large text on or off, as its button does. */
  void setLargeText(boolean on);

  /** Whether Large text is on. */
  boolean largeText();

  /** Scrolls the Analyse tab to a card (null: its top). */
  void showCard(String card);

  /** The classes the Anomaly tab counts as anomalous. */
  java.util.List<String> anomalous();

  /**
   * Sets the classes the Anomaly tab counts as anomalous; returns what could not be set (a name
   * that is not a class of the main model's data), or null when all was.
   */
  String setAnomalous(java.util.List<String> classes);

  /** Whether the Samples cards draw pixels instead of showing the decoder's mean. */
  boolean sampledPixels();

  /** The attribute vectors found for the main model, each as a lesson writes it ({@link Direction}). */
  java.util.List<String> directions();

  /**
   * Finds the vectors a step names for the main model, in place of those found before; returns
   * what could not be found (a group that names nothing), or null.
   */
  String setDirections(java.util.List<String> directions);

  void setSampledPixels(boolean on);

  /** Sets the Train tab's fields by the {@code train} command's option names. */
  void setTrainSettings(java.util.Map<String, String> settings);

  /**
   * Starts what a step asks for: training (or, while one trains, its new beta), training an AE
   * and a VAE side by side, stopping training, the evaluation of the models shown, or their
   * anomaly scores; work already done or running is not started again.
   */
  void run(String what);
}
