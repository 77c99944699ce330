package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries behind the HTTP API: sorting, counting, lookup by id, series and actor lists. */
class DuckDbStoreQueryTest {

    @TempDir
    Path dir;

    private DuckDbStore store;

    private static final Actor USA = Actor.of("Antony Blinken", "USA", "GOV", "Antony Blinken");
    private static final Actor RUS = Actor.of("Sergey Lavrov", "RUS", "GOV", "Sergey Lavrov");
    private static final Actor RUS_MIL = Actor.of("Russian forces", "RUS", "MIL", "Russia");
    private static final Actor UKR = Actor.of("Ukraine", "UKR", null, "Ukraine");

    private static Event event(String id, LocalDate date, String type, String cameo, int quad, double goldstein,
                               Modality modality, Actor source, Actor target) {
        EventDate when = date == null ? EventDate.UNKNOWN : EventDate.fromText(date, EventDate.Precision.DAY);
        Mention m = new Mention("a1", "https://news.example.org/a1", "Example Wire", 0, 0, 10, "spoke", "Text.");
        return new Event(id, when, type, null, cameo, quad, goldstein, modality, List.of(source),
                target == null ? List.of() : List.of(target), null, List.of(m), null);
    }

    @BeforeEach
    void seed() {
        store = DuckDbStore.open(dir.resolve("q.duckdb"));
        Article a = new Article("a1", "Title one", "Text.", "https://news.example.org/a1", "Example Wire",
                LocalDate.of(2023, 3, 7), "en", "a1.txt");
        store.save(a, List.of(), List.of(
                event("e1", LocalDate.of(2023, 3, 6), "CONSULT", "041", 1, 1.0, Modality.ASSERTED, USA, RUS),
                event("e2", LocalDate.of(2023, 3, 8), "THREATEN", "130", 3, -4.4, Modality.ASSERTED, USA, RUS),
                event("e3", LocalDate.of(2023, 3, 20), "AID", "070", 2, 7.0, Modality.ASSERTED, USA, UKR),
                event("e4", LocalDate.of(2023, 4, 2), "ASSAULT", "190", 4, -10.0, Modality.ASSERTED, RUS_MIL, UKR),
                event("e5", null, "CONSULT", "040", 1, 1.0, Modality.ASSERTED, RUS, USA),
                event("e6", LocalDate.of(2023, 3, 9), "CONSULT", "043", 1, 2.8, Modality.FUTURE, USA, RUS)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static EventQuery q(String actor, String dyad, Set<Modality> modalities, int limit, int offset) {
        return new EventQuery(actor, dyad, null, null, modalities, null, null, limit, offset);
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void sortOrders() {
        EventQuery all = q(null, null, null, 100, 0);
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), ids(store.events(all, EventSort.DATE)));
        assertEquals(List.of("e4", "e3", "e2", "e1", "e5"), ids(store.events(all, EventSort.DATE_DESC)));
        assertEquals(List.of("e4", "e2", "e1", "e5", "e3"), ids(store.events(all, EventSort.GOLDSTEIN)));
        assertEquals(List.of("e3", "e1", "e5", "e2", "e4"), ids(store.events(all, EventSort.GOLDSTEIN_DESC)));
        assertEquals(EventSort.DATE_DESC, EventSort.parse("-date"));
        assertNull(EventSort.parse("colour"));
    }

    @Test
    void countIgnoresPaging() {
        assertEquals(5, store.count(q(null, null, null, 2, 1)));
        assertEquals(2, store.count(q(null, "USA:RUS", null, 100, 0)));
        assertEquals(3, store.count(q(null, "USA:RUS", EnumSet.allOf(Modality.class), 100, 0)));
    }

    @Test
    void datedEventsLeaveOutUnknownDates() {
        assertEquals(List.of("e1", "e2", "e3", "e4"), ids(store.datedEvents(q(null, null, null, 100, 0))));
        assertEquals(4, store.countDated(q(null, null, null, 1, 0)));
    }

    @Test
    void eventByIdWhateverItsModality() {
        assertEquals(Modality.FUTURE, store.event("e6").orElseThrow().modality());
        assertTrue(store.event("nope").isEmpty());
    }

    @Test
    void articleInfo() {
        Map<String, DuckDbStore.ArticleInfo> info = store.articles(List.of("a1", "missing", "a1"));
        assertEquals(Set.of("a1"), info.keySet());
        assertEquals("Title one", info.get("a1").title());
        assertEquals(LocalDate.of(2023, 3, 7), info.get("a1").published());
    }

    @Test
    void seriesByWeekAndMonth() {
        List<DuckDbStore.SeriesPoint> weeks = store.series(q(null, "USA:RUS", null, 100, 0), DuckDbStore.Interval.WEEK);
        assertEquals(1, weeks.size());
        assertEquals(LocalDate.of(2023, 3, 6), weeks.get(0).period());
        assertEquals(2, weeks.get(0).events());
        assertArrayEquals(new long[] {1, 0, 1, 0}, weeks.get(0).quadClass());
        assertEquals((1.0 - 4.4) / 2, weeks.get(0).goldstein(), 1e-9);

        List<DuckDbStore.SeriesPoint> months = store.series(q(null, null, null, 100, 0), DuckDbStore.Interval.MONTH);
        assertEquals(List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 1)),
                months.stream().map(DuckDbStore.SeriesPoint::period).toList());
        assertEquals(3, months.get(0).events());
        assertArrayEquals(new long[] {0, 0, 0, 1}, months.get(1).quadClass());
        assertEquals(LocalDate.of(2023, 3, 13), DuckDbStore.Interval.WEEK.start(LocalDate.of(2023, 3, 19)));
    }

    @Test
    void actorsWithCounts() {
        List<DuckDbStore.ActorCount> actors = store.actors(q(null, null, null, 100, 0), 10);
        assertEquals(List.of("USAGOV", "RUSGOV", "UKR", "RUSMIL"),
                actors.stream().map(DuckDbStore.ActorCount::code).toList());
        DuckDbStore.ActorCount usa = actors.get(0);
        assertEquals(4, usa.events());
        assertEquals(3, usa.asSource());
        assertEquals(1, usa.asTarget());
        assertEquals("USA", usa.country());
        assertEquals(List.of("Antony Blinken"), usa.entities());
        assertEquals(1, store.actors(q("UKR", null, null, 100, 0), 1).size());
    }
}
