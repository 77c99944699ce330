package org.dyad.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Counts that SUTime leaves out of a duration: it marks only "years" in "2 1/2 years" and "20 more
 * years" and writes an unspecified count (PXY), and only "a minute" in "a minute and a half". The
 * expression is widened over the count and the value written with it: P2Y6M, P20Y, PT1M30S. "The
 * next several days", which SUTime writes as a range of dates, is a duration of unspecified count (PXD).
 */
final class DurationCounts {

    private static final Pattern UNSPECIFIED = Pattern.compile("P(T?)X([YMWDHS])");
    private static final Pattern COUNTED = Pattern.compile("P(T?)(\\d+)([YMWDHS])");
    private static final Pattern VAGUE_RANGE = Pattern.compile(
            "(?:the )?(?:next|past|last|coming) (?:several|few) (minute|hour|day|week|month|quarter|year)s");
    private static final Map<String, String> UNITS = Map.of("minute", "TM", "hour", "TH", "day", "D", "week", "W",
            "month", "M", "quarter", "Q", "year", "Y");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern HALVES = Pattern.compile("(\\d{1,3})[\\s\\u00a0]1/2");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30));

    private DurationCounts() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().map(t -> count(s, t)).toList();
    }

    private static Timex count(Sentence s, Timex t) {
        if (t.value() == null) {
            return t;
        }
        Matcher range = VAGUE_RANGE.matcher(t.text().toLowerCase(Locale.ROOT));
        if (t.value().contains("/") && range.matches()) {
            // SUTime writes "the next several days" as a range of dates, TimeML as a vague duration
            String unit = UNITS.get(range.group(1));
            String value = unit.startsWith("T") ? "PTX" + unit.substring(1) : "PX" + unit;
            return new Timex(t.begin(), t.end(), t.text(), "DURATION", value);
        }
        if (!"DURATION".equals(t.type())) {
            return t;
        }
        Matcher unspecified = UNSPECIFIED.matcher(t.value());
        if (unspecified.matches() && t.end() - t.begin() == 1 && t.begin() >= 1) {
            // the tokenizer keeps "2 1/2" as one token
            Matcher mixed = HALVES.matcher(s.token(t.begin() - 1).word());
            if (mixed.matches()) {
                String value = value(unspecified.group(1), Integer.parseInt(mixed.group(1)), unspecified.group(2), true);
                return value == null ? t : widened(s, t, t.begin() - 1, t.end(), value);
            }
            // "two more weeks", "20 additional years"
            Integer n = t.begin() >= 2 ? number(s.token(t.begin() - 2).word()) : null;
            String between = s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT);
            if (n != null && (between.equals("more") || between.equals("additional"))) {
                String value = value(unspecified.group(1), n, unspecified.group(2), false);
                return widened(s, t, t.begin() - 2, t.end(), value);
            }
            return t;
        }
        Matcher counted = COUNTED.matcher(t.value());
        if (counted.matches() && t.end() + 2 < s.tokens().size()
                && s.token(t.end()).word().equalsIgnoreCase("and") && s.token(t.end() + 1).word().equalsIgnoreCase("a")
                && s.token(t.end() + 2).word().equalsIgnoreCase("half")) {
            String value = value(counted.group(1), Integer.parseInt(counted.group(2)), counted.group(3), true);
            return value == null ? t : widened(s, t, t.begin(), t.end() + 3, value);
        }
        return t;
    }

    private static Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(w).matches()) {
            return Integer.parseInt(w);
        }
        return WORDS.get(w);
    }

    /** The TIMEX3 value of n units and perhaps a half; {@code null} where a half has no whole lower unit. */
    private static String value(String timePart, int n, String unit, boolean half) {
        String whole = "P" + timePart + n + unit;
        if (!half) {
            return whole;
        }
        if (timePart.isEmpty()) {
            return switch (unit) {
                case "Y" -> whole + "6M";
                case "D" -> whole + "T12H";
                default -> null;  // half a month or a week has no whole number of lower units TimeML uses
            };
        }
        return switch (unit) {
            case "H" -> whole + "30M";
            case "M" -> whole + "30S";
            default -> null;
        };
    }

    private static Timex widened(Sentence s, Timex t, int begin, int end, String value) {
        StringBuilder text = new StringBuilder();
        for (int k = begin; k < end; k++) {
            text.append(k > begin ? " " : "").append(s.token(k).word());
        }
        return new Timex(begin, end, text.toString(), t.type(), value);
    }
}
