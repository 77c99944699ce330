package org.dyad.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Who reports an event: the subject of the speech verb whose complement holds it ("officials said
 * Russian troops shelled Kharkiv", "Russian troops shelled Kharkiv, officials said"), the one who
 * accuses ("Russia accused Ukraine of shelling the plant") or the "according to" phrase of its clause.
 * The speaker is kept on the mention, not the event: another article may attribute the same event to
 * someone else.
 */
final class Speakers {

    /** Verbs whose subject says, claims or reports what their complement clause tells. */
    private static final Set<String> SAYING = Set.of("say", "tell", "claim", "state", "report", "announce", "declare",
            "add", "insist", "allege", "confirm", "accuse", "deny", "assert", "write", "tweet", "warn",
            "acknowledge", "admit", "argue", "explain", "note", "stress", "reiterate", "charge", "maintain",
            "testify", "reveal", "disclose", "quote", "post");

    /** Relations by which a clause or a noun is the content of a speech verb. */
    private static final Set<String> CONTENT = Set.of("ccomp", "parataxis", "xcomp", "advcl", "dep");

    /** Relations inside a speaker's noun phrase ("local witnesses", "the Ministry of Defence"). */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "flat", "nummod", "nmod:poss", "nmod",
            "case");

    private Speakers() {
    }

    /**
     * The speaker of the event triggered at {@code trigger}, or {@code null} when the sentence
     * asserts it in its own voice. An unresolved speaker ("witnesses said") is an actor with its
     * words only and no code.
     */
    static Actor of(Sentence s, int trigger, List<ActorMention> mentions) {
        int node = trigger;
        for (int guard = 0; guard < 8 && node != Dependency.ROOT; guard++) {
            int according = accordingTo(s, node);
            if (according >= 0) {
                return speaker(s, according, mentions);
            }
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return quoteSpeaker(s, node, mentions);
            }
            String rel = s.relation(node);
            if (rel.equals("acl:relcl") && s.token(head).isNoun() && s.relation(head).equals("parataxis")) {
                // "accused Ukraine of shelling the plant, an allegation Kyiv denied": a comment on the
                // clause, whose verb its own subject says, not the accuser
                return null;
            }
            if (saidBy(s, node)) {
                List<Integer> subj = s.children(head, "nsubj");
                subj.removeAll(s.children(head, "nsubj:pass"));
                if (subj.isEmpty() && s.relation(head).equals("conj") && s.head(head) != Dependency.ROOT) {
                    // "condemned the arrest and said she would fly": the first verb's subject speaks
                    subj = new ArrayList<>(s.children(s.head(head), "nsubj"));
                    subj.removeAll(s.children(s.head(head), "nsubj:pass"));
                }
                if (subj.isEmpty()) {
                    return byAgent(s, head, mentions);  // "it was reported by state media that ..."
                }
                return speaker(s, subj.get(0), mentions);
            }
            node = head;
        }
        return null;
    }

    /**
     * Whether a clause is what the speech verb it hangs from says: "said (that) troops had shelled",
     * "accused Ukraine of shelling", not "said after meeting".
     */
    private static boolean saidBy(Sentence s, int node) {
        int head = s.head(node);
        String rel = s.relation(node);
        String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
        return head != Dependency.ROOT && CONTENT.contains(base) && SAYING.contains(s.token(head).lemma())
                && s.token(head).isVerb() && (!base.equals("advcl") || hasMark(s, node, "of") || hasMark(s, node, "that"));
    }

    /**
     * The speech verb that tells a clause, or -1: the verb whose content it is ("Kyiv said on Monday
     * that troops had shelled the market"), or the attribution after it ("Troops shelled the market,
     * Kyiv said on Monday").
     */
    static int tellingVerb(Sentence s, int clause) {
        if (saidBy(s, clause)) {
            return s.head(clause);
        }
        for (Dependency d : s.children(clause)) {
            int v = d.dependent();
            // a bare attribution only: "...; Lebanon said on Monday that it would file a complaint" says
            // something of its own and tells nothing of the clause before it
            if (v > clause && d.relation().equals("parataxis") && s.token(v).isVerb() && SAYING.contains(s.token(v).lemma())
                    && s.children(v).stream().noneMatch(c -> RELATIVES.contains(s.token(c.dependent()).word().toLowerCase())
                            || Set.of("ccomp", "xcomp", "obj").contains(c.relation()))) {
                return v;
            }
        }
        return -1;
    }

    /** Relative words: a speech verb that has one is a relative clause of its own, not the quote's attribution. */
    private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whom", "whose", "where");

    /**
     * The speaker named after a quote that heads the sentence: "'There will be no negotiations with
     * terrorists,' the prime minister said". The parser hangs the speech verb under the quote's own
     * head (parataxis, ccomp, dep, or a relative clause when the quote's head is a noun); or null.
     */
    private static Actor quoteSpeaker(Sentence s, int top, List<ActorMention> mentions) {
        for (Dependency d : s.children(top)) {
            int v = d.dependent();
            String r = d.relation();
            if (v < top || !s.token(v).isVerb() || !SAYING.contains(s.token(v).lemma())
                    || !(r.equals("parataxis") || r.equals("ccomp") || r.equals("dep") || r.equals("acl:relcl"))) {
                continue;
            }
            if (s.children(v).stream().anyMatch(c -> RELATIVES.contains(s.token(c.dependent()).word().toLowerCase()))) {
                continue;  // "the talks, which the minister said would resume"
            }
            List<Integer> subj = s.children(v, "nsubj");
            subj.removeAll(s.children(v, "nsubj:pass"));
            if (!subj.isEmpty() && subj.get(0) > top) {
                return speaker(s, subj.get(0), mentions);
            }
        }
        return null;
    }

    /** Whether a clause is introduced by {@code word}: "accused Ukraine of shelling", not "said after meeting". */
    private static boolean hasMark(Sentence s, int clause, String word) {
        for (int m : s.children(clause, "mark")) {
            if (s.token(m).lemma().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** An "according to X" phrase among the dependents of a clause or noun, or -1. */
    private static int accordingTo(Sentence s, int node) {
        for (Dependency d : s.children(node)) {
            if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                continue;
            }
            for (Dependency c : s.children(d.dependent())) {
                if (c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase("according")) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    private static Actor byAgent(Sentence s, int verb, List<ActorMention> mentions) {
        for (int obl : s.children(verb, "obl")) {
            for (int c : s.children(obl, "case")) {
                if (s.token(c).lemma().equals("by")) {
                    return speaker(s, obl, mentions);
                }
            }
        }
        return null;
    }

    /**
     * The speaker as its whole noun phrase ("India's Ministry of External Affairs", "his office"),
     * with the code of the actor the resolver found in it, else with its words alone.
     */
    private static Actor speaker(Sentence s, int head, List<ActorMention> mentions) {
        int begin = head;
        int end = head;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (i != head && inPhrase(s, head, i)) {
                begin = Math.min(begin, i);
                end = Math.max(end, i);
            }
        }
        int offset = s.begin();
        String text = s.text().substring(s.token(begin).begin() - offset, s.token(end).end() - offset);
        List<Actor> resolved = Arguments.actorsOf(s, List.of(head), mentions, false);
        if (resolved.isEmpty()) {
            return new Actor(text, null, null, null, null);
        }
        Actor a = resolved.get(0);
        return new Actor(text, a.code(), a.country(), a.sector(), a.entity());
    }

    /** Whether token {@code i} hangs from {@code head} through noun-phrase modifiers only. */
    private static boolean inPhrase(Sentence s, int head, int i) {
        int node = i;
        for (int guard = 0; guard < 6; guard++) {
            int up = s.head(node);
            String rel = s.relation(node);
            if (up == Dependency.ROOT || !PHRASE.contains(rel.startsWith("nmod:") && !rel.equals("nmod:poss")
                    ? "nmod" : rel)) {
                return false;
            }
            if (rel.equals("amod") && node > up) {
                return false;  // "diplomats familiar with the talks": the speakers are the diplomats
            }
            if (up == head) {
                return !s.relation(node).equals("case");  // "according to": the marker is not the speaker
            }
            node = up;
        }
        return false;
    }
}
