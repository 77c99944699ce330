package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.Event;

/**
 * What the store keeps of linking: reports (each coded event with its one mention) pointing at the
 * linked events they make up, near-duplicate signatures and story features of articles, and stories.
 * The linking stage ({@code dyad-link}) decides; these records carry its decisions to
 * {@link DuckDbStore#saveLinked} and back from the store's queries.
 */
public final class Links {

    private Links() {
    }

    /**
     * A report as stored: a row of the mentions table.
     *
     * @param id        the coder's id of the report
     * @param event     the linked event it belongs to
     * @param group     its linking group
     * @param article   the article that says it
     * @param published the article's publication date
     * @param report    the coded event with its one mention
     */
    public record ReportRow(String id, String event, String group, String article, LocalDate published, Event report) {

        public ReportRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(report, "report");
        }
    }

    /** A linked event with its group; its counts and first source are read from its mentions. */
    public record EventRow(Event event, String group) {
    }

    /** What the near-duplicate index and the story clusterer keep of an article. */
    public record ArticleLink(String article, int[] signature, String features, String duplicateOf) {
    }

    /** What the story clusterer needs of a stored article to take it up again. */
    public record ArticleState(String article, String title, LocalDate published, String features, String story,
                               String duplicateOf) {
    }

    /**
     * One change of the linked state, written in one transaction.
     *
     * @param reports        for each article named, all its reports (they replace its earlier ones)
     * @param moved          reports of other articles that now belong to another event: report id to event id
     * @param events         events written or rewritten
     * @param deletedEvents  events that no longer exist
     * @param aliases        for each deleted event, the event that took most of its reports
     * @param articleLinks   signatures and features of articles
     * @param storyOf        articles and their (new) story
     * @param stories        stories written or rewritten: id and title
     * @param deletedStories stories that no longer exist
     */
    public record Update(Map<String, List<ReportRow>> reports, Map<String, String> moved, List<EventRow> events,
                         Set<String> deletedEvents,
                         Map<String, String> aliases, List<ArticleLink> articleLinks, Map<String, String> storyOf,
                         Map<String, String> stories, Set<String> deletedStories) {

        public Update {
            reports = Map.copyOf(reports);
            moved = Map.copyOf(moved);
            events = List.copyOf(events);
            deletedEvents = Set.copyOf(deletedEvents);
            aliases = Map.copyOf(aliases);
            articleLinks = List.copyOf(articleLinks);
            storyOf = Map.copyOf(storyOf);
            stories = Map.copyOf(stories);
            deletedStories = Set.copyOf(deletedStories);
        }

        public static Update empty() {
            return new Update(Map.of(), Map.of(), List.of(), Set.of(), Map.of(), List.of(), Map.of(), Map.of(), Set.of());
        }
    }

    /**
     * A story as listed.
     *
     * @param articles article ids, oldest first
     * @param events   asserted events in the story
     */
    public record Story(String id, String title, LocalDate first, LocalDate last, List<String> articles, long events) {
    }
}
