package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.ResolvedArticle;
import org.dyad.stage.ActorResolver;
import org.dyad.stage.Annotator;
import org.dyad.stage.Cleaner;
import org.dyad.stage.Deduper;
import org.dyad.stage.EventCoder;
import org.dyad.stage.Input;

/**
 * The one pipeline every face uses: clean, annotate, resolve, code. Reading happens before it (an
 * {@link Input} stream) and storing after it (a {@link Listener}), so the CLI, the server and a
 * distributed job differ only in where articles come from and where results go.
 */
public final class Pipeline {

    /** Receives results in input order, on the thread that called {@link #run}. */
    public interface Listener {
        void coded(CodedArticle article);

        void failed(Input.Failed failure);
    }

    private final Cleaner cleaner;
    private final Annotator annotator;
    private final ActorResolver resolver;
    private final EventCoder coder;
    private final Deduper deduper;

    public Pipeline(Cleaner cleaner, Annotator annotator, ActorResolver resolver, EventCoder coder) {
        this(cleaner, annotator, resolver, coder, null);
    }

    private Pipeline(Cleaner cleaner, Annotator annotator, ActorResolver resolver, EventCoder coder, Deduper deduper) {
        this.cleaner = Objects.requireNonNull(cleaner);
        this.annotator = Objects.requireNonNull(annotator);
        this.resolver = Objects.requireNonNull(resolver);
        this.coder = Objects.requireNonNull(coder);
        this.deduper = deduper;
    }

    /** The same pipeline with another cleaner (sentence mode uses none). */
    public Pipeline withCleaner(Cleaner other) {
        return new Pipeline(other, annotator, resolver, coder, deduper);
    }

    /**
     * The same pipeline with a dedupe stage after cleaning, for {@link #run}: a near-duplicate is only split
     * into sentences and handed on with {@link CodedArticle#duplicateOf} set.
     */
    public Pipeline withDeduper(Deduper other) {
        return new Pipeline(cleaner, annotator, resolver, coder, other);
    }

    /** Runs every stage on one article (no dedupe: that needs the order of a run). */
    public CodedArticle process(Article article) {
        return code(cleaner.clean(article));
    }

    private CodedArticle code(Article clean) {
        AnnotatedArticle annotated = annotator.annotate(clean, coder.gate());
        ResolvedArticle resolved = resolver.resolve(annotated);
        List<Event> events = coder.code(resolved);
        return new CodedArticle(resolved, events);
    }

    /** A duplicate: split into sentences (the cheap annotations only), not coded. */
    private CodedArticle copy(Article clean, String original) {
        AnnotatedArticle annotated = annotator.annotate(clean, tokens -> false);
        return new CodedArticle(new ResolvedArticle(annotated, List.of()), List.of(), original);
    }

    /** Cleans and dedupes on the caller's thread, in input order; the rest is returned as a task. */
    private java.util.concurrent.Callable<CodedArticle> stages(Article article) {
        if (deduper == null) {
            return () -> process(article);
        }
        Article clean = cleaner.clean(article);
        java.util.Optional<String> original = deduper.duplicateOf(clean);
        return original.isPresent() ? () -> copy(clean, original.get()) : () -> code(clean);
    }

    /**
     * Processes inputs on {@code threads} workers, handing results to the listener in input order.
     * An article that fails inside a stage is reported as failed and the run goes on.
     */
    public void run(Stream<Input> inputs, int threads, Listener listener) {
        if (threads <= 1) {
            inputs.forEach(in -> handle(in, listener));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            Iterator<Input> it = inputs.iterator();
            while (it.hasNext()) {
                Input in = it.next();
                if (in instanceof Input.Read read) {
                    java.util.concurrent.Callable<CodedArticle> task;
                    try {
                        task = stages(read.article());
                    } catch (RuntimeException e) {
                        window.add(new Pending(new Input.Failed(in.origin(), "failed in the pipeline: " + describe(e)),
                                null));
                        continue;
                    }
                    window.add(new Pending(in, pool.submit(task)));
                } else {
                    window.add(new Pending(in, null));
                }
                while (window.size() > threads * 2) {
                    deliver(window.poll(), listener);
                }
            }
            while (!window.isEmpty()) {
                deliver(window.poll(), listener);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Pending(Input input, Future<CodedArticle> result) {
    }

    private static void deliver(Pending p, Pipeline.Listener listener) {
        if (p.result() == null) {
            listener.failed((Input.Failed) p.input());
            return;
        }
        try {
            listener.coded(p.result().get());
        } catch (ExecutionException e) {
            listener.failed(new Input.Failed(p.input().origin(), "failed in the pipeline: " + describe(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void handle(Input in, Listener listener) {
        if (in instanceof Input.Failed failed) {
            listener.failed(failed);
            return;
        }
        Input.Read read = (Input.Read) in;
        CodedArticle coded;
        try {
            coded = stages(read.article()).call();
        } catch (Exception e) {
            listener.failed(new Input.Failed(in.origin(), "failed in the pipeline: " + describe(e)));
            return;
        }
        listener.coded(coded);
    }

    private static String describe(Throwable t) {
        if (System.getenv("DYAD_DEBUG") != null) {
            t.printStackTrace();  // a failure is one line per input; DYAD_DEBUG shows where it came from
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
