package org.latentexplorer.latent.directions;

import java.util.Locale;

/**
 * Latent arithmetic written as text: {@code #4129 - mean(Sneaker) + mean(Ankle boot)}, {@code b1 +
 * 2 * v1}, {@code (#3 + #17) / 2}. Terms are points or vectors of the latent space: {@code #N} the
 * code of item N, {@code mean(CLASS)} the mean code of a class (by name or number), and names the
 * context knows (bookmarks, attribute vectors); numbers scale them. Points and vectors add and
 * subtract; a number multiplies or divides them; a number is never added to a point. The classic
 * demonstration of a meaningful latent space (White, 2016, <i>Sampling Generative Networks</i>).
 */
public final class LatentExpression {

  /** Where the names of an expression come from. */
  public interface Context {
    int dims();

    /** The code of item {@code index}; throws {@link IllegalArgumentException} saying why not. */
    float[] item(int index);

    /** The mean code of a class by name or number; throws {@link IllegalArgumentException} saying why not. */
    float[] classMean(String name);

    /** A named point or vector, or null when the context has none of that name. */
    float[] named(String name);
  }

  /** An expression that cannot be read or evaluated: where in the text, and why. */
  public static final class Problem extends IllegalArgumentException {
    private final int position;

    Problem(int position, String message) {
      super(message);
      this.position = position;
    }

    /** The 1-based character where the problem is. */
    public int position() {
      return position;
    }

    @Override
    public String getMessage() {
      return "at character " + position + ": " + super.getMessage();
    }
  }

  private final String text;
  private final Context context;
  private int at;

  private LatentExpression(String text, Context context) {
    this.text = text;
    this.context = context;
  }

  /**
   * The latent point an expression gives.
   *
   * @throws Problem naming the character and what is wrong
   */
  public static float[] evaluate(String text, Context context) {
    LatentExpression e = new LatentExpression(text, context);
    Value v = e.sum();
    e.skipSpace();
    if (e.at < text.length()) {
      throw new Problem(e.at + 1, "unexpected '" + text.charAt(e.at) + "'");
    }
    if (v.point == null) {
      throw new Problem(1, "the expression is a number, not a point of the latent space");
    }
    float[] out = new float[v.point.length];
    for (int d = 0; d < out.length; d++) {
      out[d] = (float) v.point[d];
    }
    return out;
  }

  /** A number (point null) or a point of the latent space. */
  private record Value(double number, double[] point, int start) {}

  private Value sum() {
    Value left = product();
    while (true) {
      skipSpace();
      if (at >= text.length() || text.charAt(at) != '+' && text.charAt(at) != '-') {
        return left;
      }
      char op = text.charAt(at++);
      Value right = product();
      if (left.point == null || right.point == null) {
        if (left.point != null || right.point != null) {
          throw new Problem(right.start + 1, "a number cannot be added to or taken from a point; multiply a point by it instead");
        }
        left = new Value(op == '+' ? left.number + right.number : left.number - right.number, null, left.start);
      } else {
        double[] p = new double[left.point.length];
        for (int d = 0; d < p.length; d++) {
          p[d] = op == '+' ? left.point[d] + right.point[d] : left.point[d] - right.point[d];
        }
        left = new Value(0, p, left.start);
      }
    }
  }

  private Value product() {
    Value left = unary();
    while (true) {
      skipSpace();
      if (at >= text.length() || text.charAt(at) != '*' && text.charAt(at) != '/') {
        return left;
      }
      char op = text.charAt(at++);
      Value right = unary();
      if (left.point != null && right.point != null) {
        throw new Problem(right.start + 1, "two points cannot be multiplied or divided");
      }
      if (op == '/' && right.point != null) {
        throw new Problem(right.start + 1, "a number cannot be divided by a point");
      }
      if (op == '/' && right.number == 0) {
        throw new Problem(right.start + 1, "division by zero");
      }
      double factor = op == '*' ? (left.point == null ? left.number : right.number) : 1 / right.number;
      double[] point = left.point != null ? left.point : right.point;
      if (point == null) {
        left = new Value(op == '*' ? left.number * right.number : left.number / right.number, null, left.start);
      } else {
        double[] p = new double[point.length];
        for (int d = 0; d < p.length; d++) {
          p[d] = point[d] * factor;
        }
        left = new Value(0, p, left.start);
      }
    }
  }

  private Value unary() {
    skipSpace();
    if (at < text.length() && text.charAt(at) == '-') {
      int start = at++;
      Value v = unary();
      if (v.point == null) {
        return new Value(-v.number, null, start);
      }
      double[] p = new double[v.point.length];
      for (int d = 0; d < p.length; d++) {
        p[d] = -v.point[d];
      }
      return new Value(0, p, start);
    }
    return atom();
  }

  private Value atom() {
    skipSpace();
    int start = at;
    if (at >= text.length()) {
      throw new Problem(at + 1, text.isBlank() ? "the expression is empty" : "a term is missing at the end");
    }
    char c = text.charAt(at);
    if (c == '(') {
      at++;
      Value v = sum();
      skipSpace();
      if (at >= text.length() || text.charAt(at) != ')') {
        throw new Problem(at + 1, "')' expected to close the '(' at character " + (start + 1));
      }
      at++;
      return new Value(v.number, v.point, start);
    }
    if (c == '#') {
      at++;
      int digits = at;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (digits == at) {
        throw new Problem(start + 1, "'#' must be followed by an item's number, such as #42");
      }
      int index;
      try {
        index = Integer.parseInt(text.substring(digits, at));
      } catch (NumberFormatException e) {
        throw new Problem(start + 1, "item " + text.substring(digits, at) + " is too large");
      }
      return point(start, () -> context.item(index));
    }
    if (Character.isDigit(c) || c == '.') {
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.'
          || text.charAt(at) == 'e' || text.charAt(at) == 'E'
          || (text.charAt(at) == '-' || text.charAt(at) == '+') && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E'))) {
        at++;
      }
      String number = text.substring(start, at);
      try {
        double v = Double.parseDouble(number);
        if (!Double.isFinite(v)) {
          throw new NumberFormatException();
        }
        return new Value(v, null, start);
      } catch (NumberFormatException e) {
        throw new Problem(start + 1, "'" + number + "' is not a number");
      }
    }
    if (Character.isLetter(c) || c == '_') {
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      String name = text.substring(start, at);
      skipSpace();
      if (name.toLowerCase(Locale.ROOT).equals("mean") && at < text.length() && text.charAt(at) == '(') {
        int close = text.indexOf(')', at);
        if (close < 0) {
          throw new Problem(at + 1, "')' expected to close mean(");
        }
        String className = text.substring(at + 1, close).strip();
        at = close + 1;
        if (className.isEmpty()) {
          throw new Problem(start + 1, "mean() needs a class, such as mean(Sneaker)");
        }
        return point(start, () -> context.classMean(className));
      }
      float[] named = context.named(name);
      if (named == null) {
        throw new Problem(start + 1, "nothing is named '" + name + "' (use #N for an item, mean(CLASS) for a class's mean, or a bookmark's or vector's name)");
      }
      return point(start, () -> named);
    }
    throw new Problem(start + 1, "unexpected '" + c + "'");
  }

  private Value point(int start, java.util.function.Supplier<float[]> source) {
    float[] z;
    try {
      z = source.get();
    } catch (Problem e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new Problem(start + 1, e.getMessage());
    }
    if (z.length != context.dims()) {
      throw new Problem(start + 1, "it has " + z.length + " values; the latent space has " + context.dims());
    }
    double[] p = new double[z.length];
    for (int d = 0; d < p.length; d++) {
      p[d] = z[d];
    }
    return new Value(0, p, start);
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
