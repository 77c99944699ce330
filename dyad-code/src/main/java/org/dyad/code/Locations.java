package org.dyad.code;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.dyad.model.Dependency;
import org.dyad.model.Location;
import org.dyad.model.PlaceMention;
import org.dyad.model.Sentence;

/**
 * Locates an event where its own clause says it took place, never by guess:
 * <ul>
 *   <li>a location attached to the trigger, or to the verb whose object a nominal trigger is ("talks in
 *       Geneva", "held talks in Geneva", "shelling near the city of Kharkiv");</li>
 *   <li>for material conflict (CAMEO 14 to 20), also a location attached to a noun of the clause
 *       ("shelled a school in Mariupol", "rallied outside the embassy in Moscow"); for other events
 *       such a noun is a topic ("discussed the war in Ukraine" was not held in Ukraine);</li>
 *   <li>for force, coercion and violence (CAMEO 15 to 20), the place struck when the words name a place,
 *       not a government: "shelled Kharkiv", "Kharkiv was shelled", "fired rockets at Sderot".</li>
 * </ul>
 * Of several, the nearest in the tree wins, then the most precise (a city before its region or country).
 * A place in another clause ("said in Kyiv that ...") locates that clause, not the event.
 */
final class Locations {

    /** Nouns that only say what kind of place follows: "the city of Kharkiv", "the outskirts of Kyiv". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province",
            "district", "area", "outskirts", "suburb", "suburbs", "port", "capital", "state", "oblast", "governorate",
            "county", "municipality", "enclave", "territory", "island", "islands", "edge", "streets", "centre",
            "center", "heart", "part", "parts", "north", "south", "east", "west");
    /** Relations that leave the clause of their head: a place beyond them locates another clause. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis",
            "csubj", "csubj:pass", "nsubj", "dislocated", "list", "vocative", "root");
    /** Relations by which an argument place is struck: object, passive subject, "fired at", "an airstrike on". */
    private static final Set<String> STRUCK = Set.of("obj", "nsubj:pass", "obl", "nmod");

    private Locations() {
    }

    /**
     * Where the event at {@code trigger} took place by the words of its clause, if they say; a clause
     * that says nothing of its own shares the place of the clause it continues: "shelled Kharkiv,
     * killing three", "met in Geneva and signed a deal".
     */
    static Optional<Location> of(Sentence s, int trigger, CameoCode code, List<PlaceMention> places) {
        int clause = trigger;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            Optional<Location> own = own(s, clause, code, places);
            if (own.isPresent() || s.head(clause) == Dependency.ROOT || !continues(s, clause)) {
                return own;
            }
            clause = s.head(clause);
        }
        return Optional.empty();
    }

    /**
     * A verb coordinated with the verb before it, or a participle clause hung on it ("..., killing
     * three"): a clause that continues its head's, and shares its time and place when it names none.
     */
    static boolean continues(Sentence s, int clause) {
        String rel = s.relation(clause);
        return s.token(clause).isVerb() && s.token(s.head(clause)).isVerb()
                && (rel.equals("conj") || (rel.equals("advcl") || rel.equals("dep")) && s.token(clause).tag().equals("VBG"));
    }

    private static Optional<Location> own(Sentence s, int trigger, CameoCode code, List<PlaceMention> places) {
        int root = Integer.parseInt(code.root());
        int governing = s.token(trigger).isNoun() && s.head(trigger) != Dependency.ROOT
                && s.token(s.head(trigger)).isVerb() ? s.head(trigger) : Dependency.ROOT;
        Set<Integer> named = new HashSet<>();
        places.forEach(p -> IntStream.range(p.begin(), p.end()).forEach(named::add));
        return places.stream()
                .map(p -> new Candidate(p, distance(s, p, trigger, governing, root, named)))
                .filter(c -> c.distance() > 0)
                .min(Comparator.comparingInt(Candidate::distance)
                        .thenComparingInt(c -> rank(c.place().place().precision()))
                        .thenComparingInt(c -> c.place().begin()))
                .map(c -> c.place().place());
    }

    private record Candidate(PlaceMention place, int distance) {
    }

    /**
     * Steps in the tree from the place up to the trigger (or its governing verb), 0 when the place does
     * not locate this event.
     */
    private static int distance(Sentence s, PlaceMention p, int trigger, int governing, int root, Set<Integer> named) {
        int start = spanHead(s, p);
        if (!p.locative() && root < 15) {
            return 0;
        }
        int steps = 0;
        boolean throughNoun = false;
        int guard = s.tokens().size();
        for (int cur = start; guard-- > 0; ) {
            if (CLAUSES.contains(s.relation(cur))) {
                return 0;
            }
            int up = s.head(cur);
            if (up == Dependency.ROOT) {
                return 0;
            }
            steps++;
            if (up == trigger || up == governing) {
                if (!p.locative() && !STRUCK.contains(s.relation(cur).replaceFirst(":.*", ""))) {
                    return 0;
                }
                return throughNoun && root < 14 ? 0 : steps;
            }
            if (s.token(up).isVerb()) {
                return 0;
            }
            String lemma = s.token(up).lemma().toLowerCase(Locale.ROOT);
            // another place ("in Kharkiv and Odesa") or a word for the kind of place passes it on
            if (!named.contains(up) && !PLACE_NOUNS.contains(lemma)) {
                throughNoun = true;
                if (!p.locative()) {
                    return 0;  // "the mayor of Kharkiv" was struck, not Kharkiv
                }
            }
            cur = up;
        }
        return 0;
    }

    /** The token of the span whose head lies outside it: the one the parser attaches. */
    private static int spanHead(Sentence s, PlaceMention p) {
        for (int i = p.begin(); i < p.end(); i++) {
            int h = s.head(i);
            if (h == Dependency.ROOT || h < p.begin() || h >= p.end()) {
                return i;
            }
        }
        return p.head();
    }

    private static int rank(String precision) {
        return switch (precision == null ? "" : precision) {
            case Location.CITY -> 0;
            case Location.REGION -> 1;
            default -> 2;
        };
    }
}
