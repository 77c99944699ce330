package org.dyad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** A full date in the text ("on Jan. 30, 2024"): evidence of the year the report is written in. */
    private static final Pattern DATED = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");

    /** How far from the dateline a full date may lie to tell its year: the story's own days, not its history. */
    private static final int NEAR_DAYS = 31;

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

    /** Words before a date on the dateline's own day that recall it rather than report it ("the invasion of Feb. 24"). */
    private static final Pattern RECALLING = Pattern.compile("(?i)(anniversary|marked|marking|years since|years ago|\\bof)\\s*$|anniversary");

    /** Words before a full date that make it history the story looks back on ("since Feb. 24, 2022"). */
    private static final Pattern LOOKING_BACK = Pattern.compile("(?i)\\b(since|anniversary of|ago on)\\s*$");

    /**
     * The dateline's date. A dateline without a year ("KHARTOUM, Jan 31 (Wire) -", "New Delhi, Mar 3
     * (PTI)") must name its place in capitalised words, and takes its year from a full date the text
     * gives within a month of the dateline's day ("clashes began on Jan. 12, 2024"): the year that puts
     * the two closest (a January report on events of late December is the next year's). A date further
     * away is history ("the worst since the war of Aug. 8, 2008"); so is one after "since", and one on
     * the dateline's own day that the words before it recall ("KYIV, Feb 24 - ... two years since the
     * invasion of Feb. 24, 2022"), where "on Sunday, March 3, 2024" reports it. A month with a year
     * alone ("since April 2011") is too weak. With no such date the
     * year, and the date, are unknown. An article with a publication date never gets here: its date wins.
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
            String place = body.substring(0, body.indexOf(','));
            if (!Pattern.matches("\\p{Lu}\\S*(\\s+\\p{Lu}\\S*)*", place.strip())) {
                return Optional.empty();  // "Protesters gathered on Sunday, March 3 ...": a sentence, no dateline
            }
            Matcher dated = DATED.matcher(body);
            LocalDate best = null;
            long bestDistance = Long.MAX_VALUE;
            while (dated.find()) {
                if (LOOKING_BACK.matcher(body.substring(Math.max(0, dated.start() - 20), dated.start())).find()) {
                    continue;
                }
                LocalDate when = fullDate(dated);
                LocalDate near = when == null ? null : nearest(when, month, day);
                if (near != null) {
                    long distance = Math.abs(ChronoUnit.DAYS.between(when, near));
                    boolean anniversary = distance == 0 && RECALLING.matcher(
                            body.substring(Math.max(0, dated.start() - 40), dated.start())).find();
                    if (!anniversary && (distance < bestDistance || distance == bestDistance && near.isAfter(best))) {
                        best = near;
                        bestDistance = distance;
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A full date as written, or null where there is no such day ("Feb. 30, 2024"). */
    private static LocalDate fullDate(Matcher dated) {
        try {
            return LocalDate.of(Integer.parseInt(dated.group(3)), month(dated.group(1)), Integer.parseInt(dated.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The dateline's day in the year (or the one before or after) closest to a full date, if that is near. */
    private static LocalDate nearest(LocalDate when, int month, int day) {
        for (int shift = -1; shift <= 1; shift++) {
            try {
                LocalDate d = LocalDate.of(when.getYear() + shift, month, day);
                if (Math.abs(ChronoUnit.DAYS.between(when, d)) <= NEAR_DAYS) {
                    return d;
                }
            } catch (DateTimeException e) {
                // a dateline's Feb. 29 in a common year: try the next
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
