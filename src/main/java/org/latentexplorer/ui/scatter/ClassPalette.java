package org.latentexplorer.ui.scatter;

import javafx.scene.paint.Color;

/** Distinct, colour-blind-aware class colours (Tableau 10), repeated with shifts past ten. */
public final class ClassPalette {

  private static final int[] TABLEAU = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f,
    0x79706e
  };

  private ClassPalette() {}

  /** The RGB of a class (no alpha); unlabelled points are grey. */
  public static int rgb(int label) {
    if (label < 0) {
      return 0x888888;
    }
    int base = TABLEAU[label % TABLEAU.length];
    int round = label / TABLEAU.length;
    if (round == 0) {
      return base;
    }
    Color c = Color.rgb(base >> 16 & 0xff, base >> 8 & 0xff, base & 0xff);
    Color shifted = c.deriveColor(37 * round, 1, round % 2 == 1 ? 0.75 : 1.1, 1);
    return ((int) Math.round(shifted.getRed() * 255) << 16)
        | ((int) Math.round(shifted.getGreen() * 255) << 8)
        | (int) Math.round(shifted.getBlue() * 255);
  }

  public static Color color(int label) {
    int rgb = rgb(label);
    return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
  }
}
