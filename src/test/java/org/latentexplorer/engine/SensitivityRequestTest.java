package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.Sensitivity;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ReverseModeJacobian;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.TrainingObserver;
import org.latentexplorer.train.TinyModels;

/**
 * The decoder's Jacobian by forward-mode differentiation: against libtorch's reverse mode on trained
 * models, and against PyTorch's own Jacobian of fixed TorchScript decoders
 * ({@code src/test/resources/torchscript/sensitivity_reference.py}).
 */
class SensitivityRequestTest {

  @TempDir static Path dir;
  static Path vae;
  static Path conv;

  @BeforeAll
  static void train() throws Exception {
    vae = dir.resolve("vae");
    TinyModels.train(vae, ModelKind.VAE);
    conv = dir.resolve("conv");
    new AutoencoderTrainer(TinyModels.fashion(500, 100), new TrainingObserver() {}, () -> false)
        .train(TinyModels.options(conv, ModelKind.VAE, Architecture.CONV, 3, List.of(32), 1));
  }

  /**
   * Forward-mode tangents through the MLP and the convolutional decoder (linear layers, ReLU,
   * reshape, upsampling, convolutions, sigmoid) against libtorch's reverse mode on the same trained
   * decoders: a backward pass per pixel, exact up to single-precision rounding. (Central differences
   * of decodes were the reference before; on the convolutional decoder they were good only to about
   * 2e-3 in the log-magnification, between float32 rounding and ReLU kinks inside the step.)
   */
  @Test
  void theJacobianEqualsLibtorchsReverseModeOnTheTrainedDecoders() throws Exception {
    for (Path folder : new Path[] {vae, conv}) {
      try (LatentEngine engine = LatentEngine.open(folder, new GateExecutor(), false)) {
        int d = engine.latentSize();
        float[] z = new float[3 * d];
        for (int i = 0; i < z.length; i++) {
          z[i] = (float) (1.5 * Math.sin(1.7 * i + 0.3));
        }
        Sensitivity s = SensitivityRequest.start(engine, z, 3, null, null).get();
        float[] columns =
            engine
                .withNetwork(
                    (network, m) ->
                        ReverseModeJacobian.columns(network, m.create(z, new Shape(3, d)))
                            .toFloatArray())
                .get();
        int pixels = columns.length / (3 * d);
        for (int i = 0; i < 3; i++) {
          double[] gram = new double[d * d];
          for (int k = 0; k < d; k++) {
            for (int l = 0; l < d; l++) {
              gram[k * d + l] = dot(columns, (i * d + k) * pixels, (i * d + l) * pixels, pixels);
            }
          }
          double trace = 0;
          for (int k = 0; k < d; k++) {
            trace += gram[k * d + k];
          }
          double frobenius = Math.sqrt(trace);
          String where = folder.getFileName() + " point " + i;
          assertEquals(frobenius, s.frobenius()[i], 1e-6 * frobenius, where);
          assertEquals(halfLogDet(gram, d), s.logMagnification()[i], 1e-5, where);
        }
      }
    }
  }

  /** 0.5 log det by Gaussian elimination, independent of the Cholesky under test. */
  private static double halfLogDet(double[] a, int d) {
    double log = 0;
    for (int j = 0; j < d; j++) {
      for (int r = j + 1; r < d; r++) {
        double f = a[r * d + j] / a[j * d + j];
        for (int c = j; c < d; c++) {
          a[r * d + c] -= f * a[j * d + c];
        }
      }
      log += Math.log(a[j * d + j]);
    }
    return 0.5 * log;
  }

  private static double dot(float[] a, int u, int v, int length) {
    double sum = 0;
    for (int p = 0; p < length; p++) {
      sum += (double) a[u + p] * a[v + p];
    }
    return sum;
  }

  @Test
  void torchScriptDecodersGivePyTorchsJacobian() throws Exception {
    JsonObject e =
        JsonParser.parseString(Files.readString(TorchScriptModelTest.folder("sensitivity-expected.json")))
            .getAsJsonObject();
    float[] z = floats(e, "z");
    for (String name : new String[] {"tiny-vae", "tiny-ae"}) {
      try (LatentEngine engine =
          LatentEngine.open(TorchScriptModelTest.folder(name), new GateExecutor(), false)) {
        Sensitivity s = SensitivityRequest.start(engine, z, 3, null, null).get();
        JsonObject want = e.getAsJsonObject(name);
        float[] frobenius = floats(want, "frobenius");
        float[] logMagnification = floats(want, "logMagnification");
        for (int i = 0; i < 3; i++) {
          assertEquals(frobenius[i], s.frobenius()[i], 1e-5 * frobenius[i], name + " point " + i);
          assertEquals(logMagnification[i], s.logMagnification()[i], 1e-4, name + " point " + i);
        }
      }
    }
  }

  @Test
  void progressComesPerChunkAndCancellingStopsBetweenChunks() throws Exception {
    int count = SensitivityRequest.chunkSize(2, 784) + 5;
    assertEquals(1024, count - 5, "a 2-D MLP model's chunk");
    float[] z = new float[count * 2];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) Math.sin(i);
    }
    try (LatentEngine engine = LatentEngine.open(vae, new GateExecutor(), false)) {
      AtomicInteger reports = new AtomicInteger();
      Sensitivity s = SensitivityRequest.start(engine, z, count, f -> reports.incrementAndGet(), null).get();
      assertEquals(2, reports.get());
      assertEquals(count, s.count());
      assertTrue(s.frobenius()[count - 1] > 0);
      ExecutionException cancelled =
          assertThrows(
              ExecutionException.class,
              () -> SensitivityRequest.start(engine, z, count, null, () -> true).get());
      assertTrue(cancelled.getCause() instanceof CancellationException, cancelled.toString());
    }
  }

  private static float[] floats(JsonObject o, String key) {
    var a = o.getAsJsonArray(key);
    float[] out = new float[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).getAsFloat();
    }
    return out;
  }
}
