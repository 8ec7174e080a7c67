package org.latentexplorer.ui.train;

import java.util.Arrays;

/**
 * The time between frames of the window, as the animation timer sees them: a window that keeps
 * up while training draws a frame every 16 ms or so; a long gap means the FX thread was held.
 */
public final class FrameClock {

  private final long[] gaps = new long[100_000];
  private int count;
  private long last;
  private boolean recording;

  synchronized void tick(long now) {
    if (recording && last != 0 && count < gaps.length) {
      gaps[count++] = now - last;
    }
    last = now;
  }

  /** Forgets the gaps so far and records from the next frame. */
  public synchronized void record() {
    count = 0;
    last = 0;
    recording = true;
  }

  /** The {@code q} quantile of the frame gaps recorded, in milliseconds. */
  public synchronized double quantileMillis(double q) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(gaps, count);
    Arrays.sort(sorted);
    return sorted[Math.min(count - 1, (int) Math.ceil(q * count) - 1)] / 1e6;
  }

  public synchronized int frames() {
    return count;
  }
}
