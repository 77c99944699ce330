package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

class TimexGranularityTest {

    private static String value(String tokens, String timex) {
        Sentence s = sentence(0, tokens, "", timex);
        return TimexGranularity.apply(s, s.timexes()).get(0).value();
    }

    @Test
    void agoTakesTheGranularityOfItsUnit() {
        assertEquals("1959", value("It/PRP began/VBD 41/CD years/NNS/year ago/RB", "2 5 1959-01-15"));
        assertEquals("1999-11", value("It/PRP began/VBD two/CD months/NNS/month ago/RB", "2 5 1999-11-28"));
        assertEquals("1999-11-25", value("It/PRP began/VBD three/CD days/NNS/day ago/RB", "2 5 1999-11-25"));
        assertEquals("1999-W47", value("It/PRP began/VBD six/CD weeks/NNS/week ago/RB", "2 5 1999-11-25"));
        assertEquals("2021", value("Sales/NNS were/VBD lower/JJR a/DT year/NN earlier/RBR/early", "3 6 2021-10-27"));
    }

    @Test
    void decadesAndCenturiesDropTheirPlaceholders() {
        assertEquals("197", value("in/IN the/DT 1970s/NNS", "1 3 197X"));
        assertEquals("19", value("the/DT 20th/JJ century/NN", "0 3 19XX"));
        assertEquals("2022-02-15", value("on/IN Tuesday/NNP", "1 2 2022-02-15"));
    }

    @Test
    void clockTimesDropTheZoneOffset() {
        assertEquals("2022-03-01T17:00", value("until/IN 5/CD p.m./RB EST/NNP Tuesday/NNP", "1 5 2022-03-01T17:00-0500"));
        assertEquals("2022-03-01T17:00", value("at/IN 5/CD p.m./RB Tuesday/NNP", "1 4 2022-03-01T17:00"));
    }

    @Test
    void halvesOfAYear() {
        assertEquals("2021-H2", value("for/IN the/DT last/JJ half/NN of/IN 2021/CD", "1 6 2021"));
        assertEquals("2022-H1", value("in/IN the/DT first/JJ half/NN of/IN 2022/CD", "1 6 2022"));
        assertEquals("2022", value("in/IN 2022/CD", "1 2 2022"));
    }

    @Test
    void thePastDecadeIsTenYearsAndTheLastOneThePreviousDecade() {
        assertEquals("P10Y", value("Crime/NN fell/VBD over/IN the/DT past/JJ decade/NN", "3 6 201X"));
        assertEquals("200", value("The/DT last/JJ decade/NN was/VBD the/DT warmest/JJS", "0 3 201X"));
        assertEquals("200", value("Wages/NNS stalled/VBD in/IN the/DT last/JJ decade/NN", "3 6 201X"));
        assertEquals("P10Y", value("Wages/NNS stalled/VBD over/IN the/DT last/JJ decade/NN", "3 6 201X"),
                "over the last decade: the ten years to now");
        assertEquals("201", value("The/DT last/JJ decade/NN of/IN the/DT century/NN was/VBD calm/JJ", "0 6 201X"),
                "a decade named, not the last one");
        assertEquals("20", value("the/DT last/JJ century/NN", "0 3 21XX"));
        assertEquals("198", value("in/IN the/DT last/JJ half/NN of/IN the/DT '80s/NNS", "1 7 198X"),
                "a decade named, not counted back");
    }

    @Test
    void theLastDecadeWithAPresentPerfectRunsUpToNow() {
        Sentence s = sentence(0, "China/NNP has/VBZ expanded/VBN its/PRP$ navy/NN the/DT last/JJ decade/NN",
                "root -1 2; nsubj 2 0; aux 2 1; nmod:poss 4 3; obj 2 4; obl:tmod 2 7; det 7 5; amod 7 6", "5 8 202X");
        assertEquals("P10Y", TimexGranularity.apply(s, s.timexes()).get(0).value());
    }

    @Test
    void aDayNumberAfterAMonthNamesTheDay() {
        assertEquals("2021-11-14", value("The/DT mayor/NN died/VBD last/JJ Nov./NNP 14/CD at/IN home/NN", "3 5 2021-11"));
        assertEquals("2021-11", value("Prices/NNS rose/VBD in/IN November/NNP 14/CD percent/NN", "3 4 2021-11"),
                "a count, not a day");
    }
}
