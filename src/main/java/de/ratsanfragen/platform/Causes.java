package de.ratsanfragen.platform;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Looks through an exception's cause chain, each cause once (a chain may loop back on itself). */
public final class Causes {

    private Causes() {
    }

    /** The first exception of the chain, starting with this one, that matches; {@code null} if none does. */
    public static Throwable first(Throwable exception, Predicate<Throwable> matches) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = exception; current != null && seen.put(current, true) == null; current = current.getCause()) {
            if (matches.test(current)) {
                return current;
            }
        }
        return null;
    }

    /** The first exception of this type in the chain, or {@code null}. */
    public static <T extends Throwable> T first(Throwable exception, Class<T> type) {
        return type.cast(first(exception, type::isInstance));
    }
}
