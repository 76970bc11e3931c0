package de.ratsanfragen.platform;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Values kept in {@code jsonb} columns, written and read with the application's object mapper. */
@Component
public class JsonColumns {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The value as JSON text for {@code cast(:param as jsonb)}, or {@code null}. */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column holds unreadable JSON: " + json, e);
        }
    }

    /** A JSON list of strings; an SQL {@code null} reads as an empty list. */
    public List<String> strings(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }
}
