package org.latentexplorer.ui.analyse;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import org.latentexplorer.latent.embedding.Tsne;
import org.latentexplorer.ui.common.TypedSpinner;

/**
 * The study's t-SNE parameters, typed or stepped: perplexity, iterations, early exaggeration and
 * how long it lasts, the learning rate (0 for scikit-learn's "auto"), the seed, and t-SNE of the
 * first k principal components (all, 2, 4 or 10).
 */
final class TsneSettings {

  private final Spinner<Integer> perplexity = TypedSpinner.ofIntegers(2, 200, 30);
  private final Spinner<Integer> iterations = TypedSpinner.ofIntegers(250, 10_000, 1000);
  private final Spinner<Double> exaggeration = TypedSpinner.ofDecimals(1, 100, 12, 1);
  private final Spinner<Integer> exaggerationIterations = TypedSpinner.ofIntegers(0, 5000, 250);
  private final Spinner<Integer> learningRate = TypedSpinner.ofIntegers(0, 100_000, 0);
  private final Spinner<Integer> seed = TypedSpinner.ofIntegers(0, 1_000_000, 0);
  private final ChoiceBox<String> components = new ChoiceBox<>();

  TsneSettings(String role, int dims) {
    perplexity.setId("tsne-perplexity-" + role);
    perplexity.setTooltip(new Tooltip("The effective number of neighbours each point keeps (30 in scikit-learn)"));
    iterations.setTooltip(new Tooltip("Gradient steps in all"));
    exaggeration.setTooltip(new Tooltip("Early exaggeration: P is multiplied by this at first, pulling clusters together (12)"));
    exaggerationIterations.setTooltip(new Tooltip("How many of the first steps exaggerate (250)"));
    learningRate.setTooltip(new Tooltip("Step size; 0 is scikit-learn's auto, max(n / exaggeration / 4, 50)"));
    seed.setTooltip(new Tooltip("0 starts from the principal axes, as scikit-learn; another seed adds"
        + " its own small noise to that start. The same seed and settings give the same map"));
    components.setId("tsne-components-" + role);
    components.getItems().add("all");
    for (int k : new int[] {2, 4, 10}) {
      if (k < dims) {
        components.getItems().add(String.valueOf(k));
      }
    }
    components.setValue("all");
    components.setTooltip(new Tooltip("t-SNE of the first k principal components (large-scale shape) or of all dimensions"));
    for (Spinner<?> s : List.of(perplexity, iterations, exaggeration, exaggerationIterations, learningRate, seed)) {
      s.setPrefWidth(s == perplexity || s == exaggeration ? 72 : 88);
    }
  }

  /** The controls with their labels, in a row. */
  List<Node> controls() {
    return List.of(
        new Label("   perplexity"), perplexity, new Label("steps"), iterations,
        new Label("exaggeration"), exaggeration, new Label("for"), exaggerationIterations,
        new Label("learning rate (0: auto)"), learningRate, new Label("seed"), seed,
        new Label("on PCs"), components);
  }

  Tsne.Options options() {
    return new Tsne.Options(
        perplexity.getValue(), iterations.getValue(), Tsne.THETA, seed.getValue(),
        exaggeration.getValue(),
        Math.min(exaggerationIterations.getValue(), iterations.getValue()),
        learningRate.getValue() == 0 ? Double.NaN : learningRate.getValue());
  }

  /** The principal components t-SNE runs on, 0 for all dimensions. */
  int components() {
    return "all".equals(components.getValue()) ? 0 : Integer.parseInt(components.getValue());
  }
}
