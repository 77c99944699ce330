package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.json.EventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a user runs it, on the bundled samples, with the real models. All tests of this class
 * share one JVM and so one loaded CoreNLP pipeline.
 */
class CliEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "samples");

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

    private int dyad(String... args) {
        out.reset();
        err.reset();
        return Main.commandLine().execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Event> events(String... filters) {
        String[] args = new String[filters.length + 5];
        args[0] = "events";
        args[1] = "--json";
        args[2] = "--db";
        args[3] = dir.resolve("dyad.duckdb").toString();
        args[4] = "--limit=1000";
        System.arraycopy(filters, 0, args, 5, filters.length);
        assertEquals(0, dyad(args), this::stderr);
        return stdout().lines().filter(l -> !l.isBlank()).map(EventJson::read).toList();
    }

    @Test
    void runOnSamplesStoresMeaningfulEventsAndIsIdempotent() {
        String db = dir.resolve("dyad.duckdb").toString();
        assertEquals(0, dyad("run", SAMPLES.toString(), "--db", db), this::stderr);
        assertTrue(stderr().contains("Articles read: 14 (14 new"), stderr());

        List<Event> all = events();
        assertTrue(all.size() >= 40, "asserted events from 14 articles: " + all.size());
        assertTrue(all.stream().allMatch(Event::asserted), "queries show asserted events by default");

        // The phone call of sample 01, dated from "on Tuesday" against the publication date; sample 02
        // tells the same call from Moscow ("the two diplomats held a telephone conversation").
        Event call = all.stream().filter(e -> e.cameo().equals("041")
                        && e.mentions().stream().anyMatch(m -> m.doc().startsWith("01-")))
                .findFirst().orElseThrow(() -> new AssertionError("no phone call in 01: " + all));
        assertTrue(call.mentions().stream().anyMatch(m -> m.doc().startsWith("02-")),
                "the Moscow report of the same call is one of its mentions: " + call.mentions());
        assertEquals("CONSULT", call.type());
        assertEquals("phone", call.mode());
        assertEquals("USAGOV", call.actors().get(0).code());
        assertEquals("RUSGOV", call.recipients().get(0).code());
        assertEquals(LocalDate.of(2022, 2, 15), call.date().date());
        assertEquals("text", call.date().basis().label());

        // At least the core kinds the samples report.
        for (String type : List.of("CONSULT", "REQUEST", "ACCUSE", "THREATEN", "ASSAULT", "COERCE", "PROTEST")) {
            assertTrue(all.stream().anyMatch(e -> type.equals(e.type())), "some " + type + " event");
        }
        assertFalse(events("--dyad", "USA:RUS").isEmpty());

        // Romania's solidarity with Moldova (sample 13) is a statement: CAMEO 018, no PLOVER type,
        // shown by its code where the type column would be and found by a CAMEO prefix only
        assertTrue(all.stream().anyMatch(e -> e.cameo().equals("018") && e.type() == null), "a statement 018");
        assertTrue(events("--type", "01").stream().allMatch(e -> e.type() == null && e.cameo().startsWith("01")));
        assertFalse(events("--type", "01").isEmpty());
        assertEquals(0, dyad("events", "--type", "018", "--db", db), this::stderr);
        assertTrue(stdout().contains("statement 018"), stdout());

        // "Russia denies it plans to invade Ukraine" is stored, but never as an asserted event.
        List<Event> everything = events("--modality", "all");
        assertTrue(everything.size() > all.size());
        assertTrue(everything.stream().anyMatch(e -> e.modality() != Modality.ASSERTED
                && e.mentions().get(0).text().contains("denies it plans to invade")));
        assertTrue(all.stream().noneMatch(e -> e.mentions().get(0).text().contains("denies it plans to invade")));

        // Idempotent: the same input again adds nothing.
        assertEquals(0, dyad("run", SAMPLES.toString(), "--db", db), this::stderr);
        assertTrue(stderr().contains("(0 new, 0 updated, 14 already stored)"), stderr());
        assertEquals(all.size(), events().size());
    }

    @Test
    void badFilesAreNamedAndTheRunGoesOn() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Ministers meet\n\nFrance accused Iran on Monday of detaining two "
                + "French citizens without charge.\n");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10});
        Files.writeString(in.resolve("empty.txt"), "  \n\n");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks\n\nLe minist\u00e8re a parl\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\": \"j1\", \"text\": \"Kenya urged Somalia to release the aid workers.\"}\n"
                + "{\"id\": \"j2\", \"text\": unquoted}\n"
                + "{\"id\": \"j3\", \"text\": \"Egypt hosted talks between Israel and Hamas on Sunday.\", \"published\": \"2023-10-30\"}\n");
        String db = dir.resolve("dyad.duckdb").toString();

        assertEquals(Main.SOME_FAILED, dyad("run", in.toString(), "--db", db));
        String e = stderr();
        assertTrue(e.contains("binary.txt") && e.contains("binary file"), e);
        assertTrue(e.contains("empty.txt") && e.contains("empty"), e);
        assertTrue(e.contains("latin1.txt") && e.contains("UTF-8"), e);
        assertTrue(e.contains("lines.jsonl:2") && e.contains("malformed JSON"), e);
        assertTrue(e.contains("Articles read: 3 (3 new"), e);
        assertTrue(e.contains("Articles skipped: 4"), e);
        assertFalse(events("--modality", "all").isEmpty());
    }

    @Test
    void codeWritesEventRecordsWithoutStoring() throws Exception {
        Path sentences = dir.resolve("s.jsonl");
        Files.writeString(sentences, "{\"id\": \"s1\", \"text\": \"Japan and South Korea condemned North Korea's missile "
                + "launch on Friday.\", \"date\": \"2022-11-05\"}\n"
                + "{\"id\": \"s2\", \"text\": \"Protesters rallied outside the Serbian parliament in Belgrade.\", \"date\": \"2023-12-24\"}\n");
        assertEquals(0, dyad("code", "--sentences", "--input", sentences.toString()), this::stderr);
        List<Event> events = stdout().lines().map(EventJson::read).toList();
        Event condemn = events.stream().filter(ev -> ev.mentions().get(0).doc().equals("s1") && "ACCUSE".equals(ev.type()))
                .findFirst().orElseThrow(() -> new AssertionError(stdout()));
        assertEquals(List.of("JPN", "KOR"), condemn.actors().stream().map(a -> a.country()).toList());
        assertEquals("PRK", condemn.recipients().get(0).country());
        assertEquals(LocalDate.of(2022, 11, 4), condemn.date().date(), "Friday before Saturday 2022-11-05");
        assertTrue(events.stream().anyMatch(ev -> "PROTEST".equals(ev.type())));
        assertFalse(Files.exists(dir.resolve("dyad.duckdb")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.USAGE, dyad("events", "--db", dir.resolve("x.duckdb").toString(), "--dyad", "USA-RUS"));
        assertTrue(stderr().contains("dyad must look like USA:RUS"), stderr());
        assertEquals(Main.USAGE, dyad("run"));
        assertEquals(Main.USAGE, dyad("frobnicate"));
        assertEquals(0, dyad("run", "--help"));
        assertTrue(stdout().contains("--db"), stdout());
    }

    @Test
    void actorsExplainsEachResolution() {
        assertEquals(0, dyad("actors", "Secretary of State Antony Blinken spoke with his Russian counterpart. "
                + "He urged Moscow to pull back.", "--date", "2022-02-15"), this::stderr);
        String o = stdout();
        assertTrue(o.contains("USAGOV") && o.contains("Antony Blinken"), o);
        assertTrue(o.contains("RUSGOV"), o);
        assertTrue(o.contains("pronoun 'he' -> Antony Blinken"), o);
    }
}
