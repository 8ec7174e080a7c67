package org.latentexplorer.ui.common;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Spinners that accept typing: a number within the range is taken on Enter or when the field
 * loses focus; text that is no number, or a number outside the range, is refused, the field is
 * marked and says why (in the spinner's tooltip, which its editor shows: the editor's own is
 * bound to it), and the value stays as it was.
 */
public final class TypedSpinner {

  private TypedSpinner() {}

  /** An integer spinner from {@code min} to {@code max}. */
  public static Spinner<Integer> ofIntegers(int min, int max, int initial) {
    SpinnerValueFactory.IntegerSpinnerValueFactory f =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
    Spinner<Integer> spinner = new Spinner<>(f);
    f.setConverter(converter(spinner, min, max, v -> (int) v, true));
    return typed(spinner);
  }

  /** A decimal spinner from {@code min} to {@code max} in steps of {@code step}. */
  public static Spinner<Double> ofDecimals(double min, double max, double initial, double step) {
    SpinnerValueFactory.DoubleSpinnerValueFactory f =
        new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, initial, step);
    Spinner<Double> spinner = new Spinner<>(f);
    f.setConverter(converter(spinner, min, max, v -> v, false));
    return typed(spinner);
  }

  private static <T> Spinner<T> typed(Spinner<T> spinner) {
    spinner.setEditable(true);
    spinner.focusedProperty().addListener((o, was, focused) -> {
      if (!focused) {
        spinner.commitValue();
        if (!spinner.getEditor().getStyleClass().contains(Refusal.STYLE)) {
          spinner.cancelEdit();
        }
      }
    });
    return spinner;
  }

  private static <T extends Number> StringConverter<T> converter(
      Spinner<T> spinner, double min, double max, DoubleFunction<T> make, boolean whole) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        if (value == null) {
          return "";
        }
        return whole
            ? String.valueOf(value.intValue())
            : String.format(Locale.ROOT, "%s", stripZeros(value.doubleValue()));
      }

      @Override
      public T fromString(String text) {
        TextField editor = spinner.getEditor();
        double v;
        try {
          v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
          return refuse(editor, "'" + text.strip() + "' is not a number");
        }
        if (!(v >= min && v <= max) || (whole && v != Math.rint(v))) {
          return refuse(editor, text.strip() + " is refused: give " + (whole ? "a whole number " : "")
              + "from " + stripZeros(min) + " to " + stripZeros(max));
        }
        Refusal.clear(editor, spinner);
        return make.apply(v);
      }

      private T refuse(TextField editor, String why) {
        Refusal.show(editor, spinner, why);
        return spinner.getValue();
      }
    };
  }

  private static String stripZeros(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
