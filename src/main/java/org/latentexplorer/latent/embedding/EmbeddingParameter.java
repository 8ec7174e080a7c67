package org.latentexplorer.latent.embedding;

import java.util.List;

/**
 * One parameter of an {@link EmbeddingMethod}, as the window's controls and the command line offer
 * it. Values are numbers: a word parameter's value is the index of its word, an "auto" value is 0.
 *
 * @param key the parameter's name in settings and in the window's node ids ("perplexity")
 * @param label the window's label
 * @param option the command line's option ("--perplexity")
 * @param help what it does, for tooltips and the command line's help
 * @param kind how it is given
 * @param defaultValue its default
 * @param min the smallest value the window offers (and, for the command line, see {@code check})
 * @param max the largest value the window offers
 * @param step the window's step
 * @param check what the command line accepts: the bounds it is checked against
 * @param words a {@link Kind#WORD} parameter's words, or an {@link Kind#AUTO} parameter's word
 * @param inWindow whether the window offers it (some are the command line's only)
 */
public record EmbeddingParameter(
    String key, String label, String option, String help, Kind kind, double defaultValue,
    double min, double max, double step, Check check, List<String> words, boolean inWindow) {

  /** How a value is given. */
  public enum Kind {
    /** A whole number. */
    INTEGER,
    /** A number. */
    DECIMAL,
    /** A positive number, or the word {@code words.get(0)} (value 0) for the method's own choice. */
    AUTO,
    /** One of {@code words}. */
    WORD,
    /** A number of leading principal components, 0 for all dimensions. */
    COMPONENTS
  }

  /**
   * The command line's bounds: a whole number from {@code min} up to {@code max} (or to the value
   * of the parameter {@code maxKey}, or without bound), or a positive or non-negative number.
   */
  public record Check(Bound bound, long min, long max, String maxKey) {

    /** What kind of bound. */
    public enum Bound { WITHIN, AT_LEAST, POSITIVE, NOT_NEGATIVE, NONE }

    public static Check within(long min, long max) {
      return new Check(Bound.WITHIN, min, max, null);
    }

    /** From {@code min} up to the value of the parameter {@code maxKey}. */
    public static Check upTo(long min, String maxKey) {
      return new Check(Bound.WITHIN, min, Long.MAX_VALUE, maxKey);
    }

    public static Check atLeast(long min) {
      return new Check(Bound.AT_LEAST, min, Long.MAX_VALUE, null);
    }

    public static Check positive() {
      return new Check(Bound.POSITIVE, 0, 0, null);
    }

    public static Check notNegative() {
      return new Check(Bound.NOT_NEGATIVE, 0, 0, null);
    }

    public static Check none() {
      return new Check(Bound.NONE, 0, 0, null);
    }
  }

  /** The value's text as the command line's default shows it. */
  public String defaultText() {
    return switch (kind) {
      case WORD -> words.get((int) defaultValue);
      case AUTO -> defaultValue == 0 ? words.get(0) : number(defaultValue);
      default -> number(defaultValue);
    };
  }

  private String number(double v) {
    return kind == Kind.DECIMAL || kind == Kind.AUTO ? stripZero(v) : Long.toString((long) v);
  }

  private static String stripZero(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) + ".0" : Double.toString(v);
  }
}
