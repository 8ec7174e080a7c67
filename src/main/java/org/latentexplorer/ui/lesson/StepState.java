package org.latentexplorer.ui.lesson;

import java.util.List;
import org.latentexplorer.ui.session.Session;

/**
 * The state a lesson step puts the window in, as its block names it: each field null when the
 * step does not set it. A step shows what it sets over what the steps before it set ({@link
 * #over}): a teacher writes only what changes.
 *
 * @param main the main model: a folder name (yours or bundled) or a path
 * @param compare the model compared with, or {@link #NONE} for one model alone
 * @param tab the tab shown: explore, analyse, evaluate, anomaly or train
 * @param allData whether the scatter shows every item (training and held-out) or the held-out ones
 * @param projection LATENT_AXES, PCA, or an embedding method's id in capitals (TSNE, UMAP)
 * @param axes the two dimensions (or principal axes) shown, 0-based
 * @param view the scatter's window: x from, x to, y from, y to
 * @param z the main model's latent point
 * @param compareZ the compared model's latent point
 * @param bookmarks the main model's bookmarks
 * @param stripMode INTERPOLATION, TRAVERSAL or ALL_DIMENSIONS
 * @param frames the strip's frames a row
 * @param spherical slerp instead of a straight line between the ends
 * @param traversalDimension the dimension traversed, 0-based
 * @param traversalRange the traversal's half width
 * @param from the interpolation's first end in the main model
 * @param to the interpolation's last end
 * @param largeText text, points and images enlarged for a projector
 * @param analyseCard the Analyse tab's card scrolled to (its name in the lesson format)
 * @param train the Train tab's settings, by the {@code train} command's option names
 * @param anomalous the classes the Anomaly tab counts as anomalous, by name
 * @param sampledPixels whether the Analyse tab's Samples cards draw pixels from the decoder's
 *     distribution instead of showing its mean
 * @param directions the attribute vectors found for the main model, each "FROM -> TO" or "FROM ->
 *     TO as NAME" with groups as the Directions card takes them
 * @param run what the step starts on arriving (training, an evaluation, anomaly scores); not
 *     passed on to the steps after it
 */
public record StepState(
    String main,
    String compare,
    String tab,
    Boolean allData,
    String projection,
    int[] axes,
    double[] view,
    float[] z,
    float[] compareZ,
    List<Session.Bookmark> bookmarks,
    String stripMode,
    Integer frames,
    Boolean spherical,
    Integer traversalDimension,
    Double traversalRange,
    float[] from,
    float[] to,
    Boolean largeText,
    String analyseCard,
    java.util.Map<String, String> train,
    List<String> anomalous,
    Boolean sampledPixels,
    List<String> directions,
    List<String> run) {

  /** The value of {@code compare} for one model alone. */
  public static final String NONE = "none";

  /** A step that sets nothing. */
  public static final StepState EMPTY =
      new StepState(null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null);

  /**
   * This step's state shown over {@code earlier}'s: what this step sets, else what was set before.
   * A new main model drops the z, bookmarks, view, strip ends, anomalous classes and directions
   * set for the one before; a new
   * projection drops the view; a new compared model drops its z.
   */
  public StepState over(StepState earlier) {
    boolean newMain = main != null && !main.equals(earlier.main);
    boolean newProjection = newMain || projection != null && !projection.equals(earlier.projection)
        || axes != null && !java.util.Arrays.equals(axes, earlier.axes);
    boolean newCompare = compare != null && !compare.equals(earlier.compare);
    return new StepState(
        pick(main, earlier.main),
        pick(compare, earlier.compare),
        pick(tab, earlier.tab),
        pick(allData, earlier.allData),
        pick(projection, earlier.projection),
        pick(axes, earlier.axes),
        pick(view, newProjection ? null : earlier.view),
        pick(z, newMain ? null : earlier.z),
        pick(compareZ, newCompare || newMain ? null : earlier.compareZ),
        pick(bookmarks, newMain ? null : earlier.bookmarks),
        pick(stripMode, earlier.stripMode),
        pick(frames, earlier.frames),
        pick(spherical, earlier.spherical),
        pick(traversalDimension, earlier.traversalDimension),
        pick(traversalRange, earlier.traversalRange),
        pick(from, newMain ? null : earlier.from),
        pick(to, newMain ? null : earlier.to),
        pick(largeText, earlier.largeText),
        pick(analyseCard, earlier.analyseCard),
        mergedTrain(earlier.train),
        pick(anomalous, newMain ? null : earlier.anomalous),
        pick(sampledPixels, earlier.sampledPixels),
        pick(directions, newMain ? null : earlier.directions),
        run);
  }

  private java.util.Map<String, String> mergedTrain(java.util.Map<String, String> earlier) {
    if (train == null || earlier == null) {
      return pick(train, earlier);
    }
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(earlier);
    all.putAll(train);
    return java.util.Collections.unmodifiableMap(all);
  }

  private static <T> T pick(T mine, T earlier) {
    return mine != null ? mine : earlier;
  }

  /**
   * What a step must set to show this state after {@code before}: the fields that differ, and
   * those that {@link #over} would otherwise drop; {@code changesFrom(b).over(b)} shows this state.
   */
  public StepState changesFrom(StepState before) {
    boolean newMain = !java.util.Objects.equals(main, before.main);
    boolean newProjection = newMain || !java.util.Objects.equals(projection, before.projection)
        || !java.util.Arrays.equals(axes, before.axes);
    boolean newCompare = !java.util.Objects.equals(compare, before.compare);
    boolean newTraversal = changed(traversalDimension, before.traversalDimension) != null
        || changed(traversalRange, before.traversalRange) != null;
    return new StepState(
        newMain ? main : null,
        newCompare ? compare : null,
        changed(tab, before.tab),
        changed(allData, before.allData),
        newProjection ? projection : null,
        newProjection ? axes : null,
        newProjection || !java.util.Arrays.equals(view, before.view) ? view : null,
        newMain || !java.util.Arrays.equals(z, before.z) ? z : null,
        newMain || newCompare || !java.util.Arrays.equals(compareZ, before.compareZ) ? compareZ : null,
        newMain || !sameBookmarks(bookmarks, before.bookmarks) ? bookmarks : null,
        changed(stripMode, before.stripMode),
        changed(frames, before.frames),
        changed(spherical, before.spherical),
        newTraversal ? traversalDimension : null,
        newTraversal ? traversalRange : null,
        newMain || !java.util.Arrays.equals(from, before.from) ? from : null,
        newMain || !java.util.Arrays.equals(to, before.to) ? to : null,
        changed(largeText, before.largeText),
        changed(analyseCard, before.analyseCard),
        trainChanges(before.train),
        newMain || !java.util.Objects.equals(anomalous, before.anomalous) ? anomalous : null,
        changed(sampledPixels, before.sampledPixels),
        newMain || !java.util.Objects.equals(directions, before.directions) ? directions : null,
        run);
  }

  private java.util.Map<String, String> trainChanges(java.util.Map<String, String> before) {
    if (train == null) {
      return null;
    }
    java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
    train.forEach((k, v) -> {
      if (before == null || !v.equals(before.get(k))) {
        changes.put(k, v);
      }
    });
    return changes.isEmpty() ? null : changes;
  }

  private static <T> T changed(T now, T before) {
    return java.util.Objects.equals(now, before) ? null : now;
  }

  private static boolean sameBookmarks(List<Session.Bookmark> a, List<Session.Bookmark> b) {
    if (a == null || b == null || a.size() != b.size()) {
      return a == b;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).name().equals(b.get(i).name()) || !java.util.Arrays.equals(a.get(i).z(), b.get(i).z())) {
        return false;
      }
    }
    return true;
  }

  /** Whether one model is shown alone. */
  public boolean alone() {
    return compare == null || NONE.equals(compare);
  }
}
