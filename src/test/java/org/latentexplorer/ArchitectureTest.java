package org.latentexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: ui -> engine -> model/data/latent, JavaFX only in ui, DJL never in ui. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.latentexplorer");

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
