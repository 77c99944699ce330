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
    /** A whole day: not a time of day ("overnight"), which dates a moment rather than names a day. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
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

    /** The value if it names a whole day, else {@code previous}. */
    static String dayOf(String value, String previous) {
        return value != null && DAY.matcher(value).matches() ? value : previous;
    }

    /** The month of a day or month value, else {@code previous}. */
    static String monthOf(String value, String previous) {
        if (value == null) {
            return previous;
        }
        return DAY.matcher(value).matches() ? value.substring(0, 7) : MONTH.matcher(value).matches() ? value : previous;
    }

    void saw(Sentence s, List<Timex> timexes) {
        if (quarter == null) {
            quarter = QuarterResolution.topic(s, timexes);
        }
        for (Timex t : timexes) {
            if (t.value() == null) {
                continue;
            }
            lastDay = dayOf(t.value(), lastDay);
            lastMonth = monthOf(t.value(), lastMonth);
            for (int i = t.begin(); i < t.end(); i++) {
                if (YEAR.matcher(s.token(i).word()).matches() && t.value().startsWith(s.token(i).word())) {
                    lastYear = s.token(i).word();
                }
            }
        }
    }
}
