package org.dyad.model;

/**
 * A span of a sentence that names a place: a city, region or territory, a capital, or a country named
 * as a location ("in Sudan").
 *
 * @param sentence sentence index
 * @param begin    first token
 * @param end      token after the last
 * @param head     the token that heads the span (the noun the parser attaches)
 * @param place    the place, with the words as written in {@link Location#text()}
 * @param locative whether the words before it make it a location ("in Kharkiv", "near the city of
 *                 Kharkiv") rather than an actor or a target ("Kharkiv was shelled")
 */
public record PlaceMention(int sentence, int begin, int end, int head, Location place, boolean locative) {
}
