package org.latentexplorer.ui.common.status;

/** Where the explorer reports what it is doing (the status bar), always called on the FX thread. */
public interface StatusSink {

  /** Work in progress: {@code fraction} 0 to 1, negative when unknown, -2 when finished. */
  void show(String message, double fraction);

  /** A failure a person must see; the previous state is kept. */
  void error(String message);

  /** The device the engine computes on. */
  void device(String device);
}
