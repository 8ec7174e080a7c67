package org.latentexplorer.bench;

import java.util.Arrays;
import java.util.List;

/** Median and minimum of measured figures. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static String list(List<Double> values) {
    return Arrays.toString(values.stream().mapToDouble(d -> Math.round(d * 100) / 100.0).toArray());
  }
}
