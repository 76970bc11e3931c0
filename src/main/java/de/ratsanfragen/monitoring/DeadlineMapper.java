package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.List;

import de.ratsanfragen.inquiry.InquiryItem;
import de.ratsanfragen.inquiry.InquiryOutline;
import de.ratsanfragen.inquiry.OpenInquiry;
import de.ratsanfragen.workflow.OpenTaskDates.OpenTask;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The monitor's views from the inquiry's and the engine's records, with what the monitor works out beside them. */
@Mapper
interface DeadlineMapper {

    /** A row: its light and label worked out by the monitor (a final inquiry has no light: the label is its state's). */
    @Mapping(target = "faction", source = "factionName")
    @Mapping(target = "subject", source = "inquiry.title")
    @Mapping(target = "overdueItems", source = "overdue")
    @Mapping(target = "heldBy", source = "heldBy")
    InquiryDeadline deadline(OpenInquiry inquiry, String factionName, Integer workingDaysLeft, TrafficLight light, String lightLabel,
                             int overdue, List<Holder> heldBy);

    /** The row with the items and tasks beside it. */
    InquiryDeadlineDetail detail(InquiryDeadline deadline, List<InquiryDeadlineDetail.ItemDeadline> itemDetails,
                                 List<InquiryDeadlineDetail.TaskDeadline> inquiryTasks, String cockpit, LocalDate releasedOn);

    @Mapping(target = "overdue", source = "late")
    @Mapping(target = "heldBy", source = "heldBy")
    InquiryDeadlineDetail.ItemDeadline item(InquiryItem item, LocalDate taskDue, String taskUnit, int reminders, int escalations,
                                            boolean late, List<Holder> heldBy);

    @Mapping(target = "inquiryId", source = "inquiry.id")
    @Mapping(target = "reference", source = "inquiry.reference")
    @Mapping(target = "subject", source = "inquiry.title")
    @Mapping(target = "inquiryDue", source = "inquiry.dueDate")
    @Mapping(target = "item", source = "task.item")
    @Mapping(target = "task", source = "task.name")
    @Mapping(target = "unit", source = "task.unit")
    @Mapping(target = "tasklist", source = "task.tasklistPath")
    @Mapping(target = "lightLabel", expression = "java(light.label())")
    UnitTaskDeadline unitTask(InquiryOutline inquiry, OpenTask task, String itemText, LocalDate taskDue,
                              Integer workingDaysLeft, TrafficLight light);
}
