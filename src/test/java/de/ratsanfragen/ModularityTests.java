package de.ratsanfragen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module map is checked, not just drawn: each top-level package is a module that may use only
 * the modules its {@code package-info.java} allows, only through their public API, without cycles.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(RatsanfragenApplication.class);

    @Test
    void modulesOnlyUseWhatTheyAreAllowedTo() {
        MODULES.verify();
    }

    @Test
    void onlyTheWorkflowModuleImportsCamunda() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.ratsanfragen");
        noClasses().that().resideOutsideOfPackage("de.ratsanfragen.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the workflow module is the only one that knows the process engine")
                .check(classes);
    }
}
