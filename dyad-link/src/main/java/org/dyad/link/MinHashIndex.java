package org.dyad.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@link NearDuplicates} by MinHash signatures over word shingles and locality-sensitive hashing of
 * their bands.
 *
 * <p>A signature holds {@value #HASHES} minima, one per hash function of the form
 * {@code (a·x + b) >>> 33} over the 64-bit shingle hashes. The signature is cut into {@value #BANDS}
 * bands of {@value #ROWS} rows; two documents become candidates when any band is equal, which happens
 * with probability {@code 1 - (1 - J^4)^32} for Jaccard similarity J (0.99 at J = 0.6, 0.87 at 0.5,
 * 0.23 at 0.3). Candidates are then kept only if the fraction of equal minima, an unbiased estimate of J,
 * reaches the threshold. Finding and adding cost O(shingles × hashes) for the signature plus
 * O(bands × bucket size) for the lookup, so a corpus of n documents is indexed in about O(n) time as long
 * as buckets stay small, which they do for texts that are not near-duplicates.
 */
public final class MinHashIndex implements NearDuplicates {

    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /** Estimated Jaccard similarity of 5-word shingles from which a text counts as a copy. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        SplittableRandom r = new SplittableRandom(0x5eed_d1adL);
        for (int i = 0; i < HASHES; i++) {
            A[i] = r.nextLong() | 1L;
            B[i] = r.nextLong();
        }
    }

    private final double threshold;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] signatures = new int[HASHES * 1024];
    /** Per band and slot: the next slot in the same bucket, or -1. */
    private int[] next = new int[BANDS * 1024];
    private final LongIntMap[] buckets = new LongIntMap[BANDS];
    private int live;

    public MinHashIndex() {
        this(DEFAULT_THRESHOLD);
    }

    public MinHashIndex(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            buckets[b] = new LongIntMap();
        }
    }

    public double threshold() {
        return threshold;
    }

    /** The MinHash signature of a text: {@value #HASHES} minima. */
    public static int[] signature(CharSequence text) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        Shingles.forEach(text, x -> {
            for (int i = 0; i < HASHES; i++) {
                int v = (int) ((A[i] * x + B[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        });
        return sig;
    }

    /** Fraction of equal minima: the estimate of the Jaccard similarity of two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    @Override
    public Optional<Match> find(String text) {
        return find(signature(text));
    }

    /** The indexed document most similar to the signature, if its estimate reaches the threshold. */
    public Optional<Match> find(int[] sig) {
        int best = -1;
        double bestSim = -1;
        for (int b = 0; b < BANDS; b++) {
            for (int slot = buckets[b].get(bandKey(sig, b)); slot >= 0; slot = next[slot * BANDS + b]) {
                if (ids.get(slot) == null || !sameBand(sig, slot, b)) {
                    continue;
                }
                double s = similarity(sig, slot);
                // The first slot indexed wins ties: the original, not a later copy of it.
                if (s > bestSim || (s == bestSim && slot < best)) {
                    best = slot;
                    bestSim = s;
                }
            }
        }
        return best >= 0 && bestSim >= threshold ? Optional.of(new Match(ids.get(best), bestSim)) : Optional.empty();
    }

    @Override
    public void add(String id, String text) {
        add(id, signature(text));
    }

    /** Indexes a signature under {@code id}, replacing an earlier one. */
    public void add(String id, int[] sig) {
        if (sig.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, got " + sig.length);
        }
        remove(id);
        int slot = ids.size();
        ids.add(id);
        slots.put(id, slot);
        live++;
        if ((slot + 1) * HASHES > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
            next = Arrays.copyOf(next, next.length * 2);
        }
        System.arraycopy(sig, 0, signatures, slot * HASHES, HASHES);
        for (int b = 0; b < BANDS; b++) {
            next[slot * BANDS + b] = buckets[b].put(bandKey(sig, b), slot);
        }
    }

    @Override
    public void remove(String id) {
        Integer slot = slots.remove(id);
        if (slot != null) {
            ids.set(slot, null);
            live--;
        }
    }

    @Override
    public int size() {
        return live;
    }

    private double similarity(int[] sig, int slot) {
        int same = 0;
        int base = slot * HASHES;
        for (int i = 0; i < HASHES; i++) {
            if (sig[i] == signatures[base + i] && sig[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private boolean sameBand(int[] sig, int slot, int band) {
        int base = slot * HASHES + band * ROWS;
        for (int r = 0; r < ROWS; r++) {
            if (signatures[base + r] != sig[band * ROWS + r]) {
                return false;
            }
        }
        return true;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = Shingles.mix(h * 31 + sig[band * ROWS + r]);
        }
        return h;
    }

    /** Open addressing from a long key to the last slot put under it (the head of its chain). */
    private static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private boolean[] used = new boolean[1024];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = (int) Shingles.mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        /** Sets the key's value and returns the one it had, or -1. */
        int put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) Shingles.mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    int old = values[i];
                    values[i] = value;
                    return old;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            size++;
            return -1;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }
}
