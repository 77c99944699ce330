package org.dyad.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;

/**
 * Re-anchors underspecified dates by the tense of the clause they belong to. SUTime resolves a bare
 * "Friday", "January" or "Oct. 23" without regard to tense and often picks the coming one; news mostly
 * reports the past, so "troops withdrew on Friday" means the Friday before the publication date and
 * "will meet on Friday" the one after. Months and month-days move a year only when far on the wrong
 * side of the anchor. Expressions with their own direction ("next Friday", "last
 * week") or a year are left alone; so is everything when the publication date is unknown.
 */
final class TenseAnchoring {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> DIRECTED = Set.of("next", "last", "this", "coming", "following", "previous",
            "past", "ago", "later", "earlier", "before", "after", "since", "until", "upcoming");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "expect", "set", "due", "intend", "hope",
            "agree", "prepare", "promise", "pledge", "vow", "arrange", "aim");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(T.*)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern YEAR_WORD = Pattern.compile("\\d{4}|'\\d\\d");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /**
     * A date without a year is moved across the year only when it lies this far on the wrong side of
     * the anchor: "was scheduled for Jan. 14" in early January is still the coming one.
     */
    private static final int SLACK_MONTHS = 2;

    private enum Tense { PAST, FUTURE, UNKNOWN }

    private TenseAnchoring() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor) {
        if (anchor == null || timexes.isEmpty()) {
            return timexes;
        }
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            out.add(reanchor(s, t, anchor));
        }
        return out;
    }

    private static Timex reanchor(Sentence s, Timex t, LocalDate anchor) {
        if (t.value() == null || !"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
            return t;
        }
        List<String> words = new ArrayList<>();
        for (int i = t.begin(); i < t.end(); i++) {
            words.add(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        int before = t.begin() - 1;
        if (before >= 0) {
            words.add(s.token(before).word().toLowerCase(Locale.ROOT));
        }
        if (words.stream().anyMatch(w -> DIRECTED.contains(w) || YEAR_WORD.matcher(w).matches())) {
            return t;
        }
        Tense tense = tense(s, t);
        if (tense == Tense.UNKNOWN) {
            return t;
        }
        Matcher day = DAY_VALUE.matcher(t.value());
        if (day.matches()) {
            String suffix = day.group(4) == null ? "" : day.group(4);
            DayOfWeek weekday = words.stream().map(WEEKDAYS::get).filter(w -> w != null).findFirst().orElse(null);
            boolean calendar = words.stream().anyMatch(w -> MONTHS.contains(w.replace(".", "")) || w.matches("\\d+.*"));
            LocalDate given = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            LocalDate resolved;
            if (weekday != null && !calendar) {
                resolved = tense == Tense.PAST ? anchor.with(TemporalAdjusters.previousOrSame(weekday))
                        : anchor.with(TemporalAdjusters.nextOrSame(weekday));
            } else if (calendar && weekday == null) {
                resolved = shiftYear(given, anchor, tense);
            } else {
                return t;
            }
            return new Timex(t.begin(), t.end(), t.text(), t.type(), resolved + suffix);
        }
        Matcher month = MONTH_VALUE.matcher(t.value());
        if (month.matches()) {
            YearMonth given = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            YearMonth now = YearMonth.from(anchor);
            YearMonth resolved = given;
            if (tense == Tense.PAST && given.isAfter(now.plusMonths(SLACK_MONTHS))) {
                resolved = given.minusYears(1);
            } else if (tense == Tense.FUTURE && given.isBefore(now.minusMonths(SLACK_MONTHS))) {
                resolved = given.plusYears(1);
            }
            return new Timex(t.begin(), t.end(), t.text(), t.type(), resolved.toString());
        }
        return t;
    }

    /** A month and day without a year: the occurrence on the side of the anchor the tense points to. */
    private static LocalDate shiftYear(LocalDate given, LocalDate anchor, Tense tense) {
        if (tense == Tense.PAST && given.isAfter(anchor.plusMonths(SLACK_MONTHS))) {
            return given.minusYears(1);
        }
        if (tense == Tense.FUTURE && given.isBefore(anchor.minusMonths(SLACK_MONTHS))) {
            return given.plusYears(1);
        }
        return given;
    }

    /**
     * The tense of the verb the expression hangs from; the sentence's first finite verb only when the
     * expression hangs from no verb. A non-finite verb ("to meet on Friday", "meeting on Friday")
     * takes its direction from the verb that embeds it, and says nothing when that is unclear.
     */
    private static Tense tense(Sentence s, Timex t) {
        int verb = governingVerb(s, t);
        if (verb < 0) {
            for (Token tok : s.tokens()) {
                if (tok.tag().equals("VBD") || tok.tag().equals("MD")) {
                    verb = tok.index();
                    break;
                }
            }
            if (verb < 0) {
                return Tense.UNKNOWN;
            }
        }
        for (int guard = 0; guard < 4; guard++) {
            Tense here = finiteTense(s, verb);
            if (here != null) {
                return here;
            }
            // non-finite: "plans to meet on Friday" looks at "plans"
            int head = s.head(verb);
            String rel = s.relation(verb);
            if (head == Dependency.ROOT || !(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl"))) {
                return Tense.UNKNOWN;
            }
            if (PLANNING.contains(s.token(head).lemma())) {
                return Tense.FUTURE;
            }
            verb = head;
        }
        return Tense.UNKNOWN;
    }

    /** PAST, FUTURE or UNKNOWN for a finite verb; {@code null} for a non-finite one. */
    private static Tense finiteTense(Sentence s, int verb) {
        Token v = s.token(verb);
        if (v.tag().equals("MD")) {
            return FUTURE_AUX.contains(v.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE : Tense.UNKNOWN;
        }
        boolean finiteAux = false;
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("aux")) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (FUTURE_AUX.contains(w)) {
                    return Tense.FUTURE;
                }
                if (s.token(d.dependent()).tag().equals("VBD") || w.equals("has") || w.equals("have")) {
                    return Tense.PAST;
                }
                if (!w.equals("to")) {
                    finiteAux = true;
                }
            }
        }
        if (v.tag().equals("VBD")) {
            return Tense.PAST;
        }
        if (v.tag().equals("VBG") && finiteAux) {
            return Tense.FUTURE;  // "is meeting on Friday"
        }
        if (v.tag().equals("VBZ") || v.tag().equals("VBP") || finiteAux) {
            return Tense.UNKNOWN;
        }
        return null;
    }

    private static int governingVerb(Sentence s, Timex t) {
        if (!s.parsed()) {
            return -1;
        }
        int node = t.begin();
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return s.token(node).isVerb() ? node : -1;
            }
            if (!t.covers(head) && s.token(head).isVerb()) {
                return head;
            }
            node = head;
        }
        return -1;
    }
}
