package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.data.codes.CodesFiles;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Whitening;
import org.latentexplorer.ui.codes.CodesSession;
import org.latentexplorer.ui.codes.CodesSessionFile;
import org.latentexplorer.ui.codes.CodesWindow;
import org.latentexplorer.ui.common.scatter.PlotArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window on codes without a model: their scatter and projections, density and coverage. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class CodesWindowTest {

  private static final int N = 600;
  private static final int D = 4;

  @TempDir static Path dir;

  private CodesWindow window;
  private CodeSet codes;
  private Stage stage;

  /** Two classes of codes far from the prior's scale: around 30 and -30, stretched along z1. */
  private static CodeSet codes() {
    Random random = new Random(5);
    float[] z = new float[N * D];
    int[] labels = new int[N];
    for (int i = 0; i < N; i++) {
      labels[i] = i % 2;
      for (int d = 0; d < D; d++) {
        z[i * D + d] = (float) ((labels[i] == 0 ? 30 : -30) + random.nextGaussian() * (d == 0 ? 12 : 3));
      }
    }
    return new CodeSet("made.npy", Path.of("made.npy"), D, z, labels, List.of("left", "right"));
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    codes = codes();
    window = new CodesWindow(new CodesFiles(Path.of("made.npy"), null, null, null), codes, null);
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.run(window::close);
    assertTrue(window.awaitClosed(30), "the background work ends");
  }

  @Test
  void theCodesScatterIsTheirsAndNothingThatDecodesIsThere() throws Exception {
    assertEquals("Latent Explorer - made.npy (codes only)", window.title());
    FxWait.until(() -> window.scatter().points().length == 2 * N);
    float[] shown = FxWait.fx(() -> window.scatter().points());
    for (int i = 0; i < N; i++) {
      assertEquals(codes.codes()[i * D], shown[2 * i], "z1 of item " + i);
      assertEquals(codes.codes()[i * D + 1], shown[2 * i + 1], "z2 of item " + i);
    }
    List<Node> all = FxWait.fx(() -> List.copyOf(window.root().lookupAll("*")));
    assertTrue(all.stream().noneMatch(n -> n instanceof Slider), "no sliders without a decoder");
    assertNull(FxWait.fx(() -> window.root().lookup("#decoded-main")));

    FxWait.until(() -> window.projection().pcaProperty().get() != null);
    FxWait.run(() -> window.projection().showPca(0, 1));
    Pca pca = FxWait.fx(() -> window.projection().pcaProperty().get());
    assertArrayEquals(new PcaProjection(pca, codes.codes(), 0, 1).coordinates(),
        FxWait.fx(() -> window.scatter().points()), "the first two principal axes");
  }

  @Test
  void oneDimensionalCodesAreShownAndStudiedToo() throws Exception {
    float[] line = new float[50];
    for (int i = 0; i < line.length; i++) {
      line[i] = i / 10f;
    }
    CodeSet one = new CodeSet("line.npy", Path.of("line.npy"), 1, line, new int[50], List.of("all"));
    CodesWindow w = new CodesWindow(new CodesFiles(Path.of("line.npy"), null, null, null), one, null);
    try {
      FxWait.run(() -> stage.setScene(new Scene(w.root(), 1280, 800)));
      FxWait.until(() -> w.scatter().points().length == 100 && !w.coverageSummary().isEmpty());
      assertEquals(2.5f, FxWait.fx(() -> w.scatter().points())[50], "item 25 at z1 = 2.5");
      assertEquals(0f, FxWait.fx(() -> w.scatter().points())[51], "on the line y = 0");
    } finally {
      FxWait.run(w::close);
      assertTrue(w.awaitClosed(30));
    }
  }

  @Test
  void theCoverageIsMeasuredOnTheCodesAndOnRequestOnTheWhitenedCodes() throws Exception {
    Encoding e = new Encoding(N, D, codes.codes(), null);
    String raw = CoverageResult.measure(e, 2000, 1, null).summary();
    FxWait.until(() -> window.coverageSummary().equals(raw));
    for (int i = 0; i < 3; i++) {
      int f = i;
      assertTrue(FxWait.fx(() -> window.studyFigure(f)).getWidth() > 500, "figure " + i);
    }
    String white = CoverageResult.measure(e, 2000, 1, Whitening.of(Pca.fit(codes.codes(), D))).summary();
    assertTrue(!white.equals(raw));
    CheckBox whiten = (CheckBox) FxWait.fx(() -> window.root().lookup("#whiten"));
    FxWait.run(() -> whiten.setSelected(true));
    FxWait.until(() -> window.coverageSummary().equals(white));
    assertTrue(raw.startsWith("0.0% of 2,000 prior samples"), "codes around +-30 leave N(0, I) empty: " + raw);
    assertTrue(!white.startsWith("0.0%"), white);
  }

  private javafx.geometry.Point2D screenOfItem(int item) {
    float[] xy = window.projection().projection().coordinates();
    PlotArea area = window.scatter().plotArea();
    return window.scatter().localToScreen(area.toScreenX(xy[2 * item]), area.toScreenY(xy[2 * item + 1]));
  }

  @Test
  void aClickedItemIsBookmarkedAndASessionBringsBackTheViewTheBookmarksAndTheWhitening(FxRobot robot)
      throws Exception {
    FxWait.until(() -> window.projection().pcaProperty().get() != null && window.scatter().points().length > 0);
    FxWait.run(() -> window.projection().showPca(1, 2));
    FxWait.steady(() -> {
      window.root().applyCss();
      window.root().layout();
      return window.scatter().plotArea();
    });
    javafx.geometry.Point2D where = WaitForAsyncUtils.asyncFx(() -> screenOfItem(123)).get();
    robot.clickOn(where);
    FxWait.until(() -> window.selectedItem() >= 0);
    int item = FxWait.fx(window::selectedItem);
    assertTrue(FxWait.fx(() -> screenOfItem(item).distance(where)) <= 7, "the item under the pointer");
    robot.clickOn("#bookmark-name").write("far left");
    robot.clickOn("#bookmark-item");
    FxWait.until(() -> window.scatter().markLabels().equals(List.of("far left")));
    FxWait.run(() -> ((CheckBox) window.root().lookup("#whiten")).setSelected(true));

    Path file = dir.resolve("codes.session.json");
    FxWait.run(() -> window.saveSession(file));
    FxWait.until(() -> java.nio.file.Files.exists(file));
    CodesSession saved = CodesSessionFile.read(file);
    assertEquals("PCA", saved.projection());
    assertArrayEquals(new int[] {1, 2}, saved.axes());
    assertTrue(saved.whiten());
    assertEquals(List.of(new CodesSession.Bookmark("far left", item)), saved.bookmarks());
    assertEquals(item, saved.selected());
    assertEquals(Path.of("made.npy").toAbsolutePath().toString(), saved.codes());

    CodesWindow again = new CodesWindow(new CodesFiles(Path.of("made.npy"), null, null, null), codes, null);
    try {
      FxWait.run(() -> {
        stage.setScene(new Scene(again.root(), 1280, 800));
        again.restore(saved);
      });
      FxWait.until(() -> again.projection().projection() instanceof PcaProjection p
          && p.axisX() == 1 && p.axisY() == 2);
      assertEquals(List.of("far left"), FxWait.fx(() -> again.scatter().markLabels()));
      assertEquals(item, FxWait.fx(again::selectedItem));
      Encoding e = new Encoding(N, D, codes.codes(), null);
      String white = CoverageResult.measure(e, 2000, 1, Whitening.of(Pca.fit(codes.codes(), D))).summary();
      FxWait.until(() -> again.coverageSummary().equals(white));
    } finally {
      FxWait.run(again::close);
      assertTrue(again.awaitClosed(30));
    }
  }

  @Test
  void aSessionThatNamesItemsTheCodesDoNotHaveIsRefusedNamingTheField() throws Exception {
    Path file = dir.resolve("bad.session.json");
    java.nio.file.Files.writeString(file, "{\"version\": 1, \"codes\": \"made.npy\", \"projection\":"
        + " \"PCA\", \"axes\": [0, 9], \"bookmarks\": [{\"name\": \"x\", \"item\": 600}], \"selected\": -1}");
    CodesSession s = CodesSessionFile.read(file);
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        org.latentexplorer.ui.session.SessionFile.BadSession.class,
        () -> CodesSessionFile.check(file, s, codes));
    assertEquals(file + ": axes: the codes have 4 dimensions; bookmarks[0]: item 600 is not one of"
        + " the 600 codes", e.getMessage());
    java.nio.file.Files.writeString(file, "{\"version\": 1, \"codes\": \"made.npy\", \"projection\": \"MDS\"}");
    e = org.junit.jupiter.api.Assertions.assertThrows(
        org.latentexplorer.ui.session.SessionFile.BadSession.class, () -> CodesSessionFile.read(file));
    assertTrue(e.getMessage().contains("projection: 'MDS' is not one of LATENT_AXES, PCA"), e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(
        org.latentexplorer.ui.session.SessionFile.BadSession.class,
        () -> org.latentexplorer.ui.session.SessionFile.read(file));
    assertTrue(e.getMessage().contains("is a session of codes without a model; open it with explore"
        + " --session bad.session.json"), e.getMessage());
  }
}
