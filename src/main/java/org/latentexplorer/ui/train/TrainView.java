package org.latentexplorer.ui.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.SteadyProjection;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.status.StatusSink;

/**
 * The Train tab: the settings and Start, Pause/Resume, Stop on the left; each training model's
 * live panel on the right (two side by side for an AE and a VAE). An animation timer takes in
 * what the training thread said at most ten times a second and moves the points every frame.
 */
public final class TrainView extends BorderPane {

  /** How often the training thread's news is taken in, at most. */
  static final long POLL_NANOS = 100_000_000L;

  private final TrainModel model;
  private final StatusSink status;
  private final TrainForm form = new TrainForm();
  private final HBox panels = new HBox(8);
  private final List<RunPanel> runPanels = new ArrayList<>();
  private final FrameClock clock = new FrameClock();
  private final AnimationTimer frames;
  private final Label message = new Label();
  private long lastPoll;
  private long quietSince = -1;
  private boolean closed;
  private boolean drawing;

  /** How long the frame timer goes on once nothing trains: the last pictures glide in, then it rests. */
  private static final long LINGER_NANOS = 3_000_000_000L;

  /**
   * @param openInExplore opens the trained model folders in the Explore tab (two trained side by
   *     side open side by side)
   */
  public TrainView(TrainModel model, StatusSink status, Consumer<List<Path>> openInExplore) {
    this.model = model;
    this.status = status;
    setId("train-view");
    Button start = new Button("Start");
    start.setId("train-start");
    start.setDefaultButton(false);
    Tips.set(start, "Train the model set out above, here, while you watch");
    start.setOnAction(e -> start(false));
    Button both = new Button("AE and VAE side by side");
    both.setId("train-both");
    Tips.set(both, "Trains an AE and a VAE on the same data, seed and architecture, step by step in turn");
    both.setOnAction(e -> start(true));
    Button pause = new Button("Pause");
    pause.setId("train-pause");
    Tips.set(pause, "Pause between two steps, or resume");
    pause.setOnAction(
        e -> {
          if (model.stateProperty().get() == TrainModel.State.PAUSED) {
            model.resume();
          } else {
            model.pause();
          }
        });
    Button stop = new Button("Stop");
    stop.setId("train-stop");
    Tips.set(stop, "Stop; the last complete epoch's checkpoint is kept");
    stop.setOnAction(e -> model.stop());
    Button apply = new Button("Apply beta now");
    apply.setId("train-apply-beta");
    Tips.set(apply, "Change beta and the warm-up of the training VAE from its next step");
    apply.setOnAction(e -> applyBeta());
    Button open = new Button("Open in Explore");
    open.setId("train-open");
    Tips.set(open, "Open the model trained here in the Explore tab (an AE and a VAE trained side by side open side by side)");
    open.setOnAction(
        e -> {
          List<Path> w = model.writtenProperty().get();
          if (!w.isEmpty()) {
            openInExplore.accept(w);
          }
        });
    open.disableProperty().bind(
        javafx.beans.binding.Bindings.createBooleanBinding(
            () -> model.writtenProperty().get().isEmpty(), model.writtenProperty()));
    model.stateProperty().addListener((o, a, s) -> showState(s, start, both, pause, stop, apply));
    showState(model.stateProperty().get(), start, both, pause, stop, apply);
    message.setWrapText(true);
    message.getStyleClass().add("hint");
    message.setId("train-message");
    message.setText(
        "Train a model here and watch it learn: the loss terms, the codes of 2,000 held-out items"
            + " and the decodes of fixed prior samples update while it trains. The model folder is"
            + " written after every epoch, as the train command writes it.");
    VBox side =
        new VBox(8, form, new HBox(6, start, both), new HBox(6, pause, stop), apply, open, message);
    side.setPadding(new Insets(8));
    side.setPrefWidth(430);
    side.setMinWidth(410);
    ScrollPane sideScroll = new ScrollPane(side);
    sideScroll.setFitToWidth(true);
    setLeft(sideScroll);
    panels.setPadding(new Insets(4));
    setCenter(panels);
    rebuildPanels();
    model.runs().addListener((javafx.collections.ListChangeListener<RunState>) c -> rebuildPanels());
    frames = new AnimationTimer() {
      @Override
      public void handle(long now) {
        clock.tick(now);
        if (now - lastPoll >= POLL_NANOS) {
          lastPoll = now;
          model.poll();
        }
        for (RunPanel p : runPanels) {
          p.frame(now);
        }
        restWhenQuiet(now);
      }
    };
    model.stateProperty().addListener((o, a, s) -> {
      if (isLive(s)) {
        startFrames();
      }
    });
    startFrames();
  }

  private void startFrames() {
    if (!closed) {
      drawing = true;
      frames.start();
    }
  }

  private void stopFrames() {
    drawing = false;
    frames.stop();
  }

  private static boolean isLive(TrainModel.State s) {
    return s == TrainModel.State.LOADING || s == TrainModel.State.RUNNING
        || s == TrainModel.State.PAUSED || s == TrainModel.State.STOPPING;
  }

  /** Stops the frame timer a while after training has ended, so an idle window draws no frames. */
  private void restWhenQuiet(long now) {
    if (isLive(model.stateProperty().get())) {
      quietSince = -1;
    } else if (quietSince < 0) {
      quietSince = now;
    } else if (now - quietSince >= LINGER_NANOS) {
      quietSince = -1;
      stopFrames();
    }
  }

  /** Whether the tab's frame timer runs (while training, and a little after). */
  public boolean drawingFrames() {
    return drawing;
  }

  /**
   * Stops the tab's frame timer. The toolkit holds a running timer, and with it this view and the
   * whole window, for as long as the program runs: every closed window must stop it.
   */
  public void close() {
    closed = true;
    stopFrames();
  }

  /** Sets the form's fields by the {@code train} command's option names (a lesson's step). */
  public void setSettings(java.util.Map<String, String> settings) {
    form.set(settings);
  }

  /**
   * Starts training the form's model (and its AE or VAE twin when {@code sideBySide}) when none
   * trains; while one trains, applies the form's beta and warm-up to it instead.
   */
  public void startOrApply(boolean sideBySide) {
    TrainModel.State s = model.stateProperty().get();
    if (s == TrainModel.State.RUNNING || s == TrainModel.State.PAUSED) {
      applyBeta();
    } else if (s != TrainModel.State.LOADING && s != TrainModel.State.STOPPING) {
      start(sideBySide);
    }
  }

  private void start(boolean sideBySide) {
    try {
      model.start(form.options(model.modelsRootProperty().get()), form.name.getText().trim(), sideBySide);
    } catch (IllegalArgumentException e) {
      status.error(e.getMessage());
    }
  }

  private void applyBeta() {
    try {
      model.setBeta(form.betaValue(), form.warmup.getValue());
    } catch (IllegalArgumentException e) {
      status.error(e.getMessage());
    }
  }

  private void showState(
      TrainModel.State s, Button start, Button both, Button pause, Button stop, Button apply) {
    boolean active = isLive(s);
    start.setDisable(active);
    both.setDisable(active);
    form.lock(active);
    boolean running = s == TrainModel.State.RUNNING || s == TrainModel.State.PAUSED;
    pause.setDisable(!running);
    pause.setText(s == TrainModel.State.PAUSED ? "Resume" : "Pause");
    stop.setDisable(!running);
    apply.setDisable(!running);
  }

  private void rebuildPanels() {
    panels.getChildren().clear();
    runPanels.clear();
    if (model.runs().isEmpty()) {
      Label idle = new Label("Start a training to watch it learn here. Your models are saved in "
          + model.modelsRootProperty().get() + " and listed in the model chooser.");
      idle.setId("train-models-folder");
      idle.setWrapText(true);
      idle.getStyleClass().add("hint");
      panels.getChildren().add(idle);
      return;
    }
    for (RunState r : model.runs()) {
      RunPanel p =
          new RunPanel(
              r, model.pictured(), model.classNames(),
              SteadyProjection.axisNames(form.latent.getValue()), model.runs().size() > 1);
      p.setMinWidth(0);
      p.setPrefWidth(model.runs().size() > 1 ? 440 : 900);
      runPanels.add(p);
      panels.getChildren().add(p);
      HBox.setHgrow(p, Priority.ALWAYS);
    }
  }

  /** The frame clock, for the benchmark. */
  public FrameClock clock() {
    return clock;
  }

  public TrainModel model() {
    return model;
  }

  /** The live panels' pictures taken so far, for tests: one number a run. */
  public long[] picturesShown() {
    return runPanels.stream().mapToLong(RunPanel::picturesShown).toArray();
  }

  /** The points each run's scatter is moving to, for tests. */
  public List<float[]> shownCodes() {
    return runPanels.stream()
        .map(p -> p.shownPicture() == null ? null : Arrays.copyOf(p.shownPicture().xy(), p.shownPicture().xy().length))
        .toList();
  }
}
