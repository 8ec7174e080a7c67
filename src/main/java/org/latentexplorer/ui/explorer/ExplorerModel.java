package org.latentexplorer.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.latent.Traversal;
import org.latentexplorer.ui.Fx;
import org.latentexplorer.ui.strip.StripRow;

/**
 * The explorer's state: the main model, an optional second model to compare with, and the strip
 * of interpolations and traversals shared by both. Selecting an item or dragging an interpolation
 * in one model shows the same items in the other, each through its own encoder.
 */
public final class ExplorerModel implements AutoCloseable {

  /** Latent sizes up to which the all-dimensions grid is offered. */
  public static final int MAX_GRID_DIMENSIONS = 32;

  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "model-loader");
            t.setDaemon(true);
            return t;
          });
  private final ExecutorService analyses =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "analysis");
            t.setDaemon(true);
            return t;
          });
  private final StatusSink status;
  private final ModelPaneModel main;
  private final ModelPaneModel compare;
  private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
  private final StringProperty error = new SimpleStringProperty("");

  private final ObjectProperty<StripMode> mode = new SimpleObjectProperty<>(StripMode.INTERPOLATION);
  private final IntegerProperty frames = new SimpleIntegerProperty(10);
  private final BooleanProperty spherical = new SimpleBooleanProperty(false);
  private final IntegerProperty traversalDimension = new SimpleIntegerProperty(0);
  private final DoubleProperty traversalRange = new SimpleDoubleProperty(3);
  private final ObjectProperty<List<StripRow>> strip = new SimpleObjectProperty<>(List.of());
  private final ReadOnlyIntegerWrapper stripInFlight = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private InterpolationEnds ends;
  private boolean stripDirty;
  private boolean linking;
  private Timeline player;

  public ExplorerModel(StatusSink status) {
    this.status =
        new StatusSink() {
          @Override
          public void show(String message, double fraction) {
            status.show(message, fraction);
          }

          @Override
          public void error(String message) {
            error.set(message);
            status.error(message);
          }

          @Override
          public void device(String device) {
            status.device(device);
          }
        };
    main = new ModelPaneModel("main", loader, analyses, this.status);
    compare = new ModelPaneModel("compare", loader, analyses, this.status);
    link(main, compare);
    link(compare, main);
    mode.addListener((o, a, b) -> refreshStrip());
    frames.addListener((o, a, b) -> refreshStrip());
    spherical.addListener((o, a, b) -> refreshStrip());
    traversalDimension.addListener((o, a, b) -> refreshStrip());
    traversalRange.addListener((o, a, b) -> refreshStrip());
    main.zProperty().addListener((o, a, b) -> refreshIfTraversing());
    compare.zProperty().addListener((o, a, b) -> refreshIfTraversing());
  }

  private void link(ModelPaneModel from, ModelPaneModel to) {
    from.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (linking || !comparing.get() || to.session() == null) {
                return;
              }
              int index = now.intValue();
              if (index >= 0 && index < to.session().data().size()) {
                linking = true;
                try {
                  to.select(index);
                } finally {
                  linking = false;
                }
              }
            });
  }

  /** Opens a model as the main one; on failure the current one stays and the banner says why. */
  public CompletableFuture<ModelSession> openMain(Path folder) {
    return open(main, folder);
  }

  /** Opens a second model to compare with the main one, side by side. */
  public CompletableFuture<ModelSession> openCompare(Path folder) {
    return open(compare, folder)
        .thenApply(
            s -> {
              Fx.run(
                  () -> {
                    comparing.set(true);
                    int selected = main.selectedProperty().get();
                    if (selected >= 0 && selected < s.data().size()) {
                      compare.select(selected);
                    }
                    refreshStrip();
                  });
              return s;
            });
  }

  /** Back to one model. */
  public void stopComparing() {
    comparing.set(false);
    compare.pathProperty().set(null);
    refreshStrip();
  }

  private CompletableFuture<ModelSession> open(ModelPaneModel pane, Path folder) {
    error.set("");
    CompletableFuture<ModelSession> f = pane.open(folder);
    f.whenComplete(
        (s, e) ->
            Fx.run(
                () -> {
                  if (e != null) {
                    status.error("Could not open " + folder + ": " + Fx.message(e));
                  } else {
                    ends = null;
                    if (pane == main && traversalDimension.get() >= s.latentSize()) {
                      traversalDimension.set(0);
                    }
                    refreshStrip();
                  }
                }));
    return f;
  }

  /** The models shown now: the main one, and the compared one when comparing. */
  public List<ModelPaneModel> panes() {
    List<ModelPaneModel> list = new ArrayList<>();
    if (main.session() != null) {
      list.add(main);
    }
    if (comparing.get() && compare.session() != null) {
      list.add(compare);
    }
    return list;
  }

  /** Sets new interpolation ends and shows the interpolation. */
  public void interpolate(InterpolationEnds newEnds) {
    ends = newEnds;
    if (mode.get() != StripMode.INTERPOLATION) {
      mode.set(StripMode.INTERPOLATION);
    } else {
      refreshStrip();
    }
  }

  /** Interpolation ends in the full latent space between two chosen data items. */
  public void interpolateItems(ModelPaneModel source, int fromItem, int toItem) {
    ModelSession s = source.session();
    if (s == null || fromItem < 0 || toItem < 0) {
      return;
    }
    interpolate(
        new InterpolationEnds(
            source, s.encoding().mean(fromItem), s.encoding().mean(toItem), fromItem, toItem));
  }

  public InterpolationEnds ends() {
    return ends;
  }

  /** The latent points of the interpolation for one model, or null when there is none. */
  public float[][] interpolationPath(ModelPaneModel pane, int count) {
    if (ends == null || pane.session() == null) {
      return null;
    }
    float[] a;
    float[] b;
    if (pane == ends.source()) {
      a = ends.from();
      b = ends.to();
    } else {
      if (ends.fromItem() < 0 || ends.toItem() < 0) {
        return null;
      }
      a = pane.session().encoding().mean(ends.fromItem());
      b = pane.session().encoding().mean(ends.toItem());
    }
    if (a.length != pane.session().latentSize()) {
      return null;
    }
    return Interpolation.path(a, b, count, spherical.get());
  }

  private void refreshIfTraversing() {
    if (mode.get() != StripMode.INTERPOLATION && !playing.get()) {
      refreshStrip();
    }
  }

  /** Recomputes the strip; while one computation runs, the next waits and only the newest runs. */
  public void refreshStrip() {
    if (stripInFlight.get() > 0) {
      stripDirty = true;
      return;
    }
    stripDirty = false;
    List<ModelPaneModel> panes = panes();
    List<CompletableFuture<List<StripRow>>> parts = new ArrayList<>();
    for (ModelPaneModel pane : panes) {
      parts.add(rowsFor(pane));
    }
    if (mode.get() == StripMode.INTERPOLATION) {
      for (ModelPaneModel pane : List.of(main, compare)) {
        pane.pathProperty().set(panes.contains(pane) ? interpolationPath(pane, frames.get()) : null);
      }
    } else {
      main.pathProperty().set(null);
      compare.pathProperty().set(null);
    }
    stripInFlight.set(1);
    CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .whenComplete(
            (v, e) ->
                Fx.run(
                    () -> {
                      stripInFlight.set(0);
                      if (e != null) {
                        status.error("The strip could not be decoded: " + Fx.message(e));
                      } else {
                        List<StripRow> rows = new ArrayList<>();
                        parts.forEach(p -> rows.addAll(p.join()));
                        strip.set(rows);
                      }
                      if (stripDirty) {
                        refreshStrip();
                      }
                    }));
  }

  private CompletableFuture<List<StripRow>> rowsFor(ModelPaneModel pane) {
    ModelSession s = pane.session();
    float[] z = pane.z();
    int n = Math.max(2, frames.get());
    switch (mode.get()) {
      case INTERPOLATION -> {
        float[][] path = interpolationPath(pane, n);
        if (path == null) {
          return CompletableFuture.completedFuture(List.of());
        }
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          captions.add(String.format(Locale.ROOT, "a=%.2f", (double) i / (n - 1)));
        }
        String title = s.name() + (spherical.get() ? "\nspherical" : "\nlinear");
        return decodeRows(pane, List.of(title), path, captions, n);
      }
      case TRAVERSAL -> {
        int d = traversalDimension.get();
        if (d >= s.latentSize()) {
          return CompletableFuture.completedFuture(List.of());
        }
        double r = traversalRange.get();
        float[][] points = Traversal.along(z, d, -r, r, n);
        return decodeRows(
            pane, List.of(s.name() + "\nz" + (d + 1)), points, rangeCaptions(d, -r, r, n), n);
      }
      default -> {
        int dims = Math.min(s.latentSize(), MAX_GRID_DIMENSIONS);
        double r = traversalRange.get();
        float[][] points = new float[dims * n][];
        List<String> titles = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
          System.arraycopy(Traversal.along(z, d, -r, r, n), 0, points, d * n, n);
          titles.add(panes().size() > 1 ? s.name() + "\nz" + (d + 1) : "z" + (d + 1));
          captions.addAll(
              d == 0 ? rangeCaptions(d, -r, r, n) : java.util.Collections.nCopies(n, ""));
        }
        return decodeRows(pane, titles, points, captions, n);
      }
    }
  }

  private static List<String> rangeCaptions(int d, double from, double to, int n) {
    List<String> captions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      captions.add(String.format(Locale.ROOT, "%+.2f", from + (to - from) * i / (n - 1)));
    }
    return captions;
  }

  private CompletableFuture<List<StripRow>> decodeRows(
      ModelPaneModel pane, List<String> titles, float[][] points, List<String> captions, int n) {
    ModelSession s = pane.session();
    return s.engine()
        .decodeAll(points)
        .thenApply(
            images -> {
              List<StripRow> rows = new ArrayList<>();
              for (int r = 0; r < titles.size(); r++) {
                List<float[]> latents = new ArrayList<>();
                List<float[]> frames = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  latents.add(points[r * n + i]);
                  frames.add(images[r * n + i]);
                }
                rows.add(
                    new StripRow(
                        titles.get(r),
                        latents,
                        frames,
                        captions.subList(r * n, r * n + n),
                        s.description().model().input()));
              }
              return rows;
            });
  }

  /** Animates z along the interpolation (in every model shown), or stops the animation. */
  public void togglePlay() {
    if (player != null) {
      stopPlaying();
      return;
    }
    if (ends == null) {
      status.error("Drag across the scatter first: play animates the interpolation.");
      return;
    }
    int steps = 60;
    List<ModelPaneModel> panes = panes();
    List<float[][]> paths = new ArrayList<>();
    for (ModelPaneModel pane : panes) {
      paths.add(interpolationPath(pane, steps));
    }
    int[] step = {0};
    player =
        new Timeline(
            new KeyFrame(
                Duration.millis(40),
                e -> {
                  int i = step[0] < steps ? step[0] : 2 * steps - 2 - step[0];
                  for (int p = 0; p < panes.size(); p++) {
                    if (paths.get(p) != null) {
                      panes.get(p).setZ(paths.get(p)[Math.max(0, i)]);
                    }
                  }
                  step[0] = (step[0] + 1) % (2 * steps - 2);
                }));
    player.setCycleCount(Timeline.INDEFINITE);
    playing.set(true);
    player.play();
  }

  public void stopPlaying() {
    if (player != null) {
      player.stop();
      player = null;
    }
    playing.set(false);
  }

  public ModelPaneModel main() {
    return main;
  }

  public ModelPaneModel compare() {
    return compare;
  }

  public ReadOnlyBooleanProperty comparingProperty() {
    return comparing.getReadOnlyProperty();
  }

  public StringProperty errorProperty() {
    return error;
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

  public ObjectProperty<List<StripRow>> stripProperty() {
    return strip;
  }

  /** 1 while the strip is being decoded, else 0. */
  public ReadOnlyIntegerProperty stripInFlightProperty() {
    return stripInFlight.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  @Override
  public void close() {
    stopPlaying();
    main.analysis().cancelTsne();
    compare.analysis().cancelTsne();
    main.close();
    compare.close();
    loader.shutdownNow();
    analyses.shutdownNow();
  }
}
