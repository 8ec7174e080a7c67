package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.latentexplorer.analysis.directions.DirectionFigures;
import org.latentexplorer.analysis.directions.DirectionStudy;
import org.latentexplorer.analysis.directions.VectorExport;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.PaneAnalysis;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * The attribute vector from one class to another ({@link DirectionStudy}, as the {@code
 * directions} command computes it): where every item lies along it by class, how well that tells
 * the two classes apart, and the decodes along it. Shown for data with classes only.
 */
final class DirectionsCard extends Card {

  private record Shown(
      DirectionStudy study, BufferedImage projection, BufferedImage walk, BufferedImage analogy) {}

  /** The choice of no analogy. */
  static final String NO_ANALOGY = "(nothing)";

  private final ChoiceBox<String> from;
  private final ChoiceBox<String> to;
  private final ChoiceBox<String> applyTo;
  private final ModelSession session;
  private final PaneAnalysis analysis;
  private final DirectionWalk walk;
  private final VectorTable cosines;
  private final Button save = new Button("Save the vectors...");

  DirectionsCard(PaneAnalysis analysis, ModelPaneModel pane, StripModel strip, ModelSession s, String role) {
    super(
        "Directions between classes",
        "The vector from one class's mean code to another's (Latent Space Cartography, Liu et al."
            + " 2019): where every item lies along it, each class's spread as a line, the two"
            + " classes as bars, and the decodes from the first class's mean (0) to the second's (1)."
            + " Walk along it from the z shown in Explore, and compare the vectors found. Applied to a"
            + " third class C, it answers the analogy \"from is to to as C is to ?\" (White 2016):"
            + " mean(C) + v decoded, and the classes of its 20 nearest items. Or type latent"
            + " arithmetic for z.");
    this.session = s;
    this.analysis = analysis;
    List<String> classes = classes(s);
    from = new ChoiceBox<>(FXCollections.observableArrayList(classes));
    to = new ChoiceBox<>(FXCollections.observableArrayList(classes));
    from.setId("directions-from-" + role);
    to.setId("directions-to-" + role);
    from.setValue(classes.get(0));
    to.setValue(classes.get(1));
    List<String> targets = new java.util.ArrayList<>(List.of(NO_ANALOGY));
    targets.addAll(classes);
    applyTo = new ChoiceBox<>(FXCollections.observableArrayList(targets));
    applyTo.setId("directions-analogy-" + role);
    applyTo.setValue(NO_ANALOGY);
    Button find = new Button("Find the direction");
    find.setId("directions-run-" + role);
    find.setOnAction(e -> draw());
    save.setId("directions-save-" + role);
    save.setDisable(true);
    save.setOnAction(e -> chooseVectorsFile());
    controls(new Label("from"), from, new Label("to"), to, new Label("applied to"), applyTo, find, save);
    walk = new DirectionWalk(pane, strip, role);
    cosines = new VectorTable(role);
    extra(walk);
    extra(new DirectionExpression(s, pane, strip, cosines::vectors, role));
    extra(cosines);
  }

  /** The classes that have items in the data shown. */
  static List<String> classes(ModelSession s) {
    java.util.Set<Integer> present = new java.util.TreeSet<>();
    for (int label : s.data().labels()) {
      if (label >= 0) {
        present.add(label);
      }
    }
    return present.stream().map(l -> s.data().className(l)).toList();
  }

  /** Whether the data has two classes to draw a direction between. */
  static boolean applies(ModelSession s) {
    return classes(s).size() >= 2;
  }

  private void draw() {
    String a = from.getValue();
    String b = to.getValue();
    String c = applyTo.getValue();
    List<String> analogy = NO_ANALOGY.equals(c) ? null : List.of(a, b, c);
    NewestRequest.Request request = newRequest();
    if (a.equals(b)) {
      numbers("Choose two different classes.");
      return;
    }
    numbers("Finding the direction " + a + " → " + b + "...");
    analysis.run(
        "Direction " + a + " → " + b,
        p -> {
          DirectionStudy st =
              DirectionStudy.run(session, new DirectionStudy.Request(List.of(a), List.of(b), analogy, 9, 0.5, List.of(), null));
          return new Shown(st, DirectionFigures.projection(st, FIGURE_W, FIGURE_W * 3 / 5), DirectionFigures.walk(st),
              analogy == null ? null : DirectionFigures.analogy(st));
        },
        (Shown r) -> {
          if (isCurrent(request)) {
            DirectionStudy st = r.study();
            numbers(String.format(
                Locale.ROOT, "%s: length %.3g; %,d and %,d items; AUC of the position %.3f", st.vector().name(),
                st.vector().length(), st.vector().fromSize(), st.vector().toSize(), st.auc())
                + (st.analogy() == null ? "" : ". " + st.analogySentence()));
            figures(FIGURE_W, r.projection(), r.walk(), r.analogy());
            walk.setVector(st.vector());
            analysis.directionProperty().set(st.vector());
            cosines.add(st.vector());
            save.setDisable(false);
          }
        });
  }

  /** Asks where, then writes the vectors found (VectorExport) in the background. */
  private void chooseVectorsFile() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle("Save the vectors found");
    chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("NumPy arrays", "*.npy"));
    chooser.setInitialFileName(session.name() + "-vectors.npy");
    java.io.File f = chooser.showSaveDialog(getScene().getWindow());
    if (f == null) {
      return;
    }
    java.nio.file.Path file = f.toPath();
    List<org.latentexplorer.latent.directions.AttributeVector> vectors = cosines.vectors();
    analysis.run("Saving " + vectors.size() + " vectors to " + file.getFileName(), p -> {
      VectorExport.write(file, vectors, session.encoding().means(), session.data());
      return file;
    }, written -> numbers("Saved " + vectors.size() + " vectors to " + written + " and the two CSVs beside it."));
  }
}
