package org.dyad.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.dyad.model.ActorMention;

/**
 * The actor mentions of an article so far, which pronouns and descriptions refer back to. Within a
 * sentence the subject is preferred over other mentions ("Blinken spoke with Lavrov. He urged ..." is
 * Blinken); without a parse, the first mention, which is usually the subject.
 */
final class Discourse {

    private final List<Referent> referents = new ArrayList<>();

    void add(Referent r) {
        referents.add(r);
    }

    /**
     * In the nearest sentence, from {@code sentence} back {@code window} sentences, that holds a
     * referent passing the test: its subject that does, else its first that does.
     */
    Referent nearest(int sentence, int window, Predicate<Referent> test) {
        for (int k = sentence; k >= 0 && k >= sentence - window; k--) {
            Referent first = null;
            for (Referent r : referents) {
                if (r.sentence() == k && test.test(r)) {
                    if (r.subject()) {
                        return r;
                    }
                    if (first == null) {
                        first = r;
                    }
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /**
     * For "they": in the nearest sentence that has one, a group of coordinated referents ("Hungary and
     * Romania") or a single plural one ("officials"), the subject group first; else the two parties
     * of one verb ({@link #arguments}).
     */
    List<Referent> nearestGroup(int sentence, int window, Predicate<Referent> test) {
        return nearest(sentence, window, test,
                g -> g.size() >= 2 || g.get(0).type() == Referent.Type.GROUP, g -> false, Discourse::kin);
    }

    /**
     * In the nearest sentence of the window that has one, the group of referents named together that
     * {@code accept} takes, a group {@code prefer} takes first, then the subject group; else the two
     * parties of one verb ({@link #arguments}); empty when no sentence has either.
     */
    private List<Referent> nearest(int sentence, int window, Predicate<Referent> test,
                                   Predicate<List<Referent>> accept, Predicate<List<Referent>> prefer,
                                   BiPredicate<Referent.Type, Referent.Type> kin) {
        for (int k = sentence; k >= 0 && k >= sentence - window; k--) {
            Map<Integer, List<Referent>> groups = new LinkedHashMap<>();
            for (Referent r : referents) {
                if (r.sentence() == k && test.test(r)) {
                    groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
                }
            }
            for (List<Referent> g : groups.values()) {
                if (accept.test(g) && prefer.test(g)) {
                    return g;
                }
            }
            List<Referent> first = null;
            for (List<Referent> g : groups.values()) {
                if (!accept.test(g)) {
                    continue;
                }
                if (g.stream().anyMatch(Referent::subject)) {
                    return g;
                }
                if (first == null) {
                    first = g;
                }
            }
            if (first != null) {
                return first;
            }
            List<Referent> pair = arguments(k, test, kin);
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        return List.of();
    }

    /**
     * For "they" where a sentence has no group: the subject and the object or oblique of one verb,
     * when both are single persons or both single countries or bodies ("Blinken met Wang Yi in
     * Beijing. They discussed trade."); empty when there is no such pair or more than one.
     */
    private List<Referent> arguments(int sentence, Predicate<Referent> test,
                                     BiPredicate<Referent.Type, Referent.Type> kin) {
        List<Referent> found = List.of();
        for (Referent a : referents) {
            if (a.sentence() != sentence || !a.subject() || a.predicate() < 0 || !test.test(a)) {
                continue;
            }
            for (Referent b : referents) {
                if (b.sentence() == sentence && !b.subject() && b.predicate() == a.predicate() && b.group() != a.group()
                        && test.test(b) && kin.test(a.type(), b.type()) && !same(a, b) && !oneSide(a, b)) {
                    if (!found.isEmpty()) {
                        return List.of();  // several pairs: none is the obvious antecedent
                    }
                    found = List.of(a, b);
                }
            }
        }
        return found;
    }

    /** The referents of one sentence, in text order. */
    List<Referent> referentsIn(int sentence) {
        return referents.stream().filter(r -> r.sentence() == sentence).toList();
    }

    /**
     * For "both sides": in the nearest sentence that has one, two different referents named together
     * ("Israel and Hamas"), a pair named in a "between" phrase first ("Qatar and Egypt hosted talks
     * between Israel and Hamas": not the hosts), then the subject pair; else the two parties of one
     * verb ({@link #arguments}). Those who report ("Saudi Arabia and the United States said") are no
     * sides.
     */
    List<Referent> nearestPair(int sentence, int window) {
        return nearest(sentence, window, Discourse::party, Discourse::twoParties, Discourse::between, Discourse::sides);
    }

    /**
     * Whether a referent can be a side: not one who reports or appeals, nor civilians, whom a side
     * harms ("its fighters had targeted civilians and accused the army": the sides are the RSF and the army).
     */
    private static boolean party(Referent r) {
        return !r.reports() && !"CVL".equals(r.actor().sector());
    }

    /**
     * For "both sides" with no pair in the sentences just before: the last two parties named together
     * anywhere earlier in the article ("Israeli forces and Hezbollah exchanged fire ... The two sides
     * agreed to a truce"), as {@link #nearestPair} takes them, but never the two parties of one verb,
     * which only a nearby sentence makes the antecedent.
     */
    List<Referent> earlierPair(int sentence) {
        return nearest(sentence, sentence, Discourse::party, Discourse::twoParties, Discourse::between, (a, b) -> false);
    }

    private static boolean twoParties(List<Referent> g) {
        return g.size() == 2 && !same(g.get(0), g.get(1)) && !oneSide(g.get(0), g.get(1));
    }

    /**
     * Whether two referents are a country and an organ of its own ("Rwanda is to withdraw its
     * troops"): one side, not two. Two organs of one country may be two ("the army accused the RSF").
     */
    private static boolean oneSide(Referent a, Referent b) {
        String ca = a.actor().country();
        return ca != null && ca.equals(b.actor().country()) && (a.actor().sector() == null || b.actor().sector() == null);
    }

    private static boolean between(List<Referent> g) {
        return g.stream().allMatch(Referent::between);
    }

    /** Whether two referents are one actor named twice ("Azerbaijan shelled ... Azerbaijan said"). */
    private static boolean same(Referent a, Referent b) {
        return Objects.equals(a.actor().code(), b.actor().code()) && Objects.equals(a.actor().entity(), b.actor().entity());
    }

    /**
     * Two parties that can be the two sides of a conflict: two persons, or two parties none of
     * which is a person ("the army accused the RSF": a force and a body).
     */
    private static boolean sides(Referent.Type a, Referent.Type b) {
        return (a == Referent.Type.PERSON) == (b == Referent.Type.PERSON);
    }

    /** Two persons, or two countries or bodies: the parties of one meeting, talk or deal. */
    private static boolean kin(Referent.Type a, Referent.Type b) {
        Set<Referent.Type> states = Set.of(Referent.Type.COUNTRY, Referent.Type.ORGANIZATION);
        return a == Referent.Type.PERSON && b == Referent.Type.PERSON || states.contains(a) && states.contains(b);
    }

    /** The referent registered for a mention, {@code null} when none was. */
    Referent of(ActorMention m) {
        for (Referent r : referents) {
            if (r.mention() == m) {
                return r;
            }
        }
        return null;
    }

    /** The most recent referent that passes the test, however far back. */
    Referent latest(Predicate<Referent> test) {
        for (int k = referents.size() - 1; k >= 0; k--) {
            if (test.test(referents.get(k))) {
                return referents.get(k);
            }
        }
        return null;
    }

    /**
     * For "the two countries": the last two countries named together ("Armenia and Azerbaijan"), else
     * the last two named.
     */
    List<Referent> latestPair() {
        for (int k = referents.size() - 1; k >= 0; k--) {
            Referent r = referents.get(k);
            if (r.place() == null) {
                continue;
            }
            List<Referent> pair = new ArrayList<>();
            for (Referent x : referents) {
                if (x.group() == r.group() && x.place() != null
                        && pair.stream().noneMatch(y -> y.place().country().equals(x.place().country()))) {
                    pair.add(x);
                }
            }
            if (pair.size() == 2) {
                return pair;
            }
        }
        return latestPlaces(2);
    }

    /**
     * The {@code n} most recent distinct persons passing the test named within {@code window} sentences
     * before and in {@code sentence}, oldest first; fewer when the text named fewer.
     */
    List<Referent> latestPersons(int sentence, int window, int n, Predicate<Referent> test) {
        List<Referent> out = new ArrayList<>();
        for (int k = referents.size() - 1; k >= 0 && out.size() < n; k--) {
            Referent r = referents.get(k);
            if (r.type() == Referent.Type.PERSON && r.sentence() <= sentence && r.sentence() >= sentence - window
                    && r.actor().entity() != null && test.test(r)
                    && out.stream().noneMatch(x -> x.actor().entity().equals(r.actor().entity()))) {
                out.add(0, r);
            }
        }
        return out;
    }

    /** The referents so far, oldest first. */
    List<Referent> referents() {
        return java.util.Collections.unmodifiableList(referents);
    }

    /** The {@code n} most recent countries the text named, most recent last. */
    List<Referent> latestPlaces(int n) {
        return latestPlaces(n, r -> true);
    }

    /** The {@code n} most recent countries the text named, of referents passing the test, most recent last. */
    List<Referent> latestPlaces(int n, Predicate<Referent> test) {
        List<Referent> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int k = referents.size() - 1; k >= 0 && out.size() < n; k--) {
            Referent r = referents.get(k);
            if (r.place() != null && test.test(r) && !seen.contains(r.place().country())) {
                seen.add(r.place().country());
                out.add(0, r);
            }
        }
        return out;
    }
}
