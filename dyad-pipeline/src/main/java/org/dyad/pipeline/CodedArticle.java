package org.dyad.pipeline;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.ResolvedArticle;

/**
 * An article after every stage: its sentences, actor mentions and events.
 *
 * @param duplicateOf the article this one nearly duplicates, or {@code null}; a duplicate is only split
 *                    into sentences, not coded: linking makes its sentences mentions of the original's events
 */
public record CodedArticle(ResolvedArticle resolved, List<Event> events, String duplicateOf) {

    public CodedArticle {
        events = List.copyOf(events);
    }

    public CodedArticle(ResolvedArticle resolved, List<Event> events) {
        this(resolved, events, null);
    }

    public Article article() {
        return resolved.article();
    }
}
