package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.train.TinyModels;

class SessionPreloadTest {

  @TempDir Path dir;

  @Test
  void theFolderOpenedAheadIsTakenOnceAndThenOpenedAfresh() throws Exception {
    Path vae = dir.resolve("vae");
    TinyModels.train(vae, ModelKind.VAE);
    SessionPreload.start(vae.resolve("..").resolve("vae"));
    List<String> said = new ArrayList<>();
    try (ModelSession taken = SessionPreload.open(vae, (what, f) -> said.add(what));
        ModelSession fresh = SessionPreload.open(vae, ProgressSink.none())) {
      assertEquals(List.of("Loading model vae"), said, "the session opened ahead is not opened again");
      assertEquals(10_000, taken.encoding().count());
      assertArrayEquals(fresh.encoding().means(), taken.encoding().means());
      float[] z = {0.5f, -0.25f};
      assertArrayEquals(fresh.engine().decode(z).get(), taken.engine().decode(z).get());
    }
  }

  @Test
  void aFolderOtherThanTheOneOpenedAheadOpensAsAlways() throws Exception {
    Path ae = dir.resolve("ae");
    Path vae = dir.resolve("vae");
    TinyModels.train(ae, ModelKind.AE);
    TinyModels.train(vae, ModelKind.VAE);
    SessionPreload.start(ae);
    List<String> said = new ArrayList<>();
    try (ModelSession s = SessionPreload.open(vae, (what, f) -> said.add(what))) {
      assertEquals(vae, s.folder());
      assertTrue(said.contains("Loading model vae"), said.toString());
      assertEquals(10_000, s.encoding().count());
    }
  }

  @Test
  void aFailureOfTheOpenAheadIsTheOpensFailure() throws Exception {
    TinyModels.train(dir, ModelKind.AE);
    ModelSessionTest.nameDataSet(dir, "digits");
    String direct =
        assertThrows(ModelException.class, () -> ModelSession.open(dir, ProgressSink.none()))
            .getMessage();
    SessionPreload.start(dir);
    ModelException e =
        assertThrows(ModelException.class, () -> SessionPreload.open(dir, ProgressSink.none()));
    assertEquals(direct, e.getMessage());
    assertFalse(direct.isEmpty());
  }
}
