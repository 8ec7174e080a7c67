package org.latentexplorer.analysis;

import java.util.List;
import org.latentexplorer.data.codes.CodeSet;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.model.ModelKind;

/**
 * What {@link Analyzer} studies: codes with their items' classes, and the model that made them
 * where there is one. Without a model (codes made elsewhere) the figures that decode are left out,
 * and the codes may be whitened before they are set against the prior N(0, I).
 *
 * @param model the model's one-line summary, or "codes only"
 * @param folder the model's folder, or the codes' file
 * @param data the data set's name, or the codes' file name
 * @param encoding the codes (a VAE's means and log-variances)
 * @param labels one class an item, or {@code ImageSet.NO_LABEL}
 * @param classNames the classes' names
 * @param decoder the model's engine, or null for codes only
 * @param vae whether the codes are a VAE encoder's
 * @param whiten whether the prior coverage measures the codes after PCA whitening
 */
public record AnalysisSubject(
    String model,
    String folder,
    String data,
    Encoding encoding,
    int[] labels,
    List<String> classNames,
    LatentEngine decoder,
    boolean vae,
    boolean whiten) {

  /** What a model session shows: its model, its data's codes, its decoder. */
  public static AnalysisSubject of(ModelSession s) throws Exception {
    return new AnalysisSubject(
        s.description().model().summary(), s.folder().toString(), s.data().name(), s.encoding(),
        s.data().labels(), s.data().classNames(), s.engine(),
        s.description().model().kind() == ModelKind.VAE, false);
  }

  /** Codes made elsewhere, as they are or whitened. */
  public static AnalysisSubject ofCodes(CodeSet c, boolean whiten) {
    return new AnalysisSubject(
        "codes only", c.source().toString(), c.name(),
        new Encoding(c.count(), c.dims(), c.codes(), null), c.labels(), c.classNames(), null, false,
        whiten);
  }

  /** Whether there is a decoder for the figures that decode. */
  public boolean decodes() {
    return decoder != null;
  }
}
