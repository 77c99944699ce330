package org.dyad.annotate;

import static org.dyad.annotate.TimexTests.typed;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class YearReferencesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 10, 27);

    private static Timex first(Sentence s, String lastYear) {
        return YearReferences.apply(s, s.timexes(), PUBLISHED, lastYear).get(0);
    }

    @Test
    void aReportingYearEndedOnADateIsADuration() {
        Timex t = first(sentence(0, "Sales/NNS rose/VBD in/IN the/DT year/NN ended/VBN June/NNP 30/CD", "",
                "3 5 2022"), null);
        assertEquals("P1Y", t.value());
        assertEquals("DURATION", t.type());
        assertEquals("2022", first(sentence(0, "Sales/NNS rose/VBD for/IN the/DT year/NN", "", "3 5 2022"), null)
                .value());
    }

    @Test
    void yearEndIsThePublicationYear() {
        Sentence s = typed("The/DT deal/NN closes/VBZ by/IN year/NN end/NN", "", "4 5 P1Y", "DURATION");
        assertEquals("2022", first(s, null).value());
        assertEquals("DATE", first(s, null).type());
    }

    @Test
    void thatYearIsTheYearLastNamed() {
        Sentence s = typed("He/PRP returned/VBD later/RB that/DT year/NN", "", "4 5 P1Y", "DURATION");
        assertEquals("2019", first(s, "2019").value());
        assertEquals("P1Y", first(s, null).value());
        Sentence within = sentence(0, "Exports/NNS grew/VBD in/IN 2017/CD ,/, a/DT record/NN for/IN that/DT year/NN",
                "", "3 4 2017; 9 10 P1Y");
        assertEquals("2017", YearReferences.apply(within, within.timexes(), PUBLISHED, "2015").get(1).value());
    }

    @Test
    void thePastYearIsTheYearBeforePublication() {
        Sentence s = sentence(0, "Prices/NNS doubled/VBD over/IN the/DT past/JJ year/NN", "", "3 6 2022");
        assertEquals("2021", first(s, null).value());
        Sentence plain = sentence(0, "Prices/NNS doubled/VBD this/DT year/NN", "", "2 4 2022");
        assertEquals("2022", first(plain, null).value());
    }

    @Test
    void theFollowingYearCountsFromTheYearLastNamed() {
        Sentence s = sentence(0, "He/PRP left/VBD the/DT following/JJ year/NN", "", "2 5 2023");
        assertEquals("2016", first(s, "2015").value());
        Sentence previous = sentence(0, "Sales/NNS had/VBD fallen/VBN the/DT previous/JJ year/NN", "", "3 6 2021");
        assertEquals("2014", first(previous, "2015").value());
        assertEquals("2023", first(s, null).value(), "no year named: as SUTime resolved it");
    }

    @Test
    void theseDaysIsThePresent() {
        Sentence s = typed("Prices/NNS are/VBP high/JJ these/DT days/NNS", "", "4 5 PXD", "DURATION");
        assertEquals("PRESENT_REF", VagueReferences.apply(s, s.timexes()).get(0).value());
        Sentence other = typed("It/PRP lasted/VBD for/IN days/NNS", "", "3 4 PXD", "DURATION");
        assertEquals("PXD", VagueReferences.apply(other, other.timexes()).get(0).value());
    }
}
