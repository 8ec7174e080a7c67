package org.latentexplorer.analysis;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;
import com.google.gson.annotations.JsonAdapter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Every number the analyses produce, as written to {@code analysis.json}.
 *
 * @param model the model's one-line summary
 * @param folder the model folder
 * @param data the data set analysed
 * @param items how many encoded items
 * @param pca explained variance of each principal axis and the running total
 * @param density number density along the axes and against the radius
 * @param priorCoverage where prior samples land
 * @param encoder a VAE encoder's per-dimension statistics, null for an AE
 * @param embeddings each embedding method's run by the method's id ("tsne", "umap"), written in
 *     analysis.json under that name; a method skipped has none
 * @param manifold the manifold grid, null unless the latent is 2-D
 * @param sensitivity the decoder's sensitivity at the items' codes, and its map for a 2-D latent
 * @param files the figures and coordinate files written, relative to the output folder
 */
@JsonAdapter(AnalysisReport.Writer.class)
public record AnalysisReport(
    String model,
    String folder,
    String data,
    int items,
    Pca pca,
    Density density,
    Coverage priorCoverage,
    Encoder encoder,
    Map<String, Object> embeddings,
    Manifold manifold,
    SensitivitySummary sensitivity,
    List<String> files) {

  /** Explained variance ratios. */
  public record Pca(double[] explained, double[] cumulative) {}

  /** One latent axis: its centre and width, and what sets it apart from N(0, 1). */
  public record Axis(int dimension, double centre, double width, String note) {}

  /** Number density. */
  public record Density(
      double binWidth, List<Axis> axes, double medianRadius, double chiMode, double chiMean) {}

  /** Prior coverage. */
  public record Coverage(
      int samples,
      String encodedPoints,
      double fractionInside,
      double threshold,
      double medianSampleDistance,
      double medianDataDistance,
      double medianRatio,
      double priorRadius99,
      double dataWithinPriorRadius) {}

  /** Encoder statistics. */
  public record Encoder(
      double[] klPerDimension,
      double[] meanPosteriorSd,
      double[] varianceOfMeans,
      int activeDimensions,
      double totalKl) {}

  /** The manifold grid. */
  public record Manifold(int n, double[] window, boolean quantiles) {}

  /** The fields in order, each embedding in the place of {@code embeddings} under its method's id. */
  static final class Writer implements JsonSerializer<AnalysisReport> {
    @Override
    public JsonElement serialize(AnalysisReport r, Type type, JsonSerializationContext c) {
      JsonObject o = new JsonObject();
      for (RecordComponent rc : AnalysisReport.class.getRecordComponents()) {
        Object value;
        try {
          value = rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (value instanceof Map<?, ?> embeddings && rc.getName().equals("embeddings")) {
          embeddings.forEach((id, run) -> o.add((String) id, c.serialize(run)));
        } else if (value != null) {
          o.add(rc.getName(), c.serialize(value));
        }
      }
      return o;
    }
  }
}
