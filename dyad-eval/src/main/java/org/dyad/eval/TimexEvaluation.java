package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.stage.Annotator;
import org.dyad.stage.SentenceGate;

/**
 * Scores temporal expressions on TimeML documents, each anchored on its creation time: an expression
 * is found when a system expression overlaps a gold one, and its value is right when the normalised
 * values are equal. Value F1 counts a hit only when both hold.
 */
public final class TimexEvaluation {

    private TimexEvaluation() {
    }

    /** Span recognition and value scores. */
    public record Result(int documents, Prf spans, Prf values) {
    }

    public static Result score(Annotator annotator, List<GoldSets.TimeMlDocument> docs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Prf[]>> results = new ArrayList<>();
            for (GoldSets.TimeMlDocument d : docs) {
                results.add(pool.submit(() -> scoreDocument(annotator, d)));
            }
            Prf spans = Prf.ZERO;
            Prf values = Prf.ZERO;
            for (Future<Prf[]> f : results) {
                Prf[] r = f.get();
                spans = spans.plus(r[0]);
                values = values.plus(r[1]);
            }
            return new Result(docs.size(), spans, values);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotating a TimeML document failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A system expression as a character span with its value. */
    private record Found(int start, int end, String value) {
    }

    static Prf[] scoreDocument(Annotator annotator, GoldSets.TimeMlDocument doc) {
        Article a = new Article(doc.id(), "", doc.text(), null, null, doc.creation(), "en", doc.id());
        AnnotatedArticle annotated = annotator.annotate(a, SentenceGate.all());
        List<Found> found = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            for (Timex t : s.timexes()) {
                found.add(new Found(s.token(t.begin()).begin(), s.token(t.end() - 1).end(), t.value()));
            }
        }
        int spanHits = 0;
        int valueHits = 0;
        boolean[] used = new boolean[found.size()];
        for (GoldSets.GoldTimex g : doc.timexes()) {
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (!used[i] && f.start() < g.end() && g.start() < f.end()) {
                    used[i] = true;
                    spanHits++;
                    if (g.value() != null && g.value().equals(f.value())) {
                        valueHits++;
                    }
                    break;
                }
            }
        }
        Prf spans = new Prf(spanHits, found.size() - spanHits, doc.timexes().size() - spanHits);
        Prf values = new Prf(valueHits, found.size() - valueHits, doc.timexes().size() - valueHits);
        return new Prf[] {spans, values};
    }
}
