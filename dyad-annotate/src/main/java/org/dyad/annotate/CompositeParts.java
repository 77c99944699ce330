package org.dyad.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Gives a value to the expressions SUTime joins into one and then cannot normalise ("Nov. 3, the day
 * before", "more than four hours Friday", "the first nine months of 1997", a stray word before "this
 * year", "the first two quarters of 1990"): the expression is split into the parts this class can
 * read, as TimeML marks each part on its own ("four hours" and "Friday"), or given the value of the
 * whole where TimeML has one (a half year, 1990-H1). Dates get the publication year for now; the
 * stages after this one move them by tense and resolve quarters. Without a publication date nothing
 * changes.
 */
final class CompositeParts {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening",
            "EV", "night", "NI");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("year", "Y"), Map.entry("month", "M"),
            Map.entry("week", "W"), Map.entry("day", "D"), Map.entry("hour", "TH"), Map.entry("minute", "TM"),
            Map.entry("quarter", "Q"));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18), Map.entry("twenty", 20));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    private CompositeParts() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor) {
        if (anchor == null) {
            return timexes;
        }
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            out.addAll(t.value() == null ? parts(s, t, anchor) : List.of(t));
        }
        return out;
    }

    /** The readable parts in order ("four hours" and "Friday"), or the expression as it was. */
    private static List<Timex> parts(Sentence s, Timex t, LocalDate anchor) {
        List<Timex> parts = new ArrayList<>();
        for (int i = t.begin(); i < t.end(); i++) {
            Timex p = at(s, i, t.end(), anchor);
            if (p != null) {
                parts.add(p);
                i = p.end() - 1;
            }
        }
        return parts.isEmpty() ? List.of(t) : parts;
    }

    /** The part starting at token i and ending by {@code end}, or {@code null}. */
    private static Timex at(Sentence s, int i, int end, LocalDate anchor) {
        String w = word(s, i);
        // "the week of March 6": the ISO week holding that day
        if (w.equals("week") && i + 3 < end && word(s, i + 1).equals("of") && month(s, i + 2) != null
                && day(s, i + 3) != null) {
            LocalDate d = nearest(LocalDate.of(anchor.getYear(), month(s, i + 2), day(s, i + 3)), anchor);
            return timex(s, i, i + 4, "DATE", String.format(Locale.ROOT, "%d-W%02d",
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        // "the first two quarters of 1990": a half year, as TimeML writes it (1990-H1)
        if ((w.equals("first") || w.equals("last")) && i + 4 < end && word(s, i + 1).equals("two")
                && word(s, i + 2).equals("quarters") && word(s, i + 3).equals("of")
                && YEAR.matcher(word(s, i + 4)).matches()) {
            return timex(s, i, i + 5, "DATE", word(s, i + 4) + (w.equals("first") ? "-H1" : "-H2"));
        }
        // "four hours", "nine months", "two to three weeks" (the lower bound)
        Integer n = number(w);
        if (n != null) {
            int j = i + 1;
            if (j + 1 < end && word(s, j).equals("to") && number(word(s, j + 1)) != null) {
                j += 2;
            }
            String unit = j < end ? UNITS.get(s.token(j).lemma()) : null;
            if (unit != null) {
                String value = unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
                return timex(s, i, j + 1, "DURATION", value);
            }
        }
        // "the second quarter": QuarterResolution finds its year
        if (ORDINALS.containsKey(w) && i + 1 < end && word(s, i + 1).equals("quarter")) {
            return timex(s, i, i + 2, "DATE", anchor.getYear() + "-Q" + ORDINALS.get(w));
        }
        if ((w.equals("this") || w.equals("last") || w.equals("next") || w.equals("the")) && i + 1 < end
                && word(s, i + 1).equals("year")) {
            int year = anchor.getYear() + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
            return timex(s, i, i + 2, "DATE", String.valueOf(year));
        }
        if (YEAR.matcher(w).matches()) {
            return timex(s, i, i + 1, "DATE", w);
        }
        // "Nov. 3", "December": TenseAnchoring moves them to the right year
        Integer month = month(s, i);
        if (month != null) {
            Integer day = i + 1 < end ? day(s, i + 1) : null;
            if (day != null && day <= LocalDate.of(anchor.getYear(), month, 1).lengthOfMonth()) {
                return timex(s, i, i + 2, "DATE", LocalDate.of(anchor.getYear(), month, day).toString());
            }
            return timex(s, i, i + 1, "DATE", String.format(Locale.ROOT, "%d-%02d", anchor.getYear(), month));
        }
        // "Thursday morning": TenseAnchoring picks the week
        DayOfWeek weekday = WEEKDAYS.get(w);
        if (weekday != null) {
            String part = i + 1 < end ? PARTS_OF_DAY.get(word(s, i + 1)) : null;
            LocalDate d = anchor.with(weekday);
            return part == null ? timex(s, i, i + 1, "DATE", d.toString())
                    : timex(s, i, i + 2, "TIME", d + "T" + part);
        }
        return null;
    }

    private static String word(Sentence s, int i) {
        return s.token(i).word().toLowerCase(Locale.ROOT);
    }

    private static Integer number(String w) {
        return DIGITS.matcher(w).matches() ? Integer.valueOf(w) : NUMBERS.get(w);
    }

    private static Integer month(Sentence s, int i) {
        return MONTHS.get(word(s, i).replace(".", ""));
    }

    private static Integer day(Sentence s, int i) {
        Matcher m = DAY.matcher(word(s, i));
        if (!m.matches()) {
            return null;
        }
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : null;
    }

    /** The month-day in the year that brings it closest to the anchor. */
    private static LocalDate nearest(LocalDate d, LocalDate anchor) {
        LocalDate best = d;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate c = d.withYear(y);
            if (Math.abs(c.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = c;
            }
        }
        return best;
    }

    private static Timex timex(Sentence s, int begin, int end, String type, String value) {
        StringBuilder text = new StringBuilder();
        for (int k = begin; k < end; k++) {
            text.append(k > begin ? " " : "").append(s.token(k).word());
        }
        return new Timex(begin, end, text.toString(), type, value);
    }
}
