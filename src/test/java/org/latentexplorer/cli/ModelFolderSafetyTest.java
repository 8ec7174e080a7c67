package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.ClassifierStore;
import org.latentexplorer.model.FolderFiles;
import org.latentexplorer.model.ModelException;

/**
 * Files named inside a model folder stay inside it, parameters are checked, and a TorchScript
 * archive that would unpack to far more than it holds is refused before the engine reads it.
 */
class ModelFolderSafetyTest {

  @TempDir Path dir;

  private Path copyOf(Path folder) throws Exception {
    Path copy = Files.createDirectories(dir.resolve(folder.getFileName().toString()));
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static void edit(Path json, java.util.function.Consumer<JsonObject> change)
      throws Exception {
    JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    change.accept(o);
    Files.writeString(json, o.toString());
  }

  private static void isOneError(CliRun r, String... parts) {
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
    }
  }

  @Test
  void anOptimizerStateOutsideTheFolderIsRefused() throws Exception {
    Path m = copyOf(AppHome.models().resolve("digits-vae-2d"));
    edit(m.resolve("model.json"), o -> o.addProperty("optimizerState", "../../etc/passwd"));
    isOneError(CliRun.of("info", m.toString()), "model.json", "optimizerState", "plain file name");
    isOneError(
        CliRun.of("train", "--resume", m.toString(), "--epochs", "201"), "optimizerState");
  }

  @Test
  void aParameterFileLinkedFromOutsideIsRefused() throws Exception {
    Path m = copyOf(AppHome.models().resolve("digits-vae-2d"));
    Path outside = Files.move(m.resolve("model-0200.params"), dir.resolve("elsewhere.params"));
    Files.createSymbolicLink(m.resolve("model-0200.params"), outside);
    isOneError(CliRun.of("info", m.toString()), "is a link to " + outside, "outside its folder");
  }

  @Test
  void aMissingChecksumOpensWithAWarning() throws Exception {
    Path m = copyOf(AppHome.models().resolve("digits-vae-2d"));
    edit(m.resolve("model.json"), o -> o.getAsJsonObject("parameters").remove("sha256"));
    CliRun r = CliRun.of("info", m.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("warning: " + m + ": model.json records no sha256"), r.err());
  }

  @Test
  void aClassifierParameterFileOutsideTheFolderIsRefused() throws Exception {
    Path c = copyOf(AppHome.models().resolve("digits-classifier"));
    edit(c.resolve("classifier.json"),
        o -> o.getAsJsonObject("parameters").addProperty("file", "../digits-vae-2d/x.params"));
    try (NDManager manager = NDManager.newBaseManager()) {
      ModelException e = assertThrows(ModelException.class, () -> ClassifierStore.load(c, manager));
      assertTrue(e.getMessage().contains("plain file name"), e.getMessage());
    }
  }

  @Test
  void everyBundledModelHasInfo() throws Exception {
    for (Path m : org.latentexplorer.model.ModelStore.listModels(AppHome.models())) {
      CliRun r = CliRun.of("info", m.toString());
      assertEquals(0, r.code(), m + ": " + r.err());
      assertEquals("", r.err(), m + " opens without a warning");
    }
  }

  @Test
  void aTorchScriptModelWithoutClassNamesHasInfo() throws Exception {
    Path m =
        copyOf(Path.of(ModelFolderSafetyTest.class.getResource("/torchscript/tiny-vae").toURI()));
    edit(m.resolve("model.json"), o -> o.getAsJsonObject("data").remove("classNames"));
    CliRun named = CliRun.of("info", m.toString());
    assertEquals(0, named.code(), named.err());
    assertTrue(named.out().contains("data:     digits"), named.out());
    edit(m.resolve("model.json"), o -> o.remove("data"));
    CliRun unnamed = CliRun.of("info", m.toString());
    assertEquals(0, unnamed.code(), unnamed.err());
  }

  @Test
  void aTorchScriptArchiveThatUnpacksToFarMoreIsRefusedAtOnce() throws Exception {
    Path m =
        copyOf(Path.of(ModelFolderSafetyTest.class.getResource("/torchscript/tiny-vae").toURI()));
    Path encoder = m.resolve("encoder.pt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(encoder))) {
      zip.putNextEntry(new ZipEntry("encoder/data/0"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertTrue(Files.size(encoder) < 1 << 20, "a small file");
    long start = System.nanoTime();
    isOneError(CliRun.of("info", m.toString()), encoder.toString(), "compressed", "zip bomb");
    assertTrue((System.nanoTime() - start) / 1e9 < 5, "refused from the archive's directory");
  }

  @Test
  void aTorchScriptArchiveWithTooManyEntriesIsRefused() throws Exception {
    Path m =
        copyOf(Path.of(ModelFolderSafetyTest.class.getResource("/torchscript/tiny-vae").toURI()));
    Path decoder = m.resolve("decoder.pt");
    try (OutputStream file = Files.newOutputStream(decoder);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (int i = 0; i <= FolderFiles.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }
    isOneError(CliRun.of("info", m.toString()), decoder.toString(), "more than 10000 entries");
  }
}
