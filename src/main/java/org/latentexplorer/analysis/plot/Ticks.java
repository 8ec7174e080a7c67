package org.latentexplorer.analysis.plot;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis tick values: steps of 1, 2 or 5 times a power of ten. */
public final class Ticks {

  private Ticks() {}

  /** A step of 1, 2 or 5 times a power of ten giving about {@code target} ticks over a range. */
  public static double step(double range, int target) {
    double raw = range / Math.max(1, target);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
    return nice * power;
  }

  /** The multiples of the step inside [from, to]. */
  public static List<Double> between(double from, double to, int target) {
    List<Double> ticks = new ArrayList<>();
    if (!(to > from)) {
      return ticks;
    }
    double step = step(to - from, target);
    for (double v = Math.ceil(from / step) * step; v <= to + step * 1e-9; v += step) {
      ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    return ticks;
  }

  /** A tick value with as many decimals as its step needs. */
  public static String label(double value, double step) {
    int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
  }
}
