package org.dyad.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * What the sentences read so far say about an article's time frame, for expressions that refer back:
 * the quarter a company report is about ("third-quarter profit rose ... from a year earlier"), the
 * year last written out ("in 1998 ... later that year"), and the day and month last named ("In March,
 * ... The following month").
 */
final class ArticleTime {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A day, alone or with a time of it ("9:40 a.m. on Tuesday" is 2024-03-12T09:40, on that day). */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");

    private final LocalDate published;
    private String quarter;
    private String lastYear;
    private String lastDay;
    private String lastMonth;

    ArticleTime(LocalDate published) {
        this.published = published;
    }

    LocalDate published() {
        return published;
    }

    /** The first quarter the article named (not a year-back one), or {@code null}. */
    String quarter() {
        return quarter;
    }

    /** The year last written out with its digits, or {@code null}. */
    String lastYear() {
        return lastYear;
    }

    /** The day ("1989-10-27") last named as a whole day, or {@code null}. */
    String lastDay() {
        return lastDay;
    }

    /** The month ("1989-03") last named, by itself or with its day, or {@code null}. */
    String lastMonth() {
        return lastMonth;
    }

    /**
     * The day an expression names, with or without a time of it, else {@code previous}; {@code null}
     * when it names a month that does not hold {@code previous}: "On Feb. 2 ... The following month
     * ... the previous Friday" has no day left to count from. A time that names no day ("overnight",
     * "at 5 p.m.") has only the day SUTime guessed and changes nothing.
     */
    static String dayOf(Sentence s, Timex t, String previous) {
        String value = named(s, t);
        if (value == null) {
            return previous;
        }
        if (DAY.matcher(value).matches()) {
            return value.substring(0, 10);
        }
        return previous != null && MONTH.matcher(value).matches() && !previous.startsWith(value) ? null : previous;
    }

    /** The month of a day, time or month the expression names, else {@code previous}. */
    static String monthOf(Sentence s, Timex t, String previous) {
        String value = named(s, t);
        if (value == null) {
            return previous;
        }
        return DAY.matcher(value).matches() ? value.substring(0, 7) : MONTH.matcher(value).matches() ? value : previous;
    }

    private static String named(Sentence s, Timex t) {
        return "TIME".equals(t.type()) && TenseAnchoring.ownDayless(s, t) ? null : t.value();
    }

    void saw(Sentence s, List<Timex> timexes) {
        if (quarter == null) {
            quarter = QuarterResolution.topic(s, timexes);
        }
        for (Timex t : timexes) {
            if (t.value() == null) {
                continue;
            }
            lastDay = dayOf(s, t, lastDay);
            lastMonth = monthOf(s, t, lastMonth);
            for (int i = t.begin(); i < t.end(); i++) {
                if (YEAR.matcher(s.token(i).word()).matches() && t.value().startsWith(s.token(i).word())) {
                    lastYear = s.token(i).word();
                }
            }
        }
    }
}
