package de.ratsanfragen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Which engine errors the mappers answer themselves, and how; all others stay Camunda's. */
class RefusedCompletionMapperTest {

    private final RefusedCompletionMapper.FromTaskResource fromTaskResource = new RefusedCompletionMapper.FromTaskResource();
    private final RefusedCompletionMapper.FromEngine fromEngine = new RefusedCompletionMapper.FromEngine();

    @Test
    void aConcurrentChangeIsAConflictToTryAgainWithAGermanMessage() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity' failed"), "Cannot complete task");
        assertThat(fromTaskResource.isMappable(wrapped)).isTrue();
        Response response = fromTaskResource.toResponse(wrapped);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((ExceptionDto) response.getEntity()).getMessage()).contains("gleichzeitig", "noch einmal abschließen");

        OptimisticLockingException direct = new OptimisticLockingException("ENGINE-03005");
        assertThat(fromEngine.isMappable(direct)).isTrue();
        assertThat(fromEngine.toResponse(direct).getStatus()).isEqualTo(409);
    }

    @Test
    void aRefusalKeepsItsMessageAndOtherErrorsAreLeftToCamunda() {
        RestException refused = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051", new TaskCompletionRefused("Bitte eine Antwort eingeben.")), "Cannot complete task");
        assertThat(fromTaskResource.toResponse(refused).getStatus()).isEqualTo(400);
        assertThat(((ExceptionDto) fromTaskResource.toResponse(refused).getEntity()).getMessage()).isEqualTo("Bitte eine Antwort eingeben.");

        assertThat(fromTaskResource.isMappable(new RestException(Response.Status.INTERNAL_SERVER_ERROR, "something else"))).isFalse();
        assertThat(fromEngine.isMappable(new ProcessEngineException("something else"))).isFalse();
    }
}
