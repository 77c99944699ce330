package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TimeML reader on a document written for this test. */
class GoldSetsTest {

    @Test
    void timeMlTextSpansAndCreationTime(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("DOC1.tml");
        Files.writeString(f, """
                <?xml version="1.0" ?>
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" functionInDocument="CREATION_TIME">20030514</TIMEX3></DCT>
                <TEXT>Envoys <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-05-13">Tuesday</TIMEX3> &amp; agreed to meet again <TIMEX3 tid="t2" type="DATE" value="2003-W21">next week</TIMEX3>.</TEXT>
                </TimeML>
                """);
        GoldSets.TimeMlDocument d = GoldSets.timeMlDocument(f);
        assertEquals("Envoys met Tuesday & agreed to meet again next week.", d.text());
        assertEquals(LocalDate.of(2003, 5, 14), d.creation());
        assertEquals(2, d.timexes().size());
        GoldSets.GoldTimex t = d.timexes().get(1);
        assertEquals("next week", d.text().substring(t.start(), t.end()));
        assertEquals("2003-W21", t.value());
    }

    @Test
    void prfRatios() {
        Prf p = new Prf(3, 1, 2);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
        assertEquals(0.0, Prf.ZERO.f1());
    }
}
