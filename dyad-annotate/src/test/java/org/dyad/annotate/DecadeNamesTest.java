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
        Sentence his = sentence(0, "He/PRP is/VBZ in/IN his/PRP$ forties/NNS ./.", "", "");
        assertEquals(List.of(), found(his, LocalDate.of(1997, 7, 2)), "not after 'the'");
        Sentence aged = sentence(0, "Most/JJS recruits/NNS were/VBD aged/VBN in/IN the/DT late/JJ twenties/NNS ./.",
                "", "");
        assertEquals(List.of(), found(aged, LocalDate.of(1997, 7, 2)));
        Sentence age = sentence(0, "The/DT median/JJ age/NN is/VBZ in/IN the/DT fifties/NNS ./.", "", "");
        assertEquals(List.of(), found(age, LocalDate.of(1997, 7, 2)));
    }

    @Test
    void ratingsAndPollsAreNoDecades() {
        Sentence approval = sentence(0, "The/DT senator/NN 's/POS approval/NN stands/VBZ in/IN the/DT fifties/NNS ./.",
                "", "");
        assertEquals(List.of(), found(approval, LocalDate.of(2019, 3, 4)));
    }

    @Test
    void aLevelReachedOrKeptIsNoDecade() {
        Sentence kept = sentence(0, "Overnight/JJ lows/NNS lingered/VBD/linger in/IN the/DT thirties/NNS ./.", "", "");
        assertEquals(List.of(), found(kept, LocalDate.of(2019, 3, 4)));
        Sentence reached = sentence(0, "Interest/NN on/IN the/DT loans/NNS jumped/VBD/jump to/TO the/DT twenties/NNS ./.",
                "", "");
        assertEquals(List.of(), found(reached, LocalDate.of(2019, 3, 4)));
        Sentence during = sentence(0, "Oil/NN prices/NNS soared/VBD/soar in/IN the/DT seventies/NNS ./.", "", "");
        assertEquals(List.of("the seventies=197"), found(during, LocalDate.of(2019, 3, 4)), "a rise during the 1970s");
    }
}
