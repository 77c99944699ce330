package org.dyad.annotate;

import static org.dyad.annotate.TimexTests.typed;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/** Quarters as company reports use them, anchored on a late-October publication date. */
class QuarterResolutionTest {

    private static final LocalDate OCTOBER = LocalDate.of(2022, 10, 27);

    private static List<String> values(Sentence s, String articleQuarter) {
        return QuarterResolution.apply(s, s.timexes(), OCTOBER, articleQuarter).stream().map(Timex::value).toList();
    }

    @Test
    void theQuarterOfAReportIsTheLastCompletedOne() {
        Sentence s = sentence(0, "Profit/NN rose/VBD in/IN the/DT quarter/NN ./.",
                "root -1 1; nsubj 1 0; obl 1 4; case 4 2; det 4 3; punct 1 5", "3 5 2022-Q4");
        assertEquals(List.of("2022-Q3"), values(s, null));
        Sentence latest = typed("Sales/NNS fell/VBD in/IN the/DT latest/JJS quarter/NN ./.",
                "root -1 1; nsubj 1 0; obl 1 5; case 5 2; det 5 3; amod 5 4; punct 1 6", "3 6 PXM", "DURATION");
        assertEquals(List.of("2022-Q3"), values(latest, null));
        assertEquals("DATE", QuarterResolution.apply(latest, latest.timexes(), OCTOBER, null).get(0).type());
    }

    @Test
    void theQuarterIsTheOneTheArticleReportsOn() {
        // a fiscal year starting in July: the fiscal first quarter is July to September
        Sentence s = sentence(0, "Profit/NN rose/VBD in/IN the/DT quarter/NN ./.",
                "root -1 1; nsubj 1 0; obl 1 4; case 4 2; det 4 3; punct 1 5", "3 5 2022-Q4");
        assertEquals(List.of("2022-Q1"), values(s, "2022-Q1"));
        Sentence future = sentence(0, "It/PRP will/MD post/VB a/DT loss/NN for/IN the/DT quarter/NN",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 4; det 4 3; obl 2 7; case 7 5; det 7 6", "6 8 2022-Q4");
        assertEquals(List.of("2022-Q4"), values(future, "2022-Q1"), "the quarter under way");
        Sentence yearAgo = sentence(0, "Profit/NN was/VBD lower/JJR in/IN the/DT year-ago/JJ quarter/NN ./.",
                "root -1 2; nsubj 2 0; cop 2 1; obl 2 6; case 6 3; det 6 4; amod 6 5; punct 2 7", "4 7 2022-Q4");
        assertEquals(List.of("2021-Q1"), values(yearAgo, "2022-Q1"), "the article's quarter a year before");
    }

    @Test
    void anOrdinalQuarterIsTheLatestThatHasBegun() {
        Sentence third = sentence(0, "It/PRP expects/VBZ to/TO report/VB a/DT third-quarter/JJ loss/NN",
                "root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; obj 3 6; det 6 4; amod 6 5", "5 6 2023-Q3");
        assertEquals(List.of("2022-Q3"), values(third, null));
        Sentence first = sentence(0, "the/DT first/JJ quarter/NN", "", "0 3 2023-Q1");
        assertEquals(List.of("2022-Q1"), values(first, null));
        Sentence next = sentence(0, "next/JJ year/NN 's/POS first/JJ quarter/NN", "", "0 5 2023-Q1");
        assertEquals(List.of("2023-Q1"), values(next, null));
    }

    @Test
    void aYearEarlierComparesWithTheSameQuarter() {
        Sentence s = sentence(0, "Third-quarter/JJ sales/NNS rose/VBD from/IN a/DT year/NN earlier/RBR",
                "", "0 1 2022-Q3; 4 7 2021");
        assertEquals(List.of("2022-Q3", "2021-Q3"), values(s, null));
        Sentence alone = sentence(0, "Sales/NNS were/VBD flat/JJ a/DT year/NN ago/RB", "", "3 6 2021");
        assertEquals(List.of("2021-Q3"), values(alone, "2022-Q3"), "the quarter the article reports on");
        assertEquals(List.of("2021"), values(alone, null));
        Sentence yearAgo = sentence(0, "in/IN the/DT year-earlier/JJ third/JJ quarter/NN", "", "3 5 2022-Q3");
        assertEquals(List.of("2021-Q3"), values(yearAgo, null));
    }

    @Test
    void lastYearInAComparisonOfFiguresIsTheSameQuarterAYearBack() {
        Sentence s = sentence(0, "Third-quarter/JJ profit/NN fell/VBD to/IN $/$ 3/CD million/CD from/IN $/$ 5/CD "
                + "million/CD last/JJ year/NN", "", "0 1 2022-Q3; 11 13 2021");
        assertEquals(List.of("2022-Q3", "2021-Q3"), values(s, null));
        Sentence plain = sentence(0, "The/DT company/NN was/VBD founded/VBN last/JJ year/NN", "", "4 6 2021");
        assertEquals(List.of("2021"), values(plain, "2022-Q3"), "no comparison: the year itself");
        Sentence quarterAgo = sentence(0, "It/PRP earned/VBD $/$ 2/CD million/CD in/IN the/DT quarter/NN a/DT "
                + "year/NN ago/RB", "", "6 11 2021-Q4");
        assertEquals(List.of("2021-Q3"), values(quarterAgo, "2022-Q3"));
    }

    @Test
    void durationsInQuartersKeepTheQuarterUnit() {
        Sentence s = typed("over/IN the/DT past/JJ two/CD quarters/NNS", "", "1 5 P6M", "DURATION");
        assertEquals(List.of("P2Q"), values(s, null));
        Sentence months = typed("over/IN the/DT past/JJ six/CD months/NNS", "", "1 5 P6M", "DURATION");
        assertEquals(List.of("P6M"), values(months, null));
    }

    @Test
    void theYearPeriodIsTheReportedQuarterOfThatYear() {
        Sentence s = sentence(0, "In/IN the/DT 2021/CD period/NN ,/, the/DT bank/NN earned/VBD $/$ 4/CD million/CD ./.",
                "", "2 3 2021");
        List<Timex> out = QuarterResolution.apply(s, s.timexes(), OCTOBER, "2022-Q3");
        assertEquals("2021-Q3", out.get(0).value());
        assertEquals("the 2021 period", out.get(0).text());
        Sentence also = sentence(0, "In/IN the/DT 2022/CD period/NN ,/, costs/NNS were/VBD lower/JJR than/IN a/DT "
                + "year/NN ago/RB ./.", "", "2 3 2022;9 12 2021-10-27");
        assertEquals(List.of("2022-Q3", "2021-Q3"), values(also, "2022-Q3"), "and a year ago is that quarter's");
        Sentence nine = sentence(0, "For/IN the/DT nine/CD months/NNS ,/, net/NN rose/VBD from/IN the/DT 2021/CD "
                + "period/NN ./.", "", "1 4 P9M;9 10 2021");
        assertEquals("2021", QuarterResolution.apply(nine, nine.timexes(), OCTOBER, "2022-Q3").get(1).value(),
                "another period named: the year's");
        assertEquals(List.of("2021"), values(s, null), "no quarter reported: the year");
    }

    @Test
    void aForecastToldInThePastIsAboutTheReportedQuarter() {
        Sentence told = sentence(0, "An/DT analyst/NN said/VBD he/PRP expected/VBD/expect the/DT bank/NN to/TO "
                + "earn/VB $/$ 2/CD for/IN the/DT quarter/NN ./.", "root -1 2; det 1 0; nsubj 2 1; ccomp 2 4; "
                + "nsubj 4 3; obj 4 6; det 6 5; xcomp 4 8; mark 8 7; obj 8 9; nummod 9 10; obl 8 13; case 13 11; "
                + "det 13 12; punct 2 14", "12 14 2022-Q4");
        assertEquals(List.of("2022-Q3"), values(told, null));
        Sentence ahead = sentence(0, "The/DT bank/NN will/MD report/VB a/DT loss/NN for/IN the/DT quarter/NN ./.",
                "root -1 3; det 1 0; nsubj 3 1; aux 3 2; det 5 4; obj 3 5; obl 3 8; case 8 6; det 8 7; punct 3 9",
                "7 9 2022-Q4");
        assertEquals(List.of("2022-Q4"), values(ahead, null), "a future told now: the quarter under way");
        Sentence aside = sentence(0, "The/DT firm/NN ,/, which/WDT analysts/NNS expected/VBD/expect to/TO do/VB "
                + "well/RB ,/, will/MD post/VB a/DT loss/NN for/IN the/DT quarter/NN ./.", "root -1 11; det 1 0; "
                + "nsubj 11 1; punct 1 2; acl:relcl 1 5; obj 5 3; nsubj 5 4; xcomp 5 7; mark 7 6; advmod 7 8; "
                + "punct 1 9; aux 11 10; det 13 12; obj 11 13; obl 11 16; case 16 14; det 16 15; punct 11 17",
                "15 17 2022-Q4");
        assertEquals(List.of("2022-Q4"), values(aside, null), "a forecast about the firm");
    }

    @Test
    void lastYearsQuarterIsTheReportedQuarterAYearBack() {
        Sentence s = sentence(0, "Exports/NNS for/IN last/JJ year/NN 's/POS quarter/NN were/VBD $/$ 9/CD million/CD ./.",
                "", "2 4 2021");
        assertEquals(List.of("2021-Q3"), values(s, "2022-Q3"));
        Sentence plain = sentence(0, "Exports/NNS for/IN last/JJ year/NN were/VBD $/$ 9/CD million/CD ./.", "",
                "2 4 2021");
        assertEquals(List.of("2021"), values(plain, "2022-Q3"), "the year itself");
    }
}
