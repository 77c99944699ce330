package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Value equality of the TIMEX scorer: variant spellings of one value match, different values do not. */
class TimexEvaluationTest {

    @Test
    void isoWeekWithOrWithoutLeadingZeroIsTheSameWeek() {
        assertTrue(TimexEvaluation.sameValue("2004-W9", "2004-W09"));
        assertTrue(TimexEvaluation.sameValue("2004-W09-WE", "2004-W9-WE"));
        assertTrue(TimexEvaluation.sameValue("2004-W23", "2004-W23"));
        assertFalse(TimexEvaluation.sameValue("2004-W9", "2004-W19"));
        assertFalse(TimexEvaluation.sameValue("2004-W9", "2004-W08"));
        assertFalse(TimexEvaluation.sameValue(null, "2004-W09"));
    }

    @Test
    void decadeOrCenturyWithPlaceholderDigitsIsTheSamePeriod() {
        assertTrue(TimexEvaluation.sameValue("197X", "197"));
        assertTrue(TimexEvaluation.sameValue("18", "18XX"));
        assertFalse(TimexEvaluation.sameValue("197X", "198"));
        assertFalse(TimexEvaluation.sameValue("197X", "1970"));
    }

    @Test
    void unspecifiedTrailingFieldsAddNothing() {
        assertTrue(TimexEvaluation.sameValue("1962-XX", "1962"));
        assertTrue(TimexEvaluation.sameValue("2005-XX-XX", "2005"));
        // an unknown day of a month is a day-level time, not the month
        assertFalse(TimexEvaluation.sameValue("2005-03-XX", "2005-03"));
        assertFalse(TimexEvaluation.sameValue("2005-XX", "2006"));
        assertFalse(TimexEvaluation.sameValue("2005-03-XX", "2005"));
        assertFalse(TimexEvaluation.sameValue("2005-WXX", "2005"));
        assertFalse(TimexEvaluation.sameValue("XXXX-XX", "XXXX"));
    }

    @Test
    void durationsOfTheSameLengthInOtherUnitsMatch() {
        assertTrue(TimexEvaluation.sameValue("P2E", "P20Y"));
        assertTrue(TimexEvaluation.sameValue("P1C", "P100Y"));
        assertTrue(TimexEvaluation.sameValue("P2Q", "P6M"));
        assertTrue(TimexEvaluation.sameValue("P4Q", "P1Y"));
        assertTrue(TimexEvaluation.sameValue("P24M", "P2Y"));
        assertTrue(TimexEvaluation.sameValue("P2W", "P14D"));
        assertTrue(TimexEvaluation.sameValue("PT48H", "P2D"));
        assertFalse(TimexEvaluation.sameValue("PT36H", "P1D"));
        assertFalse(TimexEvaluation.sameValue("P1M", "P30D"));
        assertFalse(TimexEvaluation.sameValue("PT3M", "P3M"));
        assertFalse(TimexEvaluation.sameValue("PXQ", "PXM"));
        assertFalse(TimexEvaluation.sameValue("P5Y", "P6Y"));
    }
}
