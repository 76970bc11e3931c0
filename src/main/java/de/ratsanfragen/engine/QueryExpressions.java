package de.ratsanfragen.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Finds expression fields in a call of the engine API. Camunda evaluates {@code dueDateExpression},
 * {@code assigneeExpression} and the like in task and filter queries; with
 * {@code enableExpressionsInAdhocQueries=false} it refuses them only at the top level of a query, not inside
 * {@code orQueries} — and an expression with Java reflection runs any command as the service's user.
 * The service sends no such field itself (its Tasklist filters are stored by the service, not sent), so a
 * field named {@code …Expression} at any depth of a request body, or as a query parameter, is refused for
 * everyone. One pass over the tokens, no tree: linear in the body, with a nesting limit.
 */
final class QueryExpressions {

    /** Deeper than any query Camunda knows (an or-query holds variable conditions: four levels). */
    static final int MAX_NESTING = 32;
    private static final String SUFFIX = "expression";
    /** At least as lenient as any JSON reader behind the engine API, so that nothing it reads is hidden from this one. */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();

    /** What a body holds: nothing to object to, an expression field, or something this reader could not follow. */
    enum Finding { NONE, EXPRESSION, UNREADABLE, TOO_DEEP }

    /** A finding and, for an expression, the field's name. */
    record Result(Finding finding, String field) {
    }

    private QueryExpressions() {
    }

    /** The first expression field of a JSON body (all values of a body are read: concatenated documents too). */
    static Result inBody(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isExpression(parser.currentName())) {
                    return new Result(Finding.EXPRESSION, parser.currentName());
                }
            }
            return new Result(Finding.NONE, null);
        } catch (StreamConstraintsException deep) {
            return new Result(Finding.TOO_DEEP, null);
        } catch (IOException unreadable) {
            return new Result(Finding.UNREADABLE, null);
        }
    }

    /** The first expression among query parameter names, if any. */
    static Optional<String> inParameters(Collection<String> names) {
        return names.stream().filter(QueryExpressions::isExpression).findFirst();
    }

    private static boolean isExpression(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }
}
