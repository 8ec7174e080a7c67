package org.latentexplorer.ui.workspace.strip;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.LatentText;

/**
 * The interpolation's ends set one at a time from the current z ("Start = current z", "End =
 * current z"), so that any two points can be interpolated: two data items, two prior samples, a
 * bookmark and an item. A drag across the scatter sets both. Once both are set in the same model
 * the strip interpolates between them. Read and written on the UI thread.
 */
public final class EndsChooser {

  /**
   * One end.
   *
   * @param pane the model it was set in
   * @param z its latent point
   * @param key the data item whose encoding it is, or {@link InterpolationEnds#NO_ITEM}
   * @param name what it is, for the strip and the buttons
   */
  public record End(StripPane pane, float[] z, long key, String name) {}

  private final StripModel strip;
  private final ReadOnlyObjectWrapper<End> start = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<End> end = new ReadOnlyObjectWrapper<>();
  private Function<float[], String> namer = z -> null;
  private boolean setting;

  public EndsChooser(StripModel strip) {
    this.strip = strip;
    strip.endsProperty().addListener((o, a, e) -> {
      if (setting) {
        return;
      }
      if (e == null) {
        start.set(null);
        end.set(null);
      } else {
        start.set(new End(e.source(), e.from(), e.fromKey(), e.fromName()));
        end.set(new End(e.source(), e.to(), e.toKey(), e.toName()));
      }
    });
  }

  /** Names points that have a name of their own (bookmarks); null for others. */
  public void setNamer(Function<float[], String> namer) {
    this.namer = namer;
  }

  /** The current z of a model as an end: the selected item's when z is its encoding. */
  public End current(StripPane pane, int selected) {
    ModelSession s = pane.session();
    float[] z = pane.z();
    if (s == null || z == null) {
      return null;
    }
    if (selected >= 0 && selected < s.data().size()
        && Arrays.equals(z, s.encoding().mean(selected))) {
      return new End(pane, z, s.data().itemKey(selected), itemName(s, selected));
    }
    String named = namer.apply(z);
    return new End(pane, z, InterpolationEnds.NO_ITEM, named != null ? named : describe(z));
  }

  /** An item as ends name it: "#12 Sandal". */
  public static String itemName(ModelSession s, int index) {
    return "#" + index + " " + s.data().className(s.data().label(index));
  }

  /** A point that is no item: its coordinates up to 2-D, else its length. */
  public static String describe(float[] z) {
    return z.length <= 2 ? "z " + LatentText.of(z, 2) : "z with " + LatentText.of(z, 0);
  }

  public void setStart(End e) {
    start.set(e);
    interpolateIfBoth();
  }

  public void setEnd(End e) {
    end.set(e);
    interpolateIfBoth();
  }

  private void interpolateIfBoth() {
    End a = start.get();
    End b = end.get();
    if (a == null || b == null || a.pane() != b.pane() || a.z().length != b.z().length) {
      return;
    }
    setting = true;
    try {
      strip.interpolate(
          new InterpolationEnds(a.pane(), a.z(), b.z(), a.key(), b.key(), a.name(), b.name()));
    } finally {
      setting = false;
    }
  }

  /** Forgets both ends (a model changed). */
  public void clear() {
    start.set(null);
    end.set(null);
  }

  public ReadOnlyObjectProperty<End> startProperty() {
    return start.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<End> endProperty() {
    return end.getReadOnlyProperty();
  }
}
