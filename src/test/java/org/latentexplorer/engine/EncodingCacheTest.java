package org.latentexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;

class EncodingCacheTest {

  @TempDir Path dir;

  private static ImageSet images(float first) {
    return new ImageSet("tiny", 1, 2, 2, new float[] {first, 0.5f, 0.25f, 1, 0, 0, 1, 1}, new int[] {0, 1},
        List.of("a", "b"), null);
  }

  @Test
  void anEncodingKeptIsFoundWholeAndOnlyUnderItsKeyAndSize() throws Exception {
    EncodingCache cache = new EncodingCache(dir.resolve("cache"));
    Encoding vae = new Encoding(2, 3, new float[] {1, 2, 3, -4, 5.5f, Float.MIN_VALUE}, new float[] {0, -1, -2, 3, 4, -5});
    Encoding ae = new Encoding(2, 3, new float[] {6, 5, 4, 3, 2, 1}, null);
    cache.put("k1", vae);
    cache.put("k2", ae);
    Encoding found = cache.find("k1", 2, 3);
    assertArrayEquals(vae.means(), found.means());
    assertArrayEquals(vae.logVariances(), found.logVariances());
    assertArrayEquals(ae.means(), cache.find("k2", 2, 3).means());
    assertNull(cache.find("k2", 2, 3).logVariances());
    assertNull(cache.find("k3", 2, 3), "no such entry");
    assertNull(cache.find("k1", 3, 2), "another size");
    assertNull(cache.find(null, 2, 3));
    Path entry = dir.resolve("cache/k1" + EncodingCache.SUFFIX);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 4));
    assertNull(cache.find("k1", 2, 3), "a truncated entry is not used");
    cache.put("k1", vae);
    assertArrayEquals(vae.means(), cache.find("k1", 2, 3).means(), "and is written again");
  }

  @Test
  void theKeyFollowsTheModelsParametersAndEveryPixel() throws Exception {
    ModelDescription model = ModelStore.readDescription(AppHome.models().resolve("fashion-vae-2d"));
    ModelDescription other = ModelStore.readDescription(AppHome.models().resolve("fashion-ae-2d"));
    String key = EncodingCache.key(model, images(0.75f));
    assertEquals(64, key.length());
    assertEquals(key, EncodingCache.key(model, images(0.75f)));
    assertNotEquals(key, EncodingCache.key(model, images(0.7500001f)), "one pixel changed");
    assertNotEquals(key, EncodingCache.key(other, images(0.75f)), "another model");
    ModelDescription unrecorded = model.withFiles(
        new org.latentexplorer.model.ParameterFile(model.parameters().file(), null, 0, 0), null);
    assertNull(EncodingCache.key(unrecorded, images(0.75f)), "no SHA-256 recorded, no cache");
  }

  @Test
  void theFolderKeepsTheEntriesUsedLastAndNothingElseIsTouched() throws Exception {
    EncodingCache cache = new EncodingCache(dir);
    Path mine = Files.writeString(dir.resolve("notes.txt"), "not the cache's");
    Encoding e = new Encoding(1, 1, new float[] {1}, null);
    List<Path> entries = new ArrayList<>();
    for (int i = 0; i < EncodingCache.KEEP; i++) {
      cache.put("e" + i, e);
      entries.add(dir.resolve("e" + i + EncodingCache.SUFFIX));
      Files.setLastModifiedTime(entries.get(i), FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    assertNotNull(cache.find("e0", 1, 1), "reading an entry marks it used");
    cache.put("new", e);
    assertTrue(Files.exists(entries.get(0)));
    assertFalse(Files.exists(entries.get(1)), "the entry used longest ago goes");
    assertTrue(Files.exists(entries.get(2)));
    assertTrue(Files.exists(mine));
    try (var files = Files.list(dir)) {
      assertEquals(EncodingCache.KEEP + 1, files.count());
    }
  }
}
