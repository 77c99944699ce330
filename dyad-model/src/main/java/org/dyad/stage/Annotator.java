package org.dyad.stage;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/**
 * Annotate stage: sentences, tokens, lemmas, tags; and for sentences the gate admits, named entities,
 * temporal expressions anchored on the publication date, and a UD dependency parse.
 * Implementations must be safe to call from several threads.
 */
public interface Annotator {

    AnnotatedArticle annotate(Article article, SentenceGate gate);
}
