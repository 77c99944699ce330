package org.dyad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.json.EventJson;
import org.dyad.link.Linking;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleReader;
import org.dyad.stage.Input;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventQuery;
import org.dyad.store.EventSort;
import org.dyad.store.Links;
import org.dyad.store.StoreException;

/**
 * {@code dyad serve}: a read-only JSON API over the event store and the page that explores it, in one
 * Javalin process. Articles can be posted for coding and storing only when a token is configured.
 *
 * <p>The endpoints are described in {@code /api/openapi.json} (the resource {@code openapi.json} next
 * to this class). Every malformed parameter is answered with 400 and {@code {"error": "..."}} naming
 * it; an unknown event id with 404.
 */
public final class DyadServer implements AutoCloseable {

    public static final String VERSION = "0.1.0";

    /** Largest request body accepted: an article of 2 million characters in UTF-8, with room for JSON. */
    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    static final int MAX_LIMIT = 1000;
    static final int MAX_TIMELINE = 5000;
    /** Most periods a series returns once its gaps are filled. */
    static final int MAX_PERIODS = 5000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SORTS = Stream.of(EventSort.values()).map(EventSort::label).toList();

    private final DuckDbStore store;
    private final String token;
    private final Supplier<Pipeline> pipelineFactory;
    private volatile Pipeline pipeline;
    /** The link stage for ingestion, opened on the first POST; used under the store's lock. */
    private Linking linking;
    private final Javalin app;
    private final byte[] openApi;

    /**
     * @param store    the store to serve; the server uses it from its request threads, one at a time
     * @param token    the token that POST requests must carry, or {@code null} to refuse all ingestion
     * @param pipeline builds the pipeline for ingestion, called once on first use (or by {@link #warmUp});
     *                 may be {@code null} when {@code token} is
     */
    public DyadServer(DuckDbStore store, String token, Supplier<Pipeline> pipeline) {
        this.store = Objects.requireNonNull(store);
        this.token = token == null || token.isBlank() ? null : token;
        this.pipelineFactory = pipeline;
        if (this.token != null && pipeline == null) {
            throw new IllegalArgumentException("a token was given but no pipeline to ingest with");
        }
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            if (DyadServer.class.getResource("/web/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("X-Content-Type-Options", "nosniff", "Content-Security-Policy",
                            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                    + "object-src 'none'; frame-ancestors 'none'");
                });
            }
        });
        routes();
    }

    private void routes() {
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        app.get("/api/health", this::health);
        app.get("/api/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/timeline", this::timeline);
        app.get("/api/series", this::series);
        app.get("/api/actors", this::actors);
        app.get("/api/stories", this::stories);
        app.post("/api/articles", this::ingest);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            String message = switch (e.getStatus()) {
                case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
                case 405 -> ctx.method() + " is not allowed on " + ctx.path() + "; the API is read-only except "
                        + "POST /api/articles";
                case 413 -> "request body too large; the limit is " + MAX_BODY_BYTES + " bytes";
                default -> e.getMessage();
            };
            error(ctx, e.getStatus(), message, null);
        });
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("dyad serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace();
            error(ctx, 500, "internal error: " + e, null);
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
            }
        });
    }

    /** Starts listening; port 0 picks a free one (see {@link #port()}). */
    public DyadServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Whether POST /api/articles is enabled. */
    public boolean ingestEnabled() {
        return token != null;
    }

    /** Loads the ingestion pipeline now, on a background thread, so the first POST does not wait for it. */
    public void warmUp() {
        if (token == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                pipeline();
            } catch (RuntimeException e) {
                System.err.println("dyad serve: cannot load the pipeline: " + e.getMessage());
            }
        }, "dyad-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Stops listening. The store stays open: it belongs to the caller. */
    @Override
    public void close() {
        app.stop();
    }

    // ---- endpoints ------------------------------------------------------------------------------

    private void health(Context ctx) {
        Params.of(ctx, Set.of());
        DuckDbStore.Counts counts;
        synchronized (store) {
            counts = store.counts();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("version", VERSION);
        o.put("articles", counts.articles());
        o.put("events", counts.events());
        o.put("asserted_events", counts.assertedEvents());
        o.put("ingest", token != null);
        send(ctx, 200, o);
    }

    private void events(Context ctx) {
        Params p = Params.of(ctx, Params.with(Params.FILTERS, "limit", "offset", "sort"));
        int limit = p.integer("limit", 1, MAX_LIMIT, EventQuery.DEFAULT_LIMIT);
        int offset = p.integer("offset", 0, Integer.MAX_VALUE, 0);
        EventSort sort = EventSort.parse(p.choice("sort", SORTS, "date"));
        EventQuery q = p.query(limit, offset);
        List<Event> events;
        long total;
        synchronized (store) {
            events = store.events(q, sort);
            total = store.count(q);
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("total", total);
        o.put("limit", limit);
        o.put("offset", offset);
        o.put("sort", sort.label());
        ArrayNode a = o.putArray("events");
        events.forEach(e -> a.add(EventJson.toNode(e)));
        send(ctx, 200, o);
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Event e;
        Map<String, DuckDbStore.ArticleInfo> articles;
        synchronized (store) {
            e = store.event(id).orElseThrow(() -> new ApiException(404, "no event with id '" + id + "'", null));
            articles = store.articles(e.mentions().stream().map(Mention::doc).toList());
        }
        ObjectNode o = EventJson.toNode(e);
        ArrayNode mentions = (ArrayNode) o.get("mentions");
        for (int i = 0; i < e.mentions().size(); i++) {
            Mention m = e.mentions().get(i);
            ObjectNode mo = (ObjectNode) mentions.get(i);
            DuckDbStore.ArticleInfo info = articles.get(m.doc());
            if (info != null) {
                if (info.title() != null && !info.title().isBlank()) {
                    mo.put("title", info.title());
                }
                if (info.published() != null) {
                    mo.put("published", info.published().toString());
                }
                if (m.url() == null && info.url() != null) {
                    mo.put("url", info.url());
                }
                if (m.source() == null && info.source() != null) {
                    mo.put("source", info.source());
                }
            }
            ArrayNode hs = mo.putArray("highlights");
            for (Highlights.Span s : Highlights.of(m.text(), m.trigger(), e, m.speaker())) {
                ObjectNode h = hs.addObject();
                h.put("start", s.start());
                h.put("end", s.end());
                h.put("kind", s.kind());
            }
        }
        send(ctx, 200, o);
    }

    private void timeline(Context ctx) {
        Params p = Params.of(ctx, Params.with(Params.FILTERS, "group", "limit"));
        String group = p.choice("group", List.of("dyad", "actor", "story"), "dyad");
        int limit = p.integer("limit", 1, MAX_TIMELINE, 1000);
        EventQuery q = p.query(limit, 0);
        ObjectNode o = JSON.createObjectNode();
        o.put("group", group);
        List<Event> events;
        long total;
        Map<String, String> titles = new LinkedHashMap<>();
        synchronized (store) {
            events = store.datedEvents(q);
            total = store.countDated(q);
            if (group.equals("story")) {
                for (String id : events.stream().map(Event::story).filter(Objects::nonNull).distinct().toList()) {
                    store.story(id).ifPresent(st -> titles.put(id, st.title()));
                }
            }
        }
        if (group.equals("story")) {
            // Events of no story (stored before linking) have no place on a story timeline.
            events = events.stream().filter(e -> e.story() != null).toList();
        }
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Event e : events) {
            List<String> keys = group.equals("dyad") ? List.of(dyadKey(e))
                    : group.equals("story") ? List.of(e.story()) : actorKeys(e);
            for (String key : keys) {
                ObjectNode g = groups.computeIfAbsent(key, k -> {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("key", k);
                    n.put("label", group.equals("dyad") ? dyadLabel(k)
                            : group.equals("story") ? titles.getOrDefault(k, k) : k);
                    n.putArray("events");
                    return n;
                });
                ((ArrayNode) g.get("events")).add(timelineItem(e));
                sizes.merge(key, 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(groups.keySet());
        order.sort((a, b) -> sizes.get(b) - sizes.get(a) != 0 ? sizes.get(b) - sizes.get(a) : a.compareTo(b));
        o.put("total", total);
        o.put("truncated", total > events.size());
        ArrayNode gs = o.putArray("groups");
        order.forEach(k -> gs.add(groups.get(k)));
        send(ctx, 200, o);
    }

    /** Dyad of an event: first source and first target, by country (code for bodies with none). */
    private static String dyadKey(Event e) {
        return side(e.actors()) + ":" + side(e.recipients());
    }

    private static String dyadLabel(String key) {
        int colon = key.indexOf(':');
        String target = key.substring(colon + 1);
        return key.substring(0, colon) + " → " + (target.isEmpty() ? "(no target)" : target);
    }

    private static List<String> actorKeys(Event e) {
        List<String> keys = new ArrayList<>();
        for (Actor a : e.actors()) {
            addOnce(keys, sideOf(a));
        }
        for (Actor a : e.recipients()) {
            addOnce(keys, sideOf(a));
        }
        if (keys.isEmpty()) {
            keys.add("");
        }
        return keys;
    }

    private static void addOnce(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    private static String side(List<Actor> actors) {
        return actors.isEmpty() ? "" : sideOf(actors.get(0));
    }

    private static String sideOf(Actor a) {
        return a.country() != null ? a.country() : a.code();
    }

    private static ObjectNode timelineItem(Event e) {
        ObjectNode i = JSON.createObjectNode();
        i.put("id", e.id());
        i.put("date", e.date().date().toString());
        i.put("date_precision", e.date().precision().label());
        i.put("event", e.type());
        if (e.mode() != null) {
            i.put("mode", e.mode());
        }
        i.put("cameo", e.cameo());
        i.put("quad_class", e.quadClass());
        i.put("goldstein", e.goldstein());
        i.put("modality", e.modality().label());
        i.put("actor", e.actors().isEmpty() ? null : e.actors().get(0).code());
        i.put("recipient", e.recipients().isEmpty() ? null : e.recipients().get(0).code());
        i.put("mentions", e.mentionCount());
        if (e.story() != null) {
            i.put("story", e.story());
        }
        if (!e.mentions().isEmpty()) {
            i.put("sentence", e.mentions().get(0).text());
        }
        return i;
    }

    private void series(Context ctx) {
        Params p = Params.of(ctx, Params.with(Params.FILTERS, "interval"));
        String chosen = p.choice("interval", List.of("day", "week", "month", "auto"), "month");
        EventQuery q = p.query(1, 0);
        DuckDbStore.Interval interval;
        List<DuckDbStore.SeriesPoint> points;
        synchronized (store) {
            if (chosen.equals("auto")) {
                List<DuckDbStore.SeriesPoint> days = store.series(q, DuckDbStore.Interval.DAY);
                interval = autoInterval(q, days);
                points = interval == DuckDbStore.Interval.DAY ? days : store.series(q, interval);
            } else {
                interval = DuckDbStore.Interval.valueOf(chosen.toUpperCase(Locale.ROOT));
                points = store.series(q, interval);
            }
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("interval", interval.label());
        if (q.dyad() != null) {
            o.put("dyad", q.dyad().toUpperCase(Locale.ROOT));
        }
        ArrayNode out = o.putArray("points");
        if (!points.isEmpty()) {
            LocalDate first = q.from() != null ? interval.start(q.from()) : points.get(0).period();
            LocalDate last = q.to() != null ? interval.start(q.to()) : points.get(points.size() - 1).period();
            long periods = 0;
            for (LocalDate d = first; !d.isAfter(last) && periods <= MAX_PERIODS; d = interval.next(d)) {
                periods++;
            }
            if (periods > MAX_PERIODS) {
                throw ApiException.badParameter("interval", "interval=" + interval.label() + " from " + first + " to "
                        + last + " gives more than " + MAX_PERIODS + " periods; use a wider interval or set from and to");
            }
            int i = 0;
            for (LocalDate d = first; !d.isAfter(last); d = interval.next(d)) {
                DuckDbStore.SeriesPoint pt = i < points.size() && points.get(i).period().equals(d) ? points.get(i++) : null;
                ObjectNode n = out.addObject();
                n.put("period", d.toString());
                long[] quad = pt == null ? new long[4] : pt.quadClass();
                n.put("events", pt == null ? 0 : pt.events());
                n.put("verbal_cooperation", quad[0]);
                n.put("material_cooperation", quad[1]);
                n.put("verbal_conflict", quad[2]);
                n.put("material_conflict", quad[3]);
                n.put("cooperation", quad[0] + quad[1]);
                n.put("conflict", quad[2] + quad[3]);
                if (pt == null) {
                    n.putNull("goldstein_mean");
                } else {
                    n.put("goldstein_mean", Math.round(pt.goldstein() * 100) / 100.0);
                }
            }
        }
        send(ctx, 200, o);
    }

    /** Days for up to two months, weeks for up to two years, months beyond. */
    private static DuckDbStore.Interval autoInterval(EventQuery q, List<DuckDbStore.SeriesPoint> days) {
        if (days.isEmpty() && (q.from() == null || q.to() == null)) {
            return DuckDbStore.Interval.MONTH;
        }
        LocalDate first = q.from() != null ? q.from() : days.get(0).period();
        LocalDate last = q.to() != null ? q.to() : days.get(days.size() - 1).period();
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        if (span <= 62) {
            return DuckDbStore.Interval.DAY;
        }
        return span <= 730 ? DuckDbStore.Interval.WEEK : DuckDbStore.Interval.MONTH;
    }

    private void actors(Context ctx) {
        Params p = Params.of(ctx, Params.with(Params.FILTERS, "limit"));
        int limit = p.integer("limit", 1, MAX_LIMIT, 100);
        EventQuery q = p.query(1, 0);
        List<DuckDbStore.ActorCount> actors;
        synchronized (store) {
            actors = store.actors(q, limit);
        }
        ObjectNode o = JSON.createObjectNode();
        ArrayNode a = o.putArray("actors");
        for (DuckDbStore.ActorCount c : actors) {
            ObjectNode n = a.addObject();
            n.put("code", c.code());
            if (c.country() != null) {
                n.put("country", c.country());
            }
            if (c.sector() != null) {
                n.put("sector", c.sector());
            }
            n.put("events", c.events());
            n.put("as_source", c.asSource());
            n.put("as_target", c.asTarget());
            ArrayNode names = n.putArray("entities");
            c.entities().forEach(names::add);
        }
        send(ctx, 200, o);
    }

    private void stories(Context ctx) {
        Params p = Params.of(ctx, Set.of("limit", "offset"));
        int limit = p.integer("limit", 1, MAX_LIMIT, 100);
        int offset = p.integer("offset", 0, Integer.MAX_VALUE, 0);
        List<Links.Story> stories;
        long total;
        synchronized (store) {
            stories = store.stories(limit, offset);
            total = store.storyCount();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("total", total);
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode a = o.putArray("stories");
        for (Links.Story st : stories) {
            ObjectNode n = a.addObject();
            n.put("id", st.id());
            n.put("title", st.title());
            ArrayNode articles = n.putArray("articles");
            st.articles().forEach(articles::add);
            n.put("events", st.events());
            if (st.first() != null) {
                n.put("first", st.first().toString());
                n.put("last", st.last().toString());
            }
        }
        send(ctx, 200, o);
    }

    // ---- ingestion ------------------------------------------------------------------------------

    private void ingest(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "ingestion over HTTP is off; start dyad serve with --token or $DYAD_TOKEN", null);
        }
        String given = givenToken(ctx);
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a token is required: send the header 'Authorization: Bearer TOKEN'", null);
        }
        if (!MessageDigest.isEqual(sha256(given), sha256(token))) {
            throw new ApiException(403, "wrong token", null);
        }
        Params p = Params.of(ctx, Set.of("id"));
        String id = p.string("id");
        if (id != null && (id.length() > 200 || id.chars().anyMatch(Character::isISOControl))) {
            throw ApiException.badParameter("id", "parameter 'id' must be at most 200 characters, without control "
                    + "characters");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "empty body: send the article as JSON {\"text\": ..., \"title\": ..., \"url\": ..., "
                    + "\"source\": ..., \"published\": ...} or as plain text (title line, then body)", null);
        }
        Article article = readArticle(body, isJson(ctx, body), id);
        CodedArticle coded;
        try {
            coded = pipeline().process(article);
        } catch (RuntimeException e) {
            throw new ApiException(500, "cannot code article " + article.id() + ": " + e, null);
        }
        Linking.Result linked;
        List<Event> events = new ArrayList<>();
        synchronized (store) {
            if (linking == null) {
                linking = Linking.open(store);
            }
            String original = linking.duplicateOf(coded.article()).orElse(null);
            linked = linking.add(coded.article(), coded.resolved().sentences(), coded.events(), original);
            linking.finish();
            for (String eventId : store.eventsOfArticles(List.of(coded.article().id()))) {
                store.event(eventId).ifPresent(events::add);
            }
        }
        events.sort(java.util.Comparator.comparing((Event e) -> e.date().date(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Event::id));
        DuckDbStore.Outcome outcome = linked.outcome();
        ObjectNode o = JSON.createObjectNode();
        o.put("article", article.id());
        o.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        if (linked.duplicateOf() != null) {
            o.put("duplicate_of", linked.duplicateOf());
        }
        if (linked.story() != null) {
            o.put("story", linked.story());
        }
        // The stored (linked) events this article reports, with all their mentions.
        ArrayNode evs = o.putArray("events");
        events.forEach(e -> evs.add(EventJson.toNode(e)));
        send(ctx, outcome == DuckDbStore.Outcome.UNCHANGED ? 200 : 201, o);
    }

    private static String givenToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String header = ctx.header("X-Dyad-Token");
        return header == null || header.isBlank() ? null : header.trim();
    }

    private static boolean isJson(Context ctx, byte[] body) {
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/")) {
            return false;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** The article of a request body: a JSON object like a line of a .jsonl input, or a .txt article. */
    private static Article readArticle(byte[] body, boolean json, String id) {
        String fallbackId = "web-" + HexFormat.of().formatHex(sha256(body), 0, 8);
        byte[] input = body;
        String name = id != null ? id : fallbackId;
        if (json) {
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (IOException e) {
                throw new ApiException(400, "malformed JSON: " + (e instanceof JsonProcessingException j
                        ? j.getOriginalMessage() : e.getMessage()), null);
            }
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "expected a JSON object with \"text\" and optional \"id\", \"title\", "
                        + "\"url\", \"source\", \"published\"", null);
            }
            ObjectNode o = (ObjectNode) node;
            if (id != null) {
                o.put("id", id);
            } else if (!o.hasNonNull("id") || o.get("id").asText().isBlank()) {
                o.put("id", fallbackId);
            }
            String articleId = o.get("id").asText();
            if (articleId.length() > 200 || articleId.chars().anyMatch(Character::isISOControl)) {
                throw new ApiException(400, "\"id\" must be at most 200 characters, without control characters", null);
            }
            try {
                input = JSON.writeValueAsBytes(o);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            name = "request body";
        }
        List<Input> inputs;
        try (InputStream in = new ByteArrayInputStream(input);
             Stream<Input> read = ArticleReader.articles().read(in, name)) {
            inputs = read.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (inputs.size() != 1) {
            throw new ApiException(400, "expected one article in the body, found " + inputs.size(), null);
        }
        if (inputs.get(0) instanceof Input.Failed f) {
            throw new ApiException(400, "cannot read the article: " + f.reason(), null);
        }
        return ((Input.Read) inputs.get(0)).article();
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = Objects.requireNonNull(pipelineFactory.get(), "pipeline");
                }
                p = pipeline;
            }
        }
        return p;
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        if (parameter != null) {
            o.put("parameter", parameter);
        }
        ctx.header("Cache-Control", "no-store");
        send(ctx, status, o);
    }

    private static byte[] sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
