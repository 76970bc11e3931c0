package de.ratsanfragen.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Lists for multi-instance activities, kept in process variables as comma-separated text: the engine
 * then stores plain strings, no serialized Java objects ({@code ${processLists.numbers(itemNumbers)}}).
 */
@Component("processLists")
public class ProcessLists {

    public List<Integer> numbers(String joined) {
        return split(joined).stream().map(Integer::valueOf).toList();
    }

    public List<String> codes(String joined) {
        return split(joined);
    }

    static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
