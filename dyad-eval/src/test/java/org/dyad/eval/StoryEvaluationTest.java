package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEvaluationTest {

    @Test
    void bcubedAveragesItemByItem() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "2");
        double[] perfect = StoryEvaluation.bcubed(Map.of("a", "x", "b", "x", "c", "y", "d", "y"), gold);
        assertEquals(1.0, perfect[0], 1e-9);
        assertEquals(1.0, perfect[1], 1e-9);
        double[] one = StoryEvaluation.bcubed(Map.of("a", "x", "b", "x", "c", "x", "d", "x"), gold);
        assertEquals(0.5, one[0], 1e-9);
        assertEquals(1.0, one[1], 1e-9);
        double[] singletons = StoryEvaluation.bcubed(Map.of("a", "1", "b", "2", "c", "3", "d", "4"), gold);
        assertEquals(1.0, singletons[0], 1e-9);
        assertEquals(0.5, singletons[1], 1e-9);
    }

    @Test
    void aDateLineNearTheTopStandsInForThePublicationDate() {
        assertEquals(LocalDate.of(2013, 6, 13), StoryEvaluation.leadDate("Lohan leaves\nFirst Published: June 13, 2013 4:59 PM\nBody."));
        assertEquals(LocalDate.of(2013, 6, 14), StoryEvaluation.leadDate("Title\n14 June 2013\nBody."));
        assertEquals(LocalDate.of(2009, 2, 2), StoryEvaluation.leadDate("Title\n10:55 P. M. FEB. 2, 2009\nBody."));
        assertEquals(LocalDate.of(2013, 9, 26), StoryEvaluation.leadDate("Title\n2013-09-26\nBody."));
        assertNull(StoryEvaluation.leadDate("Title\nNo date here.\nOr here.\nMay 2, 2013 comes too late."));
    }

    @Test
    void storiesOfTwoTopicsAreScored() {
        List<StoryEvaluation.StoryCase> cases = List.of(
                new StoryEvaluation.StoryCase("a1", "Quake shakes Papua\nA strong earthquake shook Indonesia's Papua "
                        + "province on Sunday, damaging houses in Jayapura.", "quake"),
                new StoryEvaluation.StoryCase("a2", "Papua quake damages homes\nThe earthquake in Papua damaged "
                        + "hundreds of houses around Jayapura, officials in Indonesia said.", "quake"),
                new StoryEvaluation.StoryCase("b1", "Storm floods Manila\nTyphoon rains flooded Manila streets as "
                        + "the Philippines closed schools.", "storm"),
                new StoryEvaluation.StoryCase("b2", "Manila under water\nFloods from the typhoon closed schools in "
                        + "Manila, the Philippines said.", "storm"));
        StoryEvaluation.Result r = StoryEvaluation.score(cases);
        assertEquals(4, r.documents());
        assertEquals(2, r.goldStories());
        assertEquals(1.0, r.f1(), 1e-9);
    }
}
