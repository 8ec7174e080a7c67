package org.latentexplorer.ui.workspace.strip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.ui.common.LatentText;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * The strip under the scatter: an interpolation between two chosen ends, a traversal of one
 * dimension around the current z, or the all-dimensions grid, decoded for every model shown.
 * Every decode is a numbered request; only the newest one's rows are shown, and while one is
 * decoded a newer one waits, so a drag never queues hundreds of decodes. {@link StripPlayer}
 * animates what the strip shows. Read and written on the UI thread.
 */
public final class StripModel {

  /** Latent sizes up to which the all-dimensions grid shows every dimension. */
  public static final int MAX_GRID_DIMENSIONS = 32;

  private final TaskExecutor tasks;
  private final StatusSink status;
  private final Supplier<List<StripPane>> panes;
  private final ObjectProperty<StripMode> mode = new SimpleObjectProperty<>(StripMode.INTERPOLATION);
  private final IntegerProperty frames = new SimpleIntegerProperty(10);
  private final BooleanProperty spherical = new SimpleBooleanProperty(false);
  private final IntegerProperty traversalDimension = new SimpleIntegerProperty(0);
  private final DoubleProperty traversalRange = new SimpleDoubleProperty(3);
  private final BooleanProperty rangeInSd = new SimpleBooleanProperty(false);
  private final ObjectProperty<StripDimensions.GridChoice> gridChoice =
      new SimpleObjectProperty<>(StripDimensions.GridChoice.FIRST);
  private final ReadOnlyObjectWrapper<List<StripRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyBooleanWrapper decoding = new ReadOnlyBooleanWrapper();
  private final BooleanProperty showZ = new SimpleBooleanProperty(false);
  private final StripPlayer player;
  private final StripCursor cursor;
  private final EndsChooser endsChooser;
  private final ReadOnlyObjectWrapper<InterpolationEnds> ends = new ReadOnlyObjectWrapper<>();
  private final NewestRequest decodes = new NewestRequest();
  private boolean waiting;

  /**
   * @param panes the models shown now, in the order their rows appear
   */
  public StripModel(TaskExecutor tasks, StatusSink status, Supplier<List<StripPane>> panes) {
    this.tasks = tasks;
    this.status = status;
    this.panes = panes;
    this.player = new StripPlayer(this, status);
    this.cursor = new StripCursor(this);
    this.endsChooser = new EndsChooser(this);
    mode.addListener((o, a, b) -> {
      player.stop();
      refresh();
    });
    frames.addListener((o, a, b) -> refresh());
    spherical.addListener((o, a, b) -> refresh());
    traversalDimension.addListener((o, a, b) -> refresh());
    traversalRange.addListener((o, a, b) -> refresh());
    rangeInSd.addListener((o, a, b) -> refresh());
    gridChoice.addListener((o, a, b) -> refresh());
    showZ.addListener((o, a, b) -> refresh());
  }

  /**
   * Follows a pane's z: a traversal is drawn around the current point, and the current frame is no
   * longer marked once z leaves it (a sample, a reset, a click on the scatter).
   */
  public void watch(StripPane pane) {
    pane.zProperty().addListener((o, a, b) -> {
      if (!player.isPlaying()) {
        cursor.zMoved(pane, b);
      }
      if (mode.get() != StripMode.INTERPOLATION && !player.isPlaying()) {
        refresh();
      }
    });
  }

  /** Sets new interpolation ends and shows the interpolation. */
  public void interpolate(InterpolationEnds newEnds) {
    ends.set(newEnds);
    if (mode.get() != StripMode.INTERPOLATION) {
      mode.set(StripMode.INTERPOLATION);
    } else {
      refresh();
    }
  }

  /** Sets the interpolation's ends without showing it (a restored session keeps its mode). */
  public void setEnds(InterpolationEnds newEnds) {
    ends.set(newEnds);
    refresh();
  }

  /** Forgets the interpolation (a model changed) and decodes the strip again. */
  public void clearEnds() {
    ends.set(null);
    endsChooser.clear();
    refresh();
  }

  /** Interpolation ends in the full latent space between two data items of one model. */
  public void interpolateItems(StripPane source, int fromIndex, int toIndex) {
    ModelSession s = source.session();
    if (s == null || fromIndex < 0 || toIndex < 0 || Math.max(fromIndex, toIndex) >= s.data().size()) {
      return;
    }
    interpolate(
        new InterpolationEnds(
            source, s.encoding().mean(fromIndex), s.encoding().mean(toIndex),
            s.data().itemKey(fromIndex), s.data().itemKey(toIndex),
            EndsChooser.itemName(s, fromIndex), EndsChooser.itemName(s, toIndex)));
  }

  public InterpolationEnds ends() {
    return ends.get();
  }

  /** The interpolation's ends, or null. */
  public ReadOnlyObjectProperty<InterpolationEnds> endsProperty() {
    return ends.getReadOnlyProperty();
  }

  /**
   * The latent points of the interpolation in one model, or null when there is none: the chosen
   * points in the model they were chosen in; in another model of the same data, the encodings of
   * the same items.
   */
  public float[][] interpolationPath(StripPane pane, int count) {
    float[][] endPoints = endsIn(pane);
    return endPoints == null ? null : Interpolation.path(endPoints[0], endPoints[1], count, spherical.get());
  }

  private float[][] endsIn(StripPane pane) {
    ModelSession s = pane.session();
    InterpolationEnds ends = this.ends.get();
    if (ends == null || s == null) {
      return null;
    }
    if (pane == ends.source()) {
      return ends.from().length == s.latentSize() ? new float[][] {ends.from(), ends.to()} : null;
    }
    ModelSession source = ends.source().session();
    if (source == null || !source.data().name().equals(s.data().name())) {
      return null;
    }
    int a = s.data().indexOfKey(ends.fromKey());
    int b = s.data().indexOfKey(ends.toKey());
    if (a < 0 || b < 0) {
      return null;
    }
    return new float[][] {s.encoding().mean(a), s.encoding().mean(b)};
  }

  /** Decodes the strip anew; while a decode runs, the newest request waits for it. */
  public void refresh() {
    if (decoding.get()) {
      waiting = true;
      return;
    }
    waiting = false;
    List<StripPane> shown = panes.get();
    boolean interpolating = mode.get() == StripMode.INTERPOLATION;
    List<RowRequest> requestsNow = new ArrayList<>();
    for (StripPane pane : shown) {
      pane.showPath(interpolating ? interpolationPath(pane, frames.get()) : null);
      RowRequest r = rowsFor(pane);
      if (r != null) {
        requestsNow.add(r);
      }
    }
    NewestRequest.Request request = decodes.next();
    decoding.set(true);
    BackgroundTask.ofFuture("Decoding the strip", p -> RowRequest.decodeAll(requestsNow))
        .onSuccess(
            decoded -> {
              if (request.isNewest() && !waiting) {
                rows.set(decoded);
              }
            })
        .onFailure(e -> status.error("The strip could not be decoded: " + BackgroundTask.message(e)))
        .onFinished(
            () -> {
              decoding.set(false);
              if (waiting) {
                refresh();
              }
            })
        .executeWith(tasks);
  }

  /**
   * The rows one pane adds, with the latent points to decode, or null for none (also while a
   * pane changes model and its z still has the other model's size: the new z refreshes the strip).
   */
  private RowRequest rowsFor(StripPane pane) {
    ModelSession s = pane.session();
    float[] z = pane.z();
    if (s == null || z == null || z.length != s.latentSize()) {
      return null;
    }
    int n = Math.max(2, frames.get());
    double r = traversalRange.get();
    switch (mode.get()) {
      case INTERPOLATION -> {
        float[][] path = interpolationPath(pane, n);
        if (path == null) {
          return null;
        }
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          captions.add(String.format(Locale.ROOT, "a=%.2f", (double) i / (n - 1)) + zText(path[i]));
        }
        InterpolationEnds e = ends.get();
        captions.set(0, captions.get(0) + endName(e.fromName()));
        captions.set(n - 1, captions.get(n - 1) + endName(e.toName()));
        String title = s.name() + (spherical.get() ? "\nspherical" : "\nlinear");
        return new RowRequest(pane, s, List.of(title), path, captions, n);
      }
      case TRAVERSAL -> {
        int d = traversalDimension.get();
        if (d >= s.latentSize()) {
          return null;
        }
        float[][] points = StripDimensions.traversal(s, z, d, r, rangeInSd.get(), n);
        return new RowRequest(
            pane, s, List.of(s.name() + "\nz" + (d + 1)), points,
            withZ(StripDimensions.captions(s, d, r, rangeInSd.get(), n), points), n);
      }
      default -> {
        int[] dims = StripDimensions.grid(s, gridChoice.get());
        float[][] points = new float[dims.length * n][];
        List<String> titles = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        boolean named = panes.get().size() > 1;
        boolean inSd = rangeInSd.get();
        for (int row = 0; row < dims.length; row++) {
          int d = dims[row];
          System.arraycopy(StripDimensions.traversal(s, z, d, r, inSd, n), 0, points, row * n, n);
          titles.add(named ? s.name() + "\nz" + (d + 1) : "z" + (d + 1));
          captions.addAll(row == 0 || inSd ? StripDimensions.captions(s, d, r, inSd, n) : Collections.nCopies(n, ""));
        }
        return new RowRequest(pane, s, titles, points, withZ(captions, points), n);
      }
    }
  }

  /** A frame's z under its caption when asked for: the values up to 3-D, else its length. */
  private String zText(float[] z) {
    return showZ.get() ? "\n" + LatentText.of(z, 3) : "";
  }

  private List<String> withZ(List<String> captions, float[][] points) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < captions.size(); i++) {
      String z = zText(points[i]);
      out.add(captions.get(i).isEmpty() ? z.strip() : captions.get(i) + z);
    }
    return out;
  }

  private static String endName(String name) {
    return name == null || name.isEmpty() ? "" : "\n" + name;
  }

  List<StripPane> panes() {
    return panes.get();
  }

  public StripPlayer player() {
    return player;
  }

  /** The current frame: clicked, stepped to, or being played. */
  public StripCursor cursor() {
    return cursor;
  }

  /** The ends set one at a time from the current z. */
  public EndsChooser endsChooser() {
    return endsChooser;
  }

  /** Whether each frame's caption shows its z (or its length above 3-D). */
  public BooleanProperty showZProperty() {
    return showZ;
  }

  public ObjectProperty<StripMode> modeProperty() {
    return mode;
  }

  public IntegerProperty framesProperty() {
    return frames;
  }

  public BooleanProperty sphericalProperty() {
    return spherical;
  }

  public IntegerProperty traversalDimensionProperty() {
    return traversalDimension;
  }

  public DoubleProperty traversalRangeProperty() {
    return traversalRange;
  }

  /** Whether the traversal range counts standard deviations of the codes around their mean. */
  public BooleanProperty rangeInSdProperty() {
    return rangeInSd;
  }

  /** Which dimensions the all-dimensions grid shows when there are more than it can. */
  public ObjectProperty<StripDimensions.GridChoice> gridChoiceProperty() {
    return gridChoice;
  }

  /** The rows shown: always the answer to the newest request. */
  public ReadOnlyObjectProperty<List<StripRow>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  /** True while the strip is being decoded. */
  public ReadOnlyBooleanProperty decodingProperty() {
    return decoding.getReadOnlyProperty();
  }
}
