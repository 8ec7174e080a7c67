package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.ui.analyse.Card;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.explore.sliders.SliderOrder;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Directions between groups other than classes (bookmarks, items), named by the user, as the
 * sliders' basis, and kept in a session.
 */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class DirectionGroupsWindowTest {

  @TempDir Path dir;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1300, 860));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  private ModelPaneModel main() {
    return window.model().main();
  }

  @SuppressWarnings("unchecked")
  private void find(String from, String to, String name, Card card, int vectors, int shown) throws Exception {
    FxWait.run(() -> {
      ((ComboBox<String>) window.root().lookup("#directions-from-main")).getEditor().setText(from);
      ((ComboBox<String>) window.root().lookup("#directions-to-main")).getEditor().setText(to);
      ((TextField) window.root().lookup("#directions-name-main")).setText(name);
      ((Button) window.root().lookup("#directions-run-main")).fire();
    });
    FxWait.until(() -> main().analysis().vectors().size() == vectors && card.figuresShown() == shown);
  }

  private static float[] rows(float[]... codes) {
    float[] out = new float[codes.length * codes[0].length];
    for (int i = 0; i < codes.length; i++) {
      System.arraycopy(codes[i], 0, out, i * codes[i].length, codes[i].length);
    }
    return out;
  }

  private void waitForDecode() throws Exception {
    FxWait.until(() -> !main().decodePendingProperty().get());
  }

  @Test
  void bookmarksAndItemsMakeANamedVectorThatTheSlidersMoveAlongAndASessionKeeps() throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> main().session() != null && !main().decodePendingProperty().get());
    ModelSession s = FxWait.fx(() -> main().session());
    float[] c3 = s.encoding().mean(3);
    float[] c5 = s.encoding().mean(5);
    FxWait.run(() -> {
      main().bookmarks().add("three", c3);
      main().bookmarks().add("five", c5);
    });
    FxWait.run(() -> window.showTab(1));
    var panel = window.analysisView().mainPanel();
    FxWait.until(() -> panel.cards().stream().anyMatch(c -> c.getClass().getSimpleName().equals("DirectionsCard")));
    Card card = FxWait.fx(() -> panel.cards().stream()
        .filter(c -> c.getClass().getSimpleName().equals("DirectionsCard")).findFirst().orElseThrow());

    find("b1, b2", "#10, #11", "mine", card, 1, 1);
    AttributeVector expected = AttributeVector.between(
        "b1, b2", rows(c3, c5), "#10, #11", rows(s.encoding().mean(10), s.encoding().mean(11)), 2);
    AttributeVector mine = FxWait.fx(() -> main().analysis().vectors().get(0));
    assertEquals("mine", mine.name());
    assertEquals("b1, b2", mine.fromName());
    assertArrayEquals(expected.from(), mine.from(), "the bookmarks' mean code");
    assertArrayEquals(expected.vector(), mine.vector(), "the items' mean minus the bookmarks' mean");
    assertEquals(2, mine.fromSize());
    assertTrue(FxWait.fx(card::numbersShown).startsWith("mine: length "), FxWait.fx(card::numbersShown));
    assertEquals("mine", FxWait.fx(() -> window.mainPane().scatter().arrowLabel()));

    find("Trouser", "Dress", "", card, 2, 2);
    AttributeVector dress = FxWait.fx(() -> main().analysis().vectors().get(1));
    assertEquals("Trouser → Dress", dress.name());
    GridPane grid = (GridPane) FxWait.fx(() -> window.root().lookup("#direction-cosines-grid-main"));
    assertEquals("v1 mine", FxWait.fx(() -> DirectionWalkWindowTest.cell(grid, 0, 1)));
    assertEquals(String.format(Locale.ROOT, "%.3f", AttributeVector.cosine(mine, dress)), FxWait.fx(() -> DirectionWalkWindowTest.cell(grid, 2, 1)));

    find("#1", "#40", "mine", card, 2, 3);
    assertEquals("#1", FxWait.fx(() -> main().analysis().vectors().get(0).fromName()),
        "a vector found again under its name replaces the old one in its place");
    mine = FxWait.fx(() -> main().analysis().vectors().get(0));

    FxWait.run(() -> window.showTab(0));
    LatentSliders sliders = FxWait.fx(() -> window.mainPane().sliders());
    @SuppressWarnings("unchecked")
    ChoiceBox<SliderOrder> order = (ChoiceBox<SliderOrder>) FxWait.fx(() -> window.root().lookup("#slider-order-main"));
    assertTrue(FxWait.fx(() -> order.isVisible() && order.getItems().contains(SliderOrder.VECTORS)),
        "a 2-D model offers the vectors found as the sliders");
    FxWait.run(() -> main().setZ(dress.from()));
    waitForDecode();
    FxWait.run(() -> order.setValue(SliderOrder.VECTORS));
    assertEquals(2, (int) FxWait.fx(sliders::rows), "one row a vector");
    assertEquals("v2", FxWait.fx(() -> sliders.name(1)));
    TextField position = FxWait.fx(() -> sliders.field(1));
    assertEquals(String.format(Locale.ROOT, "%.3f", (float) dress.position(dress.from())), FxWait.fx(position::getText));
    FxWait.run(() -> {
      position.setText("1");
      position.fireEvent(new javafx.event.ActionEvent());
    });
    waitForDecode();
    float[] z = FxWait.fx(() -> main().z());
    assertArrayEquals(dress.movedTo(dress.from(), 1), z, "from the mean of Trouser to position 1 along Trouser → Dress");
    int[] dresses = org.latentexplorer.data.ClassSelection.indices(
        s.data(), org.latentexplorer.data.ClassSelection.labels(s.data(), List.of("Dress"), "to"), true);
    float[] dressMean = AttributeVector.meanCode(s.encoding().means(), 2, dresses);
    for (int d = 0; d < 2; d++) {
      assertEquals(dressMean[d], z[d], 1e-5, "position 1 is the mean code of Dress");
    }
    Images.assertSame(PixelImages.toArgb(s.engine().decode(z).get(), s.description().model().input()),
        window.mainPane().decodedView().argb());
    assertEquals(String.format(Locale.ROOT, "%.3f", (float) mine.position(z)), FxWait.fx(() -> sliders.field(0).getText()),
        "the other slider shows z's position along its vector");

    Path file = dir.resolve("directions.session.json");
    CountDownLatch saved = new CountDownLatch(1);
    FxWait.run(() -> window.sessions().save(file, saved::countDown));
    assertTrue(saved.await(30, TimeUnit.SECONDS));
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-ae-2d")));
    FxWait.until(() -> main().session() != null && main().session().name().equals("fashion-ae-2d"));
    assertTrue(FxWait.fx(() -> main().analysis().vectors().isEmpty()), "another model starts with no vectors");
    CountDownLatch opened = new CountDownLatch(1);
    FxWait.run(() -> window.sessions().open(file, opened::countDown, m -> {}));
    assertTrue(opened.await(60, TimeUnit.SECONDS));
    FxWait.until(() -> main().session().name().equals("fashion-vae-2d") && main().analysis().vectors().size() == 2);
    List<AttributeVector> back = FxWait.fx(() -> List.copyOf(main().analysis().vectors()));
    assertEquals(List.of("mine", "Trouser → Dress"), back.stream().map(AttributeVector::name).toList());
    assertArrayEquals(mine.vector(), back.get(0).vector());
    assertArrayEquals(dress.from(), back.get(1).from());
    assertEquals(dress.toSize(), back.get(1).toSize());
    assertTrue(FxWait.fx(() -> order.getItems().contains(SliderOrder.VECTORS)), "the sliders offer the vectors again");
    assertEquals("Trouser → Dress", FxWait.fx(() -> window.mainPane().scatter().arrowLabel()), "the newest drawn");
  }
}
