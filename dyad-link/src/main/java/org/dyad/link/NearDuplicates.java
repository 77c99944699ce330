package org.dyad.link;

import java.util.Optional;

/**
 * Finds near-duplicate articles: wire copies, re-posts and lightly edited versions of a text already
 * seen. A duplicate is kept as more mentions of the events of the article it copies, never as new events.
 */
public interface NearDuplicates {

    /** An indexed document and its estimated Jaccard similarity to the text looked up. */
    record Match(String id, double similarity) {
    }

    /** The indexed document that {@code text} most nearly duplicates, if any is similar enough. */
    Optional<Match> find(String text);

    /** Indexes a document under {@code id}, replacing what was indexed under that id before. */
    void add(String id, String text);

    /** Forgets a document. */
    void remove(String id);

    /** How many documents are indexed. */
    int size();
}
