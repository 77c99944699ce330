package org.dyad.stage;

import org.dyad.model.Article;

/** Clean stage: removes what is not the article (site chrome, boilerplate) and keeps every sentence. */
@FunctionalInterface
public interface Cleaner {

    Article clean(Article article);

    /** A cleaner that changes nothing, for input known to be clean (sentence mode). */
    static Cleaner none() {
        return article -> article;
    }
}
