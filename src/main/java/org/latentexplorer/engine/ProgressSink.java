package org.latentexplorer.engine;

/** Hears what a long piece of work is doing: a status bar, a progress bar on a terminal. */
@FunctionalInterface
public interface ProgressSink {

  /**
   * @param message what is being done, such as "Encoding 10,000 images"
   * @param fraction how much is done, 0 to 1, or negative when unknown
   */
  void progress(String message, double fraction);

  /** A sink that ignores everything. */
  static ProgressSink none() {
    return (message, fraction) -> {};
  }
}
