package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {

    @TempDir
    Path dir;

    // ---- fixtures -------------------------------------------------------------------------------

    private static final String BODY = "U.S. Secretary of State Antony Blinken spoke by phone with Russian Foreign "
            + "Minister Sergey Lavrov on Tuesday. The two discussed the detention of an American journalist.";

    private static final String S0 = "U.S. Secretary of State Antony Blinken spoke by phone with Russian Foreign "
            + "Minister Sergey Lavrov on Tuesday.";

    private static Article article(String id, String body) {
        return new Article(id, "Blinken and Lavrov speak by phone", body, "https://news.example.org/" + id,
                "Example Wire", LocalDate.of(2023, 3, 7), "en", id + ".txt");
    }

    private static Sentence sentence(int index, int begin, String text) {
        String first = text.substring(0, text.indexOf(' '));
        List<Token> tokens = List.of(
                new Token(0, first, first.toLowerCase(), "NNP", "O", begin, begin + first.length()),
                new Token(1, ".", ".", ".", "O", begin + text.length() - 1, begin + text.length()));
        return new Sentence(index, begin, begin + text.length(), text, tokens, List.of(), List.of());
    }

    /** Splits after a full stop that follows a lower-case letter ("Tuesday." but not "U.S."). */
    private static List<Sentence> sentences(String body) {
        List<Sentence> out = new ArrayList<>();
        int begin = 0;
        for (String text : body.split("(?<=[a-z]\\.) (?=[A-Z])")) {
            out.add(sentence(out.size(), begin, text));
            begin += text.length() + 1;
        }
        return out;
    }

    private static final Actor USA = Actor.of("Antony Blinken", "USA", "GOV", "Antony Blinken");
    private static final Actor RUS = Actor.of("Sergey Lavrov", "RUS", "GOV", "Sergey Lavrov");
    private static final Actor UKR = Actor.of("Ukraine", "UKR", null, "Ukraine");
    private static final Actor RUS_MIL = Actor.of("Russian forces", "RUS", "MIL", "Russia");
    private static final Actor CHN = Actor.of("Chinese envoy Li Hui", "CHN", "GOV", "Li Hui");

    private static Event event(String id, String articleId, LocalDate date, String type, String cameo,
                               Modality modality, Actor source, Actor target) {
        EventDate when = date == null ? EventDate.UNKNOWN : EventDate.fromText(date, EventDate.Precision.DAY);
        Mention m = new Mention(articleId, "https://news.example.org/" + articleId, "Example Wire", 0, 0,
                S0.length(), "spoke", S0);
        return new Event(id, when, type, "phone", cameo, 1, 1.0, modality, List.of(source),
                target == null ? List.of() : List.of(target),
                new Location("Washington", "Washington", "USA", 38.9, -77.0, "city"), List.of(m), null);
    }

    private static Event consult(String id, String articleId, LocalDate date) {
        return event(id, articleId, date, "CONSULT", "041", Modality.ASSERTED, USA, RUS);
    }

    private DuckDbStore open() {
        return DuckDbStore.open(dir.resolve("events.duckdb"));
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private static EventQuery query(String actor, String dyad, String country, String type,
                                    Set<Modality> modalities, LocalDate from, LocalDate to) {
        return new EventQuery(actor, dyad, country, type, modalities, from, to, EventQuery.DEFAULT_LIMIT, 0);
    }

    /** A small corpus with varied actors, types, dates and modalities. */
    private void seed(DuckDbStore store) {
        Article a1 = article("wire-001", BODY);
        store.save(a1, sentences(BODY), List.of(
                consult("e-usa-rus-consult", "wire-001", LocalDate.of(2023, 3, 7)),
                event("e-rus-usa-demand", "wire-001", LocalDate.of(2023, 3, 8), "DEMAND", "100",
                        Modality.ASSERTED, RUS, USA)));
        String body2 = "Russian forces shelled the Ukrainian city of Kherson on Sunday. Kyiv said it would "
                + "respond if the attacks continued.";
        Article a2 = article("wire-002", body2);
        store.save(a2, sentences(body2), List.of(
                event("e-rus-ukr-assault", "wire-002", LocalDate.of(2023, 2, 26), "ASSAULT", "195",
                        Modality.ASSERTED, RUS_MIL, UKR),
                event("e-ukr-rus-threaten", "wire-002", LocalDate.of(2023, 2, 27), "THREATEN", "138",
                        Modality.HYPOTHETICAL, UKR, RUS),
                event("e-chn-ukr-undated", "wire-002", null, "CONSULT", "040", Modality.ASSERTED, CHN, UKR),
                event("e-usa-rus-future", "wire-002", LocalDate.of(2023, 3, 20), "CONSULT", "043",
                        Modality.FUTURE, USA, RUS)));
    }

    /** The same event located elsewhere, or nowhere. */
    private static Event at(Event e, Location where) {
        return new Event(e.id(), e.date(), e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.modality(),
                e.actors(), e.recipients(), where, e.mentions(), e.story());
    }

    @Test
    void eventsCanBeFilteredByWhereTheTextLocatesThem() {
        try (DuckDbStore store = open()) {
            seed(store);
            String body = "Russian forces shelled Kherson on Monday. Russia struck again on Tuesday.";
            store.save(article("wire-003", body), sentences(body), List.of(
                    at(event("e-kherson", "wire-003", LocalDate.of(2023, 3, 13), "ASSAULT", "195", Modality.ASSERTED,
                            RUS_MIL, UKR), new Location("Kherson", "Kherson", "UKR", 46.64, 32.62, Location.CITY)),
                    at(event("e-nowhere", "wire-003", LocalDate.of(2023, 3, 14), "ASSAULT", "190", Modality.ASSERTED,
                            RUS_MIL, UKR), null)));
            assertEquals(List.of("e-kherson"), ids(store.events(EventQuery.all().withPlace("UKR"))));
            assertEquals(List.of("e-kherson"), ids(store.events(EventQuery.all().withPlace("kherson"))),
                    "a place name in any case");
            assertTrue(ids(store.events(EventQuery.all().withPlace("Washington"))).contains("e-usa-rus-consult"));
            assertFalse(ids(store.events(EventQuery.all().withPlace("usa"))).contains("e-nowhere"),
                    "an event the text does not locate matches no place");
            assertEquals(List.of(), store.events(EventQuery.all().withPlace("SDN")));
            assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withPlace(" "));
        }
    }

    // ---- saving ---------------------------------------------------------------------------------

    @Test
    void savingTheSameArticleTwiceIsIdempotent() {
        try (DuckDbStore store = open()) {
            Article a = article("wire-001", BODY);
            List<Event> events = List.of(consult("e1", "wire-001", LocalDate.of(2023, 3, 7)));

            assertFalse(store.contains(a));
            assertEquals(DuckDbStore.Outcome.ADDED, store.save(a, sentences(BODY), events));
            assertTrue(store.contains(a));
            DuckDbStore.Counts first = store.counts();
            assertEquals(new DuckDbStore.Counts(1, 2, 1, 1, 1), first);

            assertEquals(DuckDbStore.Outcome.UNCHANGED, store.save(a, sentences(BODY), events));
            assertEquals(first, store.counts());
            assertEquals(List.of("e1"), ids(store.events(EventQuery.all())));
        }
    }

    @Test
    void changedBodyReplacesTheArticleAndItsEvents() {
        try (DuckDbStore store = open()) {
            Article original = article("wire-001", BODY);
            store.save(original, sentences(BODY), List.of(
                    consult("old-1", "wire-001", LocalDate.of(2023, 3, 7)),
                    consult("old-2", "wire-001", LocalDate.of(2023, 3, 8))));

            String corrected = BODY.replace("Tuesday", "Wednesday");
            Article revised = article("wire-001", corrected);
            assertFalse(store.contains(revised));
            assertEquals(DuckDbStore.Outcome.REPLACED, store.save(revised, sentences(corrected),
                    List.of(consult("new-1", "wire-001", LocalDate.of(2023, 3, 8)))));

            assertTrue(store.contains(revised));
            assertFalse(store.contains(original));
            assertEquals(List.of("new-1"), ids(store.events(EventQuery.all())));
            assertEquals(new DuckDbStore.Counts(1, 2, 1, 1, 1), store.counts());
        }
    }

    @Test
    void replacingKeepsEventIdsThatStayTheSame() {
        // Event ids are stable: a corrected article often yields the very same event again.
        try (DuckDbStore store = open()) {
            store.save(article("wire-001", BODY), sentences(BODY),
                    List.of(consult("stable", "wire-001", LocalDate.of(2023, 3, 7))));
            String corrected = BODY + " Talks are to resume next month.";
            assertEquals(DuckDbStore.Outcome.REPLACED, store.save(article("wire-001", corrected),
                    sentences(corrected), List.of(consult("stable", "wire-001", LocalDate.of(2023, 3, 7)))));
            assertEquals(List.of("stable"), ids(store.events(EventQuery.all())));
            assertEquals(1, store.counts().mentions());
        }
    }

    @Test
    void changedMetadataAlsoCountsAsAChange() {
        try (DuckDbStore store = open()) {
            Article a = article("wire-001", BODY);
            store.save(a, sentences(BODY), List.of());
            Article moved = new Article(a.id(), a.title(), a.body(), "https://news.example.org/moved", a.source(),
                    a.published(), a.language(), a.origin());
            assertNotEquals(DuckDbStore.contentHash(a), DuckDbStore.contentHash(moved));
            assertEquals(DuckDbStore.Outcome.REPLACED, store.save(moved, sentences(BODY), List.of()));
            assertEquals(1, store.counts().articles());
        }
    }

    @Test
    void storedEventsRoundTripWithActorsAndMentions() {
        try (DuckDbStore store = open()) {
            Event e = consult("e1", "wire-001", LocalDate.of(2023, 3, 7));
            store.save(article("wire-001", BODY), sentences(BODY), List.of(e));
            assertEquals(List.of(e), store.events(EventQuery.all()));
        }
    }

    @Test
    void failureInsideSaveRollsBackTheWholeArticle() {
        try (DuckDbStore store = open()) {
            Article a = article("wire-001", BODY);
            List<Sentence> duplicateIndex = List.of(sentence(0, 0, S0), sentence(0, 0, S0));
            StoreException e = assertThrows(StoreException.class, () -> store.save(a, duplicateIndex,
                    List.of(consult("e1", "wire-001", LocalDate.of(2023, 3, 7)))));
            assertTrue(e.getMessage().contains("wire-001"), e.getMessage());

            assertFalse(store.contains(a));
            assertEquals(new DuckDbStore.Counts(0, 0, 0, 0, 0), store.counts());

            // the store is still usable afterwards
            assertEquals(DuckDbStore.Outcome.ADDED, store.save(a, sentences(BODY), List.of()));
        }
    }

    @Test
    void failedReplacementKeepsTheEarlierVersion() throws Exception {
        Path db = dir.resolve("events.duckdb");
        try (DuckDbStore store = DuckDbStore.open(db)) {
            Article original = article("wire-001", BODY);
            store.save(original, sentences(BODY), List.of(consult("old", "wire-001", LocalDate.of(2023, 3, 7))));

            // Another writer in this process holds an uncommitted change to the same article row, so the
            // replacement fails part-way, after it has already removed the earlier version's rows.
            try (Connection other = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
                 Statement st = other.createStatement()) {
                other.setAutoCommit(false);
                st.executeUpdate("UPDATE articles SET title = 'Blinken, Lavrov talk' WHERE id = 'wire-001'");

                String corrected = BODY.replace("Tuesday", "Wednesday");
                StoreException e = assertThrows(StoreException.class, () -> store.save(
                        article("wire-001", corrected), List.of(sentence(0, 0, S0.replace("Tuesday", "Wednesday"))),
                        List.of(consult("new", "wire-001", LocalDate.of(2023, 3, 8)))));
                assertTrue(e.getMessage().startsWith("cannot store article wire-001"), e.getMessage());
                other.rollback();
            }

            assertTrue(store.contains(original));
            assertEquals(List.of("old"), ids(store.events(EventQuery.all())));
            assertEquals(new DuckDbStore.Counts(1, 2, 1, 1, 1), store.counts());
        }
    }

    @Test
    void replacementDropsSentencesAndEventsTheNewVersionNoLongerHas() {
        try (DuckDbStore store = open()) {
            store.save(article("wire-001", BODY), sentences(BODY), List.of(
                    consult("kept", "wire-001", LocalDate.of(2023, 3, 7)),
                    consult("dropped", "wire-001", LocalDate.of(2023, 3, 7))));
            assertEquals(new DuckDbStore.Counts(1, 2, 2, 2, 2), store.counts());

            assertEquals(DuckDbStore.Outcome.REPLACED, store.save(article("wire-001", S0), sentences(S0), List.of(
                    consult("kept", "wire-001", LocalDate.of(2023, 3, 7)),
                    consult("added", "wire-001", LocalDate.of(2023, 3, 9)))));
            assertEquals(List.of("kept", "added"), ids(store.events(EventQuery.all())));
            assertEquals(new DuckDbStore.Counts(1, 1, 2, 2, 2), store.counts());
        }
    }

    // ---- queries --------------------------------------------------------------------------------

    @Test
    void actorFilterMatchesCodeCountryAndEntityName() {
        try (DuckDbStore store = open()) {
            seed(store);
            // asserted only by default
            assertEquals(List.of("e-rus-ukr-assault", "e-usa-rus-consult", "e-rus-usa-demand"),
                    ids(store.events(query("RUS", null, null, null, null, null, null))));
            assertEquals(List.of("e-usa-rus-consult", "e-rus-usa-demand"),
                    ids(store.events(query("RUSGOV", null, null, null, null, null, null))));
            assertEquals(List.of("e-rus-ukr-assault"),
                    ids(store.events(query("rusmil", null, null, null, null, null, null))));
            assertEquals(List.of("e-chn-ukr-undated"),
                    ids(store.events(query("Li Hui", null, null, null, null, null, null))));
            assertEquals(List.of("e-usa-rus-consult", "e-rus-usa-demand"),
                    ids(store.events(query("sergey lavrov", null, null, null, null, null, null))));
            // whole codes only: "RU" is not a prefix match for RUS
            assertEquals(List.of(), store.events(query("RU", null, null, null, null, null, null)));
        }
    }

    @Test
    void countryFilterMatchesEitherSide() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-rus-ukr-assault", "e-chn-ukr-undated"),
                    ids(store.events(query(null, null, "ukr", null, null, null, null))));
            assertEquals(List.of("e-chn-ukr-undated"),
                    ids(store.events(query(null, null, "CHN", null, null, null, null))));
        }
    }

    @Test
    void dyadIsDirectional() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-usa-rus-consult"),
                    ids(store.events(query(null, "USA:RUS", null, null, null, null, null))));
            assertEquals(List.of("e-rus-usa-demand"),
                    ids(store.events(query(null, "rus:usa", null, null, null, null, null))));
            assertEquals(List.of("e-rus-ukr-assault"),
                    ids(store.events(query(null, "RUS:UKR", null, null, null, null, null))));
            assertEquals(List.of(), store.events(query(null, "UKR:CHN", null, null, null, null, null)));
        }
    }

    @Test
    void typeFilterTakesPloverTypeOrCameoPrefix() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-usa-rus-consult", "e-chn-ukr-undated"),
                    ids(store.events(query(null, null, null, "consult", null, null, null))));
            assertEquals(List.of("e-usa-rus-consult", "e-chn-ukr-undated"),
                    ids(store.events(query(null, null, null, "04", null, null, null))));
            assertEquals(List.of("e-usa-rus-consult"),
                    ids(store.events(query(null, null, null, "041", null, null, null))));
            assertEquals(List.of("e-rus-ukr-assault"),
                    ids(store.events(query(null, null, null, "19", null, null, null))));
            assertEquals(List.of(), store.events(query(null, null, null, "PROTEST", null, null, null)));
        }
    }

    /** A CAMEO 01 statement: no PLOVER type, no mode. */
    private static Event condolences(String id, String articleId) {
        Event e = event(id, articleId, LocalDate.of(2023, 3, 9), null, "018", Modality.ASSERTED, CHN, UKR);
        return new Event(e.id(), e.date(), null, null, "018", 1, 3.4, e.modality(), e.actors(), e.recipients(),
                e.location(), e.mentions(), null);
    }

    @Test
    void statementsWithoutPloverTypeAreStoredAndFoundByTheirCameoCode() {
        try (DuckDbStore store = open()) {
            store.save(article("wire-009", BODY), sentences(BODY),
                    List.of(consult("e-consult", "wire-009", LocalDate.of(2023, 3, 8)), condolences("e-condolences", "wire-009")));
            Event back = store.event("e-condolences").orElseThrow();
            assertNull(back.type());
            assertEquals("018", back.cameo());
            assertEquals(List.of("e-consult", "e-condolences"), ids(store.events(query(null, null, null, null, null, null, null))));
            // a PLOVER type never matches a statement; a CAMEO prefix does
            assertEquals(List.of("e-consult"), ids(store.events(query(null, null, null, "CONSULT", null, null, null))));
            assertEquals(List.of("e-condolences"), ids(store.events(query(null, null, null, "01", null, null, null))));
            assertEquals(List.of("e-condolences"), ids(store.events(query(null, null, null, "018", null, null, null))));
            // sorted by type, a statement comes last either way
            EventQuery all = query(null, null, null, null, null, null, null);
            assertEquals(List.of("e-consult", "e-condolences"), ids(store.events(all, EventSort.TYPE)));
            assertEquals(List.of("e-consult", "e-condolences"), ids(store.events(all, EventSort.TYPE_DESC)));
        }
    }

    @Test
    void aVersion2FileIsUpgradedToTakeStatementsWithoutType() throws Exception {
        Path db = dir.resolve("events.duckdb");
        try (DuckDbStore store = open()) {
            store.save(article("wire-001", BODY), sentences(BODY), List.of(consult("e-old", "wire-001", LocalDate.of(2023, 3, 6))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            // as version 2 wrote it: every event had a PLOVER type
            st.execute("ALTER TABLE events ALTER COLUMN type SET NOT NULL");
            st.execute("DELETE FROM dyad_schema");
            st.execute("INSERT INTO dyad_schema VALUES (2)");
        }
        try (DuckDbStore store = open()) {
            assertEquals(2, store.upgradedFrom());
            store.save(article("wire-002", BODY), List.of(), List.of(condolences("e-new", "wire-002")));
            assertNull(store.event("e-new").orElseThrow().type());
            assertEquals("CONSULT", store.event("e-old").orElseThrow().type());
        }
        try (DuckDbStore store = open()) {
            assertEquals(0, store.upgradedFrom());
        }
    }

    @Test
    void dateRangeIsInclusiveAndExcludesUnknownDates() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-usa-rus-consult", "e-rus-usa-demand"), ids(store.events(
                    query(null, null, null, null, null, LocalDate.of(2023, 3, 7), LocalDate.of(2023, 3, 8)))));
            assertEquals(List.of("e-rus-ukr-assault"), ids(store.events(
                    query(null, null, null, null, null, null, LocalDate.of(2023, 2, 28)))));
            assertEquals(List.of("e-rus-usa-demand"), ids(store.events(
                    query(null, null, null, null, null, LocalDate.of(2023, 3, 8), null))));
        }
    }

    @Test
    void modalityDefaultsToAssertedAndCanBeWidened() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(4, store.events(EventQuery.all()).size());
            assertEquals(List.of("e-ukr-rus-threaten"), ids(store.events(
                    query(null, null, null, null, Set.of(Modality.HYPOTHETICAL), null, null))));
            assertEquals(List.of("e-ukr-rus-threaten", "e-usa-rus-future"), ids(store.events(
                    query(null, null, null, null, Set.of(Modality.HYPOTHETICAL, Modality.FUTURE), null, null))));
            assertEquals(6, store.events(query(null, null, null, null, Set.of(Modality.values()), null, null))
                    .size());
            assertEquals(List.of(), store.events(query(null, null, null, null, Set.of(Modality.DENIED), null, null)));
            assertEquals(6, store.counts().events());
            assertEquals(4, store.counts().assertedEvents());
        }
    }

    @Test
    void resultsAreOrderedByDateWithUnknownDatesLast() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-rus-ukr-assault", "e-ukr-rus-threaten", "e-usa-rus-consult",
                            "e-rus-usa-demand", "e-usa-rus-future", "e-chn-ukr-undated"),
                    ids(store.events(query(null, null, null, null, Set.of(Modality.values()), null, null))));
        }
    }

    @Test
    void sameDateIsOrderedById() {
        try (DuckDbStore store = open()) {
            LocalDate d = LocalDate.of(2023, 3, 7);
            store.save(article("wire-001", BODY), sentences(BODY),
                    List.of(consult("e-c", "wire-001", d), consult("e-a", "wire-001", d),
                            consult("e-b", "wire-001", d)));
            assertEquals(List.of("e-a", "e-b", "e-c"), ids(store.events(EventQuery.all())));
        }
    }

    @Test
    void limitAndOffsetPage() {
        try (DuckDbStore store = open()) {
            seed(store);
            Set<Modality> all = Set.of(Modality.values());
            assertEquals(List.of("e-rus-ukr-assault", "e-ukr-rus-threaten"), ids(store.events(
                    new EventQuery(null, null, null, null, all, null, null, 2, 0))));
            assertEquals(List.of("e-usa-rus-consult", "e-rus-usa-demand"), ids(store.events(
                    new EventQuery(null, null, null, null, all, null, null, 2, 2))));
            assertEquals(List.of("e-chn-ukr-undated"), ids(store.events(
                    new EventQuery(null, null, null, null, all, null, null, 2, 5))));
            assertEquals(List.of(), store.events(new EventQuery(null, null, null, null, all, null, null, 2, 6)));
        }
    }

    @Test
    void filtersCombine() {
        try (DuckDbStore store = open()) {
            seed(store);
            assertEquals(List.of("e-usa-rus-future"), ids(store.events(query(null, "USA:RUS", null, "CONSULT",
                    Set.of(Modality.ASSERTED, Modality.FUTURE), LocalDate.of(2023, 3, 10), null))));
        }
    }

    @Test
    void queryValidation() {
        IllegalArgumentException dyad = assertThrows(IllegalArgumentException.class,
                () -> query(null, "USA-RUS", null, null, null, null, null));
        assertTrue(dyad.getMessage().contains("USA-RUS"), dyad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> query(null, "USA:", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> query(null, "USA:RUS:UKR", null, null, null, null, null));

        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> query(null, null, null, null, null, LocalDate.of(2023, 3, 8), LocalDate.of(2023, 3, 7)));
        assertTrue(range.getMessage().contains("before"), range.getMessage());

        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(null, null, null, null, null, null, null, 0, 0));
        assertTrue(limit.getMessage().contains("limit"), limit.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(null, null, null, null, null, null, null, 10, -1));

        // one-day range is fine; type is normalised; empty modality set means asserted only
        EventQuery q = new EventQuery(null, null, null, "consult", Set.of(), LocalDate.of(2023, 3, 7),
                LocalDate.of(2023, 3, 7), 1, 0);
        assertEquals("CONSULT", q.type());
        assertEquals(Set.of(Modality.ASSERTED), q.modalities());
    }

    // ---- the file -------------------------------------------------------------------------------

    @Test
    void reopeningKeepsTheData() {
        Article a = article("wire-001", BODY);
        try (DuckDbStore store = open()) {
            seed(store);
        }
        try (DuckDbStore store = open()) {
            assertTrue(store.contains(a));
            assertEquals(new DuckDbStore.Counts(2, 4, 6, 4, 6), store.counts());
            assertEquals(List.of("e-usa-rus-consult"),
                    ids(store.events(query(null, "USA:RUS", null, null, null, null, null))));
            assertEquals(DuckDbStore.Outcome.UNCHANGED, store.save(a, sentences(BODY), List.of()));
        }
    }

    @Test
    void secondHandleInTheSameProcessSharesTheDatabase() {
        // DuckDB's JDBC driver shares one database instance per file within a process: no lock conflict.
        try (DuckDbStore first = open(); DuckDbStore second = open()) {
            first.save(article("wire-001", BODY), sentences(BODY),
                    List.of(consult("e1", "wire-001", LocalDate.of(2023, 3, 7))));
            assertTrue(second.contains(article("wire-001", BODY)));
            assertEquals(List.of("e1"), ids(second.events(EventQuery.all())));
        }
    }

    @Test
    void fileHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path db = dir.resolve("events.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            StoreException e = assertThrows(StoreException.class, () -> DuckDbStore.open(db));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(60, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        // once the other process is gone the file opens again
        try (DuckDbStore store = DuckDbStore.open(db)) {
            assertEquals(1, store.counts().articles());
        }
    }

    /** Run in a separate JVM: opens the store, stores one article and keeps it open until stdin closes. */
    static final class Holder {
        public static void main(String[] args) throws Exception {
            try (DuckDbStore store = DuckDbStore.open(Path.of(args[0]))) {
                store.save(article("wire-001", BODY), sentences(BODY), List.of());
                System.out.println("ready");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }

    @Test
    void openCreatesMissingFolders() {
        Path nested = dir.resolve("runs/2023-03/events.duckdb");
        try (DuckDbStore store = DuckDbStore.open(nested)) {
            assertEquals(nested, store.path());
            assertEquals(0, store.counts().articles());
        }
        assertTrue(Files.isRegularFile(nested));
    }

    @Test
    void schemaVersionIsRecorded() throws Exception {
        Path db = dir.resolve("events.duckdb");
        try (DuckDbStore store = DuckDbStore.open(db)) {
            store.save(article("wire-001", BODY), sentences(BODY), List.of());
        }
        try (DuckDbStore store = DuckDbStore.open(db)) {
            assertEquals(1, store.counts().articles());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM dyad_schema")) {
            List<Integer> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
            // reopening does not add rows
            assertEquals(List.of(DuckDbStore.SCHEMA_VERSION), versions);
        }
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("events.duckdb");
        try (DuckDbStore store = DuckDbStore.open(db)) {
            store.save(article("wire-001", BODY), sentences(BODY), List.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO dyad_schema VALUES (99)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DuckDbStore.open(db));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());

        // the refused open let go of the file: it can be repaired and opened again
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM dyad_schema WHERE version = 99");
        }
        try (DuckDbStore store = DuckDbStore.open(db)) {
            assertEquals(1, store.counts().articles());
        }
    }

    @Test
    void fileThatIsNotADatabaseGivesAStoreException() throws Exception {
        Path db = dir.resolve("notes.duckdb");
        Files.writeString(db, "Minutes of the Geneva meeting, 7 March 2023.\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> DuckDbStore.open(db));
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
    }
}
