package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpritesGeneratorTest {

  private static double centreX(float[] image, int size) {
    double sum = 0;
    double weighted = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        sum += image[y * size + x];
        weighted += x * image[y * size + x];
      }
    }
    return weighted / sum;
  }

  private static double ink(float[] image) {
    double s = 0;
    for (float v : image) {
      s += v;
    }
    return s;
  }

  @Test
  void everyCombinationWithItsFactors() {
    ImageSet set = SpritesGenerator.generate(32, 2, 3, 4);

    assertEquals(3 * 2 * 3 * 4 * 4, set.size());
    FactorTable f = set.factors();
    assertEquals(SpritesGenerator.FACTORS, f.names());
    int last = set.size() - 1;
    assertEquals(2, f.value(last, 0));
    assertEquals(1, f.value(last, 1));
    assertEquals(2, f.value(last, 2));
    assertEquals(3, f.value(last, 3));
    assertEquals(3, f.value(last, 4));
    assertEquals(2, set.label(last));
  }

  @Test
  void factorsChangeTheImageTheWayTheyShould() {
    ImageSet set = SpritesGenerator.generate(32, 2, 1, 4);
    FactorTable f = set.factors();
    int left = -1;
    int right = -1;
    int small = -1;
    int big = -1;
    for (int i = 0; i < set.size(); i++) {
      if (f.value(i, 0) == 0 && f.value(i, 1) == 1 && f.value(i, 4) == 0) {
        if (f.value(i, 3) == 0) {
          left = i;
        } else if (f.value(i, 3) == 3) {
          right = i;
        }
      }
      if (f.value(i, 0) == 1 && f.value(i, 3) == 1 && f.value(i, 4) == 1) {
        if (f.value(i, 1) == 0) {
          small = i;
        } else {
          big = i;
        }
      }
    }
    assertTrue(centreX(set.image(right), 32) - centreX(set.image(left), 32) > 12);
    assertEquals(4.0, ink(set.image(big)) / ink(set.image(small)), 0.5);
  }

  private static double centreY(float[] image, int size) {
    double sum = 0;
    double weighted = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        sum += image[y * size + x];
        weighted += y * image[y * size + x];
      }
    }
    return weighted / sum;
  }

  @Test
  void aSeededSampleOfTheDspritesSpaceDrawsWhatItsFactorsSay() {
    ImageSet a = SpritesGenerator.sample(64, 500, 9);
    ImageSet b = SpritesGenerator.sample(64, 500, 9);
    assertEquals(500, a.size());
    assertTrue(java.util.Arrays.equals(a.pixels(), b.pixels()), "the same seed draws the same images");
    assertTrue(java.util.Arrays.equals(new int[] {3, 6, 40, 32, 32}, a.factors().levels()));
    FactorTable f = a.factors();
    for (int i = 0; i < a.size(); i++) {
      float[] image = a.image(i);
      // the centre of the ink is where the factors put the shape (shapes are symmetric about
      // their centre but the heart, whose ink centre lies within 3 pixels of it)
      double x = 64 * SpritesGenerator.level(f.value(i, 3), 32, 0.25, 0.75);
      double y = 64 * SpritesGenerator.level(f.value(i, 4), 32, 0.25, 0.75);
      double slack = f.value(i, 0) == 2 ? 3.5 : 0.6;
      assertEquals(x, centreX(image, 64) + 0.5, slack, "item " + i + " x");
      assertEquals(y, centreY(image, 64) + 0.5, slack, "item " + i + " y");
      assertEquals(f.value(i, 0), a.label(i));
    }
    // the ink grows with the square of the scale: compare squares of the smallest and largest scale
    ImageSet squares = SpritesGenerator.generate(64, 6, 1, 1);
    double small = ink(squares.image(0));
    double large = ink(squares.image(5));
    assertEquals(4.0, large / small, 0.15, "scale 1 against 0.5 draws four times the ink");
  }

  @Test
  void theSharedSampleIsOneCopyForEveryoneWhoAsksForTheSameImages() throws Exception {
    ImageSet shared = SpritesGenerator.shared(32, 300, 5);
    assertSame(shared, SpritesGenerator.shared(32, 300, 5), "the same request shares the kept set");
    assertTrue(java.util.Arrays.equals(SpritesGenerator.sample(32, 300, 5).pixels(), shared.pixels()),
        "and it holds what sample draws");
    assertNotSame(shared, SpritesGenerator.shared(32, 300, 6), "another seed draws its own");
    ImageSet a = DatasetCatalog.loadForExploring("sprites:400", DataOptions.defaults());
    ImageSet b = DatasetCatalog.loadForExploring("sprites:400", DataOptions.defaults());
    assertSame(a.pixels(), b.pixels(), "two panes showing the same sprites hold one copy of the pictures");
  }
}
