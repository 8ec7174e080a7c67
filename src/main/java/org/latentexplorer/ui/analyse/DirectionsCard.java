package org.latentexplorer.ui.analyse;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.latentexplorer.analysis.directions.DirectionFigures;
import org.latentexplorer.analysis.directions.DirectionStudy;
import org.latentexplorer.analysis.directions.ItemGroup;
import org.latentexplorer.analysis.directions.VectorExport;
import org.latentexplorer.engine.ModelSession;
import org.latentexplorer.ui.common.Tips;
import org.latentexplorer.ui.common.task.NewestRequest;
import org.latentexplorer.ui.workspace.ModelPaneModel;
import org.latentexplorer.ui.workspace.PaneAnalysis;
import org.latentexplorer.ui.workspace.strip.StripModel;

/**
 * The attribute vector from one group to another ({@link DirectionStudy}, as the {@code
 * directions} command computes it): where every item lies along it by class, how well that tells
 * the two groups apart, and the decodes along it. A group is a class chosen from the list, or
 * typed: classes, items ({@code #12}), bookmarks ({@code b1, b2}), selections drawn on the scatter
 * ({@code s1}) and on data with ground-truth
 * factors their levels ({@code x=0..5}), separated by commas ({@link
 * org.latentexplorer.analysis.directions.ItemGroup}). The vector may be named; the name is how the
 * cosine table and the sliders show it. Shown for data with classes only.
 */
final class DirectionsCard extends Card {

  private record Shown(
      DirectionStudy study, BufferedImage projection, BufferedImage walk, BufferedImage analogy, String problem) {}

  /** The choice of no analogy. */
  static final String NO_ANALOGY = "(nothing)";

  private final ComboBox<String> from;
  private final ComboBox<String> to;
  private final TextField name = new TextField();
  private final ChoiceBox<String> applyTo;
  private final ModelSession session;
  private final PaneAnalysis analysis;
  private final ModelPaneModel pane;
  private final DirectionWalk walk;
  private final VectorTable cosines;
  private final SelectionsLine selections;
  private final List<String> classes;
  private final Button save = new Button("Save the vectors...");
  /** The vector this card found last (the others came from a session or a lesson step). */
  private org.latentexplorer.latent.directions.AttributeVector drawn;

  DirectionsCard(PaneAnalysis analysis, ModelPaneModel pane, StripModel strip, ModelSession s, String role) {
    super(
        "Directions between groups",
        "The vector from one group's mean code to another's (Latent Space Cartography, Liu et al."
            + " 2019): where every item lies along it, each class's spread as a line, the two"
            + " groups as bars, and the decodes from the first group's mean (0) to the second's (1)."
            + " A group is a class, or typed: classes, items (#12), bookmarks (b1, b2), selections"
            + " drawn on the scatter with Ctrl-drag (s1) or factor levels (x=0..5), separated by commas. Walk along it from the z shown in Explore,"
            + " compare the vectors found, or choose them as the sliders. Applied to a third class"
            + " C, it answers the analogy \"from is to to as C is to ?\" (White 2016): mean(C) + v"
            + " decoded, and the classes of its 20 nearest items. Or type latent arithmetic for z.");
    this.session = s;
    this.analysis = analysis;
    this.pane = pane;
    classes = classes(s);
    from = group(classes, classes.get(0), "directions-from-" + role, s);
    to = group(classes, classes.get(1), "directions-to-" + role, s);
    name.setId("directions-name-" + role);
    name.setPromptText("name it (optional)");
    name.setPrefColumnCount(9);
    Tips.set(name, "The vector's name in the table, the sliders and the saved files; empty:"
        + " \"from → to\". A vector found again under the same name replaces the old one");
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
    controls(new Label("from"), from, new Label("to"), to, name, new Label("applied to"), applyTo, find, save);
    walk = new DirectionWalk(pane, strip, role);
    cosines = new VectorTable(role);
    selections = new SelectionsLine(pane.selections(), s.data(), role);
    extra(selections);
    extra(walk);
    extra(new DirectionExpression(s, pane, strip, cosines::vectors, role));
    extra(cosines);
    cosines.show(analysis.vectors());
    listen(pane.selections().items(), (javafx.collections.ListChangeListener<org.latentexplorer.ui.workspace.Selections.Selection>) c -> {
      selections.show(pane.selections().items());
      offerGroups();
    });
    offerGroups();
    listen(analysis.directionProperty(), (o, a, v) -> showFound(v));
    showFound(analysis.directionProperty().get());
    save.setDisable(analysis.vectors().isEmpty());
    listen(analysis.vectors(), (javafx.collections.ListChangeListener<org.latentexplorer.latent.directions.AttributeVector>) c -> {
      cosines.show(analysis.vectors());
      save.setDisable(analysis.vectors().isEmpty());
    });
  }

  /** The from and to boxes offer the classes, then the selections drawn; what is typed stays. */
  private void offerGroups() {
    List<String> offered = new java.util.ArrayList<>(classes);
    offered.addAll(selections.names());
    for (ComboBox<String> box : List.of(from, to)) {
      if (!box.getItems().equals(offered)) {
        String typed = typed(box);
        box.getItems().setAll(offered);
        box.setValue(typed);
      }
    }
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

  private static ComboBox<String> group(List<String> classes, String first, String id, ModelSession s) {
    ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(classes));
    box.setEditable(true);
    box.setValue(first);
    box.setId(id);
    box.setPrefWidth(130);
    Tips.set(box, "A class, or type a group, parts separated by commas: classes, items (#12),"
        + " bookmarks (b1, b2 in the bookmarks' order), selections drawn on the scatter (s1: Ctrl-drag a loop)"
        + (s.data().factors() == null ? "" : ", levels of a factor (" + String.join(", ", s.data().factors().names())
            + ": such as " + s.data().factors().names().get(s.data().factors().names().size() - 2) + "=0..5)"));
    return box;
  }

  /** Whether the data has two classes to draw a direction between. */
  static boolean applies(ModelSession s) {
    return classes(s).size() >= 2;
  }

  private void draw() {
    String a = typed(from);
    String b = typed(to);
    String c = applyTo.getValue();
    String named = name.getText().strip();
    List<String> analogy = NO_ANALOGY.equals(c) ? null : List.of(a, b, c);
    NewestRequest.Request request = newRequest();
    if (a.isEmpty() || b.isEmpty() || a.equalsIgnoreCase(b)) {
      numbers("Choose two different groups.");
      return;
    }
    var names = pane.selections().names(pane.bookmarks().items());
    numbers("Finding the direction " + a + " → " + b + "...");
    analysis.run(
        "Direction " + a + " → " + b,
        p -> {
          DirectionStudy found;
          try {
            found = DirectionStudy.run(session,
                new DirectionStudy.Request(ItemGroup.parts(a), ItemGroup.parts(b), analogy, 9, 0.5, List.of(), null), names);
          } catch (org.latentexplorer.data.DatasetException e) {
            return new Shown(null, null, null, null, inCardWords(e.getMessage()));
          }
          DirectionStudy st = named.isEmpty() ? found : found.named(named);
          return new Shown(st, DirectionFigures.projection(st, FIGURE_W, FIGURE_W * 3 / 5), DirectionFigures.walk(st),
              analogy == null ? null : DirectionFigures.analogy(st), null);
        },
        (Shown r) -> {
          if (isCurrent(request) && r.problem() != null) {
            numbers(r.problem());
            figures(FIGURE_W);
          } else if (isCurrent(request)) {
            DirectionStudy st = r.study();
            numbers(String.format(
                Locale.ROOT, "%s: length %.3g; %,d and %,d items; AUC of the position %.3f; most along %s",
                st.vector().name(), st.vector().length(), st.vector().fromSize(), st.vector().toSize(), st.auc(),
                st.vector().mainAxis())
                + (st.analogy() == null ? "" : ". " + st.analogySentence()));
            figures(FIGURE_W, r.projection(), r.walk(), r.analogy());
            drawn = st.vector();
            walk.setVector(drawn);
            analysis.addVector(drawn);
          }
        });
  }

  /** A group's problem as the card names its boxes: "from", "to" and "applied to", not the command's options. */
  private static String inCardWords(String message) {
    return message.replaceFirst("^--from and --to", "from and to").replaceFirst("^--from:", "from:")
        .replaceFirst("^--to:", "to:").replaceFirst("^--analogy", "applied to");
  }

  /** A vector found elsewhere (a session, a lesson step): its groups and name in the controls, and its study. */
  private void showFound(org.latentexplorer.latent.directions.AttributeVector v) {
    if (v == null || v == drawn) {
      return;
    }
    from.setValue(ItemGroup.spec(v.fromName()));
    to.setValue(ItemGroup.spec(v.toName()));
    name.setText(v.hasDefaultName() ? "" : v.name());
    applyTo.setValue(NO_ANALOGY);
    draw();
  }

  private static String typed(ComboBox<String> box) {
    String text = box.getEditor().getText();
    return (text == null || text.isBlank() ? String.valueOf(box.getValue()) : text).strip();
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
