package org.latentexplorer.ui.lesson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute vector as a lesson names it: {@code FROM -> TO} or {@code FROM -> TO as NAME}, each
 * group as the Directions card takes it (classes, items {@code #12}, bookmarks {@code b1}, factor
 * levels {@code x=0..5}, separated by commas; a selection on the scatter is written as its items). The vector is found from the model's codes when the
 * step is shown.
 *
 * @param from the first group
 * @param to the second group
 * @param name the vector's name, or null for "FROM → TO"
 */
public record Direction(String from, String to, String name) {

  private static final Pattern LINE = Pattern.compile("(.+?)\\s*(?:->|→)\\s*(.+?)(?:\\s+as\\s+(.+))?");

  /** Reads a line's value; throws naming what is wrong. */
  public static Direction parse(String value) {
    Matcher m = LINE.matcher(value.strip());
    if (!m.matches() || m.group(1).isBlank() || m.group(2).isBlank()) {
      throw new IllegalArgumentException("'" + value.strip() + "' must be 'FROM -> TO' or 'FROM -> TO as NAME',"
          + " such as 'Trouser -> Dress'");
    }
    String name = m.group(3) == null ? null : m.group(3).strip();
    return new Direction(m.group(1).strip(), m.group(2).strip(), name);
  }

  /**
   * A vector's line from its groups' names (a group of classes is named "A + B") and its own name,
   * which is left out when it is the default "FROM → TO".
   */
  public static Direction of(String fromName, String toName, String name) {
    String from = org.latentexplorer.analysis.directions.ItemGroup.spec(fromName);
    String to = org.latentexplorer.analysis.directions.ItemGroup.spec(toName);
    boolean unnamed = name.equals(org.latentexplorer.latent.directions.AttributeVector.defaultName(fromName, toName));
    return new Direction(from, to, unnamed ? null : name);
  }

  /**
   * The direction with its groups written as {@code write} says (the window's selections written out
   * as their items); when that changes a group, the line names the vector {@code vectorName}, so its
   * name stays.
   */
  public Direction written(java.util.function.UnaryOperator<String> write, String vectorName) {
    String f = write.apply(from);
    String t = write.apply(to);
    return f.equals(from) && t.equals(to) ? this : new Direction(f, t, vectorName);
  }

  /** The line's value as a lesson writes it. */
  public String line() {
    return from + " -> " + to + (name == null ? "" : " as " + name);
  }
}
