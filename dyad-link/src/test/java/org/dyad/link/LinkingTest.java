package org.dyad.link;

import static org.dyad.link.Reports.LAVROV;
import static org.dyad.link.Reports.BLINKEN;
import static org.dyad.link.Reports.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.model.json.EventJson;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link stage over a real store, with hand-made coded articles: no NLP model. */
class LinkingTest {

    @TempDir
    Path dir;

    static final LocalDate TUE = LocalDate.of(2022, 2, 15);
    static final LocalDate WED = LocalDate.of(2022, 2, 16);

    /** A coded article: its body is its sentences, one per line. */
    record Coded(Article article, List<Sentence> sentences, List<Event> events) {
    }

    static Coded article(String id, String source, LocalDate published, String title, List<String> lines,
                         List<Reports.Spec> events) {
        StringBuilder body = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            if (body.length() > 0) {
                body.append('\n');
            }
            int begin = body.length();
            body.append(line);
            sentences.add(new Sentence(sentences.size(), begin, body.length(), line,
                    List.of(new Token(0, line, line, "NN", "O", begin, body.length())), List.of(), List.of()));
        }
        Article a = new Article(id, title, body.toString(), "https://" + source.toLowerCase().replace(' ', '-')
                + ".test/" + id, source, published, "en", id);
        List<Event> coded = new ArrayList<>();
        for (Reports.Spec s : events) {
            Sentence at = sentences.get(s.sentence);
            Event e = s.sentence(s.sentence, at.text()).event();
            org.dyad.model.Mention m = e.mentions().get(0);
            coded.add(e.withMentions(List.of(new org.dyad.model.Mention(id, a.url(), source, at.index(), at.begin(),
                    at.end(), m.trigger(), at.text()))));
        }
        return new Coded(a, sentences, coded);
    }

    static final String CALL = "U.S. Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister "
            + "Sergey Lavrov on Tuesday about the troops massed near Ukraine.";

    static Coded courier() {
        return article("courier", "Northfield Courier", TUE, "Blinken and Lavrov speak by phone",
                List.of(CALL, "Officials described the mood as businesslike but cool."),
                List.of(spec("r-courier", "courier", "Northfield Courier").on(TUE)));
    }

    static Coded ledger() {
        return article("ledger", "Harbor Ledger", WED, "Moscow says Lavrov pressed Blinken",
                List.of("Russian Foreign Minister Sergey Lavrov spoke by phone with Antony Blinken on Tuesday, the "
                        + "Russian Foreign Ministry said.", "The ministry stressed Moscow's demand for guarantees."),
                List.of(spec("r-ledger", "ledger", "Harbor Ledger").on(TUE).actors(LAVROV, BLINKEN)));
    }

    static Coded dispatch() {
        return article("dispatch", "Capital Dispatch", WED, "Readouts of the Blinken-Lavrov call differ",
                List.of("Antony Blinken spoke by phone with Sergey Lavrov, according to readouts from both sides.",
                        "Analysts said the accounts could hardly differ more."),
                List.of(spec("r-dispatch", "dispatch", "Capital Dispatch").byPublication(WED)));
    }

    private static Linking.Result add(Linking l, Coded c) {
        String original = l.duplicateOf(c.article()).orElse(null);
        return l.add(c.article(), c.sentences(), original == null ? c.events() : List.of(), original);
    }

    private static Map<String, Integer> mentionsById(DuckDbStore db) {
        Map<String, Integer> out = new TreeMap<>();
        db.events(EventQuery.all()).forEach(e -> out.put(e.id(), e.mentionCount()));
        return out;
    }

    @Test
    void aNewBatchLinksToTheEventsAndStoriesAlreadyStored() {
        Path file = dir.resolve("inc.duckdb");
        String id;
        String story;
        try (DuckDbStore db = DuckDbStore.open(file)) {
            Linking l = Linking.open(db);
            add(l, courier());
            add(l, ledger());
            l.finish();
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size());
            id = events.get(0).id();
            assertEquals(2, events.get(0).mentionCount());
            story = events.get(0).story();
            assertEquals(1, db.storyCount());
        }
        try (DuckDbStore db = DuckDbStore.open(file)) {
            Linking l = Linking.open(db);
            Linking.Result r = add(l, dispatch());
            l.finish();
            assertEquals(0, r.newEvents());
            assertEquals(1, r.joinedEvents());
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size());
            Event e = events.get(0);
            assertEquals(id, e.id());
            assertEquals(3, e.mentionCount());
            assertEquals(3, e.sourceCount());
            // Oldest first, then by article: the ledger and the dispatch came out on the same day.
            assertEquals(List.of("courier", "dispatch", "ledger"), e.mentions().stream().map(m -> m.doc()).toList());
            assertEquals(story, e.story());
            Links.Story s = db.story(story).orElseThrow();
            assertEquals(List.of("courier", "dispatch", "ledger"), s.articles().stream().sorted().toList());
            assertEquals(1, s.events());
            assertEquals(1, db.events(EventQuery.all().withStory(story)).size());
        }
    }

    @Test
    void eventIdsAreTheSameWhateverTheOrderOfArticles() {
        Map<String, Integer> forward;
        Map<String, Integer> backward;
        try (DuckDbStore db = DuckDbStore.open(dir.resolve("forward.duckdb"))) {
            Linking l = Linking.open(db);
            for (Coded c : List.of(courier(), ledger(), dispatch(), secondCall())) {
                add(l, c);
            }
            l.finish();
            forward = mentionsById(db);
        }
        try (DuckDbStore db = DuckDbStore.open(dir.resolve("backward.duckdb"))) {
            Linking l = Linking.open(db);
            for (Coded c : List.of(secondCall(), dispatch(), ledger(), courier())) {
                add(l, c);
            }
            l.finish();
            backward = mentionsById(db);
        }
        assertEquals(2, forward.size());
        assertEquals(forward, backward);
        assertEquals(List.of(1, 3), forward.values().stream().sorted().toList());
    }

    static Coded secondCall() {
        LocalDate next = TUE.plusWeeks(1);
        return article("second", "Northfield Courier", next, "Blinken and Lavrov hold second call in a week",
                List.of("Blinken spoke by phone with Lavrov on Tuesday, their second conversation in seven days."),
                List.of(spec("r-second", "second", "Northfield Courier").on(next)));
    }

    @Test
    void aReportThatAnchorsAnEventTakesItOverAndTheOldIdStillAnswers() {
        try (DuckDbStore db = DuckDbStore.open(dir.resolve("bridge.duckdb"))) {
            Linking l = Linking.open(db);
            add(l, dispatch());
            l.finish();
            String publicationId = db.events(EventQuery.all()).get(0).id();
            assertEquals("publication", db.events(EventQuery.all()).get(0).date().basis().label());
            add(l, courier());
            l.finish();
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size());
            Event anchored = events.get(0);
            assertNotEquals(publicationId, anchored.id());
            assertEquals(TUE, anchored.date().date());
            assertEquals(2, anchored.mentionCount());
            assertEquals(anchored.id(), db.event(publicationId).orElseThrow().id(), "the old id is an alias");
        }
    }

    @Test
    void aWireCopyBecomesMentionsOfItsOriginalsEventsNeverNewEvents() {
        String lead = "TOKYO — Japan pledged $50 million in emergency humanitarian aid to Sudan on Monday, the "
                + "Foreign Ministry said, as fighting drove more than a million people from their homes.";
        String second = "The money will be channelled through United Nations agencies and the Red Cross to provide "
                + "food, clean water and medical care to civilians in Khartoum and Darfur, the ministry said.";
        String third = "Foreign Minister Yoshimasa Hayashi urged both sides to agree a lasting ceasefire.";
        LocalDate mon = LocalDate.of(2023, 6, 5);
        Reports.Spec aid = spec("r-aid", "wire", "Pacific Wire").on(mon).type("AID", "0233", null)
                .actors(new org.dyad.model.Actor("Japan", "JPN", "JPN", null, "Japan"),
                        new org.dyad.model.Actor("Sudan", "SDN", "SDN", null, "Sudan"));
        Coded wire = article("wire", "Pacific Wire", mon, "Japan pledges emergency aid for Sudan",
                List.of(lead, second, third), List.of(aid));
        // Another headline, a credit line, two words changed; the coder would find the same event.
        Coded copy = article("gazette", "Lakeside Gazette", mon.plusDays(1), "Tokyo commits $50 million to Sudan relief",
                List.of(lead.replace("more than", "over"), second, third.replace("lasting", "durable"),
                        "(Reporting by Pacific Wire.)"),
                List.of(spec("r-copy", "gazette", "Lakeside Gazette").on(mon).type("AID", "0233", null)));
        try (DuckDbStore db = DuckDbStore.open(dir.resolve("dupes.duckdb"))) {
            Linking l = Linking.open(db);
            add(l, wire);
            assertEquals(Optional.of("wire"), l.duplicateOf(copy.article()));
            Linking.Result r = l.add(copy.article(), copy.sentences(), List.of(), "wire");
            l.finish();
            assertEquals("wire", r.duplicateOf());
            assertEquals(0, r.newEvents());
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size());
            Event e = events.get(0);
            assertEquals(2, e.mentionCount());
            assertEquals(2, e.sourceCount());
            org.dyad.model.Mention m = e.mentions().get(1);
            assertEquals("gazette", m.doc());
            assertEquals("Lakeside Gazette", m.source());
            assertEquals(0, m.sentence());
            assertEquals(copy.sentences().get(0).text(), m.text());
            assertEquals(copy.article().body().substring(m.start(), m.end()), m.text());
            assertEquals(db.story(e.story()).orElseThrow().articles().size(), 2, "the copy is in its original's story");
        }
    }

    @Test
    void aChangedArticleIsLinkedAgainAndAnUnchangedOneIsLeftAlone() {
        try (DuckDbStore db = DuckDbStore.open(dir.resolve("replace.duckdb"))) {
            Linking l = Linking.open(db);
            add(l, courier());
            add(l, ledger());
            assertEquals(DuckDbStore.Outcome.UNCHANGED, add(l, ledger()).outcome());
            // The ledger's corrected version dates the call a day later: it leaves the event.
            Coded corrected = article("ledger", "Harbor Ledger", WED, "Moscow says Lavrov pressed Blinken (corrected)",
                    List.of("Lavrov spoke by phone with Blinken on Wednesday, the ministry said."),
                    List.of(spec("r-ledger", "ledger", "Harbor Ledger").on(WED).actors(LAVROV, BLINKEN)));
            assertEquals(DuckDbStore.Outcome.REPLACED, add(l, corrected).outcome());
            l.finish();
            List<Event> events = db.events(EventQuery.all());
            assertEquals(2, events.size());
            assertTrue(events.stream().allMatch(e -> e.mentionCount() == 1));
            assertEquals(2, db.counts().mentions());
        }
    }

    @Test
    void aSchemaOneFileIsUpgradedAndItsEventsLinked() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        Coded a = courier();
        Coded b = ledger();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE dyad_schema (version INTEGER NOT NULL)");
            st.execute("INSERT INTO dyad_schema VALUES (1)");
            st.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, "
                    + "url VARCHAR, source VARCHAR, published DATE, language VARCHAR, origin VARCHAR, "
                    + "stored_at TIMESTAMP DEFAULT current_timestamp)");
            st.execute("CREATE TABLE sentences (article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER, "
                    + "end_offset INTEGER, text VARCHAR, parsed BOOLEAN, PRIMARY KEY (article_id, idx))");
            st.execute("CREATE TABLE events (id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date DATE, "
                    + "date_precision VARCHAR, date_basis VARCHAR, type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, "
                    + "quad_class INTEGER, goldstein DOUBLE, modality VARCHAR NOT NULL, actor_codes VARCHAR, "
                    + "recipient_codes VARCHAR, record VARCHAR NOT NULL)");
            st.execute("CREATE TABLE mentions (event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER, "
                    + "start_offset INTEGER, end_offset INTEGER, trigger VARCHAR, text VARCHAR, url VARCHAR, source VARCHAR)");
            for (Coded x : List.of(a, b)) {
                Article art = x.article();
                st.execute("INSERT INTO articles (id, content_hash, title, url, source, published) VALUES ('" + art.id()
                        + "', 'h', '" + art.title() + "', '" + art.url() + "', '" + art.source() + "', DATE '"
                        + art.published() + "')");
                for (Sentence s : x.sentences()) {
                    st.execute("INSERT INTO sentences VALUES ('" + art.id() + "', " + s.index() + ", " + s.begin() + ", "
                            + s.end() + ", '" + s.text().replace("'", "''") + "', false)");
                }
                Event e = x.events().get(0);
                st.execute("INSERT INTO events VALUES ('" + e.id() + "', '" + art.id() + "', DATE '" + e.date().date()
                        + "', 'day', 'text', 'CONSULT', 'phone', '041', 1, 1.0, 'asserted', ' USAGOV ', ' RUSGOV ', '"
                        + EventJson.write(e).replace("'", "''") + "')");
                org.dyad.model.Mention m = e.mentions().get(0);
                st.execute("INSERT INTO mentions VALUES ('" + e.id() + "', '" + art.id() + "', " + m.sentence() + ", "
                        + m.start() + ", " + m.end() + ", 'spoke', '" + m.text().replace("'", "''") + "', null, null)");
            }
        }
        try (DuckDbStore db = DuckDbStore.open(file)) {
            assertEquals(1, db.upgradedFrom());
            assertTrue(db.relinkPending());
            assertEquals(2, db.counts().events(), "unlinked until the link stage runs");
            Linking l = Linking.open(db);
            assertEquals(2, l.relinked());
            assertFalse(db.relinkPending());
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size());
            assertEquals(2, events.get(0).mentionCount());
            assertEquals(events.get(0).id(), db.event("r-courier").orElseThrow().id(), "old ids answer as aliases");
            assertEquals(1, db.storyCount());
        }
        try (DuckDbStore db = DuckDbStore.open(file)) {
            assertEquals(0, db.upgradedFrom());
            Linking l = Linking.open(db);
            assertEquals(0, l.relinked());
            add(l, dispatch());
            l.finish();
            assertEquals(3, db.events(EventQuery.all()).get(0).mentionCount());
        }
    }

    /** The rules of an older Dyad, for the test below: every report of one type and modality in one group. */
    static final class TypeOnlyLinker implements EventLinker {
        final RuleEventLinker rules = new RuleEventLinker();

        @Override
        public String rules() {
            return "type-only";
        }

        @Override
        public String group(Event report) {
            return report.modality().label() + "|" + report.type();
        }

        @Override
        public List<LinkedEvent> link(String group, java.util.Collection<Report> reports) {
            return rules.link(group, reports);
        }
    }

    @Test
    void aFileGroupedByOlderRulesIsRegroupedOnceAndKeepsLinking() {
        org.dyad.model.Actor president = new org.dyad.model.Actor("President Aleksandar Vucic", "SRBGOV", "SRB", "GOV",
                "Aleksandar Vucic");
        org.dyad.model.Actor students = new org.dyad.model.Actor("student leaders", "SRBEDU", "SRB", "EDU", "Serbia");
        Coded denounced = article("tribune", "Danube Tribune", TUE, "Vucic lashes out at student leaders",
                List.of("President Aleksandar Vucic on Tuesday denounced the student leaders as foreign agents."),
                List.of(spec("r-denounced", "tribune", "Danube Tribune").on(TUE).type("ACCUSE", "111", null)
                        .actors(president, students)));
        Coded accused = article("herald", "Sava Herald", TUE, "Students accuse Vucic of stifling dissent",
                List.of("Student leaders on Tuesday accused President Aleksandar Vucic of stifling dissent."),
                List.of(spec("r-accused", "herald", "Sava Herald").on(TUE).type("ACCUSE", "112", null)
                        .actors(students, president)));
        Path file = dir.resolve("regroup.duckdb");
        String merged;
        try (DuckDbStore db = DuckDbStore.open(file)) {
            Linking l = Linking.open(db, new TypeOnlyLinker(), new TextStoryClusterer(), new MinHashIndex());
            add(l, denounced);
            add(l, accused);
            l.finish();
            List<Event> events = db.events(EventQuery.all());
            assertEquals(1, events.size(), "the older rules made one event of the two accusations");
            merged = events.get(0).id();
        }
        try (DuckDbStore db = DuckDbStore.open(file)) {
            Linking l = Linking.open(db);
            assertEquals(2, l.regrouped());
            List<Event> events = db.events(EventQuery.all());
            assertEquals(2, events.size(), "the president's act on the students, and theirs on him");
            assertTrue(events.stream().allMatch(e -> e.mentionCount() == 1));
            assertTrue(db.event(merged).isPresent(), "the old id still answers");
            // A later report of the students' accusation finds the event under its new group.
            add(l, article("post", "Novi Sad Post", WED, "Student leaders renew charges against Vucic",
                    List.of("Student leaders accused President Aleksandar Vucic on Tuesday of stifling dissent."),
                    List.of(spec("r-again", "post", "Novi Sad Post").on(TUE).type("ACCUSE", "112", null)
                            .actors(students, president))));
            l.finish();
            List<Integer> counts = db.events(EventQuery.all()).stream().map(Event::mentionCount).sorted().toList();
            assertEquals(List.of(1, 2), counts);
        }
        try (DuckDbStore db = DuckDbStore.open(file)) {
            assertEquals(0, Linking.open(db).regrouped(), "done once");
        }
    }
}
