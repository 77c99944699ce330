package org.dyad.pipeline;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.ResolvedArticle;

/** An article after every stage: its sentences, actor mentions and events. */
public record CodedArticle(ResolvedArticle resolved, List<Event> events) {

    public CodedArticle {
        events = List.copyOf(events);
    }

    public Article article() {
        return resolved.article();
    }
}
