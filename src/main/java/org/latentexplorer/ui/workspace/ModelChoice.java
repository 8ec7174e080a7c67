package org.latentexplorer.ui.workspace;

import java.nio.file.Path;

/**
 * An entry of a model chooser: a model folder, or no model. Entries are equal only to themselves
 * (not a record): a ComboBox whose list is refilled with an entry equal to its value keeps the
 * value but shows nothing.
 */
public final class ModelChoice {

  private final String name;
  private final Path folder;

  /**
   * @param name what the chooser shows
   * @param folder the model folder, or null for "none"
   */
  public ModelChoice(String name, Path folder) {
    this.name = name;
    this.folder = folder;
  }

  public String name() {
    return name;
  }

  public Path folder() {
    return folder;
  }

  @Override
  public String toString() {
    return name;
  }
}
