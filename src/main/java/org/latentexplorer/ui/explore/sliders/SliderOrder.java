package org.latentexplorer.ui.explore.sliders;

/**
 * What {@link LatentSliders}' rows are, and in which order: the latent axes three ways, the
 * principal directions of the codes, or the attribute vectors found for the model.
 */
public enum SliderOrder {
  NATURAL("z1, z2, ..."),
  KL("by KL, active first"),
  VARIANCE("by variance"),
  PRINCIPAL("pc1, pc2, ... (PCA)"),
  VECTORS("v1, v2, ... (directions found)");

  private final String label;

  SliderOrder(String label) {
    this.label = label;
  }

  SliderScale.Basis basis() {
    return switch (this) {
      case PRINCIPAL -> SliderScale.Basis.PRINCIPAL;
      case VECTORS -> SliderScale.Basis.VECTORS;
      default -> SliderScale.Basis.AXES;
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
