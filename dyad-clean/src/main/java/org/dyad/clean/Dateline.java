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

    /** PLACE[, REGION], Month D, YYYY — within the first line, before the dash or parenthesis. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'’-]{1,40}(,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?,\\s*"
                    + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");

    /**
     * A dateline up to the dash that ends it: a place in capitals, an optional region, date and
     * agency in parentheses ("BUENOS AIRES, Oct. 31, 2024 (Example Wire) --", "MOSCOW —").
     */
    private static final Pattern PREFIX = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?"
                    + "(?:,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})?"
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

    public static Optional<LocalDate> date(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
