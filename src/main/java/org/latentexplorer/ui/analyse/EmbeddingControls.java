package org.latentexplorer.ui.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingParameter;
import org.latentexplorer.latent.embedding.EmbeddingSettings;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.TypedSpinner;

/**
 * An embedding method's parameters as controls, typed or stepped, made from the method's own
 * description ({@link EmbeddingParameter}): a spinner a number, a choice for words and for the
 * principal components (all, 2, 4 or 10 below the latent size). Each control's id is {@code
 * <method>-<parameter>-<role>}, such as {@code tsne-perplexity-main}.
 */
final class EmbeddingControls {

  private final EmbeddingMethod method;
  private final Map<String, Supplier<Double>> values = new LinkedHashMap<>();
  private final List<Node> controls = new ArrayList<>();

  EmbeddingControls(EmbeddingMethod method, String role, int dims) {
    this.method = method;
    controls.add(new Label("   " + method.label() + ":"));
    for (EmbeddingParameter p : method.parameters()) {
      if (!p.inWindow()) {
        continue;
      }
      Control control = control(p, dims);
      control.setId(method.id() + "-" + p.key() + "-" + role);
      Tips.set(control, p.help());
      HBox pair = new HBox(4, new Label(p.label()), control);
      pair.setAlignment(Pos.CENTER_LEFT);
      controls.add(pair);
    }
  }

  private Control control(EmbeddingParameter p, int dims) {
    switch (p.kind()) {
      case DECIMAL -> {
        Spinner<Double> s = TypedSpinner.ofDecimals(p.min(), p.max(), p.defaultValue(), p.step());
        s.setPrefWidth(72);
        values.put(p.key(), s::getValue);
        return s;
      }
      case COMPONENTS -> {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.getItems().add("all");
        for (int k : new int[] {2, 4, 10}) {
          if (k < dims) {
            c.getItems().add(String.valueOf(k));
          }
        }
        c.setValue("all");
        values.put(p.key(), () -> "all".equals(c.getValue()) ? 0.0 : Double.parseDouble(c.getValue()));
        return c;
      }
      case WORD -> {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.getItems().setAll(p.words());
        c.setValue(p.words().get((int) p.defaultValue()));
        values.put(p.key(), () -> (double) p.words().indexOf(c.getValue()));
        return c;
      }
      default -> {
        Spinner<Integer> s =
            TypedSpinner.ofIntegers((int) p.min(), (int) p.max(), (int) p.defaultValue());
        s.setPrefWidth(88);
        values.put(p.key(), () -> (double) s.getValue());
        return s;
      }
    }
  }

  /** The method's name, then each label with its control (kept together when the row wraps). */
  List<Node> controls() {
    return controls;
  }

  /** The settings the controls show. */
  EmbeddingSettings settings() {
    EmbeddingSettings s = EmbeddingSettings.defaults(method);
    for (Map.Entry<String, Supplier<Double>> v : values.entrySet()) {
      s = s.with(v.getKey(), v.getValue().get());
    }
    return s;
  }
}
