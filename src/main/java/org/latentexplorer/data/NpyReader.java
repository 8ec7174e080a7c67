package org.latentexplorer.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads NumPy's {@code .npy} files (format versions 1.0, 2.0 and 3.0 as {@code numpy.lib.format}
 * defines them) and {@code .npz} archives of them (stored or deflated), strictly: a wrong magic
 * string, a header that is not the dictionary NumPy writes, an element type other than booleans,
 * integers, float32/float64 and fixed-length strings (object arrays are refused, never
 * unpickled), or data shorter or longer than the header says, each give one message naming the
 * file (and the array in an archive).
 */
public final class NpyReader {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  private static final Pattern TYPE = Pattern.compile("([<>|=])([bBuifUSO])(\\d*)");

  private NpyReader() {}

  /** One {@code .npy} file. */
  public static NpyArray read(Path file) throws DatasetException {
    try {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 16) {
        throw new DatasetException(file, "is " + size / (1 << 20) + " MB; arrays over 2 GB are not read");
      }
      return parse(Files.readAllBytes(file), file, null);
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** The names of an {@code .npz} archive's arrays (its entries' names without ".npy"). */
  public static List<String> archiveNames(Path file) throws DatasetException {
    try (ZipFile zip = open(file)) {
      List<String> names = new ArrayList<>(arrayEntries(zip).keySet());
      if (names.isEmpty()) {
        throw new DatasetException(file, "holds no .npy arrays");
      }
      return names;
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The named arrays of an {@code .npz} archive; the others are not parsed (dSprites' archive
   * holds a pickled {@code metadata} entry beside its arrays).
   */
  public static Map<String, NpyArray> readArchive(Path file, List<String> names)
      throws DatasetException {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = open(file)) {
      Map<String, ZipEntry> entries = arrayEntries(zip);
      for (String name : names) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
          throw new DatasetException(file, "has no array '" + name + "'");
        }
        if (entry.getSize() > Integer.MAX_VALUE - 16) {
          throw new DatasetException(file, "holds '" + name + "' of "
              + entry.getSize() / (1 << 20) + " MB; arrays over 2 GB are not read");
        }
        try (InputStream in = zip.getInputStream(entry)) {
          arrays.put(name, parse(in.readAllBytes(), file, name));
        }
      }
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
    }
    return arrays;
  }

  private static ZipFile open(Path file) throws DatasetException, IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new DatasetException(file, "is not an .npz archive (a zip file of .npy arrays): " + e.getMessage(), e);
    }
  }

  private static Map<String, ZipEntry> arrayEntries(ZipFile zip) {
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      if (!entry.isDirectory() && entry.getName().endsWith(".npy")) {
        entries.put(entry.getName().substring(0, entry.getName().length() - 4), entry);
      }
    }
    return entries;
  }

  /** Parses one array; {@code name} is its name in an archive, or null. */
  static NpyArray parse(byte[] bytes, Path file, String name) throws DatasetException {
    String part = part(name);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    Header h = header(in, file, part);
    int dataStart = bytes.length - in.available();
    long expected = h.count() * h.itemSize;
    long available = in.available();
    if (h.count() > Integer.MAX_VALUE) {
      throw new DatasetException(file, part + "has " + h.count() + " elements " + h.shapeText()
          + "; more than 2^31 are not read whole");
    }
    if (available < expected) {
      throw truncated(file, part, h, expected, available);
    }
    if (available > expected) {
      throw new DatasetException(file, part + "has " + (available - expected) + " bytes more than"
          + " its header says (" + h.shapeText() + " of " + h.descr + ", " + expected + " bytes)");
    }
    return new NpyArray(file, name, h.shape, h.kind, h.itemSize, h.order,
        ByteBuffer.wrap(bytes, dataStart, (int) expected), h.fortran);
  }

  /** Rows read from a stream: the array of the rows kept, their indices, and how many there were. */
  public record Rows(NpyArray array, int[] kept, long total) {}

  /** Which rows to keep, given how many there are and the elements of a row; null for all. */
  public interface RowChoice {
    int[] rows(int rows, long rowElements);
  }

  /**
   * An array read row by row ({@link #readRows}) from an {@code .npy} file or from an array of an
   * {@code .npz} archive ({@code name} non-null); null when it is in Fortran order and small
   * enough to read whole instead.
   */
  public static Rows readRows(Path file, String name, RowChoice choose) throws DatasetException {
    if (name == null) {
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        return readRows(in, file, null, choose);
      } catch (IOException e) {
        throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
      }
    }
    try (ZipFile zip = open(file)) {
      ZipEntry entry = arrayEntries(zip).get(name);
      if (entry == null) {
        throw new DatasetException(file, "has no array '" + name + "'");
      }
      try (InputStream in = new java.io.BufferedInputStream(zip.getInputStream(entry), 1 << 16)) {
        return readRows(in, file, name, choose);
      }
    } catch (IOException e) {
      throw new DatasetException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an array in C order row by row from a stream, keeping the rows {@code choose} names
   * (ascending indices, given the number of rows; null keeps all) and skipping the others, so an
   * array larger than memory can be sampled.
   */
  static Rows readRows(InputStream in, Path file, String name, RowChoice choose)
      throws DatasetException {
    String part = part(name);
    try {
      Header h = header(in, file, part);
      if (h.shape.length == 0 || h.shape[0] > Integer.MAX_VALUE) {
        throw new DatasetException(file, part + "has the shape " + h.shapeText()
            + "; it cannot be read row by row");
      }
      if (h.fortran && h.shape.length > 1) {
        if (h.count() * h.itemSize <= Integer.MAX_VALUE - 16) {
          return null;
        }
        throw new DatasetException(file, part + "is in Fortran order and too large to read whole;"
            + " save it in C order (np.ascontiguousarray)");
      }
      int rows = (int) h.shape[0];
      long rowElements = rows == 0 ? 0 : h.count() / rows;
      long rowBytes = rowElements * h.itemSize;
      int[] kept = choose.rows(rows, rowElements);
      if (kept == null) {
        kept = java.util.stream.IntStream.range(0, rows).toArray();
      }
      if (kept.length * rowBytes > Integer.MAX_VALUE - 16) {
        throw new DatasetException(file, part + "would take " + (kept.length * rowBytes >> 20)
            + " MB for " + kept.length + " rows; ask for fewer (--limit)");
      }
      byte[] data = new byte[(int) (kept.length * rowBytes)];
      int next = 0;
      for (int r = 0; r < rows; r++) {
        boolean keep = next < kept.length && kept[next] == r;
        int got = keep
            ? in.readNBytes(data, (int) (next * rowBytes), (int) rowBytes)
            : (int) skip(in, rowBytes);
        if (got < rowBytes) {
          throw truncated(file, part, h, h.count() * h.itemSize, r * rowBytes + got);
        }
        if (keep) {
          next++;
        }
      }
      long[] shape = h.shape.clone();
      shape[0] = kept.length;
      return new Rows(new NpyArray(file, name, shape, h.kind, h.itemSize, h.order,
          ByteBuffer.wrap(data), false), kept, rows);
    } catch (IOException e) {
      throw new DatasetException(file, part + "cannot be read: " + e.getMessage(), e);
    }
  }

  private static long skip(InputStream in, long n) throws IOException {
    long skipped = 0;
    byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
    while (skipped < n) {
      int got = in.read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (got < 0) {
        break;
      }
      skipped += got;
    }
    return skipped;
  }

  private static String part(String name) {
    return name == null ? "" : "its array '" + name + "' ";
  }

  private static DatasetException truncated(
      Path file, String part, Header h, long expected, long available) {
    return new DatasetException(file, part + "is truncated: its header says " + h.shapeText()
        + " of " + h.descr + " (" + expected + " bytes) but " + available + " bytes follow");
  }

  /** The magic string, the version, the header's length and the header, from the stream. */
  private static Header header(InputStream in, Path file, String part)
      throws DatasetException {
    try {
      byte[] lead = in.readNBytes(8);
      if (lead.length < 8 || !startsWithMagic(lead)) {
        throw new DatasetException(file, part + "is not a NumPy .npy array (it does not start with"
            + " \\x93NUMPY)");
      }
      int major = lead[6] & 0xff;
      if (major < 1 || major > 3) {
        throw new DatasetException(file, part + "has .npy format version " + major + "."
            + (lead[7] & 0xff) + "; versions 1.0 to 3.0 are read");
      }
      byte[] length = in.readNBytes(major == 1 ? 2 : 4);
      if (length.length < (major == 1 ? 2 : 4)) {
        throw new DatasetException(file, part + "ends inside its header");
      }
      ByteBuffer b = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN);
      long headerLength = major == 1 ? b.getShort(0) & 0xffff : b.getInt(0) & 0xffffffffL;
      if (headerLength > 1 << 20) {
        throw new DatasetException(file, part + "declares a header of " + headerLength + " bytes");
      }
      byte[] text = in.readNBytes((int) headerLength);
      if (text.length < headerLength) {
        throw new DatasetException(file, part + "ends inside its header");
      }
      Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
      return header(new String(text, charset).trim(), file, part);
    } catch (IOException e) {
      throw new DatasetException(file, part + "cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean startsWithMagic(byte[] bytes) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private record Header(String descr, long[] shape, boolean fortran, NpyArray.Kind kind,
      int itemSize, ByteOrder order) {
    long count() {
      long n = 1;
      for (long s : shape) {
        n *= s;
      }
      return n;
    }

    String shapeText() {
      return NpyArray.shapeText(shape);
    }
  }

  private static Header header(String header, Path file, String part) throws DatasetException {
    if (!header.startsWith("{") || !header.endsWith("}")) {
      throw new DatasetException(file, part + "has a header that is not a dictionary: " + header);
    }
    if (header.contains("'descr': [") || header.contains("'descr':[")) {
      throw new DatasetException(file, part + "holds a structured array (fields); save each field"
          + " as an array of its own");
    }
    Matcher descr = DESCR.matcher(header);
    Matcher fortran = FORTRAN.matcher(header);
    Matcher shape = SHAPE.matcher(header);
    if (!descr.find() || !fortran.find() || !shape.find()) {
      throw new DatasetException(file, part + "has a header without 'descr', 'fortran_order' and"
          + " 'shape': " + header);
    }
    String type = descr.group(1);
    Matcher t = TYPE.matcher(type);
    if (!t.matches()) {
      throw new DatasetException(file, part + "has the element type '" + type + "', which is not"
          + " read (booleans, integers, float32, float64 and strings are)");
    }
    char code = t.group(2).charAt(0);
    int size = t.group(3).isEmpty() ? 0 : Integer.parseInt(t.group(3));
    NpyArray.Kind kind = kind(code, size, type, file, part);
    int itemSize = kind == NpyArray.Kind.UNICODE ? 4 * size : size;
    ByteOrder order = t.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    return new Header(type, dimensions(shape.group(1), file, part, header),
        fortran.group(1).equals("True"), kind, itemSize, order);
  }

  private static NpyArray.Kind kind(char code, int size, String type, Path file, String part)
      throws DatasetException {
    NpyArray.Kind kind = switch (code) {
      case 'b' -> size == 1 ? NpyArray.Kind.BOOL : null;
      case 'i' -> size == 1 || size == 2 || size == 4 || size == 8 ? NpyArray.Kind.INT : null;
      case 'u', 'B' -> size == 1 || size == 2 || size == 4 || size == 8 ? NpyArray.Kind.UINT : null;
      case 'f' -> size == 4 || size == 8 ? NpyArray.Kind.FLOAT : null;
      case 'U' -> size > 0 ? NpyArray.Kind.UNICODE : null;
      case 'S' -> size > 0 ? NpyArray.Kind.BYTES : null;
      default -> null;
    };
    if (code == 'O') {
      throw new DatasetException(file, part + "holds Python objects (dtype object); they are never"
          + " unpickled: save numbers or strings instead");
    }
    if (kind == null) {
      throw new DatasetException(file, part + "has the element type '" + type + "', which is not"
          + " read (bool, int8-64, uint8-64, float32, float64 and fixed-length strings are)"
          + (code == 'f' && size == 2 ? "; convert float16 with astype('float32')" : ""));
    }
    return kind;
  }

  private static long[] dimensions(String text, Path file, String part, String header)
      throws DatasetException {
    List<Long> dims = new ArrayList<>();
    for (String piece : text.split(",")) {
      String p = piece.trim().toUpperCase(Locale.ROOT).replace("L", "");
      if (p.isEmpty()) {
        continue;
      }
      try {
        long d = Long.parseLong(p);
        if (d < 0) {
          throw new NumberFormatException();
        }
        dims.add(d);
      } catch (NumberFormatException e) {
        throw new DatasetException(file, part + "has a shape that is not a tuple of sizes: " + header);
      }
    }
    return dims.stream().mapToLong(Long::longValue).toArray();
  }
}
