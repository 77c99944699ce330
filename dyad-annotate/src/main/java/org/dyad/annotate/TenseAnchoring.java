package org.dyad.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
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
 * side of the anchor, unless a month still to come dates an act told in the simple past. "Last
 * Tuesday" is the latest Tuesday before the anchor, and "postponed until Tuesday" the coming one.
 * Other expressions with their own direction ("next Friday", "last week") or a year are left alone;
 * so is everything when the publication date is unknown.
 */
final class TenseAnchoring {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Set<String> DIRECTED = Set.of("next", "last", "this", "coming", "following", "previous",
            "past", "ago", "later", "earlier", "before", "after", "since", "until", "upcoming");
    /**
     * Words before a date that make it the start of a term being set ("a new chairman, effective Feb.
     * 1", "payable Jan. 3"): the date lies ahead, whatever the tense of the verb setting it.
     */
    private static final Set<String> ONWARD = Set.of("effective", "payable");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "expect", "set", "due", "intend", "hope",
            "agree", "prepare", "promise", "pledge", "vow", "arrange", "aim");
    /**
     * Verbs that move an act to a later time: "postponed until Tuesday", "adjourned to March". The
     * time they name lies after the moving, so ahead of the publication date whatever the tense.
     */
    private static final Set<String> DEFERRING = Set.of("postpone", "delay", "defer", "adjourn", "reschedule",
            "extend", "prolong");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(T.*)?");
    private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d\\d-WE");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Set<String> HOLIDAYS = Set.of("thanksgiving", "christmas", "halloween", "valentine",
            "valentine's");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Set<String> CALENDAR_FILLER = Set.of("the", "of", ",", "-", "early", "late", "mid", "mid-",
            "end", "beginning", "middle", "on", "in", "night", "morning", "afternoon", "evening");
    private static final Set<String> TIME_NOUNS = Set.of("day", "night", "morning", "afternoon", "evening", "week",
            "weekend", "eve");
    private static final Pattern YEAR_WORD = Pattern.compile("\\d{4}|'\\d\\d");
    private static final Pattern ORDINAL = Pattern.compile("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|\\d+(st|nd|rd|th)");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /**
     * A date without a year is moved across the year only when it lies this far on the wrong side of
     * the anchor: "was scheduled for Jan. 14" in early January is still the coming one.
     */
    private static final int SLACK_MONTHS = 2;

    enum Tense { PAST, FUTURE, UNKNOWN }

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
        List<Timex> counted = new ArrayList<>(out.size());
        for (Timex t : out) {
            String day = presentOrdinalDay(s, t, out, anchor);
            counted.add(day == null ? t : new Timex(t.begin(), t.end(), t.text(), t.type(), day));
        }
        return clockTimesOnTheirDay(s, counted, anchor);
    }

    /**
     * "The blast occurred at 10:35 a.m. (0735 GMT) Friday": a clock time without a day of its own
     * falls on the day that dates the same verb, not on the publication date SUTime gives it.
     */
    private static List<Timex> clockTimesOnTheirDay(Sentence s, List<Timex> timexes, LocalDate anchor) {
        if (!s.parsed() || timexes.size() < 2) {
            return timexes;
        }
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            Timex dated = t;
            if ("TIME".equals(t.type()) && t.value() != null && t.value().startsWith(anchor + "T")
                    && ownDayless(s, t)) {
                int verb = governingVerb(s, t);
                for (Timex other : timexes) {
                    Matcher day = other == t || other.value() == null ? null : DAY_VALUE.matcher(other.value());
                    if (day != null && day.matches() && verb >= 0 && governingVerb(s, other) == verb) {
                        dated = new Timex(t.begin(), t.end(), t.text(), t.type(),
                                other.value().substring(0, 10) + t.value().substring(10));
                        break;
                    }
                }
            }
            out.add(dated);
        }
        return out;
    }

    /** Whether the expression names no day: only a clock time ("10:35 a.m.", "4 in the morning"). */
    static boolean ownDayless(Sentence s, Timex t) {
        for (int i = t.begin(); i < t.end(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (WEEKDAYS.containsKey(w) || MONTHS.contains(w.replace(".", ""))
                    || Set.of("today", "tonight", "tomorrow", "yesterday").contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Today is the eighth day of the blockade", "It's the second day of the strike": an ordinal day
     * counts from the start of what the story tells, and a copula in the present makes it the day its
     * subject names: the publication date for "today", "this", "it" or no subject, the day of a dated
     * subject ("Saturday is the tenth day", "Sunday's rally is the fifth day"); otherwise the present
     * makes it the publication date ("the march is the third day"). SUTime counts it from the
     * publication date (the eighth day after it). {@code null} when the rule does not apply.
     */
    private static String presentOrdinalDay(Sentence s, Timex t, List<Timex> timexes, LocalDate anchor) {
        int day = t.end() - 1;
        if (!s.parsed() || !DAY_VALUE.matcher(t.value() == null ? "" : t.value()).matches()
                || !s.token(day).word().equalsIgnoreCase("day")) {
            return null;
        }
        boolean ordinal = false;
        for (int i = t.begin(); i < day; i++) {
            ordinal |= ORDINAL.matcher(s.token(i).word().toLowerCase(Locale.ROOT)).matches();
        }
        if (!ordinal || s.children(day, "cop").stream().noneMatch(c -> Set.of("VBZ", "VBP").contains(s.token(c).tag()))) {
            return null;
        }
        List<Integer> subjects = s.children(day, "nsubj");
        if (subjects.isEmpty() || Set.of("today", "this", "it").contains(
                s.token(subjects.get(0)).word().toLowerCase(Locale.ROOT))) {
            return anchor.toString();
        }
        int subject = subjects.get(0);
        for (Timex other : timexes) {
            Matcher dated = other.value() == null ? null : DAY_VALUE.matcher(other.value());
            boolean inSubject = false;
            for (int i = other.begin(); i < other.end(); i++) {
                inSubject |= i == subject || s.dominates(subject, i);  // "Sunday's rally is the fifth day"
            }
            if (dated != null && other != t && inSubject && dated.matches()) {
                return other.value().substring(0, 10);
            }
        }
        return anchor.toString();  // "the march is the third day of protests": in the present, today
    }

    private static Timex reanchor(Sentence s, Timex t, LocalDate anchor) {
        if (t.value() == null || !"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
            return t;
        }
        List<String> words = new ArrayList<>();
        for (int i = t.begin(); i < t.end(); i++) {
            // "mid-November" is one token
            words.addAll(List.of(s.token(i).word().toLowerCase(Locale.ROOT).split("(?<=.)-(?=.)")));
        }
        int before = t.begin() - 1;
        if (before >= 0) {
            words.add(s.token(before).word().toLowerCase(Locale.ROOT));
        }
        boolean namesMonth = words.stream().anyMatch(w -> MONTHS.contains(w.replace(".", "")));
        Matcher month = MONTH_VALUE.matcher(t.value());
        if (month.matches() && namesMonth && words.size() <= 3 && (words.contains("last") || words.contains("next"))
                && words.stream().noneMatch(w -> YEAR_WORD.matcher(w).matches() || w.equals("year"))) {
            // TimeML reads "last April" as the latest April before this month, not April of last year
            // and the month just past is "last month", so "last February" on March 1 is a year back
            YearMonth now = YearMonth.from(anchor);
            YearMonth resolved = now.withMonth(Integer.parseInt(month.group(2)));
            if (words.contains("last") && !resolved.isBefore(now.minusMonths(1))) {
                resolved = resolved.minusYears(1);
            } else if (words.contains("next") && !resolved.isAfter(now.plusMonths(1))) {
                resolved = resolved.plusYears(1);
            }
            return new Timex(t.begin(), t.end(), t.text(), t.type(), resolved.toString());
        }
        Timex latest = latestWeekday(s, t, anchor);
        if (latest != null) {
            return latest;
        }
        boolean deferred = deferred(s, t);
        if (words.stream().anyMatch(w -> !(deferred && Set.of("until", "till").contains(w))
                && (DIRECTED.contains(w) || YEAR_WORD.matcher(w).matches()))) {
            return t;
        }
        if (namesMonth && !yearless(s, t)) {
            return t;  // "January nineteen ninety-seven": a year SUTime read and this class cannot see
        }
        Tense tense = onward(s, t, words) || deferred ? Tense.FUTURE : tense(s, t);
        if (tense == Tense.UNKNOWN && possessive(s, t)) {
            tense = Tense.PAST;  // "Wednesday's ruling", "Thursday's closing price": reported, so past
        }
        Matcher day = DAY_VALUE.matcher(t.value());
        if (day.matches()) {
            String suffix = day.group(4) == null ? "" : day.group(4);
            DayOfWeek weekday = words.stream().map(WEEKDAYS::get).filter(w -> w != null).findFirst().orElse(null);
            boolean calendar = namesMonth || words.stream().anyMatch(w -> w.matches("\\d+.*"));
            LocalDate given = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            LocalDate resolved;
            if (weekday != null && !calendar) {
                resolved = switch (tense) {
                    case PAST -> anchor.with(TemporalAdjusters.previousOrSame(weekday));
                    case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(weekday));
                    case UNKNOWN -> nearest(anchor, weekday);
                };
            } else if (calendar && weekday == null && namesMonth) {
                resolved = shiftYear(nearestYear(given, anchor), anchor, tense);
            } else if (weekday == null && !calendar && words.stream().anyMatch(HOLIDAYS::contains)) {
                resolved = holiday(given, anchor, tense, words.contains("thanksgiving"));
            } else {
                return t;
            }
            return new Timex(t.begin(), t.end(), t.text(), t.type(), resolved + suffix);
        }
        if (WEEKEND_VALUE.matcher(t.value()).matches() && words.contains("weekend")) {
            // "over the weekend" in a Monday paper is the one just past; SUTime takes the coming one
            LocalDate saturday = switch (tense) {
                case PAST -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                case UNKNOWN -> nearest(anchor, DayOfWeek.SATURDAY);
            };
            return new Timex(t.begin(), t.end(), t.text(), t.type(), String.format(Locale.ROOT, "%d-W%02d-WE",
                    saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        if (month.matches() && namesMonth) {
            YearMonth now = YearMonth.from(anchor);
            YearMonth given = nearestYear(YearMonth.of(Integer.parseInt(month.group(1)),
                    Integer.parseInt(month.group(2))), now);
            YearMonth resolved = given;
            // a month still to come cannot hold an act told in the simple past that it dates directly
            // ("changed to a calendar year in December", told in October); a planned act ("was set for
            // March"), one inside a noun ("told of a cut in September") or in an infinitive ("decided
            // to admit them in March") may lie ahead, hence the slack
            if (tense == Tense.PAST && given.isAfter(simplePast(s, t) ? now : now.plusMonths(SLACK_MONTHS))) {
                resolved = given.minusYears(1);
            } else if (tense == Tense.FUTURE && given.isBefore(now.minusMonths(SLACK_MONTHS))) {
                resolved = given.plusYears(1);
            }
            return new Timex(t.begin(), t.end(), t.text(), t.type(), resolved.toString());
        }
        return t;
    }

    /**
     * TimeML reads "last Tuesday" as the latest Tuesday before the publication date; SUTime takes the
     * Tuesday of the week before, nine days back on a Thursday. The whole expression moves with it:
     * "the day before last Tuesday". Not when the latest is the day before, which news calls
     * "yesterday" or by its bare name. {@code null} when the expression holds no "last" weekday, the
     * two readings agree or the rule does not apply.
     */
    private static Timex latestWeekday(Sentence s, Timex t, LocalDate anchor) {
        Matcher day = DAY_VALUE.matcher(t.value());
        if (!day.matches()) {
            return null;
        }
        for (int i = t.begin(); i + 1 < t.end(); i++) {
            DayOfWeek weekday = WEEKDAYS.get(s.token(i + 1).word().toLowerCase(Locale.ROOT));
            if (weekday == null || !s.token(i).word().equalsIgnoreCase("last")) {
                continue;
            }
            LocalDate sutime = anchor.minusWeeks(1).with(weekday);
            LocalDate latest = anchor.with(TemporalAdjusters.previous(weekday));
            LocalDate given = LocalDate.parse(t.value().substring(0, 10));
            if (sutime.equals(latest) || Math.abs(given.toEpochDay() - sutime.toEpochDay()) > 3
                    || latest.equals(anchor.minusDays(1))) {
                // not SUTime's reading of it: leave what another rule made; and yesterday is
                // "yesterday" or the bare weekday in news, so "last Wednesday" on a Thursday is the week before
                return null;
            }
            String suffix = day.group(4) == null ? "" : day.group(4);
            return with(t, given.plusDays(latest.toEpochDay() - sutime.toEpochDay()) + suffix);
        }
        return null;
    }

    /** Whether the expression dates a verb in the simple past directly: "changed in December". */
    private static boolean simplePast(Sentence s, Timex t) {
        int verb = governingVerb(s, t);
        if (verb < 0 || !s.token(verb).tag().equals("VBD") || PLANNING.contains(s.token(verb).lemma())) {
            return false;
        }
        for (int i = t.begin(); i < t.end(); i++) {
            // "called a snap election for December", "moved the vote to March": a time set for something
            if (s.head(i) == verb && s.children(i).stream().noneMatch(d -> d.relation().equals("case")
                    && Set.of("for", "to").contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression is what a {@link #DEFERRING} verb moves an act to ("postponed until
     * Tuesday") or what an {@link #APPOINTING} verb sets one for ("called a strike for Friday").
     */
    private static boolean deferred(Sentence s, Timex t) {
        int verb = governingVerb(s, t);
        if (verb < 0 || t.begin() == 0) {
            return false;
        }
        String before = s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT);
        String lemma = s.token(verb).lemma();
        return DEFERRING.contains(lemma) && Set.of("until", "till", "to").contains(before)
                || APPOINTING.contains(lemma) && before.equals("for") && setFor(s, t, verb);
    }

    /**
     * Whether the expression is itself the "for" phrase of the verb or of its object ("called a strike
     * for Friday"), not a possessor inside what is called for ("called for Saturday's attack to be
     * investigated").
     */
    private static boolean setFor(Sentence s, Timex t, int verb) {
        for (int i = t.begin(); i < t.end(); i++) {
            int h = s.head(i);
            if (h != Dependency.ROOT && t.covers(h)) {
                continue;
            }
            String rel = s.relation(i);
            return (rel.startsWith("obl") || rel.equals("nmod")) && (h == verb || h != Dependency.ROOT && s.head(h) == verb);
        }
        return false;
    }

    /**
     * Verbs that appoint an act to a day: "called a general strike for Friday", "set the vote for
     * Sunday". The day an act is set for lies ahead of the setting, so ahead of the publication date
     * whatever the tense; a month so set is handled by the simple-past rule's "for" (see simplePast).
     */
    private static final Set<String> APPOINTING = Set.of("call", "set", "schedule", "slate", "fix", "arrange");

    private static Timex with(Timex t, String value) {
        return new Timex(t.begin(), t.end(), t.text(), t.type(), value);
    }

    /**
     * A holiday, which SUTime places in the publication year: "was found on Thanksgiving Day" in
     * January is last November's. Thanksgiving falls on the fourth Thursday of November, the others
     * named in {@link #HOLIDAYS} on a fixed date.
     */
    private static LocalDate holiday(LocalDate given, LocalDate anchor, Tense tense, boolean thanksgiving) {
        int year = given.getYear();
        if (tense == Tense.PAST && given.isAfter(anchor)) {
            year--;
        } else if (tense == Tense.FUTURE && given.isBefore(anchor)) {
            year++;
        } else {
            return given;
        }
        if (thanksgiving) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        return given.withYear(year);
    }

    /**
     * Whether the word before the expression sets a term that starts or ends at it: {@link #ONWARD},
     * and "through" before a month ("revolving loans through January"; "Monday through Friday" may
     * be the week just past).
     */
    private static boolean onward(Sentence s, Timex t, List<String> words) {
        if (t.begin() == 0) {
            return false;
        }
        String before = s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT);
        return ONWARD.contains(before) || before.equals("through") && words.stream().noneMatch(WEEKDAYS::containsKey);
    }

    /** Whether the expression holds only a month, a day number and function words. */
    private static boolean yearless(Sentence s, Timex t) {
        for (int i = t.begin(); i < t.end(); i++) {
            for (String w : s.token(i).word().toLowerCase(Locale.ROOT).split("(?<=.)-(?=.)")) {
                if (!(MONTHS.contains(w.replace(".", "")) || WEEKDAYS.containsKey(w) || DAY_NUMBER.matcher(w).matches()
                        || CALENDAR_FILLER.contains(w))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean possessive(Sentence s, Timex t) {
        return t.end() < s.tokens().size() && s.token(t.end()).word().equals("'s");
    }

    /**
     * A weekday whose clause gives no direction ("could not be located Wednesday", "meet separately
     * Monday"): the occurrence closest to the anchor, as news refers to the days around its date.
     */
    private static LocalDate nearest(LocalDate anchor, DayOfWeek weekday) {
        LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate ahead = anchor.with(TemporalAdjusters.nextOrSame(weekday));
        return anchor.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - anchor.toEpochDay() ? back : ahead;
    }

    /**
     * A month and day without a year, first placed in the year that brings it closest to the anchor
     * (SUTime's choice of year is erratic: "effective Feb. 1" in October became the past February);
     * a tie goes to the past.
     */
    private static LocalDate nearestYear(LocalDate given, LocalDate anchor) {
        LocalDate best = given;
        for (int y = anchor.getYear() + 1; y >= anchor.getYear() - 1; y--) {
            LocalDate candidate = given.withYear(y);
            long distance = Math.abs(candidate.toEpochDay() - anchor.toEpochDay());
            long bestDistance = Math.abs(best.toEpochDay() - anchor.toEpochDay());
            if (distance <= bestDistance) {
                best = candidate;
            }
        }
        return best;
    }

    private static YearMonth nearestYear(YearMonth given, YearMonth anchor) {
        YearMonth best = given;
        for (int y = anchor.getYear() + 1; y >= anchor.getYear() - 1; y--) {
            YearMonth candidate = given.withYear(y);
            long distance = Math.abs(candidate.getYear() * 12L + candidate.getMonthValue()
                    - anchor.getYear() * 12L - anchor.getMonthValue());
            long bestDistance = Math.abs(best.getYear() * 12L + best.getMonthValue()
                    - anchor.getYear() * 12L - anchor.getMonthValue());
            if (distance <= bestDistance) {
                best = candidate;
            }
        }
        return best;
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
     * takes its direction from the verb that embeds it, and says nothing when that is unclear; a past
     * participle modifying a noun ("the quarter ended Sept. 30") is past. A verb of planning says
     * nothing about when the planned event falls.
     */
    static Tense tense(Sentence s, Timex t) {
        if (s.parsed()) {
            // "under a June agreement": the date dates the noun, an existing thing, not the clause's event
            int head = s.head(t.end() - 1);
            if (head >= t.end() && s.token(head).isNoun() && s.relation(t.end() - 1).equals("compound")
                    && !TIME_NOUNS.contains(s.token(head).lemma())) {
                return Tense.UNKNOWN;
            }
        }
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
        if (PLANNING.contains(s.token(verb).lemma()) && !s.children(verb, "obj").isEmpty()) {
            // "has scheduled a news conference Thursday", "planned a rally on Saturday": the planning is
            // past, the planned event may lie on either side ("on Friday, they planned to pay" is past)
            return Tense.UNKNOWN;
        }
        for (int guard = 0; guard < 4; guard++) {
            Tense here = finiteTense(s, verb);
            if (here != null) {
                return here;
            }
            // non-finite: "plans to meet on Friday" looks at "plans"
            int head = s.head(verb);
            String rel = s.relation(verb);
            if (s.token(verb).tag().equals("VBN") && rel.equals("acl") && !PLANNING.contains(s.token(verb).lemma())) {
                return Tense.PAST;  // a reduced relative: "products introduced in April", "the year ended March 31"
            }
            if (head == Dependency.ROOT || !(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl")
                    || rel.equals("dep"))) {
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
        boolean toMark = v.tag().equals("VB") && s.children(verb).stream()
                .anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to"));
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (FUTURE_AUX.contains(w)) {
                    return Tense.FUTURE;
                }
                if (toMark && Set.of("is", "are", "am").contains(w)) {
                    return Tense.FUTURE;  // "is to resume trading Tuesday": an arrangement for later
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

    static int governingVerb(Sentence s, Timex t) {
        if (!s.parsed()) {
            return -1;
        }
        int node = t.begin();
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return s.token(node).isVerb() ? node : -1;
            }
            if (!t.covers(head) && (s.token(head).isVerb() || !s.children(head, "cop").isEmpty())) {
                return head;  // a verb, or a predicate with a copula: "will be payable Jan. 3"
            }
            node = head;
        }
        return -1;
    }
}
