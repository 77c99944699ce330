package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

/** The tables of {@code dyad events} and {@code dyad timeline}, without a store. */
class EventTablesTest {

    private static final String TEXT = "Pakistan denied charges by India that it had sheltered the militants.";

    private static Event denial() {
        return new Event("ev-denial", EventDate.fromText(LocalDate.of(2023, 6, 5), EventDate.Precision.DAY), null, null,
                "016", 1, -5.0, Modality.ASSERTED, List.of(Actor.of("Pakistan", "PAK", null, "Pakistan")),
                List.of(Actor.of("India", "IND", null, "India")), null,
                List.of(new Mention("a-1", null, "Example Wire", 0, 0, TEXT.length(), "denied", TEXT)), null);
    }

    private static String printed(java.util.function.Consumer<PrintStream> print) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        print.accept(new PrintStream(b, true, StandardCharsets.UTF_8));
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStatementShowsItsCameoCodeWhereTheTypeWouldBe() {
        String events = printed(out -> EventsCommand.printTable(out, List.of(denial())));
        assertTrue(events.contains("statement 016"), events);
        assertTrue(!events.contains("null"), events);
        String timeline = printed(out -> TimelineCommand.print(out, List.of(denial())));
        assertTrue(timeline.contains("statement 016"), timeline);
        assertTrue(!timeline.contains("null"), timeline);
    }
}
