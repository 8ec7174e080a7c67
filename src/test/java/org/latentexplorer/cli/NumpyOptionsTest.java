package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelStore;

/** The NumPy options of the commands: chosen once at training, read again wherever the model goes. */
class NumpyOptionsTest {

  @TempDir Path dir;

  private static Path fixture(String name) throws Exception {
    return Path.of(NumpyOptionsTest.class.getResource("/data/npy/" + name).toURI());
  }

  @Test
  void arraysChosenForTrainingAreReadAgainByTheModelsOtherCommands() throws Exception {
    Path model = dir.resolve("m");
    CliRun trained = CliRun.of("train", "--data", fixture("named.npz").toString(), "--images-array",
        "pics", "--labels-array", "cls", "--factors-array", "f", "--out", model.toString(),
        "--epochs", "1", "--hidden", "8", "--latent", "2");
    assertEquals(0, trained.code(), trained.err());
    assertTrue(trained.err().contains("Data: 18 grey 4x4 images, 3 classes for training, 2 held out"),
        trained.err());
    String recorded = ModelStore.readDescription(model).data().name();
    assertEquals(fixture("named.npz") + "?images-array=pics&labels-array=cls&factors-array=f", recorded);

    Path codes = dir.resolve("codes.csv");
    CliRun encoded = CliRun.of("encode", "--model", model.toString(), "--out", codes.toString());
    assertEquals(0, encoded.code(), encoded.err());
    List<String> rows = Files.readAllLines(codes);
    assertEquals(21, rows.size(), "the 20 images of the chosen array, read from model.json's name");
    assertEquals("index,label,class,part,factor 1,factor 2,z1,z2,logvar1,logvar2", rows.get(0));
    assertTrue(rows.get(3).startsWith("2,2,2,"), rows.get(3));
  }

  @Test
  void optionsWithoutDataOrForOtherDataAreOneClearError() throws Exception {
    Path out = dir.resolve("never");
    CliRun noData = CliRun.of("encode", "--model", "models/fashion-vae-2d", "--layout", "nhwc",
        "--out", out.toString());
    assertEquals(2, noData.code());
    assertTrue(noData.err().contains("say how to read NumPy --data; give --data"), noData.err());
    CliRun badLayout = CliRun.of("train", "--data", fixture("named.npz").toString(), "--layout",
        "hwc", "--out", out.toString());
    assertEquals(2, badLayout.code());
    assertTrue(badLayout.err().contains("--layout must be nhwc or nchw, not 'hwc'"), badLayout.err());
    CliRun noArray = CliRun.of("train", "--data", fixture("named.npz").toString(), "--images-array",
        "photos", "--out", out.toString(), "--epochs", "1");
    assertEquals(1, noArray.code());
    assertTrue(noArray.err().contains("named.npz: has no array 'photos'"), noArray.err());
    assertTrue(Files.notExists(out.resolve("model.json")));
  }
}
