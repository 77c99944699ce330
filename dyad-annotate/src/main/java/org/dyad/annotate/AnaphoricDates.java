package org.dyad.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * "The following month" and "the previous Friday" count from the time the story last named, as TimeML
 * anchors them, not from the publication date that SUTime counts from: "In March, it received an
 * offer. The following month, it put itself up for sale" is April, and "the same day" is the day last
 * named. Without an earlier month or day in the article the expression keeps SUTime's value.
 */
final class AnaphoricDates {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    private AnaphoricDates() {
    }

    /**
     * @param lastDay   the day ("1989-10-27") the article last named before this sentence, or {@code null}
     * @param lastMonth the month ("1989-03") it last named, or {@code null}
     */
    static List<Timex> apply(Sentence s, List<Timex> timexes, String lastDay, String lastMonth) {
        List<Timex> out = new ArrayList<>(timexes.size());
        String day = lastDay;
        String month = lastMonth;
        for (Timex t : timexes) {
            Timex resolved = resolve(s, t, day, month);
            out.add(resolved);
            day = ArticleTime.dayOf(s, resolved, day);
            month = ArticleTime.monthOf(s, resolved, month);
        }
        return out;
    }

    private static Timex resolve(Sentence s, Timex t, String day, String month) {
        if (day != null && "DATE".equals(t.type()) && sameDay(s, t)) {
            return with(t, day);  // "rockets hit a town on Thursday ... jets struck back the same day"
        }
        if (!"DATE".equals(t.type()) || t.end() - t.begin() != 3
                || !s.token(t.begin()).word().equalsIgnoreCase("the")) {
            return t;
        }
        String direction = s.token(t.begin() + 1).word().toLowerCase(Locale.ROOT);
        String unit = s.token(t.begin() + 2).word().toLowerCase(Locale.ROOT);
        int step = direction.equals("following") ? 1 : direction.equals("previous") ? -1 : 0;
        if (step == 0) {
            return t;
        }
        if (unit.equals("month") && month != null) {
            return with(t, YearMonth.parse(month).plusMonths(step).toString());
        }
        DayOfWeek weekday = WEEKDAYS.get(unit);
        if (weekday != null && day != null) {
            LocalDate from = LocalDate.parse(day);
            return with(t, from.with(step > 0 ? TemporalAdjusters.next(weekday) : TemporalAdjusters.previous(weekday))
                    .toString());
        }
        return t;
    }

    /** "the same day", "that same day", "that day": the day the story last named. */
    private static boolean sameDay(Sentence s, Timex t) {
        List<String> words = new ArrayList<>();
        for (int i = t.begin(); i < t.end(); i++) {
            words.add(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        return words.equals(List.of("the", "same", "day")) || words.equals(List.of("that", "same", "day"))
                || words.equals(List.of("that", "day")) || words.equals(List.of("same", "day"));
    }

    private static Timex with(Timex t, String value) {
        return new Timex(t.begin(), t.end(), t.text(), t.type(), value);
    }
}
