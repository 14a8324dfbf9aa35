package dev.tradescope.context;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContextPackageRulesTest {
    private static final JavaClasses CONTEXT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tradescope.context");

    @Test
    void context_dependsOnlyOnMarketDataValuesTradesAndSupport() {
        classes().that().resideInAPackage("dev.tradescope.context").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java.lang..", "java.util..", "java.time..", "java.math..",
                        "dev.tradescope.context", "dev.tradescope.marketdata", "dev.tradescope.support",
                        "dev.tradescope.trade", "dev.tradescope.trade.stats")
                .check(CONTEXT);
    }

    @Test
    void context_neverReadsTheClock() {
        noClasses().that().resideInAPackage("dev.tradescope.context").should().accessClassesThat()
                .belongToAnyOf(Clock.class).orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now").check(CONTEXT);
    }

    @Test
    void context_hasNoManagerHelperUtilOrImplNames() {
        noClasses().that().resideInAPackage("dev.tradescope.context").should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(CONTEXT);
    }
}
