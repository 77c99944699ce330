package org.dyad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, when the annotator judged it could hold an event, its dependency
 * parse and temporal expressions.
 *
 * @param index        position in the article, from 0
 * @param begin        character offset in the article body
 * @param end          character offset in the article body, exclusive
 * @param text         the sentence as written
 * @param tokens       tokens in order
 * @param dependencies UD edges; empty when the sentence was not parsed
 * @param timexes      temporal expressions; empty when none or not annotated
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies, List<Timex> timexes) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        timexes = List.copyOf(timexes);
    }

    /** Whether the dependency parse (and NER) ran on this sentence. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Index of the head of token {@code i}, or {@link Dependency#ROOT}. */
    public int head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.governor();
            }
        }
        return Dependency.ROOT;
    }

    /** The relation that attaches token {@code i} to its head, or {@code "root"}. */
    public String relation(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.relation();
            }
        }
        return "root";
    }

    /** Dependents of token {@code i} in sentence order. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or is a subtype of it. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int guard = tokens.size() + 1;
        for (int cur = i; cur != Dependency.ROOT && guard-- > 0; cur = head(cur)) {
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }
}
