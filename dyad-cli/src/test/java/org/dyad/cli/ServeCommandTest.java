package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve} as a command: options, refusals, and a server that answers and stops. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void refusesBadPortsAndAMissingDatabase() {
        assertEquals(Main.USAGE, Main.commandLine().execute("serve", "--port", "70000", "--db",
                dir.resolve("x.duckdb").toString()));
        assertTrue(stderr().contains("--port must be from 0 to 65535"), stderr());
        assertEquals(Main.USAGE, Main.commandLine().execute("serve", "--db", dir.resolve("none.duckdb").toString()));
        assertTrue(stderr().contains("no database at"), stderr());
        assertFalse(Files.exists(dir.resolve("none.duckdb")));
    }

    @Test
    void servesTheStoreUntilInterrupted() throws Exception {
        Path db = dir.resolve("serve.duckdb");
        DuckDbStore.open(db).close();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(Main.commandLine().execute("serve", "--port", "0", "--db", db.toString())));
        t.start();
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        Matcher m = url.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(m = url.matcher(stderr())).find()) {
            assertTrue(t.isAlive(), "serve stopped early: " + stderr());
            assertTrue(System.nanoTime() < deadline, "serve did not start: " + stderr());
            Thread.sleep(50);
        }
        int port = Integer.parseInt(m.group(1));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"ingest\":false"), health.body());
        HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/events?dyad=USA:RUS")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, events.statusCode());
        assertTrue(events.body().contains("\"total\":0"), events.body());

        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(0, exit.get());
        DuckDbStore.open(db).close(); // released
    }
}
