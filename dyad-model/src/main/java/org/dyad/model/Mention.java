package org.dyad.model;

/**
 * One report of an event: the sentence of one article that says it happened.
 *
 * @param doc      article id
 * @param url      article URL or {@code null}
 * @param source   outlet or {@code null}
 * @param sentence sentence index in the article
 * @param start    character offset of the sentence in the article body
 * @param end      character offset of the sentence end, exclusive
 * @param trigger  the word that carries the event ("spoke", "sanctions")
 * @param text     the sentence as written
 */
public record Mention(String doc, String url, String source, int sentence, int start, int end,
                      String trigger, String text) {
}
