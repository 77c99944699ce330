package org.dyad.stage;

import org.dyad.model.Article;

/** What a reader yields for each document: an article, or the reason it could not be read. */
public sealed interface Input {

    /** Where the input came from, a path or {@code path:line}. */
    String origin();

    record Read(Article article) implements Input {
        @Override
        public String origin() {
            return article.origin();
        }
    }

    record Failed(String origin, String reason) implements Input {
    }

    static Input read(Article article) {
        return new Read(article);
    }

    static Input failed(String origin, String reason) {
        return new Failed(origin, reason);
    }
}
