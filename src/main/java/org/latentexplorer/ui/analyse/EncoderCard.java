package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.latentexplorer.analysis.EncoderFigures;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.EncoderStatistics;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.PaneAnalysis;

/** A VAE's KL and posterior sd a dimension: which dimensions are active. */
final class EncoderCard extends Card {

  private record Figures(EncoderStatistics stats, BufferedImage kl, BufferedImage sd) {}

  EncoderCard(PaneAnalysis analysis, ModelSession s) {
    super(
        "Encoder statistics",
        "Average KL of q(z_d|x) from N(0, 1) a dimension: near zero for a collapsed dimension the"
            + " decoder ignores. Average posterior sd: near 1 where collapsed.");
    NewestRequest.Request request = newRequest();
    analysis.run(
        "Encoder statistics",
        p -> {
          EncoderStatistics st =
              EncoderStatistics.of(s.encoding().means(), s.encoding().logVariances(), s.latentSize());
          return new Figures(
              st, EncoderFigures.kl(st, FIGURE_W, FIGURE_H),
              EncoderFigures.posteriorSd(st, FIGURE_W, FIGURE_H));
        },
        f -> {
          if (!isCurrent(request)) {
            return;
          }
          figures(FIGURE_W, f.kl(), f.sd());
          numbers(
              String.format(
                  Locale.ROOT,
                  "%d of %d dimensions active (KL >= %.2f nats); KL %.2f nats an item.",
                  f.stats().activeDimensions(), s.latentSize(), EncoderStatistics.COLLAPSED_KL,
                  f.stats().totalKl()));
        });
  }
}
