package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Adds the reporting periods of company results that SUTime does not see, as TimeML marks them:
 * <ul>
 *   <li>"the year-ago quarter", "the year-earlier period", and "year-earlier" alone before what it
 *       dates ("compared with year-earlier profit"): the period the report is about, a year back;</li>
 *   <li>"the latest period", "the most recent period": the period the report is about.</li>
 * </ul>
 * The period the report is about is the quarter the sentence names, else the one the article named
 * first; without either, a quarter is the last completed one and anything else the year.
 */
final class ReportingPeriods {

    private static final Set<String> PERIOD = Set.of("quarter", "period");
    private static final Set<String> LEADING = Set.of("the", "its", "their", "a", "comparable", "corresponding",
            "same");
    private static final Set<String> LATEST = Set.of("latest", "recent");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q(\\d)");

    private ReportingPeriods() {
    }

    /**
     * @param articleQuarter the quarter the article named first, or {@code null}
     */
    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor, String articleQuarter) {
        String topic = QuarterResolution.topic(s, timexes);
        String quarter = topic != null ? topic : articleQuarter;
        List<Timex> out = new ArrayList<>(timexes);
        for (int i = 0; i < s.tokens().size(); i++) {
            int end = QuarterResolution.yearBackEnd(s, i);
            if (end > 0 && end < s.tokens().size() && free(s, out, i, end + 1)) {
                boolean period = PERIOD.contains(s.token(end).word().toLowerCase(Locale.ROOT));
                String value = yearBack(quarter, anchor, s.token(end).word().equalsIgnoreCase("quarter"));
                if (value != null && (period || s.token(end).isNoun() || s.token(end).tag().startsWith("JJ"))) {
                    out.add(timex(s, leading(s, i), period ? end + 1 : end, value));
                }
                i = end;
            } else if (LATEST.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && i + 1 < s.tokens().size()
                    && s.token(i + 1).word().equalsIgnoreCase("period") && free(s, out, i, i + 2)) {
                String value = quarter != null ? quarter : lastQuarter(anchor);
                if (value != null) {
                    out.add(timex(s, leading(s, i), i + 2, value));
                }
            }
        }
        out.sort(Comparator.comparingInt(Timex::begin));
        return out;
    }

    /** The report's period a year back: a quarter when one is known or asked for, else the year. */
    private static String yearBack(String quarter, LocalDate anchor, boolean askedForQuarter) {
        String q = quarter != null ? quarter : askedForQuarter ? lastQuarter(anchor) : null;
        if (q != null) {
            Matcher m = QUARTER_VALUE.matcher(q);
            m.matches();
            return (Integer.parseInt(m.group(1)) - 1) + "-Q" + m.group(2);
        }
        return anchor == null ? null : String.valueOf(anchor.getYear() - 1);
    }

    private static String lastQuarter(LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        LocalDate last = anchor.minusMonths(3);
        return last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
    }

    /** Whether no expression already covers tokens [begin, end). */
    private static boolean free(Sentence s, List<Timex> timexes, int begin, int end) {
        for (Timex t : timexes) {
            if (t.begin() < Math.min(end, s.tokens().size()) && begin < t.end()) {
                return false;
            }
        }
        return true;
    }

    /** The start of the phrase: back over "the comparable", "its most". */
    private static int leading(Sentence s, int i) {
        int b = i;
        while (b > 0 && (LEADING.contains(s.token(b - 1).word().toLowerCase(Locale.ROOT))
                || s.token(b - 1).word().equalsIgnoreCase("most"))) {
            b--;
        }
        return b;
    }

    private static Timex timex(Sentence s, int begin, int end, String value) {
        StringBuilder text = new StringBuilder();
        for (int k = begin; k < end; k++) {
            text.append(k > begin ? " " : "").append(s.token(k).word());
        }
        return new Timex(begin, end, text.toString(), "DATE", value);
    }
}
