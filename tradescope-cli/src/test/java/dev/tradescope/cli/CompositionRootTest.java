package dev.tradescope.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only {@link Wiring} names concrete vendor, local-file and Redis classes. */
class CompositionRootTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // in a packaged build the core's test classes come as a -tests.jar
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.tradescope");

    @Test
    void onlyWiringNamesVendorAndRedisClasses() {
        noClasses().that().doNotHaveFullyQualifiedName(Wiring.class.getName())
                .and().resideOutsideOfPackages("dev.tradescope.marketdata.(*)..", "dev.tradescope.resilience..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tradescope.marketdata.yahoo..",
                        "dev.tradescope.marketdata.alphavantage..", "dev.tradescope.marketdata.fmp..",
                        "dev.tradescope.marketdata.secedgar..", "dev.tradescope.marketdata.fred..",
                        "dev.tradescope.marketdata.coingecko..", "dev.tradescope.marketdata.imf..",
                        "dev.tradescope.marketdata.local..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Redis")
                .check(CLASSES);
    }
}
