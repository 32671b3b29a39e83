package io.calldeck.connector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The connector is embeddable on its own: its classes depend only on the JDK, Jakarta EE APIs (no Faces) and
 * MicroProfile APIs, never on the dashboard, the store, the sync, the sandbox, PrimeFaces or any library.
 */
class ConnectorArchitectureTest {

    private static final JavaClasses CONNECTOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.calldeck.connector");

    @Test
    void connectorDependsOnlyOnJavaJakartaAndMicroProfileApis() {
        classes().that().resideInAPackage("io.calldeck.connector..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.calldeck.connector..", "java..", "javax.annotation.processing..",
                        "jakarta.annotation..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.interceptor..",
                        "jakarta.json..", "jakarta.ws.rs..", "org.eclipse.microprofile..")
                .because("applications embed the connector jar alone, with only Jakarta EE and MicroProfile provided")
                .check(CONNECTOR);
    }

    @Test
    void connectorNeverTouchesFacesOrPrimeFaces() {
        noClasses().that().resideInAPackage("io.calldeck.connector..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                        "org.omnifaces..", "io.calldeck.dashboard..", "io.calldeck.store..", "io.calldeck.sync..",
                        "io.calldeck.sandbox..")
                .check(CONNECTOR);
    }
}
