package org.latentexplorer.analysis.evaluate;

import java.util.List;
import java.util.Locale;

/** {@code report.md}: the figures of one evaluation with their numbers, a section a part. */
final class ReportMarkdown {

  private ReportMarkdown() {}

  static String of(EvaluationReport r, List<EvaluationFigures.Figure> figures) {
    StringBuilder md = new StringBuilder();
    md.append("# Evaluation of ").append(r.model()).append("\n\n");
    md.append(r.summary()).append(", on ").append(String.format(Locale.ROOT, "%,d", r.heldOutItems()))
        .append(" held-out images of ").append(r.data()).append(" (").append(r.folder()).append(").\n\n");
    for (EvaluationPart<?> part : EvaluationParts.ALL) {
      part.markdown(md, r, figures);
    }
    if (!r.notes().isEmpty()) {
      md.append("## Notes\n\n");
      for (String n : r.notes()) {
        md.append("- ").append(n).append('\n');
      }
      md.append('\n');
    }
    md.append(String.format(Locale.ROOT, "Took %.1f s.\n", r.seconds().total()));
    return md.toString();
  }
}
