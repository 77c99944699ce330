package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking as a user meets it: articles written for these tests (src/test/resources/linking) go through
 * the real pipeline into one store in several runs, and timeline, stories and events are read back.
 */
class LinkingEndToEndTest {

    private static final Path SETS = Path.of("src", "test", "resources", "linking");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String db() {
        return dir.resolve("linked.duckdb").toString();
    }

    private int dyad(String... args) {
        out.reset();
        err.reset();
        return Main.commandLine().execute(args);
    }

    private void run(String... files) {
        List<String> args = new ArrayList<>(List.of("run", "--db", db(), "--threads", "2"));
        for (String f : files) {
            args.add(SETS.resolve(f).toString());
        }
        assertEquals(0, dyad(args.toArray(String[]::new)), this::stderr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Event> jsonEvents(String command, String... filters) {
        List<String> args = new ArrayList<>(List.of(command, "--json", "--db", db()));
        args.addAll(List.of(filters));
        assertEquals(0, dyad(args.toArray(String[]::new)), this::stderr);
        return stdout().lines().filter(l -> !l.isBlank()).map(EventJson::read).toList();
    }

    private List<JsonNode> stories() throws Exception {
        assertEquals(0, dyad("stories", "--json", "--db", db()), this::stderr);
        List<JsonNode> out = new ArrayList<>();
        for (String line : stdout().lines().filter(l -> !l.isBlank()).toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> articles(JsonNode story) {
        List<String> out = new ArrayList<>();
        story.get("articles").forEach(a -> out.add(a.asText()));
        return out;
    }

    @Test
    void callsAreLinkedAcrossOutletsDaysAndRunsButNotAcrossWeeks() {
        // Two runs: the second links to what the first stored.
        run("call-day1.jsonl");
        run("call-day2.jsonl", "call-week-later.jsonl");
        assertTrue(stderr().contains("Linked: "), stderr());

        List<Event> calls = jsonEvents("timeline", "--dyad", "USA:RUS", "--type", "CONSULT");
        assertEquals(2, calls.size(), calls.toString());
        Event first = calls.get(0);
        assertEquals(LocalDate.of(2022, 2, 15), first.date().date());
        assertEquals(3, first.mentionCount(), first.mentions().toString());
        assertEquals(3, first.articleCount());
        assertEquals(3, first.sourceCount());
        assertEquals("Northfield Courier", first.mentions().get(0).source(), "the first source told it first");
        assertTrue(first.mentions().stream().allMatch(m -> m.url() != null && m.end() > m.start()));
        Event second = calls.get(1);
        assertEquals(LocalDate.of(2022, 2, 22), second.date().date());
        assertEquals(1, second.mentionCount());

        // The table shows date, precision, type and mode, actors, mentions and first source.
        assertEquals(0, dyad("timeline", "--dyad", "USA:RUS", "--db", db()), this::stderr);
        String table = stdout();
        assertTrue(table.contains("MENT") && table.contains("FIRST SOURCE"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("2022-02-15 day") && l.contains("CONSULT/phone")
                && l.contains("   3  Northfield Courier")), table);

        // Running the same inputs again changes nothing.
        List<String> ids = jsonEvents("events", "--modality", "all", "--limit", "1000").stream().map(Event::id).toList();
        run("call-day1.jsonl", "call-day2.jsonl", "call-week-later.jsonl");
        assertTrue(stderr().contains("(0 new, 0 updated, 4 already stored)"), stderr());
        assertEquals(ids, jsonEvents("events", "--modality", "all", "--limit", "1000").stream().map(Event::id).toList());

        assertEquals(0, dyad("events", "--dyad", "USA:RUS", "--type", "CONSULT", "--db", db()), this::stderr);
        assertTrue(stdout().contains("MENT") && stdout().contains("SRC"), stdout());
    }

    @Test
    void aWireCopyWithAnotherHeadlineIsFoundAndKeptAsMentions() {
        run("wire.jsonl");
        List<Event> before = jsonEvents("events", "--modality", "all", "--limit", "1000");
        run("wire-copy.jsonl");
        assertTrue(stderr().contains("Near-duplicates: 1"), stderr());
        assertTrue(stderr().contains("into 0 new events"), stderr());
        List<Event> after = jsonEvents("events", "--modality", "all", "--limit", "1000");
        assertEquals(before.stream().map(Event::id).toList(), after.stream().map(Event::id).toList(),
                "a copy adds no event");
        Event aid = after.stream().filter(e -> e.recipients().stream().anyMatch(a -> "SDN".equals(a.country())))
                .findFirst().orElseThrow(() -> new AssertionError(after.toString()));
        assertEquals(2, aid.articleCount());
        assertEquals(2, aid.sourceCount());
        assertTrue(aid.mentions().stream().anyMatch(m -> m.doc().equals("gazette-japan-sudan")
                && "Lakeside Gazette".equals(m.source())));
    }

    @Test
    void aStoryThatRunsForMonthsKeepsOneTimeline() throws Exception {
        run("long-story.jsonl", "call-day1.jsonl", "wire.jsonl");
        List<JsonNode> stories = stories();
        JsonNode story = stories.stream().filter(s -> articles(s).contains("story-01-kenya-somalia-border"))
                .findFirst().orElseThrow();
        assertEquals(List.of("story-01-kenya-somalia-border", "story-02-ambassador-recalled", "story-03-igad-talks",
                "story-04-court-ruling", "story-05-ambassador-returns"), articles(story));
        assertEquals(3, stories.size(), stories.toString());
        Iterator<String> keys = story.fieldNames();
        List<String> fields = new ArrayList<>();
        keys.forEachRemaining(fields::add);
        assertEquals(List.of("id", "title", "articles", "events"), fields);

        List<Event> timeline = jsonEvents("timeline", "--story", story.get("id").asText());
        assertEquals(story.get("events").asInt(), timeline.size());
        assertTrue(timeline.size() >= 4, timeline.toString());
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(!timeline.get(i).date().date().isBefore(timeline.get(i - 1).date().date()), "chronological");
        }
        assertEquals(1, timeline.get(0).date().date().getMonthValue(), "from January");
        assertEquals(5, timeline.get(timeline.size() - 1).date().date().getMonthValue(), "to May");
        assertTrue(timeline.stream().allMatch(e -> story.get("id").asText().equals(e.story())));

        assertEquals(0, dyad("stories", "--db", db()), this::stderr);
        assertTrue(stdout().contains(story.get("id").asText()) && stdout().contains("2023-01-10"), stdout());
        assertEquals(Main.USAGE, dyad("timeline", "--story", "st-nope", "--db", db()));
        assertEquals(Main.USAGE, dyad("timeline", "--story", "x", "--dyad", "USA:RUS", "--db", db()));
    }
}
