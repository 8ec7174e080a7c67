package org.latentexplorer.analysis.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * One part of an evaluation, such as reconstruction or likelihood: it measures, names its entry in
 * {@code evaluation.json}, draws its figures and writes its section of {@code report.md} and of
 * the Evaluate tab. {@link EvaluationParts#ALL} lists the parts; {@link Evaluator}, the report,
 * the JSON and the tab loop over them, so a new measure is a new subclass and a line in that list.
 *
 * @param <R> the part's result
 */
public abstract class EvaluationPart<R> {

  private final String name;
  private final String title;
  private final String figurePrefix;
  private final Class<R> type;

  /**
   * @param name the entry's name in evaluation.json and in its timings
   * @param title the section's heading
   * @param figurePrefix how the part's figure files start
   * @param type the result's class
   */
  protected EvaluationPart(String name, String title, String figurePrefix, Class<R> type) {
    this.name = name;
    this.title = title;
    this.figurePrefix = figurePrefix;
    this.type = type;
  }

  public final String name() {
    return name;
  }

  public final String title() {
    return title;
  }

  /** How the names of the part's figure files start. */
  public final String figurePrefix() {
    return figurePrefix;
  }

  final Class<R> type() {
    return type;
  }

  /**
   * Measures on the context's held-out images, or returns null after saying in a note why the
   * part does not apply to this model or data.
   */
  protected abstract R measure(EvaluationContext c);

  /** The part's entry in evaluation.json (a record Gson writes), from a result. */
  protected abstract Object entry(R result, EvaluationContext c);

  /** The part's figures, in the order they are shown; empty by default. */
  protected List<EvaluationFigures.Figure> figures(R result, Evaluation e) {
    return List.of();
  }

  /**
   * The part's section of report.md (heading, numbers, then its figures); {@code entry} is null
   * when the part found nothing.
   */
  protected abstract void markdown(StringBuilder md, EvaluationReport r, List<EvaluationFigures.Figure> figures);

  /** The part's numbers as the Evaluate tab shows them. */
  public abstract String text(EvaluationReport r);

  /** The figures of this part in an evaluation; empty when it found nothing. */
  public final List<EvaluationFigures.Figure> figuresOf(Evaluation e) {
    R result = type.cast(e.result(name));
    return result == null ? List.of() : figures(result, e);
  }

  /** Links to the part's figures in report.md. */
  protected final void images(StringBuilder md, List<EvaluationFigures.Figure> figures) {
    for (EvaluationFigures.Figure f : figures) {
      if (f.file().startsWith(figurePrefix)) {
        md.append("![").append(f.title()).append("](").append(f.file()).append(")\n\n");
      }
    }
  }

  /** The note that starts with {@code start}, or "". */
  protected static String note(EvaluationReport r, String start) {
    return r.notes().stream().filter(n -> n.startsWith(start)).findFirst().orElse("");
  }

  /** A number as the report writes it. */
  protected static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
