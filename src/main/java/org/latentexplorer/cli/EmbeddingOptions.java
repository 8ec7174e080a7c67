package org.latentexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.analysis.Analyzer;
import org.latentexplorer.latent.embedding.EmbeddingMethod;
import org.latentexplorer.latent.embedding.EmbeddingMethods;
import org.latentexplorer.latent.embedding.EmbeddingParameter;
import org.latentexplorer.latent.embedding.EmbeddingSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code analyze}'s options for every embedding method of {@link EmbeddingMethods#ALL}: {@code
 * --<method>-points} and one option a parameter, made from the methods' own descriptions.
 */
final class EmbeddingOptions {

  /** How many items a method embeds by default. */
  static final int POINTS = 10_000;

  private EmbeddingOptions() {}

  static String pointsOption(EmbeddingMethod m) {
    return "--" + m.id() + "-points";
  }

  /** Adds every method's options to a command. */
  static void addTo(CommandSpec spec) {
    for (EmbeddingMethod m : EmbeddingMethods.ALL) {
      spec.addOption(
          OptionSpec.builder(pointsOption(m))
              .paramLabel("N")
              .type(int.class)
              .defaultValue(Integer.toString(POINTS))
              .description("Items " + m.label() + " embeds, 0 to skip (default: ${DEFAULT-VALUE}).")
              .build());
      for (EmbeddingParameter p : m.parameters()) {
        spec.addOption(
            OptionSpec.builder(p.option())
                .paramLabel(label(p))
                .type(type(p))
                .defaultValue(p.defaultText())
                .description(p.help() + " (default: ${DEFAULT-VALUE}).")
                .build());
      }
    }
  }

  private static String label(EmbeddingParameter p) {
    return switch (p.kind()) {
      case WORD -> String.join("|", p.words());
      case AUTO -> "X|" + p.words().get(0);
      case DECIMAL -> "X";
      default -> "N";
    };
  }

  private static Class<?> type(EmbeddingParameter p) {
    return switch (p.kind()) {
      case WORD, AUTO -> String.class;
      case DECIMAL -> double.class;
      default -> long.class;
    };
  }

  /** The runs the options ask for, each option checked; a bad one ends the command with its message. */
  static List<Analyzer.Embedding> read(CommandSpec spec) {
    Checks checks = new Checks(spec);
    List<Analyzer.Embedding> runs = new ArrayList<>();
    for (EmbeddingMethod m : EmbeddingMethods.ALL) {
      int points = spec.findOption(pointsOption(m)).getValue();
      checks.atLeast(pointsOption(m), points, 0);
      EmbeddingSettings settings = EmbeddingSettings.defaults(m);
      for (EmbeddingParameter p : m.parameters()) {
        settings = settings.with(p.key(), value(spec, p));
      }
      for (EmbeddingParameter p : m.parameters()) {
        check(checks, p, settings);
      }
      runs.add(new Analyzer.Embedding(settings, points));
    }
    return runs;
  }

  private static double value(CommandSpec spec, EmbeddingParameter p) {
    Object v = spec.findOption(p.option()).getValue();
    return switch (p.kind()) {
      case WORD -> {
        int i = p.words().indexOf(((String) v).toLowerCase(Locale.ROOT));
        if (i < 0) {
          throw new ParameterException(
              spec.commandLine(),
              p.option() + " must be " + String.join(" or ", p.words()) + ", not '" + v + "'");
        }
        yield i;
      }
      case AUTO -> {
        String text = (String) v;
        if (text.equalsIgnoreCase(p.words().get(0))) {
          yield 0;
        }
        try {
          double x = Double.parseDouble(text);
          new Checks(spec).positive(p.option(), x);
          yield x;
        } catch (NumberFormatException e) {
          throw new ParameterException(
              spec.commandLine(),
              p.option() + " must be a positive number or " + p.words().get(0) + ", not '" + text + "'");
        }
      }
      case DECIMAL -> (double) v;
      default -> (long) v;
    };
  }

  private static void check(Checks checks, EmbeddingParameter p, EmbeddingSettings s) {
    EmbeddingParameter.Check c = p.check();
    if (p.kind() == EmbeddingParameter.Kind.WORD || p.kind() == EmbeddingParameter.Kind.AUTO) {
      return;
    }
    switch (c.bound()) {
      case WITHIN -> checks.within(
          p.option(), s.whole(p.key()), c.min(), c.maxKey() != null ? s.whole(c.maxKey()) : c.max());
      case AT_LEAST -> checks.atLeast(p.option(), s.whole(p.key()), c.min());
      case POSITIVE -> checks.positive(p.option(), s.get(p.key()));
      case NOT_NEGATIVE -> checks.notNegative(p.option(), s.get(p.key()));
      case NONE -> { }
    }
  }
}
