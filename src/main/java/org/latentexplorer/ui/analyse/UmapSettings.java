package org.latentexplorer.ui.analyse;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import org.latentexplorer.latent.embedding.Umap;
import org.latentexplorer.ui.common.TypedSpinner;

/** UMAP's parameters, typed or stepped: n_neighbours, min_dist and the seed (umap-learn's defaults). */
final class UmapSettings {

  private final Spinner<Integer> neighbours = TypedSpinner.ofIntegers(2, 200, 15);
  private final Spinner<Double> minDist = TypedSpinner.ofDecimals(0, 1, 0.1, 0.05);
  private final Spinner<Integer> seed = TypedSpinner.ofIntegers(0, 1_000_000, 0);

  UmapSettings(String role) {
    neighbours.setId("umap-neighbours-" + role);
    minDist.setId("umap-min-dist-" + role);
    neighbours.setTooltip(new Tooltip("n_neighbours: how large a neighbourhood each point keeps; larger shows more global structure (15)"));
    minDist.setTooltip(new Tooltip("min_dist: how tightly points may pack in the map (0.1)"));
    seed.setTooltip(new Tooltip("The same seed and settings give the same map"));
    neighbours.setPrefWidth(72);
    minDist.setPrefWidth(72);
    seed.setPrefWidth(88);
  }

  /** The controls with their labels, in a row. */
  List<Node> controls() {
    return List.of(
        new Label("   UMAP neighbours"), neighbours, new Label("min_dist"), minDist,
        new Label("seed"), seed);
  }

  Umap.Options options() {
    return new Umap.Options(neighbours.getValue(), minDist.getValue(), 0, seed.getValue());
  }
}
