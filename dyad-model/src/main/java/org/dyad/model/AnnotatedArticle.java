package org.dyad.model;

import java.util.List;

/** An article with the annotator's sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
