package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The decoder's Jacobian J = d decode(z) / dz (of the pixel probabilities, after the sigmoid of a
 * Bernoulli decoder), returned as the Gram matrix G = J^T J of each point: what the Frobenius norm
 * (sqrt(trace G)) and the magnification factor (sqrt(det G), Arvanitidis, Hansen and Hauberg,
 * "Latent Space Oddity", ICLR 2018) are computed from. How J is taken depends on the network
 * ({@link LatentNetwork#decoderJacobian}).
 */
public final class DecoderJacobian {

  private DecoderJacobian() {}

  /**
   * The Gram matrices of {@code count} latent points.
   *
   * @param z the points, (count, d) flat
   * @return (count, d, d) flat: G[i][k][l] = (J_i e_k) . (J_i e_l)
   */
  public static float[] gram(LatentNetwork network, NDManager manager, float[] z, int count, int latent) {
    NDArray points = manager.create(z, new Shape(count, latent));
    NDArray columns = network.decoderJacobian(points);
    return columns.matMul(columns.transpose(0, 2, 1)).toFloatArray();
  }
}
