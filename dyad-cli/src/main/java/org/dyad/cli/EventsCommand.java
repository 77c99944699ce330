package org.dyad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: query stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists stored events, oldest first; by default only asserted ones.")
final class EventsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Write event records as JSONL.")
    boolean json;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target: a code (RUSGOV), country (RUS), organisation (IGONAT) or entity (\"Sergey Lavrov\").")
    String actor;

    @Option(names = "--dyad", paramLabel = "SRC:TGT", description = "Source and target, e.g. USA:RUS.")
    String dyad;

    @Mixin
    EventFilters filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = EventQuery.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events.")
    int offset;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        EventQuery q = filters.query(actor, dyad, null, limit, offset);
        List<Event> events;
        try (DuckDbStore db = store.openExisting()) {
            events = db.events(q);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            events.forEach(e -> out.println(EventJson.write(e)));
        } else {
            printTable(out, events);
        }
        return 0;
    }

    static void printTable(PrintStream out, List<Event> events) {
        if (events.isEmpty()) {
            out.println("No events match.");
            return;
        }
        out.printf("%-10s %-5s  %-18s %-5s %-24s %-24s %-12s %4s %3s  %s%n", "DATE", "PREC", "EVENT", "CAMEO", "ACTOR",
                "RECIPIENT", "MODALITY", "MENT", "SRC", "SENTENCE");
        for (Event e : events) {
            String date = e.date().date() == null ? "unknown" : e.date().date().toString();
            String type = e.label();  // "statement 018" for an event PLOVER does not type
            String sentence = e.mentions().isEmpty() ? "" : e.mentions().get(0).text().replace('\n', ' ');
            out.printf("%-10s %-5s  %-18s %-5s %-24s %-24s %-12s %4d %3d  %s%n", date, e.date().precision().label(), type,
                    e.cameo(), actors(e.actors()), actors(e.recipients()), e.modality().label(), e.mentionCount(),
                    e.sourceCount(), abbreviate(sentence, 90));
        }
        out.printf("%d event(s).%n", events.size());
    }

    static String actors(List<Actor> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        return abbreviate(actors.stream().map(a -> a.code() + (a.entity() != null && !a.entity().equals(a.country())
                ? " (" + a.entity() + ")" : "")).collect(Collectors.joining(", ")), 24);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
