package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Span recognition and value scores, with every expression where system and gold disagree;
     * {@code exactValues} counts a value right only when its string is the gold one, with none of the
     * equivalences of {@link #sameValue}.
     */
    public record Result(int documents, Prf spans, Prf values, Prf exactValues, List<Disagreement> disagreements) {

        public Result {
            disagreements = List.copyOf(disagreements);
        }
    }

    /**
     * A gold expression the system missed or valued differently, or a system expression with no gold
     * one: the text and value of each side, {@code null} for the side that has none.
     */
    public record Disagreement(String document, String creation, String goldText, String goldValue,
                               String foundText, String foundValue) {

        /** Tab-separated, in the order of {@link #HEADER}. */
        public String tsv() {
            return String.join("\t", document, creation, clean(goldText), clean(goldValue), clean(foundText),
                    clean(foundValue));
        }

        public static final String HEADER = "document\tcreation\tgold_text\tgold_value\tfound_text\tfound_value";

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    /** What one document gives: its scores and disagreements. */
    private record Scored(Prf spans, Prf values, Prf exactValues, List<Disagreement> disagreements) {
    }

    public static Result score(Annotator annotator, List<GoldSets.TimeMlDocument> docs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Scored>> results = new ArrayList<>();
            for (GoldSets.TimeMlDocument d : docs) {
                results.add(pool.submit(() -> scoreDocument(annotator, d)));
            }
            Prf spans = Prf.ZERO;
            Prf values = Prf.ZERO;
            Prf exact = Prf.ZERO;
            List<Disagreement> disagreements = new ArrayList<>();
            for (Future<Scored> f : results) {
                Scored r = f.get();
                spans = spans.plus(r.spans());
                values = values.plus(r.values());
                exact = exact.plus(r.exactValues());
                disagreements.addAll(r.disagreements());
            }
            return new Result(docs.size(), spans, values, exact, disagreements);
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

    /** An ISO week number padded with a zero ("2000-W07"). */
    private static final Pattern PADDED_WEEK = Pattern.compile("-W0(\\d)(?!\\d)");
    /** A decade or century written with placeholder digits ("199X", "19XX"). */
    private static final Pattern PLACEHOLDER_DIGITS = Pattern.compile("^(\\d{2,3})X+$");
    /**
     * A year followed only by unspecified fields ("1949-XX", "1997-XX-XX"); not a month with an unknown
     * day ("1998-10-XX"), which is a day-level time.
     */
    private static final Pattern UNSPECIFIED_FIELDS = Pattern.compile("^(\\d{4})(?:-XX){1,2}$");
    /** A duration counted in one unit ("P3Q", "PT24H"). */
    private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d+)([A-Z])");

    /**
     * Whether two TimeML values name the same time. TimeBank writes one value several ways, and each
     * variant here says no more than the plain form, so both sides are reduced to it: an ISO week with
     * or without a leading zero ("2000-W7", "2000-W07"); a decade or century with or without
     * placeholder digits ("199X" is the TimeML 1.2 "199", the 1990s); and a year followed by unspecified
     * fields, which add nothing known ("1949-XX" is the year 1949, as "1949" is). A duration
     * counted in one unit is the same length in another: P1E and P10Y, P3Q and P9M, PT24H and P1D.
     */
    static boolean sameValue(String gold, String found) {
        return gold != null && found != null && plain(gold).equals(plain(found));
    }

    private static String plain(String value) {
        String v = PADDED_WEEK.matcher(value).replaceAll("-W$1");
        v = PLACEHOLDER_DIGITS.matcher(v).replaceAll("$1");
        return length(UNSPECIFIED_FIELDS.matcher(v).replaceAll("$1"));
    }

    /** A one-unit duration in years, months (not a whole number of years) or days; others unchanged. */
    private static String length(String value) {
        Matcher m = ONE_UNIT.matcher(value);
        if (!m.matches()) {
            return value;
        }
        long n = Long.parseLong(m.group(2));
        if (!m.group(1).isEmpty()) {
            return m.group(3).equals("H") && n % 24 == 0 ? "P" + n / 24 + "D" : value;
        }
        return switch (m.group(3)) {
            case "E" -> "P" + n * 10 + "Y";
            case "C" -> "P" + n * 100 + "Y";
            case "L" -> "P" + n * 1000 + "Y";
            case "Q" -> months(n * 3);
            case "M" -> months(n);
            case "W" -> "P" + n * 7 + "D";
            default -> value;
        };
    }

    private static String months(long n) {
        return n % 12 == 0 ? "P" + n / 12 + "Y" : "P" + n + "M";
    }

    private static Scored scoreDocument(Annotator annotator, GoldSets.TimeMlDocument doc) {
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
        int exactHits = 0;
        boolean[] used = new boolean[found.size()];
        List<Disagreement> out = new ArrayList<>();
        String creation = String.valueOf(doc.creation());
        for (GoldSets.GoldTimex g : doc.timexes()) {
            String goldText = doc.text().substring(g.start(), g.end());
            boolean matched = false;
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (!used[i] && f.start() < g.end() && g.start() < f.end()) {
                    used[i] = true;
                    matched = true;
                    spanHits++;
                    if (g.value() != null && g.value().equals(f.value())) {
                        exactHits++;
                    }
                    if (sameValue(g.value(), f.value())) {
                        valueHits++;
                    } else {
                        out.add(new Disagreement(doc.id(), creation, goldText, g.value(),
                                doc.text().substring(f.start(), f.end()), f.value()));
                    }
                    break;
                }
            }
            if (!matched) {
                out.add(new Disagreement(doc.id(), creation, goldText, g.value(), null, null));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                Found f = found.get(i);
                out.add(new Disagreement(doc.id(), creation, null, null, doc.text().substring(f.start(), f.end()),
                        f.value()));
            }
        }
        Prf spans = new Prf(spanHits, found.size() - spanHits, doc.timexes().size() - spanHits);
        Prf values = new Prf(valueHits, found.size() - valueHits, doc.timexes().size() - valueHits);
        Prf exact = new Prf(exactHits, found.size() - exactHits, doc.timexes().size() - exactHits);
        return new Scored(spans, values, exact, out);
    }
}
