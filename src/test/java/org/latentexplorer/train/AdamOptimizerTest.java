package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.model.ExclusiveGradients;

/**
 * Adam against torch.optim.Adam on fixed inputs (values from
 * src/test/resources/train/adam_reference.py): the update in Java over the parameters' memory
 * (float32 on the CPU) and the engine's fused update (taken for float64) both follow it, and a
 * saved state resumes exactly.
 */
class AdamOptimizerTest {

  private static final double[] W1 = {
    0.5, -1.0, 0.25, 2.0, -0.75, 1.5, 0.1, -0.3, 1.2, -0.6, 0.9, 0.0
  };
  private static final double[] A = {
    1.0, 2.0, -1.0, 0.5, 0.3, -2.0, 1.5, 1.0, -0.7, 0.2, 2.5, -1.2
  };
  private static final double[] W2 = {0.0, 1.0, -2.0, 3.0, 0.5};
  private static final double[] B = {1.0, -1.0, 0.5, 2.0, 0.25};

  private static final double[] FLOAT32_W1 = {
    -0.4929051101207733, -0.40097683668136597, 0.508778989315033, 1.469761610031128,
    -0.5676131844520569, 0.5084218978881836, -0.6689982414245605, -0.4785502851009369,
    0.3832114338874817, -0.5136337280273438, 1.7119840383529663, 0.6603506803512573
  };
  private static final double[] FLOAT32_W2 = {
    0.8887735605239868, 0.040185634046792984, -1.0301694869995117, 2.1112265586853027,
    0.27659380435943604
  };
  private static final double[] FLOAT64_W1 = {
    -0.49290527032740283, -0.400976820319663, 0.5087789378000758, 1.4697615436401756,
    -0.567613219822447, 0.5084216871626933, -0.6689982370215148, -0.47855024548439046,
    0.38321138730863974, -0.5136337661937179, 1.711984199188022, 0.6603507326671145
  };
  private static final double[] FLOAT64_W2 = {
    0.8887737777430362, 0.04018540561717164, -1.0301694466606282, 2.111226222256964,
    0.27659381753319845
  };

  @Test
  void theUpdateOnTheCpuFollowsPyTorchsAdam() {
    try (NDManager m = NDManager.newBaseManager()) {
      Problem p = new Problem(m, DataType.FLOAT32);
      AdamOptimizer adam = new AdamOptimizer(p.weights(), 0.05f, null);
      assertTrue(adam.updatesOnHost());
      p.steps(adam, 20);
      // seen: 6e-8 apart (float32 rounding over 20 steps; PyTorch also adds eps after dividing
      // by sqrt(1 - beta2^t), Kingma and Ba's efficient form adds it before)
      assertArrayEquals(FLOAT32_W1, p.w1.toType(DataType.FLOAT64, false).toDoubleArray(), 5e-7);
      assertArrayEquals(FLOAT32_W2, p.w2.toType(DataType.FLOAT64, false).toDoubleArray(), 5e-7);
    }
  }

  @Test
  void theEnginesFusedUpdateFollowsPyTorchsAdam() {
    try (NDManager m = NDManager.newBaseManager()) {
      Problem p = new Problem(m, DataType.FLOAT64);
      AdamOptimizer adam = new AdamOptimizer(p.weights(), 0.05f, null);
      assertFalse(adam.updatesOnHost());
      p.steps(adam, 20);
      // seen: 8e-8 apart (the engine takes the learning rate and betas as float32)
      assertArrayEquals(FLOAT64_W1, p.w1.toDoubleArray(), 5e-7);
      assertArrayEquals(FLOAT64_W2, p.w2.toDoubleArray(), 5e-7);
    }
  }

  @Test
  void aSavedStateResumesExactly() {
    try (NDManager m = NDManager.newBaseManager()) {
      Problem straight = new Problem(m, DataType.FLOAT32);
      straight.steps(new AdamOptimizer(straight.weights(), 0.05f, null), 20);

      Problem resumed = new Problem(m, DataType.FLOAT32);
      AdamOptimizer first = new AdamOptimizer(resumed.weights(), 0.05f, null);
      resumed.steps(first, 8);
      NDList state = first.state(m);
      AdamOptimizer second = new AdamOptimizer(resumed.weights(), 0.05f, state);
      assertTrue(second.resumed());
      resumed.steps(second, 12);

      assertArrayEquals(straight.w1.toFloatArray(), resumed.w1.toFloatArray(), 0f);
      assertArrayEquals(straight.w2.toFloatArray(), resumed.w2.toFloatArray(), 0f);
    }
  }

  /** sum(a * sin(3 * w1)) + 0.5 * sum((w2 - b)^2), as in the reference script. */
  @Test
  void gradientsThatAreNotFiniteChangeNothingAndTheNextStepIsTheFirst() {
    try (NDManager m = NDManager.newBaseManager()) {
      Problem p = new Problem(m, DataType.FLOAT32);
      AdamOptimizer adam = new AdamOptimizer(p.weights(), 0.05f, null);
      float[] w1 = p.w1.toFloatArray();
      float[] w2 = p.w2.toFloatArray();
      try (NDManager sub = m.newSubManager();
          GradientCollector collector = ExclusiveGradients.open()) {
        NDArray nanAt3 = sub.create(new float[] {1, 1, 1, Float.NaN, 1});
        collector.backward(p.w1.sum().add(p.w2.mul(nanAt3).sum()));
      }
      assertFalse(adam.stepIfFinite(), "a NaN gradient is not applied");
      assertArrayEquals(w1, p.w1.toFloatArray());
      assertArrayEquals(w2, p.w2.toFloatArray());
      // The gradients were zeroed and the step not counted: 20 steps now are exactly the 20
      // steps of an optimizer that never met the NaN.
      p.steps(adam, 20);
      Problem clean = new Problem(m, DataType.FLOAT32);
      clean.steps(new AdamOptimizer(clean.weights(), 0.05f, null), 20);
      assertArrayEquals(clean.w1.toFloatArray(), p.w1.toFloatArray(), 0f);
      assertArrayEquals(clean.w2.toFloatArray(), p.w2.toFloatArray(), 0f);
    }
  }

  private static final class Problem {
    final NDArray w1;
    final NDArray w2;
    final NDArray a;
    final NDArray b;

    Problem(NDManager m, DataType type) {
      w1 = m.create(W1, new Shape(3, 4)).toType(type, false);
      w2 = m.create(W2).toType(type, false);
      a = m.create(A, new Shape(3, 4)).toType(type, false);
      b = m.create(B).toType(type, false);
      w1.setRequiresGradient(true);
      w2.setRequiresGradient(true);
    }

    List<NDArray> weights() {
      return List.of(w1, w2);
    }

    void steps(AdamOptimizer adam, int count) {
      for (int i = 0; i < count; i++) {
        try (NDManager sub = w1.getManager().newSubManager();
            GradientCollector collector = ExclusiveGradients.open()) {
          NDArray three = sub.create(3.0).toType(w1.getDataType(), false);
          NDArray half = sub.create(0.5).toType(w1.getDataType(), false);
          NDArray diff = w2.sub(b);
          NDArray loss = a.mul(w1.mul(three).sin()).sum().add(diff.mul(diff).sum().mul(half));
          collector.backward(loss);
        }
        adam.step();
      }
    }
  }
}
