package org.latentexplorer.ui.common.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The device line says when the window runs on the CPU build because the chosen libtorch failed. */
class StatusBarTest {

  @Test
  void theDeviceLineSaysWhenTheChosenLibtorchDidNotLoad() {
    assertEquals("Engine: GPU 0", StatusBar.deviceText("GPU 0", null));
    assertEquals("Engine: CPU (the chosen libtorch did not load)",
        StatusBar.deviceText("CPU", "the libtorch that PYTORCH_LIBRARY_PATH=/x chose cannot be loaded"));
  }
}
