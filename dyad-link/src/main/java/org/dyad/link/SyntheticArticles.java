package org.dyad.link;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * News-like articles made up from a vocabulary of invented words, for measuring near-duplicate
 * detection at scale without any outside data. Word frequencies follow Zipf's law, as in real text, and
 * a share of the articles are planted copies of an earlier one: a new headline, a few words changed, the
 * last paragraph sometimes dropped and a credit line sometimes added, as wire copies are.
 */
public final class SyntheticArticles {

    /** A generated article; {@code copyOf} is the index of the article it copies, or -1. */
    public record Item(int index, String title, String body, int copyOf) {
    }

    private static final String[] FUNCTION = ("the of and to in a that said on for with as was by at from it "
            + "his her their its after over about had has have were be is are will would not but an which who "
            + "this also more than into two last new officials minister government president").split(" ");
    private static final String[] SYLLABLES = ("ka lo ri ta ne mu sa vo di pe ra li no ve ku ma so te bi ga "
            + "fe zo ha ju ni ol an er in us ar ev om ul ip ek").split(" ");

    private final long seed;
    private final double copyShare;
    private final String[] words;
    private final double[] cumulative;

    /**
     * @param seed      the same seed gives the same articles
     * @param copyShare share of articles that copy an earlier one
     */
    public SyntheticArticles(long seed, double copyShare) {
        this.seed = seed;
        this.copyShare = copyShare;
        SplittableRandom r = new SplittableRandom(seed);
        words = new String[20_000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            words[i] = w.toString();
        }
        cumulative = new double[words.length];
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < words.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Article {@code i}; the same i always gives the same article. */
    public Item get(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        if (i > 0 && r.nextDouble() < copyShare) {
            int original = r.nextInt(i);
            Item o = get(original);
            if (o.copyOf() >= 0) {
                original = o.copyOf();
                o = get(original);
            }
            return new Item(i, sentence(r, 6 + r.nextInt(5), true), edit(o.body(), r), original);
        }
        return new Item(i, sentence(r, 6 + r.nextInt(5), true), body(r), -1);
    }

    private String body(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 4 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence(r, 12 + r.nextInt(18), false));
            }
        }
        return b.toString();
    }

    private String sentence(SplittableRandom r, int length, boolean title) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            if (k > 0) {
                s.append(' ');
            }
            String w = r.nextDouble() < 0.4 ? FUNCTION[r.nextInt(FUNCTION.length)] : word(r);
            if (k == 0 || title || r.nextDouble() < 0.08) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(w);
        }
        return title ? s.toString() : s.append('.').toString();
    }

    private String word(SplittableRandom r) {
        double x = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return words[lo];
    }

    /** A light edit: about 2% of words changed, the last paragraph sometimes dropped, a credit sometimes added. */
    private String edit(String body, SplittableRandom r) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
        if (paragraphs.size() > 4 && r.nextDouble() < 0.3) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            String[] ws = p.split(" ");
            for (int k = 0; k < ws.length; k++) {
                if (k > 0) {
                    out.append(' ');
                }
                out.append(r.nextDouble() < 0.02 ? word(r) : ws[k]);
            }
        }
        if (r.nextDouble() < 0.5) {
            out.append("\n\n(Reporting by ").append(word(r)).append("; editing by ").append(word(r)).append(")");
        }
        return out.toString();
    }
}
