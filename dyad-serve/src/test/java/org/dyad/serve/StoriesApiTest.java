package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories and the story timeline, from articles posted to the server and linked as they are stored. */
class StoriesApiTest {

    private static final String TOKEN = "story-token";

    @TempDir
    Path dir;

    private DuckDbStore store;
    private DyadServer server;
    private ApiFixture.Client client;

    @BeforeEach
    void start() {
        store = DuckDbStore.open(dir.resolve("stories.duckdb"));
        ApiFixture.fill(store);
        server = new DyadServer(store, TOKEN, ApiFixture::fakePipeline).start("127.0.0.1", 0);
        client = new ApiFixture.Client(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private JsonNode post(String id, String published, String title, String text) {
        String body = "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"source\": \"" + id.split("-")[0]
                + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(client.base + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        return client.json(r);
    }

    @Test
    void postedArticlesAreLinkedIntoEventsAndStories() {
        JsonNode first = post("tribune-1", "2023-04-24", "EU widens sanctions on Iran over crackdown",
                "Foreign ministers met in Luxembourg to discuss Iran.\\nThe EU imposed sanctions on Iran over the crackdown on protesters.");
        JsonNode second = post("herald-1", "2023-04-24", "EU adds Iranian officials to sanctions list over crackdown",
                "The EU imposed sanctions on Iran on Monday, adding officials to its list over the crackdown on protesters.\\nTehran summoned envoys in response.");
        String story = first.get("story").asText();
        assertEquals(story, second.get("story").asText(), "one story");
        // One event told by two outlets.
        assertEquals(first.get("events").get(0).get("id").asText(), second.get("events").get(0).get("id").asText());
        assertEquals(2, second.get("events").get(0).get("counts").get("mentions").asInt());
        assertEquals(2, second.get("events").get(0).get("counts").get("sources").asInt());

        JsonNode stories = client.ok("/api/stories");
        assertEquals(1, stories.get("total").asInt());
        JsonNode s = stories.get("stories").get(0);
        assertEquals(story, s.get("id").asText());
        List<String> articles = new ArrayList<>();
        s.get("articles").forEach(a -> articles.add(a.asText()));
        assertEquals(List.of("herald-1", "tribune-1"), articles);
        assertEquals(1, s.get("events").asInt());
        assertEquals("2023-04-24", s.get("first").asText());
        assertTrue(s.get("title").asText().startsWith("EU"), s.toString());

        JsonNode timeline = client.ok("/api/timeline?group=story");
        assertEquals(1, timeline.get("groups").size(), timeline.toString());
        JsonNode g = timeline.get("groups").get(0);
        assertEquals(story, g.get("key").asText());
        assertEquals(s.get("title").asText(), g.get("label").asText());
        assertEquals(2, g.get("events").get(0).get("mentions").asInt());

        // Posting a near copy of the first article adds mentions, not events.
        JsonNode copy = post("wire-1", "2023-04-25", "Iran hit by new EU sanctions",
                "Foreign ministers met in Luxembourg to discuss Iran.\\nThe EU imposed sanctions on Iran over the crackdown on protesters.");
        assertEquals("tribune-1", copy.get("duplicate_of").asText());
        assertEquals(3, copy.get("events").get(0).get("counts").get("mentions").asInt());
        assertEquals(1, client.ok("/api/stories").get("stories").get(0).get("events").asInt());
    }
}
