package org.dyad.model;

import java.util.List;

/** An annotated article with the actor mentions the resolver found, sentence by sentence. */
public record ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> mentions) {

    public ResolvedArticle {
        mentions = List.copyOf(mentions);
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
}
