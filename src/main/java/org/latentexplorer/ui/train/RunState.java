package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.SettingChange;

/**
 * One run as the window shows it, on the FX thread: the loss curves (training batches smoothed,
 * held-out after each epoch, where beta changed), the newest picture, and the progress line.
 */
public final class RunState {

  /** Smoothing of the batch curves: an exponential moving average over about 20 steps. */
  static final double SMOOTHING = 0.05;

  /** A point of the held-out curves, at the last step of the epoch it was measured after. */
  public record HeldOut(long step, double reconstruction, double kl, double total) {}

  /** A mark on the curves where beta changed. */
  public record Mark(long step, double beta) {}

  private final String name;
  private final boolean vae;
  private final int[] labels;
  private final InputShape shape;
  private final long totalSteps;
  private final List<double[]> curve = new ArrayList<>();
  private final List<HeldOut> heldOut = new ArrayList<>();
  private final List<Mark> marks = new ArrayList<>();
  private final ReadOnlyObjectWrapper<LiveInbox.Picture> picture = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("Starting");
  private double recon = Double.NaN;
  private double kl;
  private long firstNanos;
  private long firstStep;
  private long lastStep;
  private final java.util.Map<Integer, Long> epochEnds = new java.util.HashMap<>();
  private int epoch;
  private int version;

  RunState(String name, boolean vae, int[] labels, InputShape shape, long totalSteps) {
    this.name = name;
    this.vae = vae;
    this.labels = labels;
    this.shape = shape;
    this.totalSteps = totalSteps;
  }

  /** Takes in what the inbox holds; returns whether anything changed. */
  boolean take(LiveInbox inbox) {
    boolean changed = false;
    for (LiveInbox.TimedStep t : inbox.takeSteps()) {
      var s = t.step();
      if (Double.isNaN(recon)) {
        recon = s.reconstruction();
        kl = s.kl();
        firstNanos = t.nanos();
        firstStep = s.step() - 1;
      } else if (s.step() <= lastStep) {
        goBackTo(s.step(), t.nanos());
        recon = s.reconstruction();
        kl = s.kl();
      } else {
        recon += SMOOTHING * (s.reconstruction() - recon);
        kl += SMOOTHING * (s.kl() - kl);
      }
      curve.add(new double[] {s.step(), recon, kl, recon + s.beta() * kl});
      lastStep = s.step();
      epoch = s.epoch();
      if (s.batch() == s.batches()) {
        epochEnds.put(s.epoch(), s.step());
      }
      double seconds = (t.nanos() - firstNanos) / 1e9;
      double perSecond = seconds > 0 ? (lastStep - firstStep) / seconds : 0;
      double itemsPerSecond = perSecond * s.images();
      long left = totalSteps - lastStep;
      progress.set(
          String.format(
              Locale.ROOT, "%s: step %,d of %,d, epoch %d, %,.0f images/s, %s left", name, lastStep,
              totalSteps, epoch, itemsPerSecond,
              perSecond > 0 ? duration(left / perSecond) : "?"));
      changed = true;
    }
    for (SettingChange c : inbox.takeChanges()) {
      marks.add(new Mark(c.step(), c.beta()));
      changed = true;
    }
    for (EpochRecord e : inbox.takeEpochs()) {
      long end = epochEnds.getOrDefault(e.epoch(), lastStep);
      epochEnds.remove(e.epoch());
      heldOut.add(new HeldOut(end, e.heldOutReconstruction(), e.heldOutKl(), e.heldOutTotal()));
      changed = true;
    }
    LiveInbox.Picture p = inbox.takePicture();
    if (p != null) {
      picture.set(p);
      changed = true;
    }
    if (changed) {
      version++;
    }
    return changed;
  }

  /**
   * A run that went back to its last checkpoint (it moved to the CPU when its GPU failed) takes
   * its steps again from {@code step}: the curve from there is drawn anew, and the speed is
   * measured from now.
   */
  private void goBackTo(long step, long nanos) {
    curve.removeIf(point -> point[0] >= step);
    epochEnds.values().removeIf(end -> end >= step);
    firstNanos = nanos;
    firstStep = step - 1;
  }

  void finished(String message) {
    progress.set(name + ": " + message);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
  }

  public String name() {
    return name;
  }

  /** Whether the run is a VAE (an AE has no KL term). */
  public boolean isVae() {
    return vae;
  }

  /** Per step: step, smoothed reconstruction, smoothed KL, smoothed total (rec + beta KL). */
  public List<double[]> curve() {
    return curve;
  }

  public List<HeldOut> heldOut() {
    return heldOut;
  }

  public List<Mark> marks() {
    return marks;
  }

  public ReadOnlyObjectProperty<LiveInbox.Picture> pictureProperty() {
    return picture.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Labels of the pictured items. */
  public int[] labels() {
    return labels;
  }

  public InputShape shape() {
    return shape;
  }

  public long steps() {
    return lastStep;
  }

  public long totalSteps() {
    return totalSteps;
  }

  /** Changes with every update, for views that redraw only on change. */
  public int version() {
    return version;
  }
}
