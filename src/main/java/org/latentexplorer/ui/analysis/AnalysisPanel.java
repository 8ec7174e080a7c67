package org.latentexplorer.ui.analysis;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.AxisDensity;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.EncoderFigures;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.analysis.SampleGrid;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.latent.EncoderStatistics;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.Fx;
import org.latentexplorer.ui.explorer.ModelPaneModel;
import org.latentexplorer.ui.explorer.PaneAnalysis;
import org.latentexplorer.ui.scatter.ViewWindow;

/**
 * The analyses of one model, one card each: projections, number density, prior coverage, prior
 * samples, the manifold grid (2-D) and encoder statistics (VAE). Everything runs in the
 * background; the scatter in the Explore tab shows the projections, the prior samples and the
 * manifold grid.
 */
public final class AnalysisPanel extends ScrollPane {

  private static final int FIGURE_W = 660;
  private static final int FIGURE_H = 400;

  /** Where the scatter's current view can be read, for the manifold grid. */
  public interface ViewSource {
    ViewWindow window();
  }

  private final ModelPaneModel pane;
  private final PaneAnalysis analysis;
  private final ViewSource view;
  private final Label title = new Label();
  private final VBox cards = new VBox(10);
  private ModelSession shownFor;
  private long seed = 1;

  public AnalysisPanel(ModelPaneModel pane, ViewSource view) {
    this.pane = pane;
    this.analysis = pane.analysis();
    this.view = view;
    setId("analysis-" + pane.role());
    title.getStyleClass().add("facts");
    cards.setPadding(new Insets(8));
    cards.getChildren().add(title);
    setContent(cards);
    setFitToWidth(true);
    pane.sessionProperty().addListener((o, a, s) -> shownFor = null);
  }

  /** Builds the cards for the current model and runs the quick analyses, once per model. */
  public void refresh() {
    ModelSession s = pane.session();
    if (s == null || s == shownFor) {
      return;
    }
    shownFor = s;
    title.setText(
        String.format(
            Locale.ROOT, "%s: %s, %,d encoded items of %s", s.name(),
            s.description().model().summary(), s.data().size(), s.data().name()));
    cards.getChildren().setAll(title);
    cards.getChildren().add(projectionCard(s));
    cards.getChildren().add(densityCard(s));
    cards.getChildren().add(coverageCard(s));
    cards.getChildren().add(samplesCard(s));
    if (s.latentSize() == 2) {
      cards.getChildren().add(manifoldCard(s));
    }
    if (s.description().model().kind() == ModelKind.VAE && s.encoding().logVariances() != null) {
      cards.getChildren().add(encoderCard(s));
    }
  }

  private Card projectionCard(ModelSession s) {
    Card card =
        new Card(
            "Projections",
            "PCA finds the directions of largest variance; t-SNE keeps neighbours together."
                + " Both are drawn in the Explore tab's scatter, where a click still decodes a true"
                + " latent point.");
    int dims = s.latentSize();
    Runnable showPca =
        () -> {
          Pca p = analysis.pcaProperty().get();
          if (p != null) {
            if (dims > 2) {
              card.figures(FIGURE_W, PcaSummary.figure(p, FIGURE_W, FIGURE_H));
            }
            double[] cumulative = p.cumulativeRatio();
            int for90 = 0;
            while (for90 < cumulative.length - 1 && cumulative[for90] < 0.9) {
              for90++;
            }
            card.numbers(
                String.format(
                    Locale.ROOT,
                    "PC1 explains %.1f%% of the variance; %d of %d axes explain 90%%.",
                    100 * p.explainedRatio()[0], for90 + 1, dims));
          }
        };
    analysis.pcaProperty().addListener((o, a, b) -> showPca.run());
    showPca.run();
    CheckBox all = new CheckBox("All items (training and test sets)");
    all.setId("all-data-" + pane.role());
    all.setSelected(pane.allDataProperty().get());
    all.setOnAction(e -> pane.showAllData(all.isSelected()));
    if (dims <= 2) {
      card.controls(new Label("The latent is " + dims + "-D: the scatter shows it directly."), all);
      return card;
    }
    Spinner<Integer> a = new Spinner<>(1, dims, 1);
    Spinner<Integer> b = new Spinner<>(1, dims, 2);
    a.setPrefWidth(70);
    b.setPrefWidth(70);
    Button pca = new Button("Show PCA axes in the scatter");
    pca.setId("show-pca-" + pane.role());
    pca.setOnAction(e -> analysis.showPca(a.getValue() - 1, b.getValue() - 1));
    Spinner<Integer> perplexity = new Spinner<>(5, 100, 30, 5);
    perplexity.setPrefWidth(76);
    Button tsne = new Button("Run t-SNE");
    tsne.setId("run-tsne-" + pane.role());
    tsne.setOnAction(
        e -> {
          if (analysis.tsneRunningProperty().get()) {
            analysis.cancelTsne();
          } else {
            analysis.runTsne(perplexity.getValue());
          }
        });
    analysis.tsneRunningProperty().addListener((o, was, running) -> tsne.setText(running ? "Cancel t-SNE" : "Run t-SNE"));
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(140);
    progress.progressProperty().bind(analysis.tsneProgressProperty());
    progress.visibleProperty().bind(analysis.tsneRunningProperty());
    analysis.tsneRunningProperty()
        .addListener(
            (o, was, running) -> {
              if (!running && analysis.tsneProperty().get() != null) {
                card.numbersLabel()
                    .setText(
                        card.numbersLabel().getText().replaceAll(" t-SNE.*", "")
                            + String.format(
                                Locale.ROOT, " t-SNE of %,d items took %.1f s.",
                                pane.session().data().size(), analysis.tsneSeconds()));
              }
            });
    card.controls(
        new Label("PC"), a, new Label("against PC"), b, pca, new Label("   perplexity"),
        perplexity, tsne, progress, all);
    return card;
  }

  private Card densityCard(ModelSession s) {
    Card card =
        new Card(
            "Number density",
            "Is the space filled densely and uniformly? One histogram a latent axis (a VAE's should"
                + " look like N(0, 1)), and the histogram of the radius ||z|| against the chi"
                + " distribution a standard normal of the same dimension would give.");
    Spinner<Double> bin = new Spinner<>(0.01, 2.0, 0.1, 0.02);
    bin.setId("bin-width-" + pane.role());
    bin.setPrefWidth(84);
    bin.setEditable(true);
    TableView<AxisRow> table = new TableView<>();
    table.setPrefHeight(Math.min(300, 32 + 25 * s.latentSize()));
    table.getColumns().add(column("axis", r -> r.axis));
    table.getColumns().add(column("centre (mean)", r -> r.centre));
    table.getColumns().add(column("width (sd)", r -> r.width));
    table.getColumns().add(column("note", r -> r.note));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setMaxWidth(FIGURE_W);
    Runnable compute =
        () ->
            analysis
                .run("Number density", () -> AxisDensity.of(s.encoding(), bin.getValue()))
                .thenAccept(
                    d -> {
                      BufferedImage axes = d.axesFigure(FIGURE_W, FIGURE_H);
                      BufferedImage radius = d.radiusFigure(FIGURE_W, FIGURE_H);
                      Fx.run(
                          () -> {
                            card.figures(FIGURE_W, axes, radius);
                            List<AxisRow> rows = new java.util.ArrayList<>();
                            long flagged = 0;
                            for (int k = 0; k < s.latentSize(); k++) {
                              String note = d.notes().get(k);
                              flagged += note.isEmpty() ? 0 : 1;
                              rows.add(
                                  new AxisRow(
                                      "z" + (k + 1),
                                      String.format(Locale.ROOT, "%+.3f", d.statistics().mean()[k]),
                                      String.format(Locale.ROOT, "%.3f", d.statistics().sd()[k]),
                                      note));
                            }
                            table.setItems(FXCollections.observableArrayList(rows));
                            card.numbers(
                                String.format(
                                    Locale.ROOT,
                                    "%d of %d axes stray from N(0, 1) (off-centre: |mean| > %.1f;"
                                        + " wide: sd > %.1f; narrow: sd < %.1f). Median radius %.2f"
                                        + " against sqrt(d - 1) = %.2f.",
                                    flagged, s.latentSize(), AxisDensity.OFF_CENTRE,
                                    AxisDensity.WIDE, AxisDensity.NARROW, d.medianRadius(),
                                    d.chi().mode()));
                          });
                    });
    bin.valueProperty().addListener((o, a, b) -> compute.run());
    card.controls(new Label("bin width"), bin);
    card.extra(table);
    compute.run();
    return card;
  }

  private record AxisRow(String axis, String centre, String width, String note) {}

  private static TableColumn<AxisRow, String> column(
      String name, java.util.function.Function<AxisRow, String> value) {
    TableColumn<AxisRow, String> c = new TableColumn<>(name);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  private Card coverageCard(ModelSession s) {
    Card card =
        new Card(
            "Prior coverage",
            "Where do samples of the prior N(0, I) land? A sample is in the populated region when"
                + " its nearest encoded point is no farther than 95% of the encoded points (within"
                + " the prior's reach) are from their own nearest neighbour. For a VAE the encoded"
                + " points are draws of q(z|x), what its decoder learned from.");
    Spinner<Integer> samples = new Spinner<>(100, 50_000, 2000, 500);
    samples.setId("coverage-samples-" + pane.role());
    samples.setPrefWidth(96);
    samples.setEditable(true);
    Button run = new Button("Draw new samples");
    run.setId("coverage-run-" + pane.role());
    CheckBox show = new CheckBox("Show them on the scatter");
    show.selectedProperty().bindBidirectional(analysis.showCoverageProperty());
    Runnable measure =
        () -> {
          run.setDisable(true);
          analysis
              .measureCoverage(samples.getValue(), seed++)
              .whenComplete((r, e) -> Fx.run(() -> run.setDisable(false)));
        };
    run.setOnAction(e -> measure.run());
    analysis.coverageProperty()
        .addListener(
            (o, a, r) -> {
              if (r == null) {
                return;
              }
              card.numbers(r.summary());
              analysis
                  .run(
                      "Prior coverage figures",
                      () ->
                          new BufferedImage[] {
                            r.mapFigure(pane.projectionProperty().get(), FIGURE_W, FIGURE_H + 80),
                            r.distanceFigure(FIGURE_W, FIGURE_H),
                            r.outsideFigure(s.engine().inputShape())
                          })
                  .thenAccept(f -> Fx.run(() -> card.figures(FIGURE_W, f)));
            });
    card.controls(new Label("samples"), samples, run, show);
    measure.run();
    return card;
  }

  private Card samplesCard(ModelSession s) {
    Card card =
        new Card(
            "Samples from the prior",
            "Decodes of z ~ N(0, I): what the model generates. A VAE's should look like the data;"
                + " an autoencoder was never asked to decode the prior.");
    ChoiceBox<String> mode = new ChoiceBox<>(FXCollections.observableArrayList("decoder mean", "sampled pixels"));
    mode.setValue("decoder mean");
    Spinner<Integer> side = new Spinner<>(2, 20, 10);
    side.setPrefWidth(70);
    Button fresh = new Button("Fresh samples");
    fresh.setId("fresh-samples-" + pane.role());
    Runnable draw =
        () -> {
          int n = side.getValue() * side.getValue();
          boolean pixels = mode.getValue().equals("sampled pixels");
          long sd = seed++;
          analysis
              .run(
                  "Prior samples",
                  () ->
                      SampleGrid.figure(
                          SampleGrid.run(s.engine(), n, sd, pixels), s.engine().inputShape()))
              .thenAccept(image -> Fx.run(() -> card.figures(FIGURE_W, image)));
        };
    fresh.setOnAction(e -> draw.run());
    mode.setOnAction(e -> draw.run());
    side.valueProperty().addListener((o, a, b) -> draw.run());
    card.controls(new Label("grid"), side, mode, fresh);
    draw.run();
    return card;
  }

  private Card manifoldCard(ModelSession s) {
    Card card =
        new Card(
            "Manifold grid",
            "Decodes on a regular grid over the scatter's current view (as in Keras' VAE example),"
                + " or at the prior's quantiles; drawn at the scatter's scale, and under its points"
                + " if you like. Zoom the scatter first to look closer.");
    Spinner<Integer> n = new Spinner<>(3, 40, 20);
    n.setPrefWidth(70);
    CheckBox quantiles = new CheckBox("Inverse normal CDF spacing");
    CheckBox under = new CheckBox("Draw under the scatter");
    under.setId("manifold-under-" + pane.role());
    under.selectedProperty().bindBidirectional(analysis.manifoldUnderProperty());
    Button decode = new Button("Decode the grid over the scatter's view");
    decode.setId("manifold-run-" + pane.role());
    decode.setOnAction(
        e -> {
          ViewWindow w = view.window();
          analysis
              .decodeManifold(
                  new double[] {w.xMin(), w.xMax(), w.yMin(), w.yMax()}, n.getValue(),
                  quantiles.isSelected())
              .thenAccept(
                  g -> {
                    BufferedImage figure = g.figure(FIGURE_W, FIGURE_W);
                    Fx.run(() -> card.figures(FIGURE_W, figure));
                  });
        });
    card.controls(new Label("tiles a side"), n, quantiles, under, decode);
    return card;
  }

  private Card encoderCard(ModelSession s) {
    Card card =
        new Card(
            "Encoder statistics",
            "Average KL of q(z_d|x) from N(0, 1) a dimension: near zero for a collapsed dimension"
                + " the decoder ignores. Average posterior sd: near 1 where collapsed.");
    analysis
        .run(
            "Encoder statistics",
            () ->
                EncoderStatistics.of(
                    s.encoding().means(), s.encoding().logVariances(), s.latentSize()))
        .thenAccept(
            st -> {
              BufferedImage kl = EncoderFigures.kl(st, FIGURE_W, FIGURE_H);
              BufferedImage sd = EncoderFigures.posteriorSd(st, FIGURE_W, FIGURE_H);
              Fx.run(
                  () -> {
                    card.figures(FIGURE_W, kl, sd);
                    card.numbers(
                        String.format(
                            Locale.ROOT,
                            "%d of %d dimensions active (KL >= %.2f nats); KL %.2f nats an item.",
                            st.activeDimensions(), s.latentSize(), EncoderStatistics.COLLAPSED_KL,
                            st.totalKl()));
                  });
            });
    return card;
  }

  /** The prior coverage shown last, for tests. */
  public CoverageResult coverage() {
    return analysis.coverageProperty().get();
  }
}
