package de.ratsanfragen.monitoring;

import java.time.LocalDate;

import de.ratsanfragen.inquiry.InquiryItem;
import de.ratsanfragen.inquiry.InquiryOutline;
import de.ratsanfragen.inquiry.OpenInquiry;
import de.ratsanfragen.workflow.OpenTaskDates.OpenTask;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The monitor's views from the inquiry's and the engine's records, with what the monitor works out beside them. */
@Mapper
interface DeadlineMapper {

    @Mapping(target = "faction", source = "factionName")
    @Mapping(target = "subject", source = "inquiry.title")
    @Mapping(target = "lightLabel", expression = "java(light.label())")
    InquiryDeadline deadline(OpenInquiry inquiry, String factionName, Integer workingDaysLeft, TrafficLight light);

    /** The row with the items and tasks beside it. */
    InquiryDeadlineDetail detail(InquiryDeadline deadline, java.util.List<InquiryDeadlineDetail.ItemDeadline> itemDetails,
                                 java.util.List<InquiryDeadlineDetail.TaskDeadline> inquiryTasks, String cockpit);

    InquiryDeadlineDetail.ItemDeadline item(InquiryItem item, LocalDate taskDue, String taskUnit, int reminders, int escalations);

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
