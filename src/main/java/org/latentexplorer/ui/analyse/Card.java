package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.task.NewestRequest;

/**
 * One analysis in the Analyse tab: a title, a line of controls, numbers, and figures. A card
 * belongs to one model: the listeners it adds to longer-lived state are removed by {@link
 * #dispose()} when the model goes, and results that arrive after that, or that answer an older
 * request than the newest, are not drawn.
 */
public abstract class Card extends VBox {

  static final int FIGURE_W = 660;
  static final int FIGURE_H = 400;

  private final FlowPane controls = new FlowPane(8, 4);
  private final Label numbers = new Label();
  private final FlowPane figures = new FlowPane(8, 8);
  private final List<Runnable> removals = new ArrayList<>();
  private final NewestRequest requests = new NewestRequest();
  private boolean disposed;
  private int figuresShown;

  Card(String title, String explanation) {
    Label heading = new Label(title);
    heading.getStyleClass().add("card-title");
    Label about = new Label(explanation);
    about.setWrapText(true);
    about.getStyleClass().add("hint");
    controls.setAlignment(Pos.CENTER_LEFT);
    numbers.setWrapText(true);
    numbers.getStyleClass().add("card-numbers");
    numbers.managedProperty().bind(numbers.textProperty().isNotEmpty());
    setSpacing(6);
    setPadding(new Insets(10));
    getStyleClass().add("card");
    getChildren().addAll(heading, about, controls, numbers, figures);
    figures.setMinWidth(0);
    controls.setMinWidth(0);
    setMinWidth(0);
  }

  /** Listens to state that outlives the card, until {@link #dispose()}. */
  <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
    value.addListener(listener);
    removals.add(() -> value.removeListener(listener));
  }

  /** Listens to a list that outlives the card, until {@link #dispose()}. */
  <E> void listen(javafx.collections.ObservableList<E> list, javafx.collections.ListChangeListener<? super E> listener) {
    list.addListener(listener);
    removals.add(() -> list.removeListener(listener));
  }

  /** A new request: only the newest request's result is drawn. */
  NewestRequest.Request newRequest() {
    return requests.next();
  }

  /** Whether a result for {@code request} may be drawn now. */
  boolean isCurrent(NewestRequest.Request request) {
    return !disposed && request.isNewest();
  }

  public boolean isDisposed() {
    return disposed;
  }

  /** Removes the card's listeners; nothing is drawn on it afterwards. */
  void dispose() {
    disposed = true;
    removals.forEach(Runnable::run);
    removals.clear();
  }

  void controls(Node... nodes) {
    controls.getChildren().addAll(nodes);
  }

  void numbers(String text) {
    numbers.setText(text);
  }

  String numbers() {
    return numbers.getText();
  }

  /** Shows figures, replacing the ones shown; each at most {@code width} wide, and at most the card's width. */
  void figures(double width, BufferedImage... images) {
    figuresShown++;
    figures.getChildren().clear();
    for (BufferedImage image : images) {
      if (image == null) {
        continue;
      }
      ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
      view.setPreserveRatio(true);
      view.setSmooth(true);
      double widest = Math.min(width, image.getWidth());
      // Narrower where the card is (two models side by side): the card keeps to the tab's width.
      view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
          () -> figures.getWidth() <= 0 ? widest : Math.min(widest, figures.getWidth()), figures.widthProperty()));
      figures.getChildren().add(view);
    }
  }

  /** How many times figures were drawn on this card, for tests. */
  public int figuresShown() {
    return figuresShown;
  }

  /** The {@code i}-th figure shown, for tests. */
  public javafx.scene.image.Image figure(int i) {
    return ((ImageView) figures.getChildren().get(i)).getImage();
  }

  /** The numbers line shown under the controls, for tests. */
  public String numbersShown() {
    return numbers.getText();
  }

  /** The number of figures shown, for tests. */
  public int figureCount() {
    return figures.getChildren().size();
  }

  /** Adds any node under the figures (a table). */
  void extra(Node node) {
    getChildren().add(node);
  }
}
