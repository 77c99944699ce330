package org.dyad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashIndexTest {

    static final String WIRE = """
            TOKYO — Japan pledged $50 million in emergency humanitarian aid to Sudan on Monday, the Foreign Ministry \
            said, as fighting between the army and a paramilitary force drove more than a million people from their homes.

            The money will be channelled through United Nations agencies and the Red Cross to provide food, clean water \
            and medical care to civilians in Khartoum and in the western region of Darfur, the ministry said.

            Foreign Minister Yoshimasa Hayashi said Tokyo was deeply concerned by the violence and urged both sides to \
            agree a lasting ceasefire. Japan evacuated its nationals from Sudan in April.""";

    /** The wire story as a second site ran it: its own line breaks, two words changed, a credit line added. */
    static final String COPY = """
            TOKYO - Japan pledged $50 million in emergency humanitarian aid to Sudan on Monday, the Foreign Ministry said, \
            as fighting between the army and a paramilitary force drove more than one million people from their homes. \
            The money will be channelled through United Nations agencies and the Red Cross to provide food, clean water \
            and medical care to civilians in Khartoum and in the western region of Darfur, the ministry said. Foreign \
            Minister Yoshimasa Hayashi said Tokyo was deeply concerned by the violence and urged both sides to agree a \
            durable ceasefire. Japan evacuated its nationals from Sudan in April. (Reporting by Pacific Wire.)""";

    /** Another outlet's own report of the same pledge. */
    static final String SAME_NEWS = """
            Japan will give Sudan $50 million to help civilians caught in the fighting, Foreign Minister Yoshimasa \
            Hayashi told reporters in Tokyo on Monday. The aid, to be spent through U.N. agencies and the Red Cross, \
            follows the evacuation of Japanese citizens in April. Hayashi called for a lasting ceasefire.""";

    @Test
    void aWireCopyWithItsOwnHeadlineAndLayoutIsFound() {
        MinHashIndex index = new MinHashIndex();
        index.add("wire", WIRE);
        index.add("other", SAME_NEWS);
        Optional<NearDuplicates.Match> m = index.find(COPY);
        assertTrue(m.isPresent());
        assertEquals("wire", m.get().id());
        assertTrue(m.get().similarity() >= 0.6, "similarity " + m.get().similarity());
    }

    @Test
    void anotherReportOfTheSameNewsIsNotACopy() {
        MinHashIndex index = new MinHashIndex();
        index.add("wire", WIRE);
        assertEquals(Optional.empty(), index.find(SAME_NEWS));
    }

    @Test
    void theEstimateIsCloseToTheExactJaccardSimilarity() {
        double exact = exact(WIRE, COPY);
        double estimate = MinHashIndex.similarity(MinHashIndex.signature(WIRE), MinHashIndex.signature(COPY));
        assertTrue(Math.abs(exact - estimate) < 0.12, "exact " + exact + ", estimate " + estimate);
        assertEquals(1.0, MinHashIndex.similarity(MinHashIndex.signature(WIRE), MinHashIndex.signature(WIRE)));
    }

    @Test
    void shinglesIgnoreCasePunctuationAndSpacing() {
        assertEquals(shingles("Japan pledged $50 million in aid, the ministry said."),
                shingles("JAPAN  pledged 50 million\nin aid - the Ministry said"));
        assertEquals(1, shingles("Two words").size(), "a short text is one shingle");
        assertEquals(0, shingles(" ... ").size());
    }

    @Test
    void removedOrReplacedDocumentsAreNotFound() {
        MinHashIndex index = new MinHashIndex();
        index.add("wire", WIRE);
        index.remove("wire");
        assertEquals(0, index.size());
        assertEquals(Optional.empty(), index.find(COPY));
        index.add("wire", SAME_NEWS);
        index.add("wire", WIRE);
        assertEquals(1, index.size());
        assertEquals("wire", index.find(COPY).orElseThrow().id());
    }

    @Test
    void theFirstIndexedWinsATie() {
        MinHashIndex index = new MinHashIndex();
        index.add("original", WIRE);
        index.add("repost", WIRE);
        assertEquals("original", index.find(WIRE).orElseThrow().id());
    }

    @Test
    void syntheticCopiesAreFoundAtScale() {
        java.util.List<DedupeBenchmark.Step> steps = DedupeBenchmark.run(3000, 0.1, 1, s -> { });
        DedupeBenchmark.Step last = steps.get(steps.size() - 1);
        assertEquals(3000, last.articles());
        assertTrue(last.recall() > 0.9, "recall " + last.recall());
        assertTrue(last.falsePositives() <= 3, "false positives " + last.falsePositives());
    }

    private static Set<Long> shingles(String text) {
        Set<Long> out = new HashSet<>();
        Shingles.forEach(text, out::add);
        return out;
    }

    private static double exact(String a, String b) {
        Set<Long> x = shingles(a);
        Set<Long> y = shingles(b);
        Set<Long> both = new HashSet<>(x);
        both.retainAll(y);
        Set<Long> either = new HashSet<>(x);
        either.addAll(y);
        return both.size() / (double) either.size();
    }
}
