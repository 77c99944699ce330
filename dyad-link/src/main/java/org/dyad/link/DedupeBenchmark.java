package org.dyad.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures near-duplicate detection on {@link SyntheticArticles}: each article is looked up in a
 * {@link MinHashIndex} of all before it and then added, as {@code dyad run} does. Only the index work
 * (shingling, signature, lookup, insertion) is timed, not the making up of the articles.
 */
public final class DedupeBenchmark {

    /**
     * The state after {@code articles} articles.
     *
     * @param seconds        index time so far
     * @param chunkRate      articles per second since the previous step
     * @param planted        copies planted so far
     * @param found          planted copies found, with the right original
     * @param falsePositives articles called copies that were not, or of the wrong original
     */
    public record Step(int articles, double seconds, double chunkRate, long planted, long found, long falsePositives) {

        public double recall() {
            return planted == 0 ? 1 : found / (double) planted;
        }
    }

    private DedupeBenchmark() {
    }

    /** Checkpoints at 10%, 25%, 50%, 75% and 100% of {@code n}, and at 10k, 50k and 100k when within n. */
    public static List<Integer> checkpoints(int n) {
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (double f : new double[] {0.1, 0.25, 0.5, 0.75, 1.0}) {
            s.add(Math.max(1, (int) Math.round(n * f)));
        }
        for (int k : new int[] {10_000, 50_000, 100_000}) {
            if (k < n) {
                s.add(k);
            }
        }
        return new ArrayList<>(s);
    }

    public static List<Step> run(int n, double copyShare, long seed, Consumer<Step> progress) {
        SyntheticArticles corpus = new SyntheticArticles(seed, copyShare);
        MinHashIndex index = new MinHashIndex();
        int[] root = new int[n];
        List<Integer> marks = checkpoints(n);
        List<Step> out = new ArrayList<>();
        long nanos = 0;
        long lastNanos = 0;
        int lastCount = 0;
        long planted = 0;
        long found = 0;
        long falsePositives = 0;
        int mark = 0;
        for (int i = 0; i < n; i++) {
            SyntheticArticles.Item item = corpus.get(i);
            long t0 = System.nanoTime();
            int[] sig = MinHashIndex.signature(item.body());
            Optional<NearDuplicates.Match> m = index.find(sig);
            index.add(Integer.toString(i), sig);
            nanos += System.nanoTime() - t0;
            root[i] = m.map(x -> root[Integer.parseInt(x.id())]).orElse(i);
            if (item.copyOf() >= 0) {
                planted++;
            }
            if (m.isPresent()) {
                if (item.copyOf() >= 0 && root[i] == item.copyOf()) {
                    found++;
                } else {
                    falsePositives++;
                }
            }
            if (mark < marks.size() && i + 1 == marks.get(mark)) {
                double chunk = (nanos - lastNanos) / 1e9;
                Step s = new Step(i + 1, nanos / 1e9, (i + 1 - lastCount) / chunk, planted, found, falsePositives);
                out.add(s);
                progress.accept(s);
                lastNanos = nanos;
                lastCount = i + 1;
                mark++;
            }
        }
        return out;
    }
}
