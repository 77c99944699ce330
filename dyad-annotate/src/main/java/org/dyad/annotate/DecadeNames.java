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
 * after "the", and not next to a measure, where "temperatures in the nineties" are degrees and "his
 * approval rating in the forties" percent, nor after a verb of level ("hovered in the forties",
 * "climbed into the twenties"), which places a number on a scale.
 */
final class DecadeNames {

    private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
    private static final Set<String> PARTS = Set.of("early", "mid", "late");
    private static final Set<String> MEASURES = Set.of("degree", "degrees", "temperature", "temperatures", "percent",
            "%", "points", "fahrenheit", "celsius", "mph", "score", "age", "aged", "rating", "ratings", "approval",
            "poll", "polls", "percentage");
    /**
     * Verbs that keep a quantity at a level ("hovered in the forties") and verbs that move it to one
     * ("climbed into the twenties", "fell to the thirties"). Not a change "in" a decade: "prices rose
     * in the seventies" is the 1970s.
     */
    private static final Set<String> STAYING = Set.of("hover", "stay", "remain", "linger", "sit", "fluctuate");
    private static final Set<String> MOVING = Set.of("climb", "rise", "fall", "drop", "sink", "slip", "dip", "soar",
            "jump", "slide", "plunge", "tumble", "surge");

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

    /**
     * Whether "the" at token i follows a verb of level and its preposition ("hovered in the forties",
     * "has climbed into the twenties").
     */
    private static boolean level(Sentence s, int i) {
        if (i < 2) {
            return false;
        }
        String preposition = s.token(i - 1).word().toLowerCase(Locale.ROOT);
        String verb = s.token(i - 2).lemma().toLowerCase(Locale.ROOT);
        return preposition.equals("in") && STAYING.contains(verb)
                || (preposition.equals("into") || preposition.equals("to")) && MOVING.contains(verb);
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
            if (begin == 0 || !s.token(begin - 1).word().equalsIgnoreCase("the") || measure(s, i)
                    || level(s, begin - 1)) {
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
