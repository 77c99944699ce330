package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Resolves quarters the way business news uses them, where SUTime takes the calendar quarter of the
 * publication date or the next one:
 * <ul>
 *   <li>"the quarter", "the latest quarter", "the most recent quarter" in a report are the last
 *       completed quarter: results are published after a quarter ends, so an article of late October
 *       reporting "profit for the quarter" means July to September (YYYY-Q3); so does a forecast told
 *       in the past ("said it expected to break even for the quarter"), while "will report a loss for
 *       the quarter" is the quarter under way. Once the article has named the quarter it reports on,
 *       "the quarter" is that one, which for a company with a fiscal year is not the calendar quarter
 *       ("the fiscal first quarter ... sales for the quarter"), as {@link ReportingPeriods} reads "the
 *       latest period";</li>
 *   <li>an ordinal quarter without a year ("third-quarter profit") is the latest such quarter that
 *       has begun by the publication date: a company "expects to report a third-quarter loss" after the
 *       quarter, not a year ahead;</li>
 *   <li>"year-ago" and "year-earlier" before a quarter move it back a year, and "a year ago" or "a year
 *       earlier" in a sentence about a quarter means that quarter of the previous year, as TimeML
 *       gives a relative expression the granularity of what it is compared with;</li>
 *   <li>"the 1988 period" is the report's quarter in the year it names, when the sentence names no
 *       other period; after another period ("for the nine months ... the 1988 period", the first
 *       nine months of 1988, which no TIMEX3 value writes) it stays the plain year (1988);</li>
 *   <li>durations counted in quarters keep the TIMEX3 quarter unit: "two quarters" is P2Q, not P6M.</li>
 * </ul>
 */
final class QuarterResolution {

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4);
    /** Words that may accompany "quarter" when it refers to the last reported one. */
    private static final Set<String> REFERENCE = Set.of("the", "quarter", "latest", "recent", "most", "just-ended",
            "year-ago", "year-earlier", "fiscal", "its", "their");
    private static final Set<String> DIRECTED = Set.of("next", "last", "this", "coming", "following", "previous",
            "year", "year's", "'s");
    private static final Set<String> FORECASTING = Set.of("expect", "forecast", "estimate", "project", "predict",
            "anticipate");
    private static final Set<String> YEAR_BACK = Set.of("year-ago", "year-earlier", "year-before");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_AGO = Pattern.compile("((the )?(quarter|period) )?(a|one) year (ago|earlier|before)");
    /** Words that make "last year" the compared period: "up 8% from last year", "compared with ... last year". */
    private static final Set<String> COMPARING = Set.of("compared", "comparable", "corresponding", "from", "than",
            "versus", "vs.");

    private QuarterResolution() {
    }

    /**
     * @param articleQuarter the quarter the article reported on in earlier sentences, or {@code null}:
     *                       "a year earlier" in "Revenue rose 8% from a year earlier" compares with it
     */
    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor, String articleQuarter) {
        if (anchor == null || timexes.isEmpty()) {
            return timexes;
        }
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            out.add(quarter(s, t, anchor, articleQuarter));
        }
        String reported = topic(s, out);
        if (reported == null && out.stream().allMatch(t -> yearAgo(s, t) || yearPeriod(s, t))) {
            reported = articleQuarter;
        }
        if (reported != null) {
            String quarter = reported.substring(reported.indexOf('-'));
            out = out.stream().map(t -> yearPeriod(s, t) ? new Timex(t.begin() - 1, t.end() + 1,
                    "the " + t.text() + " period", "DATE", t.value() + quarter) : t).toList();
        }
        String topic = topic(s, out);
        if (topic == null && out.size() == 1) {
            topic = articleQuarter;  // only when the sentence names no other period ("for the nine months")
        }
        if (topic == null) {
            return out;
        }
        Matcher q = QUARTER_VALUE.matcher(topic);
        q.matches();
        String previous = (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
        List<Timex> compared = new ArrayList<>(out.size());
        for (Timex t : out) {
            compared.add(yearAgo(s, t) ? with(t, previous) : t);
        }
        return compared;
    }

    private static Timex quarter(Sentence s, Timex t, LocalDate anchor, String articleQuarter) {
        if (t.value() == null) {
            return t;
        }
        List<String> words = new ArrayList<>();
        boolean mentionsQuarter = false;
        boolean plural = false;
        Integer ordinal = null;
        String year = null;
        for (int i = t.begin(); i < t.end(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            words.add(w);
            for (String part : w.split("-")) {
                mentionsQuarter |= part.equals("quarter") || part.equals("quarters");
                plural |= part.equals("quarters");
                if (ORDINALS.containsKey(part)) {
                    ordinal = ORDINALS.get(part);
                }
            }
            if (YEAR.matcher(w).matches()) {
                year = w;
            }
        }
        if (!mentionsQuarter) {
            return t;
        }
        Matcher months = MONTHS.matcher(t.value());
        boolean reference = !plural && ordinal == null
                && words.stream().allMatch(w -> REFERENCE.contains(w) || YEAR.matcher(w).matches());
        if (reference && ("DATE".equals(t.type()) || t.value().equals("PXM") || months.matches())) {
            if (TenseAnchoring.tense(s, t) == TenseAnchoring.Tense.FUTURE && year == null && !pastForecast(s, t)) {
                return t;
            }
            if (year == null && articleQuarter != null) {
                // "the quarter" is the one the article reports on, and "the year-ago quarter" the same
                // quarter a year before, fiscal or not
                String q = articleQuarter;
                if (yearBack(s, t)) {
                    q = (Integer.parseInt(q.substring(0, 4)) - 1) + q.substring(4);
                }
                return new Timex(t.begin(), t.end(), t.text(), "DATE", q);
            }
            LocalDate last = anchor.minusMonths(3);
            int y = year != null ? Integer.parseInt(year) : last.getYear() - (yearBack(s, t) ? 1 : 0);
            return new Timex(t.begin(), t.end(), t.text(), "DATE", y + "-Q" + quarterOf(last));
        }
        if (ordinal != null && !plural && year == null && QUARTER_VALUE.matcher(t.value()).matches()
                && words.stream().noneMatch(DIRECTED::contains)) {
            // even "expects to report a third-quarter loss" looks back at a quarter that has begun
            int y = anchor.getYear();
            if (LocalDate.of(y, 3 * ordinal - 2, 1).isAfter(anchor)) {
                y--;
            }
            if (yearBack(s, t)) {
                y--;
            }
            return with(t, y + "-Q" + ordinal);
        }
        if (months.matches() && Integer.parseInt(months.group(1)) % 3 == 0 && ordinal == null) {
            return with(t, "P" + Integer.parseInt(months.group(1)) / 3 + "Q");
        }
        if (t.value().equals("PXM") && plural) {
            return with(t, "PXQ");
        }
        return t;
    }

    /**
     * "the 1988 period" in a report on a quarter: that quarter of the year named ("In the 1988 period,
     * the company earned $20 million"), the report's way of naming the compared period by its year.
     */
    private static boolean yearPeriod(Sentence s, Timex t) {
        return t.end() - t.begin() == 1 && t.begin() > 0 && t.end() < s.tokens().size()
                && YEAR.matcher(t.text()).matches() && t.text().equals(t.value())
                && s.token(t.begin() - 1).word().equalsIgnoreCase("the")
                && s.token(t.end()).word().equalsIgnoreCase("period");
    }

    /**
     * "said it expected to break even for the quarter": a forecast told in the past is about the
     * quarter the report now gives results for, not the one under way. The forecasting verb must
     * govern the quarter's clause: in "The bank, which analysts expected to do well, will report a
     * loss for the quarter" the forecast is about the bank, and the quarter is the one under way.
     */
    private static boolean pastForecast(Sentence s, Timex t) {
        int verb = TenseAnchoring.governingVerb(s, t);
        for (int guard = 0; verb >= 0 && guard < s.tokens().size(); guard++) {
            if (s.token(verb).tag().equals("VBD") && FORECASTING.contains(s.token(verb).lemma())) {
                return true;
            }
            verb = s.head(verb);
        }
        return false;
    }

    /** The first quarter the sentence names that is not a year back, or {@code null}. */
    static String topic(Sentence s, List<Timex> timexes) {
        for (Timex t : timexes) {
            if (t.value() != null && QUARTER_VALUE.matcher(t.value()).matches() && !yearBack(s, t) && !yearAgo(s, t)) {
                return t.value();
            }
        }
        return null;
    }

    /**
     * "a year ago", "the quarter a year earlier", "last year" in a comparison of figures, and "last
     * year's quarter" (the same quarter of last year).
     */
    private static boolean yearAgo(Sentence s, Timex t) {
        String text = t.text().toLowerCase(Locale.ROOT);
        return "DATE".equals(t.type()) && (YEAR_AGO.matcher(text).matches()
                || text.equals("last year") && (comparing(s) || possessedPeriod(s, t)));
    }

    private static boolean possessedPeriod(Sentence s, Timex t) {
        return t.end() + 1 < s.tokens().size() && s.token(t.end()).word().equals("'s")
                && Set.of("quarter", "period").contains(s.token(t.end() + 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean comparing(Sentence s) {
        return s.tokens().stream().anyMatch(w -> COMPARING.contains(w.word().toLowerCase(Locale.ROOT)));
    }

    /** "the year-ago quarter", "the year-earlier third quarter": the word may stand just before the span. */
    static boolean yearBack(Sentence s, Timex t) {
        for (int i = Math.max(0, t.begin() - 4); i < t.end(); i++) {
            int end = yearBackEnd(s, i);
            if (end > 0 && end + 1 >= t.begin()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after "year-ago" ("year-earlier", "year-before") starting at token i, or -1. CoreNLP's
     * tokenizer splits the word into "year", "-", "ago"; hand-written text may keep it whole.
     */
    static int yearBackEnd(Sentence s, int i) {
        if (YEAR_BACK.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
            return i + 1;
        }
        if (i + 2 < s.tokens().size() && s.token(i).word().equalsIgnoreCase("year")
                && s.token(i + 1).word().equals("-")
                && YEAR_BACK.contains("year-" + s.token(i + 2).word().toLowerCase(Locale.ROOT))) {
            return i + 3;
        }
        return -1;
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    private static Timex with(Timex t, String value) {
        return new Timex(t.begin(), t.end(), t.text(), t.type(), value);
    }
}
