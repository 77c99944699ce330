package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.clean.ChromeCleaner;
import org.dyad.code.CameoTable;
import org.dyad.code.PatternCoder;
import org.dyad.code.VerbPatterns;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleReader;
import org.dyad.resolve.ActorDictionary;
import org.dyad.resolve.DictionaryResolver;
import org.dyad.stage.Input;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: the sample articles are coded with the real pipeline (as {@code dyad run}
 * does) into a fresh store, the server runs on a loopback port, and {@code src/test/e2e/browse.cjs}
 * drives Debian's headless Chromium with playwright-core: it filters the dyad USA:RUS, opens an event
 * and checks its sentence is shown with the trigger and the actors highlighted, then visits the empty
 * and error states. Screenshots go to {@code target/e2e/}; with {@code -Ddyad.screenshot.update=true}
 * the main one is also copied to {@code docs/screenshot.png} for the README.
 *
 * <p>Chromium is required, not optional: CI ({@code .ci/run}) installs it when it is missing.
 */
class BrowserEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SCRIPT = Path.of("src", "test", "e2e", "browse.cjs");
    private static final Path NODE_MODULES = Path.of("src", "main", "frontend", "node_modules");
    private static final Path OUT = Path.of("target", "e2e");

    @TempDir
    Path dir;

    private static Pipeline pipeline() {
        CameoTable cameo = CameoTable.standard();
        return new Pipeline(ChromeCleaner.standard(), CoreNlpAnnotator.shared(),
                new DictionaryResolver(ActorDictionary.builder().addStandard().build()),
                new PatternCoder(VerbPatterns.load(cameo, List.of(), true), cameo));
    }

    private static String chromium() {
        String path = System.getenv().getOrDefault("DYAD_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(path))) {
            fail("Chromium is missing at " + path + ": install Debian's chromium (apt-get install chromium); "
                    + ".ci/run installs it when it is missing");
        }
        return path;
    }

    @Test
    void filterADyadOpenAnEventAndSeeItsSentenceHighlighted() throws Exception {
        String chromium = chromium();
        assertTrue(Files.isDirectory(NODE_MODULES.resolve("playwright-core")),
                "playwright-core is installed by the build's npm ci into " + NODE_MODULES);

        List<String> failures = new ArrayList<>();
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("samples.duckdb"));
             java.util.stream.Stream<Input> inputs = ArticleReader.articles().read(List.of(SAMPLES))) {
            pipeline().run(inputs, 2, new Pipeline.Listener() {
                @Override
                public void coded(CodedArticle a) {
                    store.save(a.article(), a.resolved().sentences(), a.events());
                }

                @Override
                public void failed(Input.Failed f) {
                    failures.add(f.origin() + ": " + f.reason());
                }
            });
            assertEquals(List.of(), failures);
            assertEquals(14, store.counts().articles());

            try (DyadServer server = new DyadServer(store, null, null).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port() + "/";
                JsonNode result = browse(base, chromium);
                assertTrue(result.get("ok").asBoolean(), result.toString());
                assertTrue(result.get("dyadRows").asInt() > 0, result.toString());
                assertTrue(result.get("dyadRows").asInt() < result.get("allRows").asInt(), "the filter narrows the table");
                assertEquals("Cooperation and conflict: USA → RUS", result.get("chartTitle").asText());
                assertFalse(result.get("trigger").asText().isBlank(), result.toString());
                assertTrue(result.get("sentence").asText().contains(result.get("trigger").asText()), result.toString());
                assertTrue(result.get("actorMarks").size() > 0, result.toString());
                assertFalse(result.path("location").asText().isBlank(), "the detail says where: " + result);
                assertTrue(result.get("errorText").asText().contains("dyad"), result.toString());
                assertTrue(result.get("emptyState").asText().startsWith("No events match"), result.toString());
            }
        }
        Path shot = OUT.resolve("dyad-serve.png");
        assertTrue(Files.size(shot) > 10_000, "screenshot saved: " + shot.toAbsolutePath());
        if (Boolean.getBoolean("dyad.screenshot.update")) {
            Path docs = Path.of("..", "docs");
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs the browser script; its last output line is a JSON report. */
    private static JsonNode browse(String base, String chromium) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        ProcessBuilder pb = new ProcessBuilder("node", SCRIPT.toString(), base, OUT.toString(), "USA:RUS")
                .redirectErrorStream(true);
        pb.environment().put("NODE_PATH", NODE_MODULES.toAbsolutePath().toString());
        pb.environment().put("DYAD_CHROMIUM", chromium);
        Process p = pb.start();
        java.io.ByteArrayOutputStream collected = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (var in = p.getInputStream()) {
                in.transferTo(collected);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }, "browse-output");
        reader.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5000);
            fail("the browser script ran over 180 s:\n" + collected.toString(StandardCharsets.UTF_8));
        }
        reader.join(10_000);
        byte[] out = collected.toByteArray();
        String text = new String(out, StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve("browse.log"), text);
        String last = text.strip().lines().reduce((a, b) -> b).orElse("");
        if (!last.startsWith("{")) {
            fail("the browser script (exit " + p.exitValue() + ") printed no report:\n" + text);
        }
        JsonNode result = ApiFixture.JSON.readTree(last);
        assertEquals(0, p.exitValue(), text);
        return result;
    }
}
