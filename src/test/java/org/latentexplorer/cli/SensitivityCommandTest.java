package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sensitivity} on the TorchScript VAE whose Jacobian PyTorch computed. */
class SensitivityCommandTest {

  @TempDir Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(SensitivityCommandTest.class.getResource("/torchscript/" + name).toURI());
  }

  @Test
  void writesEachRowBackWithItsSensitivity() throws Exception {
    Path in = dir.resolve("z.csv");
    Files.writeString(
        in, "name,z1,z2,z3\n\"a, first\",0.5,-1.0,2.0\nb,-0.25,0,1.5\n\nc,1.2,0.7,-0.4\n");
    Path out = dir.resolve("s.csv");
    CliRun r = CliRun.of("sensitivity", "--model", resource("tiny-vae").toString(), "--z", in.toString(),
        "--out", out.toString(), "--cpu");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Wrote the sensitivity at 3 latent points to " + out), r.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals("name,z1,z2,z3,frobenius,magnification,log_magnification", lines.get(0));
    assertEquals(4, lines.size());
    JsonObject want =
        JsonParser.parseString(Files.readString(resource("sensitivity-expected.json")))
            .getAsJsonObject()
            .getAsJsonObject("tiny-vae");
    for (int i = 0; i < 3; i++) {
      String[] f = lines.get(i + 1).split(",(?=[^ ])");
      double frobenius = want.getAsJsonArray("frobenius").get(i).getAsDouble();
      double logMagnification = want.getAsJsonArray("logMagnification").get(i).getAsDouble();
      assertEquals(frobenius, Double.parseDouble(f[4]), 1e-5 * frobenius, lines.get(i + 1));
      assertEquals(Math.exp(logMagnification), Double.parseDouble(f[5]), 1e-4 * Math.exp(logMagnification));
      assertEquals(logMagnification, Double.parseDouble(f[6]), 1e-4);
    }
    assertTrue(lines.get(1).startsWith("\"a, first\",0.5,-1.0,2.0,"), lines.get(1));
  }

  @Test
  void aFileWithoutTheModelsColumnsIsOneLineAndWritesNothing() throws Exception {
    Path in = dir.resolve("z.csv");
    Files.writeString(in, "z1,z2\n0.5,1\n");
    Path out = dir.resolve("s.csv");
    CliRun r = CliRun.of("sensitivity", "--model", resource("tiny-vae").toString(), "--z", in.toString(),
        "--out", out.toString());
    assertEquals(1, r.code());
    assertEquals(
        "error: " + in + ": line 1 has no column z3; the model's latent has 3 dimensions, so the file"
            + " needs columns z1..z3",
        r.err().strip());
    assertFalse(Files.exists(out));

    Files.writeString(in, "z1,z2,z3\n0.5,1,x\n");
    r = CliRun.of("sensitivity", "--model", resource("tiny-vae").toString(), "--z", in.toString(),
        "--out", out.toString());
    assertEquals("error: " + in + ": line 2: z3 is \"x\", not a finite number", r.err().strip());
    assertFalse(Files.exists(out));
  }
}
