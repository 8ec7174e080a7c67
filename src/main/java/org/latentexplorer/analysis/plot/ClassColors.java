package org.latentexplorer.analysis.plot;

import java.awt.Color;

/** Distinct, colour-blind-aware class colours (Tableau 10), shifted in hue past ten classes. */
public final class ClassColors {

  private static final int[] TABLEAU = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f,
    0x79706e
  };

  private ClassColors() {}

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
    float[] hsb = Color.RGBtoHSB(base >> 16 & 0xff, base >> 8 & 0xff, base & 0xff, null);
    float hue = (hsb[0] + 0.1f * round) % 1f;
    float brightness = Math.min(1f, hsb[2] * (round % 2 == 1 ? 0.75f : 1.1f));
    return Color.HSBtoRGB(hue, hsb[1], brightness) & 0xffffff;
  }

  public static Color color(int label) {
    return new Color(rgb(label));
  }
}
