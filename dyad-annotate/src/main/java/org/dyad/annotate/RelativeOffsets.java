package org.dyad.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * "Three days later", "an hour later", "a day earlier": an offset from an event the story tells, not
 * from the publication date, which SUTime counts from. TimeML marks the offset itself as a duration
 * ("three days", P3D) and "later" as a signal, so the expression loses "later" or "earlier" and takes
 * the duration's value. Units of a month and longer keep their dates: "a year earlier" in a company
 * report compares with the same period of the year before (see {@link QuarterResolution}).
 */
final class RelativeOffsets {

    private static final Map<String, String> UNITS = Map.of("minute", "TM", "hour", "TH", "day", "D", "week", "W");
    private static final Map<String, String> COUNTS = Map.ofEntries(Map.entry("a", "1"), Map.entry("an", "1"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("few", "X"), Map.entry("several", "X"));
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

    private RelativeOffsets() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().map(t -> offset(s, t)).toList();
    }

    private static Timex offset(Sentence s, Timex t) {
        if (!"DATE".equals(t.type()) && !"TIME".equals(t.type()) || t.end() - t.begin() < 3) {
            return t;
        }
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        String unit = UNITS.get(s.token(t.end() - 2).lemma());
        if (!(last.equals("later") || last.equals("earlier")) || unit == null) {
            return t;
        }
        String w = s.token(t.end() - 3).word().toLowerCase(Locale.ROOT);
        String count = DIGITS.matcher(w).matches() ? w : COUNTS.get(w);
        if (count == null) {
            return t;
        }
        int begin = t.end() - 3;
        if (count.equals("X") && begin > t.begin() && s.token(begin - 1).word().equalsIgnoreCase("a")) {
            begin--;  // "a few days"
        }
        String value = unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
        StringBuilder text = new StringBuilder();
        for (int k = begin; k < t.end() - 1; k++) {
            text.append(k > begin ? " " : "").append(s.token(k).word());
        }
        return new Timex(begin, t.end() - 1, text.toString(), "DURATION", value);
    }
}
