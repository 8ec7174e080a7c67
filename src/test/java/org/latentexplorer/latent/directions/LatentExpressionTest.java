package org.latentexplorer.latent.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatentExpressionTest {

  private static final float[][] ITEMS = {{1, 2}, {3, 4}, {5, 6}};
  private static final Map<String, float[]> CLASSES = Map.of("a", new float[] {1, 1}, "Ankle boot", new float[] {2, 0});
  private static final Map<String, float[]> NAMED = Map.of("b1", new float[] {0, 1}, "v1", new float[] {1, -1},
      "wrong", new float[] {1, 2, 3});

  private static final LatentExpression.Context CONTEXT = new LatentExpression.Context() {
    @Override
    public int dims() {
      return 2;
    }

    @Override
    public float[] item(int index) {
      if (index >= ITEMS.length) {
        throw new IllegalArgumentException("there is no item " + index + " (items 0 to 2)");
      }
      return ITEMS[index];
    }

    @Override
    public float[] classMean(String name) {
      float[] m = CLASSES.get(name);
      if (m == null) {
        throw new IllegalArgumentException("no class named " + name);
      }
      return m;
    }

    @Override
    public float[] named(String name) {
      return NAMED.get(name);
    }
  };

  private static float[] eval(String text) {
    return LatentExpression.evaluate(text, CONTEXT);
  }

  @Test
  void itemsClassMeansNamesAndNumbersCombineAsWritten() {
    assertArrayEquals(new float[] {2, 1}, eval("#0 - mean(a) + mean(Ankle boot)"));
    assertArrayEquals(new float[] {2, -1}, eval("b1 + 2 * v1"));
    assertArrayEquals(new float[] {3, 4}, eval("(#0 + #2) / 2"));
    assertArrayEquals(new float[] {-0.5f, 0.5f}, eval("-v1*0.5"));
    assertArrayEquals(new float[] {-2, 4}, eval("2*(b1 - v1)"));
    assertArrayEquals(new float[] {0, 10}, eval(" 1e1 * b1 "));
    assertArrayEquals(new float[] {3, 5}, eval("#1 + (3 - 2) * b1 * 1"));
    assertArrayEquals(new float[] {0, 1}, eval("b1 - v1 + v1"));
  }

  @Test
  void whatCannotBeReadOrComputedNamesTheCharacterAndWhy() {
    assertProblem("", "at character 1: the expression is empty");
    assertProblem("#7", "at character 1: there is no item 7 (items 0 to 2)");
    assertProblem("b1 + 1", "at character 6: a number cannot be added to or taken from a point; multiply a point by it instead");
    assertProblem("b1 * v1", "at character 6: two points cannot be multiplied or divided");
    assertProblem("2 / b1", "at character 5: a number cannot be divided by a point");
    assertProblem("mean(Sneaker) - b1", "at character 1: no class named Sneaker");
    assertProblem("x1 + b1", "at character 1: nothing is named 'x1' (use #N for an item, mean(CLASS) for a class's mean,"
        + " or a bookmark's or vector's name)");
    assertProblem("(b1 + v1", "at character 9: ')' expected to close the '(' at character 1");
    assertProblem("b1 / 0", "at character 6: division by zero");
    assertProblem("2 * 3", "at character 1: the expression is a number, not a point of the latent space");
    assertProblem("b1 v1", "at character 4: unexpected 'v'");
    assertProblem("# 3", "at character 1: '#' must be followed by an item's number, such as #42");
    assertProblem("b1 +", "at character 5: a term is missing at the end");
    assertProblem("mean() + b1", "at character 1: mean() needs a class, such as mean(Sneaker)");
    assertProblem("wrong", "at character 1: it has 3 values; the latent space has 2");
    assertProblem("1.2.3 * b1", "at character 1: '1.2.3' is not a number");
  }

  private static void assertProblem(String text, String message) {
    LatentExpression.Problem p = assertThrows(LatentExpression.Problem.class, () -> eval(text), text);
    assertEquals(message, p.getMessage(), text);
  }
}
