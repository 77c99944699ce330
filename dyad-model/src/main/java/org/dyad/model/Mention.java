package org.dyad.model;

/**
 * One report of an event: the sentence of one article that says it happened.
 *
 * @param doc      article id
 * @param url      article URL or {@code null}
 * @param source   outlet or {@code null}
 * @param sentence sentence index in the article
 * @param start    character offset of the sentence in the article body
 * @param end      character offset of the sentence end, exclusive
 * @param trigger  the word that carries the event ("spoke", "sanctions")
 * @param text     the sentence as written
 * @param speaker  who the sentence attributes the report to ("officials said ...", "according to
 *                 witnesses"), or {@code null} when the article tells it in its own voice; a speaker
 *                 no dictionary resolved has its words and no code
 */
public record Mention(String doc, String url, String source, int sentence, int start, int end,
                      String trigger, String text, Actor speaker) {

    /** A report in the article's own voice, with no speaker. */
    public Mention(String doc, String url, String source, int sentence, int start, int end, String trigger,
                   String text) {
        this(doc, url, source, sentence, start, end, trigger, text, null);
    }

    /** The same report attributed to {@code other} (or to no one). */
    public Mention withSpeaker(Actor other) {
        return new Mention(doc, url, source, sentence, start, end, trigger, text, other);
    }

    /**
     * The outlet, for counting sources: the source name in lower case, else the host of the URL, else
     * the article itself (an outlet of its own).
     */
    public String outlet() {
        if (source != null && !source.isBlank()) {
            return source.strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (url != null) {
            try {
                String host = java.net.URI.create(url.strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through
            }
        }
        return "doc:" + doc;
    }
}
