package org.dyad.code;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dependency;
import org.dyad.model.EventDate;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Dates an event from the temporal expression attached to its clause ("on Tuesday", "last week"; "two
 * days earlier" counts from the date of the governing clause, see {@link #relative}),
 * whose value the annotator resolved against the publication date; otherwise the publication date
 * stands in; otherwise the date is unknown.
 */
final class EventDating {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private EventDating() {
    }

    static EventDate date(Sentence s, int trigger, LocalDate published) {
        // "spoke on Tuesday and urged ...", "opened fire on Monday, killing one": a coordinated or
        // participle clause without its own expression shares the one it continues
        int clause = trigger;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            Optional<EventDate> relative = relative(s, clause, null);
            if (relative.isPresent()) {
                return relative.get();
            }
            int here = clause;
            Optional<EventDate> own = fromText(s, here).filter(d -> !appliesFrom(s, here, d, published));
            if (own.isPresent()) {
                return own.get();
            }
            Optional<EventDate> after = afterDatedClause(s, clause);
            if (after.isPresent()) {
                return after.get();
            }
            Optional<EventDate> when = whenDate(s, clause);
            if (when.isPresent()) {
                return when.get();
            }
            Optional<EventDate> where = whereDate(s, clause);
            if (where.isPresent()) {
                return where.get();
            }
            Optional<EventDate> closing = closingConjunctDate(s, clause);
            if (closing.isPresent()) {
                return closing.get();  // a date in the text outranks a statement's, which only bounds it
            }
            Optional<EventDate> told = toldDate(s, clause, published);
            if (told.isPresent()) {
                return told.get();
            }
            if (describesItsNoun(s, clause)) {
                // "an attack on a base last week that killed 20 soldiers": the killing is the attack's
                Optional<EventDate> noun = fromText(s, s.head(clause));
                if (noun.isPresent()) {
                    return noun.get();
                }
            }
            if (s.head(clause) == Dependency.ROOT || !Locations.continues(s, clause)) {
                break;
            }
            clause = s.head(clause);
        }
        return EventDate.ofPublication(published);
    }

    /**
     * The date closing a later conjunct of the same subject and tense: "suspended all trade with India
     * and closed its airspace last month" did both last month, as "stormed the hospital, detained 20
     * doctors and expelled the patients last week" did all three. A time phrase that ends the sentence
     * after joined past verbs scopes over them all; one inside the later conjunct ("closed it last month
     * and reopened it") stays its own, and a conjunct with a subject of its own is another clause.
     */
    private static Optional<EventDate> closingConjunctDate(Sentence s, int clause) {
        if (!pastForm(s, clause)) {
            return Optional.empty();
        }
        java.util.Deque<Integer> chain = new java.util.ArrayDeque<>(s.children(clause, "conj"));
        while (!chain.isEmpty()) {
            int c = chain.pop();
            if (c < clause || !pastForm(s, c) || s.children(c).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
                continue;
            }
            chain.addAll(s.children(c, "conj"));  // "stormed ..., detained ... and expelled ... last week"
            for (Timex t : s.timexes()) {
                if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && closes(s, t) && attachedTo(s, t, c)) {
                    Optional<EventDate> d = parse(t.value());
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a time expression ends the clauses before it: nothing follows but punctuation or a
     * trailing attribution ("... arrested 12 people last week, the army said on Monday").
     */
    private static boolean closes(Sentence s, Timex t) {
        int speech = -1;
        for (int i = t.end(); i < s.tokens().size(); i++) {
            if (s.token(i).isVerb() && DerivedEvents.SPEECH.contains(s.token(i).lemma())) {
                speech = i;
                break;
            }
        }
        int verb = speech;
        return java.util.stream.IntStream.range(t.end(), s.tokens().size()).allMatch(i -> s.token(i).tag().equals(".")
                || s.token(i).tag().equals(",") || verb >= 0 && (i == verb || s.dominates(verb, i)));
    }

    /** A verb in a past form: "suspended", or the participle of "had shelled ... and killed". */
    private static boolean pastForm(Sentence s, int verb) {
        String tag = s.token(verb).tag();
        return tag.equals("VBD") || tag.equals("VBN");
    }

    /**
     * The date of a clause whose "two days earlier" has no anchor in its sentence, counted from the
     * story's reference time: the day of the last act the article dated before it ("The EU approved
     * sanctions on Thursday. ... Washington imposed its own a day earlier"). Empty where the clause
     * has no such span.
     */
    static Optional<EventDate> fromReference(Sentence s, int trigger, EventDate reference) {
        int clause = trigger;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            Optional<EventDate> relative = relative(s, clause, reference);
            if (relative.isPresent() || fromText(s, clause).isPresent()) {
                return relative;
            }
            if (s.head(clause) == Dependency.ROOT || !Locations.continues(s, clause)) {
                break;
            }
            clause = s.head(clause);
        }
        return Optional.empty();
    }

    private static final Pattern SPAN = Pattern.compile("P(\\d+)([DWMY])");
    private static final java.util.Set<String> EARLIER = java.util.Set.of("earlier", "before", "previously");
    private static final java.util.Set<String> LATER = java.util.Set.of("later", "after", "afterwards");

    /**
     * "Serbia said last week that police had raided villages two days earlier": a span followed by
     * "earlier" / "later" (a DURATION the annotator leaves unresolved) counts from the date of the
     * clause that governs the trigger's clause, the nearest governing verb with a date of its own in
     * the text; the result keeps that anchor's precision when it is coarser than the span's unit
     * ("last week" minus two days is a week's date). With no such anchor in the sentence the point
     * of reference lies outside it: the {@code reference} given ({@link #fromReference}), else none,
     * and the clause falls back as if it had no expression.
     */
    private static Optional<EventDate> relative(Sentence s, int clause, EventDate reference) {
        for (Timex t : s.timexes()) {
            Matcher m = t.value() == null ? null : SPAN.matcher(t.value());
            if (!"DURATION".equals(t.type()) || m == null || !m.matches()) {
                continue;
            }
            int head = spanHead(s, t);
            int adverb = s.head(head);
            if (adverb == Dependency.ROOT || t.covers(adverb)) {
                continue;
            }
            String word = s.token(adverb).word().toLowerCase();
            int sign = EARLIER.contains(word) ? -1 : LATER.contains(word) ? 1 : 0;
            if (adverb == clause) {
                sign = -spanBeforeMark(s, head, clause);
            } else if (s.head(adverb) != clause) {
                sign = 0;
            }
            if (sign == 0 || s.head(adverb) == clause && endsPrepositionalNoun(s, t.begin() - 1, clause)
                    && whenDate(s, clause).isPresent()) {
                continue;
            }
            Optional<EventDate> anchor = Optional.empty();
            int guard = s.tokens().size();
            for (int gov = s.head(clause); gov != Dependency.ROOT && anchor.isEmpty() && guard-- > 0; gov = s.head(gov)) {
                anchor = fromText(s, gov);
            }
            if (anchor.isEmpty() && reference != null) {
                anchor = Optional.of(reference);
            }
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(shifted(anchor.get(), sign * Long.parseLong(m.group(1)), m.group(2)));
        }
        return Optional.empty();
    }

    /** A date moved by n units of a span ("D", "W", "M", "Y"), no finer than the anchor it counts from. */
    private static EventDate shifted(EventDate anchor, long n, String unitCode) {
        LocalDate base = anchor.date();
        LocalDate moved = switch (unitCode) {
            case "D" -> base.plusDays(n);
            case "W" -> base.plusWeeks(n);
            case "M" -> base.plusMonths(n);
            default -> base.plusYears(n);
        };
        EventDate.Precision unit = switch (unitCode) {
            case "D" -> EventDate.Precision.DAY;
            case "W" -> EventDate.Precision.WEEK;
            case "M" -> EventDate.Precision.MONTH;
            default -> EventDate.Precision.YEAR;
        };
        EventDate.Precision p = anchor.precision().ordinal() > unit.ordinal() ? anchor.precision() : unit;
        return EventDate.fromText(moved, p);
    }

    /**
     * "Two weeks after France recalled its envoy on May 2, Mali expelled three diplomats": a span right
     * before the "after" ("before") that opens an adverbial clause of the trigger's clause puts the
     * trigger's clause the span after (before) that clause's own date. With the inner clause undated
     * ("two weeks after the E3 triggered the snapback") the point counted from is unknown, and the
     * clause is dated as if it had no expression (the publication basis says as much): the span gives
     * no date of its own.
     */
    private static Optional<EventDate> afterDatedClause(Sentence s, int clause) {
        for (Timex t : s.timexes()) {
            Matcher m = t.value() == null ? null : SPAN.matcher(t.value());
            if (!"DURATION".equals(t.type()) || m == null || !m.matches()) {
                continue;
            }
            int head = spanHead(s, t);
            int inner = s.head(head);
            if (inner == Dependency.ROOT || s.head(inner) != clause || !s.relation(inner).startsWith("advcl")) {
                continue;
            }
            int sign = spanBeforeMark(s, head, inner);
            Optional<EventDate> anchor = sign == 0 ? Optional.empty() : fromText(s, inner);
            if (anchor.isPresent()) {
                return Optional.of(shifted(anchor.get(), sign * Long.parseLong(m.group(1)), m.group(2)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a token ends a noun phrase that is a prepositional object of the clause: "in retaliation
     * for airstrikes on the capital" before "two days earlier". A clause of "when" is at the time of the
     * date it hangs from, so a span right after such a phrase counts the phrase's event back ("airstrikes
     * two days earlier"), not the clause's: "broke out on May 3, when rebels attacked in retaliation for
     * airstrikes on the capital two days earlier" is an attack on May 3.
     */
    private static boolean endsPrepositionalNoun(Sentence s, int last, int clause) {
        if (last < 0 || !s.token(last).isNoun()) {
            return false;
        }
        int node = last;
        for (int guard = 0; guard < s.tokens().size() && s.head(node) != clause; guard++) {
            node = s.head(node);
            if (node == Dependency.ROOT || !s.token(node).isNoun()) {
                return false;
            }
        }
        return s.relation(node).startsWith("obl") && !s.children(node, "case").isEmpty();
    }

    /**
     * "fired missiles on Monday, a day after the United States bombed the sites": a span right before
     * the "after" that opens the trigger's clause puts that clause the span before the clause it hangs
     * from, and one before "before" the span after it. Returns 1 for "after", -1 for "before" (the
     * governing clause's side), 0 for any other shape.
     */
    private static int spanBeforeMark(Sentence s, int span, int clause) {
        for (int mark : s.children(clause, "mark")) {
            String w = s.token(mark).word().toLowerCase();
            if (mark == span + 1) {
                return w.equals("after") ? 1 : w.equals("before") ? -1 : 0;
            }
        }
        return 0;
    }

    private static int spanHead(Sentence s, Timex t) {
        for (int i = t.begin(); i < t.end(); i++) {
            int h = s.head(i);
            if (h == Dependency.ROOT || !t.covers(h)) {
                return i;
            }
        }
        return t.begin();
    }

    private static Optional<EventDate> fromText(Sentence s, int trigger) {
        for (Timex t : s.timexes()) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
                continue;
            }
            if (attachedTo(s, t, trigger)) {
                Optional<EventDate> d = parse(t.value());
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the date is one from which a measure applies, after the publication date: "banned
     * imports of Russian gas from 2027" is decided now. A past "from" starts the act ("launched drones
     * from Saturday night").
     */
    private static boolean appliesFrom(Sentence s, int clause, EventDate d, LocalDate published) {
        if (published == null || !d.date().isAfter(published)) {
            return false;
        }
        for (Timex t : s.timexes()) {
            if (!parse(t.value()).map(d::equals).orElse(false)) {
                continue;
            }
            for (int i = t.begin(); i < t.end(); i++) {
                if (s.head(i) == clause && s.children(i).stream().anyMatch(c -> c.relation().equals("case")
                        && s.token(c.dependent()).lemma().equalsIgnoreCase("from"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The date of a past "when" clause with none of its own, which is the time it hangs from: "met in
     * Geneva in January, when both sides agreed to ..." as a relative clause of the date itself, or as an
     * adverbial clause of the dated clause. A clause of what will be ("will respond when it is attacked")
     * tells no time.
     */
    private static Optional<EventDate> whenDate(Sentence s, int clause) {
        int head = s.head(clause);
        boolean when = s.children(clause).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("mark"))
                && s.token(d.dependent()).word().equalsIgnoreCase("when"));
        if (!when || !past(s, clause) || head == Dependency.ROOT) {
            return Optional.empty();
        }
        if (s.relation(clause).startsWith("acl:relcl")) {
            for (Timex t : s.timexes()) {
                if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.covers(head)) {
                    return parse(t.value());
                }
            }
            return Optional.empty();
        }
        return s.relation(clause).startsWith("advcl") ? fromText(s, head) : Optional.empty();
    }

    /** Whether a clause is told in the past: "warned", "had warned", "was attacked". */
    private static boolean past(Sentence s, int clause) {
        return s.token(clause).tag().equals("VBD") || s.children(clause).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && s.token(d.dependent()).tag().equals("VBD"));
    }

    /**
     * The date of a past clause of the place or occasion ("where", "at which") with none of its own,
     * which is the time of the clause it hangs from: "met in Geneva on Sunday, where Lavrov warned ..."
     * (the parser may hang it on the date or the verb), "gathered in Brussels on Monday, at which the EU
     * condemned ...". What was said there was said then; a clause in the past perfect ("where troops
     * had killed civilians") tells an earlier time.
     */
    private static Optional<EventDate> whereDate(Sentence s, int clause) {
        int head = s.head(clause);
        boolean where = s.children(clause).stream().anyMatch(d -> d.relation().equals("advmod")
                && s.token(d.dependent()).word().equalsIgnoreCase("where")
                || d.relation().startsWith("obl") && s.token(d.dependent()).word().equalsIgnoreCase("which")
                && !s.children(d.dependent(), "case").isEmpty());
        boolean had = s.children(clause).stream().anyMatch(d -> d.relation().startsWith("aux")
                && s.token(d.dependent()).lemma().equals("have"));
        if (!where || !s.token(clause).tag().equals("VBD") || had || head == Dependency.ROOT) {
            return Optional.empty();
        }
        for (Timex t : s.timexes()) {
            if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.covers(head)) {
                return parse(t.value());
            }
        }
        // on a place ("visited Bucha on Monday, where troops massacred civilians") it may tell the
        // place's past, not the visit's: only a clause on the date or the verb takes its time
        return s.token(head).isVerb() ? fromText(s, head) : Optional.empty();
    }

    /**
     * The date of a done act with no time of its own that a dated statement tells or an accusation
     * names: "On Monday, Kyiv accused Moscow of striking a hospital", "Kyiv said on Monday that troops
     * had shelled the market". The act happened by then, not on that day: a user of event data needs
     * it never dated after the words that report it, yet not anchored to their day as if the text said
     * so. So the statement's date stands in as the report's date does, with the publication basis (its
     * precision kept); a statement dated after the publication, or an act yet to be done ("said on
     * Monday it would strike"), keeps the usual dating.
     */
    private static Optional<EventDate> toldDate(Sentence s, int clause, LocalDate published) {
        int verb = judgedFor(s, clause);
        if (verb < 0) {
            verb = Speakers.tellingVerb(s, clause);
            if (verb < 0 || !done(s, clause)) {
                return Optional.empty();
            }
        }
        return fromText(s, verb).filter(d -> published == null || !d.date().isAfter(published))
                .map(d -> new EventDate(d.date(), d.precision(), EventDate.Basis.PUBLICATION));
    }

    /** Verbs that judge an act named by their "of" / "for" clause: "blamed the rebels for shelling". */
    private static final java.util.Set<String> JUDGING = java.util.Set.of("accuse", "blame", "charge", "suspect",
            "condemn", "denounce", "criticize", "criticise", "convict", "indict", "fault", "praise", "thank");

    /**
     * The judging verb whose grounds a gerund clause is, or -1: "blamed the rebels for shelling",
     * and "accused troops of executing prisoners" where the clause hangs from the verb's object.
     */
    private static int judgedFor(Sentence s, int clause) {
        int head = s.head(clause);
        if (!s.token(clause).tag().equals("VBG") || !hasMark(s, clause, GROUNDS) || head == Dependency.ROOT) {
            return -1;
        }
        int verb = s.token(head).isNoun() && s.relation(head).equals("obj") ? s.head(head) : head;
        return s.token(verb).isVerb() && JUDGING.contains(s.token(verb).lemma()) ? verb : -1;
    }

    private static boolean hasMark(Sentence s, int clause, java.util.Set<String> words) {
        // the parser marks "of striking" as a case as often as a mark
        return s.children(clause).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                && words.contains(s.token(d.dependent()).lemma().toLowerCase()));
    }

    /** Whether a clause tells a done act: "attacked", "had attacked", "has attacked", "was hit"; not "would". */
    private static boolean done(Sentence s, int clause) {
        if (s.children(clause).stream().anyMatch(d -> d.relation().startsWith("aux") && s.token(d.dependent()).tag().equals("MD"))) {
            return false;
        }
        return past(s, clause) || s.children(clause).stream().anyMatch(d -> d.relation().equals("aux")
                && s.token(d.dependent()).lemma().equals("have"));
    }

    /** A relative clause whose pronoun is its subject: "the raid that killed ten", "the storm, which hit". */
    private static boolean describesItsNoun(Sentence s, int clause) {
        return s.relation(clause).startsWith("acl:relcl") && s.children(clause, "nsubj").stream()
                .anyMatch(n -> java.util.Set.of("that", "which").contains(s.token(n).lemma().toLowerCase()));
    }

    /** Whether the expression's head hangs from the trigger's clause before any other verb. */
    private static boolean attachedTo(Sentence s, Timex t, int trigger) {
        int head = t.begin();
        for (int i = t.begin(); i < t.end(); i++) {
            int h = s.head(i);
            if (h == Dependency.ROOT || !t.covers(h)) {
                head = i;
                break;
            }
        }
        if (boundary(s, head)) {
            return false;
        }
        int modified = s.head(head);
        // "questioned the results of the July 28 election": a date before a noun says which one; but the
        // trigger's own subject ("the March 3 airstrike killed 12") is the act's doer, and its date the act's
        boolean subject = modified != Dependency.ROOT && s.head(modified) == trigger
                && (s.relation(modified).startsWith("nsubj") || s.relation(modified).startsWith("csubj"));
        if ((s.relation(head).equals("compound") || s.relation(head).startsWith("amod")) && modified != trigger
                && modified != Dependency.ROOT && s.token(modified).isNoun() && !subject) {
            return false;
        }
        int governingVerb = s.token(trigger).isNoun() ? s.head(trigger) : Dependency.ROOT;
        int guard = s.tokens().size();
        for (int cur = s.head(head); cur != Dependency.ROOT && guard-- > 0; cur = s.head(cur)) {
            if (cur == trigger || cur == governingVerb) {
                return true;
            }
            if (reasonOf(s, cur, trigger)) {
                return false;
            }
            if (s.token(cur).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions of the grounds of a verb: "blamed Pakistan for an attack", "accused of", "protested over". */
    private static final java.util.Set<String> GROUNDS = java.util.Set.of("for", "of", "over");

    /**
     * Whether a noun is the grounds a verb names, an act of its own whose date is that act's, not the
     * verb's: "India blamed Pakistan for an attack in April" is blame now for April's attack.
     */
    private static boolean reasonOf(Sentence s, int noun, int trigger) {
        return s.token(trigger).isVerb() && s.token(noun).isNoun() && s.head(noun) == trigger
                && s.relation(noun).startsWith("obl") && s.children(noun, "case").stream()
                        .map(c -> s.token(c).lemma().toLowerCase())
                        .anyMatch(p -> GROUNDS.contains(p) && !(p.equals("for") && ASKING.contains(s.token(trigger).lemma())));
    }

    /** Verbs whose "for" names what is asked, not grounds: "called for a ceasefire on Monday". */
    private static final java.util.Set<String> ASKING = java.util.Set.of("call", "appeal", "ask", "press", "push",
            "plead", "petition", "lobby", "campaign");

    /**
     * Prepositions that make a date the bound of an interval, not the day of the act: "has not spoken
     * since February 2022", "met twice since January", "must withdraw before March 1".
     */
    private static final java.util.Set<String> BOUNDS = java.util.Set.of("since", "until", "till", "before",
            "after", "prior");

    private static boolean boundary(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if ((d.relation().equals("case") || d.relation().equals("mark"))
                    && BOUNDS.contains(s.token(d.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** A TIMEX3 value as a date and precision; empty for unresolved or non-calendar values. */
    static Optional<EventDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return parseValue(value);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<EventDate> parseValue(String value) {
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            return Optional.of(EventDate.fromText(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), EventDate.Precision.DAY));
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(DayOfWeek.MONDAY);
            return Optional.of(EventDate.fromText(monday, EventDate.Precision.WEEK));
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            return Optional.of(EventDate.fromText(LocalDate.of(num(m, 1), num(m, 2), 1), EventDate.Precision.MONTH));
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            return Optional.of(EventDate.fromText(LocalDate.of(num(m, 1), 1, 1), EventDate.Precision.YEAR));
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
