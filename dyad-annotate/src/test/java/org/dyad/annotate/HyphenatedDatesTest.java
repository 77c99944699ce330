package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class HyphenatedDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 10, 27);

    private static List<String> found(Sentence s) {
        return HyphenatedDates.apply(s, s.timexes(), PUBLISHED).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void aMonthOrYearInsideAHyphenatedWordIsADate() {
        assertEquals(List.of("mid-November=2022-11"),
                found(sentence(0, "Results/NNS are/VBP due/JJ in/IN mid-November/NNP")));
        assertEquals(List.of("late-November=2022-11"),
                found(sentence(0, "the/DT late/JJ -/HYPH November/NNP trip/NN")));
        assertEquals(List.of("mid-1996=1996"), found(sentence(0, "It/PRP split/VBD in/IN mid-1996/NN")));
        assertEquals(List.of("post-1959=1959"), found(sentence(0, "the/DT post-1959/JJ politics/NNS")));
    }

    @Test
    void hyphenatedDurations() {
        assertEquals(List.of("day-long=P1D"), found(sentence(0, "a/DT day-long/JJ meeting/NN")));
        assertEquals(List.of("decades-long=PXY"), found(sentence(0, "a/DT decades-long/JJ feud/NN")));
        assertEquals(List.of("several-year=PXY"), found(sentence(0, "a/DT several-year/JJ tenure/NN")));
        assertEquals(List.of("hour-long=PT1H"), found(sentence(0, "an/DT hour/NN -/HYPH long/JJ speech/NN")));
    }

    @Test
    void otherHyphenatedWordsAndMarkedDatesAreLeftAlone() {
        assertEquals(List.of(), found(sentence(0, "pre-tax/JJ profit/NN rose/VBD")));
        Sentence marked = sentence(0, "in/IN mid-November/NNP", "", "1 2 2022-11");
        assertEquals(List.of("mid-November=2022-11"), found(marked));
    }

    @Test
    void tenseAnchoringPicksTheYearOfTheMonth() {
        Sentence s = sentence(0, "The/DT trip/NN was/VBD in/IN late/JJ -/HYPH March/NNP", "", "");
        List<Timex> added = HyphenatedDates.apply(s, s.timexes(), PUBLISHED);
        assertEquals("2022-03", TenseAnchoring.apply(s, added, PUBLISHED).get(0).value());
        Sentence december = sentence(0, "The/DT trip/NN was/VBD in/IN mid-December/NNP ,/, he/PRP said/VBD",
                "root -1 7; det 1 0; nsubj 4 1; cop 4 2; case 4 3; ccomp 7 4; punct 7 5; nsubj 7 6", "");
        List<Timex> dec = HyphenatedDates.apply(december, december.timexes(), LocalDate.of(2023, 1, 10));
        assertEquals("2022-12", TenseAnchoring.apply(december, dec, LocalDate.of(2023, 1, 10)).get(0).value());
    }

    @Test
    void yearEndAfterAPrepositionIsTheLastDayOfTheYear() {
        assertEquals(List.of("year-end=2022-12-31"),
                found(sentence(0, "The/DT sale/NN should/MD close/VB by/IN year-end/NN ./.")));
        assertEquals(List.of("year-end=2021-12-31"),
                found(sentence(0, "Shares/NNS have/VBP doubled/VBN since/IN year-end/NN ./.")), "looking back");
        assertEquals(List.of(), found(sentence(0, "The/DT year-end/JJ bonus/NN was/VBD cut/VBN ./.")),
                "a modifier names no date");
    }

    @Test
    void afterOrFromYearEndFollowsTheTense() {
        assertEquals(List.of("year-end=2022-12-31"),
                found(sentence(0, "The/DT mill/NN will/MD shut/VB after/IN year-end/NN ./.")), "ahead");
        assertEquals(List.of("year-end=2021-12-31"),
                found(sentence(0, "The/DT index/NN is/VBZ up/RB 6/CD %/NN from/IN year-end/NN ./.")),
                "a comparison in the present looks back");
        assertEquals(List.of("year-end=2021-12-31"),
                found(sentence(0, "Deposits/NNS fell/VBD after/IN year-end/NN ./.")), "past");
    }

    @Test
    void aHyphenatedPartOfDayJoinsTheDayNextToIt() {
        assertEquals(List.of("mid-morning Tuesday=2022-10-25TMO"), found(sentence(0,
                "The/DT shelling/NN resumed/VBD mid-morning/NN Tuesday/NNP ./.", "", "4 5 2022-10-25")));
        assertEquals(List.of("Monday late-night=2022-10-24TNI"), found(sentence(0,
                "Police/NNS arrived/VBD Monday/NNP late-night/JJ ./.", "", "2 3 2022-10-24")));
        assertEquals(List.of(), found(sentence(0, "They/PRP met/VBD at/IN mid-morning/NN ./.")), "no day to join");
    }
}
