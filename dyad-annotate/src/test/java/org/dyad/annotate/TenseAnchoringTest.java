package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/** Tense decides which side of the publication date a bare weekday or month falls on. */
class TenseAnchoringTest {

    private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 17);

    private static String value(Sentence s) {
        return TenseAnchoring.apply(s, s.timexes(), THURSDAY).get(0).value();
    }

    @Test
    void pastTenseWeekdayIsTheOneBefore() {
        Sentence s = sentence(0, "Troops/NNS withdrew/VBD/withdraw on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 2022-02-18");
        assertEquals("2022-02-11", value(s));
    }

    @Test
    void futureWeekdayIsTheOneAfterAndKeepsItsTimeOfDay() {
        Sentence s = sentence(0, "They/PRP will/MD meet/VB on/IN Monday/NNP night/NN ./.",
                "root -1 2; nsubj 2 0; aux 2 1; obl 2 5; case 5 3; compound 5 4; punct 2 6", "4 6 2022-02-14TNI");
        assertEquals("2022-02-21TNI", value(s));
    }

    @Test
    void beToIsAnArrangementForLater() {
        Sentence s = sentence(0, "Trading/NN is/VBZ/be to/TO resume/VB on/IN Tuesday/NNP ./.",
                "root -1 3; nsubj 3 0; aux 3 1; mark 3 2; obl 3 5; case 5 4; punct 3 6", "5 6 2022-02-15");
        assertEquals("2022-02-22", value(s), "'is to resume' looks ahead");
        Sentence was = sentence(0, "Trading/NN was/VBD/be to/TO resume/VB on/IN Tuesday/NNP ./.",
                "root -1 3; nsubj 3 0; aux 3 1; mark 3 2; obl 3 5; case 5 4; punct 3 6", "5 6 2022-02-22");
        assertEquals("2022-02-15", value(was), "'was to resume' is told in the past");
    }

    @Test
    void directedAndDatedExpressionsAreLeftAlone() {
        Sentence next = sentence(0, "Talks/NNS resumed/VBD/resume next/JJ Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2022-02-25");
        assertEquals("2022-02-25", value(next));
        Sentence dated = sentence(0, "Talks/NNS resumed/VBD/resume on/IN Monday/NNP ,/, Feb./NNP 21/CD ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; appos 3 6; compound 6 5; punct 1 7", "3 7 2022-02-21");
        assertEquals("2022-02-21", value(dated));
    }

    @Test
    void monthFarAheadInAPastClauseIsLastYears() {
        Sentence s = sentence(0, "The/DT army/NN attacked/VBD/attack in/IN October/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl 2 4; case 4 3; punct 2 5", "4 5 2022-10");
        assertEquals("2021-10", value(s));
        Sentence soon = sentence(0, "The/DT vote/NN was/VBD/be set/VBN/set for/IN March/NNP ./.",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; obl 3 5; case 5 4; punct 3 6", "5 6 2022-03");
        assertEquals("2022-03", value(soon), "within two months: left as SUTime resolved it");
    }

    @Test
    void aCopularPredicateTakesTheTenseOfItsAuxiliary() {
        // "payable" is an adjective: the date hangs from it, not from the reporting verb "said"
        Sentence s = sentence(0, "The/DT dividend/NN will/MD be/VB payable/JJ April/NNP 20/CD ,/, the/DT "
                + "company/NN said/VBD ./.", "root -1 10; det 1 0; nsubj 4 1; aux 4 2; cop 4 3; obl:tmod 4 5; "
                + "nummod 5 6; ccomp 10 4; punct 10 7; det 9 8; nsubj 10 9; punct 10 11", "5 7 2022-04-20");
        assertEquals("2022-04-20", value(s));
        Sentence past = sentence(0, "The/DT plant/NN was/VBD idle/JJ on/IN Saturday/NNP ./.",
                "root -1 3; det 1 0; nsubj 3 1; cop 3 2; obl 3 5; case 5 4; punct 3 6", "5 6 2022-02-19");
        assertEquals("2022-02-12", value(past));
    }

    @Test
    void aLooselyAttachedNonFiniteVerbTakesTheTenseOfItsHead() {
        // the parser attaches "clinging" to "found" as an unspecified dependent
        Sentence s = sentence(0, "The/DT boy/NN was/VBD found/VBN Friday/NNP clinging/VBG to/IN a/DT tube/NN",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; dep 3 5; nsubj 5 4; obl 5 8; case 8 6; det 8 7",
                "4 5 2022-02-18");
        assertEquals("2022-02-11", value(s));
    }

    @Test
    void aTermSetToStartOrEndAtADateLooksAhead() {
        Sentence effective = sentence(0, "The/DT board/NN named/VBD a/DT chairman/NN ,/, effective/JJ April/NNP 1/CD",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; punct 4 5; amod 4 6; obl:tmod 6 7; nummod 7 8",
                "7 9 2022-04-01");
        assertEquals("2022-04-01", value(effective));
        Sentence through = sentence(0, "Banks/NNS extended/VBD loans/NNS through/IN November/NNP",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3", "4 5 2021-11");
        assertEquals("2022-11", value(through), "a past verb, but the loans run to the coming November");
    }

    @Test
    void aDateModifyingANounIgnoresTheClauseTense() {
        // "is continuing" would otherwise read as a future; the June agreement already exists
        Sentence s = sentence(0, "It/PRP is/VBZ continuing/VBG talks/NNS under/IN an/DT October/NNP agreement/NN",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 3; obl 2 7; case 7 4; det 7 5; compound 7 6", "6 7 2021-10");
        assertEquals("2021-10", value(s), "the nearest October, not the coming one");
    }

    @Test
    void noAnchorNoChange() {
        Sentence s = sentence(0, "Troops/NNS withdrew/VBD/withdraw on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 XXXX-WXX-5");
        assertEquals(List.of(s.timexes().get(0)), TenseAnchoring.apply(s, s.timexes(), null));
    }

    private static String value(Sentence s, LocalDate anchor) {
        return TenseAnchoring.apply(s, s.timexes(), anchor).get(0).value();
    }

    @Test
    void tenselessWeekdayIsTheNearestOne() {
        Sentence monday = sentence(0, "The/DT envoys/NNS meet/VBP Monday/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl:tmod 2 3; punct 2 4", "3 4 2022-02-21");
        assertEquals("2022-02-14", value(monday), "three days back is nearer than four ahead");
        Sentence saturday = sentence(0, "The/DT envoys/NNS meet/VBP Saturday/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl:tmod 2 3; punct 2 4", "3 4 2022-02-12");
        assertEquals("2022-02-19", value(saturday));
    }

    @Test
    void aPossessiveWeekdayWithoutTenseIsPast() {
        Sentence s = sentence(0, "The/DT result/NN of/IN Saturday/NNP 's/POS vote/NN stands/VBZ ./.",
                "root -1 6; det 1 0; nsubj 6 1; nmod 1 5; case 5 2; nmod:poss 5 3; case 3 4; punct 6 7",
                "3 4 2022-02-19");
        assertEquals("2022-02-12", value(s));
    }

    @Test
    void aPlannedEventMayLieEitherSide() {
        Sentence s = sentence(0, "Unions/NNS planned/VBD/plan a/DT rally/NN on/IN Saturday/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; obl 1 5; case 5 4; punct 1 6", "5 6 2022-02-12");
        assertEquals("2022-02-19", value(s));
    }

    @Test
    void aMonthDayWithoutTenseTakesTheNearestYear() {
        Sentence s = sentence(0, "The/DT merger/NN is/VBZ effective/JJ Feb./NNP 1/CD ./.",
                "root -1 3; det 1 0; nsubj 3 1; cop 3 2; obl:tmod 3 5; compound 5 4; punct 3 6", "4 6 2022-02-01");
        assertEquals("2023-02-01", value(s, LocalDate.of(2022, 10, 27)));
        Sentence spelled = sentence(0, "January/NNP nineteen/CD ninety-seven/CD", "", "0 3 1997-01");
        assertEquals("1997-01", value(spelled, LocalDate.of(2022, 10, 27)), "a year in words is still a year");
    }

    @Test
    void aPastParticipleModifierIsPast() {
        Sentence s = sentence(0, "Models/NNS introduced/VBN in/IN March/NNP sold/VBD well/RB ./.",
                "root -1 4; nsubj 4 0; acl 0 1; obl 1 3; case 3 2; advmod 4 5; punct 4 6", "3 4 2023-03");
        assertEquals("2022-03", value(s, LocalDate.of(2022, 10, 27)));
    }

    @Test
    void lastMonthNameIsTheLatestBeforeTheMonthJustPast() {
        Sentence april = sentence(0, "Sales/NNS fell/VBD last/JJ April/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2021-04");
        assertEquals("2022-04", value(april, LocalDate.of(2022, 10, 27)));
        Sentence september = sentence(0, "Sales/NNS fell/VBD last/JJ September/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2021-09");
        assertEquals("2021-09", value(september, LocalDate.of(2022, 10, 27)), "September 2022 is 'last month'");
    }

    @Test
    void lastWeekdayIsTheLatestOneBeforeThePublicationDate() {
        // Thursday 17 February: SUTime reads "last Tuesday" as the Tuesday of the week before (the 8th)
        Sentence tuesday = sentence(0, "Rebels/NNS attacked/VBD/attack last/JJ Tuesday/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2022-02-08");
        assertEquals("2022-02-15", value(tuesday));
        Sentence dayBefore = sentence(0, "The/DT day/NN before/IN last/JJ Tuesday/NNP 's/POS hearing/NN ,/, "
                + "he/PRP left/VBD/leave ./.", "root -1 9; det 1 0; obl:tmod 9 1; case 6 2; amod 4 3; nmod:poss 6 4; "
                + "case 4 5; obl 1 6; punct 9 7; nsubj 9 8; punct 9 10", "0 5 2022-02-07");
        assertEquals("2022-02-14", value(dayBefore), "the whole expression moves with its weekday");
        Sentence friday = sentence(0, "Rebels/NNS attacked/VBD/attack last/JJ Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2022-02-11");
        assertEquals("2022-02-11", value(friday), "both readings agree on a weekday later in the week");
        Sentence wednesday = sentence(0, "Rebels/NNS attacked/VBD/attack last/JJ Wednesday/NNP ./.",
                "root -1 1; nsubj 1 0; obl:tmod 1 3; amod 3 2; punct 1 4", "2 4 2022-02-09");
        assertEquals("2022-02-09", value(wednesday), "the day before publication would be 'yesterday'");
    }

    @Test
    void anActPostponedUntilAWeekdayIsPostponedToTheComingOne() {
        Sentence s = sentence(0, "Officials/NNS postponed/VBD/postpone the/DT vote/NN until/IN Tuesday/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; obl 1 5; case 5 4; punct 1 6", "5 6 2022-02-15");
        assertEquals("2022-02-22", value(s));
        Sentence stayed = sentence(0, "Officials/NNS stayed/VBD/stay until/IN Tuesday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 2022-02-15");
        assertEquals("2022-02-15", value(stayed), "'until' after any other verb is left to SUTime");
    }

    @Test
    void aDayAnActIsCalledOrSetForIsTheComingOne() {
        Sentence strike = sentence(0, "Unions/NNS called/VBD/call a/DT strike/NN for/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; nmod 3 5; case 5 4; punct 1 6", "5 6 2022-02-18");
        assertEquals("2022-02-18", value(strike), "the strike lies ahead of the call");
        Sentence vote = sentence(0, "The/DT council/NN set/VBD/set the/DT vote/NN for/IN Monday/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; obl 2 6; case 6 5; punct 2 7", "6 7 2022-02-14");
        assertEquals("2022-02-21", value(vote));
        Sentence struck = sentence(0, "Unions/NNS struck/VBD/strike on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; punct 1 4", "3 4 2022-02-18");
        assertEquals("2022-02-11", value(struck), "an act told in the past on a weekday is the last one");
        Sentence calledFor = sentence(0, "Protesters/NNS called/VBD/call for/IN Saturday/NNP 's/POS attack/NN to/TO "
                        + "be/VB investigated/VBN/investigate ./.",
                "root -1 1; nsubj 1 0; mark 8 2; nmod:poss 5 3; case 3 4; nsubj:pass 8 5; mark 8 6; aux:pass 8 7; "
                        + "advcl 1 8; punct 1 9", "3 4 2022-02-19");
        assertEquals("2022-02-12", value(calledFor), "a day inside what is called for is no day set for it");
    }

    @Test
    void aMonthStillToComeCannotDateAnActToldInTheSimplePast() {
        LocalDate october = LocalDate.of(2022, 10, 27);
        Sentence changed = sentence(0, "The/DT firm/NN changed/VBD/change its/PRP$ year/NN in/IN December/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; nmod:poss 4 3; obj 2 4; obl 2 6; case 6 5; punct 2 7", "6 7 2022-12");
        assertEquals("2021-12", value(changed, october));
        Sentence cut = sentence(0, "Riyadh/NNP told/VBD/tell firms/NNS of/IN a/DT cut/NN in/IN December/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 5; case 5 3; det 5 4; nmod 5 7; case 7 6; punct 1 8",
                "7 8 2022-12");
        assertEquals("2022-12", value(cut, october), "the month dates the cut, which may lie ahead");
        Sentence called = sentence(0, "Ishiba/NNP called/VBD/call an/DT election/NN for/IN December/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; obl 1 5; case 5 4; punct 1 6", "5 6 2022-12");
        assertEquals("2022-12", value(called, october), "a time set for an event still to come");
    }

    @Test
    void aHolidayInAPastClauseIsLastYears() {
        Sentence s = sentence(0, "He/PRP was/VBD found/VBN on/IN Thanksgiving/NNP ./.",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; obl 2 4; case 4 3; punct 2 5", "4 5 2022-11-24");
        assertEquals("2021-11-25", value(s, LocalDate.of(2022, 1, 10)), "the fourth Thursday of November 2021");
    }

    @Test
    void theWeekendOfAPastClauseIsTheOneJustPast() {
        Sentence s = sentence(0, "Rebels/NNS regrouped/VBD over/IN the/DT weekend/NN ./.",
                "root -1 1; nsubj 1 0; obl 1 4; case 4 2; det 4 3; punct 1 5", "3 5 2022-W07-WE");
        assertEquals("2022-W06-WE", value(s, LocalDate.of(2022, 2, 14)), "Monday 14 February: the 12th and 13th");
    }

    @Test
    void anOrdinalDayInThePresentIsThePublicationDate() {
        Sentence s = sentence(0, "Today/NN is/VBZ/be the/DT fifth/JJ day/NN of/IN the/DT strike/NN ./.",
                "root -1 4; nsubj 4 0; cop 4 1; det 4 2; amod 4 3; nmod 4 7; case 7 5; det 7 6; punct 4 8",
                "2 5 2022-02-22");
        assertEquals("2022-02-17", value(s));
        Sentence bare = sentence(0, "It/PRP is/VBZ/be the/DT ninth/JJ day/NN of/IN the/DT walkout/NN ./.",
                "root -1 4; nsubj 4 0; cop 4 1; det 4 2; amod 4 3; nmod 4 7; case 7 5; det 7 6; punct 4 8",
                "2 5 2022-02-26");
        assertEquals("2022-02-17", value(bare));
        Sentence past = sentence(0, "Monday/NNP was/VBD/be the/DT fifth/JJ day/NN of/IN the/DT strike/NN ./.",
                "root -1 4; nsubj 4 0; cop 4 1; det 4 2; amod 4 3; nmod 4 7; case 7 5; det 7 6; punct 4 8",
                "2 5 2022-02-22");
        assertEquals("2022-02-22", value(past), "told in the past: not today");
        Sentence march = sentence(0, "The/DT march/NN is/VBZ/be the/DT third/JJ day/NN of/IN protests/NNS/protest ./.",
                "root -1 5; det 1 0; nsubj 5 1; cop 5 2; det 5 3; amod 5 4; nmod 5 7; case 7 6; punct 5 8",
                "3 6 2022-02-20");
        assertEquals("2022-02-17", value(march), "a subject with no date of its own, in the present: today");
    }

    @Test
    void anOrdinalDayWithADatedSubjectIsThatDay() {
        Sentence parsed = sentence(0, "Monday/NNP is/VBZ/be the/DT fifth/JJ day/NN of/IN the/DT strike/NN ./.",
                "root -1 4; nsubj 4 0; cop 4 1; det 4 2; amod 4 3; nmod 4 7; case 7 5; det 7 6; punct 4 8", "");
        Sentence s = new Sentence(0, 0, 0, parsed.text(), parsed.tokens(), parsed.dependencies(), List.of(
                new Timex(0, 1, "Monday", "DATE", "2022-02-21"), new Timex(2, 5, "the fifth day", "DATE", "2022-02-22")));
        assertEquals(List.of("2022-02-14", "2022-02-14"),
                TenseAnchoring.apply(s, s.timexes(), THURSDAY).stream().map(Timex::value).toList(),
                "Monday is the nearest Monday, and the fifth day is that Monday, not the publication Thursday");
    }

    @Test
    void aClockTimeFallsOnTheDayOfItsVerb() {
        Sentence parsed = sentence(0, "The/DT bomb/NN exploded/VBD/explode at/IN 9:40/CD a.m./RB on/IN Tuesday/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl 2 4; case 4 3; advmod 4 5; obl 2 7; case 7 6; punct 2 8", "");
        Sentence s = new Sentence(0, 0, 0, parsed.text(), parsed.tokens(), parsed.dependencies(), List.of(
                new Timex(4, 6, "9:40 a.m.", "TIME", "2022-02-17T09:40"), new Timex(7, 8, "Tuesday", "DATE", "2022-02-15")));
        assertEquals(List.of("2022-02-15T09:40", "2022-02-15"),
                TenseAnchoring.apply(s, s.timexes(), THURSDAY).stream().map(Timex::value).toList());
        Sentence alone = new Sentence(0, 0, 0, parsed.text(), parsed.tokens(), parsed.dependencies(), List.of(
                new Timex(4, 6, "9:40 a.m.", "TIME", "2022-02-17T09:40")));
        assertEquals("2022-02-17T09:40", value(alone), "no day named: the publication date");
    }
}
