package org.dyad.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;

/**
 * Drops what SUTime tags but TimeML does not treat as a temporal expression, so that it neither dates
 * an event nor counts against precision:
 * <ul>
 *   <li>ages ("a 6-year-old boy", "52 years old"): a property of a person, not a time;</li>
 *   <li>fractions read as quarters of a year ("three-quarters of its food");</li>
 *   <li>titles in quotation marks ("This Week", "60 Minutes"), "march" the noun and "March" naming an
 *       event ("the March for Life"), "past" the preposition, "second" the ordinal;</li>
 *   <li>words that only look temporal: the agency "SEC" read as a second, "Jan" as a first name before
 *       another name ("Jan Kavan"), "Day" inside a name ("Sandra Day O'Connor"), the verb and adjective
 *       "present" ("will present", "present at the ceremony");</li>
 *   <li>"once" (a conjunction in "once he arrives", a discourse adverb in "once again") and
 *       "previously", which do not locate anything in time on their own, nor does "Now" opening a
 *       sentence before a comma ("Now, the court must decide"), a discourse marker that turns to the
 *       next point rather than the present;</li>
 *   <li>yearly and quarterly frequency words used as modifiers of a noun ("quarterly dividend", "annual
 *       meeting"), the standing vocabulary of company reports, and "annually" after an amount ("to grow
 *       8% annually"); other adverbial uses ("held annually") stay. Likewise "a year" or "a day" after an
 *       amount ("$2 million a year", "600 seats a week"), the unit of a rate, while a count of times
 *       ("three times a week") makes a frequency, which stays; "night" too ("$55 a night"), where SUTime
 *       may leave the article out;</li>
 *   <li>a bare part of the day modifying a noun ("the morning talk show", "night shifts"): a kind of
 *       thing, not a time.</li>
 * </ul>
 */
final class UnmarkedTimexes {

    private static final Pattern AGE = Pattern.compile("\\b(year|month|week|day)s?( ?- ?| )old\\b");
    /** Only these: TimeML does mark "daily" and "weekly" before a noun ("his weekly radio address"). */
    private static final Set<String> FREQUENCY = Set.of("quarterly", "annual", "annually", "semiannual");
    private static final Set<String> RATE_UNITS = Set.of("year", "month", "week", "day", "night", "hour");
    private static final Set<String> NON_LOCATING = Set.of("once", "previously");
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("of", "the", "for", "with", "and", "a", "on");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4}|XXXX)-\\d\\d");
    private static final Set<String> TIME_UNITS = Set.of("year", "century", "decade", "month", "week", "day",
            "hour", "fiscal");

    private UnmarkedTimexes() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            if (!unmarked(s, t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** "three-quarters of its food", "a quarter of the market": a share, not three months. */
    private static boolean fraction(Sentence s, Timex t) {
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        if (!last.equals("quarter") && !last.equals("quarters") || t.end() + 1 >= s.tokens().size()
                || !s.token(t.end()).word().equalsIgnoreCase("of")) {
            return false;
        }
        Token next = s.token(t.end() + 1);
        boolean determiner = next.tag().equals("DT") || next.tag().equals("PRP$") || next.tag().equals("PRP");
        // "a quarter of a century", "the first quarter of the year" stay
        for (int i = t.end() + 1; i < Math.min(s.tokens().size(), t.end() + 3); i++) {
            if (TIME_UNITS.contains(s.token(i).lemma())) {
                return false;
            }
        }
        return determiner;
    }

    /**
     * A title in quotation marks, every word capitalised: the programme "This Week", CBS's "60 Minutes",
     * the film "High Noon", a "March of the Mothers". A quoted sentence ("``Today we mourn'') is not one.
     */
    private static boolean title(Sentence s, Timex t) {
        int open = t.begin() - 1;
        while (open >= 0 && open >= t.begin() - 3 && !quote(s.token(open))) {
            open--;
        }
        int close = t.end();
        while (close < s.tokens().size() && close <= t.end() + 5 && !quote(s.token(close))) {
            close++;
        }
        if (open < 0 || open < t.begin() - 3 || close >= s.tokens().size() || !quote(s.token(close))
                || !quote(s.token(open))) {
            return false;
        }
        int words = 0;
        for (int i = open + 1; i < close; i++) {
            Token w = s.token(i);
            if (Character.isLetterOrDigit(w.word().charAt(0))) {
                if (!Character.isUpperCase(w.word().charAt(0)) && !Character.isDigit(w.word().charAt(0))
                        && !TITLE_FUNCTION_WORDS.contains(w.word())) {
                    return false;
                }
                words++;
            }
        }
        return words >= 2;
    }

    private static boolean quote(Token w) {
        return w.tag().equals("``") || w.tag().equals("''");
    }

    /**
     * "the march", "this march" (lower case: the noun), and "March" naming an event ("the annual March
     * for Life", "the March on Washington").
     */
    private static boolean monthNoun(Sentence s, Timex t) {
        if (t.value() == null || !MONTH_VALUE.matcher(t.value()).matches()) {
            return false;
        }
        for (int i = t.begin(); i < t.end(); i++) {
            String w = s.token(i).word();
            if (w.equals("march") || w.equals("may")) {
                return true;
            }
        }
        String last = s.token(t.end() - 1).word();
        if (t.end() + 1 < s.tokens().size() && (last.equals("March") || last.equals("May"))) {
            String after = s.token(t.end()).word();
            Token next = s.token(t.end() + 1);
            return (after.equals("of") || after.equals("for") || after.equals("on"))
                    && Character.isUpperCase(next.word().charAt(0)) && !next.tag().equals("CD");
        }
        return false;
    }

    private static boolean unmarked(Sentence s, Timex t) {
        List<Token> words = s.tokens().subList(t.begin(), t.end());
        Token after = t.end() < s.tokens().size() ? s.token(t.end()) : null;
        Token before = t.begin() > 0 ? s.token(t.begin() - 1) : null;
        // the tokenizer may split "6-year-old" into "6 - year - old", and SUTime may stop before "old"
        StringBuilder joined = new StringBuilder();
        for (int i = t.begin(); i < Math.min(s.tokens().size(), t.end() + 2); i++) {
            joined.append(i > t.begin() ? " " : "").append(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        if (("DURATION".equals(t.type()) || "DATE".equals(t.type())) && AGE.matcher(joined).find()) {
            return true;  // SUTime may read "this 6-year-old" as a range of dates
        }
        if ("DURATION".equals(t.type()) && fraction(s, t)) {
            return true;
        }
        if (title(s, t) || monthNoun(s, t)) {
            return true;
        }
        if (perUnit(s, t) || dayPartModifier(s, t)) {
            return true;
        }
        // a one-word expression from here on, ignoring a leading determiner ("the SEC")
        List<Token> content = words.stream().filter(w -> !w.tag().equals("DT")).toList();
        if (content.size() != 1) {
            return false;
        }
        Token w = content.get(0);
        String lower = w.word().toLowerCase(Locale.ROOT);
        if (w.word().equals("SEC")) {
            return true;
        }
        if (lower.equals("jan") && after != null && after.isProperNoun() && !after.tag().equals("CD")) {
            return true;
        }
        if (w.word().equals("Day") && before != null && before.isProperNoun() && after != null
                && after.isProperNoun()) {
            return true;
        }
        if (lower.equals("day") && "P1D".equals(t.value()) && words.size() == 1) {
            return !(before != null && before.tag().equals("CD"));
        }
        if (lower.equals("present") && "PRESENT_REF".equals(t.value()) && (w.isVerb()
                || before == null || !Set.of("at", "the", "until", "to").contains(before.lemma()))) {
            return true;
        }
        if (NON_LOCATING.contains(lower)) {
            return true;
        }
        if (lower.equals("now") && after != null && after.word().equals(",")
                && s.tokens().subList(0, t.begin()).stream().allMatch(UnmarkedTimexes::quote)) {
            return true;  // opening the sentence, perhaps after a quotation mark
        }
        if (lower.equals("past") && w.tag().equals("IN")) {
            return true;  // the preposition: "continue past the deadline"
        }
        if (lower.equals("second") && "PT1S".equals(t.value()) && after != null
                && (after.isNoun() || after.tag().startsWith("JJ"))) {
            return true;  // the ordinal: "a second group"
        }
        if (FREQUENCY.contains(lower) && "SET".equals(t.type())) {
            return w.isNoun() || after != null && (after.isNoun() || after.tag().startsWith("JJ"))
                    || lower.equals("annually") && rate(s, t);
        }
        return false;
    }

    /**
     * "$2 million a year", "24 hours a day", "four flights a week": the unit an amount is counted per,
     * not a time; "three times a week", "twice a day" count occurrences and stay, and so does a span
     * counted from a time ("killed 12 people a week after the vote").
     */
    private static boolean perUnit(Sentence s, Timex t) {
        // the article in the expression ("a year") or just before it ("$55 a" "night")
        int article = t.end() - t.begin() == 2 ? t.begin() : t.end() - t.begin() == 1 ? t.begin() - 1 : -1;
        if (article <= 0 || !Set.of("a", "an", "per").contains(s.token(article).word().toLowerCase(Locale.ROOT))
                || !RATE_UNITS.contains(s.token(article + 1).lemma())) {
            return false;
        }
        Token before = s.token(article - 1);
        String word = before.word().toLowerCase(Locale.ROOT);
        if (Set.of("time", "times", "once", "twice", "thrice").contains(word)) {
            return false;
        }
        // "a week after the vote", "a year earlier": a span counted from a time, however it is preceded
        Token next = t.end() < s.tokens().size() ? s.token(t.end()) : null;
        if (next != null && Set.of("after", "before", "later", "earlier", "ago", "from", "since", "into")
                .contains(next.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return rate(s, new Timex(article, t.end(), t.text(), t.type(), t.value())) && !before.tag().equals("IN");
    }

    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /**
     * A bare part of the day that modifies the noun after it names a kind of thing, not a time: "the
     * morning talk show", "a night shift", "evening prayers"; "Tuesday morning talks" and "this morning"
     * are no bare word and stay.
     */
    private static boolean dayPartModifier(Sentence s, Timex t) {
        if (t.end() - t.begin() != 1 || t.end() >= s.tokens().size()
                || !DAY_PARTS.contains(s.token(t.begin()).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int head = s.head(t.begin());
        return head >= t.end() && s.token(head).isNoun() && s.relation(t.begin()).equals("compound")
                && !s.token(head).tag().startsWith("NNP");
    }

    /** "to rise 8.5% annually", "10,000 units annually": a rate of an amount, not a recurring event. */
    private static boolean rate(Sentence s, Timex t) {
        for (int i = Math.max(0, t.begin() - 4); i < t.begin(); i++) {
            Token w = s.token(i);
            if (w.tag().equals("CD") || w.word().equals("%") || w.word().equals("$") || w.lemma().equals("percent")) {
                return true;
            }
        }
        return false;
    }
}
