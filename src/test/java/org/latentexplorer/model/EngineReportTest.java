package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineReportTest {

  @Test
  void theFlavourIsReadFromTheFolderOrTheVariable() {
    assertEquals("cpu", EngineReport.flavour("/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64", null));
    assertEquals("cu128", EngineReport.flavour("/home/u/.djl.ai/pytorch/2.7.1-cu128-linux-x86_64/lib", null));
    assertEquals("cu128", EngineReport.flavour("/opt/torch/lib", "cu128"));
    assertEquals("unknown", EngineReport.flavour("/opt/torch/lib", null));
    assertEquals("unknown", EngineReport.flavour("", ""));
    // DJL fell back to its cached CPU build although a CUDA one was asked for
    assertEquals("cpu", EngineReport.flavour("/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64", "cu128"));
  }

  @Test
  void aLibtorchAskedForButNotLoadedIsSaidInOneSentence() {
    String cache = "/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64";
    EngineReport fellBack = report(cache, "cpu", List.of("CPU"),
        Map.of("PYTORCH_LIBRARY_PATH", "/nonexistent", "PYTORCH_FLAVOR", "cu128"));
    assertEquals("PYTORCH_LIBRARY_PATH=/nonexistent and PYTORCH_FLAVOR=cu128 asked for another"
        + " libtorch, but the cpu build in " + cache + " was loaded: everything runs on the CPU.",
        fellBack.fallback());

    EngineReport loaded = report("/opt/libtorch/lib", "cu128", List.of("GPU 0", "CPU"),
        Map.of("PYTORCH_LIBRARY_PATH", "/opt/libtorch/lib", "PYTORCH_FLAVOR", "cu128"));
    assertNull(loaded.fallback());
    assertNull(report(cache, "cpu", List.of("CPU"), Map.of()).fallback());
  }

  private static EngineReport report(
      String folder, String flavour, List<String> devices, Map<String, String> settings) {
    return new EngineReport("PyTorch 2.7.1", "0.35.1", "2.7.1", folder, flavour, List.of(),
        devices, 2, 1, settings, null);
  }
}
