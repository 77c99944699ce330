package org.dyad.link;

/**
 * Word shingles of a text, hashed to 64 bits: the sets whose Jaccard similarity MinHash estimates.
 * Words are runs of letters and digits, lower-cased; punctuation, case and spacing do not matter, so a
 * re-typeset copy has the same shingles as its original.
 */
public final class Shingles {

    /** Words per shingle. */
    public static final int K = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /**
     * Calls {@code sink} with the hash of every {@value #K}-word shingle of {@code text} (a text of fewer
     * words gives one shingle of all of them; an empty text none). Hashes may repeat.
     */
    public static void forEach(CharSequence text, java.util.function.LongConsumer sink) {
        long[] window = new long[K];
        int words = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                window[words % K] = mix(h);
                words++;
                if (words >= K) {
                    sink.accept(shingle(window, words));
                }
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (words > 0 && words < K) {
            sink.accept(shingle(window, words));
        }
    }

    /** The hash of the last min(K, words) words in the ring buffer, oldest first. */
    private static long shingle(long[] window, int words) {
        int count = Math.min(K, words);
        long s = 0x9E3779B97F4A7C15L;
        for (int j = words - count; j < words; j++) {
            s = (s ^ window[j % K]) * 0xbf58476d1ce4e5b9L;
            s = Long.rotateLeft(s, 31);
        }
        return mix(s);
    }

    /** SplitMix64's finaliser: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
