package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/** Tense decides which side of the publication date a bare weekday or month falls on. */
class TenseAnchoringTest {

    private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 17);

    private static String value(Sentence s) {
        return TenseAnchoring.apply(s, s.timexes(), THURSDAY).get(0).value();
    }

    @Test
    void pastTenseWeekdayIsTheOneBefore() {
        Sentence s = sentence(0, "Troops/NNS withdrew/VBD/withdraw on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 2022-02-18");
        assertEquals("2022-02-11", value(s));
    }

    @Test
    void futureWeekdayIsTheOneAfterAndKeepsItsTimeOfDay() {
        Sentence s = sentence(0, "They/PRP will/MD meet/VB on/IN Monday/NNP night/NN ./.",
                "root -1 2; nsubj 2 0; aux 2 1; obl 2 5; case 5 3; compound 5 4; punct 2 6", "4 6 2022-02-14TNI");
        assertEquals("2022-02-21TNI", value(s));
    }

    @Test
    void directedAndDatedExpressionsAreLeftAlone() {
        Sentence next = sentence(0, "Talks/NNS resumed/VBD/resume next/JJ Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2022-02-25");
        assertEquals("2022-02-25", value(next));
        Sentence dated = sentence(0, "Talks/NNS resumed/VBD/resume on/IN Monday/NNP ,/, Feb./NNP 21/CD ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; appos 3 6; compound 6 5; punct 1 7", "3 7 2022-02-21");
        assertEquals("2022-02-21", value(dated));
    }

    @Test
    void monthFarAheadInAPastClauseIsLastYears() {
        Sentence s = sentence(0, "The/DT army/NN attacked/VBD/attack in/IN October/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl 2 4; case 4 3; punct 2 5", "4 5 2022-10");
        assertEquals("2021-10", value(s));
        Sentence soon = sentence(0, "The/DT vote/NN was/VBD/be set/VBN/set for/IN March/NNP ./.",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; obl 3 5; case 5 4; punct 3 6", "5 6 2022-03");
        assertEquals("2022-03", value(soon), "within two months: left as SUTime resolved it");
    }

    @Test
    void noAnchorNoChange() {
        Sentence s = sentence(0, "Troops/NNS withdrew/VBD/withdraw on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 XXXX-WXX-5");
        assertEquals(List.of(s.timexes().get(0)), TenseAnchoring.apply(s, s.timexes(), null));
    }
}
