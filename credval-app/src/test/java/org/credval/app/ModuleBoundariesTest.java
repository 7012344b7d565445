package org.credval.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature packages depend on the platform, never the other way round, and never on the CLI. */
class ModuleBoundariesTest {

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.credval");
  }

  @Test
  void platformDoesNotDependOnFeatures() {
    noClasses().that().resideInAPackage("org.credval.app.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("org.credval.app.catalog..", "org.credval.app.labormarket..",
            "org.credval.app.postings..", "org.credval.app.cli..",
            "org.credval.app.signals..")
        .check(classes);
  }

  @Test
  void featuresDoNotDependOnTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.credval.app.catalog..", "org.credval.app.labormarket..",
            "org.credval.app.postings..", "org.credval.app.signals..")
        .should().dependOnClassesThat().resideInAPackage("org.credval.app.cli..")
        .check(classes);
  }

  @Test
  void featuresReachEachOtherOnlyOutsideTheirWebAndImportPackages() {
    noClasses().that().resideInAPackage("org.credval.app.catalog..")
        .should().dependOnClassesThat().resideInAnyPackage("org.credval.app.labormarket.imports..")
        .check(classes);
    noClasses().that().resideInAPackage("org.credval.app.labormarket..")
        .should().dependOnClassesThat().resideInAnyPackage("org.credval.app.catalog.web..")
        .check(classes);
  }

  @Test
  void demandViewIsReachedByNoOtherFeatureAndReachesNoCommandLine() {
    // The Demand pages only read the signal tables: nothing else builds on them.
    noClasses().that().resideOutsideOfPackage("org.credval.app.demand..")
        .should().dependOnClassesThat().resideInAPackage("org.credval.app.demand..")
        .check(classes);
    noClasses().that().resideInAPackage("org.credval.app.demand..")
        .should().dependOnClassesThat().resideInAnyPackage("org.credval.app.cli..", "org.credval.app.postings..")
        .check(classes);
  }

  @Test
  void postingReadersRunWithoutSpringOrADatabase() {
    // credval extract runs them on a laptop with no database and no application context.
    noClasses().that().resideInAPackage("org.credval.app.postings.read..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
        .check(classes);
  }

  @Test
  void coreStaysFreeOfSpringJdbcAndSpark() {
    noClasses().that().resideInAPackage("org.credval.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.spark..")
        .check(classes);
  }
}
