package org.latentexplorer.analysis.evaluate;

import java.util.List;
import org.latentexplorer.latent.metrics.PathSmoothness;

/** The SSIM of consecutive frames of fixed interpolations between pairs of held-out codes. */
final class SmoothnessPart extends EvaluationPart<SmoothnessResult> {

  SmoothnessPart() {
    super("smoothness", "Smoothness of interpolations", "smoothness", SmoothnessResult.class);
  }

  @Override
  protected SmoothnessResult measure(EvaluationContext c) {
    EvaluationOptions o = c.options();
    SmoothnessResult s =
        SmoothnessResult.run(c.engine(), c.encoding(), c.count(), o.paths(), o.frames(), o.seed(), c.steps());
    if (s.paths().isEmpty()) {
      c.note("No SSIM or smoothness figures: SSIM's 11 x 11 window does not fit " + c.shape() + " images.");
    }
    return s;
  }

  @Override
  protected Object entry(SmoothnessResult s, EvaluationContext c) {
    if (s.paths().isEmpty()) {
      return null;
    }
    double[] means = s.paths().stream().mapToDouble(PathSmoothness::mean).toArray();
    double[] lowest = s.paths().stream().mapToDouble(PathSmoothness::lowest).toArray();
    return new EvaluationReport.Smoothness(
        s.paths().size(), c.options().frames(), s.meanSsim(), s.lowestSsim(), means, lowest, s.pairs());
  }

  @Override
  protected List<EvaluationFigures.Figure> figures(SmoothnessResult s, Evaluation e) {
    if (s.paths().isEmpty()) {
      return List.of();
    }
    return List.of(
        new EvaluationFigures.Figure("smoothness.png", "Smoothness of interpolations", EvaluationFigures.smoothness(e)),
        new EvaluationFigures.Figure("smoothness-paths.png", "The interpolations", EvaluationFigures.paths(e)));
  }

  @Override
  protected void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    md.append("## Smoothness of interpolations\n\n");
    EvaluationReport.Smoothness s = r.smoothness();
    if (s != null) {
      md.append(format(
          "%d straight paths between the means of pairs of held-out images, %d frames each: SSIM"
              + " of consecutive frames %.3f on average; the largest jump has SSIM %.3f.\n\n",
          s.paths(), s.frames(), s.meanSsim(), s.lowestSsim()));
      images(md, figures);
    } else {
      md.append(note(r, "No SSIM")).append("\n\n");
    }
  }

  @Override
  public String text(EvaluationReport r) {
    EvaluationReport.Smoothness s = r.smoothness();
    if (s == null) {
      return note(r, "No SSIM");
    }
    return format(
        "%d interpolations of %d frames: SSIM of consecutive frames %.3f on average, %.3f at the"
            + " largest jump",
        s.paths(), s.frames(), s.meanSsim(), s.lowestSsim());
  }
}
