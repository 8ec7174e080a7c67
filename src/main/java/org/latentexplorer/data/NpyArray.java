package org.latentexplorer.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One array read from NumPy's {@code .npy} format ({@link NpyReader}): its shape, its element
 * type and its bytes, with the values handed out in C order (last index fastest) whatever order
 * the file kept them in.
 */
public final class NpyArray {

  /** The element types read: booleans, integers, floats, fixed-length strings. */
  public enum Kind {
    BOOL,
    INT,
    UINT,
    FLOAT,
    UNICODE,
    BYTES
  }

  private final Path file;
  private final String name;
  private final long[] shape;
  private final Kind kind;
  private final int itemSize;
  private final ByteBuffer data;
  private final boolean fortranOrder;

  NpyArray(Path file, String name, long[] shape, Kind kind, int itemSize, ByteOrder order, ByteBuffer data,
      boolean fortranOrder) {
    this.file = file;
    this.name = name;
    this.shape = shape.clone();
    this.kind = kind;
    this.itemSize = itemSize;
    this.data = data.slice().order(order);
    this.fortranOrder = fortranOrder;
  }

  /** A problem with this array, naming its file (and its name in an {@code .npz}). */
  public DatasetException problem(String text) {
    return new DatasetException(file, (name == null ? "" : "its array '" + name + "' ") + text);
  }

  public long[] shape() {
    return shape.clone();
  }

  public Kind kind() {
    return kind;
  }

  /** Bytes an element. */
  public int itemSize() {
    return itemSize;
  }

  /** The element type as NumPy writes it, such as "uint8" or "float32". */
  public String typeName() {
    return switch (kind) {
      case BOOL -> "bool";
      case INT -> "int" + itemSize * 8;
      case UINT -> "uint" + itemSize * 8;
      case FLOAT -> "float" + itemSize * 8;
      case UNICODE -> "str" + itemSize / 4;
      case BYTES -> "bytes" + itemSize;
    };
  }

  /** The shape as NumPy prints it, such as "(60000, 28, 28)". */
  public String shapeText() {
    return shapeText(shape);
  }

  static String shapeText(long[] shape) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return b.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /** How many elements. */
  public int count() {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    return (int) n;
  }

  /** Every element as a float, in C order (booleans as 0 and 1); not for strings. */
  public float[] toFloats() {
    float[] out = new float[count()];
    visit((i, element) -> out[i] = (float) number(element));
    return out;
  }

  /** Every element as a double, in C order (booleans as 0 and 1); not for strings. */
  public double[] toDoubles() {
    double[] out = new double[count()];
    visit((i, element) -> out[i] = number(element));
    return out;
  }

  /** Every element as a string, in C order (whole numbers without a decimal point). */
  public String[] toStrings() {
    String[] out = new String[count()];
    visit((i, element) -> out[i] = text(element));
    return out;
  }

  private double number(int element) {
    int at = element * itemSize;
    return switch (kind) {
      case BOOL -> data.get(at) != 0 ? 1 : 0;
      case INT -> switch (itemSize) {
        case 1 -> data.get(at);
        case 2 -> data.getShort(at);
        case 4 -> data.getInt(at);
        default -> data.getLong(at);
      };
      case UINT -> switch (itemSize) {
        case 1 -> data.get(at) & 0xff;
        case 2 -> data.getShort(at) & 0xffff;
        case 4 -> data.getInt(at) & 0xffffffffL;
        default -> unsigned(data.getLong(at));
      };
      case FLOAT -> itemSize == 4 ? data.getFloat(at) : data.getDouble(at);
      case UNICODE, BYTES -> throw new IllegalStateException(file + " holds strings");
    };
  }

  private static double unsigned(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
  }

  private String text(int element) {
    int at = element * itemSize;
    if (kind == Kind.UNICODE) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < itemSize / 4; k++) {
        int codePoint = data.getInt(at + 4 * k);
        if (codePoint == 0) {
          break;
        }
        b.appendCodePoint(codePoint);
      }
      return b.toString();
    }
    if (kind == Kind.BYTES) {
      byte[] bytes = new byte[itemSize];
      data.get(at, bytes);
      int end = 0;
      while (end < bytes.length && bytes[end] != 0) {
        end++;
      }
      return new String(Arrays.copyOf(bytes, end), StandardCharsets.ISO_8859_1);
    }
    double v = number(element);
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private interface Visitor {
    void at(int index, int element);
  }

  /** Visits the elements in C order with their place in the data (the same unless Fortran). */
  private void visit(Visitor visitor) {
    int n = count();
    if (!fortranOrder || shape.length < 2) {
      for (int i = 0; i < n; i++) {
        visitor.at(i, i);
      }
      return;
    }
    int d = shape.length;
    long[] stride = new long[d];
    stride[0] = 1;
    for (int k = 1; k < d; k++) {
      stride[k] = stride[k - 1] * shape[k - 1];
    }
    long[] index = new long[d];
    long offset = 0;
    for (int i = 0; i < n; i++) {
      visitor.at(i, (int) offset);
      for (int k = d - 1; k >= 0; k--) {
        index[k]++;
        offset += stride[k];
        if (index[k] < shape[k]) {
          break;
        }
        offset -= stride[k] * shape[k];
        index[k] = 0;
      }
    }
  }
}
