package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.resolve.ActorDictionary;
import org.dyad.resolve.DictionaryResolver;
import org.dyad.stage.SentenceGate;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of actor resolution on the hand-written cases of {@code actors/resolution-cases.tsv}:
 * each text is annotated with the real CoreNLP models (every sentence parsed) and resolved with the
 * bundled dictionaries, and the actor at the case's mention is compared with the expected code and
 * entity. Prints the accuracy per phenomenon and overall, and fails below the floor.
 */
class ActorResolutionAccuracyTest {

    /** Set just below the accuracy measured when the cases were written (see README). */
    private static final double FLOOR = 0.97;

    record Case(String id, LocalDate date, String text, String mention, int occurrence, Set<String> codes,
                Set<String> entities) {

        String phenomenon() {
            return id.replaceAll("-\\d+$", "");
        }
    }

    @Test
    void resolvesTheWrittenCases() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 100, "at least 100 cases: " + cases.size());
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.standard());
        Map<String, int[]> tally = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int right = 0;
        for (Case c : cases) {
            Article article = new Article(c.id(), "", c.text(), null, null, c.date(), "en", c.id());
            AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article, SentenceGate.all());
            ResolvedArticle resolved = resolver.resolve(annotated);
            List<ActorMention> found = at(c, annotated, resolved);
            Set<String> codes = new TreeSet<>(found.stream().map(m -> m.actor().code()).toList());
            Set<String> entities = new TreeSet<>(found.stream().map(m -> Objects.toString(m.actor().entity())).toList());
            boolean ok = codes.equals(c.codes()) && (c.entities().isEmpty() || entities.equals(c.entities()));
            int[] t = tally.computeIfAbsent(c.phenomenon(), k -> new int[2]);
            t[1]++;
            if (ok) {
                t[0]++;
                right++;
            } else {
                wrong.add(String.format("  %-16s %-28s expected %s %s, got %s %s%s", c.id(), "\"" + c.mention() + "\"",
                        c.codes(), c.entities(), codes, entities,
                        found.stream().map(m -> "\n      why: " + m.why()).reduce("", String::concat)));
            }
        }
        double accuracy = (double) right / cases.size();
        StringBuilder report = new StringBuilder("actor resolution by phenomenon:\n");
        tally.forEach((k, t) -> report.append(String.format("  %-14s %3d/%-3d = %.3f%n", k, t[0], t[1], (double) t[0] / t[1])));
        report.append(String.format("actor resolution: %d/%d = %.3f%n", right, cases.size(), accuracy));
        if (!wrong.isEmpty()) {
            report.append("wrong:\n").append(String.join("\n", wrong)).append('\n');
        }
        System.out.print(report);
        assertTrue(accuracy >= FLOOR, String.format("accuracy %.3f is below the floor %.2f%n%s", accuracy, FLOOR, report));
    }

    /** The mentions inside the case's span, else the one overlapping it most. */
    private static List<ActorMention> at(Case c, AnnotatedArticle annotated, ResolvedArticle resolved) {
        int[] span = span(c);
        List<ActorMention> inside = new ArrayList<>();
        List<ActorMention> best = new ArrayList<>();
        int bestOverlap = 0;
        for (ActorMention m : resolved.mentions()) {
            Sentence s = annotated.sentences().get(m.sentence());
            int begin = s.token(m.begin()).begin();
            int end = s.token(m.end() - 1).end();
            int overlap = Math.min(end, span[1]) - Math.max(begin, span[0]);
            if (overlap <= 0) {
                continue;
            }
            if (begin >= span[0] && end <= span[1]) {
                inside.add(m);
            }
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best.clear();
            }
            if (overlap == bestOverlap) {
                best.add(m);
            }
        }
        return inside.isEmpty() ? best : inside;
    }

    /** Character span of the mention's Nth whole-word, case-sensitive occurrence in the text. */
    private static int[] span(Case c) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c.mention()) + "(?![\\p{L}\\p{N}])")
                .matcher(c.text());
        for (int n = 0; m.find(); ) {
            if (++n == c.occurrence()) {
                return new int[] {m.start(), m.end()};
            }
        }
        throw new IllegalArgumentException(c.id() + ": no occurrence " + c.occurrence() + " of '" + c.mention() + "'");
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ActorResolutionAccuracyTest.class.getResourceAsStream("/actors/resolution-cases.tsv")) {
            String text = new String(Objects.requireNonNull(in, "resolution-cases.tsv").readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalArgumentException("expected 6 tab-separated fields: " + line);
                }
                String mention = f[3];
                int occurrence = 1;
                int hash = mention.lastIndexOf('#');
                if (hash > 0 && mention.substring(hash + 1).matches("\\d+")) {
                    occurrence = Integer.parseInt(mention.substring(hash + 1));
                    mention = mention.substring(0, hash);
                }
                out.add(new Case(f[0], LocalDate.parse(f[1]), f[2], mention, occurrence, set(f[4]), set(f[5])));
            }
        }
        return out;
    }

    /** "A+B" as {A, B}; "-" as the empty set. */
    private static Set<String> set(String field) {
        return field.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(field.split("\\+")));
    }
}
