package org.latentexplorer.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.analysis.directions.WindowNames;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.Projection;

/**
 * Groups of data items chosen on a model's scatter by drawing a loop around them (Ctrl-drag),
 * named "s1", "s2", ... in the order drawn: a group of a direction as the Directions card and the
 * lesson lines take it. They hold item numbers of the data shown, so they go when the model or its
 * data changes. Read and written on the UI thread.
 */
public final class Selections {

  /**
   * One selection.
   *
   * @param name "s1", "s2", ...
   * @param items the items inside the loop, ascending
   * @param loop the loop as drawn, {@code k x 2} in the plane of {@code projection}; null when it
   *     came from a saved session
   * @param projection the projection the loop was drawn on, or null
   */
  public record Selection(String name, int[] items, float[] loop, Projection projection) {

    public Selection {
      items = items.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Selection s && s.name.equals(name) && Arrays.equals(s.items, items);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final ObservableList<Selection> items = FXCollections.observableArrayList();
  private final ObservableList<Selection> view = FXCollections.unmodifiableObservableList(items);
  /** Every selection since the model was shown, cleared or not: a name never means two groups. */
  private final Map<String, int[]> drawn = new java.util.LinkedHashMap<>();

  /** The selections, in the order drawn. */
  public ObservableList<Selection> items() {
    return view;
  }

  /**
   * Adds a selection under the next name not used since the model was shown, "s1", "s2", ...
   * (clearing them does not free their names).
   */
  public Selection add(int[] chosen, float[] loop, Projection projection) {
    int k = 1;
    while (drawn.containsKey("s" + k)) {
      k++;
    }
    Selection s = new Selection("s" + k, chosen, loop, projection);
    drawn.put(s.name(), s.items());
    items.add(s);
    return s;
  }

  /**
   * Keeps the items inside a loop drawn on the scatter as the next selection (a loop around no item
   * shown keeps nothing).
   *
   * @return what to tell the user
   */
  public String addDrawn(int[] chosen, float[] loop, Projection projection, ImageSet data) {
    if (chosen.length == 0) {
      return "The loop holds no item shown; nothing was selected.";
    }
    Selection added = add(chosen, loop, projection);
    return describe(added, data) + ". Use " + added.name() + " as a group in Analyse, Directions between groups.";
  }

  /** The selection of this name (case ignored), or null. */
  public Selection named(String name) {
    return items.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
  }

  /** The items of the selection of this name, or null when there is none (a group's part "s2"). */
  public int[] itemsOf(String name) {
    Selection s = named(name);
    return s == null ? null : s.items();
  }

  /**
   * What a direction's group may name in this model's window, as it is now (a copy, for work in
   * the background): these selections and the bookmarks given.
   */
  public WindowNames names(List<Bookmarks.Bookmark> bookmarks) {
    List<Bookmarks.Bookmark> marks = List.copyOf(bookmarks);
    List<Selection> chosen = List.copyOf(items);
    return new WindowNames(
        name -> Bookmarks.numbered(marks, name),
        name -> chosen.stream().filter(s -> s.name().equalsIgnoreCase(name)).map(Selection::items).findFirst()
            .orElse(null));
  }

  /** Removes the selections shown; their names stay taken. */
  public void clear() {
    items.clear();
  }

  /** Forgets every selection and name (the model or its data changed: item numbers mean others). */
  public void reset() {
    items.clear();
    drawn.clear();
  }

  /** Replaces the selections shown (a session restored). */
  public void setAll(List<Selection> selections) {
    selections.forEach(s -> drawn.put(s.name(), s.items()));
    items.setAll(selections);
  }

  /** "s1: 312 items (Trouser 280, Dress 32)": the selection's size and its classes, largest first. */
  public static String describe(Selection s, ImageSet data) {
    Map<String, Integer> byClass = new TreeMap<>();
    for (int i : s.items()) {
      byClass.merge(data.className(data.labels()[i]), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> classes = new ArrayList<>(byClass.entrySet());
    classes.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < Math.min(4, classes.size()); k++) {
      parts.add(classes.get(k).getKey() + " " + classes.get(k).getValue());
    }
    if (classes.size() > 4) {
      parts.add("...");
    }
    return String.format(Locale.ROOT, "%s: %,d item%s (%s)", s.name(), s.items().length,
        s.items().length == 1 ? "" : "s", String.join(", ", parts));
  }

  /**
   * A group written with selections in it, with each selection written out as its items ("s1,
   * Dress" becomes "#3, #17, Dress"): what a lesson file can hold, where there are no selections.
   * A selection cleared since keeps its items here.
   */
  public String expand(String group) {
    List<String> parts = new ArrayList<>();
    for (String part : group.split(",")) {
      int[] chosen = drawn.get(part.strip().toLowerCase(Locale.ROOT));
      if (chosen == null) {
        parts.add(part.strip());
      } else {
        for (int i : chosen) {
          parts.add("#" + i);
        }
      }
    }
    return String.join(", ", parts);
  }
}
