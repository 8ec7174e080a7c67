package org.latentexplorer.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.latentexplorer.data.DataSplit;
import org.latentexplorer.model.Engines;
import org.latentexplorer.model.EpochRecord;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.SettingChange;

/**
 * Training that a window watches: one run, or two (an AE and a VAE) alternating steps, on a
 * thread of its own, with pause, resume, stop and a change of beta between steps, and every few
 * hundred milliseconds a {@link TrainingSnapshot} of each model on fixed inputs.
 *
 * <p>Every {@link Listener} call comes on the training thread. A stop ends the run between steps;
 * each model folder keeps its last complete checkpoint. A run whose GPU fails goes on on the CPU
 * ({@link GpuFailover}): the listener hears a note and {@code onStart} again.
 */
public final class LiveTraining implements AutoCloseable {

  /** Hears the runs, on the training thread; {@code run} is 0 or 1. */
  public interface Listener {
    void onStart(int run, TrainingRun details);

    void onStep(int run, StepRecord step);

    void onEpoch(int run, EpochRecord epoch);

    void onSnapshot(int run, TrainingSnapshot snapshot);

    void onNote(int run, String message);

    /** Beta or the warm-up of a VAE changed, from {@code change.step()} on. */
    default void onChange(int run, SettingChange change) {}

    /**
     * The training ended: all epochs done, stopped, or failed.
     *
     * @param last each run's last checkpoint (null where none was written)
     * @param error what failed, or null
     * @param stopped whether a stop ended it
     */
    void onEnd(List<ModelDescription> last, Throwable error, boolean stopped);
  }

  /** One run to train. */
  public record Setup(DataSplit data, TrainingOptions options) {}

  /**
   * The fixed inputs of the snapshots.
   *
   * @param images images to encode, flat
   * @param count how many
   * @param latents latent points to decode, flat; each run takes {@code points x L} of them
   * @param points how many latent points
   * @param reconstructed how many of the images, from the first, to reconstruct
   */
  public record Probe(float[] images, int count, float[] latents, int points, int reconstructed) {}

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Listener listener;
  private final int threads;
  private final Probe probe;
  private final long snapshotNanos;
  private final ExecutorService thread;
  private final Object pauseLock = new Object();
  private volatile boolean paused;
  private volatile boolean stopped;
  private volatile double[] pendingBeta;

  /**
   * @param snapshotMillis how often snapshots are taken while training
   * @param threads threads for the tensor operations of training (0: the library's default)
   */
  public LiveTraining(Listener listener, Probe probe, long snapshotMillis, int threads) {
    this.threads = threads;
    this.listener = listener;
    this.probe = probe;
    this.snapshotNanos = snapshotMillis * 1_000_000L;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "live-training-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the runs on the training thread (once). */
  public void start(List<Setup> setups) {
    org.latentexplorer.model.NativeExit.register(thread, this::stop);
    thread.execute(() -> loop(setups));
    thread.shutdown();
  }

  /** Holds training after the current step. */
  public void pause() {
    paused = true;
  }

  public void resume() {
    synchronized (pauseLock) {
      paused = false;
      pauseLock.notifyAll();
    }
  }

  public boolean isPaused() {
    return paused;
  }

  /** Ends training after the current step; the last complete checkpoint stays. */
  public void stop() {
    synchronized (pauseLock) {
      stopped = true;
      pauseLock.notifyAll();
    }
  }

  /** Changes beta and the warm-up of every VAE from the next step on. */
  public void setBeta(double beta, int warmupEpochs) {
    pendingBeta = new double[] {beta, warmupEpochs};
  }

  /** Waits up to {@code seconds} for the training thread to end. */
  public boolean awaitEnd(long seconds) throws InterruptedException {
    return thread.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  /** Stops and waits a little for the thread, so that no step runs on after the window closed. */
  @Override
  public void close() {
    stop();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop(List<Setup> setups) {
    if (threads > 0) {
      Engines.threadsOnThisThread(threads);
    }
    List<TrainingRun> runs = new ArrayList<>();
    Throwable error = null;
    try {
      for (int i = 0; i < setups.size(); i++) {
        Setup s = setups.get(i);
        runs.add(GpuFailover.start(s.data(), s.options(), new Forward(i)));
        listener.onStart(i, runs.get(i));
      }
      snapshots(runs);
      long last = System.nanoTime();
      while (!stopped && runs.stream().anyMatch(r -> !r.isDone())) {
        waitWhilePaused();
        if (stopped) {
          break;
        }
        double[] beta = pendingBeta;
        if (beta != null) {
          pendingBeta = null;
          for (int i = 0; i < runs.size(); i++) {
            SettingChange change = runs.get(i).setBeta(beta[0], (int) beta[1]);
            if (change != null) {
              listener.onChange(i, change);
            }
          }
        }
        for (int i = 0; i < runs.size(); i++) {
          onRun(runs, i, (k, r) -> r.step());
        }
        if (System.nanoTime() - last >= snapshotNanos) {
          snapshots(runs);
          last = System.nanoTime();
        }
      }
      snapshots(runs);
    } catch (Exception | Error e) {
      error = e;
    } finally {
      List<ModelDescription> descriptions = new ArrayList<>();
      for (TrainingRun r : runs) {
        descriptions.add(r.description());
        r.close();
      }
      listener.onEnd(descriptions, error, stopped);
      org.latentexplorer.model.NativeExit.forget(thread);
    }
  }

  private void snapshots(List<TrainingRun> runs) throws Exception {
    for (int i = 0; i < runs.size(); i++) {
      onRun(runs, i, this::snapshot);
    }
  }

  private void snapshot(int i, TrainingRun r) {
    int latent = r.spec().latentSize();
    float[] latents =
        java.util.Arrays.copyOf(probe.latents(), Math.min(probe.latents().length, probe.points() * latent));
    listener.onSnapshot(i, r.snapshot(probe.images(), probe.count(), latents, probe.reconstructed()));
  }

  /** What the loop does with one run. */
  private interface RunWork {
    void on(int index, TrainingRun run) throws Exception;
  }

  /** Does work on run {@code i}; when its GPU fails, moves it to the CPU and does it there. */
  private void onRun(List<TrainingRun> runs, int i, RunWork work) throws Exception {
    try {
      work.on(i, runs.get(i));
    } catch (RuntimeException e) {
      runs.set(i, GpuFailover.moveToCpu(runs.get(i), e));
      listener.onStart(i, runs.get(i));
      work.on(i, runs.get(i));
    }
  }

  private void waitWhilePaused() {
    synchronized (pauseLock) {
      while (paused && !stopped) {
        try {
          pauseLock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopped = true;
        }
      }
    }
  }

  /** Passes one run's events on with its number. */
  private final class Forward implements TrainingObserver {
    private final int run;

    Forward(int run) {
      this.run = run;
    }

    @Override
    public void onNote(String message) {
      listener.onNote(run, message);
    }

    @Override
    public void onStep(StepRecord step) {
      listener.onStep(run, step);
    }

    @Override
    public void onEpoch(EpochRecord record) {
      listener.onEpoch(run, record);
    }
  }
}
