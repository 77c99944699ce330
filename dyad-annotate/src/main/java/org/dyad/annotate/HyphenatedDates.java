package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Adds the dates and durations the tokenizer keeps in one hyphenated word, which SUTime then does not
 * see: "mid-November", "late-November", "mid-1996", "post-1959" with the value of the month or year,
 * "by year-end" (December 31) and "day-long" (P1D), "decades-long", "several-year" (PXY); a part of
 * the day ("mid-afternoon") joins the day next to it. A month gets the publication year here;
 * {@link TenseAnchoring} then picks its year.
 */
final class HyphenatedDates {

    private static final Pattern WORD = Pattern.compile("(mid|early|late|post|pre)-([a-z]+|\\d{4})");
    private static final Pattern DURATION = Pattern.compile(
            "(?:(several|multi)-(years?|months?|weeks?|days?|decades?)|(years?|months?|weeks?|days?|hours?|decades?)-long)");
    private static final Map<String, String> UNITS = Map.of("year", "Y", "month", "M", "week", "W", "day", "D",
            "hour", "H", "decade", "E");
    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening",
            "EV", "night", "NI");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    /** Words after which year-end is always one past; "after" and "from" follow the tense. */
    private static final Set<String> BACK = Set.of("since");
    private static final Set<String> FROM = Set.of("after", "from");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private HyphenatedDates() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor) {
        List<Timex> out = new ArrayList<>(timexes);
        for (int i = 0; i < s.tokens().size(); i++) {
            // one token, or three when the tokenizer splits at the hyphen ("late - November")
            int end = i + 3 <= s.tokens().size() && s.token(i + 1).word().equals("-") ? i + 3 : i + 1;
            String word = end == i + 3 ? s.token(i).word() + "-" + s.token(i + 2).word() : s.token(i).word();
            int begin = i;
            if (timexes.stream().anyMatch(t -> t.begin() < end && begin < t.end())) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String duration = duration(lower);
            String date = duration == null ? date(lower, anchor) : null;
            if (lower.equals("year-end") && anchor != null && begin > 0 && s.token(begin - 1).tag().equals("IN")) {
                date = yearEnd(s, new Timex(i, end, word, "DATE", null), anchor);
            }
            if (duration != null || date != null) {
                out.add(duration != null ? new Timex(i, end, word, "DURATION", duration)
                        : new Timex(i, end, word, "DATE", date));
                i = end - 1;
            } else {
                partOfDay(s, out, i, end, lower);
            }
        }
        out.sort(Comparator.comparingInt(Timex::begin));
        return out;
    }

    /**
     * "mid-afternoon yesterday", "Friday mid-morning": a part of the day joined to the day next to it
     * makes one time of that day (1989-11-01TAF), as TimeML marks it.
     */
    private static void partOfDay(Sentence s, List<Timex> out, int begin, int end, String word) {
        Matcher m = WORD.matcher(word);
        String part = m.matches() ? PARTS_OF_DAY.get(m.group(2)) : null;
        if (part == null) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            Timex day = out.get(k);
            if ((day.begin() == end || day.end() == begin) && day.value() != null
                    && DAY.matcher(day.value()).matches()) {
                int b = Math.min(begin, day.begin());
                int e = Math.max(end, day.end());
                StringBuilder text = new StringBuilder();
                for (int i = b; i < e; i++) {
                    text.append(i > b ? " " : "").append(s.token(i).word());
                }
                out.set(k, new Timex(b, e, text.toString(), "TIME", day.value() + "T" + part));
                return;
            }
        }
    }

    /** "mid-1996" 1996, "mid-November" in the publication year; {@code null} for other words. */
    private static String date(String word, LocalDate anchor) {
        Matcher m = WORD.matcher(word);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2).matches("\\d{4}")) {
            return m.group(2);
        }
        if (MONTHS.containsKey(m.group(2)) && anchor != null && !m.group(1).startsWith("p")) {
            return String.format(Locale.ROOT, "%d-%02d", anchor.getYear(), MONTHS.get(m.group(2)));
        }
        return null;
    }

    /**
     * "by year-end", "since year-end": December 31 of the publication year, or of the year before
     * when the phrase looks back ("since", a past clause). "after" and "from" look back unless the
     * clause is in the future: "rose 4% from year-end", "is up 4% from year-end", but "will be
     * sold after year-end".
     */
    private static String yearEnd(Sentence s, Timex t, LocalDate anchor) {
        String before = s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT);
        TenseAnchoring.Tense tense = TenseAnchoring.tense(s, t);
        boolean back = BACK.contains(before) || tense == TenseAnchoring.Tense.PAST
                || FROM.contains(before) && tense != TenseAnchoring.Tense.FUTURE;
        return (anchor.getYear() - (back && anchor.getDayOfYear() < anchor.lengthOfYear() ? 1 : 0)) + "-12-31";
    }

    /** "day-long" P1D, "decades-long" PXY, "several-year" PXY; {@code null} for other words. */
    private static String duration(String word) {
        Matcher m = DURATION.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2) != null ? m.group(2) : m.group(3);
        boolean vague = m.group(1) != null || unit.endsWith("s");
        String code = UNITS.get(unit.replaceFirst("s$", ""));
        if (code.equals("E")) {
            return vague ? "PXY" : "P10Y";  // decades are counted in years, as SUTime writes them
        }
        String time = code.equals("H") ? "T" : "";
        return "P" + time + (vague ? "X" : "1") + code;
    }
}
