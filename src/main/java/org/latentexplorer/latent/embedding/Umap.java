package org.latentexplorer.latent.embedding;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.neighbours.BlockedNeighbours;

/**
 * UMAP (McInnes, Healy and Melville 2018, "UMAP: Uniform Manifold Approximation and Projection
 * for Dimension Reduction"), with umap-learn's defaults and its steps: the exact
 * {@code n_neighbours} nearest neighbours (a vantage-point tree); each point's local
 * connectivity rho (distance to its nearest neighbour) and bandwidth sigma found by bisection
 * so that {@code sum_j exp(-(d_ij - rho_i) / sigma_i) = log2(k)}; the fuzzy union
 * {@code W = A + A^T - A o A^T}; the output curve {@code 1 / (1 + a d^(2b))} fitted to min_dist
 * by least squares; then stochastic gradient descent on the fuzzy cross-entropy with edge
 * sampling in proportion to weight, five negative samples per positive one, gradients clipped
 * at 4 and a learning rate falling linearly from 1 (200 epochs above 10,000 points, else 500).
 *
 * <p>One difference, documented: the layout starts from the first two principal components
 * scaled to span 20 units (Kobak and Linderman 2021, "Initialization is critical for preserving
 * global data structure in both t-SNE and UMAP"), where umap-learn uses a spectral layout. The
 * descent runs on one thread with a seeded generator, so the same seed gives the same embedding.
 */
public final class Umap {

  private static final int NEGATIVE_SAMPLES = 5;
  private static final double CLIP = 4;

  /**
   * @param neighbours the size of the local neighbourhood (15)
   * @param minDist how tightly points may pack in the embedding (0.1)
   * @param epochs passes of the descent; 0 for umap-learn's 200 above 10,000 points, else 500
   * @param seed for the initial jitter and the negative samples
   */
  public record Options(int neighbours, double minDist, int epochs, long seed) {

    /** umap-learn's defaults. */
    public static Options defaults() {
      return new Options(15, 0.1, 0, 0);
    }

    /** The number of epochs for {@code n} points. */
    public int epochsFor(int n) {
      return epochs > 0 ? epochs : n > 10_000 ? 200 : 500;
    }
  }

  /** Hears the embedding as it forms. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called every few epochs with a copy of the embedding.
     *
     * @return false to stop (the run then throws {@link CancellationException})
     */
    boolean progress(int epoch, int epochs, float[] embedding);
  }

  /** The fuzzy graph: symmetric weights in compressed rows. */
  record Graph(int[] rowStart, int[] columns, double[] weights) {}

  private Umap() {}

  /**
   * Embeds {@code points.length / dims} points in 2-D.
   *
   * @return the embedding, {@code n x 2} row-major
   */
  public static float[] embed(float[] points, int dims, Options options, Listener listener) {
    int n = points.length / dims;
    if (n < 4) {
      throw new IllegalArgumentException("UMAP needs at least 4 points");
    }
    if (options.neighbours() < 2 || options.minDist() < 0) {
      throw new IllegalArgumentException("UMAP needs at least 2 neighbours and min_dist >= 0");
    }
    Graph graph = fuzzyGraph(points, dims, Math.min(options.neighbours(), n));
    double[] ab = curve(options.minDist(), 1);
    float[] y = initialLayout(points, dims, options.seed());
    optimise(y, n, graph, ab[0], ab[1], options.epochsFor(n), options.seed(), listener);
    return y;
  }

  /**
   * The fuzzy simplicial set of the k-neighbour graph (k counting the point itself, as
   * umap-learn does).
   */
  static Graph fuzzyGraph(float[] points, int dims, int k) {
    int n = points.length / dims;
    int m = k - 1;
    int[] neighbours = new int[n * m];
    double[] distances = new double[n * m];
    double[] rho = new double[n];
    double[] sigma = new double[n];
    BlockedNeighbours.search(points, dims, m, neighbours, distances);
    double meanAll = Arrays.stream(distances).sum() / ((double) n * k);
    double target = Math.log(k) / Math.log(2);
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> smoothDistances(distances, i * m, m, target, meanAll, rho, sigma, i));
    long[] keys = new long[n * m];
    double[] w = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < m; s++) {
        double d = distances[i * m + s] - rho[i];
        keys[i * m + s] = (long) i * n + neighbours[i * m + s];
        w[i * m + s] = d <= 0 || sigma[i] == 0 ? 1 : Math.exp(-d / sigma[i]);
      }
    }
    return union(keys, w, n);
  }

  /**
   * umap-learn's smooth_knn_dist for one point: rho is the nearest non-zero distance, sigma
   * the bisection's answer, at least 1e-3 times the mean distance.
   */
  static void smoothDistances(
      double[] distances, int offset, int m, double target, double meanAll, double[] rho,
      double[] sigma, int i) {
    double r = 0;
    double sum = 0;
    for (int s = 0; s < m; s++) {
      double d = distances[offset + s];
      sum += d;
      if (d > 0 && r == 0) {
        r = d;
      }
    }
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    double mid = 1;
    for (int step = 0; step < 64; step++) {
      double psum = 0;
      for (int s = 0; s < m; s++) {
        double d = distances[offset + s] - r;
        psum += d > 0 ? Math.exp(-d / mid) : 1;
      }
      if (Math.abs(psum - target) < 1e-5) {
        break;
      }
      if (psum > target) {
        hi = mid;
        mid = (lo + hi) / 2;
      } else {
        lo = mid;
        mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2;
      }
    }
    double meanHere = sum / (m + 1);
    double floor = 1e-3 * (r > 0 ? meanHere : meanAll);
    rho[i] = r;
    sigma[i] = Math.max(mid, floor);
  }

  /** W = A + A^T - A o A^T over the directed weights {@code (key = i * n + j, w)}. */
  private static Graph union(long[] keys, double[] w, int n) {
    int e = keys.length;
    long[] all = new long[2 * e];
    double[] forward = new double[2 * e];
    for (int s = 0; s < e; s++) {
      all[s] = keys[s];
      long i = keys[s] / n;
      long j = keys[s] % n;
      all[e + s] = j * n + i;
    }
    int[] index = sortedOrder(all);
    int[] rowStart = new int[n + 1];
    int[] cols = new int[2 * e];
    double[] weights = new double[2 * e];
    int size = 0;
    for (int a = 0; a < index.length; ) {
      long key = all[index[a]];
      double direct = 0;
      double reverse = 0;
      while (a < index.length && all[index[a]] == key) {
        int s = index[a];
        if (s < e) {
          direct = w[s];
        } else {
          reverse = w[s - e];
        }
        a++;
      }
      double v = direct + reverse - direct * reverse;
      if (v > 0) {
        cols[size] = (int) (key % n);
        weights[size] = v;
        rowStart[(int) (key / n) + 1]++;
        size++;
      }
    }
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    return new Graph(rowStart, Arrays.copyOf(cols, size), Arrays.copyOf(weights, size));
  }

  /**
   * umap-learn's find_ab_params: a and b of {@code 1 / (1 + a x^(2b))} fitted by least squares
   * (Levenberg-Marquardt from a = b = 1, as scipy's curve_fit) to 1 below min_dist and
   * {@code exp(-(x - min_dist) / spread)} above, at 300 points over [0, 3 spread].
   */
  static double[] curve(double minDist, double spread) {
    int count = 300;
    double[] x = new double[count];
    double[] target = new double[count];
    for (int i = 0; i < count; i++) {
      x[i] = 3 * spread * i / (count - 1);
      target[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
    }
    double a = 1;
    double b = 1;
    double lambda = 1e-3;
    double cost = curveCost(x, target, a, b);
    for (int it = 0; it < 500; it++) {
      double jaa = 0;
      double jab = 0;
      double jbb = 0;
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < count; i++) {
        if (x[i] == 0) {
          continue;
        }
        double p = Math.pow(x[i], 2 * b);
        double f = 1 / (1 + a * p);
        double r = f - target[i];
        double da = -p * f * f;
        double db = -a * p * 2 * Math.log(x[i]) * f * f;
        jaa += da * da;
        jab += da * db;
        jbb += db * db;
        ga += da * r;
        gb += db * r;
      }
      boolean improved = false;
      while (!improved && lambda < 1e12) {
        double maa = jaa * (1 + lambda);
        double mbb = jbb * (1 + lambda);
        double det = maa * mbb - jab * jab;
        double stepA = -(mbb * ga - jab * gb) / det;
        double stepB = -(maa * gb - jab * ga) / det;
        double next = curveCost(x, target, a + stepA, b + stepB);
        if (next < cost) {
          improved = true;
          double change = cost - next;
          a += stepA;
          b += stepB;
          cost = next;
          lambda = Math.max(lambda / 10, 1e-12);
          if (change < 1e-15 * Math.max(cost, 1e-300)) {
            return new double[] {a, b};
          }
        } else {
          lambda *= 10;
        }
      }
      if (!improved) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double curveCost(double[] x, double[] target, double a, double b) {
    double c = 0;
    for (int i = 0; i < x.length; i++) {
      double f = 1 / (1 + a * Math.pow(x[i], 2 * b));
      c += (f - target[i]) * (f - target[i]);
    }
    return c;
  }

  /** The first two principal coordinates scaled to [-10, 10], with a little seeded jitter. */
  static float[] initialLayout(float[] points, int dims, long seed) {
    int n = points.length / dims;
    Pca pca = Pca.fit(points, dims);
    int k = Math.min(2, dims);
    float[] two = pca.project(points, k);
    double max = 1e-12;
    for (float v : two) {
      max = Math.max(max, Math.abs(v));
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] y = new float[2 * n];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 2; d++) {
        double v = d < k ? two[i * k + d] * 10 / max : 0;
        y[2 * i + d] = (float) (v + 1e-4 * random.nextGaussian());
      }
    }
    return y;
  }

  private static void optimise(
      float[] y, int n, Graph g, double a, double b, int epochs, long seed, Listener listener) {
    double maxWeight = 0;
    for (double w : g.weights()) {
      maxWeight = Math.max(maxWeight, w);
    }
    int edges = g.weights().length;
    int[] head = new int[edges];
    int[] tail = g.columns();
    double[] perSample = new double[edges];
    for (int i = 0; i < n; i++) {
      for (int s = g.rowStart()[i]; s < g.rowStart()[i + 1]; s++) {
        head[s] = i;
        double w = g.weights()[s];
        perSample[s] = w < maxWeight / epochs ? -1 : maxWeight / w;
      }
    }
    double[] nextSample = perSample.clone();
    double[] perNegative = new double[edges];
    double[] nextNegative = new double[edges];
    for (int s = 0; s < edges; s++) {
      perNegative[s] = perSample[s] / NEGATIVE_SAMPLES;
      nextNegative[s] = perNegative[s];
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int report = Math.max(1, epochs / 50);
    for (int epoch = 0; epoch < epochs; epoch++) {
      float alpha = (float) (1 - (double) epoch / epochs);
      for (int s = 0; s < edges; s++) {
        if (perSample[s] < 0 || nextSample[s] > epoch) {
          continue;
        }
        int j = head[s];
        int k = tail[s];
        float dx = y[2 * j] - y[2 * k];
        float dy = y[2 * j + 1] - y[2 * k + 1];
        float d2 = dx * dx + dy * dy;
        if (d2 > 0) {
          double p = Math.pow(d2, b);
          float coeff = (float) (-2 * a * b * p / d2 / (a * p + 1));
          float gx = clip(coeff * dx) * alpha;
          float gy = clip(coeff * dy) * alpha;
          y[2 * j] += gx;
          y[2 * j + 1] += gy;
          y[2 * k] -= gx;
          y[2 * k + 1] -= gy;
        }
        nextSample[s] += perSample[s];
        int negatives = (int) ((epoch - nextNegative[s]) / perNegative[s]);
        for (int t = 0; t < negatives; t++) {
          int o = random.nextInt(n);
          float ox = y[2 * j] - y[2 * o];
          float oy = y[2 * j + 1] - y[2 * o + 1];
          float o2 = ox * ox + oy * oy;
          if (o2 > 0) {
            float coeff = (float) (2 * b / ((0.001 + o2) * (a * Math.pow(o2, b) + 1)));
            y[2 * j] += clip(coeff * ox) * alpha;
            y[2 * j + 1] += clip(coeff * oy) * alpha;
          }
        }
        nextNegative[s] += negatives * perNegative[s];
      }
      boolean last = epoch == epochs - 1;
      if (listener != null && (epoch % report == 0 || last)) {
        if (!listener.progress(epoch + 1, epochs, y.clone())) {
          throw new CancellationException("UMAP was cancelled");
        }
      }
    }
  }

  private static float clip(float v) {
    return v > CLIP ? (float) CLIP : v < -CLIP ? (float) -CLIP : v;
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
}
