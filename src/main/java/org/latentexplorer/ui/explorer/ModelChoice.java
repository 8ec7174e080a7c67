package org.latentexplorer.ui.explorer;

import java.nio.file.Path;

/**
 * An entry of a model chooser: a model folder, or no model.
 *
 * @param name what the chooser shows
 * @param folder the model folder, or null for "none"
 */
public record ModelChoice(String name, Path folder) {

  @Override
  public String toString() {
    return name;
  }
}
