package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.SettingChange;
import org.latentexplorer.train.StepRecord;

/**
 * What one run's training thread has said since the window last looked: every step and epoch (in
 * order, none lost) and only the newest picture (latest wins). Written on the training thread,
 * read on the FX thread.
 */
final class LiveInbox {

  /** A step with the moment it was heard. */
  record TimedStep(StepRecord step, long nanos) {}

  /** The newest picture: the codes on the plane, the decodes and reconstructions. */
  record Picture(long step, int epoch, float[] xy, float[] decodes, float[] reconstructions) {}

  private final ConcurrentLinkedQueue<TimedStep> steps = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<EpochRecord> epochs = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Picture> picture = new AtomicReference<>();
  private final ConcurrentLinkedQueue<SettingChange> changes = new ConcurrentLinkedQueue<>();

  void change(SettingChange c) {
    changes.add(c);
  }

  List<SettingChange> takeChanges() {
    List<SettingChange> out = new ArrayList<>();
    for (SettingChange c; (c = changes.poll()) != null; ) {
      out.add(c);
    }
    return out;
  }

  void step(StepRecord s) {
    steps.add(new TimedStep(s, System.nanoTime()));
  }

  void epoch(EpochRecord e) {
    epochs.add(e);
  }

  void picture(Picture p) {
    picture.set(p);
  }

  List<TimedStep> takeSteps() {
    List<TimedStep> out = new ArrayList<>();
    for (TimedStep s; (s = steps.poll()) != null; ) {
      out.add(s);
    }
    return out;
  }

  List<EpochRecord> takeEpochs() {
    List<EpochRecord> out = new ArrayList<>();
    for (EpochRecord e; (e = epochs.poll()) != null; ) {
      out.add(e);
    }
    return out;
  }

  /** The newest picture not taken yet, or null. */
  Picture takePicture() {
    return picture.getAndSet(null);
  }
}
