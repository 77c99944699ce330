package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dyad.annotate.BareCoreNlp;
import org.dyad.model.Article;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleReader;
import org.dyad.stage.Input;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench}: cold start to the first event, then articles per second of the full run (code and
 * store) against stock CoreNLP annotation of the same articles, side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures cold start (process start to first event) and throughput: Dyad's full run "
                + "(clean, annotate, resolve, code, store, link) against bare CoreNLP (tokenize, ssplit, pos, lemma, ner, "
                + "depparse at default settings, every sentence) on the same articles, repeated to --articles."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Articles to repeat (default: samples/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--articles", paramLabel = "N", description = "Articles per measurement (default: ${DEFAULT-VALUE}).")
    int articles = 500;

    @Option(names = "--skip-bare", description = "Measure Dyad only.")
    boolean skipBare;

    @Option(names = "--no-link", description = "Store without linking, as Dyad did before linking, for comparison.")
    boolean noLink;

    @Option(names = "--dedupe", paramLabel = "N",
            description = "Instead: measure near-duplicate detection (MinHash/LSH) on N generated articles, 10% of "
                    + "them lightly edited copies, and print articles/s as the index grows. Loads no model.")
    Integer dedupe;

    @Mixin
    Options options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (dedupe != null) {
            return dedupe(out, dedupe);
        }
        List<Path> paths = inputs.isEmpty() ? List.of(Path.of("samples")) : inputs;
        List<Article> base = new ArrayList<>();
        try (Stream<Input> in = ArticleReader.articles().read(paths)) {
            in.forEach(i -> {
                if (i instanceof Input.Read r) {
                    base.add(r.article());
                }
            });
        }
        if (base.isEmpty()) {
            throw new UserException("no readable articles in " + paths, Main.USAGE);
        }
        Pipeline pipeline = options.pipeline();
        int threads = options.threads();

        // Cold start: JVM start to the first event of the first article that has one.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        double coldStart = -1;
        for (Article a : base) {
            if (!pipeline.process(a).events().isEmpty()) {
                coldStart = (System.currentTimeMillis() - jvmStart) / 1000.0;
                break;
            }
        }

        List<Article> corpus = repeat(base, articles);
        Path db = Files.createTempFile("dyad-bench", ".duckdb");
        Files.delete(db);
        AtomicLong events = new AtomicLong();
        AtomicLong linkNanos = new AtomicLong();
        long t0 = System.nanoTime();
        try (DuckDbStore store = DuckDbStore.open(db)) {
            // Linked as dyad run links, but without dedupe: the repeated samples would all be copies.
            org.dyad.link.Linking linking = org.dyad.link.Linking.open(store);
            pipeline.run(corpus.stream().map(Input::read), threads, new Pipeline.Listener() {
                @Override
                public void coded(CodedArticle a) {
                    long l0 = System.nanoTime();
                    if (noLink) {
                        store.save(a.article(), a.resolved().sentences(), a.events());
                    } else {
                        linking.add(a.article(), a.resolved().sentences(), a.events(), null);
                    }
                    linkNanos.addAndGet(System.nanoTime() - l0);
                    events.addAndGet(a.events().size());
                }

                @Override
                public void failed(Input.Failed f) {
                    throw new IllegalStateException(f.origin() + ": " + f.reason());
                }
            });
            long l0 = System.nanoTime();
            linking.finish();
            linkNanos.addAndGet(System.nanoTime() - l0);
        } finally {
            deleteQuietly(db);
        }
        double dyadSeconds = (System.nanoTime() - t0) / 1e9;

        double bareSeconds = -1;
        if (!skipBare) {
            BareCoreNlp bare = new BareCoreNlp();
            bare.annotate(base.get(0));  // load and warm its models outside the timing, as Dyad's were
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (Article a : corpus) {
                    done.add(pool.submit(() -> bare.annotate(a)));
                }
                for (Future<Integer> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            bareSeconds = (System.nanoTime() - t1) / 1e9;
        }

        long chars = corpus.stream().mapToLong(a -> a.body().length()).sum();
        out.printf("Dyad benchmark: %d articles (%d distinct, %.0f KB of text), %d threads, %d cores, max heap %d MB%n",
                corpus.size(), base.size(), chars / 1024.0, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("cold start to first event:        %6.1f s (process start, model loading, first article)%n", coldStart);
        out.printf("%-34s %8s %12s %10s%n", "", "seconds", "articles/s", "events");
        out.printf("%-34s %8.1f %12.2f %10d%n", noLink ? "dyad run (code + store, no link)" : "dyad run (code + store + link)",
                dyadSeconds, corpus.size() / dyadSeconds, events.get());
        out.printf("  of which storing and linking:    %6.1f s (on the thread that receives coded articles)%n",
                linkNanos.get() / 1e9);
        if (bareSeconds > 0) {
            out.printf("%-34s %8.1f %12.2f %10s%n", "bare CoreNLP annotation", bareSeconds, corpus.size() / bareSeconds, "-");
            out.printf("speed-up over bare CoreNLP:        %6.2fx%n", bareSeconds / dyadSeconds);
        }
        return 0;
    }

    private static int dedupe(PrintStream out, int n) {
        if (n < 1) {
            throw new UserException("--dedupe takes a positive number of articles", Main.USAGE);
        }
        out.printf("Near-duplicate detection: %d generated articles (10%% planted copies), MinHash %d hashes, LSH %d bands"
                + " of %d, threshold %.2f, one thread%n", n, org.dyad.link.MinHashIndex.HASHES,
                org.dyad.link.MinHashIndex.BANDS, org.dyad.link.MinHashIndex.ROWS,
                org.dyad.link.MinHashIndex.DEFAULT_THRESHOLD);
        out.printf("%10s %9s %14s %14s %8s %8s %8s%n", "articles", "seconds", "articles/s", "since last", "copies",
                "found", "false+");
        org.dyad.link.DedupeBenchmark.run(n, 0.1, 42, s -> out.printf("%10d %9.2f %14.0f %14.0f %8d %8d %8d%n",
                s.articles(), s.seconds(), s.articles() / s.seconds(), s.chunkRate(), s.planted(), s.found(),
                s.falsePositives()));
        return 0;
    }

    /** The articles repeated to {@code n}, each copy with its own id. */
    static List<Article> repeat(List<Article> base, int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = base.get(i % base.size());
            out.add(new Article(a.id() + "#" + (i / base.size()), a.title(), a.body(), a.url(), a.source(),
                    a.published(), a.language(), a.origin()));
        }
        return out;
    }

    private static void deleteQuietly(Path db) {
        try (Stream<Path> files = Files.list(db.toAbsolutePath().getParent())) {
            files.filter(p -> p.getFileName().toString().startsWith(db.getFileName().toString()))
                    .sorted(Comparator.reverseOrder()).forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp file is harmless
        }
    }
}
