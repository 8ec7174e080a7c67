package org.latentexplorer.ui.analyse;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.directions.DirectionStudy;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.directions.AttributeVector;
import org.latentexplorer.latent.directions.LatentExpression;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.workspace.Bookmarks;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.strip.InterpolationEnds;
import org.latentexplorer.ui.workspace.strip.StripModel;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;

/**
 * Latent arithmetic typed in the window ({@link LatentExpression}, White 2016): {@code #N} item
 * N's code, {@code mean(CLASS)} a class's mean code, {@code v1, v2, ...} the vectors found in the
 * order found and {@code v} the newest, {@code b1, b2, ...} the bookmarks in their list's order;
 * the point it gives becomes z (the Explore tab's decoded image follows), a bookmark named by the
 * expression, or the strip's end (from the current z). A mistake is named by its character under
 * the field, and nothing changes.
 */
final class DirectionExpression extends VBox {

  private final ModelSession session;
  private final ModelPaneModel pane;
  private final NewestRequest requests = new NewestRequest();
  private final Supplier<List<AttributeVector>> vectors;
  private final TextField field = new TextField();
  private final Label problem = new Label();

  DirectionExpression(ModelSession session, ModelPaneModel pane, StripModel strip,
      Supplier<List<AttributeVector>> vectors, String role) {
    super(4);
    this.session = session;
    this.pane = pane;
    this.vectors = vectors;
    field.setId("directions-expression-" + role);
    field.setPromptText("#4129 - mean(Sneaker) + mean(Ankle boot),  b1 + 2 * v1");
    Tips.set(field, "#N: item N's code; mean(CLASS): a class's mean code; v1, v2, ...:"
        + " the vectors found (v: the newest); b1, b2, ...: the bookmarks; numbers, + - * / and"
        + " brackets");
    problem.setId("directions-expression-problem-" + role);
    problem.setWrapText(true);
    problem.getStyleClass().add("hint");
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    Button go = new Button("z = this");
    go.setId("directions-expression-go-" + role);
    Button mark = new Button("Bookmark it");
    mark.setId("directions-expression-bookmark-" + role);
    Tips.set(mark, "A bookmark at the point, named by the expression");
    Button ends = new Button("Strip z → it");
    ends.setId("directions-expression-strip-" + role);
    Tips.set(ends, "The strip interpolates from the current z to the point");
    HBox row = new HBox(8, new Label("z ="), field, go, mark, ends);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(field, Priority.ALWAYS);
    row.setMaxWidth(Card.FIGURE_W);
    getChildren().addAll(row, problem);
    go.setOnAction(e -> evaluate(pane::setZ));
    field.setOnAction(e -> evaluate(pane::setZ));
    mark.setOnAction(e -> evaluate(z -> pane.bookmarks().add(field.getText().strip(), z)));
    ends.setOnAction(e -> evaluate(z -> {
      float[] from = pane.z();
      if (from != null && from.length == z.length) {
        strip.interpolate(new InterpolationEnds(pane, from.clone(), z, InterpolationEnds.NO_ITEM,
            InterpolationEnds.NO_ITEM, "z", field.getText().strip()));
      }
    }));
  }

  /** Evaluates the expression in the background; {@code then} hears the point it gives. */
  private void evaluate(java.util.function.Consumer<float[]> then) {
    String text = field.getText();
    List<AttributeVector> found = vectors.get();
    List<Bookmarks.Bookmark> marks = List.copyOf(pane.bookmarks().items());
    LatentExpression.Context context = DirectionStudy.context(session, name -> named(name, found, marks));
    problem.setText("");
    NewestRequest.Request request = requests.next();
    BackgroundTask.of("Latent arithmetic", p -> LatentExpression.evaluate(text, context))
        .onSuccess(z -> {
          if (request.isNewest() && pane.session() == session) {
            then.accept(z);
          }
        })
        .onFailure(e -> {
          if (request.isNewest()) {
            problem.setText("'" + text + "' " + BackgroundTask.message(e));
          }
        })
        .executeWith(pane.tasks());
  }

  private static float[] named(String name, List<AttributeVector> found, List<Bookmarks.Bookmark> marks) {
    if (name.equals("v")) {
      return found.isEmpty() ? null : found.get(found.size() - 1).vector();
    }
    if (name.matches("v[0-9]{1,4}")) {
      int k = Integer.parseInt(name.substring(1)) - 1;
      return k >= 0 && k < found.size() ? found.get(k).vector() : null;
    }
    return Bookmarks.numbered(marks, name);
  }
}
