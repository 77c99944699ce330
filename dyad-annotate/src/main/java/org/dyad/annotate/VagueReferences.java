package org.dyad.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;

/**
 * Vague references to the present and the future:
 * <ul>
 *   <li>"these days" gets the TimeML reference value for the present (PRESENT_REF), where SUTime writes
 *       an unspecified duration of days (PXD) that says neither when nor how long. ("In recent years" is
 *       left as SUTime writes it: TimeBank annotates it as a duration as often as the past.)</li>
 *   <li>"future" before a noun that is no unit of time only qualifies that noun ("future earnings",
 *       "any future construction"): no temporal expression, unlike "the future" or "future years".
 *       ("Current" is left alone: TimeBank marks "current prices" as the present as often as not.)</li>
 * </ul>
 */
final class VagueReferences {

    private VagueReferences() {
    }

    /** Adjectives that name no time of their own before a noun. */
    private static final Set<String> QUALIFIERS = Set.of("future");
    /** Nouns after which they do name a time: "the current quarter", "future years". */
    private static final Set<String> UNITS = Set.of("quarter", "quarters", "year", "years", "month", "months", "week",
            "weeks", "period", "periods", "day", "days", "decade", "decades", "century", "season", "session", "half",
            "term", "fiscal", "generation", "generations");

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().filter(t -> !qualifier(s, t)).map(t -> reference(s, t)).toList();
    }

    /** Whether a one-word "future" only qualifies the noun after it. */
    private static boolean qualifier(Sentence s, Timex t) {
        if (t.end() - t.begin() != 1 || t.end() >= s.tokens().size()) {
            return false;
        }
        String word = s.token(t.begin()).word().toLowerCase(Locale.ROOT);
        Token next = s.token(t.end());
        return QUALIFIERS.contains(word) && next.isNoun() && !UNITS.contains(next.word().toLowerCase(Locale.ROOT));
    }

    private static Timex reference(Sentence s, Timex t) {
        if (!"PXD".equals(t.value()) || t.end() < 2) {
            return t;
        }
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        String modifier = s.token(t.end() - 2).word().toLowerCase(Locale.ROOT);
        if (modifier.equals("these") && last.equals("days")) {
            return new Timex(t.begin(), t.end(), t.text(), "DATE", "PRESENT_REF");
        }
        return t;
    }
}
