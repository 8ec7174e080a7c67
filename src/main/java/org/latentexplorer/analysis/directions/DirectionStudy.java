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
 * The attribute vector between two groups ({@link ItemGroup}: classes, items, factor levels,
 * bookmarks) in a model's codes of a data set, with what
 * shows it: each item's position along it, how well that separates the two groups, a walk along it
 * decoded, and optionally an analogy "A is to B as C is to ?" ({@link AttributeVector}, {@link
 * Analogy}).
 *
 * @param model the model's name
 * @param data the data set's name
 * @param vector the vector between the groups' mean codes
 * @param fromGroup the first group
 * @param toGroup the second group
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
    String model, String data, AttributeVector vector, ItemGroup fromGroup, ItemGroup toGroup,
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
   * @param from the first group's parts ({@link ItemGroup}): classes by name or number, items, factor levels
   * @param to the second group's parts
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
    return run(session, request, null);
  }

  /**
   * As {@link #run(ModelSession, Request)}, where the groups may name bookmarks and selections.
   *
   * @param bookmarks the window's bookmarks and selections, or null where there are none
   */
  public static DirectionStudy run(ModelSession session, Request request, WindowNames bookmarks)
      throws Exception {
    ImageSet data = session.data();
    float[] codes = session.encoding().means();
    int dims = session.latentSize();
    ItemGroup fromGroup = ItemGroup.of(data, request.from(), bookmarks, "--from");
    ItemGroup toGroup = ItemGroup.of(data, request.to(), bookmarks, "--to");
    AttributeVector v = vector(data, codes, dims, fromGroup, toGroup, "--from and --to");
    double[] projection = v.project(codes);
    double auc = AttributeVector.separation(
        v.project(fromGroup.codes(codes, dims)), v.project(toGroup.codes(codes, dims)));
    List<AttributeVector> others = new ArrayList<>();
    for (Pair pair : request.also()) {
      others.add(vector(
          data, codes, dims, ItemGroup.of(data, pair.from(), bookmarks, "--also"),
          ItemGroup.of(data, pair.to(), bookmarks, "--also"), "--also " + String.join(",", pair.from())
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
        request.analogy() == null ? null : analogy(session, codes, dims, request.analogy(), bookmarks);
    return new DirectionStudy(
        session.name(), data.name(), v, fromGroup, toGroup, projection, data.labels(),
        data.classNames(), auc, amounts, walk, session.engine().inputShape(), analogy, List.copyOf(others),
        request.expression() == null ? null : expressed(session, v, others, request.expression()));
  }

  /**
   * The vector between two groups of a session's codes, without the study around it (a lesson's
   * directions).
   *
   * @param bookmarks the window's bookmarks and selections, or null where there are none
   * @throws DatasetException naming the part of a group that names nothing, or groups that do not
   *     differ
   */
  public static AttributeVector vector(
      ModelSession session, List<String> from, List<String> to, WindowNames bookmarks)
      throws DatasetException {
    ImageSet data = session.data();
    return vector(data, session.encoding().means(), session.latentSize(), ItemGroup.of(data, from, bookmarks, "from"),
        ItemGroup.of(data, to, bookmarks, "to"), "from and to");
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
      ImageSet data, float[] codes, int dims, ItemGroup from, ItemGroup to, String what)
      throws DatasetException {
    for (ItemGroup g : List.of(from, to)) {
      if (g.points().length % dims != 0) {
        throw new DatasetException(null, what + ": " + g.name() + " holds a point of another latent size than " + dims);
      }
    }
    for (int l : from.labels()) {
      if (Arrays.stream(to.labels()).anyMatch(t -> t == l)) {
        throw new DatasetException(null, what + " both name " + data.className(l) + ": the two groups must differ");
      }
    }
    try {
      return AttributeVector.between(from.name(), from.codes(codes, dims), to.name(), to.codes(codes, dims), dims);
    } catch (IllegalArgumentException e) {
      throw new DatasetException(null, what + ": " + e.getMessage(), e);
    }
  }

  private static AnalogyAnswer analogy(
      ModelSession session, float[] codes, int dims, List<String> names, WindowNames bookmarks)
      throws Exception {
    ImageSet data = session.data();
    if (names.size() != 3) {
      throw new DatasetException(null, "--analogy needs three classes A,B,C (A is to B as C is to ?), not " + names.size());
    }
    List<float[]> means = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      ItemGroup g = ItemGroup.of(data, ItemGroup.parts(name), bookmarks, "--analogy");
      means.add(AttributeVector.meanCode(g.codes(codes, dims), dims));
      shown.add(g.name());
    }
    Analogy result = Analogy.of(means.get(0), means.get(1), means.get(2), codes, data.labels(), Analogy.NEAREST);
    float[][] zs = {means.get(0), means.get(1), means.get(2), result.z()};
    return new AnalogyAnswer(List.copyOf(shown), result, List.of(session.engine().decodeAll(zs).get()));
  }

  /** The same study with the vector under another name. */
  public DirectionStudy named(String name) {
    return new DirectionStudy(model, data, vector.named(name), fromGroup, toGroup, projection, labels, classNames, auc,
        amounts, walk, shape, analogy, others, expressed);
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
