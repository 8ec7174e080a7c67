package org.latentexplorer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.latentexplorer.data.OutputFolder;

/**
 * The lock a model folder holds while a training writes it: a file {@value OutputFolder#LOCK_FILE}
 * in the folder with the writer's process id and start time. A second writer, in this process or
 * another, is refused at once; a lock left by a process that has ended is taken over with a note.
 * The lock is removed when closed, and when the program exits; so is the folder, when the lock
 * created it and nothing else was written there (a run stopped before its first epoch).
 */
public final class FolderLock implements AutoCloseable {

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final Path file;
  private final String owner;
  private final boolean createdHere;
  private final Thread onExit;
  private boolean closed;

  private FolderLock(Path folder, Path file, String owner, boolean createdHere) {
    this.folder = folder;
    this.file = file;
    this.owner = owner;
    this.createdHere = createdHere;
    this.onExit = new Thread(this::remove, "remove " + file);
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /**
   * Locks a model folder for writing, creating it when missing.
   *
   * @param notes hears a line when a stale lock is taken over
   * @throws ModelException when another writer holds the folder, or it cannot be written
   */
  public static FolderLock acquire(Path folder, Consumer<String> notes) throws ModelException {
    Path key = folder.toAbsolutePath().normalize();
    boolean created = !Files.isDirectory(key);
    try {
      Files.createDirectories(key);
    } catch (IOException e) {
      throw new ModelException(folder, "cannot be created (" + OutputFolder.reason(e) + ")");
    }
    if (!HELD.add(key)) {
      throw heldHere(folder);
    }
    Path file = key.resolve(OutputFolder.LOCK_FILE);
    String owner = describe(ProcessHandle.current());
    try {
      for (int attempt = 0; ; attempt++) {
        try {
          Files.writeString(file, owner, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
          return new FolderLock(key, file, owner, created);
        } catch (FileAlreadyExistsException e) {
          String holder = read(file);
          if (holder != null && isAlive(holder) || attempt >= 3) {
            throw heldBy(folder, holder);
          }
          notes.accept(
              "Taking over the lock of " + folder + ": process " + pid(holder)
                  + " that held it has ended.");
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      HELD.remove(key);
      throw new ModelException(folder, "cannot be locked (" + OutputFolder.reason(e) + ")");
    } catch (ModelException | RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  /** Refuses at once, with the same message as {@link #acquire}, a folder a live writer holds. */
  public static void refuseIfHeld(Path folder) throws ModelException {
    Path key = folder.toAbsolutePath().normalize();
    if (HELD.contains(key)) {
      throw heldHere(folder);
    }
    try {
      String holder = read(key.resolve(OutputFolder.LOCK_FILE));
      if (holder != null && isAlive(holder)) {
        throw heldBy(folder, holder);
      }
    } catch (IOException e) {
      // an unreadable lock is looked at again when the folder is locked
    }
  }

  /** The folder this lock holds. */
  public Path folder() {
    return folder;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    remove();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException exiting) {
      // the hook is running or about to; it removes nothing twice
    }
    HELD.remove(folder);
  }

  private void remove() {
    try {
      if (owner.equals(read(file))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a lock that cannot be removed is taken over later, with a note
    }
    if (createdHere) {
      try {
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // not empty: the run wrote its model there, which stays
      }
    }
  }

  private static ModelException heldHere(Path folder) {
    return new ModelException(
        folder, "is being written by another training in this program; write another folder");
  }

  private static ModelException heldBy(Path folder, String holder) {
    return new ModelException(
        folder,
        "is being written by process " + pid(holder) + " (another training); wait for it to end,"
            + " or write another folder");
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
  }

  private static String describe(ProcessHandle p) {
    return p.pid() + " " + p.info().startInstant().map(Object::toString).orElse("?");
  }

  private static String pid(String holder) {
    return holder == null || holder.isEmpty() ? "?" : holder.split(" ")[0];
  }

  /** Whether the process a lock names still runs (the same process, not a later one with its id). */
  private static boolean isAlive(String holder) {
    String[] parts = holder.split(" ");
    long pid;
    try {
      pid = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    return parts.length < 2 || parts[1].equals("?") || describe(p.get()).equals(holder);
  }
}
