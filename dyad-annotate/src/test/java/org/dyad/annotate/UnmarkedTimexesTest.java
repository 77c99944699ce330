package org.dyad.annotate;

import static org.dyad.annotate.TimexTests.typed;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

class UnmarkedTimexesTest {

    private static int kept(Sentence s) {
        return UnmarkedTimexes.apply(s, s.timexes()).size();
    }

    @Test
    void agesAreNotTimes() {
        assertEquals(0, kept(typed("a/DT 7/CD -/HYPH year/NN -/HYPH old/JJ girl/NN", "", "1 6 P7Y", "DURATION")));
        assertEquals(0, kept(typed("the/DT 7-year-old/JJ girl/NN", "", "1 2 P7Y", "DURATION")));
        assertEquals(0, kept(typed("He/PRP is/VBZ 61/CD years/NNS old/JJ", "", "2 4 P61Y", "DURATION")));
        assertEquals(1, kept(typed("He/PRP waited/VBD 61/CD years/NNS", "", "2 4 P61Y", "DURATION")));
        assertEquals(0, kept(sentence(0, "this/DT 6/CD -/HYPH year/NN -/HYPH old/JJ boy/NN", "",
                "0 6 2016-04-03/2022-04-03")));
    }

    @Test
    void fractionsAreNotQuarterYears() {
        assertEquals(0, kept(typed("It/PRP imports/VBZ about/IN three/CD -/HYPH quarters/NNS/quarter of/IN its/PRP$ "
                + "food/NN", "", "2 6 P9M", "DURATION")));
        assertEquals(0, kept(typed("more/JJR than/IN a/DT quarter/NN of/IN the/DT market/NN", "", "0 4 P3M",
                "DURATION")));
        assertEquals(1, kept(typed("for/IN a/DT quarter/NN of/IN a/DT century/NN", "", "1 3 P3M", "DURATION")));
        assertEquals(1, kept(typed("It/PRP lost/VBD money/NN for/IN two/CD quarters/NNS/quarter", "", "4 6 P6M",
                "DURATION")));
    }

    @Test
    void wordsThatOnlyLookTemporalAreDropped() {
        assertEquals(0, kept(typed("The/DT SEC/NNP sued/VBD", "", "0 2 2022-02-17TXX:XX", "TIME")));
        assertEquals(0, kept(sentence(0, "Jan/NNP Novak/NNP resigned/VBD", "", "0 1 2022-01")));
        assertEquals(1, kept(sentence(0, "It/PRP ends/VBZ in/IN Jan/NNP ./.", "", "3 4 2022-01")));
        assertEquals(0, kept(sentence(0, "Justice/NNP Mary/NNP Day/NNP Smith/NNP dissented/VBD", "", "2 3 P1D")));
        assertEquals(0, kept(sentence(0, "They/PRP will/MD present/VB the/DT plan/NN", "", "2 3 PRESENT_REF")));
        assertEquals(1, kept(sentence(0, "At/IN present/NN ,/, nothing/NN moves/VBZ", "", "1 2 PRESENT_REF")));
        assertEquals(0, kept(sentence(0, "It/PRP was/VBD a/DT proud/JJ day/NN for/IN them/PRP", "", "4 5 P1D")));
        assertEquals(1, kept(sentence(0, "It/PRP took/VBD a/DT day/NN", "", "2 4 P1D")));
    }

    @Test
    void titlesInQuotationMarksAreNames() {
        assertEquals(0, kept(typed("He/PRP said/VBD on/IN CBS/NNP 's/POS ``/`` 60/CD Minutes/NNPS ''/'' ./.", "",
                "6 8 PT60M", "DURATION")));
        assertEquals(0, kept(sentence(0, "speaking/VBG on/IN ``/`` This/DT Week/NN ,/, ''/'' he/PRP said/VBD", "",
                "3 5 2022-W07")));
        assertEquals(1, kept(sentence(0, "``/`` Today/NN we/PRP mourn/VBP ,/, ''/'' he/PRP said/VBD", "",
                "1 2 2022-02-17")));
    }

    @Test
    void theNounMarchAndEventsNamedMarchAreNotMonths() {
        assertEquals(0, kept(sentence(0, "thousands/NNS joined/VBD the/DT march/NN", "", "3 4 2022-03")));
        assertEquals(0, kept(sentence(0, "at/IN the/DT annual/JJ March/NNP for/IN Life/NNP", "", "1 4 XXXX-03")));
        assertEquals(1, kept(sentence(0, "in/IN March/NNP of/IN 2021/CD", "", "1 4 2021-03")));
        assertEquals(1, kept(sentence(0, "in/IN March/NNP ,/, he/PRP said/VBD", "", "1 2 2022-03")));
    }

    @Test
    void pastAsPrepositionAndSecondAsOrdinalAreNotTimes() {
        assertEquals(0, kept(sentence(0, "talks/NNS went/VBD past/IN the/DT deadline/NN", "", "2 3 PAST_REF")));
        assertEquals(0, kept(typed("A/DT second/JJ group/NN formed/VBD", "", "0 2 PT1S", "DURATION")));
        assertEquals(1, kept(typed("It/PRP lasted/VBD a/DT second/NN ./.", "", "2 4 PT1S", "DURATION")));
    }

    @Test
    void onceAndPreviouslyLocateNothing() {
        assertEquals(0, kept(sentence(0, "Once/IN he/PRP lands/VBZ ,/, talks/NNS start/VBP", "", "0 1 PAST_REF")));
        assertEquals(0, kept(sentence(0, "as/IN previously/RB reported/VBN", "", "1 2 PAST_REF")));
        assertEquals(1, kept(sentence(0, "He/PRP recently/RB resigned/VBD", "", "1 2 PAST_REF")));
    }

    @Test
    void theUnitOfARateIsNoTime() {
        assertEquals(0, kept(typed("It/PRP saves/VBZ $/$ 3/CD million/CD a/DT year/NN", "", "5 7 P1Y", "DURATION")));
        assertEquals(0, kept(typed("adding/VBG 600/CD seats/NNS a/DT week/NN", "", "3 5 P1W", "SET")));
        assertEquals(1, kept(typed("They/PRP meet/VBP three/CD times/NNS a/DT week/NN", "", "4 6 P1W", "SET")));
        assertEquals(1, kept(typed("the/DT first/JJ rise/NN in/IN a/DT year/NN", "", "4 6 P1Y", "DURATION")));
        assertEquals(1, kept(typed("profit/NN of/IN $/$ 3/CD million/CD a/DT year/NN earlier/RBR", "", "5 8 1988",
                "DATE")));
        // a span counted from a time, after a plural noun or an amount, is a time
        assertEquals(1, kept(typed("Protesters/NNS returned/VBD to/TO the/DT streets/NNS a/DT week/NN after/IN the/DT vote/NN",
                "", "5 7 P1W", "DURATION")));
        assertEquals(1, kept(typed("Gunmen/NNS killed/VBD 12/CD people/NNS a/DT week/NN after/IN the/DT vote/NN",
                "", "4 6 P1W", "DURATION")));
    }

    @Test
    void nowOpeningASentenceBeforeACommaIsADiscourseMarker() {
        assertEquals(0, kept(sentence(0, "Now/RB ,/, the/DT board/NN must/MD decide/VB", "", "0 1 PRESENT_REF")));
        assertEquals(0, kept(sentence(0, "``/`` Now/RB ,/, we/PRP wait/VBP", "", "1 2 PRESENT_REF")));
        assertEquals(1, kept(sentence(0, "Now/RB the/DT board/NN must/MD decide/VB", "", "0 1 PRESENT_REF")));
        assertEquals(1, kept(sentence(0, "The/DT board/NN now/RB ,/, says/VBZ", "", "2 3 PRESENT_REF")));
    }

    @Test
    void yearlyAndQuarterlyModifiersOfNounsAreDropped() {
        assertEquals(0, kept(typed("It/PRP raised/VBD its/PRP$ quarterly/JJ payout/NN", "", "3 4 P3M", "SET")));
        assertEquals(0, kept(typed("the/DT annual/JJ meeting/NN", "", "1 2 P1Y", "SET")));
        assertEquals(1, kept(typed("The/DT fair/NN is/VBZ held/VBN annually/RB ./.", "", "4 5 P1Y", "SET")));
        assertEquals(0, kept(typed("Sales/NNS should/MD rise/VB 8/CD %/NN annually/RB", "", "5 6 P1Y", "SET")));
        assertEquals(1, kept(typed("her/PRP$ weekly/JJ column/NN", "", "1 2 P1W", "SET")));
    }

    @Test
    void aNightAfterAPriceIsTheUnitOfARate() {
        // SUTime may tag the unit without its article
        assertEquals(0, kept(sentence(0, "Rooms/NNS cost/VBP $/$ 40/CD a/DT night/NN", "", "5 6 2022-02-17TNI")));
        assertEquals(1, kept(sentence(0, "Rooms/NNS were/VBD searched/VBN that/DT night/NN", "", "4 5 2022-02-17TNI")));
    }

    @Test
    void aBarePartOfTheDayModifyingANounIsNoTime() {
        assertEquals(0, kept(sentence(0, "She/PRP spoke/VBD on/IN a/DT morning/NN talk/NN show/NN",
                "nsubj 1 0; root -1 1; case 6 2; det 6 3; compound 6 4; compound 6 5; obl 1 6", "4 5 2022-02-17TMO")));
        assertEquals(1, kept(sentence(0, "She/PRP spoke/VBD on/IN Tuesday/NNP morning/NN",
                "nsubj 1 0; root -1 1; case 4 2; compound 4 3; obl 1 4", "3 5 2022-02-15TMO")));
        assertEquals(1, kept(sentence(0, "Talks/NNS resumed/VBD in/IN the/DT morning/NN",
                "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl 1 4", "3 5 2022-02-17TMO")));
    }
}
