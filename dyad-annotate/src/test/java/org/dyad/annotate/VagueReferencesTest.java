package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class VagueReferencesTest {

    private static List<String> values(Sentence s) {
        return VagueReferences.apply(s, s.timexes()).stream().map(Timex::value).toList();
    }

    @Test
    void theseDaysIsThePresent() {
        assertEquals(List.of("PRESENT_REF"), values(sentence(0, "Prices/NNS are/VBP high/JJ these/DT days/NNS ./.", "",
                "3 5 PXD")));
    }

    @Test
    void futureBeforeANounOnlyQualifiesIt() {
        assertEquals(List.of(), values(sentence(0, "The/DT deal/NN lifts/VBZ future/JJ earnings/NNS ./.", "",
                "3 4 FUTURE_REF")), "future earnings are earnings, not a time");
        assertEquals(List.of("FUTURE_REF"), values(sentence(0, "Sales/NNS will/MD grow/VB in/IN future/JJ "
                + "years/NNS ./.", "", "4 5 FUTURE_REF")), "a unit of time after it: a time");
        assertEquals(List.of("FUTURE_REF"), values(sentence(0, "They/PRP will/MD talk/VB in/IN the/DT future/NN ./.",
                "", "5 6 FUTURE_REF")), "the future itself");
    }

    @Test
    void anUncountedStretchBackIsThePast() {
        assertEquals(List.of("PAST_REF"), values(sentence(0, "The/DT mill/NN closed/VBD several/JJ years/NNS ago/RB ./.",
                "", "3 6 2019-05-02")));
        assertEquals(List.of("PAST_REF"), values(sentence(0, "Rents/NNS rose/VBD a/DT few/JJ months/NNS ago/RB ./.",
                "", "2 6 2022-01-02")));
        assertEquals(List.of("2019"), values(sentence(0, "The/DT mill/NN closed/VBD three/CD years/NNS ago/RB ./.",
                "", "3 6 2019")), "a count names the year");
    }

    @Test
    void thenMakesThePresentPast() {
        Sentence s = sentence(0, "Bonds/NNS were/VBD sold/VBN at/IN the/DT then/RB current/JJ rate/NN ./.", "",
                "6 7 PRESENT_REF");
        List<Timex> out = VagueReferences.apply(s, s.timexes());
        assertEquals("PAST_REF", out.get(0).value());
        assertEquals("then current", out.get(0).text());
        assertEquals(List.of("PRESENT_REF"), values(sentence(0, "Bonds/NNS sell/VBP at/IN the/DT current/JJ rate/NN ./.",
                "", "4 5 PRESENT_REF")));
    }

    @Test
    void oneDayAsAnAdverbIsAnUnnamedTime() {
        Sentence ahead = TimexTests.typed("Solar/JJ power/NN will/MD one/CD day/NN supply/VB the/DT town/NN ./.",
                "root -1 5; amod 1 0; nsubj 5 1; aux 5 2; nummod 4 3; obl:tmod 5 4; det 7 6; obj 5 7; punct 5 8",
                "3 5 P1D", "DURATION");
        assertEquals(List.of("FUTURE_REF"), values(ahead));
        Sentence back = TimexTests.typed("One/CD day/NN the/DT guards/NNS simply/RB left/VBD ./.",
                "root -1 5; nummod 1 0; obl:tmod 5 1; det 3 2; nsubj 5 3; advmod 5 4; punct 5 6", "0 2 P1D",
                "DURATION");
        assertEquals(List.of("PAST_REF"), values(back));
        Sentence length = TimexTests.typed("The/DT minister/NN had/VBD served/VBN one/CD day/NN ./.",
                "root -1 3; det 1 0; nsubj 3 1; aux 3 2; nummod 5 4; obl:tmod 3 5; punct 3 6", "4 6 P1D", "DURATION");
        assertEquals(List.of("P1D"), values(length), "after its verb it measures");
        Sentence strike = TimexTests.typed("Workers/NNS struck/VBD for/IN one/CD day/NN ./.",
                "root -1 1; nsubj 1 0; case 4 2; nummod 4 3; obl 1 4; punct 1 5", "3 5 P1D", "DURATION");
        assertEquals(List.of("P1D"), values(strike), "'for' makes it a length");
    }

    @Test
    void aPluralUnitWithoutACountIsAnUnspecifiedDuration() {
        assertEquals(List.of("PXY"), values(sentence(0, "Costs/NNS will/MD fall/VB in/IN the/DT coming/VBG years/NNS ./.",
                "", "4 7 2023")));
        assertEquals(List.of("2023"), values(sentence(0, "Costs/NNS will/MD fall/VB in/IN the/DT coming/VBG year/NN ./.",
                "", "4 7 2023")), "one year is a year");
        assertEquals(List.of("PXW"), values(sentence(0, "They/PRP will/MD meet/VB in/IN the/DT coming/VBG weeks/NNS ./.",
                "", "4 7 2025-W27")), "SUTime reads the coming weeks as one week");
    }
}
