package de.ratsanfragen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module map is checked, not just drawn: each top-level package is a module that may use only
 * the modules its {@code package-info.java} allows, only through their public API, without cycles.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(RatsanfragenApplication.class);

    private static final ArchRule CAMUNDA_ONLY_IN_ENGINE_AND_WORKFLOW = noClasses()
            .that().resideOutsideOfPackages("de.ratsanfragen.engine..", "de.ratsanfragen.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("only the engine module (hosting Camunda) and the workflow module (the processes) know the process engine");

    private static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.ratsanfragen");
    }

    @Test
    void modulesOnlyUseWhatTheyAreAllowedTo() {
        MODULES.verify();
    }

    @Test
    void onlyTheEngineAndWorkflowModulesImportCamunda() {
        CAMUNDA_ONLY_IN_ENGINE_AND_WORKFLOW.check(mainClasses());
    }

    @Test
    void aClassOfAnyOtherModuleThatImportsCamundaIsCaught() {
        JavaClasses elsewhere = new ClassFileImporter().importClasses(CamundaOutsideTheEngine.class);
        assertThat(CAMUNDA_ONLY_IN_ENGINE_AND_WORKFLOW.evaluate(elsewhere).hasViolation()).isTrue();
    }

    /** Stands for a class of any module but {@code engine} and {@code workflow} (this package is none of them). */
    static final class CamundaOutsideTheEngine {

        long engineTime() {
            return ClockUtil.getCurrentTime().getTime();
        }
    }
}
