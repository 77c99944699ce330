package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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

    @Test
    void aClockTimeNamesItsDay() {
        Sentence parsed = sentence(0, "Shelling/NN began/VBD at/IN 6:15/CD a.m./RB Tuesday/NNP and/CC stopped/VBD "
                + "the/DT following/VBG Friday/NNP ./.", "", "");
        Sentence s = new Sentence(0, 0, 0, parsed.text(), parsed.tokens(), parsed.dependencies(), List.of(
                new Timex(3, 6, "6:15 a.m. Tuesday", "TIME", "2022-05-10T06:15"),
                new Timex(8, 11, "the following Friday", "DATE", "2022-05-20")));
        assertEquals(List.of("2022-05-10T06:15", "2022-05-13"), values(s, null, null));
        Sentence night = sentence(0, "Losses/NNS overnight/RB in/IN Tokyo/NNP weighed/VBD more/JJR than/IN on/IN "
                + "the/DT previous/JJ Friday/NNP ./.", "", "");
        Sentence dayless = new Sentence(0, 0, 0, night.text(), night.tokens(), night.dependencies(), List.of(
                new Timex(1, 2, "overnight", "TIME", "2022-05-16TNI"),
                new Timex(8, 11, "the previous Friday", "DATE", "2022-05-13")));
        assertEquals(List.of("2022-05-16TNI", "2022-05-06"), values(dayless, "2022-05-13", "2022-05"),
                "a time naming no day keeps the day named before");
    }

    @Test
    void aLaterMonthLeavesNoDayToCountFrom() {
        ArticleTime article = new ArticleTime(LocalDate.of(2022, 6, 1));
        Sentence first = sentence(0, "Kyiv/NNP protested/VBD on/IN April/NNP 8/CD ./.", "", "3 5 2022-04-08");
        article.saw(first, first.timexes());
        Sentence later = sentence(0, "The/DT following/VBG month/NN ,/, it/PRP recalled/VBD its/PRP$ envoy/NN ./.", "",
                "0 3 2022-05");
        article.saw(later, later.timexes());
        assertEquals(null, article.lastDay(), "April 8 is not in May");
        assertEquals("2022-05", article.lastMonth());
        Sentence clock = sentence(0, "Talks/NNS resumed/VBD at/IN 10/CD a.m./RB on/IN Monday/NNP ./.", "",
                "3 7 2022-05-16T10:00");
        article.saw(clock, clock.timexes());
        assertEquals("2022-05-16", article.lastDay());
    }

    @Test
    void theSameDayIsTheDayLastNamed() {
        Sentence s = sentence(0, "Troops/NNS shelled/VBD the/DT port/NN the/DT same/JJ day/NN ./.", "", "4 7 2023-09-30");
        assertEquals(List.of("2023-09-26"), values(s, "2023-09-26", "2023-09"));
        assertEquals(List.of("2023-09-30"), values(s, null, null), "nothing named before: as SUTime read it");
    }
}
