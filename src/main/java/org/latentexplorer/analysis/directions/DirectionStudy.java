package org.latentexplorer.analysis.directions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.latentexplorer.data.ClassSelection;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.Analogy;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.latent.directions.LatentExpression;
import org.latentexplorer.model.InputShape;

/**
 * The attribute vector between two groups of classes in a model's codes of a data set, with what
 * shows it: each item's position along it, how well that separates the two groups, a walk along it
 * decoded, and optionally an analogy "A is to B as C is to ?" ({@link AttributeVector}, {@link
 * Analogy}).
 *
 * @param model the model's name
 * @param data the data set's name
 * @param vector the vector between the groups' mean codes
 * @param fromLabels the first group's classes
 * @param toLabels the second group's classes
 * @param projection every item's position along the vector (0 at the first group's mean, 1 at the
 *     second's)
 * @param labels every item's label
 * @param classNames the data's class names by label
 * @param auc how well the projection tells the groups apart (second group as positives)
 * @param amounts the walk's positions, in units of the vector
 * @param walk the decoded walk, one image a position
 * @param shape the images' shape
 * @param analogy the analogy asked for, or null
 * @param others the vectors between the other pairs of groups asked for, to compare with this one
 * @param expressed the latent arithmetic asked for, decoded, or null
 */
public record DirectionStudy(
    String model, String data, AttributeVector vector, int[] fromLabels, int[] toLabels,
    double[] projection, int[] labels, List<String> classNames, double auc, double[] amounts,
    List<float[]> walk, InputShape shape, AnalogyAnswer analogy, List<AttributeVector> others,
    Expressed expressed) {

  /**
   * A latent expression ({@link LatentExpression}) and where it leads.
   *
   * @param text the expression as written
   * @param z the point it gives
   * @param image the point decoded
   */
  public record Expressed(String text, float[] z, float[] image) {}

  /**
   * An analogy's three classes, the answer, and the decoded class means and answer.
   *
   * @param names the classes A, B and C
   * @param result the point and the classes of its nearest items
   * @param images decode(mean A), decode(mean B), decode(mean C), decode(mean C + mean B - mean A)
   */
  public record AnalogyAnswer(List<String> names, Analogy result, List<float[]> images) {}

  /**
   * What to study.
   *
   * @param from the first group's classes, by name or number
   * @param to the second group's classes
   * @param analogy three classes A, B, C, or null for none
   * @param frames images in the walk
   * @param beyond how far the walk goes past each group's mean, in units of the vector
   * @param also other pairs of groups whose vectors are compared with this one
   * @param expression latent arithmetic to decode, where {@code v} is this vector and {@code v2},
   *     {@code v3}, ... those of {@code also}; or null
   */
  public record Request(
      List<String> from, List<String> to, List<String> analogy, int frames, double beyond, List<Pair> also,
      String expression) {}

  /**
   * Two groups of classes, by name or number.
   *
   * @param from the first group
   * @param to the second group
   */
  public record Pair(List<String> from, List<String> to) {}

  /** Runs the study on a session's data and encoding; blocks on the engine for the decodes. */
  public static DirectionStudy run(ModelSession session, Request request) throws Exception {
    ImageSet data = session.data();
    float[] codes = session.encoding().means();
    int dims = session.latentSize();
    int[] fromLabels = ClassSelection.labels(data, request.from(), "--from");
    int[] toLabels = ClassSelection.labels(data, request.to(), "--to");
    AttributeVector v = vector(data, codes, dims, fromLabels, toLabels, "--from and --to");
    int[] fromItems = ClassSelection.indices(data, fromLabels, true);
    int[] toItems = ClassSelection.indices(data, toLabels, true);
    double[] projection = v.project(codes);
    double auc = AttributeVector.separation(projection, fromItems, toItems);
    List<AttributeVector> others = new ArrayList<>();
    for (Pair pair : request.also()) {
      others.add(vector(
          data, codes, dims, ClassSelection.labels(data, pair.from(), "--also"),
          ClassSelection.labels(data, pair.to(), "--also"), "--also " + String.join(",", pair.from())
              + ":" + String.join(",", pair.to())));
    }
    double[] amounts = new double[request.frames()];
    float[][] zs = new float[request.frames()][];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = -request.beyond() + (1 + 2 * request.beyond()) * i / Math.max(1, amounts.length - 1);
      zs[i] = v.walk(v.from(), amounts[i]);
    }
    List<float[]> walk = List.of(session.engine().decodeAll(zs).get());
    AnalogyAnswer analogy =
        request.analogy() == null ? null : analogy(session, codes, dims, request.analogy());
    return new DirectionStudy(
        session.name(), data.name(), v, fromLabels, toLabels, projection, data.labels(),
        data.classNames(), auc, amounts, walk, session.engine().inputShape(), analogy, List.copyOf(others),
        request.expression() == null ? null : expressed(session, v, others, request.expression()));
  }

  private static Expressed expressed(
      ModelSession session, AttributeVector v, List<AttributeVector> others, String text) throws Exception {
    LatentExpression.Context context = context(session, name -> {
      if (name.equals("v")) {
        return v.vector();
      }
      if (name.matches("v[0-9]+")) {
        int k = Integer.parseInt(name.substring(1));
        return k >= 2 && k - 2 < others.size() ? others.get(k - 2).vector() : null;
      }
      return null;
    });
    float[] z;
    try {
      z = LatentExpression.evaluate(text, context);
    } catch (LatentExpression.Problem e) {
      throw new DatasetException(null, "--expression '" + text + "' " + e.getMessage(), e);
    }
    return new Expressed(text, z, session.engine().decode(z).get());
  }

  /**
   * What a latent expression's names mean on a model's data: {@code #N} item N's code, {@code
   * mean(CLASS)} a class's mean code, and the names {@code named} knows (vectors, bookmarks).
   */
  public static LatentExpression.Context context(
      ModelSession session, java.util.function.Function<String, float[]> named) {
    ImageSet data = session.data();
    float[] codes = session.encoding().means();
    int dims = session.latentSize();
    return new LatentExpression.Context() {
      @Override
      public int dims() {
        return dims;
      }

      @Override
      public float[] item(int index) {
        if (index >= data.size()) {
          throw new IllegalArgumentException(
              "there is no item " + index + " (" + data.name() + " has items 0 to " + (data.size() - 1) + ")");
        }
        return java.util.Arrays.copyOfRange(codes, index * dims, (index + 1) * dims);
      }

      @Override
      public float[] classMean(String name) {
        try {
          int[] label = ClassSelection.labels(data, List.of(name), "mean(" + name + ")");
          return AttributeVector.meanCode(codes, dims, ClassSelection.indices(data, label, true));
        } catch (DatasetException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }

      @Override
      public float[] named(String name) {
        return named.apply(name);
      }
    };
  }

  private static AttributeVector vector(
      ImageSet data, float[] codes, int dims, int[] fromLabels, int[] toLabels, String what) throws DatasetException {
    for (int l : fromLabels) {
      if (Arrays.stream(toLabels).anyMatch(t -> t == l)) {
        throw new DatasetException(
            null, what + " both name " + data.className(l) + ": the two groups must differ");
      }
    }
    return AttributeVector.between(
        groupName(data, fromLabels), ClassSelection.indices(data, fromLabels, true),
        groupName(data, toLabels), ClassSelection.indices(data, toLabels, true), codes, dims);
  }

  private static AnalogyAnswer analogy(ModelSession session, float[] codes, int dims, List<String> names)
      throws Exception {
    ImageSet data = session.data();
    if (names.size() != 3) {
      throw new DatasetException(null, "--analogy needs three classes A,B,C (A is to B as C is to ?), not " + names.size());
    }
    List<float[]> means = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      int[] label = ClassSelection.labels(data, List.of(name), "--analogy");
      int[] items = ClassSelection.indices(data, label, true);
      if (items.length == 0) {
        throw new DatasetException(null, "--analogy: " + data.className(label[0]) + " has no items in " + data.name());
      }
      means.add(AttributeVector.meanCode(codes, dims, items));
      shown.add(data.className(label[0]));
    }
    Analogy result = Analogy.of(means.get(0), means.get(1), means.get(2), codes, data.labels(), Analogy.NEAREST);
    float[][] zs = {means.get(0), means.get(1), means.get(2), result.z()};
    return new AnalogyAnswer(List.copyOf(shown), result, List.of(session.engine().decodeAll(zs).get()));
  }

  private static String groupName(ImageSet data, int[] labels) {
    return String.join(" + ", Arrays.stream(labels).mapToObj(data::className).toList());
  }

  /**
   * The analogy's answer in words: "A is to B as C is to D (n of the 20 nearest items)", or null
   * when none was asked for.
   */
  public String analogySentence() {
    if (analogy == null) {
      return null;
    }
    Analogy.Share answer = analogy.result().answer();
    return String.format(
        java.util.Locale.ROOT, "%s is to %s as %s is to %s (%d of the %d nearest items)",
        analogy.names().get(0), analogy.names().get(1), analogy.names().get(2),
        className(answer.label()), answer.count(), analogy.result().neighbours().length);
  }

  /** The name of a label's class. */
  public String className(int label) {
    return label >= 0 && label < classNames.size() ? classNames.get(label) : String.valueOf(label);
  }
}
