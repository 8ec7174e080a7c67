package org.latentexplorer.analysis.evaluate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;
import com.google.gson.annotations.JsonAdapter;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of an evaluation, as written to {@code evaluation.json}: the model and data, then
 * one entry a part of the evaluation (named by {@link EvaluationPart#name()}, in the order of
 * {@link EvaluationParts#ALL}), the notes, the seconds each part took and the files written. The
 * names are stable, for other programs: {@code reconstruction.ssim.mean}, {@code
 * reconstruction.ssim.perItem} (the exported images, in order), {@code reconstruction.psnr.mean},
 * {@code likelihood.negativeElbo}, {@code likelihood.negativeLogLikelihood} (nats per image,
 * positive), {@code likelihood.samples}, {@code generation.frechetDistance}, {@code
 * generation.score.mean}, {@code generation.score.sd}, {@code robustness.sigma}, {@code
 * robustness.latentStability}, {@code robustness.reconstructionStability}. A part that could not
 * run has no entry, and a note says why.
 */
@JsonAdapter(EvaluationReport.Writer.class)
public final class EvaluationReport {

  private final String model;
  private final String folder;
  private final String summary;
  private final String data;
  private final int heldOutItems;
  private final Map<String, Object> parts;
  private final List<String> notes;
  private final Timings seconds;
  private final List<String> files;

  /**
   * @param parts each part's entry by its name, in the parts' order (null for a part that found
   *     nothing)
   */
  public EvaluationReport(
      String model, String folder, String summary, String data, int heldOutItems,
      Map<String, Object> parts, List<String> notes, Timings seconds, List<String> files) {
    this.model = model;
    this.folder = folder;
    this.summary = summary;
    this.data = data;
    this.heldOutItems = heldOutItems;
    this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    this.notes = List.copyOf(notes);
    this.seconds = seconds;
    this.files = List.copyOf(files);
  }

  public String model() {
    return model;
  }

  public String folder() {
    return folder;
  }

  /** The model in a line. */
  public String summary() {
    return summary;
  }

  public String data() {
    return data;
  }

  public int heldOutItems() {
    return heldOutItems;
  }

  /** A part's entry by name, or null when the part found nothing. */
  public Object part(String name) {
    return parts.get(name);
  }

  public List<String> notes() {
    return notes;
  }

  public Timings seconds() {
    return seconds;
  }

  /** The files written with the report. */
  public List<String> files() {
    return files;
  }

  /** The same report listing the files written. */
  public EvaluationReport withFiles(List<String> written) {
    return new EvaluationReport(model, folder, summary, data, heldOutItems, parts, notes, seconds, written);
  }

  public Reconstruction reconstruction() {
    return (Reconstruction) parts.get(EvaluationParts.RECONSTRUCTION.name());
  }

  /** Null for an AE. */
  public Likelihood likelihood() {
    return (Likelihood) parts.get(EvaluationParts.LIKELIHOOD.name());
  }

  /** Null without a classifier for the data set. */
  public Generation generation() {
    return (Generation) parts.get(EvaluationParts.GENERATION.name());
  }

  public Robustness robustness() {
    return (Robustness) parts.get(EvaluationParts.ROBUSTNESS.name());
  }

  /** Null for images too small for SSIM. */
  public Smoothness smoothness() {
    return (Smoothness) parts.get(EvaluationParts.SMOOTHNESS.name());
  }

  /** Null for data without known factors. */
  public Disentanglement disentanglement() {
    return (Disentanglement) parts.get(EvaluationParts.DISENTANGLEMENT.name());
  }

  /** Mean, standard deviation, and the values of the exported images. */
  public record Figure(double mean, double sd, double[] perItem) {}

  /**
   * Reconstruction of held-out images.
   *
   * @param lossName what {@code loss} is
   * @param ssim null when the images are too small for SSIM's 11 x 11 window
   * @param psnrInfinite how many images were reconstructed exactly (infinite PSNR, left out of
   *     the PSNR mean)
   * @param best the 8 best images by loss (held-out positions)
   * @param worst the 8 worst
   */
  public record Reconstruction(
      String lossName, Figure loss, Figure ssim, Figure psnr, int psnrInfinite, int[] best,
      int[] worst) {}

  /**
   * A VAE's likelihood of held-out images, nats per image.
   *
   * @param negativeElbo -ELBO = reconstruction + kl
   * @param negativeLogLikelihood -log p(x), importance-sampled with {@code samples} samples
   * @param gap negativeElbo - negativeLogLikelihood (at least 0 up to sampling noise)
   * @param standardError of negativeLogLikelihood over the images measured (NaN for one image)
   */
  public record Likelihood(
      int items, int samples, double negativeElbo, double reconstruction, double kl,
      double negativeLogLikelihood, double gap, double standardError) {}

  /** The classifier's score: mean and sd over 10 splits. */
  public record Score(double mean, double sd) {}

  /** One set of images against the held-out images on the classifier's features. */
  public record Baseline(String name, int count, double frechetDistance, Score score) {}

  /**
   * Prior samples measured on a classifier's features.
   *
   * @param featureSpace which classifier's features, in words
   * @param classifier its folder
   * @param classifierAccuracy its held-out accuracy
   * @param frechetDistance held-out images against prior samples
   * @param score the prior samples' Inception-Score-like score
   * @param baselines prior samples, reconstructions and training images, in that order
   * @param classNames the classifier's classes
   * @param generatedClasses how many prior samples it puts in each class
   * @param heldOutClasses the same for the held-out images
   * @param verdict one sentence on what the figures say
   */
  public record Generation(
      String featureSpace, String classifier, double classifierAccuracy, int samples,
      double frechetDistance, Score score, List<Baseline> baselines, List<String> classNames,
      int[] generatedClasses, int[] heldOutClasses, String verdict) {}

  /**
   * Stability under noise and gradient-sign perturbations, one value a sigma.
   *
   * @param codeSpread mean squared distance of the codes from their mean, to read the latent
   *     figures against
   */
  public record Robustness(
      int items, double[] sigma, double[] latentStability, double[] reconstructionStability,
      double[] attackLatentStability, double[] attackReconstructionStability, double codeSpread) {}

  /** SSIM of consecutive frames of fixed interpolations. */
  public record Smoothness(
      int paths, int frames, double meanSsim, double lowestSsim, double[] pathMeanSsim,
      double[] pathLowestSsim, int[][] pairs) {}

  /**
   * Disentanglement on items with known factors (docs/metrics.md; disentanglement_lib), null when the
   * data has none. All scores in [0, 1].
   *
   * @param factors the factor names, in column order
   * @param mutualInformation [code][factor] in nats, as MIG uses it
   * @param bestCode per factor, the code (from 1) with the most mutual information
   * @param sentences per factor, "z3 carries x: MIG gap 0.62"
   * @param klPerCode mean KL of each code to the prior in nats (VAE), or null
   */
  public record Disentanglement(
      int items,
      List<String> factors,
      double betaVae,
      double factorVae,
      double mig,
      Dci dci,
      double sap,
      double[][] mutualInformation,
      int[] bestCode,
      List<String> sentences,
      double[] klPerCode) {}

  /** DCI (Eastwood and Williams 2018) with a logistic-regression importance model. */
  public record Dci(double disentanglement, double completeness, double informativeness) {}

  /** How long each part took, in seconds, by the part's name; the first includes encoding. */
  @JsonAdapter(Timings.Writer.class)
  public static final class Timings {
    private final Map<String, Double> parts;
    private final double total;

    public Timings(Map<String, Double> parts, double total) {
      this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
      this.total = total;
    }

    /** A part's seconds, or 0 when it did not run. */
    public double of(String part) {
      return parts.getOrDefault(part, 0.0);
    }

    public double reconstruction() {
      return of(EvaluationParts.RECONSTRUCTION.name());
    }

    public double likelihood() {
      return of(EvaluationParts.LIKELIHOOD.name());
    }

    public double generation() {
      return of(EvaluationParts.GENERATION.name());
    }

    public double robustness() {
      return of(EvaluationParts.ROBUSTNESS.name());
    }

    public double smoothness() {
      return of(EvaluationParts.SMOOTHNESS.name());
    }

    public double disentanglement() {
      return of(EvaluationParts.DISENTANGLEMENT.name());
    }

    public double total() {
      return total;
    }

    /** {"reconstruction": s, ..., "total": s}. */
    static final class Writer implements JsonSerializer<Timings> {
      @Override
      public JsonElement serialize(Timings t, Type type, JsonSerializationContext c) {
        JsonObject o = new JsonObject();
        t.parts.forEach(o::addProperty);
        o.addProperty("total", t.total);
        return o;
      }
    }
  }

  /** The fields in their order of old, each part's entry at its place; no entry for a null. */
  static final class Writer implements JsonSerializer<EvaluationReport> {
    @Override
    public JsonElement serialize(EvaluationReport r, Type type, JsonSerializationContext c) {
      JsonObject o = new JsonObject();
      o.addProperty("model", r.model);
      o.addProperty("folder", r.folder);
      o.addProperty("summary", r.summary);
      o.addProperty("data", r.data);
      o.addProperty("heldOutItems", r.heldOutItems);
      r.parts.forEach(
          (name, entry) -> {
            if (entry != null) {
              o.add(name, c.serialize(entry));
            }
          });
      o.add("notes", c.serialize(r.notes));
      o.add("seconds", c.serialize(r.seconds));
      o.add("files", c.serialize(r.files));
      return o;
    }
  }
}
