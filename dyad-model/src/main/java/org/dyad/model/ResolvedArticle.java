package org.dyad.model;

import java.util.List;

/**
 * An annotated article with the actor and place mentions the resolver found, sentence by sentence.
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> mentions, List<PlaceMention> places) {

    public ResolvedArticle {
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
    }

    /** An article with actor mentions and no places. */
    public ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> mentions) {
        this(annotated, mentions, List.of());
    }

    public Article article() {
        return annotated.article();
    }

    public List<Sentence> sentences() {
        return annotated.sentences();
    }

    public List<ActorMention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    public List<PlaceMention> placesIn(int sentence) {
        return places.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
