package org.latentexplorer.analysis.evaluate;

import java.util.Arrays;
import java.util.List;

/** Reconstruction of held-out images: the loss, SSIM and PSNR of each, the best and the worst. */
final class ReconstructionPart extends EvaluationPart<ReconstructionResult> {

  ReconstructionPart() {
    super("reconstruction", "Reconstruction", "reconstruction-", ReconstructionResult.class);
  }

  @Override
  protected ReconstructionResult measure(EvaluationContext c) {
    return ReconstructionResult.run(c.measures(), c.images(), c.count(), c.shape(), c.steps());
  }

  @Override
  protected Object entry(ReconstructionResult r, EvaluationContext c) {
    int shown = Math.min(c.options().exported(), r.count());
    double[] finitePsnr = Arrays.stream(r.psnr()).filter(Double::isFinite).toArray();
    return new EvaluationReport.Reconstruction(
        r.lossName(),
        Evaluator.figure(r.loss(), shown),
        r.ssim() == null ? null : Evaluator.figure(r.ssim(), shown),
        Evaluator.figure(finitePsnr, 0),
        r.count() - finitePsnr.length,
        r.best(Evaluator.SHOWN),
        r.worst(Evaluator.SHOWN));
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(ReconstructionResult r, Evaluation e) {
    return EvaluationFigures.reconstruction(e);
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    EvaluationReport.Reconstruction rec = r.reconstruction();
    md.append("## Reconstruction\n\n| measure | mean | sd |\n|---|---|---|\n");
    row(md, rec.lossName(), rec.loss());
    if (rec.ssim() != null) {
      row(md, "SSIM (scikit-image convention, docs/metrics.md)", rec.ssim());
    }
    row(md, "PSNR (dB)", rec.psnr());
    if (rec.psnrInfinite() > 0) {
      md.append("\n").append(rec.psnrInfinite()).append(" images were reconstructed exactly (infinite PSNR, left out of the mean).\n");
    }
    md.append('\n');
    images(md, figures);
    md.append("The best-worst figure shows originals above reconstructions, the 8 best by loss then the 8 worst.\n\n");
  }

  private static void row(StringBuilder md, String name, EvaluationReport.Figure f) {
    md.append(format("| %s | %.4f | %.4f |\n", name, f.mean(), f.sd()));
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Reconstruction c = r.reconstruction();
    StringBuilder s = new StringBuilder();
    s.append(format("%,d held-out images of %s.%n", r.heldOutItems(), r.data()));
    s.append(format("%s: %.2f ± %.2f%n", c.lossName(), c.loss().mean(), c.loss().sd()));
    if (c.ssim() != null) {
      s.append(format("SSIM: %.4f ± %.4f%n", c.ssim().mean(), c.ssim().sd()));
    } else {
      s.append("SSIM: none (images under 11 x 11 pixels)\n");
    }
    s.append(format("PSNR: %.2f ± %.2f dB", c.psnr().mean(), c.psnr().sd()));
    if (c.psnrInfinite() > 0) {
      s.append(format(" (%d exact reconstructions left out)", c.psnrInfinite()));
    }
    s.append("\nBelow: the 8 best and the 8 worst by loss, each original above its reconstruction.");
    return s.toString();
  }
}
