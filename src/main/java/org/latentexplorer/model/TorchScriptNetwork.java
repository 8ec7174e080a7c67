package org.latentexplorer.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * An encoder and a decoder exported from PyTorch as TorchScript ({@code torch.jit.script} or
 * {@code torch.jit.trace}, saved with {@code .save()}), loaded offline through the bundled
 * libtorch. The encoder takes float32 (N, C, H, W) in [0, 1] and returns mu (an AE) or the tuple
 * (mu, log sigma^2) (a VAE), each (N, L); the decoder takes (N, L) and returns logits or
 * probabilities, (N, C, H, W) or flat (N, C*H*W), as {@code model.json} says. Loading runs one
 * batch through both and checks every shape against {@code model.json}.
 */
public final class TorchScriptNetwork implements LatentNetwork {

  private static final float PROBABILITY_FLOOR = 1e-7f;

  /** The encoder's file in a model folder. */
  public static final String ENCODER = "encoder.pt";

  /** The decoder's file in a model folder. */
  public static final String DECODER = "decoder.pt";

  private final ModelSpec spec;
  private final Model encoderModel;
  private final Model decoderModel;
  private final Block encoder;
  private final Block decoder;
  private final ParameterStore store;

  private TorchScriptNetwork(ModelSpec spec, Model encoderModel, Model decoderModel, NDManager manager) {
    this.spec = spec;
    this.encoderModel = encoderModel;
    this.decoderModel = decoderModel;
    this.encoder = encoderModel.getBlock();
    this.decoder = decoderModel.getBlock();
    this.store = new ParameterStore(manager, false);
  }

  /**
   * Loads both files of a folder on the manager's device and checks them with one batch.
   *
   * @throws ModelException naming the file and what was expected
   */
  public static TorchScriptNetwork load(Path folder, ModelSpec spec, NDManager manager)
      throws ModelException {
    Model enc = loadOne(folder, ENCODER, manager);
    Model dec;
    try {
      dec = loadOne(folder, DECODER, manager);
    } catch (ModelException e) {
      enc.close();
      throw e;
    }
    TorchScriptNetwork network = new TorchScriptNetwork(spec, enc, dec, manager);
    try {
      network.check(folder, manager);
      return network;
    } catch (ModelException | RuntimeException e) {
      network.close();
      throw e;
    }
  }

  private static Model loadOne(Path folder, String file, NDManager manager) throws ModelException {
    Path path = folder.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new ModelException(
          folder, "a TORCHSCRIPT model needs " + ENCODER + " and " + DECODER + "; " + file + " is missing");
    }
    FolderFiles.resolve(folder, file, file, folder.resolve(ModelStore.DESCRIPTION));
    FolderFiles.checkArchive(path);
    Model model = Model.newInstance(file, manager.getDevice(), "PyTorch");
    try {
      // Loaded as trainable, then frozen: DJL otherwise loads the weights as inference tensors,
      // through which no gradient can flow, not even the decoder's with respect to z.
      model.load(folder, file.substring(0, file.length() - 3), Map.of("trainParam", "true"));
      model.getBlock().freezeParameters(true);
      return model;
    } catch (MalformedModelException | IOException | RuntimeException e) {
      model.close();
      throw new ModelException(
          path,
          "is not a TorchScript module ("
              + firstLine(e)
              + "); save it with torch.jit.script(module).save(...) or torch.jit.trace, not"
              + " torch.save(state_dict)",
          e);
    }
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** One batch of two through both parts: every shape must be what model.json says. */
  private void check(Path folder, NDManager manager) throws ModelException {
    InputShape in = spec.input();
    int latent = spec.latentSize();
    try (NDManager sub = manager.newSubManager()) {
      NDArray images = sub.zeros(new Shape(2, in.channels(), in.height(), in.width()), DataType.FLOAT32);
      NDList encoded;
      try {
        encoded = encode(images);
      } catch (RuntimeException e) {
        throw new ModelException(
            folder.resolve(ENCODER),
            "fails on a batch of (2, " + in.channels() + ", " + in.height() + ", " + in.width()
                + ") images as model.json describes them: " + firstLine(e),
            e);
      }
      int wanted = spec.kind() == ModelKind.VAE ? 2 : 1;
      String what = spec.kind() == ModelKind.VAE ? "the tuple (mu, log sigma^2)" : "mu";
      if (encoded.size() != wanted) {
        throw new ModelException(
            folder.resolve(ENCODER),
            "returns " + encoded.size() + " tensor(s); a " + spec.kind() + " encoder returns " + what);
      }
      for (NDArray a : encoded) {
        if (!a.getShape().equals(new Shape(2, latent))) {
          throw new ModelException(
              folder.resolve(ENCODER),
              "returns a tensor of shape " + a.getShape() + "; model.json's latentSize " + latent
                  + " means (N, " + latent + ")");
        }
      }
      NDArray pixels;
      try {
        pixels = decode(sub.zeros(new Shape(2, latent), DataType.FLOAT32));
      } catch (RuntimeException e) {
        throw new ModelException(
            folder.resolve(DECODER),
            "fails on a batch of (2, " + latent + ") latent points: " + firstLine(e), e);
      }
      if (!pixels.getShape().equals(new Shape(2, in.channels(), in.height(), in.width()))) {
        throw new ModelException(folder.resolve(DECODER), "returns the wrong shape: " + pixels.getShape());
      }
      float[] values = pixels.toFloatArray();
      double min = Arrays.stream(toDouble(values)).min().orElse(0);
      double max = Arrays.stream(toDouble(values)).max().orElse(0);
      if (!(min >= -1e-6 && max <= 1 + 1e-6)) {
        throw new ModelException(
            folder.resolve(DECODER),
            "returns values from " + min + " to " + max + ", not probabilities in [0, 1];"
                + " if it returns logits, say \"decoderOutput\": \"logits\" in model.json");
      }
    }
  }

  private static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  @Override
  public NDList encode(NDArray images) {
    NDList out = encoder.forward(store, new NDList(images), false);
    return new NDList(out.stream().map(a -> a.toType(DataType.FLOAT32, false)).toList());
  }

  @Override
  public NDArray decode(NDArray z) {
    NDArray out = decoderOutput(z);
    return ModelSpec.LOGITS.equals(spec.decoderOutput()) ? out.getNDArrayInternal().sigmoid() : out;
  }

  @Override
  public NDArray decodeLogits(NDArray z) {
    NDArray out = decoderOutput(z);
    if (ModelSpec.LOGITS.equals(spec.decoderOutput())) {
      return out;
    }
    NDArray p = out.clip(PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR);
    return p.log().sub(p.neg().add(1f).log());
  }

  /**
   * By reverse mode ({@link DecoderRows}), running the module with autograd on (DJL's inference
   * forward turns it off) while it stays in evaluation mode, so dropout and batch norm behave as
   * in {@link #decode}.
   */
  @Override
  public NDArray decoderJacobian(NDArray z) {
    return DecoderRows.columns(
        points -> {
          NDArray out =
              shaped(points, IValueUtils.forward((PtSymbolBlock) decoder, new NDList(points), true).get(0));
          return ModelSpec.LOGITS.equals(spec.decoderOutput()) ? out.getNDArrayInternal().sigmoid() : out;
        },
        z);
  }

  private NDArray decoderOutput(NDArray z) {
    return shaped(z, decoder.forward(store, new NDList(z), false).get(0));
  }

  private NDArray shaped(NDArray z, NDArray raw) {
    NDArray out = raw.toType(DataType.FLOAT32, false);
    InputShape in = spec.input();
    long n = z.getShape().get(0);
    Shape wanted = new Shape(n, in.channels(), in.height(), in.width());
    if (!out.getShape().equals(wanted)) {
      if (out.getShape().size() != wanted.size()) {
        throw new IllegalStateException(
            "the decoder returns " + out.getShape() + " for " + n + " latent points; model.json's"
                + " input means " + wanted);
      }
      out = out.reshape(wanted);
    }
    return out;
  }

  @Override
  public boolean hasInputGradients() {
    return false;
  }

  @Override
  public void close() {
    encoderModel.close();
    decoderModel.close();
  }
}
