package org.dyad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Links;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad timeline}: the linked events of an actor, a dyad or a story, in chronological order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists linked events in chronological order: date, precision, event type and mode, actors, "
                + "how many mentions report the event and the first source that did.",
                "Pick the events by actor, dyad or story; by default only asserted events with a known date."})
final class TimelineCommand implements Callable<Integer> {

    static final class Subject {
        @Option(names = "--actor", paramLabel = "CODE", description = "Source or target: a code, country, organisation or entity.")
        String actor;

        @Option(names = "--dyad", paramLabel = "SRC:TGT", description = "Source and target, e.g. USA:RUS.")
        String dyad;

        @Option(names = "--story", paramLabel = "ID", description = "A story id, as listed by dyad stories.")
        String story;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Subject subject = new Subject();

    @Mixin
    EventFilters filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = "--json", description = "Write event records as JSONL, oldest first.")
    boolean json;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        EventQuery q = filters.query(subject.actor, subject.dyad, subject.story, limit, 0);
        List<Event> events;
        long undated;
        Optional<Links.Story> story = Optional.empty();
        try (DuckDbStore db = store.openExisting()) {
            if (subject.story != null) {
                story = db.story(subject.story);
                if (story.isEmpty()) {
                    throw new UserException("no story with id '" + subject.story + "'; dyad stories lists them", Main.USAGE);
                }
            }
            events = db.datedEvents(q);
            undated = db.count(q) - db.countDated(q);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            events.forEach(e -> out.println(EventJson.write(e)));
            return 0;
        }
        story.ifPresent(s -> out.printf("Story %s: %s (%d articles, %s to %s)%n", s.id(), s.title(), s.articles().size(),
                s.first() == null ? "undated" : s.first(), s.last() == null ? "undated" : s.last()));
        print(out, events);
        if (undated > 0) {
            out.printf("(%d event(s) with no known date are not on the timeline; dyad events lists them.)%n", undated);
        }
        return 0;
    }

    static void print(PrintStream out, List<Event> events) {
        if (events.isEmpty()) {
            out.println("No dated events match.");
            return;
        }
        out.printf("%-10s %-5s  %-18s %-50s %4s  %s%n", "DATE", "PREC", "EVENT", "ACTORS", "MENT", "FIRST SOURCE");
        for (Event e : events) {
            String type = e.label()
                    + (e.asserted() ? "" : " (" + e.modality().label() + ")");
            String actors = side(e.actors()) + " → " + (e.recipients().isEmpty() ? "-" : side(e.recipients()));
            out.printf("%-10s %-5s  %-18s %-50s %4d  %s%n", e.date().date(), e.date().precision().label(), type,
                    EventsCommand.abbreviate(actors, 50), e.mentionCount(), firstSource(e));
        }
        out.printf("%d event(s).%n", events.size());
    }

    private static String side(List<Actor> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        return actors.stream().map(a -> a.code() + (a.entity() != null && !a.entity().equals(a.country())
                ? " (" + a.entity() + ")" : "")).collect(Collectors.joining(", "));
    }

    private static String firstSource(Event e) {
        if (e.mentions().isEmpty()) {
            return "-";
        }
        var m = e.mentions().get(0);
        if (m.source() != null && !m.source().isBlank()) {
            return m.source();
        }
        String outlet = m.outlet();
        return outlet.startsWith("doc:") ? m.doc() : outlet;
    }
}
