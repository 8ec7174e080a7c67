package org.latentexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering described in the README's Code section: ui -> engine -> model/data/latent, JavaFX only in ui, DJL never in ui. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.latentexplorer");

  /**
   * Every top-level package is a layer, and each may be used only by the layers above it:
   * app -> cli, ui -> analysis -> engine, train -> model, data, latent.
   */
  @Test
  void everyPackageIsALayerUsedOnlyFromAbove() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("app").definedBy("org.latentexplorer.app..")
        .layer("cli").definedBy("org.latentexplorer.cli..")
        .layer("ui").definedBy("org.latentexplorer.ui..")
        .layer("analysis").definedBy("org.latentexplorer.analysis..")
        .layer("engine").definedBy("org.latentexplorer.engine..")
        .layer("train").definedBy("org.latentexplorer.train..")
        .layer("model").definedBy("org.latentexplorer.model..")
        .layer("data").definedBy("org.latentexplorer.data..")
        .layer("latent").definedBy("org.latentexplorer.latent..")
        .whereLayer("app").mayNotBeAccessedByAnyLayer()
        .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
        .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("app", "cli", "ui")
        .whereLayer("engine").mayOnlyBeAccessedByLayers("app", "cli", "ui", "analysis")
        .whereLayer("train").mayOnlyBeAccessedByLayers("app", "cli", "ui")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("app", "cli", "ui", "analysis", "engine", "train")
        .whereLayer("data")
        .mayOnlyBeAccessedByLayers("app", "cli", "ui", "analysis", "engine", "train", "model")
        .whereLayer("latent")
        .mayOnlyBeAccessedByLayers("app", "cli", "ui", "analysis", "engine", "train")
        .check(CLASSES);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.latentexplorer.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * The embedding methods (t-SNE, UMAP) build on the neighbour search; the search knows nothing of
   * them, and the rest of latent/ does not reach into either but through their public types.
   */
  @Test
  void neighbourSearchStandsBelowTheEmbeddings() {
    noClasses()
        .that()
        .resideInAPackage("org.latentexplorer.latent.neighbours..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.latentexplorer.latent.embedding..")
        .check(CLASSES);
    slices().matching("org.latentexplorer.latent.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  /** The window's tabs, a folder each; none may use another's classes. */
  private static final String[] TABS = {"explore", "analyse", "evaluate", "anomaly", "train"};

  @Test
  void noTabUsesAnotherTab() {
    for (String tab : TABS) {
      String[] others =
          java.util.Arrays.stream(TABS)
              .filter(t -> !t.equals(tab))
              .map(t -> "org.latentexplorer.ui." + t + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("org.latentexplorer.ui." + tab + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .check(CLASSES);
    }
  }

  /**
   * ui/common holds the helpers every tab uses and knows no tab and no workspace; the workspace
   * (the models shown, their state, the strip) knows no tab.
   */
  @Test
  void commonHelpersAndTheWorkspaceStandBelowTheTabs() {
    String[] tabs =
        java.util.Arrays.stream(TABS).map(t -> "org.latentexplorer.ui." + t + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.latentexplorer.ui.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            java.util.stream.Stream.concat(
                    java.util.Arrays.stream(tabs),
                    java.util.stream.Stream.of(
                        "org.latentexplorer.ui.workspace..", "org.latentexplorer.ui.session..",
                        "org.latentexplorer.ui.help.."))
                .toArray(String[]::new))
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.latentexplorer.ui.workspace..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(tabs)
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(tabs)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.latentexplorer.ui.session..", "org.latentexplorer.ui.help..")
        .check(CLASSES);
  }

  @Test
  void noCyclesBetweenTheWindowsFeatureFolders() {
    slices().matching("org.latentexplorer.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noJavaFxBelowTheUi() {
    noClasses()
        .that()
        .resideInAnyPackage("org.latentexplorer.data..", "org.latentexplorer.model..", "org.latentexplorer.latent..", "org.latentexplorer.train..", "org.latentexplorer.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
        .check(CLASSES);
  }

  @Test
  void noDjlInTheUi() {
    noClasses()
        .that()
        .resideInAnyPackage("org.latentexplorer.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ai.djl..")
        .check(CLASSES);
  }

  @Test
  void lowerLayersDoNotReachUp() {
    noClasses()
        .that()
        .resideInAnyPackage("org.latentexplorer.data..", "org.latentexplorer.model..", "org.latentexplorer.latent..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.latentexplorer.engine..", "org.latentexplorer.ui..", "org.latentexplorer.app..", "org.latentexplorer.cli..", "org.latentexplorer.train..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage("org.latentexplorer.engine..", "org.latentexplorer.train..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.latentexplorer.ui..", "org.latentexplorer.app..", "org.latentexplorer.cli..")
        .check(CLASSES);
  }

  @Test
  void dataAndLatentMathDoNotNeedDjl() {
    noClasses()
        .that()
        .resideInAnyPackage("org.latentexplorer.data..", "org.latentexplorer.latent..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ai.djl..")
        .check(CLASSES);
  }
}
