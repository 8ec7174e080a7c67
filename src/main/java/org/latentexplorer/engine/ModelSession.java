package org.latentexplorer.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.latentexplorer.data.AppHome;
import org.latentexplorer.data.DataOptions;
import org.latentexplorer.data.DatasetCatalog;
import org.latentexplorer.data.DatasetException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.DimensionStatistics;
import org.latentexplorer.latent.EncoderStatistics;
import org.latentexplorer.model.InputShape;
import org.latentexplorer.model.ModelDescription;
import org.latentexplorer.model.ModelException;

/**
 * A model ready to explore: its engine, the data it is explored on (the test set where there is
 * one), every item's encoding, and the per-dimension statistics of those encodings (for a VAE
 * also each dimension's average KL to the prior). Opening one is slow (it encodes the whole set),
 * so callers do it off the UI thread.
 */
public final class ModelSession implements AutoCloseable {

  private final Path folder;
  private final LatentEngine engine;
  private final ImageSet data;
  private final Encoding encoding;
  private final DimensionStatistics statistics;
  private final double[] klPerDimension;

  private ModelSession(Path folder, LatentEngine engine, ImageSet data, Encoding encoding) {
    this.folder = folder;
    this.engine = engine;
    this.data = data;
    this.encoding = encoding;
    this.statistics = encoding.statistics();
    this.klPerDimension =
        encoding.logVariances() == null
            ? null
            : EncoderStatistics.of(encoding.means(), encoding.logVariances(), encoding.latentSize())
                .klPerDimension();
  }

  /**
   * Loads a model folder, reads its data set and encodes it.
   *
   * @throws ModelException when the folder is not a usable model or its data does not fit it
   * @throws DatasetException when the model's data set cannot be read
   */
  public static ModelSession open(Path folder, ProgressSink progress)
      throws ModelException, DatasetException {
    return open(folder, null, progress);
  }

  /**
   * Loads a model folder with another data set than its own.
   *
   * @param dataSpec a data set name or path, or null for the model's own
   */
  public static ModelSession open(Path folder, String dataSpec, ProgressSink progress)
      throws ModelException, DatasetException {
    return open(folder, dataSpec, progress, null);
  }

  /**
   * As {@link #open(Path, String, ProgressSink)}, with the engine on a given executor (tests pass
   * a same-thread one), or on a thread of its own when {@code engineThread} is null.
   */
  public static ModelSession open(
      Path folder, String dataSpec, ProgressSink progress, ExecutorService engineThread)
      throws ModelException, DatasetException {
    progress.progress("Loading model " + folder.getFileName(), -1);
    LatentEngine engine =
        engineThread == null ? LatentEngine.open(folder) : LatentEngine.open(folder, engineThread, true);
    try {
      ModelDescription d = engine.description();
      InputShape in = d.model().input();
      String name = dataSpec != null ? dataSpec : d.data().name();
      if (name == null) {
        throw new ModelException(
            folder,
            "model.json names no data set (\"data\": {\"name\": ...}) and no bundled one has its"
                + " input shape " + in + "; name one, or give --data");
      }
      progress.progress("Reading " + name, -1);
      ImageSet data;
      try {
        data = DatasetCatalog.loadForExploring(name, new DataOptions(in.height(), 0));
      } catch (DatasetException e) {
        throw new ModelException(
            folder, "its data set '" + name + "' cannot be read: " + e.getMessage(), e);
      }
      if (data.channels() != in.channels()
          || data.height() != in.height()
          || data.width() != in.width()) {
        throw new ModelException(
            folder,
            "the model takes "
                + in
                + " images, but the data set '"
                + name
                + "' holds "
                + data.describe());
      }
      Encoding encoding = encode(engine, data, progress);
      progress.progress("Ready", 1);
      return new ModelSession(folder, engine, data, encoding);
    } catch (ModelException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * The same model explored on other data (such as the training and test sets together),
   * encoded here; the new session shares this one's engine.
   */
  public ModelSession withData(ImageSet other, ProgressSink progress) {
    InputShape in = engine.inputShape();
    if (other.channels() != in.channels() || other.height() != in.height() || other.width() != in.width()) {
      throw new IllegalArgumentException(
          "the model takes " + in + " images but the data holds " + other.describe());
    }
    return new ModelSession(folder, engine, other, encode(engine, other, progress));
  }

  /** Encodes a data set, or reads its codes from the user's cache when this model encoded it before. */
  private static Encoding encode(LatentEngine engine, ImageSet data, ProgressSink progress) {
    EncodingCache cache = new EncodingCache(AppHome.userData().resolve("cache").resolve("encodings"));
    String key = EncodingCache.key(engine.description(), data);
    Encoding kept = cache.find(key, data.size(), engine.latentSize());
    if (kept != null) {
      return kept;
    }
    String what = String.format(Locale.ROOT, "Encoding %,d images", data.size());
    progress.progress(what, 0);
    Encoding e = engine.encode(data.pixels(), data.size(), f -> progress.progress(what, f)).join();
    cache.put(key, e);
    return e;
  }

  /** The training and held-out sets of this model's data together, or null when it has no split. */
  public ImageSet allData() throws DatasetException {
    InputShape in = engine.inputShape();
    org.latentexplorer.data.DataSplit split =
        DatasetCatalog.loadSplit(description().data().name(), new DataOptions(in.height(), 0));
    return ImageSet.concat(split.train(), split.heldOut());
  }

  public Path folder() {
    return folder;
  }

  public LatentEngine engine() {
    return engine;
  }

  public ModelDescription description() {
    return engine.description();
  }

  public ImageSet data() {
    return data;
  }

  public Encoding encoding() {
    return encoding;
  }

  public DimensionStatistics statistics() {
    return statistics;
  }

  /** Each dimension's average KL to the prior over the items (a VAE), or null for an AE. */
  public double[] klPerDimension() {
    return klPerDimension == null ? null : klPerDimension.clone();
  }

  public int latentSize() {
    return engine.latentSize();
  }

  /** The folder's name, used as the model's name in the window. */
  public String name() {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }

  @Override
  public void close() {
    engine.close();
  }
}
