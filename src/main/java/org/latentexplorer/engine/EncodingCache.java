package org.latentexplorer.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.AtomicFiles;
import org.latentexplorer.model.ModelDescription;

/**
 * Encodings of whole data sets kept between runs, so that a model opens at once the second time
 * (a lesson stepping onto a convolutional model that takes half a minute to encode its data, a
 * session opened again). An entry is named by the SHA-256 of what the codes depend on: the
 * SHA-256 of the model's parameter file that model.json records (models without one are not
 * cached), and the data's name, shape and every pixel. Entries are written atomically in a folder
 * of their own; the folder keeps the {@value #KEEP} entries used last, and an entry that does not
 * read back whole is encoded again. Nothing here fails an open: a cache that cannot be read or
 * written is passed over.
 */
public final class EncodingCache {

  /** How many entries the folder keeps. */
  public static final int KEEP = 64;

  static final String SUFFIX = ".codes";
  private static final long MAGIC = 0x4c45434f44455331L; // "LECODES1"

  private final Path folder;

  /** @param folder where entries are kept (created when the first is written) */
  public EncodingCache(Path folder) {
    this.folder = folder;
  }

  /** The key of a model's encoding of a data set, or null when the model records no SHA-256. */
  public static String key(ModelDescription model, ImageSet data) {
    if (model.parameters() == null || model.parameters().sha256() == null || model.parameters().sha256().isBlank()) {
      return null;
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String head = model.parameters().sha256() + "\n" + data.name() + "\n" + data.size() + " "
        + data.channels() + " " + data.height() + " " + data.width() + "\n";
    digest.update(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ByteBuffer chunk = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    FloatBuffer floats = chunk.asFloatBuffer();
    float[] pixels = data.pixels();
    for (int i = 0; i < pixels.length; ) {
      int n = Math.min(floats.capacity(), pixels.length - i);
      floats.clear();
      floats.put(pixels, i, n);
      digest.update(chunk.array(), 0, n * Float.BYTES);
      i += n;
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The encoding kept under {@code key}, if there is one of this size; null otherwise. */
  public Encoding find(String key, int count, int latentSize) {
    if (key == null) {
      return null;
    }
    Path file = folder.resolve(key + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file);
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
      if (data.readLong() != MAGIC || data.readInt() != count || data.readInt() != latentSize) {
        return null;
      }
      boolean vae = data.readBoolean();
      long expected = 17L + (long) count * latentSize * Float.BYTES * (vae ? 2 : 1);
      if (Files.size(file) != expected) {
        return null;
      }
      float[] means = floats(data, count * latentSize);
      float[] logVariances = vae ? floats(data, count * latentSize) : null;
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
      return new Encoding(count, latentSize, means, logVariances);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    byte[] bytes = new byte[n * Float.BYTES];
    in.readFully(bytes);
    float[] out = new float[n];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  /** Keeps an encoding under {@code key}, and forgets the entries used longest ago beyond {@link #KEEP}. */
  public void put(String key, Encoding e) {
    if (key == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      AtomicFiles.write(folder.resolve(key + SUFFIX), out -> {
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        data.writeLong(MAGIC);
        data.writeInt(e.count());
        data.writeInt(e.latentSize());
        data.writeBoolean(e.logVariances() != null);
        data.write(bytes(e.means()));
        if (e.logVariances() != null) {
          data.write(bytes(e.logVariances()));
        }
        data.flush();
      });
      prune();
    } catch (IOException | RuntimeException ignored) {
      // a cache that cannot be written only means encoding again next time
    }
  }

  private static byte[] bytes(float[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return b.array();
  }

  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(folder)) {
      entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .sorted(Comparator.comparing(EncodingCache::lastUsed).reversed())
          .toList();
    }
    for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime lastUsed(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
