package dev.assay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies pointing one way along the flow (fact, snapshot, rules, framework, evaluation,
 * report, then the api and cli doors) and keeps the core free of HTTP, the AWS SDK and JDBC.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            // Test classes may sit in any build folder (-Dassay.build.dir), not only target/.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.assay");
  }

  @Test
  void factsDependOnNothingOfAssayButFacts() {
    noClasses()
        .that()
        .resideInAPackage("dev.assay.fact..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.assay.snapshot..",
            "dev.assay.rules..",
            "dev.assay.framework..",
            "dev.assay.evaluation..",
            "dev.assay.report..",
            "dev.assay.api..",
            "dev.assay.cli..",
            "io.micronaut..",
            "software.amazon.awssdk..",
            "org.kie..",
            "org.drools..")
        .check(classes);
  }

  @Test
  void coreDoesNotKnowTheDoors() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.assay.fact..",
            "dev.assay.snapshot..",
            "dev.assay.rules..",
            "dev.assay.framework..",
            "dev.assay.evaluation..",
            "dev.assay.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.assay.api..", "dev.assay.cli..")
        .check(classes);
  }

  @Test
  void rulesAndSnapshotsAreIndependentOfEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.assay.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.assay.snapshot..", "dev.assay.framework..", "dev.assay.evaluation..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.assay.snapshot..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.assay.rules..", "dev.assay.framework..", "dev.assay.evaluation..")
        .check(classes);
  }

  @Test
  void reloadKnowsNeitherTheStoreNorTheDoors() {
    noClasses()
        .that()
        .resideInAPackage("dev.assay.reload..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.assay.assessment..", "dev.assay.api..", "dev.assay.cli..", "io.micronaut..")
        .check(classes);
  }

  @Test
  void authKnowsNeitherTheDoorsNorMicronaut() {
    noClasses()
        .that()
        .resideInAPackage("dev.assay.auth..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.assay.api..", "dev.assay.cli..", "io.micronaut..")
        .check(classes);
  }

  @Test
  void frameworksDoNotDependOnEvaluation() {
    noClasses()
        .that()
        .resideInAPackage("dev.assay.framework..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.assay.rules..",
            "dev.assay.snapshot..",
            "dev.assay.evaluation..",
            "dev.assay.report..")
        .check(classes);
  }

  @Test
  void coreStaysFreeOfHttpSdkAndJdbc() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.assay.fact..", "dev.assay.framework..", "dev.assay.evaluation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut.http..", "software.amazon.awssdk..", "java.sql..", "javax.sql..")
        .check(classes);
  }
}
