package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.model.EngineReport;
import org.latentexplorer.model.Engines;

/** {@code system} says what the program runs on, as the engine reports it. */
class SystemCommandTest {

  @Test
  void printsTheEngineItsLibtorchDevicesAndThreads() {
    CliRun r = CliRun.of("system");
    assertEquals(0, r.code(), r.err());
    EngineReport e = EngineReport.now();
    String out = r.out();
    assertTrue(out.startsWith(Version.TEXT + "\n"), out);
    assertTrue(out.contains("Engine:    " + Engines.version() + " (DJL " + e.djlVersion() + ")"), out);
    assertTrue(out.contains("libtorch:  " + e.libtorchVersion() + ", " + e.flavour() + " build, in "
        + e.libtorchFolder()), out);
    assertTrue(out.contains("Devices:   " + String.join(", ", e.devices())), out);
    assertTrue(e.devices().contains("CPU"), e.devices().toString());
    assertTrue(out.contains("Threads:   " + e.intraOpThreads() + " for an operation"), out);
    assertTrue(e.intraOpThreads() >= 1, "libtorch runs at least one thread an operation");
    assertTrue(out.contains("Models:    " + AppHome.models() + " (bundled, read only)"), out);
  }
}
