package org.latentexplorer.ui.common.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The device line says when the window runs on the CPU though another libtorch or the GPU was asked for. */
class StatusBarTest {

  @Test
  void theDeviceLineSaysWhenTheWorkRunsOnTheCpuInsteadOfWhatWasAsked() {
    assertEquals("Engine: GPU 0", StatusBar.deviceText("GPU 0", null));
    assertEquals("Engine: CPU (not the one asked for)",
        StatusBar.deviceText("CPU", "the libtorch that PYTORCH_LIBRARY_PATH=/x chose cannot be loaded"));
  }
}
