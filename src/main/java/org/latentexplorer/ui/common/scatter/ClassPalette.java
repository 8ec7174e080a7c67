package org.latentexplorer.ui.common.scatter;

import javafx.scene.paint.Color;
import org.latentexplorer.analysis.plot.ClassColors;

/** The class colours of {@link ClassColors} as JavaFX colours. */
public final class ClassPalette {

  private ClassPalette() {}

  /** The RGB of a class (no alpha). */
  public static int rgb(int label) {
    return ClassColors.rgb(label);
  }

  public static Color color(int label) {
    int rgb = rgb(label);
    return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
  }
}
