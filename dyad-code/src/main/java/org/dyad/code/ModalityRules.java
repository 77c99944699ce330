package org.dyad.code;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dyad.model.Dependency;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;

/**
 * Decides whether a trigger is reported as fact, from the words that govern its clause. The path from
 * the trigger up through the clauses that embed it is read; the strongest reading wins:
 * denied, then negated, then hypothetical, then future, else asserted.
 */
final class ModalityRules {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final Set<String> DENIAL_VERBS = Set.of("deny", "dismiss", "refute", "disclaim");
    private static final Set<String> DENIAL_NOUNS = Set.of("intent", "intention", "plan", "plans", "desire", "wish");
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "fail", "reject");
    /**
     * Verbs and nouns that report an allegation: what they embed ("accused Y of shelling", "charges
     * that X committed genocide") is alleged, not asserted, and is kept as hypothetical.
     */
    private static final Set<String> ALLEGING = Set.of("accuse", "allege", "blame", "charge", "suspect",
            "accusation", "allegation", "rumor", "rumour", "suspicion", "speculation");
    /** Nouns that report an allegation only as nouns: "reports that it had bombed", "claims that ...". */
    private static final Set<String> ALLEGING_NOUNS = Set.of("report", "claim", "assertion", "suggestion");
    /** Verbs that deny an allegation named by their object: "denied reports that", "rejected claims that". */
    private static final Set<String> DENYING_ALLEGATION = Set.of("deny", "dismiss", "refute", "disclaim", "reject");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");
    /** Markers of a time to come when their clause is in the present tense: "until it takes over". */
    private static final Set<String> AWAITED = Set.of("until", "till", "before", "once");
    /** Verbs of knowing and confirming: negated, they leave what they embed uncertain, not untrue. */
    private static final Set<String> EPISTEMIC = Set.of("verify", "confirm", "corroborate", "know", "prove",
            "establish", "substantiate", "say", "specify");
    /** Nouns whose clause is an act their holder means, decides or tries to do: "plans to expel". */
    static final Set<String> INTENT_NOUNS = Set.of("intention", "intent", "plan", "decision", "readiness",
            "willingness", "commitment", "promise", "pledge", "threat", "attempt", "effort", "bid", "offer", "refusal",
            "desire", "wish", "determination", "proposal", "move");
    /** Nouns of voting and deliberating: an act they are "on" or "about" is a question, not a deed. */
    private static final Set<String> DELIBERATION = Set.of("referendum", "plebiscite", "vote", "ballot", "bill", "draft",
            "motion", "resolution", "debate", "discussion", "consultation", "negotiation", "talk", "talks", "proposal");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "over");
    /**
     * Nouns of deeds already done, which a resolution or debate "on" them is about, not proposing: "a
     * resolution on the killing of protesters"; a vote or talks on anything else ("talks on the
     * deployment of more troops") weigh what is not yet done.
     */
    private static final Set<String> DONE = Set.of("killing", "attack", "massacre", "bombing", "shooting", "death",
            "crackdown", "arrest", "detention", "abuse", "violation", "invasion", "shelling", "assault", "torture",
            "war", "coup", "airstrike", "strike", "raid", "bombardment", "fighting", "clash", "violence", "siege",
            "occupation", "genocide", "atrocity", "crime", "expulsion", "incursion", "offensive", "kidnapping",
            "abduction", "execution", "deportation", "persecution");
    /**
     * Adverbs that report an act only as alleged ("allegedly supplied drones"), kept as hypothetical
     * like an accusation's clause. "Reportedly" is not among them: news writes it of acts that many
     * sources report, and event data codes those as asserted, with the caveat left to the mention.
     */
    private static final Set<String> ALLEGEDLY = Set.of("allegedly", "purportedly", "supposedly", "ostensibly");
    /** Modifiers of a reporting noun that leave what it reports unconfirmed: "unconfirmed reports said ...". */
    private static final Set<String> UNCONFIRMED = Set.of("unconfirmed", "unverified", "uncorroborated",
            "unsubstantiated", "unsourced");
    /** Subject words that say nobody did the act: "none of the parties attended", "nobody claimed". */
    private static final Set<String> NOBODY = Set.of("none", "nobody", "noone");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should", "must", "ought", "'d");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "expect", "aim", "hope", "want",
            "seek", "prepare", "schedule", "set", "vow", "pledge", "promise", "threaten", "propose", "agree",
            "offer", "consider", "urge", "ask", "demand", "call", "press", "pressure", "pressurize", "pressurise",
            "lobby", "need", "wish", "try", "attempt", "decide", "order", "tell", "appeal", "request", "push",
            "encourage", "invite", "warn", "ready", "willing", "prepared", "determined", "resolve", "mean", "have");
    /** Verbs of leave that a decision performs: "decided to allow" has allowed, "decided to withdraw" has not yet withdrawn. */
    private static final Set<String> PERMITTING = Set.of("allow", "permit", "authorize", "authorise", "approve", "legalize",
            "legalise");
    /** Verbs giving time or leave for an act to come: "gave the government 60 days to comply". */
    static final Set<String> GRANTING = Set.of("give", "grant");
    /** Verbs whose that-clause or object's infinitive states an act wanted, not done: "demanded that Russia
     *  withdraw", "the accord commits both sides to recognise ...". */
    static final Set<String> REQUESTING = Set.of("demand", "urge", "ask", "request", "propose",
            "recommend", "order", "require", "oblige", "obligate", "commit", "bind");
    /** Verbs whose object is an act not done: "avoided talks", "shunned the summit". */
    private static final Set<String> AVOIDING = Set.of("avoid", "shun", "skip", "boycott", "forgo", "forego");
    /** Verbs whose "from" clause is an act they keep from happening: "banned them from traveling". */
    private static final Set<String> PREVENTING = Set.of("ban", "bar", "prevent", "stop", "prohibit", "forbid",
            "block", "keep", "deter", "restrict", "exclude", "discourage", "dissuade");
    /** Verbs that put an end to the act their object names: "ended the truce", "scrapped the cooperation". */
    private static final Set<String> ENDING = Set.of("end", "drop", "abandon", "scrap", "cancel", "terminate",
            "halt", "suspend", "revoke", "rescind", "renounce", "abolish", "lift", "withdraw");
    /** Whether a verb is "rule out", whatever its modality. */
    private static boolean ruledOut(Sentence s, int verb) {
        return s.token(verb).lemma().equals("rule")
                && s.children(verb, "compound:prt").stream().anyMatch(p -> s.token(p).lemma().equals("out"));
    }

    /**
     * Whether a trigger is "rule out" denied or refused: "would not rule out the use of force", "has
     * never ruled out sanctions", "refused to rule out an invasion". Declining to exclude an act holds
     * it out: a threat, stated as a fact, not a negated rejection.
     */
    static boolean notRuledOut(Sentence s, int trigger) {
        if (!ruledOut(s, trigger)) {
            return false;
        }
        boolean negated = s.children(trigger).stream().anyMatch(d -> d.relation().equals("advmod")
                && NEGATORS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        int head = s.head(trigger);
        boolean refused = s.relation(trigger).equals("xcomp") && head != Dependency.ROOT
                && Set.of("refuse", "decline").contains(s.token(head).lemma());
        return negated || refused;
    }

    /** Clause links along which the embedding clause's modality reaches the trigger ("dep": the parser's
     *  fallback, which it uses for "denies it plans to ..."). */
    private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "conj", "acl", "csubj", "parataxis", "dep");

    private ModalityRules() {
    }

    /** A finite relative clause after a comma, opened by "who", "which" or "whom": "the rebels, who attacked". */
    private static boolean aside(Sentence s, int verb) {
        return PatternCoder.tensed(s, verb) && s.children(verb).stream().map(Dependency::dependent).anyMatch(w -> w > 0
                && w < verb && Set.of("who", "which", "whom").contains(s.token(w).word().toLowerCase(Locale.ROOT))
                && s.token(w - 1).word().equals(","));
    }

    /**
     * Verbs whose object is a deed of others already done, to be paid back: "avenge the killing". Not
     * "punish", whose object may be a deed yet to come ("threatened to punish any attack").
     */
    static final Set<String> AVENGING = Set.of("avenge", "revenge");

    /**
     * Whether an infinitive completes a judgment with an empty "it" ("it was illegal to deploy police",
     * "it is wrong to arm the militias"): the act is weighed in general, not done and not announced.
     */
    static boolean weighed(Sentence s, int node) {
        int head = s.head(node);
        return s.relation(node).equals("xcomp") && head != Dependency.ROOT && s.token(head).tag().startsWith("JJ")
                && s.children(head).stream().anyMatch(c -> (c.relation().startsWith("nsubj") || c.relation().equals("expl"))
                        && s.token(c.dependent()).word().equalsIgnoreCase("it"));
    }

    static Modality of(Sentence s, int trigger) {
        Modality result = Modality.ASSERTED;
        int node = trigger;
        int guard = s.tokens().size();
        boolean contrasted = false;
        while (node != Dependency.ROOT && guard-- > 0) {
            // "did not claim the attack but said ...": a "but" clause shares no negation, its other modality
            // still ("will not attack Kyiv but negotiate" is a future negotiation)
            Modality here = local(s, node, node == trigger, !contrasted);
            contrasted = false;
            if (node != trigger && here == Modality.NEGATED && EPISTEMIC.contains(s.token(node).lemma())) {
                // "reports that troops shelled Kharkiv could not be verified": unconfirmed, not denied
                here = Modality.HYPOTHETICAL;
            }
            result = stronger(result, here);
            String rel = s.relation(node);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                break;
            }
            if ((base.equals("acl") || base.equals("nmod")) && DELIBERATION.contains(s.token(head).lemma())
                    && !DONE.contains(s.token(node).lemma())
                    && s.children(node).stream().anyMatch(c -> (c.relation().equals("case") || c.relation().equals("mark"))
                        && TOPIC_PREPOSITIONS.contains(s.token(c.dependent()).lemma()))) {
                // "a referendum on annexing the region", "talks on a ceasefire": the act is what is voted
                // or argued over, not done; "a resolution on the killing of protesters" is about a deed
                result = stronger(result, Modality.HYPOTHETICAL);
            }
            if (base.equals("ccomp") && PatternCoder.undergoes(s, node) && PatternCoder.WARNING.contains(s.token(head).lemma())
                    && (Set.of("VBZ", "VBP", "VBG").contains(s.token(node).tag()) || s.children(node, "aux").stream()
                        .anyMatch(a -> PatternCoder.AHEAD.contains(s.token(a).word().toLowerCase(Locale.ROOT))))) {
                // "warned Serbia that it faces sanctions": what a warning says the other will face is ahead
                result = stronger(result, Modality.HYPOTHETICAL);
            }
            if (rel.equals("acl:relcl") && aside(s, node)) {
                // "accused Rwanda of backing the rebels, who attacked Goma overnight": a relative clause
                // set off by a comma is the writer's own aside, asserted or not by its own words alone
                break;
            }
            if (describedNoun(s, node) || separateStatement(s, node)) {
                // "denied shelling the towns the rebels captured in March", "did not free the hostages it
                // seized": a clause that says what its noun is, by a doer of its own, is told as known,
                // outside what the verb of the noun denies, negates or plans; so is a clause set beside
                // another with a subject of its own ("denied attacking the kibbutz, troops raided it")
                break;
            }
            if (weighed(s, node)) {
                result = stronger(result, Modality.HYPOTHETICAL);  // "said it was illegal to deploy police"
            }
            if (base.equals("acl") && PatternCoder.timeLimitVerb(s, node) >= 0) {
                result = stronger(result, Modality.FUTURE);  // "gave the junta a week to reinstate him": yet to be done
            }
            if (rel.equals("acl") && s.token(node).tag().equals("VBN") && PatternCoder.doerNamed(s, node)) {
                // "agreed to accept migrants deported by the United States": what the noun has undergone at
                // a named doer's hands is told as done, whatever is said of the noun itself
                break;
            }
            if (ruledOut(s, head) && Set.of("obj", "xcomp", "ccomp", "dep").contains(base)) {
                // "ruled out sending troops": excluded, not done; "would not rule out force": held out
                // as possible (the threat is coded at "rule"), whatever the negation on "rule" says
                if (notRuledOut(s, head)) {
                    return stronger(result, Modality.HYPOTHETICAL);
                }
                result = stronger(result, Modality.NEGATED);
            }
            if (base.equals("advcl") && (conditional(s, node) || pastFact(s, node))) {
                // "will not end the strike unless demands are met", "will retaliate after Ukraine shelled
                // the town": a condition or a past act told as fact keeps its own modality, not its head's
                break;
            }
            if (base.equals("conj")) {
                // a clause coordinated by "and" or "or" shares the first conjunct's auxiliaries and
                // negation ("did not attack Kyiv or shell Kharkiv"); one set against it by "but", or
                // with a subject of its own, does not share the negation
                contrasted = hasOwnSubject(s, node) || s.children(node, "cc").stream()
                        .anyMatch(c -> CONTRAST.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT)));
                node = head;
                continue;
            }
            if (!EMBEDDING.contains(base)) {
                // "hold talks", "denied charges that ...": a noun takes the modality of the verb it is
                // the object or subject of
                if (s.token(node).isNoun() && s.token(head).isVerb() && (base.equals("obj") || base.startsWith("nsubj"))) {
                    if (node != trigger && alleging(s, node) && DENYING_ALLEGATION.contains(s.token(head).lemma())) {
                        return Modality.DENIED;  // "denied charges that it committed ..."
                    }
                    String verb = s.token(head).lemma();
                    if (base.equals("obj") && AVENGING.contains(verb)) {
                        break;  // "vowed to avenge the killing of its commander": the killing is done, not vowed
                    }
                    if (base.equals("obj") && (AVOIDING.contains(verb) || ENDING.contains(verb))) {
                        // "urged its citizens to avoid demonstrations", "ending a ceasefire", "dropped its
                        // objection": the act named is shunned or stopped, not done
                        result = stronger(result, Modality.NEGATED);
                    }
                    node = head;
                    continue;
                }
                break;
            }
            String headLemma = s.token(head).lemma();
            if (rel.equals("acl:relcl") && answersCharge(s, node)) {
                // "accused Thailand of using cluster munitions, a charge the army denied", parsed with the
                // charge as the clause's object: the clause answers the accusation, it is not its content
                break;
            }
            if (alleging(s, head) && s.token(head).isNoun() && relativeOn(s, node)) {
                // "a charge Armenia rejected", "the accusations the ministry denied": a clause whose object
                // is the allegation tells what was done with it, asserted by its own words
                break;
            }
            if (alleging(s, head) || rel.equals("acl") && s.relation(head).equals("obj") && s.head(head) != Dependency.ROOT
                    && ALLEGING.contains(s.token(s.head(head)).lemma())) {
                // "accused Cambodian forces of firing rockets": the parser may hang the alleged act on
                // the accused instead of the verb of accusing
                result = stronger(result, Modality.HYPOTHETICAL);
            }
            if (DENIAL_VERBS.contains(headLemma) && (base.equals("ccomp") || base.equals("xcomp") || base.equals("dep"))) {
                return Modality.DENIED;
            }
            if (base.equals("xcomp") || infinitive(s, node) && (base.equals("advcl") || base.equals("ccomp"))) {
                // "called on the government to release", "asked Germany to send": the parser may hang
                // the requested or planned act as an adverbial or complement clause instead of xcomp
                if ((headLemma.equals("have") || headLemma.equals("be")) && (yet(s, head) || yet(s, node))) {
                    result = stronger(result, Modality.NEGATED);  // "has yet to ratify", "is yet to respond"
                } else if (REFUSALS.contains(headLemma)) {
                    result = stronger(result, Modality.NEGATED);
                } else if (headLemma.equals("unlikely")) {
                    result = stronger(result, Modality.HYPOTHETICAL);
                } else if (DerivedEvents.EXPECTATION.contains(headLemma)) {
                    result = stronger(result, Modality.FUTURE);  // "is likely to travel", "is due to arrive"
                } else if (headLemma.equals("decide") && past(s, head) && PERMITTING.contains(s.token(node).lemma())) {
                    // "the court decided to allow the candidate to run": the decision itself grants the leave
                } else if (s.children(head, "obj").stream().anyMatch(o -> CAPACITY_NOUNS.contains(s.token(o).lemma()))) {
                    // "degraded the Houthis' ability to attack ships", parsed with the act on the verb
                    result = stronger(result, Modality.HYPOTHETICAL);
                } else if (INTENT_VERBS.contains(headLemma) || GRANTING.contains(headLemma)
                        // "a truce that required Israeli troops to withdraw": what is required is not yet done
                        || REQUESTING.contains(headLemma) || s.children(head, "obj").stream()
                        .anyMatch(o -> INTENT_NOUNS.contains(s.token(o).lemma()))) {  // "announced plans to expel"
                    result = stronger(result, Modality.FUTURE);
                }
            } else if (lookingForward(s, head, node)) {
                result = stronger(result, Modality.FUTURE);  // "looked forward to working with him": not yet done
            } else if (base.equals("ccomp") && REQUESTING.contains(headLemma)) {
                result = stronger(result, Modality.FUTURE);  // the requested act has not happened
            } else if (base.equals("advcl") && PREVENTING.contains(headLemma) && s.children(node).stream()
                    .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                            && s.token(d.dependent()).lemma().equals("from"))) {
                result = stronger(result, Modality.NEGATED);  // "barred them from traveling": kept from happening
            }
            node = head;
        }
        return result;
    }

    /**
     * Whether a clause on a noun is a relative clause whose object is that noun ("a charge Armenia
     * rejected"): tensed, with a subject of its own, and no object, complement or "that" of its own,
     * unlike a content clause ("charges that Armenia stalled the talks"). Where the parser does not
     * read it as a relative clause, only a verb that answers a charge makes it one ("a claim the group
     * rejects"; "denied reports the army withdrew" tells what is reported).
     */
    private static boolean relativeOn(Sentence s, int clause) {
        String rel = s.relation(clause);
        return (rel.equals("acl:relcl") || (rel.equals("acl") || rel.equals("dep") || rel.equals("ccomp"))
                        && ANSWERING.contains(s.token(clause).lemma()))
                && PatternCoder.tensed(s, clause)
                && !s.children(clause, "nsubj").isEmpty() && s.children(clause, "obj").isEmpty()
                && s.children(clause, "ccomp").isEmpty() && s.children(clause, "mark").isEmpty();
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "what");

    /**
     * Whether a clause is a relative clause on its noun with an active subject of its own that is not
     * the relative pronoun, in the past or present ("the towns the rebels captured", "a base that the
     * army built", parsed as a relative clause or the parser's bare "dep"): the noun is its object, not
     * its content, so allegation and intent nouns ("reports the army withdrew", "plans it drew up")
     * are left out, and a clause with an object, a marker or a modal of its own is no such clause.
     */
    private static boolean describedNoun(Sentence s, int clause) {
        String rel = s.relation(clause);
        int noun = s.head(clause);
        if (!(rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("dep")) || noun == Dependency.ROOT
                || !s.token(noun).isNoun() || alleging(s, noun) || INTENT_NOUNS.contains(s.token(noun).lemma())) {
            return false;
        }
        String tag = s.token(clause).tag();
        boolean finite = tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBZ") || tag.equals("VBP");
        // an object relative runs on from its noun; after a comma a subject and verb are a clause of their
        // own ("the rights of refugees, a rights group protested"), which the parser may hang on the noun
        int first = IntStream.range(0, clause).filter(i -> s.dominates(clause, i)).findFirst().orElse(clause);
        return finite && first > 0 && !s.token(first - 1).tag().equals(",") && s.children(clause).stream()
                        .anyMatch(d -> d.relation().equals("nsubj")
                                && !RELATIVE_PRONOUNS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)))
                && s.children(clause, "obj").isEmpty() && s.children(clause, "ccomp").isEmpty()
                && s.children(clause, "mark").isEmpty() && s.children(clause, "aux").stream()
                        .noneMatch(a -> s.token(a).tag().equals("MD"));
    }

    /** A clause set beside its head (parataxis) with a subject of its own: a statement of its own. */
    private static boolean separateStatement(Sentence s, int clause) {
        return s.relation(clause).equals("parataxis") && s.children(clause).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj")
                        && !RELATIVE_PRONOUNS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** A tensed clause of answering whose own object is the allegation: "..., a charge the army denied". */
    private static boolean answersCharge(Sentence s, int clause) {
        return ANSWERING.contains(s.token(clause).lemma()) && PatternCoder.tensed(s, clause)
                && !s.children(clause, "nsubj").isEmpty()
                && s.children(clause, "obj").stream().anyMatch(o -> s.token(o).isNoun() && alleging(s, o));
    }

    /** Verbs that answer or repeat a charge named by their object: "a claim the group rejects". */
    private static final Set<String> ANSWERING = Set.of("deny", "reject", "dismiss", "refute", "dispute", "contest",
            "confirm", "repeat", "make", "level");

    /** Whether a clause is what "look forward to" anticipates: "looked forward to working closely with him". */
    private static boolean lookingForward(Sentence s, int head, int node) {
        return s.token(head).lemma().equals("look") && s.children(head).stream()
                .anyMatch(d -> s.token(d.dependent()).lemma().equals("forward"))
                && s.children(node).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
                        && s.token(d.dependent()).lemma().equals("to"));
    }

    /** Conjunctions that set a clause against the one before: its negation is not shared. */
    private static final Set<String> CONTRAST = Set.of("but", "yet");

    private static boolean hasOwnSubject(Sentence s, int clause) {
        return s.children(clause).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
    }

    /** Subordinators of a clause whose act is told as fact: "after troops shelled", "because Kyiv refused". */
    private static final Set<String> FACTUAL_MARKS = Set.of("after", "because", "as", "since", "while", "although",
            "though", "whereas", "when", "once");

    private static boolean conditional(Sentence s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> CONDITIONS.contains(s.token(m).lemma()));
    }

    /** Whether an adverbial clause tells a past act as fact: a factual subordinator and a past tense. */
    private static boolean pastFact(Sentence s, int clause) {
        return past(s, clause) && s.children(clause, "mark").stream()
                .anyMatch(m -> FACTUAL_MARKS.contains(s.token(m).word().toLowerCase()));
    }

    /** Whether a clause is in a past tense: "shelled", "had shelled", "was shelled". */
    private static boolean past(Sentence s, int clause) {
        return s.token(clause).tag().equals("VBD") || s.token(clause).tag().equals("VBN")
                && s.children(clause).stream().anyMatch(d -> d.relation().startsWith("aux")
                        && Set.of("had", "has", "have", "was", "were").contains(s.token(d.dependent()).word().toLowerCase()));
    }

    private static boolean yet(Sentence s, int clause) {
        return s.children(clause, "advmod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("yet"));
    }

    private static boolean alleging(Sentence s, int i) {
        String lemma = s.token(i).lemma();
        return ALLEGING.contains(lemma) || s.token(i).isNoun() && ALLEGING_NOUNS.contains(lemma);
    }

    /**
     * Whether a clause is in the present tense, its verb or first auxiliary a present form ("takes",
     * "is released", "have left"): after "until" or "before" it tells what has yet to happen.
     */
    private static boolean present(Sentence s, int clause) {
        List<Integer> aux = s.children(clause).stream().filter(d -> d.relation().startsWith("aux"))
                .map(Dependency::dependent).toList();
        String tag = s.token(aux.isEmpty() ? clause : aux.get(0)).tag();
        return tag.equals("VBZ") || tag.equals("VBP");
    }

    /** Whether a clause is a "to" infinitive: base-form verb (or predicate) with the marker "to". */
    private static boolean infinitive(Sentence s, int clause) {
        for (int m : s.children(clause, "mark")) {
            if (s.token(m).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /** What the dependents of one clause head say: negation, condition, modal or future auxiliary. */
    static Modality local(Sentence s, int node, boolean isTrigger) {
        return local(s, node, isTrigger, true);
    }

    /** As {@link #local(Sentence, int, boolean)}, with the clause's negators read or not. */
    private static Modality local(Sentence s, int node, boolean isTrigger, boolean negation) {
        Modality m = Modality.ASSERTED;
        for (Dependency d : s.children(node)) {
            String lemma = s.token(d.dependent()).lemma();
            String word = s.token(d.dependent()).word().toLowerCase();
            String rel = d.relation();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
                    && NEGATORS.contains(word)) {
                m = negation ? stronger(m, Modality.NEGATED) : m;
            } else if (rel.equals("mark") && CONDITIONS.contains(lemma)) {
                m = stronger(m, Modality.HYPOTHETICAL);
            } else if (rel.equals("mark") && AWAITED.contains(lemma) && present(s, node)) {
                m = stronger(m, Modality.FUTURE);  // "withholding aid until a new government takes over"
            } else if (rel.startsWith("aux") && word.equals("would") && ownWordReported(s, node)) {
                m = stronger(m, Modality.FUTURE);  // "said it would deploy more troops": the reported "will"
            } else if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(word)) {
                m = stronger(m, Modality.HYPOTHETICAL);
            } else if (rel.startsWith("aux") && FUTURE_AUX.contains(word)) {
                m = stronger(m, Modality.FUTURE);
            } else if (rel.equals("advmod") && ALLEGEDLY.contains(word)) {
                m = stronger(m, Modality.HYPOTHETICAL);  // "Russia allegedly supplied drones"
            } else if (rel.startsWith("nsubj") && !isTrigger && unconfirmedReport(s, d.dependent())) {
                m = stronger(m, Modality.HYPOTHETICAL);  // "unconfirmed reports said troops had entered"
            } else if (rel.startsWith("nsubj") && nobody(s, d.dependent())) {
                m = stronger(m, Modality.NEGATED);  // "neither Moscow nor Kyiv attended", "no country sent"
            }
        }
        if (infinitive(s, node)) {
            // the parser's flat reading of "has to ratify", "is to visit", "has yet to ratify": the
            // auxiliary-like "have"/"be" hangs on the infinitive itself
            for (int a : s.children(node, "aux")) {
                String lemma = s.token(a).lemma();
                if (lemma.equals("have") || lemma.equals("be")) {
                    m = stronger(m, yet(s, node) ? Modality.NEGATED
                            : lemma.equals("have") ? Modality.HYPOTHETICAL : Modality.FUTURE);
                }
            }
        }
        if (dueTo(s, node)) {
            m = stronger(m, Modality.FUTURE);  // "is due to host talks", parsed with "due to" as a preposition
        }
        // "has no intention to invade": the trigger completes a denied-intent noun
        int head = s.head(node);
        boolean completes = head != Dependency.ROOT
                && (s.relation(node).startsWith("acl") || s.relation(node).equals("xcomp"));
        if (completes && DENIAL_NOUNS.contains(s.token(head).lemma())) {
            for (int det : s.children(head, "det")) {
                if (s.token(det).lemma().equals("no")) {
                    return Modality.DENIED;
                }
            }
        }
        if (completes && INTENT_NOUNS.contains(s.token(head).lemma())) {
            m = stronger(m, Modality.FUTURE);  // "Russia's decision to withdraw": meant, not yet done
        }
        if (completes && CAPACITY_NOUNS.contains(s.token(head).lemma())) {
            m = stronger(m, Modality.HYPOTHETICAL);  // "degraded the Houthis' ability to attack ships": a capacity, no act
        }
        return m;
    }

    /** Nouns of what a party is able to do: the act completing them is a possibility, not a deed. */
    private static final Set<String> CAPACITY_NOUNS = Set.of("ability", "capacity", "capability", "means",
            "wherewithal", "potential");

    /** Titles of single persons who speak for themselves: "the minister said he would ...". */
    private static final Set<String> PERSON_NOUNS = Set.of("minister", "president", "spokesman", "spokeswoman",
            "spokesperson", "leader", "chancellor", "premier", "secretary", "ambassador", "envoy", "commander",
            "general", "governor", "mayor", "king", "queen", "emir", "chief", "senator", "prosecutor", "judge");
    /** Pronouns by which a speaker's clause names the speaker's own side: "said it would ...". */
    private static final Set<String> OWN_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

    /**
     * Whether a clause is what its subject's side said it would do: "KFOR said it would deploy more
     * troops", "the rebels announced they would withdraw", "the minister told reporters he would
     * resign". Reported in the past, "would" is the speaker's "will", an announced intent. It stays a
     * supposition with a condition of its own ("would retaliate if attacked"), when said of another
     * party ("said Hamas would ...", "officials said he would ...": "he" only after a person), when
     * the pronoun may be the party warned ("warned Serbia that it would ..."), and for what the
     * subject would undergo ("said it would face sanctions").
     */
    private static boolean ownWordReported(Sentence s, int clause) {
        if (!reported(s, clause)) {
            return false;
        }
        int head = s.head(clause);
        List<Integer> speakers = s.children(head, "nsubj");
        if (speakers.isEmpty() && s.relation(head).equals("conj") && s.head(head) != Dependency.ROOT) {
            speakers = s.children(s.head(head), "nsubj");  // "condemned the arrest and said she would"
        }
        // "his daughter, Vice President Sara Duterte,": a person named beside the noun
        boolean personSpeaker = speakers.stream().flatMap(n -> Stream.concat(
                        Stream.of(n), s.children(n, "appos").stream()))
                .anyMatch(n -> "PERSON".equals(s.token(n).ner())
                || "TITLE".equals(s.token(n).ner()) || s.token(n).tag().equals("PRP")
                || PERSON_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT)));
        return s.children(clause, "nsubj").stream().map(n -> s.token(n).word().toLowerCase(Locale.ROOT))
                // "officials said he would ...": he is someone else
                .anyMatch(w -> OWN_PRONOUNS.contains(w) && (personSpeaker || !w.equals("he") && !w.equals("she")));
    }

    /**
     * Whether a clause is the complement of a past verb of saying (not a warning to someone, nor
     * something undergone) with no condition on it: what "would" there reports is the speaker's
     * "will" when the speaker speaks for the clause's subject. Who that is, the parse alone tells
     * only for pronouns ({@link #ownWordReported}); the coder, which knows the actors, decides the
     * rest with {@link #reportedWould}.
     */
    private static boolean reported(Sentence s, int clause) {
        int head = s.head(clause);
        return head != Dependency.ROOT && s.relation(clause).equals("ccomp")
                && DerivedEvents.SPEECH.contains(s.token(head).lemma()) && s.token(head).tag().equals("VBD")
                && !(PatternCoder.WARNING.contains(s.token(head).lemma())
                        && (!s.children(head, "obj").isEmpty() || !s.children(head, "iobj").isEmpty()))
                && !PatternCoder.undergoes(s, clause)
                && s.children(clause, "advcl").stream().noneMatch(c -> s.children(c, "mark").stream()
                        .anyMatch(k -> CONDITIONS.contains(s.token(k).lemma())));
    }

    /** Whether a clause's only hedge is a reported "would": "said Lebanon would file a complaint". */
    static boolean reportedWould(Sentence s, int clause) {
        return reported(s, clause) && s.children(clause).stream().anyMatch(d -> d.relation().startsWith("aux")
                && s.token(d.dependent()).word().equalsIgnoreCase("would"))
                && s.children(clause).stream().noneMatch(d -> d.relation().startsWith("aux")
                        && HYPOTHETICAL_AUX.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                        && !s.token(d.dependent()).word().equalsIgnoreCase("would"));
    }


    /**
     * A predicate that the parser read as "due to" + noun under a copula ("Saudi Arabia is due to host
     * talks"): the subject is scheduled to act, which is others' expectation, not yet an act.
     */
    static boolean dueTo(Sentence s, int node) {
        if (s.children(node, "cop").isEmpty() || s.children(node, "nsubj").isEmpty()) {
            return false;
        }
        for (int c : s.children(node, "case")) {
            if (s.token(c).lemma().equalsIgnoreCase("due")
                    && s.children(c, "fixed").stream().anyMatch(f -> s.token(f).word().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an act is told only as alleged or unconfirmed: "allegedly" on its clause or one that
     * embeds it, or an unconfirmed report as the subject of the verb that tells it. Such an act is
     * no one's statement of intent.
     */
    static boolean alleged(Sentence s, int trigger) {
        int node = trigger;
        for (int guard = 0; guard < s.tokens().size() && node != Dependency.ROOT; guard++) {
            for (Dependency d : s.children(node)) {
                if (d.relation().equals("advmod") && ALLEGEDLY.contains(s.token(d.dependent()).word().toLowerCase())
                        || node != trigger && d.relation().startsWith("nsubj") && unconfirmedReport(s, d.dependent())) {
                    return true;
                }
            }
            String rel = s.relation(node);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (!EMBEDDING.contains(base)) {
                return false;
            }
            node = s.head(node);
        }
        return false;
    }

    /** A reporting noun marked as unconfirmed: "unconfirmed reports", "unverified claims". */
    private static boolean unconfirmedReport(Sentence s, int subject) {
        String lemma = s.token(subject).lemma();
        if (!(ALLEGING.contains(lemma) || ALLEGING_NOUNS.contains(lemma) || lemma.equals("account"))) {
            return false;
        }
        return s.children(subject, "amod").stream().anyMatch(a -> UNCONFIRMED.contains(s.token(a).lemma().toLowerCase()));
    }

    /**
     * A subject that names no one: "neither X nor Y", a noun with "no" ("no country"), or "none",
     * "nobody". The act of such a subject did not happen.
     */
    private static boolean nobody(Sentence s, int subject) {
        if (NOBODY.contains(s.token(subject).word().toLowerCase())) {
            return true;
        }
        for (Dependency d : s.children(subject)) {
            String w = s.token(d.dependent()).word().toLowerCase();
            if (d.relation().equals("cc:preconj") && w.equals("neither") || d.relation().equals("det") && w.equals("no")) {
                return true;
            }
        }
        return false;
    }

    private static Modality stronger(Modality a, Modality b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case FUTURE -> 1;
            case HYPOTHETICAL -> 2;
            case NEGATED -> 3;
            case DENIED -> 4;
        };
    }
}
