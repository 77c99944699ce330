package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.link.Linking;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleReader;
import org.dyad.stage.Input;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad run}: read, code and store articles. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Reads articles, codes their events and stores both in the database.",
                "Inputs are .txt files (title line, then body; metadata in NAME.json or a folder's manifest.csv/"
                        + "manifest.jsonl), .jsonl files (one article per line: id, text, title, url, source, "
                        + "published), or folders of them. Re-running on the same input adds nothing twice."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--sentences", description = "Read sentence mode: JSONL {\"id\", \"text\", \"date\"}, one sentence each.")
    boolean sentences;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar (default: only when standard error is a terminal).")
    Boolean progress;

    @Mixin
    StoreOption store;

    @Mixin
    Options options;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Pipeline pipeline = options.pipeline();
        if (sentences) {
            pipeline = pipeline.withCleaner(org.dyad.stage.Cleaner.none());
        }
        ArticleReader reader = sentences ? ArticleReader.sentences() : ArticleReader.articles();
        long total = ArticleReader.estimate(inputs);
        Summary summary = new Summary();
        try (DuckDbStore db = store.open()) {
            Linking linking = Linking.open(db);
            if (linking.relinked() > 0) {
                err.printf("dyad: linked the %d reports stored before the upgrade into events and stories%n",
                        linking.relinked());
            }
            if (linking.regrouped() > 0) {
                err.printf("dyad: linked %d stored report%s again under this version's linking rules%n",
                        linking.regrouped(), linking.regrouped() == 1 ? "" : "s");
            }
            Pipeline coding = pipeline;
            Pipeline deduping = pipeline.withDeduper(linking::duplicateOf);
            Progress bar = new Progress(err, total, progress != null ? progress : System.console() != null);
            Stream<Input> fresh = reader.read(inputs).filter(in -> {
                if (in instanceof Input.Read read && db.contains(read.article())) {
                    summary.unchanged++;
                    bar.update(summary.done(), summary.events, summary.failures.size());
                    return false;
                }
                return true;
            });
            deduping.run(fresh, options.threads(), new Pipeline.Listener() {
                @Override
                public void coded(CodedArticle coded) {
                    CodedArticle a = coded;
                    if (a.duplicateOf() != null && !linking.stored(a.duplicateOf())) {
                        // Its original failed: code the copy after all.
                        a = coding.process(a.article());
                    }
                    Linking.Result linked = linking.add(a.article(), a.resolved().sentences(), a.events(), a.duplicateOf());
                    DuckDbStore.Outcome outcome = linked.outcome();
                    if (outcome != DuckDbStore.Outcome.UNCHANGED) {
                        summary.link(linked);
                    }
                    switch (outcome) {
                        case ADDED -> summary.added++;
                        case REPLACED -> summary.replaced++;
                        case UNCHANGED -> summary.unchanged++;
                    }
                    summary.events += a.events().size();
                    summary.asserted += a.events().stream().filter(e -> e.asserted()).count();
                    bar.update(summary.done(), summary.events, summary.failures.size());
                }

                @Override
                public void failed(Input.Failed f) {
                    summary.failures.add(f);
                    bar.finish();
                    err.println("dyad: skipped " + f.origin() + ": " + f.reason());
                    bar.update(summary.done(), summary.events, summary.failures.size());
                }
            });
            bar.finish();
            linking.finish();
            DuckDbStore.Counts counts = db.counts();
            summary.print(err, db.path(), counts, db.storyCount());
        }
        return summary.failures.isEmpty() ? 0 : Main.SOME_FAILED;
    }

    /** What a run did, printed at the end. */
    private static final class Summary {
        long added;
        long replaced;
        long unchanged;
        long events;
        long asserted;
        long duplicates;
        long reports;
        long newEvents;
        long joinedEvents;
        final List<Input.Failed> failures = new ArrayList<>();
        final long start = System.nanoTime();

        long done() {
            return added + replaced + unchanged + failures.size();
        }

        void link(Linking.Result r) {
            if (r.duplicateOf() != null) {
                duplicates++;
            }
            reports += r.reports();
            newEvents += r.newEvents();
            joinedEvents += r.joinedEvents();
        }

        void print(PrintStream out, Path db, DuckDbStore.Counts counts, long stories) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Articles read: %d (%d new, %d updated, %d already stored)%n",
                    added + replaced + unchanged, added, replaced, unchanged);
            if (!failures.isEmpty()) {
                out.printf("Articles skipped: %d%n", failures.size());
                for (Input.Failed f : failures) {
                    out.printf("  %s: %s%n", f.origin(), f.reason());
                }
            }
            out.printf("Events coded: %d (%d asserted; the rest negated, hypothetical, future or denied)%n",
                    events, asserted);
            if (duplicates > 0) {
                out.printf("Near-duplicates: %d (kept as mentions of their originals' events)%n", duplicates);
            }
            out.printf("Linked: %d reports into %d new events and %d events already stored%n", reports, newEvents,
                    joinedEvents);
            out.printf("Database %s now holds %d articles, %d events (%d asserted), %d mentions, %d stories.%n", db,
                    counts.articles(), counts.events(), counts.assertedEvents(), counts.mentions(), stories);
            out.printf("Done in %.1f s.%n", seconds);
        }
    }
}
