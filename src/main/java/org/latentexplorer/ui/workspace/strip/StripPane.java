package org.latentexplorer.ui.workspace.strip;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.latentexplorer.engine.ModelSession;

/** What the strip needs of a model shown in the window. */
public interface StripPane {

  /** The loaded model, or null. */
  ModelSession session();

  /** A copy of the current latent point, or null. */
  float[] z();

  ReadOnlyObjectProperty<float[]> zProperty();

  /** Moves to a latent point and decodes it. */
  void setZ(float[] z);

  /** The interpolation's latent points to draw on this model's scatter, or null. */
  void showPath(float[][] path);
}
