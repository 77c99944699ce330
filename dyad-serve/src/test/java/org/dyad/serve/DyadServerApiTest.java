package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API against a real store on a loopback port, with events written by hand. */
class DyadServerApiTest {

    private static final String TOKEN = "s3cret-token";

    @TempDir
    Path dir;

    private DuckDbStore store;
    private DyadServer server;
    private ApiFixture.Client client;

    @BeforeEach
    void start() {
        store = DuckDbStore.open(dir.resolve("api.duckdb"));
        ApiFixture.fill(store);
        server = new DyadServer(store, TOKEN, ApiFixture::fakePipeline).start("127.0.0.1", 0);
        client = new ApiFixture.Client(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthReportsTheStore() {
        JsonNode h = client.ok("/api/health");
        assertEquals("ok", h.get("status").asText());
        assertEquals(4, h.get("articles").asInt());
        assertEquals(7, h.get("events").asInt());
        assertEquals(6, h.get("asserted_events").asInt());
        assertTrue(h.get("ingest").asBoolean());
        HttpResponse<String> r = client.get("/api/health");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void eventsListAssertedOnesOldestFirstWithTotal() {
        JsonNode r = client.ok("/api/events");
        assertEquals(6, r.get("total").asInt());
        assertEquals(100, r.get("limit").asInt());
        assertEquals(List.of("ev-call", "ev-warn", "ev-shell", "ev-demand", "ev-sanction", "ev-undated"),
                ids(r.get("events")));
        JsonNode first = r.get("events").get(0);
        assertEquals("CONSULT", first.get("event").asText());
        assertEquals("USAGOV", first.get("actor").get(0).get("code").asText());
        assertEquals("2022-02-15", first.get("date").asText());
    }

    @Test
    void eventFiltersMatchTheCli() {
        assertEquals(List.of("ev-call", "ev-warn"), ids(client.ok("/api/events?dyad=USA:RUS").get("events")));
        assertEquals(List.of("ev-demand"), ids(client.ok("/api/events?dyad=rus:usa").get("events")));
        assertEquals(List.of("ev-call", "ev-warn", "ev-demand"),
                ids(client.ok("/api/events?actor=" + enc("Sergey Lavrov")).get("events")));
        assertEquals(List.of("ev-sanction", "ev-undated"), ids(client.ok("/api/events?actor=IGOEU").get("events")));
        assertEquals(List.of("ev-shell"), ids(client.ok("/api/events?type=ASSAULT").get("events")));
        assertEquals(List.of("ev-shell"), ids(client.ok("/api/events?type=19").get("events")));
        assertEquals(List.of("ev-warn", "ev-shell", "ev-demand"),
                ids(client.ok("/api/events?from=2022-02-16&to=2022-03-02").get("events")));
        assertEquals(List.of("ev-denied", "ev-shell"),
                ids(client.ok("/api/events?country=UKR&modality=all").get("events")), "same date: by id");
        assertEquals(List.of("ev-denied"), ids(client.ok("/api/events?modality=denied").get("events")));
        assertEquals(0, client.ok("/api/events?dyad=CHN:JPN").get("total").asInt());
        assertEquals(List.of("ev-shell"), ids(client.ok("/api/events?place=UKR").get("events")));
        assertEquals(List.of("ev-shell"), ids(client.ok("/api/events?place=kyiv").get("events")), "a place name");
        assertEquals(400, client.get("/api/events?place=" + enc("<script>")).statusCode());
    }

    @Test
    void pagingAndSorting() {
        JsonNode page = client.ok("/api/events?limit=2&offset=2");
        assertEquals(6, page.get("total").asInt());
        assertEquals(List.of("ev-shell", "ev-demand"), ids(page.get("events")));
        assertEquals(List.of("ev-sanction", "ev-demand", "ev-shell"),
                ids(client.ok("/api/events?sort=-date&limit=3").get("events")));
        assertEquals("ev-shell", ids(client.ok("/api/events?sort=goldstein").get("events")).get(0));
        assertEquals("ev-call", ids(client.ok("/api/events?sort=-goldstein").get("events")).get(0));
        assertEquals(0, client.ok("/api/events?offset=100").get("events").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=0                 | limit",
            "/api/events?limit=abc               | limit",
            "/api/events?limit=5000              | limit",
            "/api/events?offset=-1               | offset",
            "/api/events?from=2022-13-01         | from",
            "/api/events?to=yesterday            | to",
            "/api/events?from=2022-03-01&to=2022-02-01 | to",
            "/api/events?dyad=USA-RUS            | dyad",
            "/api/events?dyad=USA:               | dyad",
            "/api/events?country=Russia          | country",
            "/api/events?type=CON%20SULT         | type",
            "/api/events?modality=maybe          | modality",
            "/api/events?actor=%25               | actor",
            "/api/events?sort=colour             | sort",
            "/api/events?limit=1&limit=2         | limit",
            "/api/events?colour=red              | colour",
            "/api/timeline?group=country         | group",
            "/api/timeline?limit=100000          | limit",
            "/api/series?interval=year           | interval",
            "/api/series?interval=day&from=1900-01-01 | interval",
            "/api/series?dyad=USA                | dyad",
            "/api/actors?limit=x                 | limit",
            "/api/stories?offset=x               | offset",
            "/api/health?verbose=1               | verbose",
    })
    void badParametersGet400NamingThem(String path, String parameter) {
        HttpResponse<String> r = client.get(path);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = client.json(r);
        assertEquals(parameter, e.get("parameter").asText(), r.body());
        assertTrue(e.get("error").asText().contains(parameter), r.body());
    }

    @Test
    void eventDetailMarksTriggerAndActorsInTheSentence() {
        JsonNode e = client.ok("/api/events/ev-call");
        assertEquals("ev-call", e.get("id").asText());
        JsonNode m = e.get("mentions").get(0);
        assertEquals("Title of a-call", m.get("title").asText());
        assertEquals("https://news.example.org/a-call", m.get("url").asText());
        assertEquals("2022-02-16", m.get("published").asText());
        String sentence = m.get("text").asText();
        List<String> marked = new ArrayList<>();
        for (JsonNode h : m.get("highlights")) {
            marked.add(h.get("kind").asText() + ":" + sentence.substring(h.get("start").asInt(), h.get("end").asInt()));
        }
        assertEquals(List.of("actor:Antony Blinken", "trigger:spoke", "recipient:Sergey Lavrov"), marked);
        // Events of every modality can be opened.
        assertEquals("denied", client.ok("/api/events/ev-denied").get("modality").asText());
    }

    @Test
    void eventDetailNamesAndMarksTheSpeakerOfAReportedEvent() {
        JsonNode m = client.ok("/api/events/ev-shell").get("mentions").get(0);
        assertEquals("UKRGOV", m.path("speaker").path("code").asText(), m.toString());
        String sentence = m.get("text").asText();
        List<String> marked = new ArrayList<>();
        for (JsonNode h : m.get("highlights")) {
            marked.add(h.get("kind").asText() + ":" + sentence.substring(h.get("start").asInt(), h.get("end").asInt()));
        }
        assertEquals(List.of("actor:Russian forces", "trigger:shelled", "recipient:Kyiv", "speaker:Ukrainian officials"),
                marked);
        assertTrue(client.ok("/api/events/ev-call").get("mentions").get(0).path("speaker").isMissingNode(),
                "a report in the article's own voice has no speaker");
    }

    @Test
    void anEventRecordCarriesItsLocationWhenTheTextStatesOne() {
        JsonNode shell = client.ok("/api/events/ev-shell").get("location");
        assertEquals("Kyiv", shell.get("name").asText());
        assertEquals("UKR", shell.get("country").asText());
        assertEquals("city", shell.get("precision").asText());
        assertEquals(50.45, shell.get("lat").asDouble());
        assertTrue(client.ok("/api/events/ev-call").path("location").isMissingNode(), "no place stated, none given");
    }

    @Test
    void unknownEventIs404() {
        HttpResponse<String> r = client.get("/api/events/ev-nope");
        assertEquals(404, r.statusCode());
        assertTrue(client.json(r).get("error").asText().contains("ev-nope"), r.body());
    }

    @Test
    void aStatementWithoutPloverTypeIsServedWithANullEvent() {
        String text = "The European Union expressed condolences to Iran on Friday.";
        org.dyad.model.Event condolences = new org.dyad.model.Event("ev-condolences",
                org.dyad.model.EventDate.fromText(java.time.LocalDate.of(2023, 4, 28), org.dyad.model.EventDate.Precision.DAY),
                null, null, "018", 1, 3.4, org.dyad.model.Modality.ASSERTED, List.of(ApiFixture.EU), List.of(ApiFixture.IRAN),
                null, List.of(new org.dyad.model.Mention("a-condolences", null, "Example Wire", 0, 0, text.length(),
                        "expressed", text)), null);
        store.save(new org.dyad.model.Article("a-condolences", "Condolences", text, null, "Example Wire",
                java.time.LocalDate.of(2023, 4, 28), "en", "a-condolences.txt"), List.of(), List.of(condolences));
        assertEquals(List.of("ev-condolences"), ids(client.ok("/api/events?type=01").get("events")));
        assertEquals(List.of("ev-condolences"), ids(client.ok("/api/events?type=018").get("events")));
        assertEquals(List.of("ev-call", "ev-undated"), ids(client.ok("/api/events?type=CONSULT").get("events")),
                "a PLOVER type never matches a statement");
        JsonNode e = client.ok("/api/events/ev-condolences");
        assertTrue(e.has("event") && e.get("event").isNull(), e.toString());
        assertEquals("018", e.get("cameo").asText());
        JsonNode t = client.ok("/api/timeline?actor=IGOEU");
        List<JsonNode> items = new ArrayList<>();
        t.get("groups").forEach(g -> g.get("events").forEach(items::add));
        JsonNode item = items.stream().filter(i -> i.get("id").asText().equals("ev-condolences")).findFirst().orElseThrow();
        assertTrue(item.get("event").isNull(), item.toString());
    }

    @Test
    void timelineByDyadAndByActor() {
        JsonNode t = client.ok("/api/timeline");
        assertEquals("dyad", t.get("group").asText());
        assertEquals(5, t.get("total").asInt(), "dated asserted events");
        assertFalse(t.get("truncated").asBoolean());
        JsonNode first = t.get("groups").get(0);
        assertEquals("USA:RUS", first.get("key").asText());
        assertEquals("USA → RUS", first.get("label").asText());
        assertEquals(List.of("ev-call", "ev-warn"), ids(first.get("events")));
        assertEquals("USAGOV", first.get("events").get(0).get("actor").asText());
        List<String> keys = new ArrayList<>();
        t.get("groups").forEach(g -> keys.add(g.get("key").asText()));
        assertEquals(List.of("USA:RUS", "IGOEU:IRN", "RUS:UKR", "RUS:USA"), keys);

        JsonNode byActor = client.ok("/api/timeline?group=actor&actor=RUS");
        List<String> actorKeys = new ArrayList<>();
        byActor.get("groups").forEach(g -> actorKeys.add(g.get("key").asText()));
        assertEquals(List.of("RUS", "USA", "UKR"), actorKeys);
        assertEquals(4, byActor.get("groups").get(0).get("events").size());

        JsonNode truncated = client.ok("/api/timeline?limit=2");
        assertTrue(truncated.get("truncated").asBoolean());
    }

    @Test
    void storiesAreEmptyUntilTheyAreLinked() {
        JsonNode t = client.ok("/api/timeline?group=story");
        assertEquals("story", t.get("group").asText());
        assertEquals(0, t.get("groups").size());
        JsonNode s = client.ok("/api/stories");
        assertEquals(0, s.get("total").asInt());
        assertTrue(s.get("stories").isArray());
    }

    @Test
    void seriesCountsQuadClassesPerPeriodAndFillsGaps() {
        JsonNode s = client.ok("/api/series?dyad=USA:RUS&interval=day");
        assertEquals("day", s.get("interval").asText());
        assertEquals("USA:RUS", s.get("dyad").asText());
        JsonNode points = s.get("points");
        assertEquals(2, points.size());
        assertEquals("2022-02-15", points.get(0).get("period").asText());
        assertEquals(1, points.get(0).get("verbal_cooperation").asInt());
        assertEquals(1, points.get(0).get("cooperation").asInt());
        assertEquals(1, points.get(1).get("verbal_conflict").asInt());
        assertEquals(-4.4, points.get(1).get("goldstein_mean").asDouble(), 1e-9);

        JsonNode months = client.ok("/api/series?interval=month&from=2022-01-10&to=2022-04-01").get("points");
        List<String> periods = new ArrayList<>();
        months.forEach(p -> periods.add(p.get("period").asText()));
        assertEquals(List.of("2022-01-01", "2022-02-01", "2022-03-01", "2022-04-01"), periods);
        assertEquals(0, months.get(0).get("events").asInt());
        assertTrue(months.get(0).get("goldstein_mean").isNull());
        assertEquals(2, months.get(1).get("events").asInt());
        assertEquals(2, months.get(2).get("conflict").asInt());
        assertEquals(-7.5, months.get(2).get("goldstein_mean").asDouble(), 1e-9);

        JsonNode weeks = client.ok("/api/series?interval=week&actor=USA").get("points");
        assertEquals("2022-02-14", weeks.get(0).get("period").asText());
        assertEquals(0, client.ok("/api/series?dyad=CHN:JPN").get("points").size());

        assertEquals("day", client.ok("/api/series?dyad=USA:RUS&interval=auto").get("interval").asText());
        JsonNode auto = client.ok("/api/series?interval=auto");
        assertEquals("week", auto.get("interval").asText(), "2022-02-15 to 2023-04-24");
        assertEquals(63, auto.get("points").size());
        assertEquals("month", client.ok("/api/series?interval=auto&to=2024-12-31").get("interval").asText());
    }

    @Test
    void actorsWithCounts() {
        JsonNode a = client.ok("/api/actors").get("actors");
        assertEquals("RUSGOV", a.get(0).get("code").asText(), "three events each: by code");
        assertEquals("USAGOV", a.get(1).get("code").asText());
        assertEquals(3, a.get(1).get("events").asInt());
        assertEquals(2, a.get(1).get("as_source").asInt());
        assertEquals(1, a.get(1).get("as_target").asInt());
        assertEquals("USA", a.get(1).get("country").asText());
        assertEquals("Antony Blinken", a.get(1).get("entities").get(0).asText());
        assertEquals(1, client.ok("/api/actors?limit=1").get("actors").size());
        JsonNode ukr = client.ok("/api/actors?country=UKR").get("actors");
        assertEquals(2, ukr.size());
    }

    @Test
    void openApiDescribesEveryRoute() {
        JsonNode api = client.ok("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/health", "/api/events", "/api/events/{id}", "/api/timeline", "/api/series",
                "/api/actors", "/api/stories", "/api/articles", "/api/openapi.json")) {
            assertTrue(api.get("paths").has(path), "openapi.json lacks " + path);
        }
        for (String p : List.of("actor", "dyad", "country", "type", "modality", "from", "to", "limit", "offset", "sort")) {
            boolean found = false;
            for (JsonNode param : api.get("paths").get("/api/events").get("get").get("parameters")) {
                String ref = param.path("$ref").asText("");
                found |= param.path("name").asText().equals(p) || ref.endsWith("/" + p);
            }
            assertTrue(found, "openapi.json lacks parameter " + p + " of /api/events");
        }
    }

    /** The query parameters each GET endpoint takes are exactly those openapi.json lists, and every $ref resolves. */
    @Test
    void openApiParametersMatchTheServer() {
        JsonNode api = client.ok("/api/openapi.json");
        for (String path : List.of("/api/health", "/api/events", "/api/timeline", "/api/series", "/api/actors",
                "/api/stories")) {
            java.util.Set<String> documented = new java.util.TreeSet<>();
            for (JsonNode param : api.get("paths").get(path).get("get").path("parameters")) {
                JsonNode p = param.has("$ref") ? resolve(api, param.get("$ref").asText()) : param;
                documented.add(p.get("name").asText());
            }
            HttpResponse<String> r = client.get(path + "?zzz=1");
            assertEquals(400, r.statusCode(), r.body());
            String message = client.json(r).get("error").asText();
            String taken = message.endsWith("takes no parameters") ? ""
                    : message.substring(message.indexOf("takes") + 5).trim();
            java.util.Set<String> accepted = new java.util.TreeSet<>();
            for (String name : taken.split(",\\s*")) {
                if (!name.isBlank()) {
                    accepted.add(name.trim());
                }
            }
            assertEquals(documented, accepted, path);
        }
        checkRefs(api, api);
    }

    private static JsonNode resolve(JsonNode api, String ref) {
        JsonNode n = api.at(ref.substring(1));
        assertFalse(n.isMissingNode(), "unresolved " + ref);
        return n;
    }

    private static void checkRefs(JsonNode api, JsonNode node) {
        if (node.has("$ref")) {
            resolve(api, node.get("$ref").asText());
        }
        node.forEach(child -> checkRefs(api, child));
    }

    @Test
    void theApiIsReadOnlyAndUnknownPathsAre404() {
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(client.base + "/api/events"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, put.statusCode(), put.body());
        assertTrue(client.json(put).has("error"));
        HttpResponse<String> delete = client.send(HttpRequest.newBuilder(URI.create(client.base + "/api/events/ev-call"))
                .DELETE());
        assertEquals(405, delete.statusCode(), delete.body());
        HttpResponse<String> missing = client.get("/api/nothing");
        assertEquals(404, missing.statusCode());
        assertTrue(client.json(missing).get("error").asText().contains("/api/nothing"));
        assertEquals(7, client.ok("/api/health").get("events").asInt());
    }

    @Test
    void thePageIsServedAtTheRoot() {
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<title>Dyad"), page.body());
        assertTrue(page.body().contains("<option value=\"01\">"), "statements can be picked by their CAMEO root");
        assertEquals(200, client.get("/app.js").statusCode());
        assertEquals(200, client.get("/app.css").statusCode());
    }

    // ---- ingestion ------------------------------------------------------------------------------

    private HttpResponse<String> post(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(client.base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b);
    }

    @Test
    void postingAnArticleNeedsTheToken() {
        String body = "{\"id\": \"web-1\", \"text\": \"The EU announced sanctions on Iran.\"}";
        HttpResponse<String> none = post("/api/articles", "application/json", body, null);
        assertEquals(401, none.statusCode(), none.body());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> wrong = post("/api/articles", "application/json", body, "guess");
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals(4, client.ok("/api/health").get("articles").asInt(), "nothing stored");
    }

    @Test
    void postedArticlesAreCodedAndStored() {
        String body = "{\"id\": \"web-1\", \"title\": \"Sanctions\", \"published\": \"2023-05-02\", "
                + "\"url\": \"https://example.org/web-1\",\n \"text\": \"Ministers met in Brussels.\\nThe EU imposed "
                + "sanctions on Iran.\"}";
        HttpResponse<String> r = post("/api/articles", "application/json", body, TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode out = client.json(r);
        assertEquals("web-1", out.get("article").asText());
        assertEquals("added", out.get("outcome").asText());
        assertEquals(1, out.get("events").size());
        assertEquals("2023-05-02", out.get("events").get(0).get("date").asText());
        assertEquals(5, client.ok("/api/health").get("articles").asInt());
        assertEquals(1, client.ok("/api/events?from=2023-05-01").get("total").asInt());

        HttpResponse<String> again = post("/api/articles", "application/json", body, TOKEN);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("unchanged", client.json(again).get("outcome").asText());

        HttpResponse<String> text = post("/api/articles?id=plain-1", "text/plain; charset=utf-8",
                "EU acts\n\nThe EU imposed sanctions on Iran.\n", TOKEN);
        assertEquals(201, text.statusCode(), text.body());
        assertEquals("plain-1", client.json(text).get("article").asText());

        HttpResponse<String> noId = post("/api/articles", "application/json", "{\"text\": \"Sanctions loom.\"}", TOKEN);
        assertEquals(201, noId.statusCode(), noId.body());
        assertTrue(client.json(noId).get("article").asText().startsWith("web-"));
    }

    @Test
    void badArticlesGet400() {
        for (String body : List.of("{\"text\": ", "[1, 2]", "{\"title\": \"no text\"}",
                "{\"text\": \"x\", \"published\": \"last week\"}")) {
            HttpResponse<String> r = post("/api/articles", "application/json", body, TOKEN);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(client.json(r).has("error"));
        }
        HttpResponse<String> titleOnly = post("/api/articles", "text/plain", "Only a title", TOKEN);
        assertEquals(400, titleOnly.statusCode(), titleOnly.body());
        HttpResponse<String> empty = post("/api/articles", "text/plain", "", TOKEN);
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> param = post("/api/articles?lang=en", "text/plain", "T\n\nBody.", TOKEN);
        assertEquals(400, param.statusCode(), param.body());
        assertEquals("lang", client.json(param).get("parameter").asText());
    }

    @Test
    void withoutATokenIngestionIsOff() {
        try (DyadServer readOnly = new DyadServer(store, null, null).start("127.0.0.1", 0)) {
            ApiFixture.Client c = new ApiFixture.Client(readOnly.port());
            assertFalse(c.ok("/api/health").get("ingest").asBoolean());
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(c.base + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"The EU imposed sanctions.\"}")));
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(c.json(r).get("error").asText().contains("--token"));
        }
    }
}
