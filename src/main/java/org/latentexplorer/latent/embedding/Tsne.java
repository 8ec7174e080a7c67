package org.latentexplorer.latent.embedding;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.latentexplorer.latent.Pca;

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
   * The Barnes-Hut opening angle. scikit-learn's 0.5 applies to each point's own walk; the group
   * walk tests each cell against a whole group's bounding box, so it is more accurate at the same
   * angle. At 0.6 its forces on the formed 70,000-point Fashion-MNIST map are 1.3% from the exact
   * sums (each point's own walk at 0.5: 1.7%), and the map's KL and trustworthiness match
   * scikit-learn's (docs/benchmarks.md).
   */
  public static final double THETA = 0.6;

  /**
   * How often the points are renumbered in the order of a quadtree over the map, so that points
   * near each other in the plane, P's neighbours among them, lie near each other in memory: the
   * forces then read the map mostly from cache.
   */
  private static final int RENUMBER_EVERY = 100;

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
   * @param theta the Barnes-Hut opening angle ({@link #THETA}; smaller is slower and more exact)
   * @param seed 0 starts from the principal axes exactly as scikit-learn's init="pca"; another
   *     seed adds its own small noise to that start, so that maps from several seeds show which
   *     features depend on the start (the same seed always gives the same map)
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
      return new Options(30, 1000, THETA, 0);
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
  /** The attraction over P, renumbered as the optimisation goes. */
  private Attraction attraction;

  private Tsne(int n, Options options, Attraction attraction) {
    this.n = n;
    this.options = options;
    this.attraction = attraction;
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
    Attraction attraction = JointProbabilities.of(points, dims, options.perplexity()).attraction();
    double[] start = initialEmbedding(points, dims, options.seed());
    return new Tsne(n, options, attraction).optimise(start, listener);
  }

  /**
   * scikit-learn's "pca" initialisation, the first two principal coordinates scaled to sd 1e-4;
   * for a seed other than 0, plus Gaussian noise of 1% of that sd drawn from the seed.
   */
  static double[] initialEmbedding(float[] points, int dims, long seed) {
    int n = points.length / dims;
    Pca pca = Pca.fit(points, dims);
    float[] two = pca.project(points, Math.min(2, dims));
    double[] y = new double[2 * n];
    double sd = Math.sqrt(Math.max(pca.variances()[0], 1e-12));
    for (int i = 0; i < n; i++) {
      y[2 * i] = two[i * Math.min(2, dims)] / sd * 1e-4;
      y[2 * i + 1] = dims > 1 ? two[i * 2 + 1] / sd * 1e-4 : 0;
    }
    if (seed != 0) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int c = 0; c < 2 * n; c++) {
        y[c] += random.nextGaussian() * 1e-6;
      }
    }
    return y;
  }

  private float[] optimise(double[] y, Listener listener) {
    double learningRate = options.learningRateFor(n);
    double[] update = new double[2 * n];
    double[] gains = new double[2 * n];
    Arrays.fill(gains, 1);
    double[] gradient = new double[2 * n];
    Repulsion repulsion = options.method() == Method.FFT
        ? fftRepulsion(n)
        : barnesHutRepulsion(n);
    int report = Math.max(1, Math.min(25, options.iterations() / 40));
    int[] label = IntStream.range(0, n).toArray();
    for (int it = 0; it < options.iterations(); it++) {
      if (it % RENUMBER_EVERY == 0) {
        QuadTree tree = new QuadTree();
        tree.build(y, n);
        int[] order = tree.order();
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
          rank[order[k]] = k;
        }
        attraction = attraction.renumbered(rank);
        y = reorderedPairs(y, order);
        update = reorderedPairs(update, order);
        gains = reorderedPairs(gains, order);
        int[] before = label;
        label = IntStream.range(0, n).map(k -> before[order[k]]).toArray();
      }
      boolean exploring = it < options.exaggerationIterations();
      double exaggeration = exploring ? options.exaggeration() : 1;
      double momentum = exploring ? 0.5 : 0.8;
      double z = repulsion.applyAsDouble(y, gradient);
      double invZ = 1 / z;
      attraction.scaleAndAdd(y, -4 * invZ, 4 * exaggeration, gradient);
      for (int c = 0; c < 2 * n; c++) {
        double g = gradient[c];
        gains[c] = (g > 0) != (update[c] > 0) ? gains[c] + 0.2 : Math.max(0.01, gains[c] * 0.8);
        update[c] = momentum * update[c] - learningRate * gains[c] * g;
        y[c] += update[c];
      }
      boolean last = it == options.iterations() - 1;
      if (listener != null && (it % report == 0 || last)) {
        if (!listener.progress(it + 1, options.iterations(), toFloats(y, label))) {
          throw new CancellationException("t-SNE was cancelled");
        }
      }
    }
    return toFloats(y, label);
  }

  /** Pairs (x, y) in a new order: pair k of the result is pair {@code order[k]} of {@code a}. */
  private static double[] reorderedPairs(double[] a, int[] order) {
    double[] out = new double[a.length];
    for (int k = 0; k < order.length; k++) {
      out[2 * k] = a[2 * order[k]];
      out[2 * k + 1] = a[2 * order[k] + 1];
    }
    return out;
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

  /** The embedding in the points' own order; point {@code label[k]} is stored at k. */
  private static float[] toFloats(double[] y, int[] label) {
    float[] out = new float[y.length];
    for (int k = 0; k < label.length; k++) {
      out[2 * label[k]] = (float) y[2 * k];
      out[2 * label[k] + 1] = (float) y[2 * k + 1];
    }
    return out;
  }
}
