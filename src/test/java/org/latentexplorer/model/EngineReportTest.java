package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EngineReportTest {

  @Test
  void theFlavourIsReadFromTheFolderOrTheVariable() {
    assertEquals("cpu", EngineReport.flavour("/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64", null));
    assertEquals("cu128", EngineReport.flavour("/home/u/.djl.ai/pytorch/2.7.1-cu128-linux-x86_64/lib", null));
    assertEquals("cu128", EngineReport.flavour("/opt/torch/lib", "cu128"));
    assertEquals("unknown", EngineReport.flavour("/opt/torch/lib", null));
    assertEquals("unknown", EngineReport.flavour("", ""));
  }
}
