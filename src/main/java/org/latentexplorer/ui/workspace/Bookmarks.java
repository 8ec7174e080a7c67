package org.latentexplorer.ui.workspace;

import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Named latent points of one model, kept while the model is shown (and in a saved session):
 * places a teacher prepares ("a sandal", "between boot and sneaker") and jumps back to. Read and
 * written on the UI thread.
 */
public final class Bookmarks {

  /** A named latent point. */
  public record Bookmark(String name, float[] z) {

    public Bookmark {
      z = z.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bookmark b && b.name.equals(name) && Arrays.equals(b.z, z);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + Arrays.hashCode(z);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final ObservableList<Bookmark> items = FXCollections.observableArrayList();
  private final ObservableList<Bookmark> view = FXCollections.unmodifiableObservableList(items);

  /**
   * Adds a bookmark; a blank name becomes "b1", "b2", ...; a name already used gets " (2)" and so
   * on.
   */
  public Bookmark add(String name, float[] z) {
    String base = name == null || name.isBlank() ? nextName() : name.strip();
    String unique = base;
    for (int k = 2; has(unique); k++) {
      unique = base + " (" + k + ")";
    }
    Bookmark b = new Bookmark(unique, z);
    items.add(b);
    return b;
  }

  private String nextName() {
    int k = 1;
    while (has("b" + k)) {
      k++;
    }
    return "b" + k;
  }

  private boolean has(String name) {
    return items.stream().anyMatch(b -> b.name().equals(name));
  }

  public void remove(Bookmark b) {
    items.remove(b);
  }

  /** The name of a bookmark at exactly this point, or null. */
  public String nameOf(float[] z) {
    return items.stream().filter(b -> Arrays.equals(b.z(), z)).map(Bookmark::name).findFirst().orElse(null);
  }

  /** Replaces all (a session restored). */
  public void setAll(List<Bookmark> bookmarks) {
    items.setAll(bookmarks);
  }

  public void clear() {
    items.clear();
  }

  /**
   * A bookmark's point by its number in the list, as latent arithmetic and direction groups name
   * it: "b1" is the first bookmark listed; null for a name of another form or past the list.
   */
  public static float[] numbered(List<Bookmark> marks, String name) {
    if (!name.matches("[bB][0-9]{1,4}")) {
      return null;
    }
    int k = Integer.parseInt(name.substring(1)) - 1;
    return k >= 0 && k < marks.size() ? marks.get(k).z() : null;
  }

  /** The bookmarks in the order they were added. */
  public ObservableList<Bookmark> items() {
    return view;
  }
}
