package org.dyad.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * What the sentences read so far say about an article's time frame, for expressions that refer back:
 * the quarter a company report is about ("third-quarter profit rose ... from a year earlier") and the
 * year last written out ("in 1998 ... later that year").
 */
final class ArticleTime {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final LocalDate published;
    private String quarter;
    private String lastYear;

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

    void saw(Sentence s, List<Timex> timexes) {
        if (quarter == null) {
            quarter = QuarterResolution.topic(s, timexes);
        }
        for (Timex t : timexes) {
            if (t.value() == null) {
                continue;
            }
            for (int i = t.begin(); i < t.end(); i++) {
                if (YEAR.matcher(s.token(i).word()).matches() && t.value().startsWith(s.token(i).word())) {
                    lastYear = s.token(i).word();
                }
            }
        }
    }
}
