package org.dyad.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.stage.EventCoder;
import org.dyad.stage.SentenceGate;

/**
 * Codes events from dependency parses with the pattern dictionary: a trigger (verb or noun) matched by
 * its most specific pattern, its source and target found through the dependency structure and resolved
 * through the actor mentions, its modality and date read from its clause.
 *
 * <p>Source: the subject; for passives the "by" agent (the passive subject is then the target); with
 * no subject, the controller of an infinitive ("urged Russia to withdraw": Russia withdraws), the
 * subject of the first conjunct, or the noun a relative clause modifies. For a nominal trigger: the
 * possessor ("Russia's invasion"), a nationality modifier, a "by" phrase, or the subject of the verb
 * it is the object of ("held talks"). Target: the pattern's markers ({@code [with]}, {@code [obj]}),
 * else the direct object.
 */
public final class PatternCoder implements EventCoder {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final List<String> FALLBACK_PREPOSITIONS = List.of("with", "to", "against", "on", "toward", "towards");

    private final VerbPatterns patterns;
    private final CameoTable cameo;
    private final Set<String> verbLemmas;
    private final Set<String> nounLemmas;
    private final DerivedEvents derived;

    public PatternCoder(VerbPatterns patterns, CameoTable cameo) {
        this.patterns = patterns;
        this.cameo = cameo;
        this.derived = new DerivedEvents(DerivedCodes.standard(cameo), cameo);
        this.verbLemmas = patterns.verbLemmas();
        this.nounLemmas = patterns.nounLemmas();
    }

    public static PatternCoder standard() {
        CameoTable cameo = CameoTable.standard();
        return new PatternCoder(VerbPatterns.standard(cameo), cameo);
    }

    @Override
    public SentenceGate gate() {
        return tokens -> {
            for (Token t : tokens) {
                if ((t.isVerb() || t.isNoun()) && verbLemmas.contains(t.lemma()) || t.isNoun() && nounLemmas.contains(t.lemma())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public List<Event> code(ResolvedArticle article) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.parsed()) {
                events.addAll(codeSentence(article, s));
            }
        }
        return events;
    }

    private record Match(VerbPattern pattern, Set<Integer> consumed) {
    }

    private List<Event> codeSentence(ResolvedArticle article, Sentence s) {
        List<ActorMention> mentions = article.mentionsIn(s.index());
        Map<Integer, Match> matches = new LinkedHashMap<>();
        Set<Integer> consumed = new HashSet<>();
        for (Token t : s.tokens()) {
            if (t.isVerb() || actsAsVerb(s, t.index())) {
                Match m = best(s, t.index(), patterns.forVerb(t.lemma()));
                if (m != null) {
                    matches.put(t.index(), m);
                    consumed.addAll(m.consumed());
                }
            }
        }
        for (Token t : s.tokens()) {
            // a noun the verb already covers ("held talks", "imposed sanctions") is not a second event
            boolean objectOfTrigger = matches.containsKey(s.head(t.index())) && s.relation(t.index()).equals("obj");
            if (t.isNoun() && !actsAsVerb(s, t.index()) && !consumed.contains(t.index()) && !objectOfTrigger) {
                Match m = best(s, t.index(), patterns.forNoun(t.lemma()));
                if (m != null) {
                    matches.put(t.index(), m);
                }
            }
        }
        List<Event> out = new ArrayList<>();
        List<DerivedEvents.Act> acts = new ArrayList<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            Event ev = event(article, s, e.getKey(), e.getValue(), mentions);
            if (ev != null) {
                out.add(ev);
                acts.add(new DerivedEvents.Act(e.getKey(), ev));
            }
        }
        Article a = article.article();
        out.addAll(derived.derive(s, acts, matches.keySet(), mentions,
                (trigger, code, modality, actors, recipients, like) -> {
                    CameoCode c = cameo.get(code).orElseThrow();
                    EventDate date = like != null ? like.date() : EventDating.date(s, trigger, a.published());
                    Mention mention = new Mention(a.id(), a.url(), a.source(), s.index(), s.begin(), s.end(),
                            s.token(trigger).word(), s.text());
                    return new Event(id(a.id(), s.index(), trigger, code, actors, recipients), date, c.ploverType(),
                            c.ploverMode(), code, c.quadClass(), c.goldstein(), modality, actors, recipients, null,
                            List.of(mention), null);
                }));
        return out;
    }

    /** The most specific pattern whose constraints hold at the trigger; ties go to the first listed. */
    private Match best(Sentence s, int trigger, List<VerbPattern> candidates) {
        Match best = null;
        for (VerbPattern p : candidates) {
            Set<Integer> used = new HashSet<>();
            boolean ok = true;
            for (String c : p.constraints()) {
                int found = satisfy(s, trigger, c);
                if (found < 0) {
                    ok = false;
                    break;
                }
                used.add(found);
            }
            if (ok && (best == null || p.specificity() > best.pattern().specificity())) {
                best = new Match(p, used);
            }
        }
        return best;
    }

    /** Token satisfying a constraint item, or -1. */
    private static int satisfy(Sentence s, int trigger, String item) {
        int colon = item.indexOf(':');
        if (colon > 0) {
            String prep = item.substring(0, colon);
            String lemma = item.substring(colon + 1);
            for (Dependency d : s.children(trigger)) {
                if (s.token(d.dependent()).lemma().equals(lemma) && hasMarker(s, d.dependent(), prep)) {
                    return d.dependent();
                }
            }
            return -1;
        }
        for (Dependency d : s.children(trigger)) {
            int dep = d.dependent();
            if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
                continue;  // "talks resumed" is not "resumed talks"
            }
            if (s.token(dep).lemma().equals(item)) {
                return dep;
            }
            if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasMarker(s, dep, item)) {
                return dep == trigger ? -1 : markerOf(s, dep, item);
            }
        }
        return -1;
    }

    private static boolean hasMarker(Sentence s, int node, String prep) {
        return markerOf(s, node, prep) >= 0;
    }

    private static int markerOf(Sentence s, int node, String prep) {
        for (Dependency d : s.children(node)) {
            if ((d.relation().equals("case") || d.relation().equals("mark")) && s.token(d.dependent()).lemma().equals(prep)) {
                return d.dependent();
            }
        }
        return -1;
    }

    private Event event(ResolvedArticle article, Sentence s, int trigger, Match match, List<ActorMention> mentions) {
        VerbPattern p = match.pattern();
        CameoCode code = cameo.get(p.code()).orElseThrow();
        Token t = s.token(trigger);

        List<Integer> sourceArgs = new ArrayList<>();
        List<Integer> targetArgs = new ArrayList<>();
        boolean coordinated = true;
        if (!match.pattern().nominal()) {
            verbArguments(s, trigger, match, sourceArgs, targetArgs);
        } else {
            coordinated = nounArguments(s, trigger, match, sourceArgs, targetArgs);
        }
        List<Actor> named = Arguments.actorsOf(s, sourceArgs, mentions, coordinated);
        // "ethnic Turks began a hunger strike": the noun's modifiers named no actor, the light verb's subject does
        List<Actor> actors = named.isEmpty() && match.pattern().nominal()
                ? Arguments.actorsOf(s, lightVerbSubject(s, trigger), mentions, true) : named;
        List<Actor> recipients = List.of();
        for (int candidate : targetArgs) {  // the first candidate that names an actor
            recipients = Arguments.actorsOf(s, List.of(candidate), mentions, coordinated);
            if (!recipients.isEmpty()) {
                break;
            }
        }
        recipients = new ArrayList<>(recipients);
        recipients.removeIf(r -> actors.stream().anyMatch(a -> a.code().equals(r.code()) && same(a.entity(), r.entity())));
        if (actors.isEmpty() && recipients.isEmpty()) {
            return null;
        }
        if (actors.isEmpty() && !passive(s, trigger)) {
            return null;  // only a finite passive ("Kharkiv was shelled") may leave its source unnamed
        }
        Modality modality = ModalityRules.of(s, trigger);
        Article a = article.article();
        EventDate date = EventDating.date(s, trigger, a.published());
        Mention mention = new Mention(a.id(), a.url(), a.source(), s.index(), s.begin(), s.end(), t.word(), s.text());
        String id = id(a.id(), s.index(), trigger, p.code(), actors, recipients);
        return new Event(id, date, code.ploverType(), code.ploverMode(), code.code(), code.quadClass(),
                code.goldstein(), modality, actors, recipients, null, List.of(mention), null);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private void verbArguments(Sentence s, int trigger, Match match, List<Integer> sources, List<Integer> targets) {
        List<Integer> subj = s.children(trigger, "nsubj");
        List<Integer> passiveSubj = s.children(trigger, "nsubj:pass");
        subj.removeAll(passiveSubj);
        boolean passiveParticiple = s.relation(trigger).equals("acl") && s.token(trigger).tag().equals("VBN");
        if (!passiveSubj.isEmpty() || passiveParticiple && subj.isEmpty()) {
            // "Kharkiv was shelled by ...", "aid donated by Japan": the noun acted upon is the target
            targets.addAll(passiveSubj.isEmpty() ? List.of(s.head(trigger)) : passiveSubj);
            for (int obl : s.children(trigger, "obl")) {
                if (hasMarker(s, obl, "by")) {
                    sources.add(obl);
                }
            }
            return;
        }
        if (!subj.isEmpty()) {
            int sub = subj.get(0);
            if (RELATIVE_PRONOUNS.contains(s.token(sub).lemma()) && s.relation(trigger).startsWith("acl")) {
                sources.add(s.head(trigger));
            } else {
                sources.add(sub);
            }
        } else {
            sources.addAll(implicitSubject(s, trigger));
        }
        targets.addAll(targetCandidates(s, trigger, match));
        if (targets.isEmpty() && s.relation(trigger).startsWith("acl:relcl") && !subj.isEmpty()
                && !RELATIVE_PRONOUNS.contains(s.token(subj.get(0)).lemma())) {
            targets.add(s.head(trigger));  // "the village that troops attacked"
        }
    }

    /** Subject of a clause that has none of its own: controller, first conjunct, modified noun. */
    private static List<Integer> implicitSubject(Sentence s, int node) {
        int guard = 6;
        while (guard-- > 0) {
            String rel = s.relation(node);
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return List.of();
            }
            if (rel.equals("xcomp")) {
                List<Integer> obj = s.children(head, "obj");
                if (!obj.isEmpty()) {
                    return List.of(obj.get(0));
                }
                List<Integer> subj = s.children(head, "nsubj");
                if (!subj.isEmpty()) {
                    return List.of(subj.get(0));
                }
                node = head;
            } else if (rel.equals("conj") || rel.equals("advcl") && s.token(node).tag().equals("VBG")) {
                // "... and urged", "opened fire, killing one and arresting 12": the main clause's subject
                List<Integer> subj = s.children(head, "nsubj");
                if (!subj.isEmpty()) {
                    return List.of(subj.get(0));
                }
                node = head;
            } else if (rel.startsWith("acl")) {
                // "troops firing on ..." acts; "civilians threatened with starvation" is acted upon
                return s.token(node).tag().equals("VBN") ? List.of() : List.of(head);
            } else if (rel.equals("dep") || rel.equals("ccomp")) {
                // "denies it plans to invade": the parser may hang the clause's subject on the verb above
                for (int o : s.children(head, "obj")) {
                    if (o > head && o < node) {
                        return List.of(o);
                    }
                }
                return List.of();
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Candidate targets in order of preference: each marker of the pattern in turn, looked for on the
     * trigger and on the dependents its constraints consumed ("imposed sanctions on Iran": "on Iran" may
     * hang from "sanctions"); temporal phrases ("on Monday") are never targets.
     */
    private static List<Integer> targetCandidates(Sentence s, int trigger, Match match) {
        VerbPattern p = match.pattern();
        List<Integer> places = new ArrayList<>();
        places.add(trigger);
        places.addAll(match.consumed());
        List<Integer> out = new ArrayList<>();
        for (String marker : p.targets()) {
            for (int place : places) {
                if (marker.equals("obj")) {
                    for (int o : s.children(place, "obj")) {
                        if (!match.consumed().contains(o)) {
                            out.add(o);
                        }
                    }
                    out.addAll(s.children(place, "iobj"));
                    continue;
                }
                for (Dependency d : s.children(place)) {
                    String rel = d.relation();
                    if ((rel.startsWith("obl") || rel.startsWith("nmod")) && hasMarker(s, d.dependent(), marker)
                            && !match.consumed().contains(d.dependent())) {
                        out.add(d.dependent());
                    }
                    // "called on Iran": "on" parsed as a particle, Iran as the object
                    if (rel.equals("compound:prt") && s.token(d.dependent()).lemma().equals(marker)) {
                        out.addAll(s.children(place, "obj"));
                    }
                }
            }
        }
        if (p.targets().isEmpty() && !p.nominal()) {
            for (int o : s.children(trigger, "obj")) {
                if (!match.consumed().contains(o)) {
                    out.add(o);
                }
            }
        }
        if (out.isEmpty()) {
            // fallbacks, in order: a common preposition ("held a meeting with X"); the subject of a
            // that-clause ("demanded that the US cancel ..."); the consumed noun's own modifiers
            // ("rejected a U.S. request", "denounced Serbia's suppression")
            for (int place : places) {
                for (Dependency d : s.children(place)) {
                    if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                            && FALLBACK_PREPOSITIONS.stream().anyMatch(prep -> hasMarker(s, d.dependent(), prep))
                            && !match.consumed().contains(d.dependent())) {
                        out.add(d.dependent());
                    }
                }
            }
            for (int clause : s.children(trigger, "ccomp")) {
                // "demanded that the US cancel", "said Sudan must return"; not "warned that Tehran would
                // respond", where the clause tells what the speaker's side will do
                boolean predicts = s.children(clause, "aux").stream()
                        .map(a -> s.token(a).word().toLowerCase()).anyMatch(w -> !w.equals("must") && !w.equals("should"));
                if (!predicts) {
                    out.addAll(s.children(clause, "nsubj"));
                }
            }
            out.addAll(match.consumed());
        }
        out.removeIf(i -> s.timexes().stream().anyMatch(t -> t.covers(i)) || "DATE".equals(s.token(i).ner()));
        return out;
    }

    /** Fills sources and targets of a nominal trigger; false when they are the parts of one "between" phrase. */
    private static boolean nounArguments(Sentence s, int trigger, Match match, List<Integer> sources, List<Integer> targets) {
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            int dep = d.dependent();
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")
                    || rel.startsWith("nmod") && hasMarker(s, dep, "by")) {
                sources.add(dep);
            }
        }
        List<Integer> between = new ArrayList<>();
        for (Dependency d : s.children(trigger)) {
            if (d.relation().startsWith("nmod") && hasMarker(s, d.dependent(), "between")) {
                between.add(d.dependent());
                between.addAll(s.children(d.dependent(), "conj"));
            }
        }
        if (between.size() >= 2 && match.pattern().targets().contains("between")) {
            sources.clear();
            sources.add(between.get(0));
            targets.addAll(between.subList(1, between.size()));
            return false;
        }
        if (sources.isEmpty()) {
            sources.addAll(lightVerbSubject(s, trigger));
        }
        targets.addAll(targetCandidates(s, trigger, match));
        return true;
    }

    /**
     * Whether a word tagged as a noun is used as a verb: it has a modal or auxiliary and a subject of
     * its own. The tagger reads "they would blockade Paris" with "blockade" as a noun.
     */
    private static boolean actsAsVerb(Sentence s, int i) {
        return s.token(i).isNoun() && !s.children(i, "aux").isEmpty() && !s.children(i, "nsubj").isEmpty();
    }

    /** The subject of the verb a nominal trigger is the object of: "held talks", "began a strike". */
    private static List<Integer> lightVerbSubject(Sentence s, int noun) {
        int head = s.head(noun);
        if (head == Dependency.ROOT || !s.token(head).isVerb() || !s.relation(noun).equals("obj")) {
            return List.of();
        }
        List<Integer> subj = s.children(head, "nsubj");
        return subj.isEmpty() ? implicitSubject(s, head) : subj.subList(0, 1);
    }

    private static boolean passive(Sentence s, int trigger) {
        return !s.children(trigger, "nsubj:pass").isEmpty();
    }

    /** Stable id: same article, sentence, trigger, code and actors give the same id on every run. */
    static String id(String doc, int sentence, int trigger, String code, List<Actor> actors, List<Actor> recipients) {
        StringBuilder key = new StringBuilder().append(doc).append('|').append(sentence).append('|').append(trigger)
                .append('|').append(code);
        for (Actor a : actors) {
            key.append("|a:").append(a.code());
        }
        for (Actor r : recipients) {
            key.append("|r:").append(r.code());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
