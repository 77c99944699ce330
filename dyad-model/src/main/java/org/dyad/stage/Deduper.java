package org.dyad.stage;

import java.util.Optional;
import org.dyad.model.Article;

/**
 * Dedupe stage: tells whether a cleaned article nearly duplicates one seen before (a wire copy, a
 * re-post, a lightly edited version). A duplicate is not coded again: its sentences become more mentions
 * of the events of the article it copies. Called once per article, in input order.
 */
@FunctionalInterface
public interface Deduper {

    /** The id of the article this one copies, or empty. */
    Optional<String> duplicateOf(Article article);
}
