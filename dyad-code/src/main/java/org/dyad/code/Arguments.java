package org.dyad.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/** From argument heads in the dependency tree to the actors the resolver found there. */
final class Arguments {

    /** Argument modifiers through which an actor may be named: "officials from Russia". */
    private static final Set<String> ARGUMENT_LINKS = Set.of("compound", "amod", "nmod:poss", "nmod", "appos",
            "flat", "conj");

    /** Prepositions of where an actor is posted: "the UN mission in Afghanistan". */
    private static final Set<String> POSTED = Set.of("in", "at");

    /** Prepositions of extent and vicinity: what they name is where an act happens, not a party to it. */
    private static final Set<String> SPREAD = Set.of("across", "throughout", "around", "along", "near", "outside",
            "beyond");

    private Arguments() {
    }

    /**
     * Actors named by argument heads: a mention covering the head, else one inside its modifiers
     * ("officials from Russia"); coordinated heads ("Japan and South Korea") each count.
     */
    static List<Actor> actorsOf(Sentence s, List<Integer> heads, List<ActorMention> mentions, boolean coordinated) {
        List<Integer> all = new ArrayList<>();
        for (int h : heads) {
            all.add(h);
            if (coordinated) {
                all.addAll(s.children(h, "conj"));
            }
        }
        Map<String, Actor> out = new LinkedHashMap<>();
        for (int h : all) {
            List<ActorMention> found = mentions.stream().filter(m -> m.covers(h)).toList();
            if (found.isEmpty()) {
                List<ActorMention> inside = mentions.stream().filter(m -> insideArgument(s, h, m)).toList();
                found = inside.stream().filter(m -> !means(s, h, m))
                        .filter(m -> inside.stream().noneMatch(o -> modifierOf(m, o) || opposedBy(s, m, o)
                                || sentFrom(s, m, o)))
                        .filter(m -> !stationedIn(s, m) || inside.stream().allMatch(o -> stationedIn(s, o))).toList();
                if (coordinated) {
                    found = withConjuncts(s, found, mentions);
                }
            }
            for (ActorMention m : found) {
                out.putIfAbsent(m.actor().code() + "|" + m.actor().entity(), m.actor());
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Mentions found inside an argument together with those coordinated with them: "curbs on exports
     * to Iran and Syria" is aimed at both, as "curbs on Iran and Syria" is.
     */
    private static List<ActorMention> withConjuncts(Sentence s, List<ActorMention> found, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(found);
        for (ActorMention m : found) {
            for (int c : s.children(m.head(), "conj")) {
                mentions.stream().filter(o -> o.covers(c) && !out.contains(o)).findFirst().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a mention is a bare country beside an actor of that country in the same argument, saying
     * only where the actor is from: "students throughout Indonesia", "Algeria's leading rights
     * activist" name one actor each, not two.
     */
    private static boolean modifierOf(ActorMention m, ActorMention other) {
        String country = m.actor().country();
        return other != m && country != null && m.actor().sector() == null && other.actor().sector() != null
                && country.equals(other.actor().country());
    }

    /** Weapons that, modifying the noun of an act, name its means: "artillery fire", "drone strikes". */
    private static final Set<String> ARMS = Set.of("artillery", "tank", "drone", "aircraft", "jet", "warplane",
            "helicopter", "gunship", "bomber", "warship", "gunboat", "submarine", "frigate", "destroyer", "missile",
            "rocket", "mortar");

    /**
     * Whether a mention is a weapon of no country modifying the argument's own noun: in "Thai and
     * Cambodian troops exchanged artillery fire" the artillery is how they fired, not whom they fired at.
     */
    private static boolean means(Sentence s, int argHead, ActorMention m) {
        return m.actor().country() == null && s.head(m.head()) == argHead && s.relation(m.head()).equals("compound")
                && ARMS.contains(s.token(m.head()).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Prepositions of what an owned act is aimed at: "Russia's war against Ukraine", "the Russian attack on Kyiv". */
    private static final Set<String> AIMED_AT = Set.of("against", "on");

    /**
     * Whether a mention is what another mention's act is against or on: in "condemned Russia's war
     * against Ukraine", "joined the Saudi campaign against the Houthis" or "called the Russian attack on
     * Kyiv unacceptable" the act is aimed at the act's owner, not at its victim.
     */
    private static boolean opposedBy(Sentence s, ActorMention m, ActorMention owner) {
        int noun = s.head(m.head());
        String rel = s.relation(owner.head());
        return owner != m && noun != Dependency.ROOT && s.relation(m.head()).startsWith("nmod")
                && s.children(m.head(), "case").stream()
                        .anyMatch(c -> AIMED_AT.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT)))
                && s.head(owner.head()) == noun && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"));
    }

    /**
     * Whether a mention is a "from" phrase saying where another country's actor came or was sent from:
     * in "expelled a Russian attache from London" the actor named by the noun's own modifier is the
     * party, not the city. A "from" phrase beside no such modifier still names one ("demands from the
     * rebels", "officials from Russia").
     */
    private static boolean sentFrom(Sentence s, ActorMention m, ActorMention other) {
        int noun = s.head(m.head());
        if (other == m || noun == Dependency.ROOT || !s.relation(m.head()).startsWith("nmod")
                || s.children(m.head(), "case").stream().noneMatch(c -> s.token(c).lemma().equals("from"))
                || other.actor().country() == null || other.actor().country().equals(m.actor().country())) {
            return false;
        }
        // the modifier may sit on a compound of the noun: "a Russian defence attache"
        for (int node = other.head(), guard = 0; guard < 3 && node != Dependency.ROOT; guard++) {
            String rel = s.relation(node);
            if (!(rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) {
                return false;
            }
            node = s.head(node);
            if (node == noun) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention is an "in" or "at" phrase on a noun: beside another actor in the argument it
     * says where that actor is posted ("the UN mission in Afghanistan", "the EU office at Pristina"),
     * while alone it still names the actor ("officials in Moscow").
     */
    private static boolean stationedIn(Sentence s, ActorMention m) {
        return s.relation(m.head()).startsWith("nmod") && s.children(m.head(), "case").stream()
                .anyMatch(c -> POSTED.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Nouns of help: "with Albania's help" names an ally of the act, never its party. */
    private static final Set<String> HELP = Set.of("help", "support", "assistance", "backing", "aid", "cooperation",
            "blessing", "consent", "approval", "participation");

    /** Whether a node is a "with" phrase of help: "with Albania's help", "with the support of Qatar". */
    static boolean helping(Sentence s, int node) {
        return HELP.contains(s.token(node).lemma()) && s.children(node, "case").stream()
                .anyMatch(c -> s.token(c).word().equalsIgnoreCase("with"));
    }

    /** Nouns of another party, whose possessor is not that party: "Russia's allies", "Iran's rivals". */
    private static final Set<String> OTHER_PARTIES = Set.of("ally", "proxy", "rival", "enemy", "foe", "adversary",
            "opponent", "critic", "neighbour", "neighbor");

    /** Whether a node is the possessor ("Russia's allies") or "of" phrase ("allies of Russia") of such a noun. */
    private static boolean otherParty(Sentence s, int node, int head) {
        String rel = s.relation(node);
        return OTHER_PARTIES.contains(s.token(head).lemma())
                && (rel.equals("nmod:poss") || rel.startsWith("nmod") && s.children(node, "case").stream()
                        .anyMatch(c -> s.token(c).word().equalsIgnoreCase("of")));
    }

    /** Participles of holding ground: "rebel-held", "army-controlled", "Israeli-occupied". */
    private static final Set<String> HOLDING = Set.of("hold", "control", "occupy", "run");

    private static boolean holding(Sentence s, int node) {
        return s.token(node).tag().equals("VBN") && HOLDING.contains(s.token(node).lemma());
    }

    /** Whether a mention's head is reached from the argument head through noun-phrase links only. */
    static boolean insideArgument(Sentence s, int argHead, ActorMention m) {
        int node = m.head();
        for (int guard = 0; guard < 4 && node != Dependency.ROOT; guard++) {
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return false;
            }
            String rel = s.relation(node);
            String base = rel.contains(":") && !rel.equals("nmod:poss") ? rel.substring(0, rel.indexOf(':')) : rel;
            // "shelled rebel-held territory": the holder of ground named before it is the party hit
            boolean holding = base.equals("obl") && holding(s, head) && s.relation(head).equals("amod") && head > node;
            if (!ARGUMENT_LINKS.contains(base) && !ARGUMENT_LINKS.contains(rel) && !holding) {
                return false;
            }
            if (base.equals("conj") || helping(s, node) || otherParty(s, node, head)) {
                return false;
            }
            if (base.equals("nmod") && s.children(node, "case").stream()
                    .anyMatch(c -> SPREAD.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT)))) {
                return false;  // "a strike across the country": where the act spreads, not who it is aimed at
            }
            if (head == argHead) {
                return true;
            }
            node = head;
        }
        return false;
    }

}
