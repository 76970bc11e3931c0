package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** The checks of one item sent back, for {@link Inquiry#sendBack}: a comment, and units the item's routing names. */
final class ItemReturns {

    private ItemReturns() {
    }

    /** @return the item, when its return is complete; else a German 400 */
    static TrackedItem check(TrackedItem item, ItemReturn back, String reference) {
        if (back.comment() == null || back.comment().isBlank()) {
            throw invalid("Wer Frage " + item.number() + " zurückgibt, sagt im Kommentar, was zu ändern ist.");
        }
        if (back.comment().length() > Contribution.MAX_TEXT_LENGTH) {
            throw invalid("Der Kommentar zu Frage " + item.number() + " ist mit " + back.comment().length()
                    + " Zeichen zu lang; erlaubt sind " + Contribution.MAX_TEXT_LENGTH + ".");
        }
        if (back.units() == null) {
            return item;
        }
        if (back.units().isEmpty()) {
            throw invalid("Bitte wählen, an welche Einheit Frage " + item.number() + " zurückgeht.");
        }
        Set<String> named = named(item.routing());
        back.units().stream().filter(unit -> !named.contains(unit)).findFirst().ifPresent(unit -> {
            throw invalid("„" + unit + "“ ist an Frage " + item.number() + " der Anfrage " + reference
                    + " nicht beteiligt; zurück geht eine Frage nur an ihre Einheiten (" + String.join(", ", named) + ").");
        });
        return item;
    }

    /** Every unit the routing names: the answering units and the consulted ones. */
    static Set<String> named(RoutingTag routing) {
        Set<String> units = new LinkedHashSet<>();
        if (routing != null) {
            units.addAll(routing.answeringUnits());
            units.addAll(routing.consulted());
        }
        return units;
    }

    /**
     * The units of an item sent back again in the same round: both choices; {@code null} (every unit) wins.
     *
     * @param earlier the units chosen before in this round
     * @param chosen  the units chosen now
     * @param again   whether the item was sent back before in this round
     */
    static List<String> union(List<String> earlier, List<String> chosen, boolean again) {
        if (chosen == null || again && earlier == null) {
            return null;
        }
        List<String> units = new ArrayList<>(again ? earlier : List.of());
        chosen.stream().filter(unit -> !units.contains(unit)).forEach(units::add);
        return units;
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Rückgabe unvollständig", detail);
    }
}
