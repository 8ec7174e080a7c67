package org.latentexplorer.ui.workspace.strip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.latentexplorer.engine.LatentEngine;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.engine.SensitivityRequest;
import org.latentexplorer.latent.Sensitivity;

/**
 * The strip rows of one model to decode: titles, latent points (row after row) and captions.
 * The frames are decoded, and when it is cheap the decoder's sensitivity at each frame measured,
 * on the model's engine thread.
 */
record RowRequest(
    StripPane pane, ModelSession session, List<String> titles, float[][] points,
    List<String> captions, int n) {

  List<StripRow> rows(float[][] images, Sensitivity sensitivity) {
    List<StripRow> out = new ArrayList<>();
    for (int r = 0; r < titles.size(); r++) {
      List<float[]> latents = new ArrayList<>();
      List<float[]> frames = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        latents.add(points[r * n + i]);
        frames.add(images[r * n + i]);
      }
      double[] along =
          sensitivity == null
              ? null
              : java.util.Arrays.copyOfRange(sensitivity.frobenius(), r * n, r * n + n);
      out.add(
          StripRow.of(
              titles.get(r), latents, frames, captions.subList(r * n, r * n + n),
              session.description().model().input(), along, pane));
    }
    return out;
  }

  /** The sensitivity at every frame, when it costs little enough to follow a drag; else null. */
  CompletableFuture<Sensitivity> sensitivity() {
    LatentEngine engine = session.engine();
    if (!SensitivityRequest.cheap(engine, points.length)) {
      return CompletableFuture.completedFuture(null);
    }
    int d = engine.latentSize();
    float[] flat = new float[points.length * d];
    for (int i = 0; i < points.length; i++) {
      System.arraycopy(points[i], 0, flat, i * d, d);
    }
    return SensitivityRequest.start(engine, flat, points.length, null, null);
  }

  /** Decodes every model's rows, each on its own engine thread. */
  static CompletableFuture<List<StripRow>> decodeAll(List<RowRequest> requests) {
    List<CompletableFuture<List<StripRow>>> parts = new ArrayList<>();
    for (RowRequest r : requests) {
      parts.add(r.session().engine().decodeAll(r.points()).thenCombine(r.sensitivity(), r::rows));
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              List<StripRow> all = new ArrayList<>();
              parts.forEach(p -> all.addAll(p.join()));
              return all;
            });
  }
}
