package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.eval.Evaluation;
import org.dyad.eval.TimexEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval}: scores Dyad on the shared gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Dyad on the gold sets of the shared data folder and prints precision, recall and F1: "
                + "PLOVER types and triples, CAMEO root accuracy, TIMEX values, and BCubed of story clustering on ECB+.",
                "The data folder is --data, else $DYAD_SHARED/data, else ../shared/data beside the Dyad checkout."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (holding events/, temporal/).")
    Path data;

    @Option(names = "--set", paramLabel = "SET", split = ",",
            description = "Sets to run: plover, cameo, timex, stories (default: all).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--json", description = "Write the figures as one JSON object.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every TIMEX disagreement (missed, wrongly valued or spurious expressions) "
                    + "to FILE as tab-separated values, to see where normalisation goes wrong.")
    Path errors;

    @Mixin
    Options options;

    @Override
    public Integer call() throws Exception {
        Path folder = dataFolder();
        Set<String> chosen = new LinkedHashSet<>();
        for (String s : sets) {
            String name = s.toLowerCase(Locale.ROOT).strip();
            if (!Evaluation.ALL.contains(name)) {
                throw new UserException("--set takes plover, cameo, timex or stories, not '" + s + "'", Main.USAGE);
            }
            chosen.add(name);
        }
        Set<String> run = chosen.isEmpty() ? Evaluation.ALL : chosen;
        // Story clustering needs no NLP model: load the pipeline only for the sets that code.
        boolean coding = run.stream().anyMatch(s -> !s.equals(Evaluation.STORIES));
        Evaluation.Report report = Evaluation.run(folder, coding ? options.pipeline() : null,
                coding ? CoreNlpAnnotator.shared() : null, run, options.threads());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (errors != null) {
            writeErrors(report);
        }
        if (json) {
            out.println(report.toJson());
        } else {
            report.print(out);
        }
        return report.missing().isEmpty() ? 0 : Main.SOME_FAILED;
    }

    private void writeErrors(Evaluation.Report report) {
        List<String> lines = new ArrayList<>();
        lines.add(TimexEvaluation.Disagreement.HEADER);
        if (report.timex() != null) {
            report.timex().disagreements().forEach(d -> lines.add(d.tsv()));
        }
        try {
            Files.write(errors, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write --errors " + errors + ": " + e.getMessage(), Main.SOME_FAILED);
        }
        System.err.printf("%d TIMEX disagreements written to %s%n", lines.size() - 1, errors);
    }

    private Path dataFolder() {
        if (data != null) {
            if (!Files.isDirectory(data)) {
                throw new UserException("--data " + data + " is not a folder", Main.USAGE);
            }
            return data;
        }
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("DYAD_SHARED");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env, "data"));
        }
        String home = System.getProperty("dyad.home");
        if (home != null) {
            candidates.add(Path.of(home).resolve("../shared/data").normalize());
        }
        candidates.add(Path.of("../shared/data"));
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new UserException("no shared data folder found (tried " + candidates + "); pass --data DIR", Main.USAGE);
    }
}
