package org.latentexplorer.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Saves and loads model folders. A folder holds {@code model.json} and the DJL parameter file it
 * names (with its SHA-256), and, while training, the optimizer state. Every file is written
 * beside its target and renamed into place, and {@code model.json} is written last: a kill at any
 * moment leaves the previous complete model loadable.
 */
public final class ModelStore {

  /** The description file every model folder holds. */
  public static final String DESCRIPTION = "model.json";

  /** The names this program gives checkpoint files, and their temporary files while written. */
  private static final java.util.regex.Pattern CHECKPOINT_FILE =
      java.util.regex.Pattern.compile(
          "(model-\\d{4,}(-\\d+)?\\.params|optimizer-\\d{4,}(-\\d+)?\\.ndlist)(\\.partial)?"
              + "|model\\.json\\.partial");

  private ModelStore() {}

  /**
   * Saves a model (a checkpoint) into a folder, replacing what was there only once all is written.
   *
   * @param folder the model folder, created when missing
   * @param block the network
   * @param description the description; its file entries are filled in here
   * @param optimizerState the optimizer state to keep for resuming, or null
   * @return the description as written
   */
  public static ModelDescription save(
      Path folder, AutoencoderBlock block, ModelDescription description, NDList optimizerState)
      throws IOException {
    Files.createDirectories(folder);
    String stem = String.format(Locale.ROOT, "%04d", description.epochsDone());
    String paramsName = freeName(folder, "model-" + stem, ".params");
    Path params = folder.resolve(paramsName);
    String sha =
        AtomicFiles.write(params, out -> block.saveParameters(new DataOutputStream(out)));
    ParameterFile file =
        new ParameterFile(paramsName, sha, Files.size(params), block.parameterCount());
    String optimizerName = null;
    if (optimizerState != null) {
      optimizerName = freeName(folder, "optimizer-" + stem, ".ndlist");
      AtomicFiles.write(folder.resolve(optimizerName), optimizerState::encode);
    }
    ModelDescription written = description.withFiles(file, optimizerName);
    byte[] json = Json.GSON.toJson(written).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(DESCRIPTION), out -> out.write(json));
    removeStale(folder, paramsName, optimizerName);
    return written;
  }

  /**
   * Replaces the model in {@code folder} by the complete model in {@code staging} (a folder
   * {@link #save} wrote): its files are moved in under names not taken, {@code model.json} is
   * replaced atomically, and only then are the files the old {@code model.json} named deleted.
   * Other files in {@code folder} are kept; {@code staging} is removed when nothing else is in it.
   */
  public static ModelDescription replace(Path folder, Path staging) throws IOException, ModelException {
    ModelDescription d = readDescription(staging);
    List<String> old = namedFiles(folder);
    String paramsName = freeName(folder, stem(d.parameters().file(), ".params"), ".params");
    Files.move(staging.resolve(d.parameters().file()), folder.resolve(paramsName));
    String optimizerName = null;
    if (d.optimizerState() != null) {
      optimizerName = freeName(folder, stem(d.optimizerState(), ".ndlist"), ".ndlist");
      Files.move(staging.resolve(d.optimizerState()), folder.resolve(optimizerName));
    }
    ParameterFile p = d.parameters();
    ModelDescription moved =
        d.withFiles(new ParameterFile(paramsName, p.sha256(), p.bytes(), p.count()), optimizerName);
    byte[] json = Json.GSON.toJson(moved).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(DESCRIPTION), out -> out.write(json));
    for (String name : old) {
      if (!name.equals(paramsName) && !name.equals(optimizerName)) {
        Files.deleteIfExists(folder.resolve(name));
      }
    }
    Files.deleteIfExists(staging.resolve(DESCRIPTION));
    try (Stream<Path> left = Files.list(staging)) {
      if (left.findAny().isEmpty()) {
        Files.delete(staging);
      }
    }
    return moved;
  }

  /**
   * Deletes a model folder this program wrote: its {@code model.json}, the files it names and
   * checkpoint files; the folder itself only when nothing else is left in it.
   */
  public static void discard(Path folder) throws IOException {
    for (String name : namedFiles(folder)) {
      Files.deleteIfExists(folder.resolve(name));
    }
    removeStale(folder, null, null);
    Files.deleteIfExists(folder.resolve(DESCRIPTION));
    try (Stream<Path> left = Files.list(folder)) {
      if (left.findAny().isEmpty()) {
        Files.delete(folder);
      }
    }
  }

  /** Adds a problem when {@code name} is not a plain file name inside the folder. */
  static void checkName(
      Path folder, String name, String field, Path json, List<String> problems) {
    try {
      FolderFiles.resolve(folder, name, field, json);
    } catch (ModelException e) {
      String prefix = json + ": ";
      String m = e.getMessage();
      problems.add(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    }
  }

  private static String stem(String name, String suffix) {
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }

  /** The files a folder's model.json names (none when it has none or it cannot be read). */
  private static List<String> namedFiles(Path folder) {
    List<String> names = new ArrayList<>();
    if (!Files.isRegularFile(folder.resolve(DESCRIPTION))) {
      return names;
    }
    try {
      ModelDescription d = readDescription(folder);
      if (d.parameters() != null && d.parameters().file() != null) {
        names.add(d.parameters().file());
      }
      if (d.optimizerState() != null) {
        names.add(d.optimizerState());
      }
    } catch (ModelException e) {
      // a description that cannot be read names nothing this program may delete
    }
    return names;
  }

  /**
   * Rewrites a model folder's description without the optimizer state and deletes that file: a
   * finished model for sharing. A later resume then restarts the optimizer.
   */
  public static ModelDescription dropOptimizerState(Path folder)
      throws IOException, ModelException {
    ModelDescription d = readDescription(folder);
    if (d.optimizerState() == null) {
      return d;
    }
    ModelDescription without = d.withFiles(d.parameters(), null);
    byte[] json = Json.GSON.toJson(without).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(DESCRIPTION), out -> out.write(json));
    removeStale(folder, d.parameters().file(), null);
    return without;
  }

  /** The model folders directly inside a folder (those with a model.json), sorted by name. */
  public static List<Path> listModels(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> Files.isRegularFile(p.resolve(DESCRIPTION)))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Reads and checks a folder's {@code model.json} without touching the parameters. */
  public static ModelDescription readDescription(Path folder) throws ModelException {
    if (!Files.isDirectory(folder)) {
      throw new ModelException(
          folder, Files.exists(folder) ? "not a folder" : "no such model folder");
    }
    Path json = folder.resolve(DESCRIPTION);
    if (!Files.isRegularFile(json)) {
      throw new ModelException(folder, "not a model folder: it has no " + DESCRIPTION);
    }
    ModelDescription d;
    try {
      d = Json.GSON.fromJson(Files.readString(json), ModelDescription.class);
    } catch (JsonParseException | IllegalStateException e) {
      throw new ModelException(json, "not valid model JSON (" + rootMessage(e) + ")", e);
    } catch (IOException e) {
      throw new ModelException(json, "cannot be read (" + e.getMessage() + ")", e);
    }
    List<String> problems = new ArrayList<>();
    if (d == null) {
      throw new ModelException(json, "is empty");
    }
    if (d.format() != ModelDescription.FORMAT) {
      problems.add(
          "format is "
              + d.format()
              + "; this program reads format "
              + ModelDescription.FORMAT);
    }
    if (d.model() == null) {
      problems.add("\"model\" is missing");
    } else {
      problems.addAll(d.model().problems());
    }
    ModelFormat format = d.model() == null ? ModelFormats.OWN : ModelFormats.of(d.model());
    format.check(folder, d, json, problems);
    if (d.optimizerState() != null) {
      checkName(folder, d.optimizerState(), "optimizerState", json, problems);
    }
    if (!problems.isEmpty()) {
      throw new ModelException(json, String.join("; ", problems));
    }
    return format.complete(d);
  }

  /**
   * Loads a model folder for encoding and decoding only, through its {@link ModelFormat}: the
   * program's own network with its parameters checked as {@link #load} does, or the TorchScript
   * files of a PyTorch model.
   */
  public static InferenceModel loadForInference(Path folder, NDManager manager)
      throws ModelException {
    ModelDescription d = readDescription(folder);
    return new InferenceModel(d, ModelFormats.of(d.model()).open(folder, d, manager));
  }

  /**
   * Checks a whole model folder as loading it does (description, the parameter file's checksum,
   * every parameter's shape) on the CPU, frees it, and returns its description.
   */
  public static ModelDescription verify(Path folder) throws ModelException {
    try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu());
        InferenceModel model = loadForInference(folder, manager)) {
      return model.description();
    }
  }

  /**
   * Loads a model folder: checks the description, the parameter file's checksum, and that every
   * parameter has the shape the description implies.
   *
   * @param folder the model folder
   * @param manager the manager (and device) the parameters go to
   * @param withOptimizer whether to read the optimizer state too
   */
  public static LoadedModel load(Path folder, NDManager manager, boolean withOptimizer)
      throws ModelException {
    ModelDescription d = readDescription(folder);
    ParameterFile pf = d.parameters();
    Path params = FolderFiles.resolve(folder, pf.file(), "parameters.file", folder.resolve(DESCRIPTION));
    if (!Files.isRegularFile(params)) {
      throw new ModelException(
          folder, DESCRIPTION + " names the parameter file " + pf.file() + ", which is missing");
    }
    try {
      if (pf.sha256() != null && !pf.sha256().equalsIgnoreCase(AtomicFiles.sha256(params))) {
        throw new ModelException(
            params,
            "damaged: its checksum differs from the one recorded in "
                + DESCRIPTION
                + " (the file was changed or cut short)");
      }
    } catch (IOException e) {
      throw new ModelException(params, "cannot be read (" + e.getMessage() + ")", e);
    }
    AutoencoderBlock block = new AutoencoderBlock(d.model());
    // The parameters are read from the file: initialise with zeros, so that loading never draws
    // from the engine's global random generator (a training run elsewhere in the process, seeded
    // for an exact resume, would otherwise get other noise).
    for (ai.djl.nn.Parameter.Type type : ai.djl.nn.Parameter.Type.values()) {
      block.setInitializer(ai.djl.training.initializer.Initializer.ZEROS, type);
    }
    try (NDManager scratch = manager.newSubManager()) {
      block.initialize(scratch);
      List<Shape> expected = new ArrayList<>();
      for (Pair<String, Parameter> pair : block.getParameters()) {
        expected.add(pair.getValue().getArray().getShape());
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(params), 1 << 16)) {
        block.loadParameters(manager, new DataInputStream(in));
      }
      int i = 0;
      for (Pair<String, Parameter> pair : block.getParameters()) {
        Shape actual = pair.getValue().getArray().getShape();
        if (!actual.equals(expected.get(i))) {
          throw new ModelException(
              params,
              "parameter "
                  + pair.getKey()
                  + " has shape "
                  + actual
                  + " but "
                  + DESCRIPTION
                  + " ("
                  + d.model().summary()
                  + ") needs "
                  + expected.get(i));
        }
        i++;
      }
    } catch (MalformedModelException | IOException | RuntimeException e) {
      throw new ModelException(
          params,
          "does not match "
              + DESCRIPTION
              + " ("
              + d.model().summary()
              + "): "
              + rootMessage(e),
          e);
    }
    NDList optimizer = null;
    if (withOptimizer && d.optimizerState() != null) {
      Path file = FolderFiles.resolve(folder, d.optimizerState(), "optimizerState", folder.resolve(DESCRIPTION));
      if (Files.isRegularFile(file)) {
        try {
          optimizer = NDList.decode(manager, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
          throw new ModelException(file, "the optimizer state cannot be read: " + rootMessage(e), e);
        }
      }
    }
    return new LoadedModel(folder, d, block, optimizer);
  }

  /** A name not yet taken, so a save never overwrites the files the current model.json names. */
  private static String freeName(Path folder, String stem, String suffix) {
    String name = stem + suffix;
    for (int k = 2; Files.exists(folder.resolve(name)); k++) {
      name = stem + "-" + k + suffix;
    }
    return name;
  }

  /**
   * Deletes the files of earlier checkpoints: those named as this program names them ({@code
   * model-0007.params}, {@code optimizer-0007-2.ndlist}) and the temporary files of its writes.
   * Nothing else in the folder is touched.
   */
  private static void removeStale(Path folder, String params, String optimizer) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        boolean ours = CHECKPOINT_FILE.matcher(n).matches();
        if (ours && !n.equals(params) && !n.equals(optimizer)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
