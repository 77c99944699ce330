package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class DecadeNamesTest {

    private static List<String> found(Sentence s, LocalDate anchor) {
        return DecadeNames.apply(s, s.timexes(), anchor).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void aDecadeInWordsIsTheLatestThatHasBegun() {
        Sentence s = sentence(0, "Exports/NNS grew/VBD fast/RB in/IN the/DT early/JJ eighties/NNS ./.", "", "");
        assertEquals(List.of("the early eighties=198"), found(s, LocalDate.of(1997, 5, 2)));
        Sentence later = sentence(0, "The/DT port/NN boomed/VBD in/IN the/DT nineties/NNS ./.", "", "");
        assertEquals(List.of("the nineties=199"), found(later, LocalDate.of(2006, 1, 9)), "a century back");
    }

    @Test
    void agesAndTemperaturesAreNoDecades() {
        Sentence heat = sentence(0, "Temperatures/NNS stayed/VBD in/IN the/DT nineties/NNS ./.", "", "");
        assertEquals(List.of(), found(heat, LocalDate.of(1997, 7, 2)));
        Sentence age = sentence(0, "He/PRP is/VBZ in/IN his/PRP$ forties/NNS ./.", "", "");
        assertEquals(List.of(), found(age, LocalDate.of(1997, 7, 2)));
    }
}
