package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a source: a title, a body and whatever metadata came with it.
 *
 * @param id        identifier as given in the input (file name or JSONL {@code id}); stable across runs
 * @param title     headline, possibly empty
 * @param body      article text; sentence offsets refer to this string
 * @param url       source URL or {@code null}
 * @param source    outlet name or {@code null}
 * @param published publication date, the anchor for relative dates, or {@code null} when unknown
 * @param language  ISO 639-1 code or {@code null}
 * @param origin    where it was read from (a path, {@code path:line}), for error messages
 */
public record Article(String id, String title, String body, String url, String source,
                      LocalDate published, String language, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        origin = origin == null ? id : origin;
    }

    /** Same article with another body, as produced by a cleaning stage. */
    public Article withBody(String newBody) {
        return new Article(id, title, newBody, url, source, published, language, origin);
    }

    /** Same article with metadata filled in from another record wherever this one has none. */
    public Article withMetadata(String url, String source, LocalDate published, String language) {
        return new Article(id, title, body,
                this.url != null ? this.url : url,
                this.source != null ? this.source : source,
                this.published != null ? this.published : published,
                this.language != null ? this.language : language,
                origin);
    }
}
