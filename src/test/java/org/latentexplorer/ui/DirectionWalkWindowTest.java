package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.analysis.directions.DirectionStudy;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.ui.analyse.Card;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An attribute vector as an arrow, a walk along it from the current z, its traversal, and cosines. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class DirectionWalkWindowTest {

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

  private static AttributeVector vector(ModelSession s, String from, String to) throws Exception {
    return DirectionStudy.run(s, new DirectionStudy.Request(
        List.of(from), List.of(to), null, 9, 0.5, List.of(), null)).vector();
  }

  @SuppressWarnings("unchecked")
  private void find(String from, String to, Card card, int found) throws Exception {
    find(from, to, "(nothing)", card, found);
  }

  @SuppressWarnings("unchecked")
  private void find(String from, String to, String applied, Card card, int found) throws Exception {
    FxWait.run(() -> {
      ((javafx.scene.control.ComboBox<String>) window.root().lookup("#directions-from-main")).setValue(from);
      ((javafx.scene.control.ComboBox<String>) window.root().lookup("#directions-to-main")).setValue(to);
      ((ChoiceBox<String>) window.root().lookup("#directions-analogy-main")).setValue(applied);
      ((Button) window.root().lookup("#directions-run-main")).fire();
    });
    FxWait.until(() -> card.figuresShown() == found);
  }

  @Test
  void theAmountMovesZAlongTheVectorFromWhereZIsAndTheStripTraversesIt() throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> main().session() != null && !main().decodePendingProperty().get());
    FxWait.run(() -> window.showTab(1));
    var panel = window.analysisView().mainPanel();
    FxWait.until(() -> panel.cards().stream().anyMatch(c -> c.getClass().getSimpleName().equals("DirectionsCard")));
    Card card = FxWait.fx(() -> panel.cards().stream()
        .filter(c -> c.getClass().getSimpleName().equals("DirectionsCard")).findFirst().orElseThrow());
    ModelSession s = FxWait.fx(() -> main().session());
    AttributeVector v = vector(s, "Trouser", "Dress");
    Slider amount = (Slider) FxWait.fx(() -> window.root().lookup("#direction-amount-main"));
    assertTrue(FxWait.fx(amount::isDisabled), "no walk before a vector is found");
    Button save = (Button) FxWait.fx(() -> window.root().lookup("#directions-save-main"));
    assertTrue(FxWait.fx(save::isDisabled), "nothing to save before a vector is found");

    find("Trouser", "Dress", card, 1);
    assertEquals("Trouser → Dress", FxWait.fx(() -> window.mainPane().scatter().arrowLabel()),
        "the vector drawn on the scatter as an arrow");
    assertTrue(!FxWait.fx(save::isDisabled), "the vectors found can be saved");
    float[] start = FxWait.fx(() -> main().z());
    FxWait.run(() -> amount.setValue(1.5));
    FxWait.until(() -> !main().decodePendingProperty().get());
    float[] z = FxWait.fx(() -> main().z());
    assertArrayEquals(v.walk(start, 1.5), z, "z0 + 1.5 v");
    Images.assertSame(PixelImages.toArgb(s.engine().decode(z).get(), s.description().model().input()),
        window.mainPane().decodedView().argb());

    float[] item = s.encoding().mean(42);
    FxWait.run(() -> main().setZ(item));
    FxWait.run(() -> amount.setValue(0.5));
    FxWait.until(() -> !main().decodePendingProperty().get());
    assertArrayEquals(v.walk(v.walk(item, -1.5), 0.5), FxWait.fx(() -> main().z()),
        "z moved elsewhere is the new start, at the amount shown");

    FxWait.run(() -> ((Button) window.root().lookup("#direction-traverse-main")).fire());
    InterpolationEnds ends = FxWait.fx(() -> window.model().strip().ends());
    float[] now = FxWait.fx(() -> main().z());
    assertArrayEquals(v.walk(now, -1), ends.from());
    assertArrayEquals(v.walk(now, 1), ends.to());
    assertEquals("z + (Trouser → Dress)", ends.toName());

    find("Sneaker", "Ankle boot", "Sandal", card, 2);
    DirectionStudy analogy = DirectionStudy.run(s, new DirectionStudy.Request(
        List.of("Sneaker"), List.of("Ankle boot"), List.of("Sneaker", "Ankle boot", "Sandal"), 9, 0.5,
        List.of(), null));
    assertTrue(FxWait.fx(card::numbersShown).endsWith(". " + analogy.analogySentence()),
        FxWait.fx(card::numbersShown));
    assertTrue(analogy.analogySentence().startsWith("Sneaker is to Ankle boot as Sandal is to "));
    assertEquals(3, (int) FxWait.fx(card::figureCount), "the projection, the walk and the analogy");
    find("Sandal", "Ankle boot", card, 3);
    assertEquals("Sandal → Ankle boot", FxWait.fx(() -> window.mainPane().scatter().arrowLabel()));
    GridPane grid = (GridPane) FxWait.fx(() -> window.root().lookup("#direction-cosines-grid-main"));
    AttributeVector shoes = vector(s, "Sneaker", "Ankle boot");
    AttributeVector sandals = vector(s, "Sandal", "Ankle boot");
    assertEquals(String.format(Locale.ROOT, "%.3f", AttributeVector.cosine(shoes, sandals)),
        FxWait.fx(() -> cell(grid, 2, 3)));
    assertEquals(String.format(Locale.ROOT, "%.3f", AttributeVector.cosine(v, sandals)),
        FxWait.fx(() -> cell(grid, 1, 3)));
    assertEquals("1.000", FxWait.fx(() -> cell(grid, 1, 1)));

    float[] marked = s.encoding().mean(7);
    FxWait.run(() -> main().bookmarks().add("boot", marked));
    javafx.scene.control.TextField expression =
        (javafx.scene.control.TextField) FxWait.fx(() -> window.root().lookup("#directions-expression-main"));
    FxWait.run(() -> {
      expression.setText("#42 + 0.5 * v1 - v + b1 - mean(Bag)");
      expression.fireEvent(new javafx.event.ActionEvent());
    });
    float[] bag = AttributeVector.meanCode(s.encoding().means(), 2,
        java.util.stream.IntStream.range(0, s.data().size()).filter(i -> s.data().label(i) == 8).toArray());
    float[] expected = new float[2];
    for (int d = 0; d < 2; d++) {
      expected[d] = s.encoding().mean(42)[d] + 0.5f * v.vector()[d] - sandals.vector()[d] + marked[d] - bag[d];
    }
    FxWait.until(() -> !main().decodePendingProperty().get() && main().z()[0] != now[0]);
    float[] got = FxWait.fx(() -> main().z());
    assertArrayEquals(expected, got, 1e-5f, "#42 + 0.5 v1 - v3 + b1 - mean(Bag)");
    FxWait.run(() -> {
      expression.setText("mean(Dress) + v9");
      expression.fireEvent(new javafx.event.ActionEvent());
    });
    Label problem = (Label) FxWait.fx(() -> window.root().lookup("#directions-expression-problem-main"));
    FxWait.until(() -> !problem.getText().isEmpty());
    assertTrue(FxWait.fx(problem::getText).startsWith(
        "'mean(Dress) + v9' at character 15: nothing is named 'v9'"), FxWait.fx(problem::getText));
    assertArrayEquals(got, FxWait.fx(() -> main().z()), "z stays");

    float[] target = v.walk(s.encoding().mean(42), 1);
    FxWait.run(() -> {
      expression.setText("#42 + v1");
      ((Button) window.root().lookup("#directions-expression-bookmark-main")).fire();
    });
    FxWait.until(() -> main().bookmarks().items().size() == 2);
    assertEquals("#42 + v1", FxWait.fx(() -> main().bookmarks().items().get(1).name()));
    assertArrayEquals(target, FxWait.fx(() -> main().bookmarks().items().get(1).z()), 1e-6f);
    FxWait.run(() -> ((Button) window.root().lookup("#directions-expression-strip-main")).fire());
    FxWait.until(() -> "#42 + v1".equals(window.model().strip().ends().toName()));
    assertArrayEquals(got, FxWait.fx(() -> window.model().strip().ends().from()), "from the current z");
    assertArrayEquals(target, FxWait.fx(() -> window.model().strip().ends().to()), 1e-6f);
  }

  static String cell(GridPane grid, int row, int column) {
    for (Node n : grid.getChildren()) {
      if (GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column) {
        return ((Label) n).getText();
      }
    }
    return null;
  }
}
