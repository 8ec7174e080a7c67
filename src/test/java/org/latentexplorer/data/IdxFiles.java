package org.latentexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files for tests. */
public final class IdxFiles {

  private IdxFiles() {}

  /** Image file bytes: magic, count, rows, cols, then pixel {@code i} of image {@code n} = f. */
  public static byte[] images(int magic, int count, int rows, int cols) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(count);
    out.writeInt(rows);
    out.writeInt(cols);
    for (int n = 0; n < count; n++) {
      for (int p = 0; p < rows * cols; p++) {
        out.writeByte(pixel(n, p));
      }
    }
    return bytes.toByteArray();
  }

  /** The pixel value written at image n, position p. */
  public static int pixel(int n, int p) {
    return (n * 7 + p * 13) % 256;
  }

  public static byte[] labels(int magic, int count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(count);
    for (int n = 0; n < count; n++) {
      out.writeByte(n % 10);
    }
    return bytes.toByteArray();
  }

  public static Path write(Path file, byte[] content, boolean gzip) throws IOException {
    try (OutputStream out =
        gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(content);
    }
    return file;
  }

  /** A valid pair of gzipped files, train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz. */
  public static Path[] pair(Path dir, String part, int count, int side) throws IOException {
    Path images =
        write(dir.resolve(part + "-images-idx3-ubyte.gz"), images(0x803, count, side, side), true);
    Path labels = write(dir.resolve(part + "-labels-idx1-ubyte.gz"), labels(0x801, count), true);
    return new Path[] {images, labels};
  }
}
