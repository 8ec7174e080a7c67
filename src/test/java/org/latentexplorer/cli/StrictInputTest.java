package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latentexplorer.data.IdxFiles;
import org.latentexplorer.data.ImageSet;

/**
 * Files a user may bring, broken in the ways they break, and option values out of range: each
 * gets one line that names the file or option and the problem, and the right exit code.
 */
class StrictInputTest {

  @TempDir Path dir;

  /** The error output is one line, without a stack trace, exit code 1, naming the parts. */
  private static void isOneError(CliRun r, String... parts) {
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun train(Path data) {
    return run("train", "--data", data.toString(), "--out", dir.resolve("m").toString(),
        "--epochs", "1", "--hidden", "8", "--image-size", "8");
  }

  @Test
  void aGzipFileDamagedInTheMiddleIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("idx"));
    IdxFiles.pair(folder, "train", 40, 8);
    IdxFiles.pair(folder, "t10k", 20, 8);
    Path images = folder.resolve("train-images-idx3-ubyte.gz");
    byte[] gz = Files.readAllBytes(images);
    for (int i = gz.length / 2; i < gz.length / 2 + 6; i++) {
      gz[i] ^= 0x5a;
    }
    Files.write(images, gz);
    isOneError(train(folder), images.toString(), "corrupt gzip data");
    assertFalse(Files.exists(dir.resolve("m")));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1})
  void anIdxFileLongerOrShorterThanItsHeaderIsRefused(int change) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("idx"));
    IdxFiles.pair(folder, "t10k", 20, 8);
    byte[] content = IdxFiles.images(0x803, 40, 8, 8);
    // The header says 40 images; the file holds one more, or one fewer.
    byte[] changed = java.util.Arrays.copyOf(content, content.length + change * 64);
    Path images = IdxFiles.write(folder.resolve("train-images-idx3-ubyte.gz"), changed, true);
    IdxFiles.write(folder.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.labels(0x801, 40), true);
    isOneError(train(folder), images.toString(), change > 0 ? "longer than its header says" : "truncated");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000", "2000000000", "1000", "-3", "2.5"})
  void aCsvLabelThatIsNoSmallClassNumberIsRefused(String label) throws Exception {
    StringBuilder csv = new StringBuilder();
    for (int row = 0; row < 30; row++) {
      csv.append("0,1,2,3,").append(row == 17 ? label : "1").append('\n');
    }
    Path file = Files.writeString(dir.resolve("tiny.csv"), csv.toString());
    isOneError(train(file), file.toString(), "line 18", "is not a class number from 0 to "
            + (ImageSet.MAX_CLASSES - 1));
  }

  @Test
  void anImageDeclaringAHugeSizeIsRefusedBeforeItsPixelsAreRead() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("faces"));
    for (int i = 0; i < 12; i++) {
      ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "png",
          folder.resolve("face-" + i + ".png").toFile());
    }
    Path huge = folder.resolve("huge.png");
    Files.write(huge, pngHeader(30_000, 30_000));
    isOneError(train(folder), huge.toString(), "declares an image of 30000 x 30000 pixels");
  }

  /** The first bytes of a PNG: the signature and an IHDR chunk for a grey image of that size. */
  private static byte[] pngHeader(int width, int height) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    DataOutputStream c = new DataOutputStream(chunk);
    c.write("IHDR".getBytes(StandardCharsets.US_ASCII));
    c.writeInt(width);
    c.writeInt(height);
    c.write(new byte[] {8, 0, 0, 0, 0});
    byte[] body = chunk.toByteArray();
    out.writeInt(body.length - 4);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(body);
    out.writeInt((int) crc.getValue());
    return bytes.toByteArray();
  }

  @Test
  void aFolderOfOneImageIsTooSmallToSplit() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("one"));
    ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "png",
        folder.resolve("only.png").toFile());
    isOneError(train(folder), folder.toString(), "holds 1 image, too few to split");
  }

  @Test
  void infoChecksTheParametersAsEncodeDoes() throws Exception {
    Path model = dir.resolve("digits-vae");
    CliRun trained = run("train", "--data", "digits", "--latent", "2", "--hidden", "16", "--epochs", "1",
        "--out", model.toString());
    assertEquals(0, trained.code(), trained.err());
    assertTrue(trained.out().startsWith("Saved " + model), "the result goes to stdout: " + trained.out());
    assertTrue(trained.err().contains("Training on"), "progress goes to stderr: " + trained.err());
    Path other = dir.resolve("other");
    assertEquals(0, run("train", "--data", "digits", "--latent", "3", "--hidden", "16", "--epochs", "1",
        "--out", other.toString()).code());
    Path params;
    try (var files = Files.list(model)) {
      params = files.filter(p -> p.toString().endsWith(".params")).findFirst().orElseThrow();
    }
    byte[] good = Files.readAllBytes(params);
    assertEquals(0, run("info", model.toString()).code());

    Files.write(params, java.util.Arrays.copyOf(good, good.length / 2));
    isOneError(run("info", model.toString()), params.toString(), "damaged");
    Files.write(params, new byte[0]);
    isOneError(run("info", model.toString()), params.toString(), "damaged");
    Path otherParams;
    try (var files = Files.list(other)) {
      otherParams = files.filter(p -> p.toString().endsWith(".params")).findFirst().orElseThrow();
    }
    Files.copy(otherParams, params, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    isOneError(run("info", model.toString()), params.toString(), "damaged");
    Files.delete(params);
    isOneError(run("info", model.toString()), model.toString(), "which is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "train --latent 0", "train --latent 513", "train --epochs 0", "train --lr -1", "train --lr 0",
    "train --batch 0", "train --beta -0.5", "train --hidden 0", "train --image-size 2",
    "analyze --tsne-points -5", "analyze --grid 1", "analyze --samples 3", "encode --image-size 0"
  })
  void valuesOutOfRangeAreUsageErrorsFoundBeforeAnyDataIsRead(String line) {
    List<String> args = new java.util.ArrayList<>(List.of(line.split(" ")));
    String command = args.get(0);
    String option = args.get(1);
    Path missing = dir.resolve("no-such-data");
    switch (command) {
      case "train" -> args.addAll(List.of("--data", missing.toString(), "--out", dir.resolve("m").toString()));
      case "analyze" -> args.addAll(List.of("--model", missing.toString(), "--out", dir.resolve("a").toString()));
      default -> args.addAll(List.of("--model", missing.toString(), "--out", dir.resolve("z.csv").toString()));
    }
    CliRun r = run(args.toArray(String[]::new));
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("Invalid value for option '" + option + "'"), r.err());
    assertTrue(r.err().contains("Usage: latent-explorer " + command), r.err());
    assertFalse(r.err().contains(missing.toString()), "nothing was read: " + r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"train", "encode", "info", "analyze", "explore"})
  void everyCommandKnowsItsVersion(String command) {
    CliRun r = run(command, "--version");
    assertEquals(0, r.code(), r.err());
    assertEquals(Version.TEXT, r.out().strip());
  }
}
