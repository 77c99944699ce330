package org.dyad.stage;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.ResolvedArticle;

/** Resolve stage: finds actor mentions (names, titles, agents, pronouns) and resolves them to codes. */
@FunctionalInterface
public interface ActorResolver {

    ResolvedArticle resolve(AnnotatedArticle article);
}
