package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.ui.analyse.AnalysisPanel;
import org.latentexplorer.ui.analyse.Card;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two models side by side on a 1280 x 800 screen: each Analyse card, and its figures, keep to the tab's half. */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class AnalysisLayoutWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow();
    stage.setScene(new Scene(window.root(), 1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxWait.close(window, null);
  }

  @Test
  void sideBySideTheCardsAndTheirFiguresFitTheirHalf() throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-ae-2d")));
    FxWait.until(() -> window.model().main().session() != null);
    FxWait.run(() -> window.compareWith(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> window.model().compare().session() != null);
    FxWait.run(() -> window.showTab(1));
    for (AnalysisPanel panel : FxWait.fx(() -> List.of(window.analysisView().mainPanel(), window.analysisView().comparePanel()))) {
      FxWait.until(() -> panel.cards().stream().filter(c -> c.figuresShown() > 0).count() >= 3);
      List<String> wide = FxWait.fx(() -> {
        List<String> out = new ArrayList<>();
        double room = panel.getViewportBounds().getWidth();
        for (Card c : panel.cards()) {
          if (c.getWidth() > room + 0.5) {
            out.add(c.getClass().getSimpleName() + " is " + c.getWidth() + " wide in " + room);
          }
          for (var n : c.lookupAll(".image-view")) {
            if (n instanceof ImageView v && v.getBoundsInParent().getMaxX() > c.getWidth() + 0.5) {
              out.add("a figure of " + c.getClass().getSimpleName() + " reaches " + v.getBoundsInParent().getMaxX());
            }
          }
        }
        return out;
      });
      assertTrue(FxWait.fx(() -> panel.getViewportBounds().getWidth()) < 660, "the half is narrower than a figure");
      assertTrue(wide.isEmpty(), String.join("; ", wide));
    }
  }
}
