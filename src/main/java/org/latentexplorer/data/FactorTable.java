package org.latentexplorer.data;

import java.util.List;

/**
 * Ground-truth generative factors of a data set, one row an image: for sprites the shape, scale,
 * rotation and position each image was drawn with. Values are indices into each factor's levels.
 *
 * @param names the factor names, such as "shape" or "x"
 * @param levels how many distinct values each factor takes
 * @param values row-major, {@code values[image * names.size() + factor]}
 */
public record FactorTable(List<String> names, int[] levels, int[] values) {

  public FactorTable {
    names = List.copyOf(names);
    if (levels.length != names.size() || values.length % names.size() != 0) {
      throw new IllegalArgumentException("factor table shape does not fit its names");
    }
  }

  public int rows() {
    return values.length / names.size();
  }

  public int value(int row, int factor) {
    return values[row * names.size() + factor];
  }

  FactorTable subset(int[] indices) {
    int k = names.size();
    int[] v = new int[indices.length * k];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(values, indices[i] * k, v, i * k, k);
    }
    return new FactorTable(names, levels, v);
  }
}
