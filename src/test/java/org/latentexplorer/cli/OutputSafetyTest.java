package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.IdxFiles;
import org.latentexplorer.data.OutputFolder;
import org.latentexplorer.model.FolderLock;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.ReplacingTraining;

/**
 * Nothing a user owns is overwritten: {@code --out} folders that hold files are refused unless
 * {@code --force}, which replaces only the command's own files and keeps the old model until the
 * new one is complete; a folder being written is locked; outputs are checked before any data is
 * read.
 */
class OutputSafetyTest {

  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void tinyData() throws Exception {
    data = Files.createDirectories(dir.resolve("idx"));
    IdxFiles.pair(data, "train", 40, 8);
    IdxFiles.pair(data, "t10k", 20, 8);
  }

  private CliRun train(Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("train", "--data", data.toString(), "--out", out.toString(), "--hidden", "8",
                "--image-size", "8"));
    args.addAll(List.of(more));
    if (!args.contains("--epochs")) {
      args.addAll(List.of("--epochs", "1"));
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void isOneError(CliRun r, String... parts) {
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFolderThatHoldsFilesIsRefusedAndKeptAsItWas() throws Exception {
    Path d = Files.createDirectories(dir.resolve("d"));
    Files.writeString(d.resolve("model-best.params"), "x");
    Files.writeString(d.resolve("thesis.tex.partial"), "y");
    isOneError(train(d), d.toString(), "not empty", "--resume " + d, "--force");
    assertEquals(List.of("model-best.params", "thesis.tex.partial"), names(d));
    assertEquals("y", Files.readString(d.resolve("thesis.tex.partial")));
  }

  @Test
  void aTrainedModelIsNotReplacedWithoutForce() throws Exception {
    Path m = dir.resolve("m");
    assertEquals(0, train(m, "--epochs", "2").code());
    String before = Files.readString(m.resolve(ModelStore.DESCRIPTION));
    isOneError(train(m), m.toString(), "not empty");
    assertEquals(before, Files.readString(m.resolve(ModelStore.DESCRIPTION)));
  }

  @Test
  void forceReplacesOnlyTheModelAndKeepsOtherFiles() throws Exception {
    Path m = dir.resolve("m");
    assertEquals(0, train(m, "--epochs", "2").code());
    String oldParams = ModelStore.readDescription(m).parameters().file();
    Files.writeString(m.resolve("thesis.tex.partial"), "y");
    Files.writeString(m.resolve("notes.txt"), "mine");
    CliRun r = train(m, "--force", "--seed", "7");
    assertEquals(0, r.code(), r.err());
    ModelDescription now = ModelStore.verify(m);
    assertEquals(1, now.epochsDone());
    assertEquals(7, now.training().seed());
    assertEquals("y", Files.readString(m.resolve("thesis.tex.partial")));
    assertEquals("mine", Files.readString(m.resolve("notes.txt")));
    List<String> left = names(m);
    assertEquals(
        List.of("model.json", now.parameters().file(), "notes.txt", now.optimizerState(),
                "thesis.tex.partial").stream().sorted().toList(),
        left,
        "the old parameters " + oldParams + ", the staging folder and the lock are gone");
  }

  @Test
  void aStagingFolderLeftByAStoppedForceRunIsDiscarded() throws Exception {
    Path m = dir.resolve("m");
    assertEquals(0, train(m).code());
    Path staging = m.resolve(ReplacingTraining.STAGING);
    assertEquals(0, train(staging).code(), "a stopped --force run's checkpoint");
    CliRun r = train(m, "--force");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Discarding the unfinished model"), r.err());
    assertFalse(Files.exists(staging));
    ModelStore.verify(m);
  }

  @Test
  void aFolderLockedInThisProgramIsRefusedAtOnce() throws Exception {
    Path f = dir.resolve("f");
    try (FolderLock lock = FolderLock.acquire(f, note -> {})) {
      isOneError(train(f), f.toString(), "being written by another training");
      CliRun resume = CliRun.of("train", "--resume", f.toString());
      assertEquals(1, resume.code(), resume.err());
    }
    assertFalse(Files.exists(f.resolve(OutputFolder.LOCK_FILE)), "the lock is removed");
    assertEquals(0, train(f).code(), "free once the lock is closed");
  }

  @Test
  void aFolderLockedByAnotherLiveProcessIsRefused() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();
    try {
      Path f = Files.createDirectories(dir.resolve("f"));
      ProcessHandle h = sleeper.toHandle();
      Files.writeString(
          f.resolve(OutputFolder.LOCK_FILE),
          h.pid() + " " + h.info().startInstant().orElseThrow(), StandardCharsets.UTF_8);
      isOneError(train(f), f.toString(), "being written by process " + h.pid());
      assertTrue(Files.exists(f.resolve(OutputFolder.LOCK_FILE)), "another's lock is left alone");
    } finally {
      sleeper.destroyForcibly().waitFor();
    }
  }

  @Test
  void aStaleLockOfAnEndedProcessIsTakenOverWithANote() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path f = Files.createDirectories(dir.resolve("f"));
    Files.writeString(f.resolve(OutputFolder.LOCK_FILE), ended.pid() + " 2026-01-01T00:00:00Z");
    CliRun r = train(f);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Taking over the lock of " + f), r.err());
    assertFalse(Files.exists(f.resolve(OutputFolder.LOCK_FILE)));
  }

  @Test
  void anOutputThatCannotBeCreatedIsRefusedBeforeTheDataIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path out = file.resolve("m");
    CliRun r =
        CliRun.of("train", "--data", dir.resolve("no-such-data").toString(), "--out", out.toString());
    isOneError(r, out.toString(), "cannot be created", file + " is a file");
    CliRun proc = train(Path.of("/proc/latent-explorer-test"));
    isOneError(proc, "/proc/latent-explorer-test", "cannot be created");
  }

  @Test
  void theBundledFoldersAreNeverWritten() throws Exception {
    Path bundled = AppHome.models().resolve("new-model-from-a-test");
    isOneError(train(bundled), bundled.toString(), "bundled models folder");
    assertFalse(Files.exists(bundled));
    Path classifier = AppHome.models().resolve("digits-classifier");
    CliRun r =
        CliRun.of("train-classifier", "--data", data.toString(), "--out", classifier.toString(),
            "--force");
    isOneError(r, "bundled models folder");
  }

  @Test
  void trainClassifierRefusesAFolderThatHoldsFiles() throws Exception {
    Path c = Files.createDirectories(dir.resolve("c"));
    Files.writeString(c.resolve("keep.txt"), "mine");
    CliRun r =
        CliRun.of("train-classifier", "--data", data.toString(), "--out", c.toString(),
            "--epochs", "1", "--image-size", "8");
    isOneError(r, c.toString(), "not empty");
    CliRun forced =
        CliRun.of("train-classifier", "--data", data.toString(), "--out", c.toString(),
            "--epochs", "1", "--image-size", "8", "--force", "--features", "4");
    assertEquals(0, forced.code(), forced.err());
    assertEquals("mine", Files.readString(c.resolve("keep.txt")));
    CliRun again =
        CliRun.of("train-classifier", "--data", data.toString(), "--out", c.toString(),
            "--epochs", "1", "--image-size", "8", "--force", "--features", "4");
    assertEquals(0, again.code(), again.err());
    assertEquals(
        List.of("classifier-2.params", "classifier.json", "keep.txt"), names(c),
        "the new parameters beside the old until the description names them; then the old go");
  }

  @Test
  void encodeRefusesAnExistingFileUnlessForced() throws Exception {
    Path m = dir.resolve("m");
    assertEquals(0, train(m).code());
    Path csv = Files.writeString(dir.resolve("codes.csv"), "mine");
    CliRun r =
        CliRun.of("encode", "--model", m.toString(), "--data", data.toString(), "--out",
            csv.toString());
    isOneError(r, csv.toString(), "already exists", "--force");
    assertEquals("mine", Files.readString(csv));
    CliRun forced =
        CliRun.of("encode", "--model", m.toString(), "--data", data.toString(), "--out",
            csv.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    assertNotEquals("mine", Files.readString(csv));
  }
}
