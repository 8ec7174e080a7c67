package org.latentexplorer.ui.explore.strip;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.image.PixelatedImageView;
import org.latentexplorer.ui.workspace.strip.StripCursor;
import org.latentexplorer.ui.workspace.strip.StripRow;

/** Rows of decoded frames, pixelated, each with a caption; scrolls when there are many. */
public final class StripView extends ScrollPane {

  private final VBox rowsBox = new VBox(6);
  private final List<List<PixelatedImageView>> frameViews = new ArrayList<>();
  private final List<List<VBox>> cells = new ArrayList<>();
  private StripCursor cursor;
  private final List<SmoothnessCurve> curves = new ArrayList<>();
  private List<StripRow> rows = List.of();
  private double frameSide = 72;

  public StripView() {
    rowsBox.setPadding(new Insets(6));
    setContent(rowsBox);
    setFitToWidth(false);
    setPrefViewportHeight(120);
    getStyleClass().add("strip");
    showHint("Drag across the scatter to interpolate, or choose a traversal.");
  }

  /**
   * Clicking a frame goes there (z moves to it), and the cursor's frame is highlighted.
   */
  public void follow(StripCursor stripCursor) {
    cursor = stripCursor;
    cursor.currentProperty().addListener((o, a, f) -> highlight(f));
  }

  private void highlight(StripCursor.Frame f) {
    for (int r = 0; r < cells.size(); r++) {
      List<VBox> row = cells.get(r);
      for (int i = 0; i < row.size(); i++) {
        boolean on = f != null && f.isIn(r) && f.frame() == i;
        List<String> style = row.get(i).getStyleClass();
        if (on && !style.contains("frame-current")) {
          style.add("frame-current");
        } else if (!on) {
          style.remove("frame-current");
        }
      }
    }
  }

  /** The side of one frame in pixels (larger for a projector). */
  public void setFrameSide(double side) {
    if (side == frameSide) {
      return;
    }
    frameSide = side;
    show(rows);
  }

  public void show(List<StripRow> newRows) {
    rows = List.copyOf(newRows);
    rowsBox.getChildren().clear();
    frameViews.clear();
    cells.clear();
    curves.clear();
    boolean withCurves = rows.size() <= 2;
    if (rows.isEmpty()) {
      showHint("Drag across the scatter to interpolate, or choose a traversal.");
      return;
    }
    List<Label> titles = new ArrayList<>();
    for (StripRow row : rows) {
      Label title = new Label(row.title());
      title.setWrapText(false);
      title.getStyleClass().add("strip-title");
      titles.add(title);
    }
    List<Label> measured = new ArrayList<>(titles);
    if (withCurves) {
      Label heading = new Label(SmoothnessCurve.HEADING);
      heading.getStyleClass().add("frame-caption");
      measured.add(heading);
    }
    double titleWidth = titleWidth(measured);
    for (int r = 0; r < rows.size(); r++) {
      StripRow row = rows.get(r);
      Label title = titles.get(r);
      title.setMinWidth(titleWidth);
      title.setMaxWidth(titleWidth);
      HBox box = new HBox(4, title);
      box.setAlignment(Pos.CENTER_LEFT);
      List<PixelatedImageView> views = new ArrayList<>();
      List<VBox> rowCells = new ArrayList<>();
      for (int f = 0; f < row.frames().size(); f++) {
        PixelatedImageView view = new PixelatedImageView(frameSide);
        view.setId("strip-" + r + "-" + f);
        view.setMinSize(frameSide, frameSide);
        view.setMaxSize(frameSide, frameSide);
        view.show(row.frames().get(f), row.shape());
        Label caption = new Label(row.captions().get(f));
        caption.getStyleClass().add("frame-caption");
        caption.setManaged(!caption.getText().isEmpty());
        VBox cell = new VBox(1, view, caption);
        cell.setAlignment(Pos.TOP_CENTER);
        cell.getStyleClass().add("strip-frame");
        cell.setId("strip-cell-" + r + "-" + f);
        int rowIndex = r;
        int frameIndex = f;
        cell.setOnMouseClicked(e -> {
          cell.requestFocus();
          if (cursor != null) {
            cursor.go(rowIndex, frameIndex);
          }
        });
        box.getChildren().add(cell);
        views.add(view);
        rowCells.add(cell);
      }
      frameViews.add(views);
      cells.add(rowCells);
      rowsBox.getChildren().add(box);
      if (withCurves && row.smoothness() != null && row.smoothness().steps().length > 0) {
        SmoothnessCurve curve =
            new SmoothnessCurve(row.smoothness(), row.sensitivity(), titleWidth, frameSide, 4);
        curve.setId("strip-smoothness-" + r);
        curves.add(curve);
        rowsBox.getChildren().add(curve);
      }
    }
    if (cursor != null) {
      highlight(cursor.currentProperty().get());
    }
  }

  /**
   * The height the strip needs to show its first row of frames ({@code firstOnly}) or all it
   * holds, measured on its content as laid out now, with the view's own borders.
   */
  public double neededHeight(boolean firstOnly) {
    rowsBox.applyCss();
    double inner;
    if (firstOnly && !rowsBox.getChildren().isEmpty()) {
      javafx.scene.Node first = rowsBox.getChildren().get(0);
      inner = rowsBox.getPadding().getTop() + rowsBox.getPadding().getBottom() + first.prefHeight(-1);
    } else {
      inner = rowsBox.prefHeight(-1);
    }
    double scrollBar = 16;
    return inner + snappedTopInset() + snappedBottomInset() + scrollBar;
  }

  /** Whether a frame is highlighted as the current one, for tests. */
  public boolean isCurrent(int row, int frame) {
    return cells.get(row).get(frame).getStyleClass().contains("frame-current");
  }

  /**
   * One width for every row's title, so that frames line up: the widest title's lines (titles
   * break only where they hold a line break, never inside a name), at least 110 pixels.
   */
  private double titleWidth(List<Label> titles) {
    HBox probe = new HBox();
    probe.getChildren().setAll(titles);
    rowsBox.getChildren().setAll(probe);
    probe.applyCss();
    double widest = 110;
    for (Label t : titles) {
      widest = Math.max(widest, t.prefWidth(-1) + 8);
    }
    probe.getChildren().clear();
    rowsBox.getChildren().clear();
    return widest;
  }

  public List<StripRow> rows() {
    return rows;
  }

  /** The smoothness summary under each row (interpolations and traversals), for tests. */
  public List<String> smoothnessSummaries() {
    return curves.stream().map(SmoothnessCurve::summary).toList();
  }

  /** The view of one frame, for tests. */
  public PixelatedImageView frame(int row, int frame) {
    return frameViews.get(row).get(frame);
  }

  private void showHint(String text) {
    Label hint = new Label(text);
    hint.getStyleClass().add("hint");
    rowsBox.getChildren().setAll(hint);
  }
}
