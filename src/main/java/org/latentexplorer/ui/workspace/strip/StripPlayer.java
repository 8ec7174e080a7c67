package org.latentexplorer.ui.workspace.strip;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.latentexplorer.ui.common.status.StatusSink;

/**
 * Plays what the strip shows by moving z through it in every model shown: along the
 * interpolation, along the traversal, or through the all-dimensions grid one row after another,
 * back and forth, 25 steps a second times the chosen speed; the strip's frame nearest z is marked
 * as it plays. Stopping a traversal puts z back where the play started.
 */
public final class StripPlayer {

  /** Steps from one end of a row to the other. */
  static final int STEPS = 60;

  private final StripModel strip;
  private final StatusSink status;
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final DoubleProperty speed = new SimpleDoubleProperty(1);
  private final List<StripPane> panes = new ArrayList<>();
  private final List<float[][]> tracks = new ArrayList<>();
  private final List<float[]> startZ = new ArrayList<>();
  private Timeline timeline;
  private StripMode playedMode;
  private int step;

  StripPlayer(StripModel strip, StatusSink status) {
    this.strip = strip;
    this.status = status;
    speed.addListener((o, a, b) -> {
      if (timeline != null) {
        timeline.setRate(b.doubleValue());
      }
    });
  }

  /** Starts playing, or stops. */
  public void toggle() {
    if (isPlaying()) {
      stop();
    } else {
      start(true);
    }
  }

  /**
   * Prepares the tracks and, when {@code animate}, starts the timeline (tests step by hand).
   *
   * @return whether there was anything to play
   */
  public boolean start(boolean animate) {
    stop();
    panes.clear();
    tracks.clear();
    startZ.clear();
    for (StripPane pane : strip.panes()) {
      float[][] track = trackFor(pane);
      if (track != null) {
        panes.add(pane);
        tracks.add(track);
        startZ.add(pane.z());
      }
    }
    if (tracks.isEmpty()) {
      status.error(
          strip.modeProperty().get() == StripMode.INTERPOLATION
              ? "Drag across the scatter first: Play animates the interpolation."
              : "Nothing to play: open a model first.");
      return false;
    }
    step = 0;
    playedMode = strip.modeProperty().get();
    playing.set(true);
    if (animate) {
      timeline = new Timeline(new KeyFrame(Duration.millis(40), e -> step()));
      timeline.setCycleCount(Timeline.INDEFINITE);
      timeline.setRate(speed.get());
      timeline.play();
    }
    return true;
  }

  /** The latent points one model moves through, in order. */
  float[][] trackFor(StripPane pane) {
    float[] z = pane.z();
    if (pane.session() == null || z == null) {
      return null;
    }
    double r = strip.traversalRangeProperty().get();
    return switch (strip.modeProperty().get()) {
      case INTERPOLATION -> pingPong(strip.interpolationPath(pane, STEPS));
      case TRAVERSAL -> {
        int d = strip.traversalDimensionProperty().get();
        yield d < z.length
            ? pingPong(StripDimensions.traversal(pane.session(), z, d, r, strip.rangeInSdProperty().get(), STEPS))
            : null;
      }
      case ALL_DIMENSIONS -> {
        List<float[]> all = new ArrayList<>();
        for (int d : StripDimensions.grid(pane.session(), strip.gridChoiceProperty().get())) {
          all.addAll(List.of(pingPong(StripDimensions.traversal(
              pane.session(), z, d, r, strip.rangeInSdProperty().get(), STEPS / 2))));
        }
        yield all.toArray(float[][]::new);
      }
    };
  }

  /** A row there and back: a, b, ..., y, z, y, ..., b. */
  private static float[][] pingPong(float[][] row) {
    if (row == null) {
      return null;
    }
    int n = row.length;
    float[][] out = new float[Math.max(1, 2 * n - 2)][];
    for (int i = 0; i < out.length; i++) {
      out[i] = row[i < n ? i : 2 * n - 2 - i];
    }
    return out;
  }

  /** Moves every model one step along its track. */
  public void step() {
    for (int p = 0; p < panes.size(); p++) {
      float[][] track = tracks.get(p);
      panes.get(p).setZ(track[step % track.length]);
    }
    showPlace(step % tracks.get(0).length);
    step++;
  }

  /** Marks the strip's frame nearest the first model's place on its track. */
  private void showPlace(int k) {
    if (playedMode == StripMode.ALL_DIMENSIONS) {
      int half = STEPS / 2;
      int perRow = 2 * half - 2;
      strip.cursor().showPlayed(k / perRow, along(k % perRow, half));
    } else {
      strip.cursor().showPlayed(StripCursor.EVERY_ROW, along(k, STEPS));
    }
  }

  /** How far along a row of {@code n} points step {@code k} of its there-and-back track is. */
  static double along(int k, int n) {
    int place = k < n ? k : 2 * n - 2 - k;
    return place / (double) (n - 1);
  }

  /** Stops; after a traversal or the grid, z goes back to where the play started. */
  public void stop() {
    if (timeline != null) {
      timeline.stop();
      timeline = null;
    }
    if (playing.get() && playedMode != StripMode.INTERPOLATION) {
      for (int p = 0; p < panes.size(); p++) {
        if (startZ.get(p) != null) {
          panes.get(p).setZ(startZ.get(p));
        }
      }
      strip.cursor().clear();
    }
    playing.set(false);
  }

  /** Steps a second as a multiple of 25 (1 is 25 steps a second). */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** The rate the animation runs at now (0 when it does not run); for tests. */
  public double animationRate() {
    return timeline == null ? 0 : timeline.getRate();
  }

  public boolean isPlaying() {
    return playing.get();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }
}
