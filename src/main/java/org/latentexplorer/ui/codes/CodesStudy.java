package org.latentexplorer.ui.codes;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.latentexplorer.analysis.Analyzer;
import org.latentexplorer.analysis.AxisDensity;
import org.latentexplorer.analysis.CoverageResult;
import org.latentexplorer.analysis.PcaSummary;
import org.latentexplorer.engine.Encoding;
import org.latentexplorer.latent.Pca;
import org.latentexplorer.latent.Whitening;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.status.StatusSink;
import org.latentexplorer.ui.common.task.BackgroundTask;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.common.task.TaskExecutor;

/**
 * The study of codes beside their scatter: the number density along each axis and against the
 * radius, and where samples of the prior N(0, I) land among the codes (the prior coverage), with
 * the codes whitened first on request (PCA whitening, said in the heading). Computed in the
 * background; only the newest request's figures are shown.
 */
final class CodesStudy extends VBox {

  /** The width the figures are shown at; they are drawn larger and scaled down to it. */
  static final int SHOWN_W = 540;
  private static final int FIGURE_W = 660;
  private static final int FIGURE_H = 400;
  private static final int SAMPLES = 2000;
  private static final long SEED = 1;

  private record Figures(BufferedImage axes, BufferedImage radius, BufferedImage map, String summary) {}

  /** What does not depend on the whitening: the density figures and the codes' principal axes. */
  private record Fixed(BufferedImage axes, BufferedImage radius, Pca pca) {}

  private final Encoding codes;
  private final String name;
  private final TaskExecutor tasks;
  private final StatusSink status;
  private final NewestRequest requests = new NewestRequest();
  private volatile Fixed fixed;
  private final CheckBox whiten = new CheckBox("Whiten the codes first");
  private final Label coverageHeading = new Label();
  private final ImageView axes = new ImageView();
  private final ImageView radius = new ImageView();
  private final ImageView map = new ImageView();
  private final Label summary = new Label();

  CodesStudy(String name, Encoding codes, TaskExecutor tasks, StatusSink status) {
    super(6);
    this.name = name;
    this.codes = codes;
    this.tasks = tasks;
    this.status = status;
    setId("codes-study");
    whiten.setId("whiten");
    Tips.set(whiten, "PCA whitening: centre the codes, turn them to their principal axes"
        + " and scale each to variance 1, so that codes of any scale can be set against N(0, I)");
    Label density = heading("Number density");
    Label densityText = text("Is the space filled densely and uniformly? A histogram a dimension"
        + " (codes from a VAE's prior should look like N(0, 1)), and the radius ||z|| against the chi"
        + " distribution of a standard normal of the same dimension.");
    coverageHeading.getStyleClass().add("card-title");
    Label coverageText = text("Where do samples of N(0, I) land? A sample is inside the populated"
        + " region when it is as near a code as the codes are to each other.");
    summary.setWrapText(true);
    summary.setId("coverage-summary");
    summary.setMaxWidth(SHOWN_W);
    for (ImageView v : new ImageView[] {axes, radius, map}) {
      v.setPreserveRatio(true);
      v.setFitWidth(SHOWN_W);
      v.setSmooth(true);
    }
    getChildren().addAll(density, densityText, axes, radius, coverageHeading, coverageText, whiten,
        map, summary);
    whiten.selectedProperty().addListener((o, a, b) -> compute());
    compute();
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("card-title");
    return l;
  }

  private static Label text(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMaxWidth(SHOWN_W);
    return l;
  }

  /** Whether the coverage is measured on whitened codes. */
  boolean whitened() {
    return whiten.isSelected();
  }

  /** Measures the coverage on whitened codes, or on the codes as they are. */
  void setWhitened(boolean white) {
    whiten.setSelected(white);
  }

  /** The figures shown: the axes, the radius, the coverage map (null before the first arrives). */
  Image figure(int i) {
    return new ImageView[] {axes, radius, map}[i].getImage();
  }

  String summaryShown() {
    return summary.getText();
  }

  private void compute() {
    boolean white = whiten.isSelected();
    coverageHeading.setText("Prior coverage" + (white ? " of the whitened codes" : ""));
    NewestRequest.Request request = requests.next();
    String title = "Study of " + name;
    status.show(title + "...", -1);
    BackgroundTask.of(title, p -> figures(white))
        .onSuccess(f -> {
          if (request.isNewest()) {
            axes.setImage(SwingFXUtils.toFXImage(f.axes(), null));
            radius.setImage(SwingFXUtils.toFXImage(f.radius(), null));
            map.setImage(SwingFXUtils.toFXImage(f.map(), null));
            summary.setText(f.summary());
            status.show(title + ": done", -2);
          }
        })
        .onFailure(e -> {
          if (request.isNewest()) {
            status.error(title + " failed: " + BackgroundTask.message(e));
          }
        })
        .executeWith(tasks);
  }

  /** The coverage with or without whitening; the density and the PCA, which do not change, once. */
  private Figures figures(boolean white) {
    Fixed f = fixed;
    if (f == null) {
      AxisDensity d = AxisDensity.of(codes, 0.1);
      f = new Fixed(d.axesFigure(FIGURE_W, FIGURE_H), d.radiusFigure(FIGURE_W, FIGURE_H), PcaSummary.of(codes));
      fixed = f;
    }
    Pca pca = f.pca();
    CoverageResult c =
        CoverageResult.measure(codes, SAMPLES, SEED, white ? Whitening.of(pca) : null);
    return new Figures(
        f.axes(), f.radius(),
        c.mapFigure(Analyzer.plane(codes, pca), FIGURE_W, FIGURE_H + 80),
        c.summary());
  }
}
