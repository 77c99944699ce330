package org.dyad.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;

/**
 * Vague references to the past, the present and the future:
 * <ul>
 *   <li>"these days" gets the TimeML reference value for the present (PRESENT_REF), where SUTime writes
 *       an unspecified duration of days (PXD) that says neither when nor how long. ("In recent years" is
 *       left as SUTime writes it: TimeBank annotates it as a duration as often as the past.)</li>
 *   <li>"several years ago", "a few months ago": an uncounted stretch back names no calendar year or
 *       month, so the past (PAST_REF), where SUTime counts back some fixed amount.</li>
 *   <li>"the then current price": "then" moves "current" (and "now") to a time the story tells of, the
 *       past (PAST_REF), and belongs to the expression.</li>
 *   <li>"will one day be", "one day he left": "one day" as an adverb of time places an event at some
 *       unnamed time, ahead (FUTURE_REF) unless the clause is past (PAST_REF); it is no duration of
 *       one day, as SUTime reads it, unless a preposition or a count makes it one ("for one day",
 *       "one day later") or it follows the verb it measures ("had been in the job one day").</li>
 *   <li>"the coming years", "the past few months": a plural unit without a count is an unspecified
 *       duration (PXY, PXM), where SUTime sometimes reads the singular ("the coming year").</li>
 *   <li>"future" before a noun that is no unit of time only qualifies that noun ("future earnings",
 *       "any future construction"): no temporal expression, unlike "the future" or "future years".
 *       ("Current" is left alone: TimeBank marks "current prices" as the present as often as not.)</li>
 * </ul>
 */
final class VagueReferences {

    private VagueReferences() {
    }

    /** Adjectives that name no time of their own before a noun. */
    private static final Set<String> QUALIFIERS = Set.of("future");
    /** Nouns after which they do name a time: "the current quarter", "future years". */
    private static final Set<String> UNITS = Set.of("quarter", "quarters", "year", "years", "month", "months", "week",
            "weeks", "period", "periods", "day", "days", "decade", "decades", "century", "season", "session", "half",
            "term", "fiscal", "generation", "generations");

    /** Counts that say how far back without saying how far: "several years ago". */
    private static final Set<String> UNCOUNTED = Set.of("several", "few", "some", "many");
    private static final Set<String> NOW_WORDS = Set.of("current", "currently", "now");
    /** Words before or after "one day" that make it a length of time or an offset, not an adverb. */
    private static final Set<String> MEASURING = Set.of("for", "in", "within", "after", "before", "of", "than", "by",
            "only", "just", "another", "every", "each", "per", "a", "on");
    private static final Set<String> OFFSETS = Set.of("later", "earlier", "ago", "before", "after", "of", "and",
            "or", "to", "off");
    private static final Map<String, String> PLURAL_UNITS = Map.of("years", "Y", "months", "M", "weeks", "W",
            "days", "D", "decades", "Y");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d\\d)?(-\\d\\d)?|\\d{4}-W\\d\\d");

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().filter(t -> !qualifier(s, t)).map(t -> reference(s, t)).map(t -> uncountedAgo(s, t))
                .map(t -> then(s, t)).map(t -> oneDay(s, t)).map(t -> pluralUnit(s, t)).toList();
    }

    /** "several years ago", "a few weeks ago": the past, not a year or a day counted back. */
    private static Timex uncountedAgo(Sentence s, Timex t) {
        if (t.end() - t.begin() < 3 || !"DATE".equals(t.type())
                || !s.token(t.end() - 1).word().equalsIgnoreCase("ago")) {
            return t;
        }
        String count = s.token(t.end() - 3).word().toLowerCase(Locale.ROOT);
        String unit = s.token(t.end() - 2).word().toLowerCase(Locale.ROOT);
        if (!UNCOUNTED.contains(count) || !PLURAL_UNITS.containsKey(unit)) {
            return t;
        }
        return new Timex(t.begin(), t.end(), t.text(), "DATE", "PAST_REF");
    }

    /** "the then current market price": a present word made past by "then", which joins the span. */
    private static Timex then(Sentence s, Timex t) {
        if (t.end() - t.begin() != 1 || t.begin() == 0 || !s.token(t.begin() - 1).word().equalsIgnoreCase("then")
                || !NOW_WORDS.contains(s.token(t.begin()).word().toLowerCase(Locale.ROOT))) {
            return t;
        }
        return new Timex(t.begin() - 1, t.end(), "then " + t.text(), "DATE", "PAST_REF");
    }

    /** "Islam will one day be", "he hopes one day to run": an unnamed time, not a day's length. */
    private static Timex oneDay(Sentence s, Timex t) {
        if (t.end() - t.begin() != 2 || !s.token(t.begin()).word().equalsIgnoreCase("one")
                || !s.token(t.begin() + 1).word().equalsIgnoreCase("day")) {
            return t;
        }
        String before = t.begin() > 0 ? s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT) : "";
        String after = t.end() < s.tokens().size() ? s.token(t.end()).word().toLowerCase(Locale.ROOT) : "";
        if (MEASURING.contains(before) || OFFSETS.contains(after) || before.matches("\\d+|[a-z]+th|last|first")
                || s.parsed() && s.head(t.end() - 1) < t.end()) {
            return t;  // a length of time follows what it measures: "had been in the job one day"
        }
        String value = TenseAnchoring.tense(s, t) == TenseAnchoring.Tense.PAST ? "PAST_REF" : "FUTURE_REF";
        return new Timex(t.begin(), t.end(), t.text(), "DATE", value);
    }

    /** "the coming years" read as one year: a plural unit without a count lasts an unspecified time. */
    private static Timex pluralUnit(Sentence s, Timex t) {
        String unit = PLURAL_UNITS.get(s.token(t.end() - 1).word().toLowerCase(Locale.ROOT));
        if (unit == null || t.value() == null || !CALENDAR.matcher(t.value()).matches()) {
            return t;
        }
        for (int i = t.begin(); i < t.end(); i++) {
            Token w = s.token(i);
            if (w.tag().equals("CD") || w.word().matches("(?i)a|an|one|\\d.*")) {
                return t;  // counted: "the two years", "a year"
            }
        }
        return new Timex(t.begin(), t.end(), t.text(), "DURATION", "PX" + unit);
    }

    /** Whether a one-word "future" only qualifies the noun after it. */
    private static boolean qualifier(Sentence s, Timex t) {
        if (t.end() - t.begin() != 1 || t.end() >= s.tokens().size()) {
            return false;
        }
        String word = s.token(t.begin()).word().toLowerCase(Locale.ROOT);
        Token next = s.token(t.end());
        return QUALIFIERS.contains(word) && next.isNoun() && !UNITS.contains(next.word().toLowerCase(Locale.ROOT));
    }

    private static Timex reference(Sentence s, Timex t) {
        if (!"PXD".equals(t.value()) || t.end() < 2) {
            return t;
        }
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        String modifier = s.token(t.end() - 2).word().toLowerCase(Locale.ROOT);
        if (modifier.equals("these") && last.equals("days")) {
            return new Timex(t.begin(), t.end(), t.text(), "DATE", "PRESENT_REF");
        }
        return t;
    }
}
