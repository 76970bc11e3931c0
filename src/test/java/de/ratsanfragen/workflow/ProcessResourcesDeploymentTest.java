package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;

/**
 * Camunda Forms are deployed like BPMN and DMN: the resource pattern lists {@code .form} files
 * under {@code bpmn/} on the classpath (a test fixture here; the real ones come from the top-level
 * {@code bpmn/} folder through the build).
 */
class ProcessResourcesDeploymentTest extends ServiceTestSupport {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formsUnderBpmnAreDeployed() {
        List<String> resources = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
                .toList();

        assertThat(resources).anySatisfy(name -> assertThat(name).endsWith("fixture_form_deployment.form"));
        // the engine has no public query for form definitions; its table says whether the form was parsed
        assertThat(jdbc.queryForObject("select count(*) from act_re_camformdef where key_ = 'fixture_form_deployment'",
                Integer.class)).isEqualTo(1);
    }
}
