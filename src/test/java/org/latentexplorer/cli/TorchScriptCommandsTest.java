package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** info, encode and analyze on a PyTorch model exported as TorchScript. */
class TorchScriptCommandsTest {

  @TempDir Path dir;

  private static String[] run(String... args) {
    CliRun r = CliRun.of(args);
    return new String[] {Integer.toString(r.code()), r.out(), r.err()};
  }

  private static Path vae() throws Exception {
    return Path.of(TorchScriptCommandsTest.class.getResource("/torchscript/tiny-vae").toURI());
  }

  @Test
  void infoEncodeAndAnalyzeTakeATorchScriptModel() throws Exception {
    String[] info = run("info", vae().toString());
    assertEquals("0", info[0], info[2]);
    assertTrue(info[1].contains("VAE, TorchScript, 3-D latent, grey 8x8"), info[1]);
    assertTrue(info[1].contains("the decoder returns logits"), info[1]);

    Path csv = dir.resolve("z.csv");
    String[] encode = run("encode", "--model", vae().toString(), "--out", csv.toString());
    assertEquals("0", encode[0], encode[2]);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("index,label,class,part,z1,z2,z3,logvar1,logvar2,logvar3", lines.get(0));
    assertEquals(1798, lines.size());

    Path out = dir.resolve("analysis");
    String[] analyze =
        run("analyze", "--model", vae().toString(), "--out", out.toString(), "--tsne-points", "0",
            "--samples", "200");
    assertEquals("0", analyze[0], analyze[2]);
    assertTrue(Files.isRegularFile(out.resolve("analysis.json")));
  }

  @Test
  void aStateDictIsOneLineNamingTheFile() throws Exception {
    Path broken = Path.of(getClass().getResource("/torchscript/state-dict").toURI());
    String[] info = run("info", broken.toString());
    assertEquals("1", info[0]);
    assertEquals(1, info[2].strip().lines().count(), info[2]);
    assertTrue(info[2].startsWith("error: " + broken.resolve("encoder.pt") + ": is not a TorchScript module"), info[2]);
  }
}
