package org.latentexplorer.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files a model or classifier description names, confined to its folder: a name must be a
 * plain file name (no folder part, no {@code ..}, not hidden), and a file that is a link must lead
 * to a file inside the same folder. TorchScript archives (zip files) are checked before the engine
 * reads them, so that a small file that unpacks to gigabytes is refused at once.
 */
public final class FolderFiles {

  /** The most a TorchScript archive may unpack to, in bytes (2 GiB). */
  public static final long MAX_UNPACKED_BYTES = 2L << 30;

  /** The most entries a TorchScript archive may hold. */
  public static final int MAX_ENTRIES = 10_000;

  /** The largest ratio of unpacked to packed size of an archive entry above 1 MiB. */
  public static final int MAX_RATIO = 100;

  private FolderFiles() {}

  /**
   * The file {@code name} inside {@code folder}.
   *
   * @param field the field of the description that names it, for the message
   * @param description the description file, for the message
   */
  public static Path resolve(Path folder, String name, String field, Path description)
      throws ModelException {
    if (name == null || name.isBlank()) {
      throw new ModelException(description, "\"" + field + "\" is missing");
    }
    if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.indexOf('\0') >= 0
        || name.contains(":")) {
      throw new ModelException(
          description,
          "\"" + field + "\" names '" + name + "'; it must be a plain file name inside the folder");
    }
    Path file = folder.resolve(name);
    if (Files.isSymbolicLink(file)) {
      try {
        Path target = file.toRealPath();
        if (!target.getParent().equals(folder.toRealPath())) {
          throw new ModelException(
              file, "is a link to " + target + ", outside its folder; copy the file in instead");
        }
      } catch (IOException e) {
        throw new ModelException(file, "is a link that leads nowhere (" + e.getMessage() + ")");
      }
    }
    return file;
  }

  /**
   * Refuses a TorchScript archive that would unpack to more than {@link #MAX_UNPACKED_BYTES},
   * holds more than {@link #MAX_ENTRIES} entries, or has an entry compressed more than {@link
   * #MAX_RATIO} times; reads only the archive's directory.
   */
  public static void checkArchive(Path file) throws ModelException {
    long total = 0;
    int entries = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        entries++;
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (size < 0) {
          throw new ModelException(file, "an entry of the archive does not say its size");
        }
        total += size;
        if (entries > MAX_ENTRIES) {
          throw new ModelException(
              file, "holds more than " + MAX_ENTRIES + " entries; not a model this program opens");
        }
        if (total > MAX_UNPACKED_BYTES) {
          throw new ModelException(
              file,
              "would unpack to more than " + MAX_UNPACKED_BYTES / (1 << 30)
                  + " GiB; not a model this program opens");
        }
        if (size > (1 << 20) && packed > 0 && size / packed > MAX_RATIO) {
          throw new ModelException(
              file,
              String.format(
                  Locale.ROOT,
                  "entry %s is compressed %d times (%,d bytes from %,d); refused as a possible"
                      + " zip bomb",
                  e.getName(), size / packed, size, packed));
        }
      }
    } catch (IOException e) {
      throw new ModelException(
          file,
          "is not a TorchScript module (not a zip archive: " + e.getMessage() + "); save it with"
              + " torch.jit.script(module).save(...) or torch.jit.trace");
    }
  }
}
