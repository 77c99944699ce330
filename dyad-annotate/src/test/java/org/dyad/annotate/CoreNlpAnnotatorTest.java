package org.dyad.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.stage.SentenceGate;
import org.junit.jupiter.api.Test;

/** Loads the CoreNLP models once for this class (the annotator is a process-wide singleton). */
class CoreNlpAnnotatorTest {

    private static final String BODY = "Foreign Minister Anna Kovac on Tuesday spoke with her Serbian counterpart "
            + "in Belgrade.\n\nThe weather in the capital was mild.\n\n"
            + "She urged Serbia to withdraw its troops from the border last week.";

    private static Article article(LocalDate published) {
        return new Article("t-1", "Ministers talk", BODY, null, null, published, "en", "test");
    }

    @Test
    void parsesOnlyGatedSentencesAndAnchorsDates() {
        SentenceGate onlyVerbsOfInterest = tokens -> tokens.stream()
                .anyMatch(t -> t.lemma().equals("speak") || t.lemma().equals("urge"));
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article(LocalDate.of(2022, 2, 17)),
                onlyVerbsOfInterest);

        assertEquals(3, a.sentences().size());
        Sentence first = a.sentences().get(0);
        Sentence weather = a.sentences().get(1);
        assertTrue(first.parsed());
        assertFalse(weather.parsed(), "a sentence with no trigger is not parsed");
        assertEquals("The weather in the capital was mild.", weather.text());
        assertEquals(BODY.substring(weather.begin(), weather.end()), weather.text());

        int spoke = indexOf(first, "spoke");
        assertEquals("speak", first.token(spoke).lemma());
        assertEquals("root", first.relation(spoke));
        int kovac = indexOf(first, "Kovac");
        assertEquals(spoke, first.head(kovac));
        assertEquals("nsubj", first.relation(kovac));
        assertEquals("PERSON", first.token(kovac).ner());

        Timex tuesday = first.timexes().get(0);
        assertEquals("DATE", tuesday.type());
        assertEquals("2022-02-15", tuesday.value(), "Tuesday before a Thursday publication date");

        Sentence urge = a.sentences().get(2);
        assertTrue(urge.timexes().stream().anyMatch(t -> t.value().equals("2022-W06")),
                () -> "last week: " + urge.timexes());
    }

    @Test
    void undatedArticleLeavesRelativeDatesUnresolved() {
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article(null), SentenceGate.all());
        List<Timex> timexes = a.sentences().get(0).timexes();
        assertEquals(1, timexes.size());
        assertFalse(timexes.get(0).value().matches("\\d{4}-\\d\\d-\\d\\d"),
                () -> "no anchor, no calendar date: " + timexes);
    }

    @Test
    void oneInstanceServesSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> CoreNlpAnnotator.shared()
                        .annotate(article(LocalDate.of(2022, 2, 17)), SentenceGate.all())));
            }
            for (Future<AnnotatedArticle> f : results) {
                AnnotatedArticle a = f.get();
                assertEquals(3, a.sentences().size());
                assertTrue(a.sentences().stream().allMatch(Sentence::parsed));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nounAfterArticleMistaggedAsVerbIsTheSubject() {
        Article drone = new Article("t-2", "Strike", "A Turkish drone struck a convoy near Qamishli on Sunday, "
                + "a Kurdish official said.", null, null, LocalDate.of(2024, 10, 28), "en", "test");
        Sentence s = CoreNlpAnnotator.shared().annotate(drone, SentenceGate.all()).sentences().get(0);
        int struck = indexOf(s, "struck");
        assertEquals("NN", s.token(indexOf(s, "drone")).tag());
        assertEquals(struck, s.head(indexOf(s, "drone")));
        assertEquals("nsubj", s.relation(indexOf(s, "drone")));
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
