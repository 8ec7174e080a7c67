package org.latentexplorer.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks of option values, made before any data is read: a value out of range is a usage
 * error (exit code 2, with the usage), like an unknown option.
 */
final class Checks {

  private final CommandSpec spec;

  Checks(CommandSpec spec) {
    this.spec = spec;
  }

  Checks atLeast(String option, long value, long min) {
    if (value < min) {
      fail(option, value, "at least " + min);
    }
    return this;
  }

  Checks within(String option, long value, long min, long max) {
    if (value < min || value > max) {
      fail(option, value, min + " to " + max);
    }
    return this;
  }

  Checks positive(String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      fail(option, value, "a positive number");
    }
    return this;
  }

  Checks notNegative(String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      fail(option, value, "0 or more");
    }
    return this;
  }

  private void fail(String option, Object value, String wanted) {
    throw new ParameterException(
        spec.commandLine(),
        String.format(Locale.ROOT, "Invalid value for option '%s': %s; it must be %s", option, value, wanted));
  }
}
