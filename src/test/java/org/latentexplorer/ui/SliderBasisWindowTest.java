package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.PrincipalDirections;
import org.latentexplorer.ui.common.image.PixelImages;
import org.latentexplorer.ui.explore.sliders.LatentSliders;
import org.latentexplorer.ui.explore.sliders.SliderOrder;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sliders along the codes' principal directions instead of the latent axes (GANSpace). */
@ExtendWith({FailOnUncaught.class, ApplicationExtension.class})
class SliderBasisWindowTest {

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

  private ModelPaneModel main() {
    return window.model().main();
  }

  @Test
  void aPlaneIsNotOfferedPrincipalDirections() throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("fashion-vae-2d")));
    FxWait.until(() -> main().session() != null && main().projection().pcaProperty().get() != null
        && !main().decodePendingProperty().get());
    assertFalse(FxWait.fx(() -> window.root().lookup("#slider-order-main").isVisible()),
        "two sliders keep their room: no order and no basis to choose");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPrincipalSliderMovesZAlongItsDirectionOnlyAndTheImageIsZsDecode() throws Exception {
    FxWait.run(() -> window.open(AppHome.models().resolve("mnist-vae-16d-without-1")));
    FxWait.until(() -> main().session() != null && main().session().name().equals("mnist-vae-16d-without-1")
        && !main().decodePendingProperty().get() && main().projection().pcaProperty().get() != null);
    LatentSliders sliders = window.mainPane().sliders();
    ChoiceBox<SliderOrder> order =
        (ChoiceBox<SliderOrder>) FxWait.fx(() -> window.root().lookup("#slider-order-main"));
    FxWait.until(() -> order.getItems().contains(SliderOrder.PRINCIPAL));
    FxWait.run(() -> order.setValue(SliderOrder.VARIANCE));
    assertEquals("z1", FxWait.fx(() -> sliders.name(0)));
    FxWait.run(() -> order.setValue(SliderOrder.PRINCIPAL));
    assertEquals("pc1", FxWait.fx(() -> sliders.name(0)));
    assertEquals(java.util.stream.IntStream.range(0, 16).boxed().toList(), FxWait.fx(sliders::order),
        "by falling variance");

    PrincipalDirections p = new PrincipalDirections(FxWait.fx(() -> main().projection().pcaProperty().get()));
    float[] before = FxWait.fx(() -> main().z());
    FxWait.run(() -> sliders.slider(0).setValue(2.0));
    FxWait.until(() -> !main().decodePendingProperty().get());
    float[] z = FxWait.fx(() -> main().z());
    assertEquals(2.0, p.coordinate(z, 0), 1e-5, "pc1 at 2 sd");
    for (int k = 1; k < 16; k++) {
      assertEquals(p.coordinate(before, k), p.coordinate(z, k), 1e-4, "pc" + (k + 1) + " stays");
    }
    assertEquals("2.000", FxWait.fx(() -> sliders.field(0).getText()));
    ModelSession s = FxWait.fx(() -> main().session());
    Images.assertSame(PixelImages.toArgb(s.engine().decode(z).get(), s.description().model().input()),
        FxWait.fx(() -> window.mainPane().decodedView().argb()));

    FxWait.run(() -> {
      sliders.field(3).setText("-1.5");
      sliders.field(3).getOnAction().handle(null);
    });
    FxWait.until(() -> !main().decodePendingProperty().get());
    assertEquals(-1.5, p.coordinate(FxWait.fx(() -> main().z()), 3), 1e-5, "a typed coordinate");
    assertEquals("2.000", FxWait.fx(() -> sliders.field(0).getText()), "pc1 stays where it was set");
    assertEquals(2.0, p.coordinate(FxWait.fx(() -> main().z()), 0), 1e-4);

    FxWait.run(() -> order.setValue(SliderOrder.NATURAL));
    float[] now = FxWait.fx(() -> main().z());
    assertEquals("z1", FxWait.fx(() -> sliders.name(0)));
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", now[0]), FxWait.fx(() -> sliders.field(0).getText()));
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", now[3]), FxWait.fx(() -> sliders.field(3).getText()),
        "the axes again show z itself");
  }
}
