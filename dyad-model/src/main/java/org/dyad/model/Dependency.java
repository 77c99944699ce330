package org.dyad.model;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param relation  UD relation with its subtype, e.g. {@code nsubj}, {@code obl}, {@code compound:prt}
 * @param governor  index of the head token, or {@code -1} for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {

    public static final int ROOT = -1;
}
