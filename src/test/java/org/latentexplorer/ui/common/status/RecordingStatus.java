package org.latentexplorer.ui.common.status;

import java.util.ArrayList;
import java.util.List;

/** A status sink for view-model tests: it keeps what the status bar and the banner would show. */
public final class RecordingStatus implements StatusSink {

  public final List<String> shown = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();

  @Override
  public void show(String message, double fraction) {
    shown.add(message);
  }

  @Override
  public void error(String message) {
    errors.add(message);
  }

  @Override
  public void device(String device) {}
}
