package org.latentexplorer.data.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;

/** Codes written by NumPy ({@code make_codes_fixtures.py}): each is i / 8 - 1 at C-order position i. */
class CodesReaderTest {

  private static final int[] NAMED = {1, 2, 1, 0, 2, 1};
  private static final List<String> NAMES = List.of("bird", "cat", "dog");

  static Path fixture(String name) throws Exception {
    return Path.of(CodesReaderTest.class.getResource("/data/codes/" + name).toURI());
  }

  private static float[] ramp() {
    float[] v = new float[18];
    for (int i = 0; i < v.length; i++) {
      v[i] = i / 8f - 1;
    }
    return v;
  }

  @ParameterizedTest
  @ValueSource(strings = {"codes-f4.npy", "codes-f8-fortran-big.npy", "codes.npz", "only-array.npz"})
  void readsEveryLayoutAndTypeToTheSameCodes(String file) throws Exception {
    CodeSet c = CodesReader.read(fixture(file), null, null);
    assertEquals(6, c.count());
    assertEquals(3, c.dims());
    assertArrayEquals(ramp(), c.codes());
    assertEquals(file, c.name());
  }

  @Test
  void integersAreCodesToo() throws Exception {
    CodeSet c = CodesReader.read(fixture("codes-i2.npy"), null, null);
    assertEquals(-9f, c.codes()[0]);
    assertEquals(8f, c.codes()[17]);
  }

  @Test
  void anArchiveBringsItsOwnClasses() throws Exception {
    CodeSet c = CodesReader.read(fixture("codes.npz"), null, null);
    assertEquals(NAMES, c.classNames());
    assertArrayEquals(NAMED, c.labels());
  }

  @Test
  void withoutClassesEveryItemHasNone() throws Exception {
    CodeSet c = CodesReader.read(fixture("codes-f4.npy"), null, null);
    assertEquals(List.of(), c.classNames());
    for (int label : c.labels()) {
      assertEquals(ImageSet.NO_LABEL, label);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "labels-str.npy, bird|cat|dog, 1|2|1|0|2|1",
    "labels-int.npy, 0|1|2, 2|0|2|1|0|2",
    "metadata-one.tsv, bird|cat|dog, 1|2|1|0|2|1",
    "metadata-many.tsv, bird|cat|dog, 1|2|1|0|2|1"
  })
  void classesFromAFileOfTheirOwn(String file, String names, String labels) throws Exception {
    CodeSet c = CodesReader.read(fixture("codes-f4.npy"), fixture(file), null);
    assertEquals(List.of(names.split("\\|")), c.classNames());
    int[] expected = java.util.Arrays.stream(labels.split("\\|")).mapToInt(Integer::parseInt).toArray();
    assertArrayEquals(expected, c.labels());
  }

  @Test
  void theProjectorsVectorsAndEncodesCsv() throws Exception {
    for (String file : List.of("vectors.tsv", "encoded.csv")) {
      CodeSet c = CodesReader.read(fixture(file), null, null);
      assertEquals(3, c.dims(), file);
      assertArrayEquals(ramp(), c.codes(), 1e-4f, file);
    }
    CodeSet encoded = CodesReader.read(fixture("encoded.csv"), null, null);
    assertEquals(List.of("dog", "bird", "cat"), encoded.classNames(),
        "the label column numbers the classes, the class column names them");
    assertArrayEquals(new int[] {2, 0, 2, 1, 0, 2}, encoded.labels());
  }

  @Test
  void anArchiveArrayByName() throws Exception {
    assertArrayEquals(ramp(), CodesReader.read(fixture("two-arrays.npz"), null, "b").codes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "one-dimensional.npy; ; has the shape (6,); codes must be N x D, one row an item (for one dimension, save x.reshape(-1, 1))",
        "bool.npy; ; holds bool values; codes must be numbers",
        "nan.npy; ; holds NaN at row 4, column 1; codes must be finite numbers",
        "two-arrays.npz; ; has no codes array (looked for codes, z, embeddings, latents, mu, means; it holds a, b); name the array to read",
        "ragged.csv; ; line 3 has 2 fields, line 1 has 3; every row must have the same columns",
        "codes-f4.npy; labels-five.npy; labels must be one value an item (6,)",
        "codes-f4.npy; ragged.csv; names the classes of 3 items, but there are 6 codes",
      })
  void badInputNamesTheFileAndTheProblem(String file, String labels, String problem)
      throws Exception {
    DatasetException e =
        assertThrows(
            DatasetException.class,
            () -> CodesReader.read(fixture(file), labels == null ? null : fixture(labels), null));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    String named = labels != null && !problem.startsWith("line") ? labels : file;
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }

  @Test
  void aMissingFileOrAFolderIsNamed() throws Exception {
    Path missing = fixture("codes-f4.npy").resolveSibling("missing.npy");
    DatasetException e = assertThrows(DatasetException.class, () -> CodesReader.read(missing, null, null));
    assertEquals(missing + ": no such file", e.getMessage());
    Path folder = fixture("codes-f4.npy").getParent();
    e = assertThrows(DatasetException.class,
        () -> CodesReader.read(fixture("codes-f4.npy"), folder, null));
    assertEquals(folder + ": is a folder, not a labels file", e.getMessage());
  }

  @Test
  void anArrayNameThatIsNotThere() throws Exception {
    DatasetException e =
        assertThrows(DatasetException.class, () -> CodesReader.read(fixture("codes.npz"), null, "w"));
    assertTrue(e.getMessage().contains("has no array 'w' (it holds z, labels)"), e.getMessage());
    e = assertThrows(DatasetException.class, () -> CodesReader.read(fixture("codes-f4.npy"), null, "z"));
    assertTrue(e.getMessage().contains("an array name is for archives only"), e.getMessage());
  }
}
