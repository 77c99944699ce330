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
}
