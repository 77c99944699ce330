package org.dyad.code;

import java.util.List;

/**
 * One line of the pattern dictionary: a trigger lemma, the dependents it requires, and the
 * prepositions that introduce its target.
 *
 * @param code        CAMEO code
 * @param lemma       trigger lemma
 * @param nominal     whether the trigger is a noun ({@code n:talk})
 * @param constraints required dependents: a lemma, or {@code prep:lemma}
 * @param targets     target markers in order of preference: {@code obj}, a preposition, {@code between}
 * @param origin      {@code file:line}
 * @param sources     source markers ({@code <from>}): the source is the phrase this preposition
 *                    introduces and the subject is the target ("came under fire from X")
 * @param targetRequired whether the line is an event only when its target names an actor
 *                    ({@code [obj!]}: "suspended Niger", not "suspended operations")
 */
public record VerbPattern(String code, String lemma, boolean nominal, List<String> constraints,
                          List<String> targets, String origin, List<String> sources, boolean targetRequired) {

    public VerbPattern {
        constraints = List.copyOf(constraints);
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
    }

    public VerbPattern(String code, String lemma, boolean nominal, List<String> constraints, List<String> targets,
                       String origin) {
        this(code, lemma, nominal, constraints, targets, origin, List.of(), false);
    }

    /** More constraints make a pattern more specific ({@code prep:lemma} counts two); the most specific wins. */
    public int specificity() {
        return constraints.stream().mapToInt(c -> c.contains(":") ? 2 : 1).sum();
    }
}
