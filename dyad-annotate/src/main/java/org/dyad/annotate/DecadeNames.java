package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Adds decades named in words, which SUTime does not read: "the nineties", "the early eighties" are the
 * decade (TIMEX3 "199", "198") of the latest century that has reached it by the publication date. Only
 * after "the", and not next to a measure, where "temperatures in the nineties" are degrees.
 */
final class DecadeNames {

    private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
    private static final Set<String> PARTS = Set.of("early", "mid", "late");
    private static final Set<String> MEASURES = Set.of("degree", "degrees", "temperature", "temperatures", "percent",
            "%", "points", "fahrenheit", "celsius", "mph", "score", "age", "aged");

    private DecadeNames() {
    }

    /** Whether a word of measure stands within a few words of token i. */
    private static boolean measure(Sentence s, int i) {
        for (int k = Math.max(0, i - 5); k < Math.min(s.tokens().size(), i + 3); k++) {
            if (MEASURES.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor) {
        if (anchor == null) {
            return timexes;
        }
        List<Timex> out = new ArrayList<>(timexes);
        for (int i = 1; i < s.tokens().size(); i++) {
            Integer decade = DECADES.get(s.token(i).word().toLowerCase(Locale.ROOT));
            if (decade == null) {
                continue;
            }
            int begin = PARTS.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT)) ? i - 1 : i;
            if (begin == 0 || !s.token(begin - 1).word().equalsIgnoreCase("the") || measure(s, i)) {
                continue;
            }
            int b = begin - 1;
            int e = i + 1;
            if (timexes.stream().anyMatch(t -> t.begin() < e && b < t.end())) {
                continue;
            }
            int century = anchor.getYear() / 100;
            if (century * 10 + decade > anchor.getYear() / 10) {
                century--;  // "the nineties" read in 2005 are the 1990s
            }
            StringBuilder text = new StringBuilder();
            for (int k = b; k < e; k++) {
                text.append(k > b ? " " : "").append(s.token(k).word());
            }
            out.add(new Timex(b, e, text.toString(), "DATE", century + "" + decade));
        }
        out.sort(Comparator.comparingInt(Timex::begin));
        return out;
    }
}
