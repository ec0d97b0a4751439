package dev.switchboard.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the hexagon's arrows pointing inward. Every rule keeps ArchUnit's default of failing when it matches no
 * classes, so a renamed package breaks the rule instead of silently passing it.
 */
@AnalyzeClasses(
    packages = "dev.switchboard",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** Test-jars of other modules hold fixtures, not production code. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String DOMAIN = "dev.switchboard.domain..";
  private static final String APPLICATION = "dev.switchboard.application..";
  private static final String HTTP = "dev.switchboard.adapter.http..";
  private static final String PERSISTENCE = "dev.switchboard.adapter.persistence..";
  private static final String CHANNELS = "dev.switchboard.adapter.channel..";
  private static final String BOOTSTRAP = "dev.switchboard.bootstrap..";

  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      classes().that().resideInAPackage(DOMAIN).should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

  @ArchTest
  static final ArchRule application_depends_only_on_the_domain_and_the_jdk =
      classes()
          .that().resideInAPackage(APPLICATION)
          .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..");

  @ArchTest
  static final ArchRule driving_ports_do_not_know_driven_ports =
      noClasses()
          .that().resideInAPackage("dev.switchboard.application.port.in..")
          .should().dependOnClassesThat().resideInAPackage("dev.switchboard.application.port.out..");

  @ArchTest
  static final ArchRule driven_ports_do_not_know_driving_ports =
      noClasses()
          .that().resideInAPackage("dev.switchboard.application.port.out..")
          .should().dependOnClassesThat().resideInAPackage("dev.switchboard.application.port.in..");

  @ArchTest
  static final ArchRule the_http_adapter_does_not_use_other_adapters =
      noClasses().that().resideInAPackage(HTTP).should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, CHANNELS);

  @ArchTest
  static final ArchRule the_persistence_adapter_does_not_use_other_adapters =
      noClasses().that().resideInAPackage(PERSISTENCE).should().dependOnClassesThat().resideInAnyPackage(HTTP, CHANNELS);

  @ArchTest
  static final ArchRule the_channel_adapters_do_not_use_other_adapters =
      noClasses().that().resideInAPackage(CHANNELS).should().dependOnClassesThat().resideInAnyPackage(HTTP, PERSISTENCE);

  @ArchTest
  static final ArchRule adapters_reach_the_core_only_through_ports =
      noClasses()
          .that().resideInAnyPackage(HTTP, PERSISTENCE, CHANNELS)
          .should().dependOnClassesThat().resideInAPackage("dev.switchboard.application.service..");

  @ArchTest
  static final ArchRule nothing_depends_on_bootstrap =
      noClasses().that().resideOutsideOfPackage(BOOTSTRAP).should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

  @ArchTest
  static final ArchRule domain_features_have_no_cycles =
      slices().matching("dev.switchboard.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule application_packages_have_no_cycles =
      slices().matching("dev.switchboard.application.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule adapter_packages_have_no_cycles =
      slices().matching("dev.switchboard.adapter.(**)").should().beFreeOfCycles();

  private static final DescribedPredicate<JavaClass> SEALED_RESULT_TYPES =
      DescribedPredicate.describe("sealed result types", javaClass -> javaClass.reflect().isSealed());

  @ArchTest
  static final ArchRule driving_ports_are_use_cases =
      classes()
          .that().resideInAPackage("dev.switchboard.application.port.in")
          .and().areInterfaces()
          .and().areTopLevelClasses()
          .and(DescribedPredicate.not(SEALED_RESULT_TYPES))
          .should().haveSimpleNameEndingWith("UseCase");

  @ArchTest
  static final ArchRule use_cases_are_implemented_by_hidden_services =
      classes()
          .that().resideInAPackage("dev.switchboard.application.service")
          .and().implement(
              DescribedPredicate.describe(
                  "a driving port",
                  (JavaClass port) -> port.getPackageName().equals("dev.switchboard.application.port.in")))
          .should().haveSimpleNameEndingWith("Service")
          .andShould().notBePublic();
}
