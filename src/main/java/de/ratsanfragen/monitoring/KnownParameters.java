package de.ratsanfragen.monitoring;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** A request's parameters checked against the names a view knows: a typo is refused, never silently ignored. */
final class KnownParameters {

    private KnownParameters() {
    }

    /**
     * @param detail the German sentence for an unknown name
     * @throws ApiProblem 400 with this title for the first parameter not among {@code names}
     */
    static void require(Map<String, String> parameters, Set<String> names, String title, UnaryOperator<String> detail) {
        parameters.keySet().stream().filter(name -> !names.contains(name)).findFirst().ifPresent(name -> {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, title, detail.apply(name));
        });
    }
}
