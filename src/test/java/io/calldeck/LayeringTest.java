package io.calldeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * CallDeck's layers, checked on the compiled classes: the sandbox stands beside the product (only it knows it is
 * there), and the store answers to no layer above it, the connector included. The connector's own rule is {@code ConnectorArchitectureTest}.
 */
class LayeringTest {

    private static final JavaClasses CALLDECK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.calldeck");

    @Test
    void nothingOutsideTheSandboxDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("io.calldeck.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("io.calldeck.sandbox..")
                .because("the sandbox stands in for Gong when no Gong is configured; the product must run the same "
                        + "against a real Gong, so only the sandbox's own CDI alternatives know it is there")
                .check(CALLDECK);
    }

    @Test
    void theStoreDependsOnNoLayerAboveIt() {
        noClasses().that().resideInAPackage("io.calldeck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.calldeck.connector..",
                        "io.calldeck.sync..", "io.calldeck.dashboard..", "io.calldeck.api..", "io.calldeck.security..",
                        "io.calldeck.monitoring..", "io.calldeck.sandbox..")
                .because("the sync, the dashboard and the JSON API read and write through the store, not the other "
                        + "way round; the sync alone turns Gong's model into the store's rows (CallMapper), and the rate limit "
                        + "shared through PostgreSQL is io.calldeck.ratelimit's")
                .check(CALLDECK);
    }

    @Test
    void theDashboardAndTheApiDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.calldeck.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("io.calldeck.api..")
                .check(CALLDECK);
        noClasses().that().resideInAPackage("io.calldeck.api..")
                .should().dependOnClassesThat().resideInAPackage("io.calldeck.dashboard..")
                .check(CALLDECK);
    }
}
