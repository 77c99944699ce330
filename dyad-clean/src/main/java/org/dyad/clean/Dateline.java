package org.dyad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a wire-style dateline at the start of an article ("KYIV, March 3, 2023 (Wire) --"),
 * so that an article without metadata still has an anchor for "on Tuesday".
 */
public final class Dateline {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** PLACE[, REGION], Month D[, YYYY] — within the first line, before the dash or parenthesis. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'’-]{1,40}(,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?,\\s*"
                    + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b");

    /** A month with a year in the text ("Jan. 30, 2024", "in March 2023"): evidence of the year it is written in. */
    private static final Pattern DATED = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:(\\d{1,2}),?\\s+)?((?:19|20)\\d\\d)\\b");

    /**
     * A dateline up to the dash that ends it: a place in capitals, an optional region, date and
     * agency in parentheses ("BUENOS AIRES, Oct. 31, 2024 (Example Wire) --", "MOSCOW —").
     */
    private static final Pattern PREFIX = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?"
                    + "(?:,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?"
                    + "(?:\\s*\\([^()\\n]{1,40}\\))?)\\s*(?:—|–|--|-)\\s+(?=\\S)");

    private Dateline() {
    }

    /**
     * The body with its opening dateline set apart as a paragraph of its own, so that the parser does
     * not read "KHARTOUM" as the subject of the first sentence; the body itself when it has none.
     */
    public static String setApart(String body) {
        Matcher m = PREFIX.matcher(body);
        return m.find() ? m.group(1).strip() + "\n\n" + body.substring(m.end()) : body;
    }

    /**
     * The dateline's date. A dateline without a year ("KHARTOUM, Jan 31 (Wire) -") takes it from the
     * latest month the text dates with a year ("on Jan. 30, 2024", "since April 2023"), a year later
     * when that would put the dateline more than half a year before it (a January report on events of
     * late December); with no such evidence the year, and so the date, is unknown. An article with a
     * publication date never gets here: its date wins.
     */
    public static Optional<LocalDate> date(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int month = month(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), month, day));
            }
            Optional<LocalDate> latest = latestDated(body);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(latest.get().getYear(), month, day);
            return Optional.of(date.isBefore(latest.get().minusMonths(6)) ? date.plusYears(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The latest month with a year that the text names (its first day when no day is given). */
    private static Optional<LocalDate> latestDated(String body) {
        Matcher m = DATED.matcher(body);
        LocalDate latest = null;
        while (m.find()) {
            try {
                int day = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), day);
                latest = latest == null || d.isAfter(latest) ? d : latest;
            } catch (DateTimeException e) {
                // "Feb. 30, 2024": no date
            }
        }
        return Optional.ofNullable(latest);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
