package dev.plantain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's dependency rules, on the compiled main classes of every module: records below stores and Kafka,
 * engines plain Java and blind to each other, the stage runtime blind to engines, services blind to each other, the
 * console blind to engines and stages, and the benchmarks above everything. Each module's README states the same
 * rules in words.
 */
class DependencyRulesTest {

    private static final String[] STAGE_ENGINES = {
        "dev.plantain.planner",
        "dev.plantain.draft",
        "dev.plantain.verifier",
        "dev.plantain.refiner",
        "dev.plantain.upscaler"
    };
    private static final String[] FRAMEWORKS = {
        "org.apache.kafka..", "software.amazon..", "io.quarkus..", "io.smallrye..", "jakarta.."
    };
    private static final String[] RUNTIME = {
        "dev.plantain.stage..",
        "dev.plantain.kafka..",
        "dev.plantain.blob.store..",
        "dev.plantain.cli..",
        "dev.plantain.bench..",
        "dev.plantain.console..",
        "..service.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plantain");
    }

    @Test
    void imageCodecsUseNoOtherPlantainPackage() {
        noClasses()
                .that()
                .resideInAPackage("dev.plantain.image..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.plantain..")
                .andShould()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.plantain.image..", "java..", "javax..", "org.w3c..")
                .check(classes);
    }

    @Test
    void recordsKnowNoStoreKafkaOrFramework() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.plantain.messages..", "dev.plantain.plan..", "dev.plantain.failure..", "dev.plantain.blob")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        RUNTIME, FRAMEWORKS, new String[] {"ai.djl..", "dev.plantain.render..", "dev.plantain.art.."}))
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.plantain.messages..", "dev.plantain.plan..", "dev.plantain.failure..", "dev.plantain.blob")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(engines())
                .check(classes);
    }

    @Test
    void enginesArePlainJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(concat(engines(), new String[] {
                    "dev.plantain.render..", "dev.plantain.art..", "dev.plantain.remote..", "dev.plantain.diffusion.."
                }))
                .and()
                .resideOutsideOfPackage("..service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(RUNTIME, FRAMEWORKS));
        rule.check(classes);
    }

    @Test
    void theRendererServesEveryStageAndUsesNone() {
        noClasses()
                .that()
                .resideInAPackage("dev.plantain.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(engines())
                .check(classes);
    }

    @Test
    void eachStagesEnginesIgnoreTheOtherStages() {
        for (String stage : STAGE_ENGINES) {
            List<String> others = java.util.Arrays.stream(STAGE_ENGINES)
                    .filter(s -> !s.equals(stage))
                    .map(s -> s + "..")
                    .toList();
            noClasses()
                    .that()
                    .resideInAPackage(stage + "..")
                    .and()
                    .resideOutsideOfPackage("..service..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others.toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void theStageRuntimeKnowsNoEngineAndNoService() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.plantain.stage..", "dev.plantain.kafka..", "dev.plantain.blob.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        engines(),
                        new String[] {"dev.plantain.render..", "dev.plantain.cli..", "dev.plantain.bench.."}))
                .check(classes);
    }

    @Test
    void servicesNeverUseEachOther() {
        for (String stage : STAGE_ENGINES) {
            List<String> others = java.util.Arrays.stream(STAGE_ENGINES)
                    .filter(s -> !s.equals(stage))
                    .map(s -> s + ".service..")
                    .toList();
            noClasses()
                    .that()
                    .resideInAPackage(stage + ".service..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others.toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void theConsoleUsesNoEngineStageRuntimeOrService() {
        noClasses()
                .that()
                .resideInAPackage("dev.plantain.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(engines(), new String[] {
                    "dev.plantain.render..",
                    "dev.plantain.art..",
                    "dev.plantain.stage..",
                    "dev.plantain.cli..",
                    "dev.plantain.bench..",
                    "..service.."
                }))
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.plantain.console..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.plantain.console..")
                .check(classes);
    }

    @Test
    void theShippedCommandLineCarriesNoBenchmark() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.plantain.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.plantain.bench..")
                .check(classes);
    }

    private static String[] engines() {
        return java.util.Arrays.stream(STAGE_ENGINES).map(s -> s + "..").toArray(String[]::new);
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
