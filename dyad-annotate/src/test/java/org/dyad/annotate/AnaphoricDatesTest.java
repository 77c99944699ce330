package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class AnaphoricDatesTest {

    private static List<String> values(Sentence s, String lastDay, String lastMonth) {
        return AnaphoricDates.apply(s, s.timexes(), lastDay, lastMonth).stream().map(Timex::value).toList();
    }

    @Test
    void theFollowingMonthCountsFromTheMonthLastNamed() {
        Sentence s = sentence(0, "The/DT following/VBG month/NN ,/, the/DT mill/NN closed/VBD ./.", "", "0 3 2022-06");
        assertEquals(List.of("2021-12"), values(s, null, "2021-11"));
        assertEquals(List.of("2022-06"), values(s, null, null), "nothing named before: as SUTime read it");
    }

    @Test
    void thePreviousWeekdayCountsFromTheDayLastNamed() {
        Sentence s = sentence(0, "Stocks/NNS were/VBD up/RB 2/CD %/NN from/IN the/DT previous/JJ Tuesday/NNP ./.", "",
                "6 9 2022-05-10");
        assertEquals(List.of("2022-05-03"), values(s, "2022-05-10", "2022-05"));
    }

    @Test
    void aDayNamedEarlierInTheSentenceCounts() {
        Sentence s = sentence(0, "Talks/NNS began/VBD on/IN March/NNP 2/CD and/CC ended/VBD the/DT following/VBG "
                + "month/NN ./.", "", "3 5 2021-03-02;7 10 2022-06");
        assertEquals(List.of("2021-03-02", "2021-04"), values(s, null, null));
    }
}
