package org.latentexplorer.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening data files, gzipped or not, with errors that name the file. */
final class DataFiles {

  private DataFiles() {}

  /** Opens a file, decompressing it when it starts with the gzip signature. */
  static InputStream open(Path file) throws DatasetException {
    if (!Files.exists(file)) {
      throw new DatasetException(file, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DatasetException(file, "is a folder, not a file");
    }
    try {
      BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      boolean gzip = b0 == 0x1f && b1 == 0x8b;
      if (!gzip && file.getFileName().toString().endsWith(".gz")) {
        in.close();
        throw new DatasetException(file, "not a gzip file, although its name ends in .gz");
      }
      return gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    } catch (NoSuchFileException e) {
      throw new DatasetException(file, "file not found", e);
    } catch (ZipException e) {
      throw new DatasetException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads what is left of a file to its end: a file must hold exactly what its header says, and
   * a gzip stream is read to its end so that its checksum is checked.
   *
   * @param what what the file should have ended with, such as "10 images of 28x28"
   */
  static void expectEnd(InputStream in, Path file, String what) throws DatasetException {
    long extra = 0;
    byte[] scratch = new byte[1 << 16];
    try {
      for (int n = in.read(scratch); n >= 0; n = in.read(scratch)) {
        extra += n;
      }
    } catch (ZipException e) {
      throw new DatasetException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("Unexpected end of ZLIB input stream")) {
        throw new DatasetException(file, "truncated: the gzip stream ends before its checksum");
      }
      throw new DatasetException(file, "cannot be read (" + msg + ")", e);
    }
    if (extra > 0) {
      throw new DatasetException(
          file,
          "longer than its header says: " + extra + " more bytes after " + what
              + " (the header's counts must match the file exactly)");
    }
  }

  /** Reads exactly {@code buffer.length} bytes or says how many the file really had. */
  static void readFully(InputStream in, byte[] buffer, Path file, String what)
      throws DatasetException {
    int done = 0;
    try {
      while (done < buffer.length) {
        int n = in.read(buffer, done, buffer.length - done);
        if (n < 0) {
          throw new EOFException();
        }
        done += n;
      }
    } catch (EOFException e) {
      throw new DatasetException(
          file,
          "truncated: " + what + " needs " + buffer.length + " bytes but the file ends after "
              + done);
    } catch (ZipException e) {
      throw new DatasetException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("Unexpected end of ZLIB input stream")) {
        throw new DatasetException(
            file,
            "truncated: " + what + " needs " + buffer.length + " bytes but the file ends after "
                + done);
      }
      throw new DatasetException(file, "cannot be read (" + msg + ")", e);
    }
  }
}
