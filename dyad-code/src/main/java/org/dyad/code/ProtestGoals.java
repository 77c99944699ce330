package org.dyad.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * The bundled {@code goals.txt}: the subtype of a protest by what it demands. "staged a hunger strike
 * demanding the resignation of the prime minister" is a hunger strike for leadership change (1421),
 * "blockaded the crossing in protest against the fuel tax" an obstruction for policy change (1442).
 */
final class ProtestGoals {

    /** Protest codes that CAMEO divides by goal; 140 (unspecified) and 142's "refuse food" stay as they are. */
    private static final Set<String> DIVIDED = Set.of("141", "142", "143", "144", "145");
    private static final Set<String> GOAL_MARKERS = Set.of("for", "against", "over");
    /** Verbs whose object or "for" phrase states a protest's aim: "demanding", "calling for", "to demand". */
    private static final Set<String> DEMANDING = Set.of("demand", "call", "seek", "press", "urge", "protest");

    /** The subtype digit of a change of institutions or regime. */
    private static final char REGIME = '4';

    private final Map<String, Character> goals;

    private ProtestGoals(Map<String, Character> goals) {
        this.goals = goals;
    }

    static ProtestGoals standard() {
        try (InputStream in = ProtestGoals.class.getResourceAsStream("goals.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource goals.txt");
            }
            Map<String, Character> goals = new HashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replaceFirst("#.*", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f.length != 2 || !f[1].matches("[1-4]")) {
                    throw new IllegalStateException("goals.txt:" + (i + 1) + ": expected 'LEMMA DIGIT'");
                }
                goals.put(Lemmas.key(f[0]), f[1].charAt(0));
            }
            return new ProtestGoals(goals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The subtype of a protest code by its goal, or the code itself when it has no subtypes or no
     * goal is named. {@code places} are the trigger and the words its pattern consumed ("staged a
     * hunger strike": "strike").
     */
    String refine(String code, Sentence s, List<Integer> places) {
        if (!DIVIDED.contains(code)) {
            return code;
        }
        for (int goal : goalWords(s, places)) {
            Character digit = goals.get(Lemmas.key(s.token(goal).lemma()));
            if (s.token(goal).isNoun()) {
                // "the tax law", "anti-government": the modifiers of the goal word; one naming the
                // regime outweighs the word itself: "democratic reforms" change institutions, not a policy
                for (Dependency d : s.children(goal)) {
                    Character own = d.relation().equals("compound") || d.relation().equals("amod")
                            ? goals.get(Lemmas.key(s.token(d.dependent()).lemma())) : null;
                    if (own != null && (digit == null || own == REGIME)) {
                        digit = own;
                    }
                }
            }
            if (digit != null) {
                return code + digit;
            }
        }
        return code;
    }

    /** Candidate goal words, nearest first. */
    private static List<Integer> goalWords(Sentence s, List<Integer> places) {
        List<Integer> out = new ArrayList<>();
        for (int place : withCarriers(s, places)) {
            for (Dependency d : s.children(place)) {
                String rel = d.relation();
                int dep = d.dependent();
                if ((rel.startsWith("obl") || rel.startsWith("nmod")) && marked(s, dep, GOAL_MARKERS)) {
                    out.add(dep);  // "a rally against the new tax law", "strike over wages"
                } else if (rel.startsWith("obl") && s.token(dep).lemma().equals("protest") && marked(s, dep, Set.of("in"))) {
                    // "blockaded the road in protest against the fuel tax"
                    for (Dependency g : s.children(dep)) {
                        if (g.relation().startsWith("nmod") && marked(s, g.dependent(), Set.of("against", "over", "at", "of"))) {
                            out.add(g.dependent());
                        }
                    }
                } else if ((rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("xcomp") || rel.equals("conj")
                        || rel.equals("dep")) && DEMANDING.contains(s.token(dep).lemma())) {
                    out.addAll(aims(s, dep));  // "demanding the resignation", "to demand higher pay"
                }
            }
        }
        return out;
    }

    /**
     * The places, then the verbs whose object a protest noun among them is: in "continued their hunger
     * strike to demand his resignation" the aim hangs on the verb that only says the protest went on.
     */
    private static List<Integer> withCarriers(Sentence s, List<Integer> places) {
        List<Integer> out = new ArrayList<>(places);
        for (int place : places) {
            int head = s.head(place);
            if (s.token(place).isNoun() && s.relation(place).equals("obj") && s.token(head).isVerb() && !out.contains(head)) {
                out.add(head);
            }
        }
        return out;
    }

    /** What a demanding verb asks for: its object, its "for" phrase, the verb of its that-clause. */
    private static List<Integer> aims(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>(s.children(verb, "obj"));
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("obl") && marked(s, d.dependent(), Set.of("for"))) {
                out.add(d.dependent());
            }
        }
        out.addAll(s.children(verb, "ccomp"));  // "demanding that the president resign"
        return out;
    }

    private static boolean marked(Sentence s, int node, Set<String> markers) {
        for (Dependency d : s.children(node)) {
            if ((d.relation().equals("case") || d.relation().equals("mark"))
                    && markers.contains(s.token(d.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
