package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrays, labels and layout chosen for NumPy data, as options and in a data set's name. */
class NumpyChoicesTest {

  private static Path fixture(String name) throws Exception {
    return Path.of(NumpyChoicesTest.class.getResource("/data/npy/" + name).toURI());
  }

  private static NumpyChoices arrays(String images, String labels, String factors) {
    return new NumpyChoices(null, images, labels, factors, null);
  }

  @Test
  void arraysChosenByName() throws Exception {
    ImageSet set =
        NumpyDataset.read(fixture("named.npz"), "named", arrays("pics", "cls", "f"));
    assertEquals(20, set.size(), "the chosen array, not the one called images");
    assertEquals(4, set.height());
    assertEquals(7 * 17 % 256 / 255f, set.pixels()[17], 1e-7f);
    assertArrayEquals(new int[] {0, 1, 2, 0, 1}, java.util.Arrays.copyOf(set.labels(), 5));
    assertEquals(List.of("0", "1", "2"), set.classNames());
    assertEquals(List.of("factor 1", "factor 2"), set.factors().names());
    assertEquals(4, set.factors().value(9, 1));
  }

  @Test
  void withoutChoicesTheDefaultNamesAreRead() throws Exception {
    assertEquals(2, NumpyDataset.read(fixture("named.npz"), "named").size());
  }

  @Test
  void aLabelsFileOfItsOwn() throws Exception {
    NumpyChoices labels = new NumpyChoices(fixture("labels-i8.npy"), null, null, null, null);
    ImageSet set = NumpyDataset.read(fixture("grey-u1.npy"), "grey", labels);
    assertArrayEquals(new int[] {3, 1, 3, 0}, set.labels());
  }

  @Test
  void theLayoutSaysWhereTheChannelsAre() throws Exception {
    for (NumpyChoices.Layout layout : NumpyChoices.Layout.values()) {
      ImageSet set =
          NumpyDataset.read(fixture("ambiguous.npy"), "a", new NumpyChoices(null, null, null, null, layout));
      assertEquals(3, set.channels());
      assertEquals(layout == NumpyChoices.Layout.NHWC ? 3 : 4, set.height(), layout.name());
      assertEquals(layout == NumpyChoices.Layout.NHWC ? 4 : 3, set.width(), layout.name());
    }
    DatasetException e = assertThrows(DatasetException.class, () -> NumpyDataset.read(
        fixture("rgb-nhwc-f8-big.npy"), "x", new NumpyChoices(null, null, null, null, NumpyChoices.Layout.NCHW)));
    assertTrue(e.getMessage().contains("which as NCHW has 4 channels; images have 1 or 3"), e.getMessage());
  }

  @Test
  void theChoicesTravelInTheDataSetsName() throws Exception {
    NumpyChoices c = new NumpyChoices(fixture("labels-i8.npy"), "pics", "cls", "f", NumpyChoices.Layout.NCHW);
    String spec = c.appendTo("some data.npz");
    assertTrue(spec.startsWith("some data.npz?labels-file="), spec);
    assertTrue(spec.endsWith("&images-array=pics&labels-array=cls&factors-array=f&layout=nchw"), spec);
    assertEquals(c, NumpyChoices.parse(Path.of("x"), spec.substring(spec.indexOf('?') + 1)));
    assertEquals("plain.npz", NumpyChoices.NONE.appendTo("plain.npz"));

    String named = fixture("named.npz") + "?images-array=pics&labels-array=cls";
    assertEquals(20, DatasetCatalog.loadForExploring(named, DataOptions.defaults()).size());
    DataSplit split = DatasetCatalog.loadSplit(named, DataOptions.defaults());
    assertEquals(18, split.train().size());
    assertEquals(2, split.heldOut().size());
  }

  @Test
  void badChoicesNameTheFileAndTheProblem() throws Exception {
    String named = fixture("named.npz").toString();
    String[][] cases = {
      {named + "?images-array=photos", "named.npz: has no array 'photos' (it holds pics, cls, f, images)"},
      {named + "?colour=red", "named.npz: has the option 'colour=red' after its name; NumPy data takes"},
      {named + "?layout=hwc", "named.npz: has the layout 'hwc'; give nhwc or nchw"},
      {fixture("grey-u1.npy") + "?images-array=pics", "grey-u1.npy: is an .npy file, which holds one array"},
      {fixture("../codes/encoded.csv") + "?layout=nhwc", "encoded.csv: holds a digits CSV, not NumPy arrays"},
    };
    for (String[] c : cases) {
      DatasetException e = assertThrows(DatasetException.class,
          () -> DatasetCatalog.loadForExploring(c[0], DataOptions.defaults()), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void aFolderOfPartsTakesNoSingleLabelsFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.copy(fixture("set-stored.npz"), dir.resolve("train.npz"));
    java.nio.file.Files.copy(fixture("set-stored.npz"), dir.resolve("test.npz"));
    assertEquals(6, DatasetCatalog.loadSplit(dir.toString(), DataOptions.defaults()).train().size());
    String spec = new NumpyChoices(fixture("labels-i8.npy"), null, null, null, null).appendTo(dir.toString());
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetCatalog.loadSplit(spec, DataOptions.defaults()));
    assertEquals(dir + ": holds training and test arrays, each with labels of its own; a labels file"
        + " is for a single .npy", e.getMessage());
  }
}
