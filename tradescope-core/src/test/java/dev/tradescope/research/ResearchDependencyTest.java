package dev.tradescope.research;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the research package on its side of the architecture: support and config only, no I/O to the network. */
class ResearchDependencyTest {

    private static final JavaClasses RESEARCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tradescope.research");

    @Test
    void research_dependsOnlyOnSupportConfigTheJdkJacksonAnnotationsAndCommonmark() {
        classes().that().resideInAPackage("dev.tradescope.research")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.tradescope.research",
                        "dev.tradescope.support..", "dev.tradescope.config..", "java..", "javax.annotation..",
                        "com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..",
                        "org.commonmark..")
                .check(RESEARCH);
    }

    @Test
    void research_neverOpensNetworkConnections() {
        classes().that().resideInAPackage("dev.tradescope.research")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("java.net.http..")
                .check(RESEARCH);
    }
}
