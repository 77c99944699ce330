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
 */
public record VerbPattern(String code, String lemma, boolean nominal, List<String> constraints,
                          List<String> targets, String origin) {

    public VerbPattern {
        constraints = List.copyOf(constraints);
        targets = List.copyOf(targets);
    }

    /** More constraints make a pattern more specific ({@code prep:lemma} counts two); the most specific wins. */
    public int specificity() {
        return constraints.stream().mapToInt(c -> c.contains(":") ? 2 : 1).sum();
    }
}
