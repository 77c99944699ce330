package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/** SUTime's null-valued composites narrowed to their first readable part. */
class CompositePartsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 12);

    private static List<String> parts(String tokens, String span) {
        Sentence s = sentence(0, tokens, "", span + " null");
        Sentence nulled = new Sentence(0, s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(),
                List.of(new Timex(s.timexes().get(0).begin(), s.timexes().get(0).end(), s.timexes().get(0).text(),
                        "DATE", null)));
        return CompositeParts.apply(nulled, nulled.timexes(), PUBLISHED).stream()
                .map(t -> t.text() + "=" + t.value()).toList();
    }

    private static String found(String tokens, String span) {
        return parts(tokens, span).get(0);
    }

    @Test
    void aDateBeforeAnAppositionIsTheDate() {
        assertEquals("Nov. 3=2022-11-03", found("He/PRP was/VBD last/RB seen/VBN Nov./NNP 3/CD ,/, the/DT day/NN "
                + "before/RB the/DT warrant/NN", "4 10"));
    }

    @Test
    void aDurationBeforeAWeekdayIsTheDuration() {
        assertEquals("four hours=PT4H", found("She/PRP testified/VBD for/IN more/JJR than/IN four/CD hours/NNS/hour "
                + "Friday/NNP", "3 8"));
        assertEquals("nine months=P9M", found("in/IN the/DT first/JJ nine/CD months/NNS/month of/IN 2021/CD", "1 7"));
        assertEquals("two to three weeks=P2W", found("within/IN two/CD to/TO three/CD weeks/NNS/week", "1 5"));
    }

    @Test
    void everyReadablePartIsKept() {
        assertEquals(List.of("four hours=PT4H", "Friday=2022-05-13"), parts("She/PRP testified/VBD for/IN "
                + "four/CD hours/NNS/hour Friday/NNP", "3 6"));
        assertEquals(List.of("nine months=P9M", "2021=2021"), parts("in/IN the/DT first/JJ nine/CD "
                + "months/NNS/month of/IN 2021/CD", "1 7"));
        assertEquals(List.of("nine months=P9M", "the year=2022"), parts("in/IN the/DT first/JJ nine/CD "
                + "months/NNS/month of/IN the/DT year/NN", "1 8"));
    }

    @Test
    void aStrayWordBeforeThisYearIsLeftOut() {
        assertEquals("this year=2022", found("a/DT flat/JJ year/NN this/DT year/NN", "2 5"));
    }

    @Test
    void theWeekOfADayIsItsIsoWeek() {
        // Sunday, March 6, 2022 ends ISO week 9
        assertEquals("week of March 6=2022-W09", found("a/DT hearing/NN the/DT week/NN of/IN March/NNP 6/CD",
                "2 7"));
    }

    @Test
    void aWeekdayWithAPartOfDay() {
        assertEquals("Thursday morning=2022-05-12TMO", found("in/IN the/DT early/JJ hours/NNS of/IN Thursday/NNP "
                + "morning/NN", "1 7"));
    }

    @Test
    void nothingReadableStaysNull() {
        assertEquals("his first day=null", found("on/IN his/PRP$ first/JJ day/NN", "1 4"));
    }

    @Test
    void twoQuartersAtAnEndOfAYearAreAHalfYear() {
        assertEquals(List.of("first two quarters of 2023=2023-H1"), parts("sales/NNS should/MD slow/VB through/IN "
                + "the/DT first/JJ two/CD quarters/NNS/quarter of/IN 2023/CD", "3 10"));
        assertEquals(List.of("last two quarters of 2021=2021-H2"), parts("losses/NNS mounted/VBD in/IN the/DT "
                + "last/JJ two/CD quarters/NNS/quarter of/IN 2021/CD", "2 9"));
    }
}
