package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

class RelativeOffsetsTest {

    private static String first(String tokens, String timex) {
        Sentence s = sentence(0, tokens, "", timex);
        Timex t = RelativeOffsets.apply(s, s.timexes()).get(0);
        return t.text() + "=" + t.value() + " " + t.type();
    }

    @Test
    void anOffsetFromAToldEventIsADuration() {
        assertEquals("Three days=P3D DURATION", first("Three/CD days/NNS/day later/RB ,/, the/DT index/NN rose/VBD",
                "0 3 2022-05-15"));
        assertEquals("an hour=PT1H DURATION", first("Just/RB over/IN an/DT hour/NN later/RB ,/, he/PRP died/VBD",
                "2 5 2022-05-12"));
        assertEquals("A few days=PXD DURATION", first("A/DT few/JJ days/NNS/day later/RB ,/, it/PRP fell/VBD",
                "0 4 2022-05-14"));
    }

    @Test
    void yearsAndMonthsKeepTheirDates() {
        assertEquals("a year earlier=2021 DATE", first("up/RB from/IN a/DT year/NN earlier/RBR", "2 5 2021"));
        assertEquals("three days ago=2022-05-09 DATE", first("It/PRP fell/VBD three/CD days/NNS/day ago/RB",
                "2 5 2022-05-09"));
    }
}
