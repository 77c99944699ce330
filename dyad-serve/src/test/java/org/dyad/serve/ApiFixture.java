package org.dyad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Pipeline;
import org.dyad.stage.Cleaner;
import org.dyad.stage.EventCoder;
import org.dyad.stage.SentenceGate;
import org.dyad.store.DuckDbStore;

/** Events written by hand, a store holding them, and an HTTP client for the server under test. */
final class ApiFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Actor BLINKEN = new Actor("Antony Blinken", "USAGOV", "USA", "GOV", "Antony Blinken");
    static final Actor LAVROV = new Actor("Sergey Lavrov", "RUSGOV", "RUS", "GOV", "Sergey Lavrov");
    static final Actor RUSSIAN_FORCES = new Actor("Russian forces", "RUSMIL", "RUS", "MIL", "Russia");
    static final Actor KYIV = new Actor("Kyiv", "UKRGOV", "UKR", "GOV", "Ukraine");
    static final Actor EU = new Actor("The European Union", "IGOEU", null, "GOV", "European Union");
    static final Actor IRAN = new Actor("Iran", "IRN", "IRN", null, "Iran");
    static final Actor UKRAINIAN_OFFICIALS = new Actor("Ukrainian officials", "UKRGOV", "UKR", "GOV", "Ukraine");

    private ApiFixture() {
    }

    record Spec(String id, String doc, LocalDate date, String type, String cameo, int quad, double goldstein,
                Modality modality, Actor source, Actor target, String trigger, String sentence) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("ev-call", "a-call", LocalDate.of(2022, 2, 15), "CONSULT", "041", 1, 1.0, Modality.ASSERTED,
                    BLINKEN, LAVROV, "spoke",
                    "Antony Blinken spoke by phone with Sergey Lavrov on Tuesday."),
            new Spec("ev-warn", "a-call", LocalDate.of(2022, 2, 16), "THREATEN", "130", 3, -4.4, Modality.ASSERTED,
                    BLINKEN, LAVROV, "warned",
                    "Antony Blinken warned Sergey Lavrov of massive sanctions."),
            new Spec("ev-demand", "a-reply", LocalDate.of(2022, 3, 2), "DEMAND", "100", 3, -5.0, Modality.ASSERTED,
                    LAVROV, BLINKEN, "demanded",
                    "Sergey Lavrov demanded guarantees from Antony Blinken."),
            new Spec("ev-shell", "a-shell", LocalDate.of(2022, 3, 1), "ASSAULT", "195", 4, -10.0, Modality.ASSERTED,
                    RUSSIAN_FORCES, KYIV, "shelled",
                    "Russian forces shelled Kyiv overnight, Ukrainian officials said."),
            new Spec("ev-sanction", "a-eu", LocalDate.of(2023, 4, 24), "COERCE", "163", 4, -8.0, Modality.ASSERTED,
                    EU, IRAN, "imposed",
                    "The European Union imposed new sanctions on Iran on Monday."),
            new Spec("ev-undated", "a-eu", null, "CONSULT", "040", 1, 1.0, Modality.ASSERTED,
                    EU, IRAN, "talks",
                    "The European Union held talks with Iran."),
            new Spec("ev-denied", "a-shell", LocalDate.of(2022, 3, 1), "ASSAULT", "190", 4, -10.0, Modality.DENIED,
                    RUSSIAN_FORCES, KYIV, "invade",
                    "Russia denies it plans to invade Kyiv."));

    static Event event(Spec s) {
        EventDate date = s.date() == null ? EventDate.UNKNOWN : EventDate.fromText(s.date(), EventDate.Precision.DAY);
        // a sentence that attributes its report names its speaker, as the coder records it
        Actor speaker = s.sentence().contains("Ukrainian officials said") ? UKRAINIAN_OFFICIALS : null;
        Mention m = new Mention(s.doc(), "https://news.example.org/" + s.doc(), "Example Wire", 0, 0,
                s.sentence().length(), s.trigger(), s.sentence(), speaker);
        // the place struck locates the shelling, as the coder records it
        Location where = s.id().equals("ev-shell") ? new Location("Kyiv", "Kyiv", "UKR", 50.45, 30.52, Location.CITY) : null;
        return new Event(s.id(), date, s.type(), null, s.cameo(), s.quad(), s.goldstein(), s.modality(),
                List.of(s.source()), List.of(s.target()), where, List.of(m), null);
    }

    /** Stores the hand-written events, grouped into their articles. */
    static void fill(DuckDbStore store) {
        for (String doc : SPECS.stream().map(Spec::doc).distinct().toList()) {
            List<Event> events = SPECS.stream().filter(s -> s.doc().equals(doc)).map(ApiFixture::event).toList();
            Article a = new Article(doc, "Title of " + doc, String.join(" ",
                    events.stream().map(e -> e.mentions().get(0).text()).toList()),
                    "https://news.example.org/" + doc, "Example Wire", LocalDate.of(2022, 2, 16), "en", doc + ".txt");
            store.save(a, List.of(), events);
        }
    }

    /**
     * A pipeline without models: each line of the body is a sentence, and a sentence naming "sanctions"
     * is coded as the European Union coercing Iran.
     */
    static Pipeline fakePipeline() {
        EventCoder coder = new EventCoder() {
            @Override
            public List<Event> code(ResolvedArticle article) {
                List<Event> out = new ArrayList<>();
                for (Sentence s : article.sentences()) {
                    if (s.text().contains("sanctions")) {
                        Mention m = new Mention(article.article().id(), article.article().url(),
                                article.article().source(), s.index(), s.begin(), s.end(), "sanctions", s.text());
                        out.add(new Event("ev-" + article.article().id() + "-" + s.index(),
                                EventDate.ofPublication(article.article().published()), "COERCE", null, "163", 4, -8.0,
                                Modality.ASSERTED, List.of(EU), List.of(IRAN), null, List.of(m), null));
                    }
                }
                return out;
            }

            @Override
            public SentenceGate gate() {
                return SentenceGate.all();
            }
        };
        return new Pipeline(Cleaner.none(), (article, gate) -> {
            List<Sentence> sentences = new ArrayList<>();
            int begin = 0;
            for (String line : article.body().split("\n", -1)) {
                if (!line.isBlank()) {
                    Token t = new Token(0, line, line, "NN", "O", begin, begin + line.length());
                    sentences.add(new Sentence(sentences.size(), begin, begin + line.length(), line, List.of(t),
                            List.of(), List.of()));
                }
                begin += line.length() + 1;
            }
            return new AnnotatedArticle(article, sentences);
        }, annotated -> new ResolvedArticle(annotated, List.of()), coder);
    }

    /** An HTTP client for one server. */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final String base;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        JsonNode json(HttpResponse<String> response) {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        /** GET that must answer 200 with JSON. */
        JsonNode ok(String path) {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return json(r);
        }
    }
}
