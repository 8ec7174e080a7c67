package org.latentexplorer.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes classifier folders: {@code classifier.json} and {@code classifier.params}, each
 * written atomically, the parameters with their SHA-256 checked on load.
 */
public final class ClassifierStore {

  public static final String DESCRIPTION = "classifier.json";
  private static final String PARAMS = "classifier.params";

  private ClassifierStore() {}

  /** A classifier loaded for inference. */
  public record Loaded(ClassifierDescription description, ClassifierBlock block) {}

  /**
   * Writes the parameters (beside those of a classifier already there, under a name not taken),
   * then the description that names them, then deletes the parameters the old description named:
   * the folder holds a complete classifier at every moment.
   */
  public static ClassifierDescription save(
      Path folder, ClassifierBlock block, ClassifierDescription description) throws IOException {
    Files.createDirectories(folder);
    String previous = null;
    if (Files.isRegularFile(folder.resolve(DESCRIPTION))) {
      try {
        previous = readDescription(folder).parameters().file();
      } catch (ModelException | RuntimeException e) {
        previous = null;
      }
    }
    String name = PARAMS;
    for (int k = 2; Files.exists(folder.resolve(name)); k++) {
      name = "classifier-" + k + ".params";
    }
    Path params = folder.resolve(name);
    String sha = AtomicFiles.write(params, out -> block.saveParameters(new DataOutputStream(out)));
    ClassifierDescription written =
        new ClassifierDescription(
            description.format(), description.data(), description.classNames(),
            description.input(), description.features(), description.testAccuracy(),
            description.heldOut(), description.history(), description.training(),
            new ParameterFile(name, sha, Files.size(params), block.parameterCount()),
            description.createdAt(), description.program());
    byte[] json = Json.GSON.toJson(written).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve(DESCRIPTION), out -> out.write(json));
    if (previous != null && !previous.equals(name)) {
      Files.deleteIfExists(folder.resolve(previous));
    }
    return written;
  }

  /** Reads and checks a folder's {@code classifier.json}. */
  public static ClassifierDescription readDescription(Path folder) throws ModelException {
    Path json = folder.resolve(DESCRIPTION);
    if (!Files.isRegularFile(json)) {
      throw new ModelException(folder, "not a classifier folder: it has no " + DESCRIPTION);
    }
    ClassifierDescription d;
    try {
      d = Json.GSON.fromJson(Files.readString(json), ClassifierDescription.class);
    } catch (JsonParseException | IllegalStateException e) {
      throw new ModelException(json, "not valid classifier JSON (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ModelException(json, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (d == null) {
      throw new ModelException(json, "is empty");
    }
    List<String> problems = d.problems();
    if (!problems.isEmpty()) {
      throw new ModelException(json, String.join("; ", problems));
    }
    return d;
  }

  /** Loads a classifier's parameters into a manager, checking their file against the description. */
  public static Loaded load(Path folder, NDManager manager) throws ModelException {
    ClassifierDescription d = readDescription(folder);
    Path params =
        FolderFiles.resolve(folder, d.parameters().file(), "parameters.file", folder.resolve(DESCRIPTION));
    try {
      if (!Files.isRegularFile(params)) {
        throw new ModelException(params, "is missing (" + DESCRIPTION + " names it)");
      }
      String sha = d.parameters().sha256();
      if (sha != null && !sha.equalsIgnoreCase(AtomicFiles.sha256(params))) {
        throw new ModelException(
            params, "damaged: its checksum differs from the one recorded in " + DESCRIPTION);
      }
      ClassifierBlock block = new ClassifierBlock(d.input(), d.features(), d.classes());
      for (Parameter.Type type : Parameter.Type.values()) {
        block.setInitializer(Initializer.ZEROS, type);
      }
      block.initialize(manager);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(params), 1 << 16)) {
        block.loadParameters(manager, new DataInputStream(in));
      }
      return new Loaded(d, block);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      throw new ModelException(
          params, "does not match " + DESCRIPTION + " (" + d.summary() + "): " + e.getMessage(), e);
    }
  }

  /**
   * The classifier for a data set among the folders directly inside {@code root}: the first, by
   * folder name, whose description names that data set.
   */
  public static Optional<Path> find(Path root, String dataName) {
    if (dataName == null || !Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> Files.isRegularFile(p.resolve(DESCRIPTION)))
          .sorted()
          .filter(p -> dataName.equals(dataNameOf(p)))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String dataNameOf(Path folder) {
    try {
      return readDescription(folder).data();
    } catch (ModelException e) {
      return null;
    }
  }
}
