package org.latentexplorer.analysis.evaluate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.latentexplorer.model.AtomicFiles;

/**
 * Writes float32 arrays as NumPy {@code .npy} files (format version 1.0: magic, a header dict
 * padded to a multiple of 64 bytes, then the values little-endian in C order), so that
 * {@code numpy.load} reads them as they are.
 */
public final class NpyWriter {

  private NpyWriter() {}

  /** Writes {@code values} with the given shape, atomically. */
  public static void write(Path file, float[] values, int... shape) throws IOException {
    long size = 1;
    for (int s : shape) {
      size *= s;
    }
    if (size != values.length) {
      throw new IllegalArgumentException(
          values.length + " values do not fill the shape " + Arrays.toString(shape));
    }
    byte[] header = header(shape);
    AtomicFiles.write(
        file,
        raw -> {
          OutputStream out = new BufferedOutputStream(raw, 1 << 16);
          out.write(header);
          ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
          for (float v : values) {
            if (buffer.remaining() < 4) {
              out.write(buffer.array(), 0, buffer.position());
              buffer.clear();
            }
            buffer.putFloat(v);
          }
          out.write(buffer.array(), 0, buffer.position());
          out.flush();
        });
  }

  /** The magic, the version, the header's length and the header, padded with spaces. */
  static byte[] header(int... shape) {
    String dims =
        Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    if (shape.length == 1) {
      dims += ",";
    }
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    int unpadded = 10 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String text = dict + " ".repeat(padding) + "\n";
    byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(10 + textBytes.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    b.putShort((short) textBytes.length);
    b.put(textBytes);
    return b.array();
  }
}
