package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.ui.common.image.PixelatedImageView;
import org.latentexplorer.ui.common.scatter.ScatterView;
import org.latentexplorer.ui.common.scatter.ViewWindow;

/**
 * One live run: its progress line, loss curves, the scatter of the pictured held-out items
 * (moving smoothly from one picture to the next), a grid of fixed prior samples decoded, and the
 * first items above their reconstructions.
 */
final class RunPanel extends VBox {

  /** How long the points take to glide to a new picture. */
  static final long GLIDE_NANOS = 300_000_000L;

  /** The scatter is redrawn at most this often while the points glide (about 30 frames a second). */
  static final long GLIDE_FRAME_NANOS = 30_000_000L;

  private final RunState run;
  private final LossChart chart = new LossChart();
  private final ScatterView scatter = new ScatterView();
  private final List<PixelatedImageView> decodes = new ArrayList<>();
  private final List<PixelatedImageView> reconstructions = new ArrayList<>();
  private final float[] originals;
  private float[] from;
  private float[] to;
  private ViewWindow fromWindow;
  private ViewWindow toWindow;
  private long glideStart;
  private long lastGlideFrame;
  private boolean gliding;
  private long picturesShown;
  private LiveInbox.Picture shownPicture;

  RunPanel(RunState run, float[] originals, List<String> classNames, String[] axes, boolean compact) {
    this.run = run;
    this.originals = originals;
    setSpacing(6);
    setPadding(new Insets(6));
    Label progress = new Label();
    progress.textProperty().bind(run.progressProperty());
    progress.getStyleClass().add("facts");
    progress.setId("train-progress-" + run.name());
    progress.setWrapText(true);
    chart.show(run);
    chart.setId("train-chart-" + run.name());
    scatter.setId("train-scatter-" + run.name());
    scatter.setPrefSize(360, 300);
    scatter.setMinSize(220, 200);
    scatter.setAxisLabels(axes[0], axes[1]);
    scatter.setPoints(new float[run.labels().length * 2], run.labels(), classNames);
    javafx.scene.layout.Pane top = compact ? new VBox(6, chart, scatter) : new HBox(8, chart, scatter);
    HBox.setHgrow(chart, Priority.ALWAYS);
    HBox.setHgrow(scatter, Priority.ALWAYS);
    VBox.setVgrow(chart, Priority.ALWAYS);
    VBox.setVgrow(scatter, Priority.ALWAYS);
    VBox.setVgrow(top, Priority.ALWAYS);
    if (compact) {
      chart.setPrefSize(420, 200);
      scatter.setPrefSize(420, 260);
    }
    double side = compact ? 28 : 40;
    InputShape shape = run.shape();
    GridPane grid = new GridPane();
    grid.setHgap(2);
    grid.setVgap(2);
    for (int i = 0; i < ProbeMaker.PRIOR_SAMPLES; i++) {
      PixelatedImageView v = new PixelatedImageView(side);
      v.setMinSize(side, side);
      v.setMaxSize(side, side);
      decodes.add(v);
      grid.add(v, i % 8, i / 8);
    }
    GridPane recon = new GridPane();
    recon.setHgap(2);
    recon.setVgap(2);
    int size = shape.size();
    int shownItems = Math.min(ProbeMaker.RECONSTRUCTED, originals.length / size);
    for (int i = 0; i < shownItems; i++) {
      PixelatedImageView o = new PixelatedImageView(side);
      o.setMinSize(side, side);
      o.setMaxSize(side, side);
      o.show(Arrays.copyOfRange(originals, i * size, (i + 1) * size), shape);
      PixelatedImageView r = new PixelatedImageView(side);
      r.setMinSize(side, side);
      r.setMaxSize(side, side);
      reconstructions.add(r);
      recon.add(o, i, 0);
      recon.add(r, i, 1);
    }
    Label priorTitle = new Label(compact ? "prior samples" : "decoded prior samples (fixed z ~ N(0, I))");
    priorTitle.getStyleClass().add("hint");
    Label reconTitle = new Label(compact ? "items, reconstructed" : "held-out items and their reconstructions");
    reconTitle.getStyleClass().add("hint");
    // Side by side in a narrow window the reconstructions go below the prior samples, not past
    // the panel's edge.
    FlowPane pictures =
        new FlowPane(compact ? 8 : 16, 4, new VBox(2, priorTitle, grid), new VBox(2, reconTitle, recon));
    pictures.setId("train-pictures-" + run.name());
    getChildren().addAll(progress, top, pictures);
  }

  /** Takes a new picture if there is one and moves the points; called every frame. */
  void frame(long now) {
    chart.refresh();
    LiveInbox.Picture p = run.pictureProperty().get();
    if (p != null && p != shownPicture) {
      shownPicture = p;
      startGlide(p, now);
      showImages(p);
    }
    if (gliding && (now - lastGlideFrame >= GLIDE_FRAME_NANOS || now - glideStart >= GLIDE_NANOS)) {
      lastGlideFrame = now;
      double e = eased(now);
      ViewWindow w =
          new ViewWindow(
              lerp(fromWindow.xMin(), toWindow.xMin(), e), lerp(fromWindow.xMax(), toWindow.xMax(), e),
              lerp(fromWindow.yMin(), toWindow.yMin(), e), lerp(fromWindow.yMax(), toWindow.yMax(), e));
      scatter.showFrame(pointsAt(e), w);
      if (now - glideStart >= GLIDE_NANOS) {
        gliding = false;
      }
    }
  }

  /** How far the glide is at {@code now}, eased in and out: 0 to 1. */
  private double eased(long now) {
    double t = Math.min(1, (now - glideStart) / (double) GLIDE_NANOS);
    return t * t * (3 - 2 * t);
  }

  /** The points a fraction {@code e} of the way from where they were to where they go. */
  private float[] pointsAt(double e) {
    float[] xy = new float[to.length];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = (float) (from[i] + (to[i] - from[i]) * e);
    }
    return xy;
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  private void startGlide(LiveInbox.Picture p, long now) {
    ViewWindow target = ViewWindow.around(p.xy(), true);
    if (to == null) {
      from = p.xy();
      fromWindow = target;
    } else {
      from = gliding ? pointsAt(eased(now)) : to;
      fromWindow = scatter.window();
    }
    to = p.xy();
    toWindow = target;
    glideStart = now;
    gliding = true;
    picturesShown++;
  }

  private void showImages(LiveInbox.Picture p) {
    InputShape shape = run.shape();
    int size = shape.size();
    for (int i = 0; i < decodes.size() && (i + 1) * size <= p.decodes().length; i++) {
      decodes.get(i).show(Arrays.copyOfRange(p.decodes(), i * size, (i + 1) * size), shape);
    }
    for (int i = 0; i < reconstructions.size() && (i + 1) * size <= p.reconstructions().length; i++) {
      reconstructions.get(i).show(Arrays.copyOfRange(p.reconstructions(), i * size, (i + 1) * size), shape);
    }
  }

  /** The picture the points are heading to (or rest at), for tests. */
  LiveInbox.Picture shownPicture() {
    return shownPicture;
  }

  ScatterView scatter() {
    return scatter;
  }

  long picturesShown() {
    return picturesShown;
  }
}
