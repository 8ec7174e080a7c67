package org.latentexplorer.ui.workspace.strip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.GateExecutor;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.latent.Traversal;
import org.latentexplorer.ui.common.status.RecordingStatus;
import org.latentexplorer.ui.common.task.QueuedTaskExecutor;
import org.latentexplorer.ui.common.task.SameThreadTaskExecutor;
import org.latentexplorer.ui.common.task.TaskExecutor;

/** The strip's rows and its player, on a same-thread engine. */
class StripModelTest {

  private static ModelSession session;
  private static GateExecutor engine;

  @BeforeAll
  static void open() throws Exception {
    engine = new GateExecutor();
    session =
        ModelSession.open(AppHome.models().resolve("fashion-conv-vae-16d"), null, (m, f) -> {}, engine);
  }

  @AfterAll
  static void close() {
    session.close();
  }

  /** A pane that only holds z. */
  private static final class Pane implements StripPane {
    final ReadOnlyObjectWrapper<float[]> z = new ReadOnlyObjectWrapper<>();
    float[][] path;

    Pane(float[] start) {
      z.set(start.clone());
    }

    @Override
    public ModelSession session() {
      return session;
    }

    @Override
    public float[] z() {
      return z.get().clone();
    }

    @Override
    public ReadOnlyObjectProperty<float[]> zProperty() {
      return z.getReadOnlyProperty();
    }

    @Override
    public void setZ(float[] point) {
      z.set(point.clone());
    }

    @Override
    public void showPath(float[][] points) {
      path = points;
    }
  }

  private final RecordingStatus status = new RecordingStatus();

  private StripModel strip(TaskExecutor tasks, Pane pane) {
    StripModel strip = new StripModel(tasks, status, () -> List.of(pane));
    strip.watch(pane);
    return strip;
  }

  @Test
  void aTraversalIsDecodedAroundTheCurrentZAndFollowsIt() throws Exception {
    Pane pane = new Pane(session.encoding().mean(3));
    StripModel strip = strip(new SameThreadTaskExecutor(), pane);
    strip.traversalDimensionProperty().set(5);
    strip.modeProperty().set(StripMode.TRAVERSAL);
    List<StripRow> rows = strip.rowsProperty().get();
    assertEquals(1, rows.size());
    float[][] expected = Traversal.along(pane.z(), 5, -3, 3, 10);
    assertArrayEquals(expected[7], rows.get(0).latents().get(7));
    assertArrayEquals(session.engine().decodeAll(expected).get()[7], rows.get(0).frames().get(7));
    pane.setZ(session.encoding().mean(4));
    assertArrayEquals(
        Traversal.along(pane.z(), 5, -3, 3, 10)[2], strip.rowsProperty().get().get(0).latents().get(2));
  }

  @Test
  void theAllDimensionsGridHasARowADimension() {
    Pane pane = new Pane(session.encoding().mean(3));
    StripModel strip = strip(new SameThreadTaskExecutor(), pane);
    strip.modeProperty().set(StripMode.ALL_DIMENSIONS);
    assertEquals(16, strip.rowsProperty().get().size());
    assertEquals("z16", strip.rowsProperty().get().get(15).title());
  }

  @Test
  void onlyTheNewestRequestsRowsAreShownAndNoQueueBuildsUp() {
    QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    Pane pane = new Pane(session.encoding().mean(3));
    StripModel strip = strip(tasks, pane);
    strip.interpolateItems(pane, 1, 2);
    for (int i = 3; i < 40; i++) {
      strip.interpolateItems(pane, 1, i);
    }
    assertEquals(1, tasks.waiting(), "one decode runs, the newest request waits");
    tasks.deliverAll();
    assertFalse(strip.decodingProperty().get());
    float[][] newest =
        Interpolation.path(session.encoding().mean(1), session.encoding().mean(39), 10, false);
    assertArrayEquals(newest[4], strip.rowsProperty().get().get(0).latents().get(4));
    assertArrayEquals(newest[4], pane.path[4]);
  }

  @Test
  void playMovesZThroughWhatTheStripShowsAndStopPutsItBack() {
    Pane pane = new Pane(session.encoding().mean(3));
    float[] start = pane.z();
    StripModel strip = strip(new SameThreadTaskExecutor(), pane);
    strip.traversalDimensionProperty().set(2);
    strip.modeProperty().set(StripMode.TRAVERSAL);
    assertTrue(strip.player().start(false));
    float[][] track = Traversal.along(start, 2, -3, 3, StripPlayer.STEPS);
    for (int i = 0; i < StripPlayer.STEPS + 5; i++) {
      strip.player().step();
      int expected = i < StripPlayer.STEPS ? i : 2 * StripPlayer.STEPS - 2 - i;
      assertArrayEquals(track[expected], pane.z(), "step " + i);
    }
    strip.player().stop();
    assertArrayEquals(start, pane.z());

    strip.modeProperty().set(StripMode.ALL_DIMENSIONS);
    assertTrue(strip.player().start(false));
    for (int i = 0; i < 2 * (StripPlayer.STEPS / 2) - 2; i++) {
      strip.player().step();
    }
    strip.player().step();
    assertArrayEquals(Traversal.along(start, 1, -3, 3, StripPlayer.STEPS / 2)[0], pane.z(),
        "the grid plays its rows one after another");
    strip.player().stop();

    strip.modeProperty().set(StripMode.INTERPOLATION);
    assertFalse(strip.player().start(false), "no interpolation yet");
    assertEquals(1, status.errors.size());
    strip.interpolateItems(pane, 5, 6);
    assertTrue(strip.player().start(false));
    strip.player().step();
    assertArrayEquals(session.encoding().mean(5), pane.z());
  }
}
