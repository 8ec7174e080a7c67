package org.latentexplorer.ui.workspace.strip;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The strip's current frame: the one clicked, stepped to with the arrow keys, or being played.
 * Going to a frame moves z there: in an interpolation or a traversal every model shown moves to
 * the same frame of its own row; in the all-dimensions grid, the model whose row it is. Read and
 * written on the UI thread.
 */
public final class StripCursor {

  /**
   * A frame of the strip.
   *
   * @param row the row, or {@link #EVERY_ROW} for the same frame in every row
   * @param frame the frame within the row
   */
  public record Frame(int row, int frame) {

    /** Whether this frame is shown in a given row. */
    public boolean isIn(int r) {
      return row == EVERY_ROW || row == r;
    }
  }

  /** The same frame in every row (an interpolation or a traversal, one row a model). */
  public static final int EVERY_ROW = -1;

  private final StripModel strip;
  private final ReadOnlyObjectWrapper<Frame> current = new ReadOnlyObjectWrapper<>();

  StripCursor(StripModel strip) {
    this.strip = strip;
    strip.rowsProperty().addListener((o, a, rows) -> {
      Frame f = current.get();
      if (f != null && !fits(rows, f)) {
        current.set(null);
      }
    });
    strip.modeProperty().addListener((o, a, b) -> current.set(null));
  }

  private static boolean fits(List<StripRow> rows, Frame f) {
    if (rows.isEmpty() || f.row() >= rows.size()) {
      return false;
    }
    return f.frame() < rows.get(Math.max(0, f.row())).frames().size();
  }

  /** Moves z to a frame (a click on it); stops playing. */
  public void go(int row, int frame) {
    List<StripRow> rows = strip.rowsProperty().get();
    if (row < 0 || row >= rows.size() || frame < 0 || frame >= rows.get(row).latents().size()) {
      return;
    }
    strip.player().stop();
    boolean grid = strip.modeProperty().get() == StripMode.ALL_DIMENSIONS;
    Frame target = new Frame(grid ? row : EVERY_ROW, frame);
    current.set(target);
    for (int r = 0; r < rows.size(); r++) {
      StripRow each = rows.get(r);
      if (target.isIn(r) && each.source() != null && frame < each.latents().size()) {
        each.source().setZ(each.latents().get(frame));
      }
    }
  }

  /** One frame on (+1) or back (-1) from the current one, staying within its row. */
  public void step(int delta) {
    List<StripRow> rows = strip.rowsProperty().get();
    if (rows.isEmpty()) {
      return;
    }
    Frame f = current.get();
    if (f == null) {
      go(0, delta > 0 ? 0 : rows.get(0).frames().size() - 1);
      return;
    }
    int row = Math.max(0, f.row());
    int last = rows.get(row).frames().size() - 1;
    go(row, Math.max(0, Math.min(last, f.frame() + delta)));
  }

  /** Marks the frame nearest a place along a row while playing (z is moved by the player). */
  void showPlayed(int row, double fraction) {
    List<StripRow> rows = strip.rowsProperty().get();
    int r = Math.max(0, row);
    if (r >= rows.size()) {
      return;
    }
    int n = rows.get(r).frames().size();
    current.set(new Frame(row, (int) Math.round(fraction * (n - 1))));
  }

  /** Forgets the current frame when {@code pane}'s z is no longer that frame's z. */
  void zMoved(StripPane pane, float[] z) {
    Frame f = current.get();
    if (f == null) {
      return;
    }
    List<StripRow> rows = strip.rowsProperty().get();
    for (int r = 0; r < rows.size(); r++) {
      StripRow row = rows.get(r);
      if (f.isIn(r) && row.source() == pane && f.frame() < row.latents().size()
          && java.util.Arrays.equals(row.latents().get(f.frame()), z)) {
        return;
      }
    }
    boolean shown = false;
    for (int r = 0; r < rows.size(); r++) {
      shown |= f.isIn(r) && rows.get(r).source() == pane;
    }
    if (shown) {
      current.set(null);
    }
  }

  /** No current frame (z went back to where a play started). */
  void clear() {
    current.set(null);
  }

  /** The current frame, or null. */
  public ReadOnlyObjectProperty<Frame> currentProperty() {
    return current.getReadOnlyProperty();
  }
}
