package org.dyad.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.Pipeline;
import org.dyad.stage.Annotator;
import org.dyad.stage.Cleaner;

/**
 * {@code dyad eval}: runs the pipeline over the gold sets of the shared data folder and reports the
 * figures. Sets are found by their place in that folder; a missing set is reported as missing.
 */
public final class Evaluation {

    public static final String PLOVER = "plover";
    public static final String CAMEO = "cameo";
    public static final String TIMEX = "timex";
    public static final String STORIES = "stories";
    public static final Set<String> ALL = Set.of(PLOVER, CAMEO, TIMEX, STORIES);

    static final Path PLOVER_FILE = Path.of("events", "plover-gsr-dev.jsonl");
    static final Path CAMEO_FILE = Path.of("events", "cameo-examples-dev.jsonl");
    static final Path TIMEX_DIR = Path.of("temporal", "tbaq");
    static final Path STORIES_FILE = Path.of("stories", "ecbplus-dev.jsonl");

    private Evaluation() {
    }

    /** Every figure of one evaluation run; a set not run is {@code null}. */
    public record Report(EventEvaluation.PloverResult plover, EventEvaluation.CameoResult cameo,
                         TimexEvaluation.Result timex, StoryEvaluation.Result stories, List<String> missing,
                         double seconds) {

        public Report(EventEvaluation.PloverResult plover, EventEvaluation.CameoResult cameo,
                      TimexEvaluation.Result timex, List<String> missing, double seconds) {
            this(plover, cameo, timex, null, missing, seconds);
        }

        public void print(PrintStream out) {
            if (plover != null) {
                out.printf("PLOVER gold-standard sentences (dev): %d sentences, asserted events%n", plover.sentences());
                out.printf("  %-10s %9s %9s %9s %5s %5s %5s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
                for (Map.Entry<String, Prf> e : plover.perType().entrySet()) {
                    Prf p = e.getValue();
                    out.printf("  %-10s %9.3f %9.3f %9.3f %5d %5d %5d%n", e.getKey(), p.precision(), p.recall(), p.f1(),
                            p.tp(), p.fp(), p.fn());
                }
                line(out, "  type micro", plover.types());
                out.printf("  %-22s %.3f%n", "type macro F1", plover.macroF1());
                line(out, "  triple (actor, recipient, type)", plover.triples());
            }
            if (cameo != null) {
                out.printf("CAMEO codebook examples (dev): %d sentences, main event of each%n", cameo.sentences());
                out.printf("  root accuracy  %.3f (%d/%d)%n", cameo.rootAccuracy(), cameo.rootCorrect(), cameo.sentences());
                out.printf("  exact accuracy %.3f (%d/%d); no event coded: %d%n", cameo.exactAccuracy(), cameo.exactCorrect(),
                        cameo.sentences(), cameo.noEvent());
                StringBuilder roots = new StringBuilder("  by root:");
                cameo.perRoot().forEach((r, c) -> roots.append(' ').append(r).append('=').append(c[0]).append('/').append(c[1]));
                out.println(roots);
            }
            if (timex != null) {
                out.printf("TimeBank/AQUAINT TIMEX3 (TBAQ): %d documents, anchored on each creation time%n", timex.documents());
                line(out, "  expression found", timex.spans());
                line(out, "  value", timex.values());
                line(out, "  value, exact string", timex.exactValues());
            }
            if (stories != null) {
                out.printf("ECB+ stories (dev): %d documents in %d gold stories (sub-topics), %d stories found%n",
                        stories.documents(), stories.goldStories(), stories.stories());
                out.printf("%-34s P %.3f  R %.3f  F1 %.3f%n", "  BCubed", stories.precision(), stories.recall(),
                        stories.f1());
            }
            for (String m : missing) {
                out.println("missing: " + m);
            }
            out.printf("(%.1f s)%n", seconds);
        }

        private static void line(PrintStream out, String label, Prf p) {
            out.printf("%-34s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", label, p.precision(), p.recall(), p.f1(),
                    p.tp(), p.fp(), p.fn());
        }

        public ObjectNode toJson() {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            if (plover != null) {
                ObjectNode p = o.putObject("plover");
                p.put("sentences", plover.sentences());
                ObjectNode types = p.putObject("per_type");
                plover.perType().forEach((t, prf) -> put(types.putObject(t), prf));
                put(p.putObject("type_micro"), plover.types());
                p.put("type_macro_f1", plover.macroF1());
                put(p.putObject("triple"), plover.triples());
            }
            if (cameo != null) {
                ObjectNode c = o.putObject("cameo");
                c.put("sentences", cameo.sentences());
                c.put("root_accuracy", cameo.rootAccuracy());
                c.put("exact_accuracy", cameo.exactAccuracy());
                c.put("no_event", cameo.noEvent());
            }
            if (timex != null) {
                ObjectNode t = o.putObject("timex");
                t.put("documents", timex.documents());
                put(t.putObject("span"), timex.spans());
                put(t.putObject("value"), timex.values());
                put(t.putObject("value_exact"), timex.exactValues());
            }
            if (stories != null) {
                ObjectNode s = o.putObject("stories");
                s.put("documents", stories.documents());
                s.put("gold_stories", stories.goldStories());
                s.put("stories", stories.stories());
                s.put("bcubed_precision", stories.precision());
                s.put("bcubed_recall", stories.recall());
                s.put("bcubed_f1", stories.f1());
            }
            o.putPOJO("missing", missing);
            o.put("seconds", seconds);
            return o;
        }

        private static void put(ObjectNode o, Prf p) {
            o.put("precision", p.precision());
            o.put("recall", p.recall());
            o.put("f1", p.f1());
            o.put("tp", p.tp());
            o.put("fp", p.fp());
            o.put("fn", p.fn());
        }
    }

    /**
     * Runs the chosen sets.
     *
     * @param data     the shared data folder ({@code ../shared/data})
     * @param pipeline the pipeline to score; its cleaner is replaced by none (gold texts are clean); may be
     *                 {@code null}, with the annotator, when only the stories set runs (it needs no model)
     */
    public static Report run(Path data, Pipeline pipeline, Annotator annotator, Set<String> sets, int threads)
            throws IOException {
        long start = System.nanoTime();
        Pipeline sentences = pipeline == null ? null : pipeline.withCleaner(Cleaner.none());
        List<String> missing = new ArrayList<>();
        EventEvaluation.PloverResult plover = null;
        EventEvaluation.CameoResult cameo = null;
        TimexEvaluation.Result timex = null;
        StoryEvaluation.Result stories = null;
        if (sets.contains(PLOVER)) {
            Path f = data.resolve(PLOVER_FILE);
            if (Files.isRegularFile(f)) {
                plover = EventEvaluation.plover(sentences, GoldSets.plover(f), threads);
            } else {
                missing.add(f.toString());
            }
        }
        if (sets.contains(CAMEO)) {
            Path f = data.resolve(CAMEO_FILE);
            if (Files.isRegularFile(f)) {
                cameo = EventEvaluation.cameo(sentences, GoldSets.cameo(f), threads);
            } else {
                missing.add(f.toString());
            }
        }
        if (sets.contains(TIMEX)) {
            Path d = data.resolve(TIMEX_DIR);
            if (Files.isDirectory(d)) {
                timex = TimexEvaluation.score(annotator, GoldSets.timeMl(d), threads);
            } else {
                missing.add(d.toString());
            }
        }
        if (sets.contains(STORIES)) {
            Path f = data.resolve(STORIES_FILE);
            if (Files.isRegularFile(f)) {
                stories = StoryEvaluation.score(StoryEvaluation.read(f));
            } else {
                missing.add(f.toString());
            }
        }
        return new Report(plover, cameo, timex, stories, missing, (System.nanoTime() - start) / 1e9);
    }
}
