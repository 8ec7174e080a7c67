package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training's folder lock leaves no empty folder of its own behind, and nothing else is removed. */
class FolderLockTest {

  @TempDir Path dir;

  @Test
  void aFolderTheLockCreatedGoesWithItWhenNothingWasWritten() throws Exception {
    Path f = dir.resolve("models").resolve("run-vae");
    try (FolderLock lock = FolderLock.acquire(f, note -> {})) {
      assertTrue(Files.isDirectory(f));
    }
    assertFalse(Files.exists(f), "a run stopped before its first epoch leaves no empty folder");
    assertTrue(Files.isDirectory(dir.resolve("models")), "only the run's own folder goes");
  }

  @Test
  void aFolderThatHoldsTheRunsFilesOrExistedBeforeStays() throws Exception {
    Path written = dir.resolve("written");
    try (FolderLock lock = FolderLock.acquire(written, note -> {})) {
      Files.writeString(written.resolve("model.json"), "{}");
    }
    assertEquals(List.of(written.resolve("model.json")), list(written));

    Path existing = Files.createDirectories(dir.resolve("existing"));
    try (FolderLock lock = FolderLock.acquire(existing, note -> {})) {
      assertTrue(Files.isDirectory(existing));
    }
    assertTrue(Files.isDirectory(existing), "a folder the user had is never removed, even empty");
    assertEquals(List.of(), list(existing));
  }

  private static List<Path> list(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.toList();
    }
  }
}
