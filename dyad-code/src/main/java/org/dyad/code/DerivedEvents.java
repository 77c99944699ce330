package org.dyad.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;

/**
 * Events that CAMEO codes from what actors say about acts rather than from the acts themselves:
 * <ul>
 *   <li><b>intent</b>: a cooperative act announced or planned ("will provide aid", "is prepared to
 *       lift the ban") is an asserted expression of intent (03);</li>
 *   <li><b>threat</b>: a conflictual act the actor announces or plans ("said it would blockade",
 *       "plans to impose restrictions") is an asserted threat (13), and so is any announced act held
 *       out against a condition ("will withdraw its troops unless ...", "will halt its mediation if
 *       the talks collapse");</li>
 *   <li><b>demand</b>: "X said Y must do Z" is X's asserted demand (10) to Y;</li>
 *   <li><b>refusal</b>: a cooperative act the actor says it will not do ("will not release") is an
 *       asserted refusal (12).</li>
 * </ul>
 * The act itself stays coded with its own modality. Nothing is derived inside a condition ("if"),
 * a negation or a denial, nor under a verb that is already an event ("agreed to provide aid" is the
 * agreement).
 */
final class DerivedEvents {

    static final Set<String> SPEECH = Set.of("say", "announce", "declare", "state", "confirm", "insist", "tell",
            "add", "claim", "warn", "stress", "reiterate", "write", "report");
    private static final Set<String> PLANNING = Set.of("plan", "intend", "prepare", "vow", "decide", "resolve",
            "aim", "expect", "ready", "willing", "prepared", "determined", "set", "mean");
    private static final Set<String> DEONTIC = Set.of("must", "should", "ought");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "dep", "parataxis", "conj");
    /** Predicates of others' expectation: "is likely to travel", "is due to arrive". */
    static final Set<String> EXPECTATION = Set.of("likely", "unlikely", "due", "poised", "certain", "bound");
    /** Verbs that, in the passive, report others' expectation or belief: "is expected to travel". */
    private static final Set<String> EXPECTING = Set.of("expect", "believe", "think", "say", "report", "rumor",
            "rumour", "predict", "forecast", "tip", "understand", "know", "suppose", "anticipate");

    private final DerivedCodes codes;
    private final CameoTable cameo;

    DerivedEvents(DerivedCodes codes, CameoTable cameo) {
        this.codes = codes;
        this.cameo = cameo;
    }

    /** A coded act: its trigger token and event. */
    record Act(int trigger, Event event) {
    }

    interface Maker {
        Event make(int trigger, String code, Modality modality, List<Actor> actors, List<Actor> recipients, Event like);
    }

    List<Event> derive(Sentence s, List<Act> acts, Set<Integer> triggers, List<ActorMention> mentions, Maker maker) {
        List<Event> out = new ArrayList<>();
        for (Act act : acts) {
            Event e = act.event();
            Path refusal = path(s, act.trigger(), triggers);
            if (e.modality() == Modality.NEGATED && !e.actors().isEmpty() && refusedAhead(s, act.trigger())
                    && !refusal.blocked) {
                // "will not release the prisoners": announcing that one will not act is a refusal
                codes.derive(e.cameo(), DerivedCodes.Kind.REFUSAL).ifPresent(code -> out.add(
                        maker.make(refusal.top, code, Modality.ASSERTED, e.actors(), e.recipients(), e)));
                continue;
            }
            if (e.modality() != Modality.FUTURE && e.modality() != Modality.HYPOTHETICAL || e.actors().isEmpty()
                    || ModalityRules.alleged(s, act.trigger()) || ModalityRules.dueTo(s, act.trigger())) {
                // "Russia allegedly supplied drones": alleged by others, stated by no one; "is due to host
                // talks": scheduled, as others expect it
                continue;
            }
            Path path = path(s, act.trigger(), triggers);
            if (path.blocked || obligedOnTheWay(s, act.trigger(), path.top)) {
                continue;  // "X said Y must reach an agreement" is X's demand, not Y's intent
            }
            if (s.relation(path.top).startsWith("acl")
                    && !ModalityRules.INTENT_NOUNS.contains(s.token(s.head(path.top)).lemma())) {
                // "a team trying to broker a pact said ...": a description of someone, not a statement;
                // "announced its decision to withdraw" completes an intent noun and still states one
                continue;
            }
            if (e.modality() == Modality.HYPOTHETICAL && path.speaker < 0 && !path.planned) {
                continue;  // "if Iran attacks, the United States would defend Israel": the text's supposition, no one's announcement
            }
            int root = Integer.parseInt(e.cameo().substring(0, 2));
            List<Actor> speakers = path.speaker < 0 ? List.of()
                    : Arguments.actorsOf(s, s.children(path.speaker, "nsubj"), mentions, true);
            // "the Union may halt its mediation if the parties do not cooperate, the minister said": a hostile
            // act held out against a condition, relayed by an official, is the actor's warning, not a guess
            boolean warning = root >= 14 && conditioned(s, act.trigger(), Set.of("if", "unless")) && !speakers.isEmpty()
                    && speakers.stream().allMatch(DerivedEvents::stateSpeaker);
            // "Turkey will halt its mediation if the talks collapse": the text states, with no one to relay it,
            // what the actor will do against a condition; "could" or "may" would be the writer's guess
            boolean stated = root >= 14 && e.modality() == Modality.FUTURE && path.speaker < 0
                    && conditioned(s, act.trigger(), Set.of("if", "unless"));
            if (e.modality() == Modality.HYPOTHETICAL && path.speaker >= 0 && !path.planned && !warning) {
                if (!speakers.isEmpty() && !ownSide(speakers, e.actors())) {
                    continue;  // "Hamas may release more hostages, Qatari mediators said": others' guess, not Hamas's word
                }
            }
            if (root >= 3 && root <= 8 && conditioned(s, act.trigger(), Set.of("unless"))) {
                // "will withdraw its force unless ...": an act held out against a condition is a threat
                out.add(maker.make(path.top, codes.derive(e.cameo(), DerivedCodes.Kind.THREAT).orElse("130"),
                        Modality.ASSERTED, e.actors(), e.recipients(), e));
            } else if (root >= 3 && root <= 8) {
                codes.derive(e.cameo(), DerivedCodes.Kind.INTENT).ifPresent(code -> out.add(
                        maker.make(path.top, code, Modality.ASSERTED, e.actors(), e.recipients(), e)));
            } else if (root >= 18 && path.preparing && path.speaker < 0) {
                // "the army prepared to storm the town": readying force is a show of military power (15),
                // seen in what the actor does, where a threat is something it says
                out.add(maker.make(path.top, "150", Modality.ASSERTED, e.actors(), e.recipients(), e));
            } else if (root == 15 && (e.recipients().isEmpty() || aiding(acts, e))) {
                // "KFOR said it would deploy 700 more troops": forces moved against no one named threaten
                // no one; reinforcing a mission or a border is no threat by itself, and troops sent to help
                // an ally ("would send troops to help Belarus") threaten the ally least of all
                continue;
            } else if (root >= 14 && (path.planned || warning || stated || path.speaker >= 0 && ownSide(speakers, e.actors()))) {
                codes.derive(e.cameo(), DerivedCodes.Kind.THREAT).ifPresent(code -> out.add(
                        maker.make(path.top, code, Modality.ASSERTED, e.actors(), e.recipients(), e)));
            }
        }
        out.addAll(demands(s, acts, mentions, maker));
        return out;
    }

    /** Whether the sentence codes material cooperation (06 to 08, "to help Belarus") of the same side towards the same party. */
    private static boolean aiding(List<Act> acts, Event e) {
        return acts.stream().map(Act::event).anyMatch(c -> c != e && c.quadClass() == 2
                && PatternCoder.sameSide(c.recipients(), e.recipients()) && PatternCoder.sameSide(c.actors(), e.actors()));
    }

    /**
     * "X said Y must do Z": a demand by the speaker to the subject of the obligation; "X gave Y 48 hours
     * to do Z": a demand with a deadline (an ultimatum only where the text says so, CAMEO 139).
     */
    private List<Event> demands(Sentence s, List<Act> acts, List<ActorMention> mentions, Maker maker) {
        List<Event> out = new ArrayList<>();
        Set<Integer> givers = new HashSet<>();
        for (Act a : acts) {
            int giver = PatternCoder.timeLimitVerb(s, a.trigger());
            if (giver < 0 || !givers.add(giver)) {
                continue;  // "gave them 48 hours to withdraw and disarm": one demand, with its first act's code
            }
            List<Actor> demanding = Arguments.actorsOf(s, s.children(giver, "nsubj"), mentions, true);
            List<Actor> told = Arguments.actorsOf(s, s.children(giver, "iobj"), mentions, true);
            if (!demanding.isEmpty() && !told.isEmpty() && !sameActors(demanding, told)) {
                String code = codes.derive(a.event().cameo(), DerivedCodes.Kind.DEMAND).orElse("100");
                out.add(maker.make(giver, code, ModalityRules.of(s, giver), demanding, told, a.event()));
            }
        }
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !SPEECH.contains(s.token(v).lemma())) {
                continue;
            }
            List<Integer> clauses = new ArrayList<>();
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("ccomp") || d.relation().equals("dep")) {
                    clauses.add(d.dependent());
                }
            }
            if (s.relation(v).equals("parataxis") && s.head(v) < v) {
                clauses.add(s.head(v));  // "'Russia must withdraw,' the chancellor told reporters": the quote heads
            }
            for (int clause : clauses) {
                if (!obliged(s, clause)) {
                    continue;
                }
                List<Actor> speaker = Arguments.actorsOf(s, s.children(v, "nsubj"), mentions, true);
                List<Actor> obliged = Arguments.actorsOf(s, s.children(clause, "nsubj"), mentions, true);
                if (speaker.isEmpty() || obliged.isEmpty() || sameActors(speaker, obliged)) {
                    continue;
                }
                String code = "100";
                Event like = null;
                for (Act a : acts) {
                    if (a.trigger() == clause || s.head(a.trigger()) == clause && s.relation(a.trigger()).equals("xcomp")) {
                        code = codes.derive(a.event().cameo(), DerivedCodes.Kind.DEMAND).orElse("100");
                        like = a.event();
                    }
                }
                // a speech verb set inside its quote says it in its own words only
                Modality modality = s.relation(v).equals("parataxis") ? ModalityRules.local(s, v, true) : ModalityRules.of(s, v);
                out.add(maker.make(v, code, modality, speaker, obliged, like));
            }
        }
        return out;
    }

    /** A negated act with "will" or "would": "will not end the strike", "would not meet the demands". */
    static boolean refusedAhead(Sentence s, int trigger) {
        boolean future = false;
        boolean negated = false;
        for (Dependency d : s.children(trigger)) {
            String w = s.token(d.dependent()).word().toLowerCase();
            if (d.relation().startsWith("aux") && (w.equals("will") || w.equals("would") || w.equals("wo"))) {
                future = true;
            }
            if (d.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))
                    || d.relation().equals("det") && w.equals("no") && s.token(trigger).isNoun()) {
                negated = true;  // "there will be no negotiations": the noun heads its existential clause
            }
        }
        return future && negated;
    }

    /** Whether the act has a clause of condition marked by one of the words: "will withdraw unless ...". */
    private static boolean conditioned(Sentence s, int trigger, Set<String> conditions) {
        for (int clause : s.children(trigger, "advcl")) {
            for (int mark : s.children(clause, "mark")) {
                if (conditions.contains(s.token(mark).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a clause between the act and the top of its path states an obligation. */
    private static boolean obligedOnTheWay(Sentence s, int trigger, int top) {
        int node = trigger;
        for (int guard = 0; guard < s.tokens().size() && node != Dependency.ROOT; guard++) {
            if (obliged(s, node)) {
                return true;
            }
            if (node == top) {
                return false;
            }
            node = s.head(node);
        }
        return false;
    }

    /** Whether a clause states an obligation: "must", "should", "ought to", "has to", "needs to". */
    private static boolean obliged(Sentence s, int clause) {
        for (int aux : s.children(clause, "aux")) {
            if (DEONTIC.contains(s.token(aux).word().toLowerCase())) {
                return true;
            }
        }
        String lemma = s.token(clause).lemma();
        return (lemma.equals("have") || lemma.equals("need")) && !s.children(clause, "xcomp").isEmpty();
    }

    /**
     * What lies on the way from a trigger up through the clauses that embed it; {@code top} is the
     * highest clause reached, the word that states the intent or threat ("announced", "is willing"),
     * which becomes the derived event's trigger.
     */
    private record Path(boolean blocked, boolean planned, boolean preparing, int speaker, int top) {
    }

    private static Path path(Sentence s, int trigger, Set<Integer> triggers) {
        boolean planned = false;
        boolean preparing = false;
        int speaker = -1;
        int node = trigger;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            for (int mark : s.children(node, "mark")) {
                if (CONDITIONS.contains(s.token(mark).lemma())) {
                    return new Path(true, false, false, -1, trigger);
                }
            }
            int head = s.head(node);
            String rel = s.relation(node);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (node == trigger && base.equals("obj") && s.token(node).isNoun() && head != Dependency.ROOT
                    && s.token(head).isVerb()) {
                // "encouraged Ukraine to continue peace talks": a nominal act is said through the verb it
                // is the object of, and is requested or planned as that verb is
                node = head;
                continue;
            }
            if (base.equals("advcl") && (triggers.contains(head) || ModalityRules.GRANTING.contains(s.token(head).lemma()))
                    && toInfinitive(s, node)) {
                // "called on the government to release ...": the parser's adverbial reading of a requested
                // act; "gave the ministry a week to release ...": an act given time for, no one's intent
                return new Path(true, false, false, -1, trigger);
            }
            if (ModalityRules.weighed(s, node)) {
                return new Path(true, false, false, -1, trigger);  // "said it was illegal to deploy": no one's intent
            }
            if (base.equals("conj") && head != Dependency.ROOT && s.relation(head).equals("xcomp")) {
                // "urged both sides to agree to a truce and to allow aid in": a second infinitive is asked
                // (or planned, or said) as the first is
                node = head;
                continue;
            }
            if (head == Dependency.ROOT || !CLAUSE_LINKS.contains(base) || base.equals("conj")) {
                break;
            }
            if (triggers.contains(head)) {
                return new Path(true, false, false, -1, trigger);
            }
            String lemma = s.token(head).lemma();
            if (ModalityRules.REQUESTING.contains(lemma) && !s.children(head, "obj").isEmpty()) {
                // "a truce that required Israeli troops to withdraw": an act asked of them, not their intent
                // ("Russia committed to withdraw" is Russia's own)
                return new Path(true, false, false, -1, trigger);
            }
            if (EXPECTATION.contains(lemma) || EXPECTING.contains(lemma) && passiveVerb(s, head)) {
                // "Wang is expected to travel to New Delhi": others expect it; the actor states no intent
                return new Path(true, false, false, -1, trigger);
            }
            if (PLANNING.contains(lemma)) {
                planned = true;
                preparing |= lemma.equals("prepare") && s.token(head).isVerb();
            }
            if (SPEECH.contains(lemma) && speaker < 0) {
                speaker = head;
            }
            node = head;
        }
        if (speaker < 0) {
            // "'Israel will continue to strike,' the minister said": the parser hangs the speech verb
            // after the quote under the quote's own verb
            for (Dependency d : s.children(node)) {
                String r = d.relation();
                if ((r.equals("parataxis") || r.equals("ccomp") || r.equals("dep")) && d.dependent() > node
                        && SPEECH.contains(s.token(d.dependent()).lemma()) && s.token(d.dependent()).isVerb()) {
                    speaker = d.dependent();
                }
            }
            if (speaker >= 0) {
                return new Path(false, planned, preparing, speaker, speaker);  // stated, and dated, by the speech verb
            }
        }
        return new Path(false, planned, preparing, speaker, node);
    }

    private static boolean passiveVerb(Sentence s, int verb) {
        return !s.children(verb, "nsubj:pass").isEmpty() || !s.children(verb, "aux:pass").isEmpty();
    }

    private static boolean toInfinitive(Sentence s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
    }

    /**
     * Whether the speakers speak for the actors: the same actors, or a state's officials speaking of
     * their state ("'Israel will continue to strike,' the defence minister said").
     */
    static boolean ownSide(List<Actor> speakers, List<Actor> actors) {
        if (sameActors(speakers, actors)) {
            return true;
        }
        return !speakers.isEmpty() && !actors.isEmpty()
                && actors.stream().allMatch(a -> a.sector() == null && a.country() != null)
                && speakers.stream().allMatch(sp -> stateSpeaker(sp)
                        && actors.stream().allMatch(a -> a.country().equals(sp.country())));
    }

    private static final Set<String> STATE = Set.of("GOV", "MIL");

    /** Whether a speaker speaks for a state: its government or forces; a country named bare has no sector. */
    private static boolean stateSpeaker(Actor speaker) {
        return speaker.sector() != null && STATE.contains(speaker.sector());
    }

    private static boolean sameActors(List<Actor> a, List<Actor> b) {
        return !a.isEmpty() && a.stream().map(Actor::code).toList().equals(b.stream().map(Actor::code).toList());
    }
}
