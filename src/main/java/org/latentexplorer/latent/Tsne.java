package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * Barnes-Hut t-SNE (van der Maaten 2014) with scikit-learn's defaults: perplexity 30, 1,000
 * iterations of which the first 250 exaggerate P by 12 with momentum 0.5 (then 0.8), gains,
 * the "auto" learning rate max(n / 12 / 4, 50), and a PCA initialisation. Nearest neighbours are
 * exact ({@link BlockedNeighbours}); the attractive and repulsive forces are computed in parallel,
 * the repulsive ones by Barnes-Hut with a group walk ({@link GroupedRepulsion}) or by FFT
 * interpolation ({@link Method}).
 */
public final class Tsne {

  /** Iterations with early exaggeration. */
  public static final int EXPLORATION_ITERATIONS = 250;

  private static final double EXAGGERATION = 12;

  /**
   * How the repulsive forces are approximated. Barnes-Hut is the default: on two cores the FFT
   * grid that keeps the forces as accurate (a node every third of a unit over maps that span 150
   * units and more) costs more per step than the tree (docs/benchmarks.md, issue 13).
   */
  public enum Method {
    /**
     * A quadtree whose far cells stand for their points (van der Maaten 2014), with theta, walked
     * once per group of nearby points (Barnes 1990).
     */
    BARNES_HUT,
    /** Interpolation onto a grid and FFT convolution (FIt-SNE, Linderman et al. 2019). */
    FFT
  }

  /**
   * @param perplexity the effective number of neighbours
   * @param iterations gradient steps in all
   * @param theta the Barnes-Hut accuracy (0.5; smaller is slower and more exact)
   * @param seed recorded with the run; the PCA start and exact neighbours make the map the same
   *     for every seed
   * @param exaggeration how much P is multiplied by early on (12)
   * @param exaggerationIterations how many of the first iterations exaggerate (250)
   * @param learningRate the step size; NaN for scikit-learn's "auto", max(n / exaggeration / 4, 50)
   */
  public record Options(
      double perplexity, int iterations, double theta, long seed, double exaggeration,
      int exaggerationIterations, double learningRate, Method method) {

    /** With scikit-learn's early exaggeration and learning rate. */
    public Options(double perplexity, int iterations, double theta, long seed) {
      this(perplexity, iterations, theta, seed, EXAGGERATION, EXPLORATION_ITERATIONS, Double.NaN);
    }

    /** With Barnes-Hut repulsion. */
    public Options(
        double perplexity, int iterations, double theta, long seed, double exaggeration,
        int exaggerationIterations, double learningRate) {
      this(perplexity, iterations, theta, seed, exaggeration, exaggerationIterations, learningRate,
          Method.BARNES_HUT);
    }

    /** The same options with another repulsion method. */
    public Options withMethod(Method m) {
      return new Options(perplexity, iterations, theta, seed, exaggeration, exaggerationIterations,
          learningRate, m);
    }

    /** scikit-learn's defaults. */
    public static Options defaults() {
      return new Options(30, 1000, 0.5, 0);
    }

    /** The learning rate used for {@code n} points. */
    public double learningRateFor(int n) {
      return Double.isNaN(learningRate) ? Math.max(n / exaggeration / 4, 50) : learningRate;
    }
  }

  /** Hears the embedding as it forms. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called every few iterations with a copy of the embedding.
     *
     * @return false to stop (the run then throws {@link CancellationException})
     */
    boolean progress(int iteration, int iterations, float[] embedding);
  }

  private final int n;
  private final Options options;
  private final int[] rowStart;
  private final int[] columns;
  /** P's entries in single precision: the attraction reads all of them every step. */
  private final float[] values;

  private Tsne(int n, Options options, int[] rowStart, int[] columns, float[] values) {
    this.n = n;
    this.options = options;
    this.rowStart = rowStart;
    this.columns = columns;
    this.values = values;
  }

  /**
   * Embeds {@code points.length / dims} points in 2-D.
   *
   * @param points the points, row-major (reduce to 50 dimensions or fewer with PCA first)
   * @return the embedding, {@code n x 2} row-major
   */
  public static float[] embed(float[] points, int dims, Options options, Listener listener) {
    int n = points.length / dims;
    if (n < 4) {
      throw new IllegalArgumentException("t-SNE needs at least 4 points");
    }
    Tsne t = affinities(points, dims, options);
    return t.optimise(initialEmbedding(points, dims), listener);
  }

  /** The joint probabilities P: perplexity-calibrated on the k = 3 x perplexity neighbours. */
  static Tsne affinities(float[] points, int dims, Options options) {
    int n = points.length / dims;
    int k = (int) Math.min(n - 1, Math.floor(3 * options.perplexity()));
    int[] neighbours = new int[n * k];
    double[] distances = new double[n * k];
    double[] conditional = new double[n * k];
    double target = Math.log(Math.min(options.perplexity(), k));
    BlockedNeighbours.search(points, dims, k, neighbours, distances);
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> calibrate(distances, conditional, i * k, k, target));
    long[] keys = new long[2 * n * k];
    double[] vals = new double[2 * n * k];
    int e = 0;
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < k; m++) {
        int j = neighbours[i * k + m];
        double p = conditional[i * k + m];
        keys[e] = (long) i * n + j;
        vals[e++] = p;
        keys[e] = (long) j * n + i;
        vals[e++] = p;
      }
    }
    int[] order = sortedOrder(keys);
    int[] rowStart = new int[n + 1];
    int[] cols = new int[keys.length];
    double[] merged = new double[keys.length];
    int size = 0;
    long last = -1;
    double total = 0;
    for (int idx : order) {
      long key = keys[idx];
      if (key == last) {
        merged[size - 1] += vals[idx];
      } else {
        cols[size] = (int) (key % n);
        merged[size] = vals[idx];
        rowStart[(int) (key / n) + 1]++;
        size++;
        last = key;
      }
      total += vals[idx];
    }
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    float[] p = new float[size];
    for (int s = 0; s < size; s++) {
      p[s] = (float) (merged[s] / total);
    }
    return new Tsne(n, options, rowStart, Arrays.copyOf(cols, size), p);
  }

  /** The indices of {@code keys} in ascending key order (keys packed with indices, then sorted). */
  static int[] sortedOrder(long[] keys) {
    int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, keys.length));
    long maxKey = Arrays.stream(keys).max().orElse(0);
    int keyBits = 64 - Long.numberOfLeadingZeros(Math.max(1, maxKey));
    if (indexBits + keyBits > 63) {
      return IntStream.range(0, keys.length)
          .boxed()
          .sorted((a, b) -> Long.compare(keys[a], keys[b]))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    long[] packed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      packed[i] = keys[i] << indexBits | i;
    }
    Arrays.parallelSort(packed);
    long mask = (1L << indexBits) - 1;
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = (int) (packed[i] & mask);
    }
    return order;
  }

  /**
   * Finds the Gaussian precision for one point so that its conditional distribution over its
   * neighbours has the target entropy (log perplexity), by bisection on the squared distances.
   */
  private static void calibrate(
      double[] distances, double[] out, int offset, int k, double targetEntropy) {
    double beta = 1;
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    double shift = distances[offset] * distances[offset];
    for (int step = 0; step < 200; step++) {
      double sum = 0;
      double weighted = 0;
      for (int m = 0; m < k; m++) {
        double d2 = distances[offset + m] * distances[offset + m] - shift;
        double p = Math.exp(-d2 * beta);
        out[offset + m] = p;
        sum += p;
        weighted += d2 * p;
      }
      double entropy = Math.log(sum) + beta * weighted / sum;
      for (int m = 0; m < k; m++) {
        out[offset + m] /= sum;
      }
      double diff = entropy - targetEntropy;
      if (Math.abs(diff) < 1e-5) {
        return;
      }
      if (diff > 0) {
        low = beta;
        beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
      } else {
        high = beta;
        beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
      }
    }
  }

  /** scikit-learn's "pca" initialisation: the first two principal coordinates, sd 1e-4. */
  static double[] initialEmbedding(float[] points, int dims) {
    int n = points.length / dims;
    Pca pca = Pca.fit(points, dims);
    float[] two = pca.project(points, Math.min(2, dims));
    double[] y = new double[2 * n];
    double sd = Math.sqrt(Math.max(pca.variances()[0], 1e-12));
    for (int i = 0; i < n; i++) {
      y[2 * i] = two[i * Math.min(2, dims)] / sd * 1e-4;
      y[2 * i + 1] = dims > 1 ? two[i * 2 + 1] / sd * 1e-4 : 0;
    }
    return y;
  }

  private float[] optimise(double[] y, Listener listener) {
    double learningRate = options.learningRateFor(n);
    double[] update = new double[2 * n];
    double[] gains = new double[2 * n];
    Arrays.fill(gains, 1);
    double[] gradient = new double[2 * n];
    int chunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    Repulsion repulsion = options.method() == Method.FFT
        ? fftRepulsion(n)
        : barnesHutRepulsion(n);
    int report = Math.max(1, Math.min(25, options.iterations() / 40));
    for (int it = 0; it < options.iterations(); it++) {
      boolean exploring = it < options.exaggerationIterations();
      double exaggeration = exploring ? options.exaggeration() : 1;
      double momentum = exploring ? 0.5 : 0.8;
      double z = repulsion.applyAsDouble(y, gradient);
      double invZ = 1 / z;
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              c -> {
                int from = (int) ((long) n * c / chunks);
                int to = (int) ((long) n * (c + 1) / chunks);
                for (int i = from; i < to; i++) {
                  double xi = y[2 * i];
                  double yi = y[2 * i + 1];
                  double ax = 0;
                  double ay = 0;
                  for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                    int j = columns[s];
                    double dx = xi - y[2 * j];
                    double dy = yi - y[2 * j + 1];
                    double pq = values[s] / (1 + dx * dx + dy * dy);
                    ax += pq * dx;
                    ay += pq * dy;
                  }
                  gradient[2 * i] = 4 * (exaggeration * ax - gradient[2 * i] * invZ);
                  gradient[2 * i + 1] = 4 * (exaggeration * ay - gradient[2 * i + 1] * invZ);
                }
              });
      for (int c = 0; c < 2 * n; c++) {
        double g = gradient[c];
        gains[c] = (g > 0) != (update[c] > 0) ? gains[c] + 0.2 : Math.max(0.01, gains[c] * 0.8);
        update[c] = momentum * update[c] - learningRate * gains[c] * g;
        y[c] += update[c];
      }
      boolean last = it == options.iterations() - 1;
      if (listener != null && (it % report == 0 || last)) {
        if (!listener.progress(it + 1, options.iterations(), toFloats(y))) {
          throw new CancellationException("t-SNE was cancelled");
        }
      }
    }
    return toFloats(y);
  }

  /** Writes the unnormalised repulsive forces into the gradient and returns Z. */
  @FunctionalInterface
  interface Repulsion {
    double applyAsDouble(double[] y, double[] force);
  }

  /** The widest node spacing of the FFT repulsion's grid (openTSNE's: a third of a unit). */
  static final double FFT_SPACING = 1.0 / 3;

  private Repulsion fftRepulsion(int points) {
    FftRepulsion fft = new FftRepulsion(FFT_SPACING);
    return (y, force) -> fft.repulsion(y, points, force);
  }

  private Repulsion barnesHutRepulsion(int points) {
    GroupedRepulsion grouped = new GroupedRepulsion(points, options.theta());
    return grouped::repulsion;
  }

  private static float[] toFloats(double[] y) {
    float[] out = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = (float) y[i];
    }
    return out;
  }

  /** The number of stored entries of P, for tests. */
  int nonZeros() {
    return values.length;
  }

  /** The sum of P (1 up to rounding), for tests. */
  double totalProbability() {
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum;
  }
}
