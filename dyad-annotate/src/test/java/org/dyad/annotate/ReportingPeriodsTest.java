package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/** Year-back and latest periods of company reports, anchored on a late-October publication date. */
class ReportingPeriodsTest {

    private static final LocalDate OCTOBER = LocalDate.of(2022, 10, 27);

    private static List<String> found(Sentence s, String articleQuarter) {
        return ReportingPeriods.apply(s, s.timexes(), OCTOBER, articleQuarter).stream()
                .map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void theYearAgoQuarterIsTheReportedQuarterAYearBack() {
        Sentence s = sentence(0, "It/PRP earned/VBD $/$ 4/CD million/CD in/IN the/DT year/NN -/HYPH ago/JJ quarter/NN");
        assertEquals(List.of("the year - ago quarter=2021-Q2"), found(s, "2022-Q2"));
        assertEquals(List.of("the year - ago quarter=2021-Q3"), found(s, null), "the last completed quarter");
    }

    @Test
    void aYearEarlierPeriodFollowsTheQuarterTheSentenceNames() {
        Sentence s = sentence(0, "Third-quarter/JJ sales/NNS rose/VBD from/IN the/DT year-earlier/JJ period/NN",
                "", "0 1 2022-Q3");
        assertEquals(List.of("Third-quarter=2022-Q3", "the year-earlier period=2021-Q3"), found(s, "2022-Q1"));
    }

    @Test
    void yearEarlierAloneDatesTheFiguresAfterIt() {
        Sentence s = sentence(0, "The/DT loss/NN compares/VBZ with/IN year/NN -/HYPH earlier/JJR profit/NN");
        assertEquals(List.of("year - earlier=2021-Q3"), found(s, "2022-Q3"));
        assertEquals(List.of("year - earlier=2021"), found(s, null), "no quarter known: the year before");
    }

    @Test
    void aYearBackWordBeforeAMarkedQuarterIsLeftToQuarterResolution() {
        Sentence s = sentence(0, "in/IN the/DT year/NN -/HYPH earlier/JJR third/JJ quarter/NN", "", "5 7 2022-Q3");
        assertEquals(List.of("third quarter=2022-Q3"), found(s, null));
        assertEquals(List.of("2021-Q3"), QuarterResolution.apply(s, s.timexes(), OCTOBER, null).stream()
                .map(Timex::value).toList());
    }

    @Test
    void theLatestPeriodIsTheReportedQuarter() {
        Sentence s = sentence(0, "The/DT latest/JJS period/NN included/VBD a/DT gain/NN");
        assertEquals(List.of("The latest period=2022-Q2"), found(s, "2022-Q2"));
        Sentence recent = sentence(0, "Costs/NNS rose/VBD in/IN the/DT most/RBS recent/JJ period/NN");
        assertEquals(List.of("the most recent period=2022-Q3"), found(recent, null));
    }

    @Test
    void otherPeriodsAreNotMarked() {
        Sentence s = sentence(0, "The/DT trial/NN period/NN ended/VBD a/DT year/NN ago/RB", "", "4 7 2021");
        assertEquals(List.of("a year ago=2021"), found(s, null));
    }
}
