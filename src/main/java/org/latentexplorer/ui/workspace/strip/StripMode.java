package org.latentexplorer.ui.workspace.strip;

/** What the strip under the scatter shows. */
public enum StripMode {
  /** Frames along a path between two latent points, dragged across the scatter. */
  INTERPOLATION("Interpolation"),
  /** One dimension swept over a range, the others at the current z. */
  TRAVERSAL("Traversal"),
  /** A traversal for every dimension, one row each (up to 32 dimensions). */
  ALL_DIMENSIONS("All dimensions");

  private final String label;

  StripMode(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
