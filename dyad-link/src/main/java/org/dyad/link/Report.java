package org.dyad.link;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Event;
import org.dyad.model.Mention;

/**
 * One report of an event: what the coder read in one sentence of one article (an {@link Event} with
 * exactly one mention), with the article's publication date. Linking turns reports into events.
 *
 * @param id        the coder's id of the report, unique in the store
 * @param article   the article id
 * @param published the article's publication date or {@code null}
 * @param event     the coded event, with its one mention
 */
public record Report(String id, String article, LocalDate published, Event event) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
        if (event.mentions().size() != 1) {
            throw new IllegalArgumentException("a report has one mention, got " + event.mentions().size());
        }
    }

    public Mention mention() {
        return event.mentions().get(0);
    }

    /** The reports of a coded event, one per mention (the coder gives one). */
    public static List<Report> of(Event coded, String article, LocalDate published) {
        if (coded.mentions().size() == 1) {
            return List.of(new Report(coded.id(), article, published, coded));
        }
        return coded.mentions().stream()
                .map(m -> new Report(coded.id() + "/" + m.doc() + "/" + m.sentence() + "/" + m.start(), article,
                        published, coded.withMentions(List.of(m))))
                .toList();
    }

    /** Oldest publication first (unknown last), then article, sentence, offset and id. */
    public static final Comparator<Report> ORDER = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::article)
            .thenComparingInt(r -> r.mention().sentence())
            .thenComparingInt(r -> r.mention().start())
            .thenComparing(Report::id);
}
