package org.latentexplorer.analysis.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.NpyReader;
import org.latentexplorer.data.OutputFolder.OutputException;
import org.latentexplorer.latent.directions.AttributeVector;

class VectorExportTest {

  @TempDir Path dir;

  /** Four items in 2-D: two of class "a" at (0, 0) and (0, 2), two of "b, c" at (4, 0) and (4, 2). */
  private static final float[] CODES = {0, 0, 0, 2, 4, 0, 4, 2};
  private static final ImageSet DATA = new ImageSet(
      "tiny", 1, 1, 1, new float[4], new int[] {0, 0, 1, 1}, List.of("a", "b, c"), null);

  private static List<AttributeVector> vectors() {
    AttributeVector across = AttributeVector.between("a", new int[] {0, 1}, "b, c", new int[] {2, 3}, CODES, 2);
    AttributeVector up = AttributeVector.between("low", new int[] {0, 2}, "high", new int[] {1, 3}, CODES, 2);
    return List.of(across, up);
  }

  @Test
  void writesTheVectorsTheirTableAndEveryItemsPositionAlongEach() throws Exception {
    Path npy = dir.resolve("found.npy");
    VectorExport.write(npy, vectors(), CODES, DATA);
    assertArrayEquals(new float[] {4, 0, 0, 2}, NpyReader.read(npy).toFloats(), "one row a vector");
    assertEquals(List.of("name,from,to,from_items,to_items,length",
        "\"a → b, c\",a,\"b, c\",2,2,4.00000", "low → high,low,high,2,2,2.00000"),
        Files.readAllLines(dir.resolve("found.csv")));
    assertEquals(List.of("index,label,class,v1,v2", "0,0,a,0.00000,0.00000", "1,0,a,0.00000,1.00000",
        "2,1,\"b, c\",1.00000,0.00000", "3,1,\"b, c\",1.00000,1.00000"),
        Files.readAllLines(dir.resolve("found-projections.csv")));
  }

  @Test
  void anEarlierExportIsReplacedButAnotherFileOfTheSameNameIsNot() throws Exception {
    Path npy = dir.resolve("found.npy");
    VectorExport.write(npy, vectors(), CODES, DATA);
    VectorExport.write(npy, vectors().subList(0, 1), CODES, DATA);
    assertEquals(2, Files.readAllLines(dir.resolve("found.csv")).size(), "the earlier export replaced");

    Path other = dir.resolve("notes.npy");
    Files.writeString(dir.resolve("notes.csv"), "the user's own");
    OutputException e = assertThrows(OutputException.class, () -> VectorExport.write(other, vectors(), CODES, DATA));
    assertTrue(e.getMessage().endsWith("notes.csv: is there already and was not written with notes.npy;"
        + " choose another name"), e.getMessage());
    assertEquals("the user's own", Files.readString(dir.resolve("notes.csv")));
    assertTrue(Files.notExists(other), "nothing written");
  }
}
