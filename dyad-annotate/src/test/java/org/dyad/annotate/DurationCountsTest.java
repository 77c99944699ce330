package org.dyad.annotate;

import static org.dyad.annotate.TimexTests.typed;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class DurationCountsTest {

    private static Timex first(Sentence s) {
        return DurationCounts.apply(s, s.timexes()).get(0);
    }

    /** The sentence with token i written as the tokenizer writes a mixed number ("2 1/2", one token). */
    private static Sentence mixed(Sentence s, int i, String word) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = tokens.get(i);
        tokens.set(i, new Token(i, word, word, "CD", "NUMBER", t.begin(), t.end()));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes());
    }

    @Test
    void aMixedNumberBeforeTheUnitIsCounted() {
        Sentence s = mixed(typed("They/PRP lived/VBD in/IN camps/NNS for/IN N/CD years/NNS", "", "6 7 PXY",
                "DURATION"), 5, "2\u00a01/2");
        Timex t = first(s);
        assertEquals("P2Y6M", t.value());
        assertEquals(5, t.begin());
        Sentence hours = mixed(typed("She/PRP spent/VBD N/CD hours/NNS in/IN Nairobi/NNP", "", "3 4 PTXH",
                "DURATION"), 2, "5\u00a01/2");
        assertEquals("PT5H30M", first(hours).value());
    }

    @Test
    void moreAfterACountStillCounts() {
        Sentence s = typed("The/DT boy/NN will/MD stay/VB for/IN two/CD more/JJR weeks/NNS", "", "7 8 PXW", "DURATION");
        assertEquals("P2W", first(s).value());
        assertEquals("two more weeks", first(s).text());
    }

    @Test
    void andAHalfAddsHalfAUnit() {
        Sentence s = typed("A/DT minute/NN and/CC a/DT half/NN later/RB", "", "0 2 PT1M", "DURATION");
        assertEquals("PT1M30S", first(s).value());
        assertEquals(5, first(s).end());
    }

    @Test
    void vagueCountsStayVague() {
        Sentence s = typed("It/PRP lasted/VBD for/IN several/JJ more/JJR years/NNS", "", "5 6 PXY", "DURATION");
        assertEquals("PXY", first(s).value());
    }

    @Test
    void aVagueRangeOfDatesIsAVagueDuration() {
        Sentence s = sentence(0, "It/PRP will/MD stay/VB cold/JJ over/IN the/DT next/JJ several/JJ days/NNS/day", "",
                "5 9 2022-05-12/2022-05-13");
        Timex t = first(s);
        assertEquals("PXD", t.value());
        assertEquals("DURATION", t.type());
    }
}
