package de.ratsanfragen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except for the engine's own multi-instance counters. Every answered item updates
 * {@code nrOfActiveInstances} and {@code nrOfCompletedInstances} of the inquiry's item loop; at history
 * level full each update is a historic variable read and written plus a detail row — a third of the
 * history writes of an answer, telling nobody anything (the items' states and answers are in the
 * service's tables, who did what in the task history and the user operation log). Everything else is
 * written as Camunda writes it.
 */
@Component
class QuietLoopCounterHistory extends AbstractProcessEnginePlugin {

    /** The variables Camunda keeps for multi-instance activities. */
    static final Set<String> LOOP_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new WithoutLoopCounters(new DbHistoryEventHandler()));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** The database history, passed every event but those of loop counters. */
    private record WithoutLoopCounters(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable && LOOP_COUNTERS.contains(variable.getVariableName()))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
