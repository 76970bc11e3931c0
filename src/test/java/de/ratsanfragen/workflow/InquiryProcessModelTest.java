package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ratsanfragen.engine.TaskForms;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/**
 * The process models in {@code bpmn/} fail here on wiring errors, before any engine runs them: ids and
 * keys as {@link InquiryProcess} names them, every user task fully described, every form present.
 */
class InquiryProcessModelTest {

    private static BpmnModelInstance model(String file) {
        return Bpmn.readModelFromFile(Path.of("bpmn", file).toFile());
    }

    private static final List<BpmnModelInstance> MODELS = List.of(model("inquiry.bpmn"), model("deadline-notice.bpmn"));

    private static Stream<UserTask> userTasks() {
        return MODELS.stream().flatMap(model -> model.getModelElementsByType(UserTask.class).stream());
    }

    @Test
    void processKeysAndElementIdsAreTheOnesTheCodeUses() {
        Set<String> processes = MODELS.stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());
        assertThat(processes).containsExactlyInAnyOrder(InquiryProcess.KEY, InquiryProcess.NOTICE_KEY);
        Set<String> ids = MODELS.stream().flatMap(model -> model.getModelElementsByType(FlowNode.class).stream())
                .map(FlowNode::getId).collect(Collectors.toSet());
        assertThat(ids).contains(InquiryProcess.TASK_TRIAGE, InquiryProcess.TASK_APPROVE, InquiryProcess.SUBPROCESS_ANSWER_ITEM,
                InquiryProcess.TASK_CONTRIBUTE, InquiryProcess.TASK_COMMENT, InquiryProcess.TASK_ANSWER,
                InquiryProcess.TASK_REROUTE, InquiryProcess.TASK_SIGN_OFF, InquiryProcess.SUBPROCESS_SIGN_OFF,
                InquiryProcess.SUBPROCESS_ITEM_WORK);
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("(start|end|task|service|gateway|subprocess|boundary)_[a-z_]+"));
    }

    /** Every {@code ${bean}} the models call is a bean name of {@link InquiryProcess}, and every such name is called. */
    @Test
    void theModelsCallExactlyTheDelegateBeansTheCodeNames() throws IOException {
        Set<String> called = new java.util.TreeSet<>();
        for (String file : List.of("inquiry.bpmn", "deadline-notice.bpmn")) {
            java.util.regex.Matcher calls = java.util.regex.Pattern.compile("delegateExpression=\"\\$\\{([^}]+)}\"")
                    .matcher(Files.readString(Path.of("bpmn", file)));
            calls.results().forEach(call -> called.add(call.group(1)));
        }
        assertThat(called).containsExactlyInAnyOrderElementsOf(InquiryProcess.BEANS);
    }

    @Test
    void everyProcessHasAHistoryTimeToLive() {
        MODELS.stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
                .forEach(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank());
    }

    @Test
    void everyUserTaskHasGermanNameDescriptionGroupDatesAndForm() {
        assertThat(userTasks()).hasSize(7).allSatisfy(task -> {
            assertThat(task.getName()).as(task.getId()).contains("${reference}");
            assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).startsWith("${");
            assertThat(task.getCamundaDueDate()).as(task.getId()).startsWith("${");
            assertThat(task.getCamundaFollowUpDate()).as(task.getId()).startsWith("${");
            assertThat(task.getCamundaFormRef()).as(task.getId()).startsWith("form_");
        });
    }

    @Test
    void everyTaskFormAsksForExactlyTheInputsItsCompletionMayCarry() {
        Map<String, TaskForms.Form> forms = TaskForms.load();
        userTasks().forEach(task -> {
            TaskForms.Form form = forms.get(task.getCamundaFormRef());
            assertThat(form).as("form of %s", task.getId()).isNotNull();
            assertThat(form.inputs()).as("editable fields of %s", task.getCamundaFormRef())
                    .containsExactlyElementsOf(InquiryProcess.TASK_INPUTS.get(task.getId()));
            assertThat(form.fields()).as("fields of %s", task.getCamundaFormRef())
                    .containsAll(form.inputs()).contains("reference");
        });
        assertThat(InquiryProcess.TASK_INPUTS.keySet())
                .containsExactlyInAnyOrderElementsOf(userTasks().map(UserTask::getId).toList());
    }

    @Test
    void everyElementAndFlowIsDrawn() {
        for (BpmnModelInstance model : MODELS) {
            Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
            Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            assertThat(drawn).containsAll(nodes.stream().map(FlowNode::getId).toList());
            Set<String> drawnFlows = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
            assertThat(drawnFlows).containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
        }
    }

    /** A flow drawn across a task or gateway it does not connect reads as a wrong connection in the Modeler. */
    @Test
    void noFlowIsDrawnAcrossAnElementItDoesNotConnect() {
        for (BpmnModelInstance model : MODELS) {
            Map<String, Bounds> shapes = new HashMap<>();
            model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess))
                    .forEach(shape -> shapes.put(shape.getBpmnElement().getId(), shape.getBounds()));
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
                List<Waypoint> points = List.copyOf(edge.getWaypoints());
                shapes.forEach((id, box) -> {
                    if (id.equals(flow.getSource().getId()) || id.equals(flow.getTarget().getId())) {
                        return;
                    }
                    for (int i = 1; i < points.size(); i++) {
                        assertThat(crosses(points.get(i - 1), points.get(i), box)).as("%s drawn across %s", flow.getId(), id).isFalse();
                    }
                });
            }
        }
    }

    /** Whether the segment a–b passes through the inside of the box (tested at 1-pixel steps). */
    private static boolean crosses(Waypoint a, Waypoint b, Bounds box) {
        double length = Math.max(Math.abs(b.getX() - a.getX()), Math.abs(b.getY() - a.getY()));
        for (int step = 0; step <= length; step++) {
            double t = length == 0 ? 0 : step / length;
            double x = a.getX() + t * (b.getX() - a.getX());
            double y = a.getY() + t * (b.getY() - a.getY());
            if (x > box.getX() + 1 && x < box.getX() + box.getWidth() - 1 && y > box.getY() + 1 && y < box.getY() + box.getHeight() - 1) {
                return true;
            }
        }
        return false;
    }
}
