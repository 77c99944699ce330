package org.dyad.resolve;

import java.util.List;

/**
 * Parts that form one noun phrase ("Russia's foreign minister", "U.S. Ambassador to the U.N. John
 * Smith"), with its links to neighbouring phrases. The links are set once, by {@link PhraseFinder}.
 */
final class Phrase {

    final int sentence;
    final List<Part> parts;
    /** "Putin's spokesman": the phrase before the "'s". */
    Phrase possessor;
    /** "Sergey Lavrov, Russia's foreign minister,": the other half of an apposition. */
    Phrase apposition;
    /** Joined to the phrase before it by "and" or a comma ("Hungary and Romania"). */
    boolean coordinated;
    /**
     * A country named only by the way, as the far side of a border ("near the border with
     * Afghanistan") or as a go-between ("a truce mediated by Qatar"): still an actor, but not where
     * the story happens, so it does not count toward the article's setting.
     */
    boolean aside;
    /** A country named alone after "in", "at" or "near" ("fire near the line in Gaza"): where things happen. */
    boolean located;

    Phrase(int sentence, List<Part> parts) {
        this.sentence = sentence;
        this.parts = List.copyOf(parts);
    }

    int begin() {
        return parts.get(0).begin();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    Part first(Part.Kind kind) {
        return parts.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
    }

    /**
     * The head agent noun: the last one before any complement ("foreign ministry spokeswoman" is a
     * spokeswoman, and so is "spokeswoman for the Ukrainian air force").
     */
    Part agent() {
        Part out = null;
        for (Part p : parts) {
            if (p.kind() == Part.Kind.AGENT) {
                out = p;
            } else if (out != null && p.isOwner()) {
                break;
            }
        }
        return out;
    }

    /** The agent noun of a complement: "air force" in "spokeswoman for the Ukrainian air force". */
    Part complementAgent() {
        Part head = agent();
        Part out = null;
        for (Part p : parts) {
            if (p.kind() == Part.Kind.AGENT && head != null && p.begin() > head.begin() && p != head) {
                out = p;
            }
        }
        return out;
    }

    /** Whether a part is one member of a group of countries named by the same words ("the Baltic states"). */
    boolean grouped(Part part) {
        return parts.stream().anyMatch(q -> q != part && q.begin() == part.begin() && q.end() == part.end());
    }

    boolean has(Part.Kind kind) {
        return first(kind) != null;
    }

    /** Whether the phrase names a person, known or not. */
    boolean named() {
        return parts.stream().anyMatch(Part::isNamed);
    }

    /** A single office holder described, not named: "Russia's foreign minister". */
    boolean title() {
        Part agent = agent();
        return agent != null && !agent.plural() && !named();
    }

    /** The token that heads the phrase: the name, else the agent noun, else the last word. */
    int head() {
        for (Part p : parts) {
            if (p.isNamed()) {
                return p.end() - 1;
            }
        }
        Part agent = agent();
        return (agent != null ? agent.end() : end()) - 1;
    }

    @Override
    public String toString() {
        return "Phrase" + parts;
    }
}
