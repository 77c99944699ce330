package org.dyad.annotate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;

/**
 * Gives a resolved date the granularity of the words that express it, as TimeML does: "41 years ago"
 * names a year (1959), not the day 41 years before publication; "two months ago" a month, "six weeks
 * ago" a week (1999-W47), and "a year earlier" and "a year later" a year (before or after the
 * publication date); "the last half
 * of 1989" a half year (1989-H2); "the 1970s" a decade (197) and "the 20th century" a century (19),
 * where SUTime writes 197X and 19XX ("the past decade" is ten years to now, P10Y, and "the last
 * decade" the one before the present one, unless it runs up to now); "5 p.m. EST" is the clock time
 * without the zone's offset (SUTime appends one, and gives EDT the offset of EST); and "last Oct. 23",
 * where SUTime stops before the day number, the day.
 */
final class TimexGranularity {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    /** "the past decade" as the whole expression's end: not "the last decade of the century". */
    private static final Pattern LOOKING_BACK = Pattern.compile(" (past|last|previous) (decade|century) $");
    /**
     * Prepositions that make "the last decade" a stretch of time up to now: "over the last decade".
     * Not "in", which places a past event in the decade before this one ("lost in the last decade").
     */
    private static final Set<String> THROUGH = Set.of("over", "during", "for", "within", "throughout");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern ZONED = Pattern.compile("(.*T\\d\\d(:\\d\\d)?)[-+]\\d{2,4}");

    private TimexGranularity() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().map(t -> withDay(s, adjust(s, t), timexes)).toList();
    }

    /**
     * "shot to death last Oct. 23": a month SUTime read without the day number after it names that
     * day. Not when the number counts something ("in October 23 percent").
     */
    private static Timex withDay(Sentence s, Timex t, List<Timex> timexes) {
        Matcher m = MONTH.matcher(t.value() == null ? "" : t.value());
        int day = t.end();
        if (!m.matches() || day >= s.tokens().size() || !DAY_NUMBER.matcher(s.token(day).word()).matches()
                || timexes.stream().anyMatch(o -> o.covers(day))) {
            return t;
        }
        Token after = day + 1 < s.tokens().size() ? s.token(day + 1) : null;
        if (after != null && (after.isNoun() || after.tag().equals("CD") || after.word().equals("%"))) {
            return t;
        }
        YearMonth month = YearMonth.parse(t.value());
        int d = Integer.parseInt(s.token(day).word());
        if (d < 1 || d > month.lengthOfMonth()) {
            return t;
        }
        return new Timex(t.begin(), day + 1, t.text() + " " + s.token(day).word(), t.type(), month.atDay(d).toString());
    }

    private static Timex adjust(Sentence s, Timex t) {
        String v = t.value();
        if (v == null) {
            return t;
        }
        Matcher m = DECADE.matcher(v);
        if (m.matches()) {
            return lookingBack(s, t, m.group(1), "P10Y");
        }
        m = CENTURY.matcher(v);
        if (m.matches()) {
            return lookingBack(s, t, m.group(1), "P100Y");
        }
        m = ZONED.matcher(v);
        if (m.matches()) {
            return with(t, m.group(1));  // TimeML writes the clock time as stated, without the zone's offset
        }
        if (YEAR.matcher(v).matches() && text(s, t).contains(" half of ")) {
            int first = t.begin() + (s.token(t.begin()).word().equalsIgnoreCase("the") ? 1 : 0);
            String half = s.token(first).word().toLowerCase(Locale.ROOT);
            if (half.equals("first")) {
                return with(t, v + "-H1");
            }
            if (half.equals("second") || half.equals("last") || half.equals("latter")) {
                return with(t, v + "-H2");
            }
        }
        m = DAY.matcher(v);
        if (m.matches() && "DATE".equals(t.type())) {
            List<String> words = new ArrayList<>();
            for (int i = t.begin(); i < t.end(); i++) {
                words.add(s.token(i).lemma().toLowerCase(Locale.ROOT));
                words.add(s.token(i).word().toLowerCase(Locale.ROOT));  // the lemma of "earlier" is "early"
            }
            if (words.contains("ago") || words.contains("earlier") || words.contains("later")
                    || words.contains("before")) {
                if (words.contains("year") || words.contains("decade")) {
                    return with(t, m.group(1));
                }
                if (words.contains("month")) {
                    return with(t, m.group(1) + "-" + m.group(2));
                }
                if (words.contains("week") && words.contains("ago")) {
                    // "six weeks ago": the week it falls in (1999-W47), as "two months ago" names a month
                    LocalDate day = LocalDate.parse(v);
                    return with(t, String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                }
            }
        }
        return t;
    }

    /**
     * A decade or century SUTime resolved to the one under way: "the past decade" is the ten years up
     * to now, a duration as "the past ten years" is, and so is "the last decade" after "over", "for",
     * "during" ("Over the last decade, China has expanded its navy") or with a present perfect;
     * otherwise "the last decade", like "last year", is the one before; any other the one named.
     */
    private static Timex lookingBack(Sentence s, Timex t, String current, String span) {
        Matcher back = LOOKING_BACK.matcher(text(s, t));
        if (!back.find()) {
            return with(t, current);  // "the last half of the '80s" names the decade
        }
        boolean upToNow = back.group(1).equals("past")
                || back.group(1).equals("last") && (afterPreposition(s, t.end() - 2) || presentPerfect(s, t));
        return upToNow ? new Timex(t.begin(), t.end(), t.text(), "DURATION", span)
                : with(t, String.valueOf(Integer.parseInt(current) - 1));
    }

    /** Whether "the" and one of {@link #THROUGH} stand before token i ("over the last decade"). */
    private static boolean afterPreposition(Sentence s, int i) {
        return i >= 2 && s.token(i - 1).word().equalsIgnoreCase("the")
                && THROUGH.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the verb the expression hangs from is in the present perfect: "has grown", "have fallen". */
    private static boolean presentPerfect(Sentence s, Timex t) {
        int verb = TenseAnchoring.governingVerb(s, t);
        return verb >= 0 && s.token(verb).tag().equals("VBN") && s.children(verb).stream()
                .map(Dependency::dependent)
                .anyMatch(d -> Set.of("has", "have", "'s", "'ve").contains(s.token(d).word().toLowerCase(Locale.ROOT))
                        && s.token(d).tag().startsWith("VB"));
    }

    private static String text(Sentence s, Timex t) {
        StringBuilder text = new StringBuilder();
        for (int i = t.begin(); i < t.end(); i++) {
            text.append(' ').append(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        return text.append(' ').toString();
    }

    private static Timex with(Timex t, String value) {
        return new Timex(t.begin(), t.end(), t.text(), t.type(), value);
    }
}
