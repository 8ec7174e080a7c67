package org.latentexplorer.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonTextTest {

  @Test
  void paragraphsItemsAndStyles() {
    List<LessonText.Paragraph> p = LessonText.parse("""
        The **KL term** pulls *each* code
        towards N(0, I): `beta` times it.

        - first item
        * second_item with 2 * 3 = 6
        after the list
        """);
    assertEquals(3, p.size());
    assertEquals(List.of(
        new LessonText.Run("The ", false, false, false),
        new LessonText.Run("KL term", true, false, false),
        new LessonText.Run(" pulls ", false, false, false),
        new LessonText.Run("each", false, true, false),
        new LessonText.Run(" code towards N(0, I): ", false, false, false),
        new LessonText.Run("beta", false, false, true),
        new LessonText.Run(" times it.", false, false, false)), p.get(0).runs());
    assertEquals(true, p.get(1).item());
    assertEquals("first item", p.get(1).plain());
    assertEquals("second_item with 2 * 3 = 6 after the list", p.get(2).plain(),
        "a star between spaces and an underscore inside a word are plain text");
    assertEquals(1, p.get(2).runs().size());
  }
}
