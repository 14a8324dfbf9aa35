package dev.tradescope.cache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CachePackageRulesTest {
    private static final JavaClasses CACHE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tradescope.cache");

    @Test
    void cache_dependsOnlyOnMarketDataSupportConfigAndItsLibraries() {
        classes().that().resideInAPackage("dev.tradescope.cache").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.tradescope.cache..", "dev.tradescope.marketdata..",
                        "dev.tradescope.support..", "dev.tradescope.config..", "com.fasterxml.jackson..",
                        "com.github.benmanes.caffeine..", "io.lettuce.core..")
                .check(CACHE);
    }

    @Test
    void cache_hasNoManagerHelperUtilOrImplNames() {
        noClasses().that().resideInAPackage("dev.tradescope.cache").should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(CACHE);
    }
}
