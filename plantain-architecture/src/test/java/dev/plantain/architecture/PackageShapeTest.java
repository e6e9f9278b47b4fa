package dev.plantain.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the packages: none so large that a reader cannot hold it (STYLE.md's 40 classes), and the planner's
 * steps (words, art, parse, graph, layout, checks, llm) depending on each other in one direction only.
 */
class PackageShapeTest {

    private static final int MOST_CLASSES = 40;

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plantain");
    }

    @Test
    void noPackageHoldsMoreThanFortyClasses() {
        Map<String, Long> sizes = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(sizes).as("top-level classes per package").isNotEmpty();
        assertThat(sizes.entrySet())
                .as("packages over %d top-level classes: cut them into sub-packages by step", MOST_CLASSES)
                .filteredOn(size -> size.getValue() > MOST_CLASSES)
                .isEmpty();
    }

    @Test
    void thePlannersStepsFormNoCycle() {
        slices().matching("dev.plantain.planner.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
