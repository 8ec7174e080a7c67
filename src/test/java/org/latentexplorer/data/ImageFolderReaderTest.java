package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {

  @TempDir Path dir;

  private static void png(Path file, int width, int height, int type, int rgb) throws Exception {
    BufferedImage image = new BufferedImage(width, height, type);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(image, file.toString().endsWith(".jpg") ? "jpg" : "png", file.toFile());
  }

  @Test
  void subFoldersBecomeClassesAndImagesAreResized() throws Exception {
    png(dir.resolve("smiling/a.png"), 40, 30, BufferedImage.TYPE_INT_RGB, 0xff0000);
    png(dir.resolve("smiling/b.jpg"), 100, 100, BufferedImage.TYPE_INT_RGB, 0x00ff00);
    png(dir.resolve("serious/c.png"), 16, 16, BufferedImage.TYPE_INT_RGB, 0x0000ff);
    Files.writeString(dir.resolve("serious/notes.txt"), "not an image");

    ImageSet set = ImageFolderReader.read(dir, "faces", 8, 0);

    assertEquals(3, set.size());
    assertEquals(3, set.channels());
    assertEquals(8, set.height());
    assertEquals(List.of("serious", "smiling"), set.classNames());
    assertArrayEquals(new int[] {0, 1, 1}, set.labels());
    float[] blue = set.image(0);
    assertEquals(0f, blue[0]);
    assertEquals(1f, blue[2 * 64]);
    float[] red = set.image(1);
    assertEquals(1f, red[0]);
    assertEquals(0f, red[64 + 5]);
  }

  @Test
  void areaAveragingOfAGreyImage() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        image.getRaster().setSample(x, y, 0, (x % 2 == 0) ? 255 : 51);
      }
    }
    ImageIO.write(image, "png", dir.resolve("g.png").toFile());

    ImageSet set = ImageFolderReader.read(dir, "g", 4, 0);

    assertEquals(1, set.channels());
    assertEquals(ImageSet.NO_LABEL, set.label(0));
    assertEquals(16, set.imageSize());
    for (float v : set.image(0)) {
      assertEquals((1f + 0.2f) / 2, v, 1e-6);
    }
  }

  @Test
  void emptyFolder() {
    DatasetException e =
        assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, "x", 8, 0));
    assertTrue(e.getMessage().endsWith("holds no PNG or JPEG images"), e.getMessage());
    assertEquals(dir, e.file());
  }

  @Test
  void unreadableImageIsNamed() throws Exception {
    png(dir.resolve("fine.png"), 8, 8, BufferedImage.TYPE_INT_RGB, 0x123456);
    Files.writeString(dir.resolve("broken.png"), "this is not a PNG");

    DatasetException e =
        assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, "x", 8, 0));

    assertEquals(dir.resolve("broken.png"), e.file());
    assertTrue(e.getMessage().contains("unreadable image"), e.getMessage());
  }

  @Test
  void mixedGreyAndColourIsRefused() throws Exception {
    png(dir.resolve("a.png"), 8, 8, BufferedImage.TYPE_BYTE_GRAY, 0x808080);
    png(dir.resolve("b.png"), 8, 8, BufferedImage.TYPE_INT_RGB, 0x123456);

    DatasetException e =
        assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, "x", 8, 0));

    assertEquals(dir.resolve("b.png"), e.file());
    assertTrue(
        e.getMessage().contains("colour (3 channels), but a.png is grey (1 channel)"),
        e.getMessage());
  }

  @Test
  void limitKeepsEveryClass() throws Exception {
    for (int i = 0; i < 4; i++) {
      png(dir.resolve("a/" + i + ".png"), 8, 8, BufferedImage.TYPE_BYTE_GRAY, 0);
      png(dir.resolve("b/" + i + ".png"), 8, 8, BufferedImage.TYPE_BYTE_GRAY, 0);
    }
    ImageSet set = ImageFolderReader.read(dir, "x", 8, 4);
    assertEquals(4, set.size());
    assertArrayEquals(new int[] {0, 0, 1, 1}, set.labels());
  }
}
