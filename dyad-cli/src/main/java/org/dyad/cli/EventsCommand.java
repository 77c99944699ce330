package org.dyad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Modality;
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

    @Option(names = "--country", paramLabel = "ISO3", description = "A country on either side.")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type (CONSULT) or CAMEO code prefix (04).")
    String type;

    @Option(names = "--modality", paramLabel = "M", split = ",",
            description = "Modalities to include: asserted, negated, hypothetical, future, denied, or all (default: asserted).")
    List<String> modality;

    @Option(names = "--from", paramLabel = "DATE", description = "First date (ISO), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date (ISO), inclusive.")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = EventQuery.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events.")
    int offset;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        EventQuery q;
        try {
            q = new EventQuery(actor, dyad, country, type, modalities(), date(from, "--from"), date(to, "--to"), limit, offset);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), Main.USAGE);
        }
        if (!Files.exists(store.path())) {
            throw new UserException("no database at " + store.path() + "; run 'dyad run INPUT...' first or pass --db", Main.USAGE);
        }
        List<Event> events;
        try (DuckDbStore db = store.open()) {
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

    private Set<Modality> modalities() {
        return modalities(modality);
    }

    /** The modalities named by {@code --modality} (default: asserted). */
    static Set<Modality> modalities(List<String> modality) {
        if (modality == null || modality.isEmpty()) {
            return Set.of(Modality.ASSERTED);
        }
        if (modality.stream().anyMatch(m -> m.equalsIgnoreCase("all"))) {
            return EnumSet.allOf(Modality.class);
        }
        try {
            return modality.stream().map(Modality::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new UserException("--modality takes asserted, negated, hypothetical, future, denied or all; got "
                    + modality, Main.USAGE);
        }
    }

    static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " must be an ISO date like 2022-02-15, got '" + value + "'", Main.USAGE);
        }
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
            String type = e.type() + (e.mode() == null ? "" : "/" + e.mode());
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
