package org.dyad.code;

import static org.dyad.model.Texts.article;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.PlaceMention;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The coder on hand-written parses: no models are loaded. Actor mentions are given as the resolver
 * would produce them, so these tests pin the coder alone.
 */
class PatternCoderTest {

    private static final PatternCoder CODER = PatternCoder.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 17);

    private static ActorMention m(int sentence, int begin, int end, String country, String sector, String entity) {
        return new ActorMention(sentence, begin, end, end - 1, Actor.of(entity, country, sector, entity), "test");
    }

    private static List<Event> code(Sentence s, ActorMention... mentions) {
        AnnotatedArticle a = article("doc-1", PUBLISHED, s);
        return CODER.code(new ResolvedArticle(a, List.of(mentions)));
    }

    private static Event only(List<Event> events, String cameoPrefix) {
        List<Event> matching = events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertEquals(1, matching.size(), () -> "one " + cameoPrefix + " event expected in " + describe(events));
        return matching.get(0);
    }

    /** Source and target of each event under a code prefix, as "SRC->TGT", in the order coded. */
    private static List<String> directions(List<Event> events, String cameoPrefix) {
        return events.stream().filter(e -> e.cameo().startsWith(cameoPrefix))
                .map(e -> String.join("+", codes(e.actors())) + "->" + String.join("+", codes(e.recipients()))).toList();
    }

    private static String describe(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.cameo() + " " + e.type() + " " + codes(e.actors()) + "->" + codes(e.recipients()) + " " + e.modality());
        }
        return out.toString();
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    @Test
    void phoneCallWithDateFromTheText() {
        Sentence s = sentence(0, "Secretary/NNP of/IN State/NNP Antony/NNP Blinken/NNP on/IN Tuesday/NNP spoke/VBD/speak "
                        + "by/IN phone/NN with/IN Russian/JJ Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP ./.",
                "root -1 7; nsubj 7 4; compound 4 0; nmod 0 2; case 2 1; compound 4 3; obl 7 6; case 6 5; obl 7 9; "
                        + "case 9 8; obl 7 15; case 15 10; amod 15 11; compound 15 12; compound 15 13; compound 15 14; punct 7 16",
                "6 7 2022-02-15");
        Event e = only(code(s, m(0, 0, 5, "USA", "GOV", "Antony Blinken"), m(0, 11, 16, "RUS", "GOV", "Sergey Lavrov")), "04");
        assertEquals("041", e.cameo());
        assertEquals("CONSULT", e.type());
        assertEquals("phone", e.mode());
        assertEquals(List.of("USAGOV"), codes(e.actors()));
        assertEquals(List.of("RUSGOV"), codes(e.recipients()));
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(LocalDate.of(2022, 2, 15), e.date().date());
        assertEquals(EventDate.Basis.TEXT, e.date().basis());
        assertEquals(EventDate.Precision.DAY, e.date().precision());
        assertEquals("spoke", e.mentions().get(0).trigger());
        assertEquals(1, e.quadClass());
    }

    @Test
    void aVerbAndTheNounOfItsMeansAreOneAct() {
        Sentence s = sentence(0, "Three/CD people/NNS were/VBD/be killed/VBN/kill in/IN an/DT Israeli/JJ airstrike/NN ./.",
                "root -1 3; nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; obl 3 7; case 7 4; det 7 5; amod 7 6; punct 3 8");
        List<Event> events = code(s, m(0, 0, 2, "PSE", "CVL", "Palestine"), m(0, 6, 7, "ISR", null, "Israel"));
        assertEquals(1, events.stream().filter(e -> "ASSAULT".equals(e.type())).count(), describe(events));
        Event strike = only(events, "19");
        assertEquals("195", strike.cameo(), "the airstrike's more detailed code");
        assertEquals(List.of("ISR"), codes(strike.actors()), "the doer the passive verb leaves out, from the noun");
        assertEquals(List.of("PSECVL"), codes(strike.recipients()), "the victims, from the verb");
        assertEquals("killed", strike.mentions().get(0).trigger());

        Sentence during = sentence(0, "Police/NNS arrested/VBD/arrest protesters/NNS in/IN a/DT raid/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 5; case 5 3; det 5 4; punct 1 6");
        List<Event> arrests = code(during, m(0, 0, 1, "GEO", "COP", "Georgia"), m(0, 2, 3, "GEO", "PRO", "Georgia"));
        assertEquals(List.of("173"), arrests.stream().map(Event::cameo).filter(c -> c.startsWith("17")).toList(),
                "a raid and an arrest are one coercion: " + describe(arrests));
    }

    @Test
    void partiesThatActOnEachOtherAreSourceAndTarget() {
        Sentence s = sentence(0, "Russia/NNP and/CC Ukraine/NNP accused/VBD/accuse each/DT other/JJ of/IN "
                        + "shelling/VBG/shell the/DT plant/NN ./.",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; det 5 4; obj 3 5; mark 7 6; advcl 3 7; det 9 8; obj 7 9; "
                        + "punct 3 10");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "UKR", null, "Ukraine"));
        assertEquals(List.of("RUS->UKR", "UKR->RUS"), directions(events, "11"),
                "'each other': each side accuses the other");
    }

    @Test
    void theTextsOwnSuppositionIsNoOnesIntent() {
        Sentence s = sentence(0, "If/IN Iran/NNP attacked/VBD/attack ,/, the/DT United/NNP States/NNPS would/MD "
                        + "defend/VB Israel/NNP ./.",
                "root -1 8; mark 2 0; nsubj 2 1; advcl 8 2; punct 2 3; det 6 4; compound 6 5; nsubj 8 6; aux 8 7; "
                        + "obj 8 9; punct 8 10");
        List<Event> events = code(s, m(0, 1, 2, "IRN", null, "Iran"), m(0, 4, 7, "USA", null, "United States"),
                m(0, 9, 10, "ISR", null, "Israel"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), "no one announced it: " + describe(events));
        assertEquals(Modality.HYPOTHETICAL, only(events, "05").modality(), "the defence itself stays supposed");
    }

    @Test
    void residentsWhoEvacuateReceiveNoAidAndNoAidIsDemanded() {
        Sentence ordered = sentence(0, "The/DT army/NN ordered/VBD/order residents/NNS to/TO evacuate/VB ./.",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; mark 5 4; xcomp 2 5; punct 2 6");
        List<Event> events = code(ordered, m(0, 0, 2, "ISR", "MIL", "Israel"), m(0, 3, 4, "PSE", "CVL", "Palestine"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("07") || e.cameo().equals("1033")),
                describe(events));
        assertEquals("100", only(events, "10").cameo(), "an order to leave is a plain demand");

        Sentence evacuated = sentence(0, "The/DT UN/NNP evacuated/VBD/evacuate 300/CD civilians/NNS ./.",
                "root -1 2; det 1 0; nsubj 2 1; nummod 4 3; obj 2 4; punct 2 5");
        assertEquals(List.of("PSECVL"), codes(only(code(evacuated, m(0, 0, 2, "IGOUNO", "IGO", "UN"),
                m(0, 3, 5, "PSE", "CVL", "Palestine")), "07").recipients()), "those evacuated receive aid");
    }

    @Test
    void agreeingToATruceIsAnIntentDeclaringOneIsTheTruce() {
        Sentence agreed = sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP agreed/VBD/agree to/IN a/DT ceasefire/NN ./.",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obl 3 6; case 6 4; det 6 5; punct 3 7");
        Event intent = only(code(agreed, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan")), "03");
        assertEquals("0356", intent.cameo(), "an intent to de-escalate, as 'agreed to withdraw'");
        assertEquals("AGREE", intent.type());
        Sentence declared = sentence(0, "Hezbollah/NNP declared/VBD/declare a/DT ceasefire/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4");
        assertEquals("RETREAT", only(code(declared, m(0, 0, 1, "LBN", "REB", "Hezbollah")), "087").type());
    }

    @Test
    void anActHungOnTheAccusedIsAllegedToo() {
        // the parser makes "of shelling homes" a modifier of the accused, not of the verb of accusing
        Sentence s = sentence(0, "Armenia/NNP accused/VBD/accuse Azerbaijani/JJ troops/NNS/troop of/IN shelling/VBG/shell "
                        + "homes/NNS/home in/IN a/DT border/NN village/NN ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; case 6 4; amod 6 5; nmod 3 6; case 10 7; det 10 8; "
                        + "compound 10 9; nmod 6 10; punct 1 11");
        List<Event> events = code(s, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 4, "AZE", "MIL", "Azerbaijan"));
        assertEquals(Modality.ASSERTED, only(events, "11").modality());
        assertEquals(Modality.HYPOTHETICAL, only(events, "19").modality(), "alleged, not asserted");
    }

    @Test
    void thePurposeOfAnAllegedActIsTheAccusedsToo() {
        // the parser makes "sending" a modifier of "soldiers" and hangs "to help" on "accused"
        Sentence s = sentence(0, "Kenya/NNP accused/VBD/accuse Somalia/NNP of/IN sending/VBG/send soldiers/NNS/soldier "
                        + "across/IN the/DT frontier/NN to/TO help/VB/help Shabaab/NNP militants/NNS/militant ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; amod 5 4; obl 1 5; case 8 6; det 8 7; obl 1 8; mark 10 9; "
                        + "advcl 1 10; compound 12 11; obj 10 12; punct 1 13");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 3, "SOM", null, "Somalia"),
                m(0, 5, 6, "KEN", "MIL", "Kenya"), m(0, 11, 13, "SOM", "REB", "Shabaab"));
        Event help = only(events, "07");
        assertEquals(List.of("SOM"), codes(help.actors()), "the one said to have sent them helps, not the accuser");
        assertEquals(Modality.HYPOTHETICAL, help.modality(), "alleged, as the sending is");
        assertEquals(List.of("SOM->"), directions(events, "15"), "the soldiers sent are the sender's, no target");
    }

    @Test
    void anActGivenTimeForIsNeitherDoneNorAnIntent() {
        Sentence s = sentence(0, "Kenya/NNP 's/POS top/JJ court/NN gave/VBD/give the/DT police/NNS/police 30/CD days/NNS/day "
                        + "to/TO release/VB/release the/DT detainees/NNS/detainee ./.",
                "root -1 4; nmod:poss 3 0; case 0 1; amod 3 2; nsubj 4 3; det 6 5; iobj 4 6; nummod 8 7; obj 4 8; "
                        + "mark 10 9; advcl 4 10; det 12 11; obj 10 12; punct 4 13");
        List<Event> events = code(s, m(0, 0, 4, "KEN", "JUD", "Kenya"), m(0, 5, 7, "KEN", "COP", "Kenya"));
        assertFalse(events.isEmpty(), "the release is coded, as an act to come");
        assertTrue(events.stream().noneMatch(e -> e.modality() == Modality.ASSERTED && !e.cameo().startsWith("10")),
                () -> describe(events));
        Event order = only(events, "10");  // the court demands the release, with a deadline
        assertEquals(List.of("KENJUD"), codes(order.actors()));
        assertEquals(List.of("KENCOP"), codes(order.recipients()));
    }

    @Test
    void anActThatAVerbPutsAnEndToIsNotAsserted() {
        Sentence ended = sentence(0, "Ethiopia/NNP ended/VBD/end the/DT ceasefire/NN with/IN the/DT rebels/NNS/rebel ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; det 6 5; nmod 3 6; punct 1 7");
        List<Event> events = code(ended, m(0, 0, 1, "ETH", null, "Ethiopia"), m(0, 6, 7, "ETH", "REB", "Ethiopia"));
        assertTrue(events.stream().noneMatch(e -> e.modality() == Modality.ASSERTED && e.cameo().startsWith("087")),
                () -> describe(events));
        Sentence declared = sentence(0, "Ethiopia/NNP declared/VBD/declare the/DT ceasefire/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4");
        assertEquals(Modality.ASSERTED, only(code(declared, m(0, 0, 1, "ETH", null, "Ethiopia")), "087").modality());
    }

    @Test
    void aParticipleClauseSharesTheDateOfTheClauseItContinues() {
        Sentence s = sentence(0, "Police/NNS opened/VBD/open fire/NN on/IN Monday/NNP ,/, killing/VBG/kill one/CD "
                        + "protester/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3; punct 1 5; advcl 1 6; nummod 8 7; obj 6 8; punct 1 9",
                "4 5 2022-02-14");
        List<Event> events = code(s, m(0, 0, 1, "EGY", "COP", "Egypt"), m(0, 8, 9, "EGY", "PRO", "Egypt"));
        Event killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killing")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals(LocalDate.of(2022, 2, 14), killing.date().date());
        assertEquals(EventDate.Basis.TEXT, killing.date().basis());
    }

    @Test
    void anActDescribingAVetoedTextDidNotTakePlace() {
        Sentence s = sentence(0, "Russia/NNP vetoed/VBD/veto a/DT resolution/NN condemning/VBG/condemn the/DT "
                        + "annexation/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; acl 3 4; det 6 5; obj 4 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 4, "IGOUNOSEC", "IGO", "UNSC"));
        assertEquals(Modality.ASSERTED, only(events, "12").modality(), "the veto happened");
        assertEquals(Modality.HYPOTHETICAL, only(events, "11").modality(), "the condemnation was only proposed");
        Sentence draft = sentence(0, "France/NNP circulated/VBD/circulate a/DT draft/NN resolution/NN "
                        + "condemning/VBG/condemn the/DT strikes/NNS ./.",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; acl 4 5; det 7 6; obj 5 7; punct 1 8");
        assertEquals(Modality.HYPOTHETICAL, only(code(draft, m(0, 0, 1, "FRA", null, "France"),
                        m(0, 3, 5, "IGOUNOSEC", "IGO", "UNSC")), "11").modality(),
                "a draft condemns no one yet");
        Sentence adopted = sentence(0, "The/DT council/NN adopted/VBD/adopt a/DT resolution/NN condemning/VBG/condemn "
                        + "the/DT strikes/NNS ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; acl 4 5; det 7 6; obj 5 7; punct 2 8");
        Event condemnation = only(code(adopted, m(0, 0, 2, "IGOUNOSEC", "IGO", "UNSC")), "11");
        assertEquals(Modality.ASSERTED, condemnation.modality(), "an adopted resolution does condemn");
        assertEquals(List.of("IGOUNOSECIGO"), codes(condemnation.actors()), "a text says what its author says");
    }

    @Test
    void oneLeaderKilledIsAnAssassinationAndAMeansWithoutDoerStillGivesItsCode() {
        Sentence leader = sentence(0, "Guerrillas/NNS killed/VBD/kill the/DT deputy/JJ chief/NN of/IN the/DT militia/NN ./.",
                "root -1 1; nsubj 1 0; det 4 2; amod 4 3; obj 1 4; case 7 5; det 7 6; nmod 4 7; punct 1 8");
        assertEquals("186", only(code(leader, m(0, 0, 1, "LBN", "REB", "Lebanon")), "18").cameo());
        Sentence soldiers = sentence(0, "Guerrillas/NNS killed/VBD/kill three/CD soldiers/NNS ./.",
                "root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; punct 1 4");
        assertEquals("190", only(code(soldiers, m(0, 0, 1, "LBN", "REB", "Lebanon"), m(0, 2, 4, "ISR", "MIL", "Israel")),
                "19").cameo(), "soldiers killed are no assassination");

        Sentence bomb = sentence(0, "Guerrillas/NNS wounded/VBD/wound two/CD soldiers/NNS in/IN a/DT bomb/NN attack/NN ./.",
                "root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; obl 1 7; case 7 4; det 7 5; compound 7 6; punct 1 8");
        Event wounded = only(code(bomb, m(0, 0, 1, "IRL", "REB", "Ireland"), m(0, 2, 4, "GBR", "MIL", "Britain")), "18");
        assertEquals("183", wounded.cameo(), "the bomb attack names the act, though it names no doer");
        assertEquals(List.of("GBRMIL"), codes(wounded.recipients()));
    }

    @Test
    void cuttingTransportLinksReducesRelations() {
        Sentence s = sentence(0, "Russia/NNP suspended/VBD/suspend flights/NNS/flight to/IN Georgia/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; nmod 2 4; case 4 3; punct 1 5");
        Event cut = only(code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "GEO", null, "Georgia")), "16");
        assertEquals("160", cut.cameo());
        assertEquals(List.of("GEO"), codes(cut.recipients()));
    }

    @Test
    void coordinatedClauseSharesTheDateOfTheFirst() {
        Sentence s = sentence(0, "Blinken/NNP spoke/VBD/speak with/IN Lavrov/NNP on/IN Tuesday/NNP and/CC "
                        + "urged/VBD/urge Moscow/NNP to/TO withdraw/VB ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; obl 1 5; case 5 4; conj 1 7; cc 7 6; obj 7 8; xcomp 7 10; "
                        + "mark 10 9; punct 1 11",
                "5 6 2022-02-15");
        Event urge = only(code(s, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 3, 4, "RUS", "GOV", "Sergey Lavrov"),
                m(0, 8, 9, "RUS", "GOV", "Moscow")), "02");
        assertEquals(List.of("USAGOV"), codes(urge.actors()), "subject of the first conjunct");
        assertEquals(LocalDate.of(2022, 2, 15), urge.date().date());
        assertEquals(EventDate.Basis.TEXT, urge.date().basis());
    }

    @Test
    void objectControlMakesTheUrgedPartyTheSourceOfTheRequestedAct() {
        Sentence s = sentence(0, "He/PRP urged/VBD/urge Moscow/NNP to/TO pull/VB back/RP its/PRP$ troops/NNS ./.",
                "root -1 1; nsubj 1 0; obj 1 2; xcomp 1 4; mark 4 3; compound:prt 4 5; obj 4 7; nmod:poss 7 6; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 2, 3, "RUS", "GOV", "Moscow"));
        Event request = only(events, "02");
        assertEquals("REQUEST", request.type());
        assertEquals(List.of("USAGOV"), codes(request.actors()));
        assertEquals(List.of("RUSGOV"), codes(request.recipients()));
        assertEquals(Modality.ASSERTED, request.modality());
        assertEquals(EventDate.Basis.PUBLICATION, request.date().basis(), "no expression: publication date");
        assertEquals(PUBLISHED, request.date().date());

        Event retreat = only(events, "087");
        assertEquals(List.of("RUSGOV"), codes(retreat.actors()), "Moscow is asked to pull back");
        assertEquals(Modality.FUTURE, retreat.modality(), "urged, not done");
    }

    @Test
    void actRequiredOfAPartyIsNotYetDone() {
        Sentence s = sentence(0, "The/DT accord/NN required/VBD/require Ethiopian/JJ troops/NNS to/TO withdraw/VB "
                        + "from/IN Tigray/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; amod 4 3; obj 2 4; mark 6 5; xcomp 2 6; case 8 7; obl 6 8; punct 2 9");
        List<Event> events = code(s, m(0, 3, 5, "ETH", "MIL", "Ethiopia"));
        Event retreat = only(events, "087");
        assertEquals(List.of("ETHMIL"), codes(retreat.actors()));
        assertEquals(Modality.FUTURE, retreat.modality(), "required, not done");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> "asked of the troops, "
                + "no intent of theirs: " + describe(events));
    }

    @Test
    void initiallingAnAccordIsItsSignature() {
        Sentence s = sentence(0, "Ethiopia/NNP and/CC Eritrea/NNP initialled/VBD/initial a/DT border/NN accord/NN "
                        + "in/IN Asmara/NNP ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; det 6 4; compound 6 5; obj 3 6; case 8 7; obl 3 8; punct 3 9");
        Event signed = only(code(s, m(0, 0, 1, "ETH", null, "Ethiopia"), m(0, 2, 3, "ERI", null, "Eritrea")), "05");
        assertEquals("057", signed.cameo());
        assertEquals(Modality.ASSERTED, signed.modality());
    }

    @Test
    void whoWillNotTolerateAttacksIsNotTheirDoer() {
        Sentence s = sentence(0, "Seoul/NNP will/MD not/RB tolerate/VB attacks/NNS/attack on/IN its/PRP$ ships/NNS/ship ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4; case 7 5; nmod:poss 7 6; nmod 4 7; punct 3 8");
        List<Event> events = code(s, m(0, 0, 1, "KOR", "GOV", "Seoul"), m(0, 6, 7, "KOR", "GOV", "Seoul"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19") && codes(e.actors()).contains("KORGOV")),
                () -> describe(events));
    }

    @Test
    void blameAfterADeniedActIsTheDeniersOwn() {
        // 0 The 1 militia 2 denied 3 that 4 its 5 fighters 6 had 7 looted 8 the 9 town 10 and 11 blamed
        // 12 government 13 troops 14 .
        Sentence s = sentence(0, "The/DT militia/NN denied/VBD/deny that/IN its/PRP$ fighters/NNS/fighter had/VBD/have "
                        + "looted/VBN/loot the/DT town/NN and/CC blamed/VBD/blame government/NN troops/NNS ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 7 3; nmod:poss 5 4; nsubj 7 5; aux 7 6; ccomp 2 7; det 9 8; "
                        + "obj 7 9; cc 11 10; conj 7 11; compound 13 12; obj 11 13; punct 2 14");
        assertEquals(2, PatternCoder.blameConjunctsRaised(s).head(11));
        List<Event> events = code(s, m(0, 1, 2, "LBY", "REB", "militia"), m(0, 4, 6, "LBY", "REB", "militia"),
                m(0, 12, 14, "LBY", "MIL", "Libya"));
        Event blame = only(events, "11");
        assertEquals(List.of("LBYREB"), codes(blame.actors()));
        assertEquals(List.of("LBYMIL"), codes(blame.recipients()));
        assertEquals(Modality.ASSERTED, blame.modality(), "the blame is said, not denied");
    }

    @Test
    void whoIsConcernedAndCallsOnOthersIsTheCaller() {
        // 0 Norway 1 was 2 deeply 3 concerned 4 by 5 the 6 clashes 7 and 8 called 9 on 10 Serbia 11 to
        // 12 withdraw 13 .
        Sentence s = sentence(0, "Norway/NNP was/VBD/be deeply/RB concerned/VBN/concern by/IN the/DT clashes/NNS/clash "
                        + "and/CC called/VBN/call on/IN Serbia/NNP to/TO withdraw/VB ./.",
                "nsubj:pass 3 0; aux:pass 3 1; advmod 3 2; root -1 3; case 6 4; det 6 5; obl 3 6; cc 8 7; conj 3 8; "
                        + "mark 12 9; nsubj 12 10; mark 12 11; advcl 8 12; punct 3 13");
        assertEquals("nsubj", PatternCoder.feelingsRepaired(s).relation(0));
        Event call = only(code(s, m(0, 0, 1, "NOR", null, "Norway"), m(0, 10, 11, "SRB", null, "Serbia")), "02");
        assertEquals(List.of("NOR"), codes(call.actors()));
        assertEquals(List.of("SRB"), codes(call.recipients()));
    }

    @Test
    void whatAnAccordCommitsPartiesToIsNotYetDoneButAPledgeIsAnIntent() {
        Sentence accord = sentence(0, "The/DT pact/NN commits/VBZ/commit Serbia/NNP to/TO recognise/VB Kosovo/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 5 4; xcomp 2 5; obj 5 6; punct 2 7");
        List<Event> events = code(accord, m(0, 3, 4, "SRB", null, "Serbia"), m(0, 6, 7, "XKX", null, "Kosovo"));
        Event recognition = only(events, "054");
        assertEquals(Modality.FUTURE, recognition.modality(), "committed to by the pact, not done");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));

        Sentence pledge = sentence(0, "Chad/NNP committed/VBD/commit to/TO withdraw/VB its/PRP$ troops/NNS from/IN "
                        + "Sudan/NNP ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; nmod:poss 5 4; obj 3 5; case 7 6; obl 3 7; punct 1 8");
        List<Event> own = code(pledge, m(0, 0, 1, "TCD", null, "Chad"), m(0, 4, 5, "TCD", null, "Chad"),
                m(0, 7, 8, "SDN", null, "Sudan"));
        assertEquals(Modality.FUTURE, only(own, "087").modality());
        assertEquals(Modality.ASSERTED, only(own, "03").modality(), "Chad's own commitment is an intent");
    }

    @Test
    void aWaveOfStrikesIsTheStrikes() {
        // 0 Turkey 1 launched 2 a 3 wave 4 of 5 airstrikes 6 on 7 Kurdish 8 militants 9 .
        Sentence s = sentence(0, "Turkey/NNP launched/VBD/launch a/DT wave/NN of/IN airstrikes/NNS/airstrike on/IN "
                        + "Kurdish/JJ militants/NNS/militant ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; case 8 6; amod 8 7; nmod 5 8; punct 1 9");
        Sentence repaired = PatternCoder.quantitiesRepaired(s);
        assertEquals(1, repaired.head(5));
        assertEquals("obj", repaired.relation(5));
        Event strikes = only(code(s, m(0, 0, 1, "TUR", null, "Turkey"), m(0, 7, 9, "SYR", "REB", "Kurdish militants")), "19");
        assertEquals(List.of("TUR"), codes(strikes.actors()));
        assertEquals(List.of("SYRREB"), codes(strikes.recipients()));
        assertEquals(Modality.ASSERTED, strikes.modality());
    }

    @Test
    void aNameBeforeASpanOfTimeIsTheObject() {
        // 0 Senators 1 voted 2 to 3 impeach 4 President 5 Kalonzo 6 hours 7 later 8 .
        Sentence s = sentence(0, "Senators/NNS/senator voted/VBD/vote to/TO impeach/VB/impeach President/NNP/president "
                        + "Kalonzo/NNP hours/NNS/hour later/RB ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; compound 5 4; compound 6 5; obj 3 6; advmod 3 7; punct 1 8");
        Sentence repaired = PatternCoder.namesBeforeSpansRepaired(s);
        assertEquals("obj", repaired.relation(5));
        assertEquals(3, repaired.head(5));
        assertEquals(5, repaired.head(4));
        Event e = only(code(s, m(0, 0, 1, "KEN", "LEG", "Senators"), m(0, 4, 6, "KEN", "GOV", "Kalonzo")), "17");
        assertEquals(List.of("KENGOV"), codes(e.recipients()));

        // the span measuring the adverb: 0 Police 1 detained 2 Okafor 3 days 4 earlier 5 .
        Sentence t = sentence(0, "Police/NNS/police detained/VBD/detain Okafor/NNP days/NNS/day earlier/RBR/early ./.",
                "nsubj 1 0; root -1 1; compound 3 2; obl:npmod 4 3; advmod 1 4; punct 1 5");
        Sentence mended = PatternCoder.namesBeforeSpansRepaired(t);
        assertEquals("obj", mended.relation(2));
        assertEquals(1, mended.head(2));
        assertEquals(4, mended.head(3));
        // a name modifying a noun that is no span stays its modifier: "detained Okafor supporters earlier"
        Sentence u = sentence(0, "Police/NNS/police detained/VBD/detain Okafor/NNP supporters/NNS/supporter earlier/RBR/early ./.",
                "nsubj 1 0; root -1 1; compound 3 2; obj 1 3; advmod 1 4; punct 1 5");
        assertEquals(u.dependencies(), PatternCoder.namesBeforeSpansRepaired(u).dependencies());
    }

    @Test
    void meansOfAnAttackTaggedAsVerbsAreNouns() {
        // 0 Moscow 1 launched 2 missile 3 and 4 drone(VB) 5 attacks 6 on 7 Odesa 8 overnight 9 .
        Sentence s = sentence(0, "Moscow/NNP launched/VBD/launch missile/NN/missile and/CC drone/VB/drone attacks/NNS/attack "
                        + "on/IN Odesa/NNP overnight/RB ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 1 4; obj 4 5; case 7 6; obl 4 7; advmod 4 8; punct 1 9");
        Sentence repaired = PatternCoder.attackModifiersRepaired(s, java.util.Set.of());
        assertEquals("obj", repaired.relation(5));
        assertEquals(1, repaired.head(5));
        assertEquals("NN", repaired.token(4).tag());
        assertEquals(5, repaired.head(7));
        Event e = only(code(s, m(0, 0, 1, "RUS", "GOV", "Moscow"), m(0, 7, 8, "UKR", null, "Odesa")), "19");
        assertEquals(List.of("RUSGOV"), codes(e.actors()));
        assertEquals(List.of("UKR"), codes(e.recipients()));
        // a verb the coder knows stays one: "fired artillery and launch(ed) attacks"
        assertEquals(s.dependencies(), PatternCoder.attackModifiersRepaired(s, java.util.Set.of("drone")).dependencies());

        // one modifier after the verb's particle: 0 Israel 1 carried 2 out 3 drone(VB) 4 raids 5 on 6 Rafah 7 .
        Sentence t = sentence(0, "Israel/NNP carried/VBD/carry out/RP drone/VB/drone raids/NNS/raid on/IN Rafah/NNP ./.",
                "nsubj 1 0; root -1 1; compound:prt 1 2; dep 1 3; obj 3 4; case 6 5; obl 3 6; punct 1 7");
        Sentence mended = PatternCoder.attackModifiersRepaired(t, java.util.Set.of());
        assertEquals("obj", mended.relation(4));
        assertEquals(1, mended.head(4));
        assertEquals("compound", mended.relation(3));
        // a verb that takes a bare infinitive keeps it: 0 Iran 1 helped 2 stage 3 attacks 4 .
        Sentence u = sentence(0, "Iran/NNP helped/VBD/help stage/VB/stage attacks/NNS/attack ./.",
                "nsubj 1 0; root -1 1; xcomp 1 2; obj 2 3; punct 1 4");
        assertEquals(u.dependencies(), PatternCoder.attackModifiersRepaired(u, java.util.Set.of()).dependencies());
        // a verb the patterns lack is still a verb: 0 Troops 1 fire 2 artillery 3 and 4 conduct 5 raids 6 .
        Sentence v = sentence(0, "Troops/NNS/troop fire/VBP/fire artillery/NN and/CC conduct/VBP/conduct raids/NNS/raid ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 1 4; obj 4 5; punct 1 6");
        assertEquals(v.dependencies(), PatternCoder.attackModifiersRepaired(v, java.util.Set.of()).dependencies());
    }

    @Test
    void aWarningThatCooperationWillNotComeIsAThreat() {
        // read by the parser as a clausal subject: 0 Tehran 1 warned 2 London 3 would 4 not 5 conclude 6 any 7 deals 8 with 9 it 10 .
        Sentence s = sentence(0, "Tehran/NNP warned/VBD/warn London/NNP would/MD not/RB conclude/VB/conclude any/DT "
                        + "deals/NNS/deal with/IN it/PRP ./.",
                "nsubj 1 0; csubj 5 1; obj 1 2; aux 5 3; advmod 5 4; root -1 5; det 7 6; obj 5 7; case 9 8; obl 5 9; punct 5 10");
        Sentence repaired = PatternCoder.toldSubjectsRepaired(s);
        assertEquals(Dependency.ROOT, repaired.head(1));
        assertEquals("ccomp", repaired.relation(5));
        assertEquals("nsubj", repaired.relation(2));
        List<Event> events = code(s, m(0, 0, 1, "IRN", "GOV", "Tehran"), m(0, 2, 3, "GBR", "GOV", "London"),
                m(0, 9, 10, "IRN", "GOV", "Tehran"));
        Event threat = only(events, "13");
        assertEquals("1313", threat.cameo());
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("IRNGOV"), codes(threat.actors()));
        assertEquals(List.of("GBRGOV"), codes(threat.recipients()));
        // cooperation foreseen, not withheld, threatens nothing: "warned London would sign the agreement anyway"
        Sentence t = sentence(0, "Tehran/NNP warned/VBD/warn that/IN London/NNP would/MD sign/VB/sign the/DT "
                        + "agreement/NN anyway/RB ./.",
                "nsubj 1 0; root -1 1; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; det 7 6; obj 5 7; advmod 5 8; punct 1 9");
        List<Event> foreseen = code(t, m(0, 0, 1, "IRN", "GOV", "Tehran"), m(0, 3, 4, "GBR", "GOV", "London"));
        assertTrue(foreseen.stream().noneMatch(e -> e.cameo().startsWith("131")), () -> describe(foreseen));
    }

    @Test
    void aDeedToBeAvengedIsPastAndNotTheAvengers() {
        // 0 Hamas 1 vowed 2 to 3 avenge 4 the 5 bombing 6 of 7 its 8 headquarters 9 by 10 Israel 11 .
        Sentence s = sentence(0, "Hamas/NNP vowed/VBD/vow to/TO avenge/VB/avenge the/DT bombing/NN/bombing of/IN its/PRP$ "
                        + "headquarters/NN/headquarters by/IN Israel/NNP ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; case 8 6; nmod:poss 8 7; nmod 5 8; "
                        + "case 10 9; nmod 5 10; punct 1 11");
        assertEquals(Modality.ASSERTED, ModalityRules.of(s, 5));
        List<Event> events = code(s, m(0, 0, 1, "PSE", "REB", "Hamas"), m(0, 7, 8, "PSE", "REB", "Hamas"),
                m(0, 10, 11, "ISR", null, "Israel"));
        Event threat = only(events, "13");
        assertEquals(List.of("PSEREB"), codes(threat.actors()));
        List<Event> deed = events.stream().filter(e -> e.mentions().get(0).trigger().equals("bombing")).toList();
        assertTrue(deed.stream().allMatch(e -> e.modality() == Modality.ASSERTED && codes(e.actors()).equals(List.of("ISR"))),
                () -> describe(events));
        // with no doer named, the deed is not the avenger's: 0 Hamas 1 vowed 2 to 3 avenge 4 the 5 bombing 6 .
        Sentence t = sentence(0, "Hamas/NNP vowed/VBD/vow to/TO avenge/VB/avenge the/DT bombing/NN/bombing ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; punct 1 6");
        List<Event> unnamed = code(t, m(0, 0, 1, "PSE", "REB", "Hamas"));
        assertTrue(unnamed.stream().noneMatch(e -> e.mentions().get(0).trigger().equals("bombing")
                && codes(e.actors()).contains("PSEREB")), () -> describe(unnamed));
        // a deed to be punished may be yet to come: 0 Iran 1 vowed 2 to 3 punish 4 any 5 attack 6 by 7 Israel 8 .
        Sentence u = sentence(0, "Iran/NNP vowed/VBD/vow to/TO punish/VB/punish any/DT attack/NN/attack by/IN Israel/NNP ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; case 7 6; nmod 5 7; punct 1 8");
        assertNotEquals(Modality.ASSERTED, ModalityRules.of(u, 5), "no attack has been made");
    }

    @Test
    void eachJoinedObjectOfADemandIsARequest() {
        // "and" left hanging on the verb: 0 Opposition 1 parties 2 demanded 3 fresh 4 elections 5 and 6 the
        // 7 release 8 of 9 detained 10 activists 11 .
        Sentence s = sentence(0, "Opposition/NNP parties/NNS/party demanded/VBD/demand fresh/JJ elections/NNS/election "
                        + "and/CC the/DT release/NN/release of/IN detained/VBN/detain activists/NNS/activist ./.",
                "compound 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; dep 2 5; det 7 6; dep 5 7; case 10 8; "
                        + "amod 10 9; nmod 7 10; punct 2 11");
        Sentence repaired = PatternCoder.strandedConjunctsRepaired(s);
        assertEquals("conj", repaired.relation(7));
        assertEquals(4, repaired.head(7));
        assertEquals(7, repaired.head(5));
        List<Event> events = code(s, m(0, 0, 2, "ZWE", "OPP", "Opposition parties"), m(0, 9, 11, "ZWE", "CVL", "activists"));
        List<String> requests = events.stream().filter(e -> e.type().equals("REQUEST")).map(Event::cameo).sorted().toList();
        assertEquals(List.of("1041", "1053"), requests, () -> describe(events));

        // the second act joined to the first one's "of" noun: 0 Students 1 demanded 2 the 3 resignation 4 of
        // 5 the 6 governor 7 and 8 the 9 release 10 of 11 detained 12 activists 13 .
        Sentence t = sentence(0, "Students/NNS/student demanded/VBD/demand the/DT resignation/NN/resignation of/IN the/DT "
                        + "governor/NN/governor and/CC the/DT release/NN/release of/IN detained/VBN/detain activists/NNS/activist ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; nmod 3 6; cc 9 7; det 9 8; conj 6 9; "
                        + "case 12 10; amod 12 11; nmod 9 12; punct 1 13");
        List<Event> both = code(t, m(0, 0, 1, "KEN", "EDU", "Students"), m(0, 6, 7, "KEN", "GOV", "governor"),
                m(0, 11, 13, "KEN", "CVL", "activists"));
        assertEquals(List.of("1041", "1053"), both.stream().filter(e -> e.type().equals("REQUEST")).map(Event::cameo)
                .sorted().toList(), () -> describe(both));
    }

    @Test
    void aPastWhereClauseTakesTheDateOfWhatItHangsFrom() {
        String words = "Blinken/NNP met/VBD/meet Wang/NNP in/IN Jakarta/NNP on/IN Friday/NNP ,/, where/WRB Wang/NNP "
                + "accused/VBD/accuse Washington/NNP of/IN meddling/VBG/meddle ./.";
        String common = "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3; obl 1 6; case 6 5; punct 6 7; advmod 10 8; "
                + "nsubj 10 9; obj 10 11; mark 13 12; advcl 10 13; punct 1 14; ";
        for (String link : List.of("acl:relcl 6 10", "dep 1 10", "acl:relcl 4 10")) {
            Sentence s = sentence(0, words, common + link, "6 7 2022-02-11");
            List<Event> events = code(s, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 2, 3, "CHN", "GOV", "Wang Yi"),
                    m(0, 9, 10, "CHN", "GOV", "Wang Yi"), m(0, 11, 12, "USA", "GOV", "Washington"));
            Event accused = events.stream().filter(e -> e.mentions().get(0).trigger().equals("accused")).findFirst()
                    .orElseThrow(() -> new AssertionError(describe(events)));
            // hung on the place, the clause may tell the place's past: it keeps the publication date
            LocalDate expected = link.startsWith("acl:relcl 4") ? PUBLISHED : LocalDate.of(2022, 2, 11);
            assertEquals(expected, accused.date().date(), link);
        }
    }

    @Test
    void aPracticeAskedToChangeIsNoActOfItsOwn() {
        // 0 Beijing 1 urged 2 Canberra 3 to 4 abandon 5 its 6 policy 7 of 8 imposing 9 duties 10 on 11 Chinese 12 steel 13 .
        String words = "Beijing/NNP urged/VBD/urge Canberra/NNP to/TO abandon/VB/abandon its/PRP$ policy/NN/policy of/IN "
                + "imposing/%s duties/NNS/duty on/IN Chinese/JJ steel/NN ./.";
        String common = "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; xcomp 1 4; nmod:poss 6 5; obj 4 6; case 12 10; amod 12 11; "
                + "punct 1 13; ";
        for (String[] parse : List.of(new String[] {"VBG/impose", "mark 8 7; acl 6 8; obj 8 9; obl 8 12"},
                new String[] {"JJ/imposing", "case 9 7; amod 9 8; nmod 6 9; nmod 9 12"})) {
            Sentence s = sentence(0, String.format(words, parse[0]), common + parse[1]);
            List<Event> events = code(s, m(0, 0, 1, "CHN", "GOV", "Beijing"), m(0, 2, 3, "AUS", "GOV", "Canberra"),
                    m(0, 5, 6, "AUS", "GOV", "Canberra"), m(0, 11, 12, "CHN", null, "China"));
            Event request = only(events, "0");
            assertEquals(List.of("AUSGOV"), codes(request.recipients()));
            assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("16")), () -> parse[0] + " " + describe(events));
        }
    }

    @Test
    void retaliationInATradeStoryIsInKind() {
        // 0 Washington 1 raised 2 tariffs 3 on 4 Chinese 5 steel 6 .
        Sentence before = sentence(0, "Washington/NNP raised/VBD/raise tariffs/NNS/tariff on/IN Chinese/JJ steel/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; amod 5 4; nmod 2 5; punct 1 6");
        // 0 Beijing 1 is 2 ready 3 to 4 retaliate 5 if 6 the 7 talks 8 fail 9 .
        Sentence ready = sentence(1, "Beijing/NNP is/VBZ/be ready/JJ/ready to/TO retaliate/VB/retaliate if/IN the/DT "
                        + "talks/NNS/talk fail/VBP/fail ./.",
                "nsubj 2 0; cop 2 1; root -1 2; mark 4 3; xcomp 2 4; mark 8 5; det 7 6; nsubj 8 7; advcl 4 8; punct 2 9");
        ResolvedArticle trade = new ResolvedArticle(article("doc-1", PUBLISHED, before, ready),
                List.of(m(0, 0, 1, "USA", "GOV", "Washington"), m(1, 0, 1, "CHN", "GOV", "Beijing")));
        List<Event> events = CODER.code(trade).stream().filter(e -> e.mentions().get(0).sentence() == 1).toList();
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19") || e.cameo().startsWith("138")),
                () -> describe(events));
        Event threat = only(events, "13");
        assertEquals("1312", threat.cameo());
        assertEquals(Modality.ASSERTED, threat.modality(), "a threat held on a condition is still made");
        // told alone, the same words threaten force
        List<Event> alone = code(sentence(0, "Beijing/NNP is/VBZ/be ready/JJ/ready to/TO retaliate/VB/retaliate ./.",
                "nsubj 2 0; cop 2 1; root -1 2; mark 4 3; xcomp 2 4; punct 2 5"), m(0, 0, 1, "CHN", "GOV", "Beijing"));
        assertEquals("1384", only(alone, "13").cameo(), () -> describe(alone));
        // a port's imports struck the day before make no trade story: 0 Jets 1 struck 2 the 3 port 4 , 5 which
        // 6 handles 7 fuel 8 imports 9 .
        Sentence struck = sentence(0, "Jets/NNS/jet struck/VBD/strike the/DT port/NN ,/, which/WDT handles/VBZ/handle "
                        + "fuel/NN imports/NNS/import ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 3 4; nsubj 6 5; acl:relcl 3 6; compound 8 7; obj 6 8; "
                        + "punct 1 9");
        ResolvedArticle war = new ResolvedArticle(article("doc-1", PUBLISHED, struck, ready),
                List.of(m(0, 0, 1, "ISR", "MIL", "Israel"), m(1, 0, 1, "CHN", "GOV", "Beijing")));
        List<Event> armed = CODER.code(war).stream().filter(e -> e.mentions().get(0).sentence() == 1).toList();
        assertTrue(armed.stream().noneMatch(e -> e.cameo().startsWith("16") || e.cameo().equals("1312")),
                () -> describe(armed));
    }

    @Test
    void aSpeakersSecondActIsNotPutOnTheReportedSubject() {
        // 0 The 1 minister 2 said 3 Iran 4 had 5 informed 6 Muscat 7 of 8 the 9 raid 10 and 11 thanked 12 X 13 for
        // 14 the 15 notice 16 .
        String words = "The/DT minister/NN/minister said/VBD/say Iran/NNP had/VBD/have informed/VBN/inform Muscat/NNP "
                + "of/IN the/DT raid/NN/raid and/CC thanked/VBD/thank %s/NNP for/IN the/DT notice/NN/notice ./.";
        String deps = "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; case 9 7; det 9 8; obl 5 9; "
                + "cc 11 10; conj 5 11; obj 11 12; case 15 13; det 15 14; obl 11 15; punct 2 16";
        Sentence s = sentence(0, String.format(words, "Tehran"), deps);
        assertEquals(2, PatternCoder.saidConjunctsRaised(s, List.of(m(0, 3, 4, "IRN", null, "Iran"),
                m(0, 12, 13, "IRN", "GOV", "Tehran"))).head(11));
        List<Event> events = code(s, m(0, 0, 2, "OMN", "GOV", "minister"), m(0, 3, 4, "IRN", null, "Iran"),
                m(0, 6, 7, "OMN", "GOV", "Muscat"), m(0, 12, 13, "IRN", "GOV", "Tehran"));
        Event thanks = only(events, "051");
        assertEquals(List.of("OMNGOV"), codes(thanks.actors()), "Iran does not thank itself");
        assertEquals(List.of("IRNGOV"), codes(thanks.recipients()));
        // another party thanked: the reported subject may have thanked it, and keeps the act
        Sentence t = sentence(0, String.format(words, "Washington"), deps);
        List<Event> other = code(t, m(0, 0, 2, "OMN", "GOV", "minister"), m(0, 3, 4, "IRN", null, "Iran"),
                m(0, 6, 7, "OMN", "GOV", "Muscat"), m(0, 12, 13, "USA", "GOV", "Washington"));
        assertEquals(List.of("IRN"), codes(only(other, "051").actors()), () -> describe(other));
        // a past act after a present state is the speaker's: 0 The 1 minister 2 said 3 Iran 4 is 5 ready 6 for 7 talks
        // 8 and 9 thanked 10 Washington 11 .
        Sentence u = sentence(0, "The/DT minister/NN/minister said/VBD/say Iran/NNP is/VBZ/be ready/JJ for/IN talks/NNS/talk "
                        + "and/CC thanked/VBD/thank Washington/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; cop 5 4; ccomp 2 5; case 7 6; obl 5 7; cc 9 8; conj 5 9; "
                        + "obj 9 10; punct 2 11");
        assertEquals(2, PatternCoder.saidConjunctsRaised(u, List.of()).head(9));
        // a perfect is no present: "has seized ... and killed" share the "has" (0 The 1 army 2 said 3 rebels
        // 4 have 5 seized 6 Goma 7 and 8 killed 9 ten 10 civilians 11 .)
        Sentence v = sentence(0, "The/DT army/NN said/VBD/say rebels/NNS/rebel have/VBP/have seized/VBN/seize Goma/NNP "
                        + "and/CC killed/VBD/kill ten/CD civilians/NNS/civilian ./.",
                "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; cc 8 7; conj 5 8; nummod 10 9; "
                        + "obj 8 10; punct 2 11");
        assertEquals(5, PatternCoder.saidConjunctsRaised(v, List.of()).head(8), "the rebels killed them, not the army");
        // people of the subject's country are no own side named, and a trailing attribution reports both acts:
        // 0 Troops 1 raided 2 a 3 camp 4 and 5 arrested 6 12 7 people 8 , 9 the 10 army 11 said 12 .
        Sentence w = sentence(0, "Troops/NNS/troop raided/VBD/raid a/DT camp/NN and/CC arrested/VBD/arrest 12/CD "
                        + "people/NNS/person ,/, the/DT army/NN said/VBD/say ./.",
                "nsubj 1 0; ccomp 11 1; det 3 2; obj 1 3; cc 5 4; conj 1 5; nummod 7 6; obj 5 7; punct 11 8; det 10 9; "
                        + "nsubj 11 10; root -1 11; punct 11 12");
        assertEquals(1, PatternCoder.saidConjunctsRaised(w, List.of(m(0, 0, 1, "ISR", "MIL", "Israel"),
                m(0, 6, 8, "ISR", "CVL", "Israel"))).head(5), "the troops arrested them");
    }

    @Test
    void aClauseWhoseObjectIsTheChargeIsNoPartOfIt() {
        // 0 Tokyo 1 accused 2 Beijing 3 of 4 provoking 5 the 6 clash 7 , 8 a 9 charge 10 China 11 rejected 12 .
        Sentence s = sentence(0, "Tokyo/NNP accused/VBD/accuse Beijing/NNP of/IN provoking/VBG/provoke the/DT clash/NN "
                        + ",/, a/DT charge/NN China/NNP rejected/VBD/reject ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; det 6 5; obj 4 6; punct 4 7; det 9 8; "
                        + "obl:npmod 4 9; nsubj 11 10; dep 9 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "JPN", "GOV", "Tokyo"), m(0, 2, 3, "CHN", "GOV", "Beijing"),
                m(0, 10, 11, "CHN", null, "China"));
        List<Event> rejection = events.stream().filter(e -> e.mentions().get(0).trigger().equals("rejected")).toList();
        assertFalse(rejection.isEmpty(), () -> describe(events));
        assertTrue(rejection.stream().allMatch(Event::asserted), () -> "China did reject it: " + describe(events));

        // read by the parser as the claim's complement: 0 Kabul 1 blamed 2 Islamabad 3 for 4 the 5 blast 6 ,
        // 7 a 8 claim 9 Pakistan 10 rejects 11 .
        Sentence complement = sentence(0, "Kabul/NNP blamed/VBD/blame Islamabad/NNP for/IN the/DT blast/NN ,/, a/DT "
                        + "claim/NN Pakistan/NNP rejects/VBZ/reject ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; obl 1 5; punct 8 6; det 8 7; appos 5 8; nsubj 10 9; "
                        + "ccomp 8 10; punct 1 11");
        List<Event> answered = code(complement, m(0, 0, 1, "AFG", "GOV", "Kabul"), m(0, 2, 3, "PAK", "GOV", "Islamabad"),
                m(0, 9, 10, "PAK", null, "Pakistan"));
        List<Event> rejects = answered.stream().filter(e -> e.mentions().get(0).trigger().equals("rejects")).toList();
        assertFalse(rejects.isEmpty(), () -> describe(answered));
        assertTrue(rejects.stream().allMatch(Event::asserted), () -> describe(answered));

        // a content clause without "that", which the parser also leaves unlabelled, is still what is denied
        Sentence reports = sentence(0, "Minsk/NNP denied/VBD/deny reports/NNS/report the/DT troops/NNS "
                        + "withdrew/VBD/withdraw ./.",
                "nsubj 1 0; root -1 1; obj 1 2; det 4 3; nsubj 5 4; dep 2 5; punct 1 6");
        List<Event> denied = code(reports, m(0, 0, 1, "BLR", "GOV", "Minsk"), m(0, 3, 5, "BLR", "MIL", "troops"));
        assertEquals(Modality.DENIED, only(denied, "087").modality(), () -> describe(denied));
    }

    @Test
    void anAbilityToAttackIsNoAttack() {
        // the parser's reading, the act on the verb: 0 Airstrikes 1 weakened 2 the 3 militia 4 's 5 ability
        // 6 to 7 shell 8 Goma 9 .
        Sentence onVerb = sentence(0, "Airstrikes/NNS/airstrike weakened/VBD/weaken the/DT militia/NN 's/POS "
                        + "ability/NN to/TO shell/VB Goma/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; nmod:poss 5 3; case 3 4; obj 1 5; mark 7 6; xcomp 1 7; obj 7 8; punct 1 9");
        List<Event> events = code(onVerb, m(0, 2, 4, "COD", "REB", "militia"), m(0, 8, 9, "COD", null, "Goma"));
        assertEquals(Modality.HYPOTHETICAL, only(events, "19").modality(), () -> describe(events));

        // the act completing the noun: 0 the 1 militia 2 kept 3 its 4 capacity 5 to 6 shell 7 Goma 8 .
        Sentence onNoun = sentence(0, "The/DT militia/NN kept/VBD/keep its/PRP$ capacity/NN to/TO shell/VB Goma/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; mark 6 5; acl 4 6; obj 6 7; punct 2 8");
        List<Event> kept = code(onNoun, m(0, 0, 2, "COD", "REB", "militia"), m(0, 3, 4, "COD", "REB", "militia"),
                m(0, 7, 8, "COD", null, "Goma"));
        assertTrue(kept.stream().filter(e -> e.cameo().startsWith("19")).noneMatch(Event::asserted), () -> describe(kept));
    }

    @Test
    void aChargeAndTheCommentDenyingItAreBothStated() {
        // the parser's reading, the accusation under "denied": 0 Serbia 1 accused 2 Kosovo 3 of 4 arming 5 the
        // 6 militants 7 , 8 a 9 charge 10 Pristina 11 denied 12 .
        Sentence s = sentence(0, "Serbia/NNP accused/VBD/accuse Kosovo/NNP of/IN arming/VBG/arm the/DT militants/NNS/militant "
                        + ",/, a/DT charge/NN Pristina/NNP denied/VBD/deny ./.",
                "nsubj 1 0; ccomp 11 1; obj 1 2; mark 4 3; advcl 1 4; det 6 5; obj 4 6; punct 11 7; det 10 8; "
                        + "compound 10 9; nsubj 11 10; root -1 11; punct 11 12");
        Sentence repaired = PatternCoder.commentedClausesRepaired(s);
        assertEquals("root", repaired.relation(1));
        assertEquals("acl:relcl", repaired.relation(11));
        List<Event> events = code(s, m(0, 0, 1, "SRB", "GOV", "Serbia"), m(0, 2, 3, "XKX", "GOV", "Kosovo"),
                m(0, 10, 11, "XKX", "GOV", "Pristina"));
        Event charge = only(events, "112");
        assertEquals(Modality.ASSERTED, charge.modality(), () -> "the charge was made: " + describe(events));
        Event denial = only(events, "016");
        assertEquals(List.of("XKXGOV"), codes(denial.actors()));
        assertEquals(Modality.ASSERTED, denial.modality());
        assertNull(denial.mentions().get(0).speaker(), "the denier says it, not the accuser");
    }

    @Test
    void deniedPlanIsNotAnAssertedInvasion() {
        Sentence s = sentence(0, "Russia/NNP denies/VBZ/deny it/PRP plans/VBZ/plan to/TO invade/VB Ukraine/NNP ./.",
                "root -1 1; nsubj 1 0; ccomp 1 3; nsubj 3 2; xcomp 3 5; mark 5 4; obj 5 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 6, 7, "UKR", null, "Ukraine"));
        Event invade = only(events, "19");
        assertEquals(Modality.DENIED, invade.modality());
        assertEquals(List.of("RUS"), codes(invade.actors()));
        assertEquals(List.of("UKR"), codes(invade.recipients()));
        assertTrue(events.stream().noneMatch(e -> "ASSAULT".equals(e.type()) && e.asserted()));
    }

    @Test
    void conditionalInvasionIsHypothetical() {
        Sentence s = sentence(0, "If/IN Russia/NNP invades/VBZ/invade Ukraine/NNP ,/, the/DT response/NN would/MD "
                        + "be/VB severe/JJ ./.",
                "root -1 9; advcl 9 2; mark 2 0; nsubj 2 1; obj 2 3; punct 9 4; det 6 5; nsubj 9 6; aux 9 7; cop 9 8; punct 9 10");
        Event invade = only(code(s, m(0, 1, 2, "RUS", null, "Russia"), m(0, 3, 4, "UKR", null, "Ukraine")), "19");
        assertEquals(Modality.HYPOTHETICAL, invade.modality());
    }

    @Test
    void negatedCallIsKeptAsNegated() {
        Sentence s = sentence(0, "Blinken/NNP has/VBZ not/RB spoken/VBN/speak with/IN Lavrov/NNP since/IN March/NNP ./.",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obl 3 5; case 5 4; obl 3 7; case 7 6; punct 3 8");
        Event e = only(code(s, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 5, 6, "RUS", "GOV", "Sergey Lavrov")), "04");
        assertEquals(Modality.NEGATED, e.modality());
        assertFalse(e.asserted());
    }

    @Test
    void futureVisitIsFuture() {
        Sentence s = sentence(0, "Kuleba/NNP will/MD travel/VB to/IN Brussels/NNP next/JJ week/NN ./.",
                "root -1 2; nsubj 2 0; aux 2 1; obl 2 4; case 4 3; obl:tmod 2 6; amod 6 5; punct 2 7");
        List<Event> events = code(s, m(0, 0, 1, "UKR", "GOV", "Dmytro Kuleba"), m(0, 4, 5, "IGOEU", null, "European Union"));
        Event visit = only(events, "04");
        assertEquals(Modality.FUTURE, visit.modality(), "the visit has not happened");
        Event intent = only(events, "03");
        assertEquals("036", intent.cameo(), "announcing a visit is an expression of intent to meet");
        assertEquals(Modality.ASSERTED, intent.modality());
        assertEquals(List.of("UKRGOV"), codes(intent.actors()));
    }

    @Test
    void derivedIntentIsTriggeredAndDatedByTheStatement() {
        // "announced on Monday that it will withdraw its troops next week": the intent is Monday's
        Sentence s = sentence(0, "Canada/NNP announced/VBD/announce on/IN Monday/NNP that/IN it/PRP will/MD withdraw/VB "
                        + "its/PRP$ troops/NNS/troops from/IN Mali/NNP next/JJ week/NN",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; mark 7 4; nsubj 7 5; aux 7 6; ccomp 1 7; nmod:poss 9 8; "
                        + "obj 7 9; case 11 10; obl 7 11; amod 13 12; obl:tmod 7 13",
                "3 4 2022-02-14; 12 14 2022-W08");
        List<Event> events = code(s, m(0, 0, 1, "CAN", null, "Canada"), m(0, 5, 6, "CAN", null, "Canada"),
                m(0, 11, 12, "MLI", null, "Mali"));
        Event withdrawal = only(events, "08");
        assertEquals(Modality.FUTURE, withdrawal.modality());
        Event intent = only(events, "03");
        assertEquals("announced", intent.mentions().get(0).trigger());
        assertEquals(Modality.ASSERTED, intent.modality());
        assertEquals(LocalDate.of(2022, 2, 14), intent.date().date());
    }

    @Test
    void hostileActTheTextSaysWillFollowAConditionIsAThreat() {
        // 0 Turkey 1 will 2 halt 3 its 4 mediation 5 between 6 Russia 7 and 8 Ukraine 9 if 10 the 11 talks 12 collapse 13 .
        String words = "Turkey/NNP will/MD halt/VB its/PRP$ mediation/NN between/IN Russia/NNP and/CC Ukraine/NNP "
                + "if/IN the/DT talks/NNS/talk collapse/VBP/collapse ./.";
        String deps = "nsubj 2 0; aux 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod 4 6; cc 8 7; conj 6 8; "
                + "mark 12 9; det 11 10; nsubj 12 11; advcl 2 12; punct 2 13";
        List<Event> events = code(sentence(0, words, deps), m(0, 0, 1, "TUR", null, "Turkey"),
                m(0, 3, 4, "TUR", null, "Turkey"), m(0, 6, 7, "RUS", null, "Russia"), m(0, 8, 9, "UKR", null, "Ukraine"));
        assertEquals(Modality.FUTURE, only(events, "16").modality());
        Event threat = only(events, "13");
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("TUR"), codes(threat.actors()));

        // "could" is the writer's guess at what may happen, no one's stated warning
        List<Event> guessed = code(sentence(0, words.replace("will/MD", "could/MD"), deps), m(0, 0, 1, "TUR", null, "Turkey"),
                m(0, 3, 4, "TUR", null, "Turkey"), m(0, 6, 7, "RUS", null, "Russia"), m(0, 8, 9, "UKR", null, "Ukraine"));
        assertTrue(guessed.stream().noneMatch(e -> e.cameo().startsWith("13")), () -> describe(guessed));
    }

    @Test
    void forcesASpeakerSaysItWouldSendAreAnIntentAndThreatenOnlyWhomTheyAreSentAgainst() {
        // 0 UNIFIL 1 said 2 it 3 would 4 send 5 400 6 more 7 troops 8 to 9 the 10 region 11 .
        String words = "UNIFIL/NNP said/VBD/say it/PRP would/MD send/VB 400/CD more/JJR troops/NNS/troop to/IN "
                + "the/DT region/NN ./.";
        String deps = "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nummod 7 5; amod 7 6; obj 4 7; case 10 8; "
                + "det 10 9; obl 4 10; punct 1 11";
        List<Event> events = code(sentence(0, words, deps), m(0, 0, 1, null, "IGO", "UNIFIL"), m(0, 2, 3, null, "IGO", "UNIFIL"));
        assertEquals(Modality.FUTURE, only(events, "15").modality(), "the reported 'will', announced");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13")), () -> "no one threatened: " + describe(events));

        // 0 Russia 1 said 2 it 3 would 4 send 5 troops 6 to 7 the 8 border 9 with 10 Finland 11 if 12 attacked 13 .
        Sentence aimed = sentence(0, "Russia/NNP said/VBD/say it/PRP would/MD send/VB troops/NNS/troop to/IN the/DT "
                        + "border/NN with/IN Finland/NNP if/IN attacked/VBN/attack ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; obj 4 5; case 8 6; det 8 7; obl 4 8; case 10 9; "
                        + "nmod 8 10; mark 12 11; advcl 4 12; punct 1 13");
        List<Event> threatened = code(aimed, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 10, 11, "FIN", null, "Finland"));
        assertEquals(Modality.HYPOTHETICAL, only(threatened, "15").modality(), "held out against a condition");
        assertEquals(List.of("RUS->FIN"), directions(threatened, "13"));
    }

    @Test
    void aMissileFiredIntoTheSeaIsAShowOfForceNotAnAssault() {
        // the parser hangs the destination on the missile, not on the verb
        Sentence sea = sentence(0, "Iran/NNP fired/VBD/fire two/CD cruise/NN missiles/NNS/missile towards/IN the/DT "
                        + "sea/NN during/IN drills/NNS/drill ./.",
                "nsubj 1 0; root -1 1; nummod 4 2; compound 4 3; obj 1 4; case 7 5; det 7 6; nmod 4 7; case 9 8; "
                        + "obl 1 9; punct 1 10");
        List<Event> shown = code(sea, m(0, 0, 1, "IRN", null, "Iran"));
        assertEquals("150", only(shown, "15").cameo());
        assertTrue(shown.stream().noneMatch(e -> e.cameo().startsWith("19")), () -> describe(shown));

        Sentence aimed = sentence(0, "Iran/NNP fired/VBD/fire two/CD cruise/NN missiles/NNS/missile at/IN a/DT "
                        + "Kurdish/JJ base/NN ./.",
                "nsubj 1 0; root -1 1; nummod 4 2; compound 4 3; obj 1 4; case 8 5; det 8 6; amod 8 7; obl 1 8; punct 1 9");
        assertEquals("194", only(code(aimed, m(0, 0, 1, "IRN", null, "Iran"), m(0, 7, 8, "IRQ", "REB", "Kurds")), "19").cameo());
    }

    @Test
    void aTimeLimitGivenToAPartyIsADemandAndThePartyIsToAct() {
        // 0 The 1 army 2 gave 3 the 4 rebels 5 48 6 hours 7 to 8 withdraw 9 from 10 the 11 city 12 .
        Sentence s = sentence(0, "The/DT army/NN gave/VBD/give the/DT rebels/NNS/rebel 48/CD hours/NNS/hour to/TO "
                        + "withdraw/VB from/IN the/DT city/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; iobj 2 4; nummod 6 5; obj 2 6; mark 8 7; advcl 2 8; case 11 9; "
                        + "det 11 10; obl 8 11; punct 2 12");
        List<Event> events = code(s, m(0, 0, 2, "SDN", "MIL", "army"), m(0, 3, 5, "SDN", "REB", "rebels"));
        Event demand = only(events, "10");
        assertEquals(Modality.ASSERTED, demand.modality());
        assertEquals("gave", demand.mentions().get(0).trigger());
        assertEquals(List.of("SDNMIL"), codes(demand.actors()));
        assertEquals(List.of("SDNREB"), codes(demand.recipients()));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13")),
                () -> "CAMEO codes an ultimatum only where the text calls it one: " + describe(events));
        assertTrue(events.stream().anyMatch(e -> e.mentions().get(0).trigger().equals("withdraw")), () -> describe(events));
        assertTrue(events.stream().filter(e -> e.mentions().get(0).trigger().equals("withdraw"))
                        .allMatch(e -> codes(e.actors()).equals(List.of("SDNREB")) && !e.asserted()),
                () -> "the rebels are to leave, the army is not: " + describe(events));
    }

    @Test
    void dispersingAnyoneWithTearGasIsRepression() {
        // "them" names no crowd, but the means do: a crowd broken up by force
        Sentence s = sentence(0, "Police/NNS dispersed/VBD/disperse them/PRP with/IN tear/NN gas/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; compound 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "GEO", "COP", "police"), m(0, 2, 3, "GEO", "CVL", "protesters")), "17");
        assertEquals("175", e.cameo());
        assertEquals(List.of("GEOCVL"), codes(e.recipients()));
        Sentence own = sentence(0, "The/DT crowd/NN dispersed/VBD/disperse peacefully/RB ./.",
                "det 1 0; nsubj 2 1; root -1 2; advmod 2 3; punct 2 4");
        assertTrue(code(own, m(0, 0, 2, "GEO", "CVL", "crowd")).isEmpty());
    }

    @Test
    void aWarningAfterACommaIsTheMainClausesNotTheDeadlinesAct() {
        // the parser hangs "warning" on "withdraw", inside what the rebels are to do
        // 0 The 1 army 2 gave 3 the 4 rebels 5 48 6 hours 7 to 8 withdraw 9 , 10 warning 11 that 12 it 13 would
        // 14 attack 15 .
        Sentence s = sentence(0, "The/DT army/NN gave/VBD/give the/DT rebels/NNS/rebel 48/CD hours/NNS/hour to/TO "
                        + "withdraw/VB ,/, warning/VBG/warn that/IN it/PRP would/MD attack/VB ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; iobj 2 4; nummod 6 5; obj 2 6; mark 8 7; advcl 2 8; punct 8 9; "
                        + "dep 8 10; mark 14 11; nsubj 14 12; aux 14 13; ccomp 10 14; punct 2 15");
        assertEquals(2, PatternCoder.commentsRaised(s).head(10));
        List<Event> events = code(s, m(0, 0, 2, "SDN", "MIL", "army"), m(0, 3, 5, "SDN", "REB", "rebels"),
                m(0, 12, 13, "SDN", "MIL", "army"));
        Event warning = only(events.stream().filter(e -> e.mentions().get(0).trigger().equals("warning")).toList(), "13");
        assertEquals(Modality.ASSERTED, warning.modality(), () -> describe(events));
        assertEquals(List.of("SDNMIL"), codes(warning.actors()));
    }

    @Test
    void aDeadlineOnTheTimeNounAndAWarningOnTheObjectAsTheParserHangsThem() {
        // 0 ECOWAS 1 gave 2 Niger 3 's 4 junta 5 one 6 week 7 to 8 reinstate 9 the 10 president 11 , 12 warning
        // 13 that 14 it 15 would 16 not 17 rule 18 out 19 force 20 .
        Sentence s = sentence(0, "ECOWAS/NNP gave/VBD/give Niger/NNP 's/POS junta/NN one/CD week/NN to/TO reinstate/VB "
                        + "the/DT president/NN ,/, warning/VBG/warn that/IN it/PRP would/MD not/RB rule/VB/rule out/RP "
                        + "force/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; iobj 1 4; nummod 6 5; obj 1 6; case 8 7; acl 6 8; "
                        + "det 10 9; obj 8 10; punct 10 11; acl 10 12; mark 17 13; nsubj 17 14; aux 17 15; advmod 17 16; "
                        + "ccomp 12 17; compound:prt 17 18; obj 17 19; punct 1 20");
        assertEquals(1, PatternCoder.commentsRaised(s).head(12), "the warning is the bloc's, not the president's");
        List<Event> events = code(s, m(0, 0, 1, "IGO", "IGO", "ECOWAS"), m(0, 2, 5, "NER", "MIL", "junta"),
                m(0, 9, 11, "NER", "GOV", "president"), m(0, 14, 15, "IGO", "IGO", "ECOWAS"));
        assertTrue(events.stream().filter(e -> e.mentions().get(0).trigger().equals("reinstate")).noneMatch(Event::asserted),
                () -> "the reinstatement is demanded, not done: " + describe(events));
        Event threat = only(events.stream().filter(e -> e.mentions().get(0).trigger().equals("rule")).toList(), "13");
        assertEquals("138", threat.cameo());
        assertEquals(List.of("IGOIGO"), codes(threat.actors()));
    }

    @Test
    void eachJoinedRequestTakesOnlyItsOwnObjectsParties() {
        // 0 The 1 Peruvian 2 opposition 3 demanded 4 snap 5 elections 6 and 7 the 8 release 9 of 10 arrested
        // 11 reporters 12 .
        Sentence s = sentence(0, "The/DT Peruvian/JJ opposition/NN demanded/VBD/demand snap/JJ elections/NNS/election "
                        + "and/CC the/DT release/NN of/IN arrested/VBN/arrest reporters/NNS/reporter ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; amod 5 4; obj 3 5; cc 8 6; det 8 7; conj 5 8; case 11 9; "
                        + "amod 11 10; nmod 8 11; punct 3 12");
        List<Event> events = code(s, m(0, 0, 3, "PER", "OPP", "opposition"), m(0, 10, 12, "PER", "MED", "reporters"));
        Event elections = only(events, "1041");
        assertTrue(elections.recipients().isEmpty(), () -> "the reporters are not asked to hold elections: " + describe(events));
        Event release = only(events, "1053");
        assertEquals(List.of("PERMED"), codes(release.recipients()), () -> describe(events));
    }

    @Test
    void callingAMeasureAWitchHuntCondemnsIt() {
        // 0 Lula 1 called 2 Washington 3 's 4 probe 5 a 6 witch 7 hunt 8 .
        Sentence s = sentence(0, "Lula/NNP called/VBD/call Washington/NNP 's/POS probe/NN a/DT witch/NN hunt/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; nsubj 7 4; det 7 5; compound 7 6; xcomp 1 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "BRA", "GOV", "Lula"), m(0, 2, 3, "USA", "GOV", "United States"));
        Event criticism = only(events, "111");
        assertEquals(List.of("BRAGOV"), codes(criticism.actors()), () -> describe(events));

        // 0 Tokyo 1 called 2 the 3 ban 4 a 5 disgrace 6 .
        Sentence ban = sentence(0, "Tokyo/NNP called/VBD/call the/DT ban/NN a/DT disgrace/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 5 3; det 5 4; xcomp 1 5; punct 1 6");
        List<Event> disgrace = code(ban, m(0, 0, 1, "JPN", "GOV", "Japan"));
        assertEquals("111", only(disgrace, "11").cameo(), () -> describe(disgrace));
    }

    @Test
    void sendingAnEnvoyToAPartyIsAVisit() {
        // 0 Seoul 1 said 2 it 3 would 4 send 5 a 6 senior 7 envoy 8 to 9 Tokyo 10 next 11 week 12 .
        Sentence s = sentence(0, "Seoul/NNP said/VBD/say it/PRP would/MD send/VB a/DT senior/JJ envoy/NN to/IN Tokyo/NNP "
                        + "next/JJ week/NN ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; det 7 5; amod 7 6; obj 4 7; case 9 8; obl 4 9; "
                        + "amod 11 10; obl:tmod 4 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 2, 3, "KOR", "GOV", "South Korea"),
                m(0, 9, 10, "JPN", "GOV", "Japan"));
        Event visit = only(events, "042");
        assertEquals(Modality.FUTURE, visit.modality());
        assertEquals(List.of("KORGOV"), codes(visit.actors()));
        assertEquals(List.of("JPNGOV"), codes(visit.recipients()), () -> describe(events));

        // a delegation sent to a meeting names no party visited
        Sentence talks = sentence(0, "Ghana/NNP sent/VBD/send a/DT delegation/NN to/IN the/DT summit/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; obl 1 6; punct 1 7");
        List<Event> none = code(talks, m(0, 0, 1, "GHA", null, "Ghana"));
        assertTrue(none.stream().noneMatch(e -> e.cameo().equals("042")), () -> describe(none));
    }

    @Test
    void aMediatedActsPartiesAreTheMediationsTargets() {
        // 0 Georgia 1 and 2 Russia 3 concluded 4 a 5 prisoner 6 swap 7 brokered 8 by 9 Switzerland 10 .
        Sentence swap = sentence(0, "Georgia/NNP and/CC Russia/NNP concluded/VBD/conclude a/DT prisoner/NN swap/NN "
                        + "brokered/VBN/broker by/IN Switzerland/NNP ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; det 6 4; compound 6 5; obj 3 6; acl 6 7; case 9 8; obl 7 9; "
                        + "punct 3 10");
        List<Event> events = code(swap, m(0, 0, 1, "GEO", null, "Georgia"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 9, 10, "CHE", null, "Switzerland"));
        Event mediation = only(events, "045");
        assertEquals(List.of("CHE"), codes(mediation.actors()));
        assertEquals(List.of("GEO", "RUS"), codes(mediation.recipients()), () -> describe(events));

        // 0 Officials 1 hailed 2 a 3 truce 4 brokered 5 by 6 Egypt 7 between 8 Israel 9 and 10 Hamas 11 .
        Sentence truce = sentence(0, "Officials/NNS/official hailed/VBD/hail a/DT truce/NN brokered/VBN/broker by/IN "
                        + "Egypt/NNP between/IN Israel/NNP and/CC Hamas/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; acl 3 4; case 6 5; obl 4 6; case 8 7; obl 4 8; cc 10 9; "
                        + "conj 8 10; punct 1 11");
        List<Event> brokered = code(truce, m(0, 6, 7, "EGY", null, "Egypt"), m(0, 8, 9, "ISR", null, "Israel"),
                m(0, 10, 11, "PSE", "REB", "Hamas"));
        Event broker = only(brokered, "045");
        assertEquals(List.of("EGY"), codes(broker.actors()));
        assertEquals(List.of("ISR", "PSEREB"), codes(broker.recipients()), () -> describe(brokered));
    }

    @Test
    void refusingToRecogniseAnAuthorityRejectsIt() {
        // 0 The 1 Arab 2 League 3 said 4 it 5 would 6 not 7 recognize 8 the 9 interim 10 government 11 in 12 Sudan
        // 13 .: withholding recognition from an authority is a rejection, said now
        Sentence s = sentence(0, "The/DT Arab/NNP League/NNP said/VBD/say it/PRP would/MD not/RB recognize/VB "
                        + "the/DT interim/JJ government/NN in/IN Sudan/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; nsubj 7 4; aux 7 5; advmod 7 6; ccomp 3 7; det 10 8; "
                        + "amod 10 9; obj 7 10; case 12 11; obl 7 12; punct 3 13");
        List<Event> events = code(s, m(0, 0, 3, "IGO", "IGO", "Arab League"), m(0, 4, 5, "IGO", "IGO", "Arab League"),
                m(0, 8, 11, "SDN", "GOV", "government"));
        Event rejection = only(events, "12");
        assertEquals("120", rejection.cameo());
        assertEquals(Modality.ASSERTED, rejection.modality(), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("05")), () -> describe(events));

        // "not yet" only tells it has not happened so far
        Sentence yet = sentence(0, "Chile/NNP has/VBZ not/RB yet/RB recognized/VBN/recognize the/DT new/JJ government/NN ./.",
                "nsubj 4 0; aux 4 1; advmod 4 2; advmod 4 3; root -1 4; det 7 5; amod 7 6; obj 4 7; punct 4 8");
        List<Event> notYet = code(yet, m(0, 0, 1, "CHL", null, "Chile"));
        assertTrue(notYet.stream().noneMatch(e -> e.cameo().startsWith("12")), () -> describe(notYet));
    }

    @Test
    void notRulingOutAPossibilityThreatensNoOne() {
        // police hold no force over others: not ruling out its use is no threat, and no rejection either
        Sentence police = sentence(0, "Police/NNS have/VBP not/RB ruled/VBN/rule out/RP the/DT use/NN of/IN force/NN ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; compound:prt 3 4; det 6 5; obj 3 6; case 8 7; nmod 6 8; "
                        + "punct 3 9");
        List<Event> kept = code(police, m(0, 0, 1, "FRA", "COP", "police"));
        assertTrue(kept.isEmpty(), () -> describe(kept));

        // a state not ruling out an attack on another is a threat
        Sentence attack = sentence(0, "Iran/NNP has/VBZ not/RB ruled/VBN/rule out/RP an/DT attack/NN on/IN Israel/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; compound:prt 3 4; det 6 5; obj 3 6; case 8 7; nmod 6 8; "
                        + "punct 3 9");
        Event threat = only(code(attack, m(0, 0, 1, "IRN", null, "Iran"), m(0, 8, 9, "ISR", null, "Israel")), "13");
        assertEquals("138", threat.cameo());

        // a state not ruling out that something happened
        Sentence that = sentence(0, "Ukraine/NNP has/VBZ not/RB ruled/VBN/rule out/RP that/IN a/DT missile/NN downed/VBD/down "
                        + "the/DT plane/NN ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; compound:prt 3 4; mark 8 5; det 7 6; nsubj 8 7; ccomp 3 8; "
                        + "det 10 9; obj 8 10; punct 3 11");
        List<Event> open = code(that, m(0, 0, 1, "UKR", null, "Ukraine"));
        assertTrue(open.stream().noneMatch(e -> e.cameo().startsWith("13") || e.cameo().startsWith("12")),
                () -> describe(open));

        // nor a cooperative act
        Sentence rejoin = sentence(0, "Britain/NNP has/VBZ never/RB ruled/VBN/rule out/RP rejoining/VBG/rejoin the/DT EU/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; compound:prt 3 4; dep 3 5; det 7 6; obj 5 7; punct 3 8");
        List<Event> coop = code(rejoin, m(0, 0, 1, "GBR", null, "Britain"), m(0, 7, 8, "IGOEU", null, "EU"));
        assertTrue(coop.stream().noneMatch(e -> e.cameo().startsWith("13")), () -> describe(coop));
    }

    @Test
    void notRulingOutAnActThreatensItAndRulingItOutExcludesIt() {
        Sentence notRuled = sentence(0, "Israel/NNP did/VBD/do not/RB rule/VB/rule out/RP a/DT military/JJ strike/NN on/IN Iran/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; compound:prt 3 4; det 7 5; amod 7 6; obj 3 7; case 9 8; "
                        + "nmod 7 9; punct 3 10");
        List<Event> threats = code(notRuled, m(0, 0, 1, "ISR", null, "Israel"), m(0, 9, 10, "IRN", null, "Iran"));
        Event threat = only(threats, "13");
        assertEquals("138", threat.cameo(), "military force held out");
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("IRN"), codes(threat.recipients()));
        assertTrue(threats.stream().noneMatch(e -> e.cameo().startsWith("12")), () -> describe(threats));

        Sentence refused = sentence(0, "Washington/NNP refused/VBD/refuse to/TO rule/VB/rule out/RP new/JJ "
                        + "sanctions/NNS/sanction against/IN Venezuela/NNP ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; compound:prt 3 4; amod 6 5; obj 3 6; case 8 7; nmod 6 8; "
                        + "punct 1 9");
        List<Event> sanctions = code(refused, m(0, 0, 1, "USA", "GOV", "Washington"), m(0, 8, 9, "VEN", null, "Venezuela"));
        assertEquals("1312", only(sanctions, "13").cameo());
        assertTrue(sanctions.stream().noneMatch(e -> e.cameo().startsWith("12")), () -> "no refusal: " + describe(sanctions));

        Sentence ruled = sentence(0, "Kenya/NNP ruled/VBD/rule out/RP sending/VBG/send troops/NNS/troop to/IN Haiti/NNP ./.",
                "nsubj 1 0; root -1 1; compound:prt 1 2; dep 1 3; obj 3 4; case 6 5; obl 3 6; punct 1 7");
        List<Event> excluded = code(ruled, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 6, 7, "HTI", null, "Haiti"));
        assertEquals(Modality.NEGATED, only(excluded, "15").modality(), "troops ruled out are not sent");
        assertTrue(excluded.stream().noneMatch(e -> e.cameo().startsWith("13")), () -> describe(excluded));
    }

    @Test
    void announcedConflictualActIsAThreatAndAnObligationIsADemand() {
        Sentence threat = sentence(0, "Farmers/NNS said/VBD/say they/PRP would/MD blockade/VB Paris/NNP ./.",
                "root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3; obj 4 5; punct 1 6");
        List<Event> events = code(threat, m(0, 0, 1, "FRA", "AGR", "France"), m(0, 2, 3, "FRA", "AGR", "France"),
                m(0, 5, 6, "FRA", "GOV", "France"));
        Event blockade = only(events, "19");
        assertEquals(Modality.FUTURE, blockade.modality(), "their reported 'will': announced, yet to be done");
        Event t = only(events, "13");
        assertEquals("1381", t.cameo());
        assertEquals(Modality.ASSERTED, t.modality());

        Sentence demand = sentence(0, "Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT helicopter/NN ./.",
                "root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3; obj 4 6; det 6 5; punct 1 7");
        List<Event> demanded = code(demand, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "SDN", null, "Sudan"));
        assertTrue(demanded.stream().noneMatch(e -> e.cameo().startsWith("03")),
                "what Sudan is told it must do is no intent of Sudan's: " + describe(demanded));
        Event d = only(demanded, "10");
        assertEquals("REQUEST", d.type());
        assertEquals(List.of("RUS"), codes(d.actors()));
        assertEquals(List.of("SDN"), codes(d.recipients()));
        assertEquals(Modality.ASSERTED, d.modality());

        Sentence conditional = sentence(0, "If/IN Russia/NNP invades/VBZ/invade Ukraine/NNP ,/, NATO/NNP will/MD "
                        + "respond/VB ./.",
                "root -1 7; advcl 7 2; mark 2 0; nsubj 2 1; obj 2 3; punct 7 4; nsubj 7 5; aux 7 6; punct 7 8");
        List<Event> none = code(conditional, m(0, 1, 2, "RUS", null, "Russia"), m(0, 3, 4, "UKR", null, "Ukraine"),
                m(0, 5, 6, "IGONAT", null, "NATO"));
        assertTrue(none.stream().noneMatch(e -> e.cameo().startsWith("13")), "a condition is not a threat: " + describe(none));
    }

    @Test
    void passiveVoiceSwapsRoles() {
        Sentence s = sentence(0, "Kharkiv/NNP was/VBD shelled/VBN/shell by/IN Russian/JJ forces/NNS ./.",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; obl:agent 2 5; case 5 3; amod 5 4; punct 2 6");
        Event e = only(code(s, m(0, 0, 1, "UKR", null, "Ukraine"), m(0, 4, 6, "RUS", "MIL", "Russia")), "19");
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("RUSMIL"), codes(e.actors()));
        assertEquals(List.of("UKR"), codes(e.recipients()));
    }

    @Test
    void sanctionsOnTargetAreOneEventNotTwo() {
        Sentence s = sentence(0, "The/DT European/NNP Union/NNP imposed/VBD/impose new/JJ sanctions/NNS/sanction on/IN "
                        + "Iran/NNP on/IN Monday/NNP ./.",
                "root -1 3; det 2 0; compound 2 1; nsubj 3 2; obj 3 5; amod 5 4; nmod 5 7; case 7 6; obl 3 9; case 9 8; punct 3 10",
                "9 10 2023-04-24");
        List<Event> events = code(s, m(0, 1, 3, "IGOEU", null, "European Union"), m(0, 7, 8, "IRN", null, "Iran"));
        assertEquals(1, events.size(), describe(events));
        Event e = events.get(0);
        assertEquals("163", e.cameo());
        assertEquals(List.of("IRN"), codes(e.recipients()));
        assertEquals(LocalDate.of(2023, 4, 24), e.date().date());
    }

    @Test
    void tradeMeasuresAreSanctionsAndTheirEasingIsNoImposition() {
        Sentence retaliated = sentence(0, "Ottawa/NNP retaliated/VBD/retaliate with/IN duties/NNS/duty on/IN "
                        + "American/JJ steel/NN ./.",
                "root -1 1; nsubj 1 0; case 3 2; obl 1 3; case 6 4; amod 6 5; nmod 3 6; punct 1 7");
        List<Event> trade = code(retaliated, m(0, 0, 1, "CAN", "GOV", "Canada"), m(0, 5, 6, "USA", null, "United States"));
        assertEquals("163", only(trade, "16").cameo(), "retaliation with duties is economic");
        assertTrue(trade.stream().noneMatch(e -> e.cameo().startsWith("19")), () -> "no use of force: " + describe(trade));

        Sentence imposed = sentence(0, "Canada/NNP imposed/VBD/impose duties/NNS/duty on/IN American/JJ steel/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; amod 5 4; nmod 2 5; punct 1 6");
        Event duties = only(code(imposed, m(0, 0, 1, "CAN", null, "Canada"), m(0, 4, 5, "USA", null, "United States")), "16");
        assertEquals("163", duties.cameo());
        assertEquals(List.of("USA"), codes(duties.recipients()));

        Sentence onDuty = sentence(0, "Two/CD officers/NNS/officer were/VBD/be on/IN duty/NN at/IN the/DT border/NN ./.",
                "root -1 4; nummod 1 0; nsubj 4 1; cop 4 2; case 4 3; case 7 5; det 7 6; obl 4 7; punct 4 8");
        assertTrue(code(onDuty).isEmpty(), "a duty that lies on no country's goods is no trade measure");

        Sentence lowered = sentence(0, "Tokyo/NNP will/MD lower/VB its/PRP$ tariffs/NNS/tariff on/IN Korean/JJ cars/NNS/car ./.",
                "root -1 2; nsubj 2 0; aux 2 1; nmod:poss 4 3; obj 2 4; case 7 5; amod 7 6; nmod 4 7; punct 2 8");
        List<Event> eased = code(lowered, m(0, 0, 1, "JPN", "GOV", "Japan"), m(0, 6, 7, "KOR", null, "South Korea"));
        assertTrue(eased.stream().noneMatch(e -> e.cameo().startsWith("16")), () -> "lowered, not imposed: " + describe(eased));
        assertEquals("061", only(eased, "06").cameo());

        Sentence suspended = sentence(0, "Seoul/NNP will/MD suspend/VB its/PRP$ countermeasures/NNS/countermeasure "
                        + "against/IN Tokyo/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; nmod:poss 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7");
        List<Event> relief = code(suspended, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 6, 7, "JPN", "GOV", "Japan"));
        assertEquals("085", only(relief, "08").cameo());
        assertTrue(relief.stream().noneMatch(e -> e.cameo().startsWith("16")), () -> describe(relief));
    }

    @Test
    void callingStrikesAggressionJudgesThemAndCallsNoStrike() {
        Sentence s = sentence(0, "Moscow/NNP called/VBD/call the/DT American/JJ strikes/NNS/strike unprovoked/JJ "
                        + "aggression/NN ./.",
                "root -1 1; nsubj 1 0; det 4 2; amod 4 3; obj 1 4; amod 6 5; xcomp 1 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", "GOV", "Russia"), m(0, 3, 4, "USA", null, "United States"));
        Event judged = only(events, "11");
        assertEquals("111", judged.cameo());
        assertEquals(List.of("RUSGOV"), codes(judged.actors()));
        assertEquals(List.of("USA"), codes(judged.recipients()));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("14")), () -> "no labour strike called: " + describe(events));
    }

    @Test
    void aSpecificActStaysItselfWhateverItsPurpose() {
        Sentence s = sentence(0, "The/DT prime/JJ minister/NN resigned/VBD/resign to/TO allow/VB new/JJ "
                        + "elections/NNS/election ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; mark 5 4; xcomp 3 5; amod 7 6; obj 5 7; punct 3 8");
        Event e = only(code(s, m(0, 1, 3, "HTI", "GOV", "Haiti")), "08");
        assertEquals("0831", e.cameo(), "a resignation, not the elections it is to allow");
    }

    @Test
    void noRoleInAnAttackIsNoAttackOfTheirs() {
        Sentence s = sentence(0, "The/DT navy/NN had/VBD/have no/DT role/NN in/IN the/DT attack/NN on/IN the/DT tanker/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; case 10 8; det 10 9; "
                        + "nmod 7 10; punct 2 11");
        Event e = only(code(s, m(0, 1, 2, "IRN", "MIL", "Iran")), "19");
        assertEquals(Modality.NEGATED, e.modality(), "had no role in it: not the navy's attack");
        Sentence had = sentence(0, "The/DT navy/NN had/VBD/have a/DT role/NN in/IN the/DT attack/NN on/IN the/DT tanker/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; case 10 8; det 10 9; "
                        + "nmod 7 10; punct 2 11");
        assertEquals(Modality.ASSERTED, only(code(had, m(0, 1, 2, "IRN", "MIL", "Iran")), "19").modality());
    }

    @Test
    void namedAirDefenceSystemsSentAreMilitaryAid() {
        Sentence s = sentence(0, "Germany/NNP sent/VBD/send two/CD Patriot/NNP systems/NNS/system to/IN Ukraine/NNP ./.",
                "root -1 1; nsubj 1 0; nummod 4 2; compound 4 3; obj 1 4; case 6 5; obl 1 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "DEU", null, "Germany"), m(0, 6, 7, "UKR", null, "Ukraine")), "07");
        assertEquals("072", e.cameo());
        assertEquals(List.of("UKR"), codes(e.recipients()));
    }

    @Test
    void reportedSpeechCodesTheReportedEvent() {
        Sentence s = sentence(0, "Ukraine/NNP said/VBD/say Russian/JJ troops/NNS attacked/VBD/attack Kharkiv/NNP ./.",
                "root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 3; amod 3 2; obj 4 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "UKR", null, "Ukraine"), m(0, 2, 4, "RUS", "MIL", "Russia"),
                m(0, 5, 6, "UKR", null, "Ukraine")), "19");
        assertEquals(List.of("RUSMIL"), codes(e.actors()));
        assertEquals(List.of("UKR"), codes(e.recipients()));
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void nominalTalksBetweenTwoCountries() {
        Sentence s = sentence(0, "Talks/NNS/talk between/IN Armenia/NNP and/CC Azerbaijan/NNP resumed/VBD/resume ./.",
                "root -1 5; nsubj 5 0; nmod 0 2; case 2 1; conj 2 4; cc 4 3; punct 5 6");
        Event e = only(code(s, m(0, 2, 3, "ARM", null, "Armenia"), m(0, 4, 5, "AZE", null, "Azerbaijan")), "04");
        assertEquals(List.of("ARM"), codes(e.actors()));
        assertEquals(List.of("AZE"), codes(e.recipients()));
    }

    @Test
    void coordinatedSubjectsStayAList() {
        Sentence s = sentence(0, "Japan/NNP and/CC South/NNP Korea/NNP accused/VBD/accuse North/NNP Korea/NNP ./.",
                "root -1 4; nsubj 4 0; conj 0 3; cc 3 1; compound 3 2; obj 4 6; compound 6 5; punct 4 7");
        Event e = only(code(s, m(0, 0, 1, "JPN", null, "Japan"), m(0, 2, 4, "KOR", null, "South Korea"),
                m(0, 5, 7, "PRK", null, "North Korea")), "11");
        assertEquals(List.of("JPN", "KOR"), codes(e.actors()));
        assertEquals(List.of("PRK"), codes(e.recipients()));
    }

    @Test
    void anAllegedActIsNotAssertedAndARefusalIsCoded() {
        Sentence accusation = sentence(0, "Armenia/NNP accused/VBD/accuse Azerbaijan/NNP of/IN shelling/VBG/shell "
                        + "villages/NNS ./.",
                "root -1 1; nsubj 1 0; obj 1 2; advcl 1 4; mark 4 3; obj 4 5; punct 1 6");
        List<Event> events = code(accusation, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan"));
        assertEquals(Modality.ASSERTED, only(events, "11").modality(), "the accusation is a fact");
        assertTrue(events.stream().filter(e -> "ASSAULT".equals(e.type())).allMatch(e -> e.modality() == Modality.HYPOTHETICAL),
                "the shelling is alleged: " + describe(events));

        Sentence refusal = sentence(0, "Iran/NNP said/VBD/say it/PRP would/MD not/RB release/VB the/DT sailors/NNS ./.",
                "root -1 1; nsubj 1 0; ccomp 1 5; nsubj 5 2; aux 5 3; advmod 5 4; obj 5 7; det 7 6; punct 1 8");
        List<Event> refused = code(refusal, m(0, 0, 1, "IRN", null, "Iran"), m(0, 2, 3, "IRN", null, "Iran"));
        assertEquals(Modality.NEGATED, only(refused, "08").modality());
        Event reject = only(refused, "12");
        assertEquals("1243", reject.cameo(), "refusing to release persons");
        assertEquals(Modality.ASSERTED, reject.modality());
    }

    @Test
    void fallbackTargetsThatClauseSubjectAndTheConsumedNounsOwner() {
        Sentence demand = sentence(0, "China/NNP demanded/VBD/demand that/IN the/DT US/NNP cancel/VB the/DT sale/NN ./.",
                "root -1 1; nsubj 1 0; ccomp 1 5; mark 5 2; det 4 3; nsubj 5 4; obj 5 7; det 7 6; punct 1 8");
        Event d = only(code(demand, m(0, 0, 1, "CHN", null, "China"), m(0, 4, 5, "USA", null, "United States")), "10");
        assertEquals(List.of("USA"), codes(d.recipients()), "the one told to act");

        Sentence reject = sentence(0, "Yemen/NNP rejected/VBD/reject a/DT U.S./NNP request/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; compound 4 3; punct 1 5");
        Event r = only(code(reject, m(0, 0, 1, "YEM", null, "Yemen"), m(0, 3, 4, "USA", null, "United States")), "12");
        assertEquals(List.of("USA"), codes(r.recipients()), "whose request was rejected");
    }

    @Test
    void aNounWithAModalAndASubjectIsCodedAsAVerb() {
        Sentence s = sentence(0, "They/PRP would/MD blockade/NN Paris/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 3; punct 2 4");
        Event blockade = only(code(s, m(0, 0, 1, "FRA", "AGR", "France"), m(0, 3, 4, "FRA", "GOV", "France")), "19");
        assertEquals(List.of("FRAGOV"), codes(blockade.recipients()));
        assertEquals(Modality.HYPOTHETICAL, blockade.modality());
    }

    @Test
    void noActorNoEvent() {
        Sentence s = sentence(0, "Someone/NN attacked/VBD/attack the/DT convoy/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; punct 1 4");
        assertTrue(code(s).isEmpty());
    }

    @Test
    void idsAreStableAndDistinguishEvents() {
        Sentence s = sentence(0, "Russia/NNP attacked/VBD/attack Ukraine/NNP ./.", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3");
        ActorMention rus = m(0, 0, 1, "RUS", null, "Russia");
        ActorMention ukr = m(0, 2, 3, "UKR", null, "Ukraine");
        String first = code(s, rus, ukr).get(0).id();
        assertEquals(first, code(s, rus, ukr).get(0).id());
        assertNotEquals(first, code(s, ukr, rus).isEmpty() ? null : code(s, m(0, 0, 1, "BLR", null, "Belarus"), ukr).get(0).id());
        assertTrue(first.startsWith("ev-"));
    }

    @Test
    void hyphenatedTriggerMatchesItsPattern() {
        // the tokenizer splits "cease-fire"; the pattern is written "ceasefire"
        Sentence s = sentence(0, "The/DT militia/NN declared/VBD/declare a/DT cease/NN -/HYPH fire/NN on/IN Sunday/NNP",
                "root -1 2; det 1 0; nsubj 2 1; det 6 3; compound 6 4; punct 6 5; obj 2 6; case 8 7; obl 2 8");
        assertEquals("The militia declared a cease-fire on Sunday", s.text());
        Event e = only(code(s, m(0, 0, 2, "LBN", "REB", "Hezbollah")), "08");
        assertEquals("0871", e.cameo());
        assertEquals("RETREAT", e.type());
    }

    @Test
    void britishSpellingsMatchPatternsWrittenTheAmericanWay() {
        // "suspend program aid" is written the American way; Reuters and the BBC write "programmes"
        Sentence s = sentence(0, "The/DT United/NNP States/NNPS suspended/VBD/suspend its/PRP$ aid/NN programmes/NNS/programme "
                        + "to/IN Niger/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; nmod:poss 6 4; compound 6 5; obj 3 6; case 8 7; nmod 6 8; "
                        + "punct 3 9");
        Event e = only(code(s, m(0, 0, 3, "USA", null, "United States"), m(0, 8, 9, "NER", null, "Niger")), "16");
        assertEquals("162", e.cameo());
        assertEquals(List.of("NER"), codes(e.recipients()));
        assertEquals("program", Lemmas.key("programme"));
        assertEquals("criticize", Lemmas.key("criticise"));
        assertEquals("mobilization", Lemmas.key("mobilisation"));
        assertEquals("promise", Lemmas.key("promise"), "not every -ise is British");
    }

    @Test
    void measureNounLetsThePatternSeeWhatItMeasures() {
        Sentence s = sentence(0, "Swiss/JJ doctors/NNS/doctor handed/VBD/hand over/RP 700/CD kg/NN of/IN medicine/NN to/IN Iraq/NNP",
                "root -1 2; amod 1 0; nsubj 2 1; compound:prt 2 3; nummod 5 4; obj 2 5; case 7 6; nmod 5 7; case 9 8; obl 2 9");
        Event e = only(code(s, m(0, 0, 2, "CHE", "HLH", "Switzerland"), m(0, 9, 10, "IRQ", null, "Iraq")), "07");
        assertEquals("073", e.cameo());
        assertEquals(List.of("CHEHLH"), codes(e.actors()));
        assertEquals(List.of("IRQ"), codes(e.recipients()));
    }

    @Test
    void nounInAnAfterPhraseIsBackgroundNotAnEvent() {
        Sentence background = sentence(0, "The/DT army/NN withdrew/VBD/withdraw from/IN Gao/NNP after/IN a/DT rebel/NN attack/NN "
                        + "on/IN the/DT base/NN",
                "root -1 2; det 1 0; nsubj 2 1; case 4 3; obl 2 4; case 8 5; det 8 6; compound 8 7; obl 2 8; case 11 9; "
                        + "det 11 10; nmod 8 11");
        assertTrue(PatternCoder.background(background, 8));
        List<Event> events = code(background, m(0, 0, 2, "MLI", "MIL", "Mali"), m(0, 7, 8, "MLI", "REB", "Mali"));
        assertTrue(events.stream().noneMatch(e -> "ASSAULT".equals(e.type())), () -> describe(events));
        assertEquals("RETREAT", only(events, "08").type());

        Sentence reported = sentence(0, "The/DT army/NN repelled/VBD/repel a/DT rebel/NN attack/NN on/IN the/DT base/NN",
                "root -1 2; det 1 0; nsubj 2 1; det 5 3; compound 5 4; obj 2 5; case 8 6; det 8 7; nmod 5 8");
        assertFalse(PatternCoder.background(reported, 5));
    }

    @Test
    void protestTargetsItsOwnGovernmentAndAbsorbsItsDemand() {
        Sentence s = sentence(0, "Thousands/NNS/thousand of/IN Kenyan/JJ students/NNS/student marched/VBD/march in/IN Nairobi/NNP "
                        + "demanding/VBG/demand reforms/NNS/reform",
                "root -1 4; nsubj 4 0; case 3 1; amod 3 2; nmod 0 3; case 6 5; obl 4 6; advcl 4 7; obj 7 8");
        List<Event> events = code(s, m(0, 2, 4, "KEN", "EDU", "Kenya"));
        Event protest = only(events, "14");
        assertEquals(List.of("KENEDU"), codes(protest.actors()));
        assertEquals(List.of("KENGOV"), codes(protest.recipients()));
        assertEquals("", protest.recipients().get(0).text());
        assertTrue(events.stream().noneMatch(e -> "REQUEST".equals(e.type())), () -> describe(events));
    }

    @Test
    void protestAgainstNamedTargetKeepsIt() {
        Sentence s = sentence(0, "Kenyan/JJ students/NNS/student protested/VBD/protest against/IN Uganda/NNP",
                "root -1 2; amod 1 0; nsubj 2 1; case 4 3; obl 2 4");
        Event protest = only(code(s, m(0, 0, 2, "KEN", "EDU", "Kenya"), m(0, 4, 5, "UGA", null, "Uganda")), "14");
        assertEquals(List.of("UGA"), codes(protest.recipients()));
    }

    @Test
    void targetOfTheThreatenedActComesFromTheComplement() {
        Sentence s = sentence(0, "The/DT Azerbaijani/JJ parliament/NN threatened/VBD/threaten to/TO break/VB relations/NNS/relation "
                        + "with/IN Russia/NNP",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; mark 5 4; xcomp 3 5; obj 5 6; case 8 7; nmod 6 8");
        List<Event> events = code(s, m(0, 1, 3, "AZE", "LEG", "Azerbaijan"), m(0, 8, 9, "RUS", null, "Russia"));
        Event threat = events.stream().filter(e -> e.mentions().get(0).trigger().equals("threatened")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals("THREATEN", threat.type());
        assertEquals(List.of("AZELEG"), codes(threat.actors()));
        assertEquals(List.of("RUS"), codes(threat.recipients()));
    }

    @Test
    void infinitiveOfPurposeTakesTheMainSubject() {
        Sentence s = sentence(0, "Indonesian/JJ students/NNS/student gathered/VBD/gather in/IN Jakarta/NNP to/TO protest/VB "
                        + "the/DT tax/NN",
                "root -1 2; amod 1 0; nsubj 2 1; case 4 3; obl 2 4; mark 6 5; advcl 2 6; det 8 7; obj 6 8");
        Event protest = only(code(s, m(0, 0, 2, "IDN", "EDU", "Indonesia")), "14");
        assertEquals(List.of("IDNEDU"), codes(protest.actors()));
    }

    @Test
    void whoReportsAnActIsNotItsSource() {
        Sentence reported = sentence(0, "Chinese/JJ media/NNS reported/VBD/report clashes/NNS/clash on/IN the/DT border/NN",
                "root -1 2; amod 1 0; nsubj 2 1; obj 2 3; case 6 4; det 6 5; nmod 3 6");
        List<Event> none = code(reported, m(0, 0, 2, "CHN", "MED", "China"));
        assertTrue(none.isEmpty(), () -> describe(none));

        Sentence staged = sentence(0, "Chinese/JJ workers/NNS/worker staged/VBD/stage a/DT protest/NN",
                "root -1 2; amod 1 0; nsubj 2 1; det 4 3; obj 2 4");
        Event strike = only(code(staged, m(0, 0, 2, "CHN", "LAB", "China")), "14");
        assertEquals(List.of("CHNLAB"), codes(strike.actors()));
    }

    @Test
    void reportedEventKeepsItsSpeakerOnTheMention() {
        Sentence s = sentence(0, "Russian/JJ troops/NNS shelled/VBD/shell Kharkiv/NNP ,/, Ukrainian/JJ officials/NNS/official said/VBD/say ./.",
                "root -1 7; ccomp 7 2; nsubj 2 1; amod 1 0; obj 2 3; punct 7 4; amod 6 5; nsubj 7 6; punct 7 8");
        Event e = only(code(s, m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "UKR", null, "Ukraine"),
                m(0, 5, 7, "UKR", "GOV", "Ukraine")), "19");
        assertEquals(List.of("RUSMIL"), codes(e.actors()), "the speaker is not the source");
        assertEquals("UKRGOV", e.mentions().get(0).speaker().code());
        assertEquals("Ukrainian officials", e.mentions().get(0).speaker().text());
    }

    @Test
    void unresolvedSpeakerKeepsItsWords() {
        Sentence s = sentence(0, "Police/NNS/police fired/VBD/fire on/IN protesters/NNS/protester ,/, local/JJ witnesses/NNS/witness said/VBD/say",
                "root -1 7; ccomp 7 1; nsubj 1 0; obl 1 3; case 3 2; punct 7 4; amod 6 5; nsubj 7 6");
        Event e = only(code(s, m(0, 0, 1, "KEN", "COP", "Kenya"), m(0, 3, 4, "KEN", "PRO", "Kenya")), "1");
        Actor speaker = e.mentions().get(0).speaker();
        assertEquals("local witnesses", speaker.text());
        assertNull(speaker.code());
    }

    @Test
    void accordingToPhraseAndAccuserAreSpeakers() {
        Sentence according = sentence(0, "According/VBG/accord to/IN the/DT ministry/NN ,/, Israeli/JJ jets/NNS/jet struck/VBD/strike a/DT camp/NN in/IN Gaza/NNP",
                "root -1 7; case 3 0; fixed 0 1; det 3 2; obl 7 3; punct 7 4; amod 6 5; nsubj 7 6; det 9 8; obj 7 9; case 11 10; obl 7 11");
        Event strike = only(code(according, m(0, 5, 7, "ISR", "MIL", "Israel"), m(0, 11, 12, "PSE", null, "Palestine")),
                "19");
        assertEquals("the ministry", strike.mentions().get(0).speaker().text());

        Sentence accused = sentence(0, "Russia/NNP accused/VBD/accuse Ukraine/NNP of/IN shelling/VBG/shell the/DT plant/NN",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; advcl 1 4; det 6 5; obj 4 6");
        List<Event> events = code(accused, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "UKR", null, "Ukraine"));
        Event accusation = only(events, "11");
        assertNull(accusation.mentions().get(0).speaker(), "the accusation is told in the article's own voice");
        Event shelling = only(events, "19");
        assertEquals("RUS", shelling.mentions().get(0).speaker().code(), "the accuser tells of the shelling");
    }

    @Test
    void eventInTheArticlesOwnVoiceHasNoSpeaker() {
        Sentence s = sentence(0, "Russian/JJ troops/NNS shelled/VBD/shell Kharkiv/NNP after/IN officials/NNS/official said/VBD/say so/RB",
                "root -1 2; nsubj 2 1; amod 1 0; obj 2 3; mark 6 4; nsubj 6 5; advcl 2 6; advmod 6 7");
        Event e = only(code(s, m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "UKR", null, "Ukraine")), "19");
        assertNull(e.mentions().get(0).speaker());
    }

    @Test
    void nestedItemMatchesAModifierOfTheMatchedObject() {
        Sentence weapons = sentence(0, "Syrian/JJ forces/NNS/force used/VBD/use chemical/JJ weapons/NNS/weapon against/IN rebels/NNS/rebel",
                "root -1 2; amod 1 0; nsubj 2 1; amod 4 3; obj 2 4; case 6 5; obl 2 6");
        Event e = only(code(weapons, m(0, 0, 2, "SYR", "MIL", "Syria"), m(0, 6, 7, "SYR", "REB", "Syria")), "20");
        assertEquals("2041", e.cameo());
        assertEquals(List.of("SYRREB"), codes(e.recipients()));

        Sentence plain = sentence(0, "Syrian/JJ forces/NNS/force used/VBD/use heavy/JJ weapons/NNS/weapon against/IN rebels/NNS/rebel",
                "root -1 2; amod 1 0; nsubj 2 1; amod 4 3; obj 2 4; case 6 5; obl 2 6");
        List<Event> none = code(plain, m(0, 0, 2, "SYR", "MIL", "Syria"), m(0, 6, 7, "SYR", "REB", "Syria"));
        assertTrue(none.stream().noneMatch(x -> x.cameo().startsWith("20")), () -> describe(none));

        Sentence ban = sentence(0, "The/DT government/NN lifted/VBD/lift the/DT ban/NN on/IN the/DT opposition/NN party/NN",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 8 5; det 8 6; compound 8 7; nmod 4 8");
        Event eased = only(code(ban, m(0, 0, 2, "ZMB", "GOV", "Zambia"), m(0, 7, 9, "ZMB", "OPP", "Zambia")), "08");
        assertEquals("0812", eased.cameo());
    }

    @Test
    void callOnParsedAsAClauseStillTargetsTheAddresseeAndTheRequestedActIsNotAsserted() {
        // the parser reads "called on the government to release" as a clause: on + subject + to
        Sentence s = sentence(0, "Amnesty/NNP International/NNP called/VBD/call on/IN the/DT Kenyan/JJ government/NN to/TO release/VB the/DT journalists/NNS/journalist",
                "root -1 2; compound 1 0; nsubj 2 1; mark 8 3; det 6 4; amod 6 5; nsubj 8 6; mark 8 7; advcl 2 8; det 10 9; obj 8 10");
        List<Event> events = code(s, m(0, 0, 2, "NGO", "AMN", "Amnesty International"), m(0, 4, 7, "KEN", "GOV", "Kenya"),
                m(0, 10, 11, "KEN", "MED", "Kenya"));
        Event call = only(events, "02");
        assertEquals(List.of("KENGOV"), codes(call.recipients()));
        Event release = only(events, "084");
        assertEquals(Modality.FUTURE, release.modality(), "a requested release has not happened");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> "no intent by the addressee: "
                + describe(events));
    }

    @Test
    void aDateIsNoPrepositionOfAPattern() {
        // "fire on" (fire on someone) must not take "on Saturday" for its preposition
        Sentence s = sentence(0, "Hamas/NNP fired/VBD/fire rockets/NNS/rocket at/IN Israel/NNP on/IN Saturday/NNP",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4; case 6 5; obl 1 6", "6 7 2023-06-10");
        Event e = only(code(s, m(0, 0, 1, "PSE", "REB", "Hamas"), m(0, 4, 5, "ISR", null, "Israel")), "19");
        assertEquals("194", e.cameo());
        assertEquals(List.of("ISR"), codes(e.recipients()));
        assertEquals(LocalDate.of(2023, 6, 10), e.date().date());
    }

    @Test
    void purposeOfTheSameKindIsOneEvent() {
        Sentence s = sentence(0, "Pakistan's/NNP army/NN chief/NN met/VBD/meet Taliban/NNP leaders/NNS/leader to/TO discuss/VB border/NN security/NN",
                "root -1 3; nmod:poss 2 0; compound 2 1; nsubj 3 2; compound 5 4; obj 3 5; mark 7 6; advcl 3 7; compound 9 8; obj 7 9");
        List<Event> events = code(s, m(0, 0, 3, "PAK", "MIL", "Pakistan"), m(0, 4, 6, "AFG", "GOV", "Afghanistan"));
        Event meeting = only(events, "04");
        assertEquals("met", meeting.mentions().get(0).trigger());
        assertEquals(List.of("AFGGOV"), codes(meeting.recipients()));

        Sentence continued = sentence(0, "Blinken/NNP met/VBD/meet Macron/NNP and/CC discussed/VBD/discuss the/DT war/NN in/IN Ukraine/NNP",
                "root -1 1; nsubj 1 0; obj 1 2; cc 4 3; conj 1 4; det 6 5; obj 4 6; case 8 7; nmod 6 8");
        List<Event> one = code(continued, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 2, 3, "FRA", "GOV", "Emmanuel Macron"),
                m(0, 8, 9, "UKR", null, "Ukraine"));
        Event met = only(one, "04");
        assertEquals(List.of("FRAGOV"), codes(met.recipients()), "Ukraine is the topic, not a party");
    }

    @Test
    void thePurposeOfAMeetingIsTheMeetersNotTheOneMet() {
        // the parser makes "to discuss" a complement of "meet", as if Modi were told to discuss
        Sentence s = sentence(0, "Kishida/NNP will/MD meet/VB/meet Modi/NNP to/TO discuss/VB/discuss security/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; obj 2 3; mark 5 4; xcomp 2 5; obj 5 6; punct 2 7");
        List<Event> events = code(s, m(0, 0, 1, "JPN", "GOV", "Fumio Kishida"), m(0, 3, 4, "IND", "GOV", "Narendra Modi"));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> codes(e.actors()).equals(List.of("JPNGOV"))), () -> describe(events));
    }

    @Test
    void aStatesProtestIsAnOfficialComplaint() {
        Sentence state = sentence(0, "Japan/NNP protested/VBD/protest to/IN China/NNP over/IN the/DT detention/NN",
                "root -1 1; nsubj 1 0; case 3 2; obl 1 3; case 6 4; det 6 5; obl 1 6");
        Event complaint = only(code(state, m(0, 0, 1, "JPN", null, "Japan"), m(0, 3, 4, "CHN", null, "China")), "11");
        assertEquals("114", complaint.cameo());
        assertEquals("ACCUSE", complaint.type());

        Sentence crowd = sentence(0, "Students/NNS/student protested/VBD/protest in/IN Dhaka/NNP",
                "root -1 1; nsubj 1 0; case 3 2; obl 1 3");
        Event protest = only(code(crowd, m(0, 0, 1, "BGD", "EDU", "Bangladesh")), "14");
        assertEquals("PROTEST", protest.type());

        // a demonym names the people, not the state, though it resolves to the country alone
        Sentence people = sentence(0, "Thousands/NNS/thousand of/IN Bangladeshis/NNPS/bangladeshi protested/VBD/protest",
                "root -1 3; nsubj 3 0; case 2 1; nmod 0 2");
        Event rally = only(code(people, m(0, 2, 3, "BGD", null, "Bangladesh")), "14");
        assertEquals("PROTEST", rally.type());

        // a country whose name is plural in form is still a state
        Sentence plural = sentence(0, "The/DT Philippines/NNPS/philippines protested/VBD/protest the/DT incident/NN",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4");
        assertEquals("114", only(code(plural, m(0, 0, 2, "PHL", null, "Philippines")), "11").cameo());
    }

    @Test
    void seekingToActIsAnAttemptNotAnAppeal() {
        Sentence tried = sentence(0, "Ethiopia/NNP sought/VBD/seek to/TO repair/VB ties/NNS/tie with/IN donors/NNS/donor",
                "root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; obj 3 4; case 6 5; nmod 4 6");
        List<Event> none = code(tried, m(0, 0, 1, "ETH", null, "Ethiopia"));
        assertTrue(none.stream().noneMatch(e -> e.cameo().startsWith("02")), () -> describe(none));

        Sentence asked = sentence(0, "Ethiopia/NNP sought/VBD/seek aid/NN from/IN Japan/NNP",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4");
        Event appeal = only(code(asked, m(0, 0, 1, "ETH", null, "Ethiopia"), m(0, 4, 5, "JPN", null, "Japan")), "02");
        assertEquals(List.of("ETH"), codes(appeal.actors()));
    }

    @Test
    void aHyphenatedNounWhoseSecondPartIsAParticleIsFoundAtItsFirstPart() {
        // the tokenizer splits "sit-in" and the parser makes "sit" the object
        Sentence s = sentence(0, "Iraqi/JJ students/NNS/student staged/VBD/stage a/DT sit/NN -/HYPH in/IN outside/IN parliament/NN",
                "root -1 2; amod 1 0; nsubj 2 1; det 4 3; obj 2 4; punct 4 5; amod 4 6; case 8 7; obl 2 8");
        Event e = only(code(s, m(0, 0, 2, "IRQ", "EDU", "Iraq")), "14");
        assertEquals("PROTEST", e.type());
    }

    @Test
    void theHolderOfAnIntentNounActsItsClause() {
        Sentence denied = sentence(0, "Iran/NNP has/VBZ/have no/DT intention/NN of/IN attacking/VBG/attack its/PRP$ neighbours/NNS/neighbour",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; mark 5 4; acl 3 5; nmod:poss 7 6; obj 5 7");
        Event attack = only(code(denied, m(0, 0, 1, "IRN", null, "Iran")), "19");
        assertEquals(List.of("IRN"), codes(attack.actors()));
        assertEquals(Modality.DENIED, attack.modality());

        Sentence plans = sentence(0, "Moscow/NNP announced/VBD/announce plans/NNS/plan to/TO expel/VB two/CD Estonian/JJ diplomats/NNS/diplomat",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; xcomp 1 4; nummod 7 5; amod 7 6; obj 4 7");
        List<Event> events = code(plans, m(0, 0, 1, "RUS", "GOV", "Russia"), m(0, 6, 8, "EST", "GOV", "Estonia"));
        Event expel = only(events, "16");
        assertEquals(List.of("RUSGOV"), codes(expel.actors()), "the plans are Moscow's, not the expelling party");
        assertEquals(List.of("ESTGOV"), codes(expel.recipients()));
        assertEquals(Modality.FUTURE, expel.modality());

        Sentence owned = sentence(0, "Washington/NNP praised/VBD/praise Riyadh/NNP 's/POS decision/NN to/TO release/VB the/DT activist/NN",
                "root -1 1; nsubj 1 0; nmod:poss 4 2; case 2 3; obj 1 4; mark 6 5; xcomp 1 6; det 8 7; obj 6 8");
        Event release = only(code(owned, m(0, 0, 1, "USA", "GOV", "United States"), m(0, 2, 3, "SAU", "GOV", "Saudi Arabia"),
                m(0, 7, 9, "SAU", "ACT", "Saudi Arabia")), "084");
        assertEquals(List.of("SAUGOV"), codes(release.actors()), "the decision is Riyadh's, not Washington's");
    }

    @Test
    void thePassiveSubjectIsTheObjectOfAPatternAndACrowdDispersingIsNoEvent() {
        Sentence passive = sentence(0, "The/DT protesters/NNS/protester were/VBD/be dispersed/VBN/disperse by/IN Kenyan/JJ police/NNS/police",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; case 6 4; amod 6 5; obl 3 6");
        Event e = only(code(passive, m(0, 0, 2, "KEN", "PRO", "Kenya"), m(0, 5, 7, "KEN", "COP", "Kenya")), "17");
        assertEquals("175", e.cameo());
        assertEquals(List.of("KENCOP"), codes(e.actors()));
        assertEquals(List.of("KENPRO"), codes(e.recipients()));

        Sentence ordered = sentence(0, "Police/NNS/police ordered/VBD/order the/DT protesters/NNS/protester to/TO disperse/VB",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; mark 5 4; xcomp 1 5");
        List<Event> events = code(ordered, m(0, 0, 1, "KEN", "COP", "Kenya"), m(0, 2, 4, "KEN", "PRO", "Kenya"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("17") && codes(x.actors()).contains("KENPRO")),
                () -> "the protesters do not repress: " + describe(events));
    }

    @Test
    void aCapitalisedPluralTakenForAProperNounStillMatches() {
        Sentence s = sentence(0, "Sanctions/NNPS/sanctions against/IN Iran/NNP were/VBD/be extended/VBN/extend by/IN the/DT EU/NNP",
                "root -1 4; nsubj:pass 4 0; case 2 1; nmod 0 2; aux:pass 4 3; case 7 5; det 7 6; obl 4 7");
        Event e = only(code(s, m(0, 2, 3, "IRN", null, "Iran"), m(0, 6, 8, "IGO", "EU", "European Union")), "16");
        assertEquals("163", e.cameo());
        assertEquals(List.of("IGOEU"), codes(e.actors()));
        assertEquals(List.of("IRN"), codes(e.recipients()));
    }

    @Test
    void aShellNounInsideAPrepositionalItem() {
        Sentence s = sentence(0, "France/NNP called/VBD/call for/IN a/DT new/JJ round/NN of/IN talks/NNS/talk between/IN Armenia/NNP and/CC Azerbaijan/NNP",
                "root -1 1; nsubj 1 0; case 5 2; det 5 3; amod 5 4; obl 1 5; case 7 6; nmod 5 7; case 9 8; nmod 7 9; cc 11 10; conj 9 11");
        List<Event> events = code(s, m(0, 0, 1, "FRA", null, "France"), m(0, 9, 10, "ARM", null, "Armenia"),
                m(0, 11, 12, "AZE", null, "Azerbaijan"));
        Event call = only(events, "02");
        assertEquals("026", call.cameo(), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04") && e.asserted()),
                () -> "talks called for have not taken place: " + describe(events));
    }

    @Test
    void theSourcesOwnSideNamedByAPossessiveIsNoTarget() {
        Sentence s = sentence(0, "Saudi/NNP Arabia/NNP and/CC Iran/NNP agreed/VBD/agree to/TO reopen/VB their/PRP$ embassies/NNS/embassy",
                "root -1 4; compound 1 0; nsubj 4 1; cc 3 2; conj 1 3; mark 6 5; xcomp 4 6; nmod:poss 8 7; obj 6 8");
        ActorMention their = new ActorMention(0, 7, 9, 8, Actor.of("their embassies", "SAU", "GOV", "Saudi Arabia"), "test");
        List<Event> events = code(s, m(0, 0, 2, "SAU", null, "Saudi Arabia"), m(0, 3, 4, "IRN", null, "Iran"), their);
        assertTrue(events.stream().allMatch(e -> e.recipients().isEmpty()), () -> describe(events));
        assertFalse(events.isEmpty());
    }

    @Test
    void blockingAPackageIsAVeto() {
        Sentence s = sentence(0, "Hungary/NNP blocked/VBD/block an/DT EU/NNP aid/NN package/NN for/IN Ukraine/NNP",
                "root -1 1; nsubj 1 0; det 5 2; compound 5 3; compound 5 4; obj 1 5; case 7 6; nmod 5 7");
        Event e = only(code(s, m(0, 0, 1, "HUN", null, "Hungary"), m(0, 3, 4, "IGO", "EU", "European Union"),
                m(0, 7, 8, "UKR", null, "Ukraine")), "12");
        assertEquals("129", e.cameo());
        assertEquals("REJECT", e.type());
    }

    @Test
    void aDemandTheParserHangsAsDepIsStillThePurposeOfTheProtest() {
        Sentence s = sentence(0, "Protesters/NNS/protester rallied/VBD/rally outside/IN parliament/NN ,/, demanding/VBG/demand that/IN lawmakers/NNS/lawmaker scrap/VBP the/DT law/NN",
                "root -1 1; nsubj 1 0; case 3 2; obl 1 3; punct 1 4; dep 1 5; mark 8 6; nsubj 8 7; ccomp 5 8; det 10 9; obj 8 10");
        List<Event> events = code(s, m(0, 0, 1, "GEO", "PRO", "Georgia"), m(0, 3, 4, "GEO", "LEG", "Georgia"),
                m(0, 7, 8, "GEO", "LEG", "Georgia"));
        only(events, "14");
        assertTrue(events.stream().noneMatch(e -> "REQUEST".equals(e.type())), () -> describe(events));
    }

    @Test
    void anUnverifiedReportIsHypotheticalNotNegated() {
        Sentence s = sentence(0, "Reports/NNS/report that/WDT Russian/JJ troops/NNS shelled/VBD/shell Kharkiv/NNP could/MD not/RB be/VB verified/VBN/verify",
                "root -1 9; nsubj:pass 9 0; dep 4 1; amod 3 2; nsubj 4 3; ccomp 0 4; obj 4 5; aux 9 6; advmod 9 7; aux:pass 9 8");
        Event e = only(code(s, m(0, 2, 4, "RUS", "MIL", "Russia"), m(0, 5, 6, "UKR", null, "Ukraine")), "19");
        assertEquals(Modality.HYPOTHETICAL, e.modality());
    }

    @Test
    void workersStrikeIsAStoppageNotAnAttack() {
        Sentence workers = sentence(0, "Chinese/JJ workers/NNS/worker began/VBD/begin a/DT strike/NN",
                "root -1 2; amod 1 0; nsubj 2 1; det 4 3; obj 2 4");
        Event strike = only(code(workers, m(0, 0, 2, "CHN", "LAB", "China")), "14");
        assertEquals("143", strike.cameo());
        assertEquals("PROTEST", strike.type());

        Sentence army = sentence(0, "Israeli/JJ jets/NNS/jet carried/VBD/carry out/RP a/DT strike/NN on/IN Gaza/NNP",
                "root -1 2; amod 1 0; nsubj 2 1; compound:prt 2 3; det 5 4; obj 2 5; case 7 6; nmod 5 7");
        List<Event> attack = code(army, m(0, 0, 2, "ISR", "MIL", "Israel"), m(0, 7, 8, "PSE", null, "Palestine"));
        assertTrue(attack.stream().anyMatch(e -> "ASSAULT".equals(e.type())), () -> describe(attack));
    }

    @Test
    void gateAdmitsOnlySentencesWithTriggers() {
        assertTrue(CODER.gate().mayHoldEvent(sentence(0, "Troops/NNS shelled/VBD/shell the/DT city/NN").tokens()));
        assertFalse(CODER.gate().mayHoldEvent(sentence(0, "The/DT weather/NN was/VBD/be mild/JJ").tokens()));
    }

    @Test
    void timexValuesGiveDatesAndPrecision() {
        assertEquals(EventDate.Precision.WEEK, EventDating.parse("2022-W06").orElseThrow().precision());
        assertEquals(LocalDate.of(2022, 2, 7), EventDating.parse("2022-W06").orElseThrow().date());
        assertEquals(EventDate.Precision.MONTH, EventDating.parse("2022-02").orElseThrow().precision());
        assertEquals(EventDate.Precision.YEAR, EventDating.parse("2021").orElseThrow().precision());
        assertEquals(LocalDate.of(2022, 2, 15), EventDating.parse("2022-02-15T14:00").orElseThrow().date());
        assertTrue(EventDating.parse("XXXX-02-15").isEmpty(), "unanchored");
        assertTrue(EventDating.parse("PRESENT_REF").isEmpty());
        assertTrue(EventDating.parse("2022-13-45").isEmpty());
        assertNull(EventDating.parse(null).orElse(null));
    }

    @Test
    void moreSpecificStatementPatternKeepsAGeneralOneFromMatching() {
        // "declined to comment" is a declined comment (011, no PLOVER type), and no rejection
        Sentence s = sentence(0, "The/DT Chinese/JJ foreign/JJ ministry/NN declined/VBD/decline to/TO comment/VB on/IN "
                        + "the/DT report/NN ./.",
                "det 3 0; amod 3 1; amod 3 2; nsubj 4 3; root -1 4; mark 6 5; xcomp 4 6; case 9 7; det 9 8; obl 6 9; punct 4 10");
        List<Event> events = code(s, m(0, 0, 4, "CHN", "GOV", "China"));
        assertEquals(1, events.size(), () -> describe(events));
        assertEquals("011", events.get(0).cameo());
        assertNull(events.get(0).type());
    }

    @Test
    void condolencesAreAStatementWithoutPloverType() {
        Sentence s = sentence(0, "Spanish/JJ Prime/NNP Minister/NNP Pedro/NNP Sanchez/NNP expressed/VBD/express "
                        + "condolences/NNS/condolence to/TO Morocco/NNP over/IN the/DT floods/NNS/flood ./.",
                "amod 4 0; compound 4 1; compound 4 2; compound 4 3; nsubj 5 4; root -1 5; obj 5 6; case 8 7; obl 5 8; "
                        + "case 11 9; det 11 10; obl 5 11; punct 5 12");
        Event e = only(code(s, m(0, 0, 5, "ESP", "GOV", "Pedro Sanchez"), m(0, 8, 9, "MAR", null, "Morocco")), "01");
        assertEquals("018", e.cameo());
        assertNull(e.type(), "PLOVER has no type for 01");
        assertNull(e.mode());
        assertEquals(1, e.quadClass());
        assertEquals(3.4, e.goldstein());
        assertEquals(List.of("ESPGOV"), codes(e.actors()));
        assertEquals(List.of("MAR"), codes(e.recipients()));
    }

    @Test
    void aBareStatementIsNoEvent() {
        // "stated that ..." is coded by what it states (010 stays silent); here that is nothing
        Sentence s = sentence(0, "Brazil/NNP stated/VBD/state that/IN the/DT vote/NN was/VBD/be fair/JJ ./.",
                "nsubj 1 0; root -1 1; mark 6 2; det 4 3; nsubj 6 4; cop 6 5; ccomp 1 6; punct 1 7");
        assertEquals(List.of(), code(s, m(0, 0, 1, "BRA", null, "Brazil")));
    }

    @Test
    void anAttitudeAdjectiveIsAStatementAboutItsObject() {
        Sentence s = sentence(0, "Finnish/JJ Foreign/NNP Minister/NNP Elina/NNP Valtonen/NNP was/VBD/be skeptical/JJ "
                        + "about/IN Hungary/NNP 's/POS position/NN ./.",
                "amod 4 0; compound 4 1; compound 4 2; compound 4 3; nsubj 6 4; cop 6 5; root -1 6; case 10 7; "
                        + "nmod:poss 10 8; case 8 9; obl 6 10; punct 6 11");
        assertTrue(CODER.gate().mayHoldEvent(s.tokens()), "an attitude adjective lets the sentence be parsed");
        Event e = only(code(s, m(0, 0, 5, "FIN", "GOV", "Elina Valtonen"), m(0, 8, 9, "HUN", null, "Hungary")), "01");
        assertEquals("012", e.cameo());
        assertEquals(List.of("FINGOV"), codes(e.actors()));
        assertEquals(List.of("HUN"), codes(e.recipients()));
    }

    @Test
    void aDenialOfOnesOwnActIsThatActDenied() {
        // "denied that its army was preparing to attack": the attack, denied; no denial event beside it
        Sentence s = sentence(0, "Serbia/NNP denied/VBD/deny that/IN its/PRP$ army/NN was/VBD/be preparing/VBG/prepare "
                        + "to/TO attack/VB Kosovo/NNP ./.",
                "nsubj 1 0; root -1 1; mark 6 2; nmod:poss 4 3; nsubj 6 4; aux 6 5; ccomp 1 6; mark 8 7; xcomp 6 8; "
                        + "obj 8 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 3, 5, "SRB", "MIL", "Serbia"),
                m(0, 9, 10, "XKX", null, "Kosovo"));
        assertEquals(Modality.DENIED, only(events, "19").modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), () -> describe(events));
    }

    @Test
    void aDeniedChargeTargetsTheAccuser() {
        Sentence s = sentence(0, "Rwanda/NNP dismissed/VBD/dismiss allegations/NNS/allegation by/IN Congo/NNP that/IN it/PRP "
                        + "backs/VBZ/back the/DT rebels/NNS/rebel ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod 2 4; mark 7 5; nsubj 7 6; acl 2 7; det 9 8; obj 7 9; "
                        + "punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "RWA", null, "Rwanda"), m(0, 4, 5, "COD", null, "Congo"),
                m(0, 6, 7, "RWA", null, "Rwanda"), m(0, 9, 10, "COD", "REB", "Congo"));
        Event e = only(events, "01");
        assertEquals("016", e.cameo());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("RWA"), codes(e.actors()));
        assertEquals(List.of("COD"), codes(e.recipients()));
    }

    @Test
    void agreeingWithAPartyToActIsAnAgreementNotAccord() {
        // the parser hangs "with the opposition to hold" as one clause: "to hold" marked by "with"
        // 0 The 1 government 2 agreed 3 with 4 the 5 opposition 6 to 7 hold 8 an 9 election 10 .
        Sentence s = sentence(0, "The/DT government/NN agreed/VBD/agree with/IN the/DT opposition/NN to/TO hold/VB/hold "
                        + "an/DT election/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 7 3; det 5 4; nsubj 7 5; mark 7 6; advcl 2 7; det 9 8; obj 7 9; "
                        + "punct 2 10");
        List<Event> events = code(s, m(0, 0, 2, "VEN", "GOV", "government"), m(0, 4, 6, "VEN", "OPP", "opposition"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("019")), () -> describe(events));
        assertEquals("AGREE", only(events, "03").type());

        // 0 Russia 1 agreed 2 with 3 Turkey 4 that 5 talks 6 would 7 resume 8 .
        Sentence modal = sentence(0, "Russia/NNP agreed/VBD/agree with/IN Turkey/NNP that/IN talks/NNS/talk would/MD "
                        + "resume/VB ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 1 7; punct 1 8");
        List<Event> course = code(modal, m(0, 0, 1, "RUS", null, "Russia"), m(0, 3, 4, "TUR", null, "Turkey"));
        assertTrue(course.stream().noneMatch(e -> e.cameo().equals("019")), () -> describe(course));

        // what may happen is a view shared, not a course agreed
        Sentence view = sentence(0, "Russia/NNP agreed/VBD/agree with/IN Turkey/NNP that/IN the/DT war/NN could/MD "
                        + "last/VB/last for/IN years/NNS/year ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 8 4; det 6 5; nsubj 8 6; aux 8 7; ccomp 1 8; case 10 9; "
                        + "obl 8 10; punct 1 11");
        List<Event> shared = code(view, m(0, 0, 1, "RUS", null, "Russia"), m(0, 3, 4, "TUR", null, "Turkey"));
        assertEquals(2, shared.stream().filter(e -> e.cameo().equals("019")).count(), () -> describe(shared));
    }

    @Test
    void accordIsWithAPartnerNeverWithTheTopicOfTheView() {
        Sentence s = sentence(0, "Russia/NNP agreed/VBD/agree that/IN the/DT situation/NN in/IN Syria/NNP was/VBD/be "
                        + "serious/JJ ./.",
                "nsubj 1 0; root -1 1; mark 8 2; det 4 3; nsubj 8 4; case 6 5; nmod 4 6; cop 8 7; ccomp 1 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 6, 7, "SYR", null, "Syria"));
        Event accord = only(events, "01");
        assertEquals("019", accord.cameo());
        assertEquals(List.of(), codes(accord.recipients()), "Syria is what the view is about");
    }

    @Test
    void aDenialAboutOnesOwnGovernmentIsMadeToNoOtherParty() {
        Sentence s = sentence(0, "Sharif/NNP denied/VBD/deny that/IN the/DT government/NN was/VBD/be behind/IN the/DT "
                        + "arrest/NN ./.",
                "nsubj 1 0; root -1 1; mark 8 2; det 4 3; nsubj 8 4; cop 8 5; case 8 6; det 8 7; ccomp 1 8; punct 1 9");
        Event e = only(code(s, m(0, 0, 1, "PAK", "GOV", "Shehbaz Sharif"), m(0, 3, 5, "PAK", "GOV", "Pakistan")), "01");
        assertEquals("016", e.cameo());
        assertEquals(List.of(), codes(e.recipients()));
    }

    @Test
    void aSecondInfinitiveContinuesTheFirstNotTheVerbOfUrging() {
        // 0 Guterres 1 urged 2 both 3 sides 4 to 5 agree 6 to 7 a 8 ceasefire 9 and 10 to 11 allow 12 aid
        // 13 convoys 14 into 15 Darfur 16 .
        Sentence s = sentence(0, "Guterres/NNP urged/VBD/urge both/DT sides/NNS/side to/TO agree/VB to/IN a/DT ceasefire/NN "
                        + "and/CC to/TO allow/VB/allow aid/NN convoys/NNS/convoy into/IN Darfur/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; mark 5 4; xcomp 1 5; case 8 6; det 8 7; obl 5 8; cc 11 9; "
                        + "mark 11 10; conj 1 11; compound 13 12; obj 11 13; case 15 14; obl 11 15; punct 1 16");
        assertEquals(5, PatternCoder.infinitiveConjunctsRepaired(s).head(11));
        List<Event> events = code(s, m(0, 0, 1, "IGOUNO", "GOV", "Antonio Guterres"), m(0, 2, 4, "SDN", null, "both sides"),
                m(0, 15, 16, "SDN", null, "Darfur"));
        assertTrue(events.stream().filter(e -> e.mentions().get(0).trigger().equals("allow"))
                        .noneMatch(e -> e.asserted() || codes(e.actors()).contains("IGOUNOGOV")),
                () -> "the sides are asked to allow access; the UN allows nothing: " + describe(events));
    }

    @Test
    void aWarningOfHarmTheWarnerWillNotDoIsNoThreat() {
        Sentence cholera = sentence(0, "The/DT WHO/NNP warned/VBD/warn that/IN cholera/NN was/VBD/be spreading/VBG/spread "
                        + "in/IN Yemen/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 6 3; nsubj 6 4; aux 6 5; ccomp 2 6; case 8 7; obl 6 8; punct 2 9");
        Event comment = only(code(cholera, m(0, 0, 2, "IGOWHO", "IGO", "WHO"), m(0, 8, 9, "YEM", null, "Yemen")), "01");
        assertEquals("012", comment.cameo());
        assertNull(comment.type());

        // the brief's own example: consequences the warner would bring are a threat
        Sentence consequences = sentence(0, "Blinken/NNP warned/VBD/warn that/IN further/JJ aggression/NN would/MD be/VB "
                        + "met/VBN/meet with/IN severe/JJ consequences/NNS/consequence ./.",
                "nsubj 1 0; root -1 1; mark 7 2; amod 4 3; nsubj:pass 7 4; aux 7 5; aux:pass 7 6; ccomp 1 7; case 10 8; "
                        + "amod 10 9; obl 7 10; punct 1 11");
        Event threat = only(code(consequences, m(0, 0, 1, "USA", "GOV", "Antony Blinken")), "13");
        assertEquals(Modality.ASSERTED, threat.modality());

        // another party's act foreseen is no threat of the warner's
        // 0 Ukraine 1 warned 2 that 3 Russia 4 could 5 launch 6 an 7 offensive 8 .
        Sentence other = sentence(0, "Ukraine/NNP warned/VBD/warn that/IN Russia/NNP could/MD launch/VB/launch an/DT "
                        + "offensive/NN ./.",
                "nsubj 1 0; root -1 1; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; det 7 6; obj 5 7; punct 1 8");
        List<Event> foreseen = code(other, m(0, 0, 1, "UKR", null, "Ukraine"), m(0, 3, 4, "RUS", null, "Russia"));
        assertTrue(foreseen.stream().noneMatch(e -> e.cameo().startsWith("13")), () -> describe(foreseen));
    }

    @Test
    void anOfficialWarningOfHisOwnStatesStrikeThreatens() {
        // 0 Indian 1 Defence 2 Minister 3 Rajnath 4 Singh 5 warned 6 that 7 India 8 would 9 strike 10 militant
        // 11 camps 12 in 13 Pakistan 14 .
        Sentence s = sentence(0, "Indian/JJ Defence/NNP Minister/NNP Rajnath/NNP Singh/NNP warned/VBD/warn that/IN "
                        + "India/NNP would/MD strike/VB militant/JJ camps/NNS/camp in/IN Pakistan/NNP ./.",
                "amod 2 0; compound 2 1; compound 4 2; compound 4 3; nsubj 5 4; root -1 5; mark 9 6; nsubj 9 7; "
                        + "aux 9 8; ccomp 5 9; amod 11 10; obj 9 11; case 13 12; obl 9 13; punct 5 14");
        List<Event> events = code(s, m(0, 0, 5, "IND", "GOV", "Rajnath Singh"), m(0, 7, 8, "IND", null, "India"),
                m(0, 13, 14, "PAK", null, "Pakistan"));
        Event threat = only(events, "13");
        assertEquals(List.of("INDGOV"), codes(threat.actors()));
        assertEquals(Modality.ASSERTED, threat.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("012")), () -> describe(events));
    }

    @Test
    void aThreatTakesTheTargetOfTheActItForesees() {
        // 0 Venezuela 1 warned 2 that 3 it 4 would 5 attack 6 Guyana 7 if 8 drilling 9 continued 10 .
        Sentence s = sentence(0, "Venezuela/NNP warned/VBD/warn that/IN it/PRP would/MD attack/VB Guyana/NNP if/IN "
                        + "drilling/NN continued/VBD/continue ./.",
                "nsubj 1 0; root -1 1; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; obj 5 6; mark 9 7; nsubj 9 8; "
                        + "advcl 5 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "VEN", null, "Venezuela"), m(0, 3, 4, "VEN", null, "Venezuela"),
                m(0, 6, 7, "GUY", null, "Guyana"));
        Event threat = only(events, "13");
        assertEquals(List.of("VEN"), codes(threat.actors()));
        assertEquals(List.of("GUY"), codes(threat.recipients()), "the party the foreseen attack is aimed at");
    }

    @Test
    void countriesNamedBareAsSpeakersOfAnActToComeAreNoCrash() {
        // speakers with no sector (countries named bare) once failed the whole article
        // 0 Germany 1 and 2 the 3 United 4 States 5 announced 6 that 7 US 8 missiles 9 would 10 be 11 stationed
        // 12 in 13 Germany 14 .
        Sentence s = sentence(0, "Germany/NNP and/CC the/DT United/NNP States/NNP announced/VBD/announce that/IN US/NNP "
                        + "missiles/NNS/missile would/MD be/VB stationed/VBN/station in/IN Germany/NNP ./.",
                "nsubj 5 0; cc 4 1; det 4 2; compound 4 3; conj 0 4; root -1 5; mark 11 6; compound 8 7; "
                        + "nsubj:pass 11 8; aux 11 9; aux:pass 11 10; ccomp 5 11; case 13 12; obl 11 13; punct 5 14");
        List<Event> events = code(s, m(0, 0, 1, "DEU", null, "Germany"), m(0, 2, 5, "USA", null, "United States"),
                m(0, 7, 8, "USA", null, "United States"), m(0, 13, 14, "DEU", null, "Germany"));
        Event stationed = only(events, "15");
        assertEquals(List.of("USA"), codes(stationed.actors()));
        assertFalse(stationed.asserted());

        Sentence provocation = sentence(0, "The/DT Kremlin/NNP called/VBD/call the/DT declaration/NN a/DT provocation/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; det 6 5; xcomp 2 6; punct 2 7");
        assertEquals("111", only(code(provocation, m(0, 0, 2, "RUS", "GOV", "Kremlin")), "11").cameo());
    }

    @Test
    void theIndirectObjectOfASendingIsItsRecipient() {
        Sentence s = sentence(0, "Germany/NNP sent/VBD/send Ukraine/NNP more/RBR tanks/NNS/tank ./.",
                "nsubj 1 0; root -1 1; iobj 1 2; advmod 4 3; obj 1 4; punct 1 5");
        Event e = only(code(s, m(0, 0, 1, "DEU", null, "Germany"), m(0, 2, 3, "UKR", null, "Ukraine"),
                m(0, 4, 5, "DEU", "MIL", "Germany")), "07");
        assertEquals(List.of("UKR"), codes(e.recipients()), "the tanks are what is sent, not who receives them");

        // the parser reads the thing sent as a time phrase: 0 Germany 1 will 2 send 3 Ukraine 4 five 5 air
        // 6 defence 7 systems 8 next 9 month 10 .
        Sentence misread = sentence(0, "Germany/NNP will/MD send/VB/send Ukraine/NNP five/CD air/NN defence/NN "
                        + "systems/NNS/system next/JJ month/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; obj 2 3; nummod 7 4; compound 6 5; compound 7 6; obl:tmod 2 7; "
                        + "amod 9 8; obl:tmod 2 9; punct 2 10",
                "8 10 2024-08");
        Sentence repaired = PatternCoder.secondObjectsRepaired(misread);
        assertEquals("iobj", repaired.relation(3));
        assertEquals("obj", repaired.relation(7));
        assertEquals("obl:tmod", repaired.relation(9), "next month stays a time");
        Event aid = only(code(misread, m(0, 0, 1, "DEU", null, "Germany"), m(0, 3, 4, "UKR", null, "Ukraine")), "07");
        assertEquals("072", aid.cameo(), "air defence systems are weapons");
        assertEquals(List.of("UKR"), codes(aid.recipients()));
    }

    @Test
    void sendingACarrierIsAShowOfForce() {
        Sentence s = sentence(0, "The/DT United/NNP States/NNPS sent/VBD/send an/DT aircraft/NN carrier/NN to/IN the/DT "
                        + "region/NN ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 6 4; compound 6 5; obj 3 6; case 9 7; det 9 8; obl 3 9; "
                        + "punct 3 10");
        assertEquals("150", only(code(s, m(0, 0, 3, "USA", null, "United States")), "15").cameo());
    }

    @Test
    void callingAVoteAShamIsCriticism() {
        Sentence s = sentence(0, "Russia/NNP called/VBD/call the/DT vote/NN a/DT sham/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; det 5 4; xcomp 1 5; punct 1 6");
        assertEquals("111", only(code(s, m(0, 0, 1, "RUS", null, "Russia")), "11").cameo());
    }

    @Test
    void internetServicesSuspendedAreTheInternet() {
        Sentence s = sentence(0, "The/DT ministry/NN suspended/VBD/suspend mobile/JJ internet/NN services/NNS/service ./.",
                "det 1 0; nsubj 2 1; root -1 2; amod 4 3; compound 5 4; obj 2 5; punct 2 6");
        assertEquals("1721", only(code(s, m(0, 0, 2, "PAK", "GOV", "Pakistan")), "17").cameo());
    }

    @Test
    void denyingSomeoneAThingIsNoDenialOfACharge() {
        Sentence charge = sentence(0, "Hungary/NNP denied/VBD/deny it/PRP ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3");
        assertEquals("016", only(code(charge, m(0, 0, 1, "HUN", null, "Hungary")), "01").cameo());
        Sentence bail = sentence(0, "A/DT Turkish/JJ court/NN denied/VBD/deny the/DT journalist/NN bail/NN ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; iobj 3 5; obj 3 6; punct 3 7");
        List<Event> events = code(bail, m(0, 0, 3, "TUR", "JUD", "Turkey"), m(0, 4, 6, "TUR", "MED", "Turkey"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), () -> describe(events));
    }

    @Test
    void agreeingThatSomethingIsSoIsAReciprocalAccord() {
        Sentence s = sentence(0, "Chile/NNP and/CC Peru/NNP agreed/VBD/agree that/IN the/DT situation/NN was/VBD/be "
                        + "serious/JJ ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 8 4; det 6 5; nsubj 8 6; cop 8 7; ccomp 3 8; punct 3 9");
        List<Event> events = code(s, m(0, 0, 1, "CHL", null, "Chile"), m(0, 2, 3, "PER", null, "Peru"));
        assertEquals(List.of("CHL->PER", "PER->CHL"), directions(events, "019"), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
    }

    @Test
    void agreeingThatPartiesWillActStaysAnAgreement() {
        // the clause codes a meeting: an agreement to meet (03), no mere accord
        Sentence s = sentence(0, "Chile/NNP and/CC Peru/NNP agreed/VBD/agree that/IN their/PRP$ ministers/NNS/minister "
                        + "would/MD meet/VB in/IN Lima/NNP ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 8 4; nmod:poss 6 5; nsubj 8 6; aux 8 7; ccomp 3 8; "
                        + "case 10 9; obl 8 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 1, "CHL", null, "Chile"), m(0, 2, 3, "PER", null, "Peru"),
                m(0, 5, 7, "CHL", "GOV", "Chile"), m(0, 10, 11, "PER", null, "Peru"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), () -> describe(events));
        assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
    }

    @Test
    void hopingForSomethingIsOptimismButHopingToActIsAnAim() {
        Sentence that = sentence(0, "Kenya/NNP hopes/VBZ/hope that/IN the/DT talks/NNS/talk succeed/VBP ./.",
                "nsubj 1 0; root -1 1; mark 5 2; det 4 3; nsubj 5 4; ccomp 1 5; punct 1 6");
        assertEquals("013", only(code(that, m(0, 0, 1, "KEN", null, "Kenya")), "01").cameo());
        Sentence aim = sentence(0, "Kenya/NNP hopes/VBZ/hope to/TO avoid/VB a/DT confrontation/NN ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; punct 1 6");
        List<Event> events = code(aim, m(0, 0, 1, "KEN", null, "Kenya"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), () -> describe(events));
    }

    @Test
    void agreeingThatPartiesWouldDoSomethingIsNoMereAccord() {
        Sentence s = sentence(0, "Chile/NNP and/CC Peru/NNP agreed/VBD/agree that/IN they/PRP would/MD split/VB "
                        + "the/DT costs/NNS/cost ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 3 7; det 9 8; obj 7 9; "
                        + "punct 3 10");
        List<Event> events = code(s, m(0, 0, 1, "CHL", null, "Chile"), m(0, 2, 3, "PER", null, "Peru"),
                m(0, 5, 6, "CHL", null, "Chile"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), () -> describe(events));
        assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
    }

    @Test
    void consideringARequestIsAPolicyOptionButConsideringSomethingSoIsNot() {
        Sentence request = sentence(0, "Japan/NNP is/VBZ/be considering/VBG/consider a/DT request/NN from/IN Ukraine/NNP ./.",
                "nsubj 2 0; aux 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7");
        Event e = only(code(request, m(0, 0, 1, "JPN", null, "Japan"), m(0, 6, 7, "UKR", null, "Ukraine")), "01");
        assertEquals("014", e.cameo());
        assertEquals(List.of("UKR"), codes(e.recipients()));
        Sentence opinion = sentence(0, "Britain/NNP considered/VBD/consider the/DT vote/NN a/DT provocation/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; det 5 4; xcomp 1 5; punct 1 6");
        List<Event> events = code(opinion, m(0, 0, 1, "GBR", null, "Britain"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("01")), () -> describe(events));
    }

    @Test
    void bareGerundComplementIsDoneByTheSubjectAbove() {
        Sentence s = sentence(0, "Israel/NNP denied/VBD/deny attacking/VBG/attack the/DT hospital/NN in/IN Gaza/NNP ./.",
                "nsubj 1 0; root -1 1; dep 1 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "ISR", null, "Israel"), m(0, 4, 5, "PSE", "HLH", "Palestine"),
                m(0, 6, 7, "PSE", null, "Palestine")), "19");
        assertEquals(List.of("ISR"), codes(e.actors()));
        assertEquals(List.of("PSEHLH"), codes(e.recipients()));
        assertEquals(Modality.DENIED, e.modality());
    }

    @Test
    void actDemandedInAThatClauseIsNotAsserted() {
        Sentence s = sentence(0, "The/DT United/NNP States/NNP demanded/VBD/demand that/IN Russia/NNP withdraw/VB its/PRP$ "
                        + "forces/NNS/force from/IN Ukraine/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; mark 6 4; nsubj 6 5; ccomp 3 6; nmod:poss 8 7; obj 6 8; "
                        + "case 10 9; obl 6 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 3, "USA", null, "United States"), m(0, 5, 6, "RUS", null, "Russia"),
                m(0, 7, 9, "USA", "MIL", "United States"), m(0, 10, 11, "UKR", null, "Ukraine"));
        Event withdrawal = only(events, "08");
        assertEquals(Modality.FUTURE, withdrawal.modality());
        Event demand = only(events, "10");
        assertEquals("1056", demand.cameo());  // the demanded withdrawal makes the demand specific
        assertEquals(List.of("RUS"), codes(demand.recipients()));
        assertEquals(Modality.ASSERTED, demand.modality());
    }

    @Test
    void threatIsMadeSpecificByTheThreatenedAct() {
        Sentence s = sentence(0, "Mali/NNP threatened/VBD/threaten to/TO expel/VB UN/NNP peacekeepers/NNS/peacekeeper ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; compound 5 4; obj 3 5; punct 1 6");
        List<Event> events = code(s, m(0, 0, 1, "MLI", null, "Mali"), m(0, 4, 6, null, "IGO", "United Nations"));
        Event threat = only(events, "13");
        assertEquals("136", threat.cameo());  // to halt international involvement, not "threaten expel" (131)
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(Modality.FUTURE, only(events, "16").modality());
    }

    @Test
    void refusalIsMadeSpecificByTheRefusedAct() {
        // "Pakistan refused to lift the state of emergency": easing an administrative sanction (1241),
        // not the generic guess of "refuse lift" (1244)
        Sentence s = sentence(0, "Pakistan/NNP refused/VBD/refuse to/TO lift/VB the/DT state/NN of/IN emergency/NN in/IN "
                        + "the/DT province/NN ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; case 7 6; nmod 5 7; case 10 8; det 10 9; "
                        + "obl 3 10; punct 1 11");
        assertEquals("1241", only(code(s, m(0, 0, 1, "PAK", null, "Pakistan")), "12").cameo());
    }

    @Test
    void appealTakesTheCodeOfTheRequestedAct() {
        Sentence s = sentence(0, "Iran/NNP urged/VBD/urge the/DT United/NNP States/NNP to/TO lift/VB sanctions/NNS/sanction "
                        + "on/IN its/PRP$ oil/NN exports/NNS/export ./.",
                "nsubj 1 0; root -1 1; det 4 2; compound 4 3; obj 1 4; mark 6 5; xcomp 1 6; obj 6 7; case 11 8; "
                        + "nmod:poss 11 9; compound 11 10; nmod 7 11; punct 1 12");
        Event appeal = only(code(s, m(0, 0, 1, "IRN", null, "Iran"), m(0, 2, 5, "USA", null, "United States")), "02");
        assertEquals("0254", appeal.cameo());
        assertEquals(List.of("USA"), codes(appeal.recipients()));
    }

    @Test
    void objectIsTheTargetWhenThePatternsMarkersFindNone() {
        Sentence s = sentence(0, "China/NNP threatened/VBD/threaten Taiwan/NNP with/IN military/JJ action/NN if/IN it/PRP "
                        + "declared/VBD/declare independence/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; amod 5 4; obl 1 5; mark 8 6; nsubj 8 7; advcl 1 8; obj 8 9; punct 1 10");
        Event e = only(code(s, m(0, 0, 1, "CHN", null, "China"), m(0, 2, 3, "TWN", null, "Taiwan"),
                m(0, 7, 8, "CHN", null, "China")), "13");
        assertEquals("138", e.cameo());
        assertEquals(List.of("TWN"), codes(e.recipients()));
    }

    @Test
    void protestGoalDecidesTheSubtype() {
        Sentence s = sentence(0, "Iranian/JJ students/NNS/student staged/VBD/stage a/DT hunger/NN strike/NN demanding/VBG/demand "
                        + "the/DT resignation/NN of/IN the/DT prime/JJ minister/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; acl 5 6; det 8 7; obj 6 8; case 12 9; "
                        + "det 12 10; amod 12 11; nmod 8 12; punct 2 13");
        List<Event> events = code(s, m(0, 0, 2, "IRN", "EDU", "Iran"), m(0, 11, 13, "IRN", "GOV", "Iran"));
        Event e = only(events, "14");
        assertEquals("1421", e.cameo());  // a hunger strike for leadership change
        assertEquals(List.of("IRNEDU"), codes(e.actors()));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("10")), "the demand is the strike's aim");
    }

    @Test
    void suppressingPositionsIsCombatAndSuppressingProtestsIsRepression() {
        Sentence combat = sentence(0, "Israeli/JJ troops/NNS/troop suppressed/VBD/suppress Hezbollah/NNP positions/NNS/position "
                        + "near/IN the/DT border/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; compound 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; punct 2 8");
        Event fight = only(code(combat, m(0, 0, 2, "ISR", "MIL", "Israel"), m(0, 3, 4, "LBN", "REB", "Hezbollah")), "19");
        assertEquals("190", fight.cameo());
        assertEquals(List.of("LBNREB"), codes(fight.recipients()));

        Sentence crackdown = sentence(0, "Police/NNS/police suppressed/VBD/suppress the/DT protests/NNS/protest in/IN Tehran/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; punct 1 6");
        assertEquals("175", only(code(crackdown, m(0, 0, 1, "IRN", "COP", "Iran")), "17").cameo());
    }

    @Test
    void aVerbAfterAReportedClauseContinuesThatClauseNotTheAccusation() {
        // the parser hangs "wounded" on "accused"; its form matches "damaged", not "saying"
        Sentence s = sentence(0, "Georgia/NNP accused/VBD/accuse Russia/NNP of/IN shelling/VBG/shell villages/NNS/village "
                        + ",/, saying/VBG/say artillery/NN fire/NN damaged/VBD/damage a/DT school/NN and/CC "
                        + "wounded/VBD/wound a/DT policeman/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; amod 5 4; obl 1 5; punct 1 6; conj 1 7; compound 9 8; "
                        + "nsubj 10 9; ccomp 7 10; det 12 11; obj 10 12; cc 14 13; conj 1 14; det 16 15; obj 14 16; punct 1 17");
        List<Event> events = code(s, m(0, 0, 1, "GEO", null, "Georgia"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 16, 17, "GEO", "COP", "Georgia"));
        assertTrue(events.stream().noneMatch(e -> "ASSAULT".equals(e.type()) && codes(e.actors()).contains("GEO")),
                () -> "the accuser wounded no one: " + describe(events));
        assertEquals(10, CODER.conjunctsRepaired(s).head(14));

        // with a comma before "and" the verb continues the main clause, as parsed
        Sentence comma = sentence(0, "Georgia/NNP accused/VBD/accuse Russia/NNP of/IN shelling/VBG/shell villages/NNS/village "
                        + ",/, saying/VBG/say artillery/NN fire/NN damaged/VBD/damage a/DT school/NN ,/, and/CC "
                        + "recalled/VBD/recall its/PRP$/its ambassador/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; amod 5 4; obl 1 5; punct 1 6; conj 1 7; compound 9 8; "
                        + "nsubj 10 9; ccomp 7 10; det 12 11; obj 10 12; punct 15 13; cc 15 14; conj 1 15; "
                        + "nmod:poss 17 16; obj 15 17; punct 1 18");
        assertEquals(1, CODER.conjunctsRepaired(comma).head(15));
    }

    @Test
    void aDemandCodedTwiceByItsVerbAndItsClauseIsOneEvent() {
        Sentence s = sentence(0, "The/DT British/JJ minister/NN insisted/VBD/insist that/IN Iran/NNP must/MD release/VB "
                        + "the/DT detained/VBN/detain sailors/NNS/sailor ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 3 7; det 10 8; amod 10 9; "
                        + "obj 7 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 3, "GBR", "GOV", "United Kingdom"), m(0, 5, 6, "IRN", null, "Iran"));
        Event demand = only(events, "10");
        assertEquals(List.of("IRN"), codes(demand.recipients()));
        assertEquals(events.size(), events.stream().map(Event::id).distinct().count(), () -> describe(events));
    }

    @Test
    void officialsAskingOfTheirOwnCountryAddressNoOne() {
        Sentence s = sentence(0, "Lavrov/NNP insisted/VBD/insist that/IN Russia/NNP needed/VBD/need firm/JJ "
                        + "guarantees/NNS/guarantee ./.",
                "nsubj 1 0; root -1 1; mark 4 2; nsubj 4 3; ccomp 1 4; amod 6 5; obj 4 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "RUS", "GOV", "Sergey Lavrov"), m(0, 3, 4, "RUS", null, "Russia")), "10");
        assertEquals(List.of(), codes(e.recipients()), "Russia is Lavrov's own country, not the one he asks");

        Sentence other = sentence(0, "Blinken/NNP insisted/VBD/insist that/IN Russia/NNP needed/VBD/need to/TO "
                        + "withdraw/VB ./.",
                "nsubj 1 0; root -1 1; mark 4 2; nsubj 4 3; ccomp 1 4; mark 6 5; xcomp 4 6; punct 1 7");
        List<Event> events = code(other, m(0, 0, 1, "USA", "GOV", "Antony Blinken"), m(0, 3, 4, "RUS", null, "Russia"));
        assertTrue(events.stream().anyMatch(x -> "REQUEST".equals(x.type()) && codes(x.recipients()).equals(List.of("RUS"))),
                () -> describe(events));
    }

    @Test
    void anActBarredFromHappeningIsNegated() {
        // "banned the generals from traveling to the bloc": the ban is asserted, the trip is not
        Sentence s = sentence(0, "The/DT EU/NNP banned/VBD/ban two/CD Iranian/JJ generals/NNS/general from/IN "
                        + "traveling/VBG/travel to/IN the/DT bloc/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; nummod 5 3; amod 5 4; obj 2 5; case 7 6; advcl 2 7; case 10 8; det 10 9; "
                        + "obl 7 10; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 3, 6, "IRN", "MIL", "Iran"),
                m(0, 9, 11, "IGOEU", null, "European Union"));
        assertTrue(events.stream().filter(e -> e.mentions().get(0).trigger().equals("traveling"))
                .allMatch(e -> e.modality() == Modality.NEGATED), () -> describe(events));
        assertTrue(events.stream().anyMatch(e -> e.mentions().get(0).trigger().equals("traveling")), () -> describe(events));
    }

    @Test
    void targetingWithAWeaponIsAnAttackEvenWithTheInstrumentHungOnTheObject() {
        Sentence s = sentence(0, "Houthi/NNP fighters/NNS/fighter targeted/VBD/target a/DT Saudi/JJ border/NN post/NN "
                        + "with/IN drones/NNS/drone ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 6 3; amod 6 4; compound 6 5; obj 2 6; case 8 7; nmod 6 8; punct 2 9");
        Event e = only(code(s, m(0, 0, 2, "YEM", "REB", "Houthis"), m(0, 4, 7, "SAU", "MIL", "Saudi Arabia")), "19");
        assertEquals("195", e.cameo());
        assertEquals(List.of("SAUMIL"), codes(e.recipients()));

        Sentence sanctions = sentence(0, "The/DT sanctions/NNS/sanction targeted/VBD/target senior/JJ officials/NNS/official ./.",
                "det 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; punct 2 5");
        assertTrue(code(sanctions, m(0, 3, 5, "IRN", "GOV", "Iran")).stream().noneMatch(x -> x.cameo().startsWith("19")));
    }

    @Test
    void aClauseSetAgainstANegatedOneByButIsNotNegated() {
        Sentence s = sentence(0, "Hezbollah/NNP did/VBD/do not/RB claim/VB the/DT launch/NN ,/, but/CC said/VBD/say "
                        + "its/PRP$/its fighters/NNS/fighter shelled/VBD/shell an/DT Israeli/JJ post/NN ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; det 5 4; obj 3 5; punct 8 6; cc 8 7; conj 3 8; "
                        + "nmod:poss 10 9; nsubj 11 10; ccomp 8 11; det 14 12; amod 14 13; obj 11 14; punct 3 15");
        Event shelling = only(code(s, m(0, 0, 1, "LBN", "REB", "Hezbollah"), m(0, 9, 11, "LBN", "REB", "Hezbollah"),
                m(0, 13, 15, "ISR", "MIL", "Israel")), "19");
        assertEquals(Modality.ASSERTED, shelling.modality());

        // "or" shares the negation: neither act happened
        Sentence or = sentence(0, "Russia/NNP did/VBD/do not/RB attack/VB Kyiv/NNP or/CC shell/VB Kharkiv/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4; cc 6 5; conj 3 6; obj 6 7; punct 3 8");
        List<Event> events = code(or, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "UKR", null, "Ukraine"),
                m(0, 7, 8, "UKR", null, "Ukraine"));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> e.modality() == Modality.NEGATED), () -> describe(events));

        // "but" lifts the negation only: the auxiliary "will" still makes the second act future
        Sentence will = sentence(0, "Russia/NNP will/MD/will not/RB attack/VB Kyiv/NNP but/CC negotiate/VB/negotiate "
                        + "with/IN Ukraine/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4; cc 6 5; conj 3 6; case 8 7; obl 6 8; punct 3 9");
        List<Event> talks = code(will, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "UKR", null, "Ukraine"),
                m(0, 8, 9, "UKR", null, "Ukraine"));
        assertEquals(Modality.FUTURE, only(talks, "04").modality(), () -> describe(talks));
    }

    @Test
    void peopleHandedOverAreReleasedButDocumentsAreNot() {
        Sentence people = sentence(0, "The/DT rebels/NNS/rebel handed/VBD/hand over/RP three/CD Colombian/JJ soldiers/NNS/soldier "
                        + "to/IN the/DT Red/NNP Cross/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; nummod 6 4; amod 6 5; obj 2 6; case 10 7; det 10 8; "
                        + "compound 10 9; obl 2 10; punct 2 11");
        Event e = only(code(people, m(0, 0, 2, "COL", "REB", "Colombia"), m(0, 4, 7, "COL", "MIL", "Colombia"),
                m(0, 8, 11, "NGOICR", "NGO", "International Committee of the Red Cross")), "08");
        assertEquals("0841", e.cameo());

        Sentence papers = sentence(0, "The/DT ministry/NN handed/VBD/hand over/RP the/DT documents/NNS/document to/IN "
                        + "the/DT court/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; det 5 4; obj 2 5; case 8 6; det 8 7; obl 2 8; punct 2 9");
        assertTrue(code(papers, m(0, 0, 2, "GEO", "GOV", "Georgia"), m(0, 7, 9, "GEO", "JUD", "Georgia")).stream()
                .noneMatch(x -> x.cameo().startsWith("08")));
    }

    @Test
    void pepperSprayOnDemonstratorsIsRepression() {
        Sentence s = sentence(0, "Police/NNS/police used/VBD/use pepper/NN spray/NN on/IN demonstrators/NNS/demonstrator ./.",
                "nsubj 1 0; root -1 1; compound 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "GEO", "COP", "Georgia"), m(0, 5, 6, "GEO", "CVL", "Georgia")), "17");
        assertEquals("175", e.cameo());
        assertEquals(List.of("GEOCVL"), codes(e.recipients()));
    }

    @Test
    void aWarrantAccusesForTheCourtThatIssuedIt() {
        Sentence s = sentence(0, "The/DT court/NN issued/VBD/issue an/DT arrest/NN warrant/NN for/IN the/DT general/NN ,/, "
                        + "accusing/VBG/accuse him/PRP/he of/IN war/NN crimes/NNS/crime ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 8 6; det 8 7; nmod 5 8; punct 5 9; "
                        + "acl 5 10; obj 10 11; case 14 12; compound 14 13; obl 10 14; punct 2 15");
        Event e = only(code(s, m(0, 0, 2, "IGOICC", "JUD", "International Criminal Court"), m(0, 7, 9, "SDN", "MIL", "Sudan"),
                m(0, 11, 12, "SDN", "MIL", "Sudan")), "11");
        assertEquals(List.of("IGOICC"), e.actors().stream().map(Actor::country).toList(), () -> describe(List.of(e)));
        assertEquals(List.of("SDNMIL"), codes(e.recipients()));
    }

    @Test
    void blockingADecreeIsAVetoAndForcingOnesWayCoercesNoOne() {
        Sentence veto = sentence(0, "Lawmakers/NNS/lawmaker blocked/VBD/block the/DT decree/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        assertEquals("129", only(code(veto, m(0, 0, 1, "KOR", "LEG", "South Korea")), "12").cameo());

        Sentence way = sentence(0, "Lawmakers/NNS/lawmaker forced/VBD/force their/PRP$/they way/NN past/IN police/NNS/police ./.",
                "nsubj 1 0; root -1 1; nmod:poss 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        List<Event> events = code(way, m(0, 0, 1, "KOR", "LEG", "South Korea"), m(0, 5, 6, "KOR", "COP", "South Korea"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("17")), () -> describe(events));
    }

    @Test
    void aVowToUseForceIsAThreatNotAnIntentToCooperate() {
        Sentence s = sentence(0, "The/DT army/NN vowed/VBD/vow to/TO hunt/VB/hunt down/RP the/DT militants/NNS/militant ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; compound:prt 4 5; det 7 6; obj 4 7; punct 2 8");
        List<Event> events = code(s, m(0, 0, 2, "BFA", "MIL", "Burkina Faso"), m(0, 6, 8, "BFA", "REB", "Burkina Faso"));
        Event vow = only(events, "13");
        assertEquals("1384", vow.cameo());
        assertEquals(Modality.ASSERTED, vow.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
        assertEquals(Modality.FUTURE, only(events, "19").modality());
    }

    @Test
    void anUnnamedTorturerIsNoArmedGangAndASuspensionAbroadIsAimedAtNoHost() {
        // torture (1822) is done by jailers and states as often as by gangs: no UAF for an unnamed one
        Sentence torture = sentence(0, "A/DT detainee/NN was/VBD/be tortured/VBN/torture in/IN Damascus/NNP ./.",
                "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl 3 5; punct 3 6");
        ResolvedArticle article = new ResolvedArticle(article("doc-1", PUBLISHED, torture),
                List.of(m(0, 0, 2, "SYR", "CVL", "Syria")),
                List.of(new PlaceMention(0, 5, 6, 5, new Location("Damascus", "Damascus", "SYR", 33.51, 36.29,
                        Location.CITY), true)));
        Event e = only(CODER.code(article), "18");
        assertEquals(List.of(), codes(e.actors()), () -> describe(List.of(e)));

        // cutting relations in a third country is aimed at the party, not at the host
        Sentence talks = sentence(0, "Russia/NNP broke/VBD/break off/RP relations/NNS/relation in/IN Geneva/NNP ./.",
                "nsubj 1 0; root -1 1; compound:prt 1 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        ResolvedArticle abroad = new ResolvedArticle(article("doc-1", PUBLISHED, talks), List.of(m(0, 0, 1, "RUS", null, "Russia")),
                List.of(new PlaceMention(0, 5, 6, 5, new Location("Geneva", "Geneva", "CHE", 46.2, 6.14,
                        Location.CITY), true)));
        Event cut = only(CODER.code(abroad), "16");
        assertEquals(List.of(), codes(cut.recipients()), () -> describe(List.of(cut)));
    }

    @Test
    void anAnnouncedDecisionToActStatesAnIntentEvenAsAClauseOfTheNoun() {
        Sentence s = sentence(0, "Russia/NNP announced/VBD/announce its/PRP$/its decision/NN to/TO withdraw/VB/withdraw "
                        + "troops/NNS/troop ./.",
                "nsubj 1 0; root -1 1; nmod:poss 3 2; obj 1 3; mark 5 4; acl 3 5; obj 5 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "RUS", null, "Russia"));
        Event intent = only(events, "03");
        assertEquals(Modality.ASSERTED, intent.modality());
        assertEquals(Modality.FUTURE, only(events, "08").modality());
    }

    @Test
    void anActAvoidedIsNegated() {
        Sentence s = sentence(0, "The/DT delegates/NNS/delegate avoided/VBD/avoid talks/NNS/talk with/IN Iran/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; nmod 3 5; punct 2 6");
        List<Event> events = code(s, m(0, 0, 2, "FRA", "GOV", "France"), m(0, 5, 6, "IRN", null, "Iran"));
        assertEquals(Modality.NEGATED, only(events, "04").modality(), () -> describe(events));
    }

    @Test
    void whereAStrikeSpreadsIsNotWhomItIsAimedAt() {
        Sentence s = sentence(0, "Kenyan/JJ teachers/NNS/teacher went/VBD/go on/IN strike/NN across/IN the/DT country/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; case 7 5; det 7 6; nmod 4 7; punct 2 8");
        Event e = only(code(s, m(0, 0, 2, "KEN", "EDU", "Kenya"), m(0, 6, 8, "KEN", null, "Kenya")), "14");
        assertEquals(List.of("KENGOV"), codes(e.recipients()), "a domestic strike is aimed at the government");
    }

    @Test
    void lightVerbTakesTheSpecificCodeOfItsObject() {
        // "launch strike" is an attack (190); a hunger strike launched is a protest
        Sentence s = sentence(0, "Palestinian/JJ prisoners/NNS/prisoner launched/VBD/launch a/DT hunger/NN strike/NN to/TO "
                        + "protest/VB their/PRP$/they detention/NN by/IN Israel/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; mark 7 6; xcomp 2 7; nmod:poss 9 8; "
                        + "obj 7 9; case 11 10; nmod 9 11; punct 2 12");
        List<Event> events = code(s, m(0, 0, 1, "PSE", null, "Palestine"), m(0, 11, 12, "ISR", null, "Israel"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), () -> describe(events));
        assertEquals("142", only(events, "142").cameo());
    }

    @Test
    void obstructionInProtestAgainstATaxIsForPolicyChange() {
        Sentence s = sentence(0, "French/JJ farmers/NNS/farmer blockaded/VBN/blockade highways/NNS/highway in/IN protest/NN "
                        + "against/IN the/DT new/JJ fuel/NN tax/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; case 10 6; det 10 7; amod 10 8; compound 10 9; "
                        + "nmod 5 10; punct 2 11");
        Event e = only(code(s, m(0, 0, 2, "FRA", "AGR", "France")), "14");
        assertEquals("1442", e.cameo());
        assertEquals(List.of("FRAGOV"), codes(e.recipients()));
    }

    @Test
    void othersExpectationIsNoIntentOfTheActor() {
        Sentence s = sentence(0, "Chinese/JJ Foreign/NNP Minister/NNP Wang/NNP Yi/NNP is/VBZ/be expected/VBN/expect to/TO "
                        + "travel/VB to/IN New/NNP Delhi/NNP next/JJ week/NN ./.",
                "amod 2 0; compound 2 1; compound 4 2; compound 4 3; nsubj:pass 6 4; aux:pass 6 5; root -1 6; mark 8 7; "
                        + "xcomp 6 8; case 11 9; compound 11 10; obl 8 11; amod 13 12; obl:tmod 8 13; punct 6 14",
                "12 14 2022-W08");
        List<Event> events = code(s, m(0, 0, 5, "CHN", "GOV", "Wang Yi"), m(0, 10, 12, "IND", "GOV", "India"));
        Event visit = only(events, "04");
        assertEquals("042", visit.cameo());
        assertEquals(Modality.FUTURE, visit.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));

        Sentence likely = sentence(0, "Wang/NNP Yi/NNP is/VBZ/be likely/JJ to/TO visit/VB New/NNP Delhi/NNP ./.",
                "compound 1 0; nsubj 3 1; cop 3 2; root -1 3; mark 5 4; xcomp 3 5; compound 7 6; obj 5 7; punct 3 8");
        List<Event> second = code(likely, m(0, 0, 2, "CHN", "GOV", "Wang Yi"), m(0, 6, 8, "IND", "GOV", "India"));
        assertEquals(Modality.FUTURE, only(second, "04").modality(), "likely, not yet done");
        assertTrue(second.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(second));
    }

    @Test
    void agentNounSubjectOfTheSameActIsOneEvent() {
        Sentence s = sentence(0, "A/DT suicide/NN bomber/NN killed/VBD/kill 20/CD people/NNS/person at/IN a/DT mosque/NN "
                        + "in/IN Peshawar/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; nummod 5 4; obj 3 5; case 8 6; det 8 7; obl 3 8; "
                        + "case 10 9; nmod 8 10; punct 3 11");
        List<Event> events = code(s, m(0, 1, 3, "PAK", "UAF", "Pakistan"), m(0, 5, 6, "PAK", "CVL", "Pakistan"));
        assertEquals(1, events.size(), () -> describe(events));
        Event attack = events.get(0);
        assertEquals("1831", attack.cameo(), "the more specific code");
        assertEquals(List.of("PAKUAF"), codes(attack.actors()));
        assertEquals(List.of("PAKCVL"), codes(attack.recipients()));
        assertEquals("killed", attack.mentions().get(0).trigger());
    }

    @Test
    void byPhraseAfterTheObjectNamesTheTarget() {
        Sentence s = sentence(0, "Beijing/NNP criticized/VBD/criticize remarks/NNS/remark by/IN the/DT Philippine/JJ "
                        + "president/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 6 3; det 6 4; amod 6 5; obl 1 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "CHN", "GOV", "China"), m(0, 4, 7, "PHL", "GOV", "Philippines")), "11");
        assertEquals(List.of("CHNGOV"), codes(e.actors()));
        assertEquals(List.of("PHLGOV"), codes(e.recipients()), "the author of the remarks");
    }

    @Test
    void participleHungOnAPlaceBelongsToTheClauseSubject() {
        // the parser's two readings: "killing" as dep of the verb, and as acl of the place struck
        Sentence dep = sentence(0, "Russian/JJ missiles/NNS/missile hit/VBD a/DT school/NN in/IN Mariupol/NNP ,/, "
                        + "killing/VBG/kill dozens/NNS/dozen of/IN civilians/NNS/civilian ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7; dep 2 8; obj 8 9; "
                        + "case 11 10; nmod 9 11; punct 2 12");
        List<Event> events = code(dep, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 7, "UKR", "EDU", "Ukraine"),
                m(0, 11, 12, "UKR", "CVL", "Ukraine"));
        Event killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killing")).findFirst().orElseThrow();
        assertEquals(List.of("RUS"), codes(killing.actors()), () -> describe(events));
        assertEquals(List.of("UKRCVL"), codes(killing.recipients()));

        Sentence acl = sentence(0, "Gunmen/NNS/gunman stormed/VBD/storm a/DT hotel/NN in/IN Mogadishu/NNP ,/, "
                        + "killing/VBG/kill at/IN least/RBS 15/CD people/NNS/person ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; punct 3 6; acl 3 7; case 9 8; "
                        + "obl:npmod 10 9; nummod 11 10; obj 7 11; punct 1 12");
        List<Event> second = code(acl, m(0, 0, 1, "SOM", "UAF", "Somalia"), m(0, 11, 12, "SOM", "CVL", "Somalia"));
        Event killed = second.stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow();
        assertEquals(List.of("SOMUAF"), codes(killed.actors()), () -> describe(second));
        assertEquals(List.of("SOMCVL"), codes(killed.recipients()));
    }

    @Test
    void partiesOwnPeopleInAnAgreedThatClauseAreNoTarget() {
        Sentence s = sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP agreed/VBD/agree that/IN their/PRP$/they military/JJ "
                        + "commanders/NNS/commander should/MD meet/VB next/JJ month/NN ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 9 4; nmod:poss 7 5; amod 7 6; nsubj 9 7; aux 9 8; "
                        + "ccomp 3 9; amod 11 10; obl:tmod 9 11; punct 3 12");
        // resolved without a country, so the possessive alone does not tie them to the parties
        Event agree = only(code(s, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan"),
                m(0, 5, 8, null, "MIL", "military")), "03");
        assertEquals(List.of("ARM", "AZE"), codes(agree.actors()));
        assertEquals(List.of(), codes(agree.recipients()));
    }

    @Test
    void quotedDemandWithTheSpeakerLast() {
        Sentence s = sentence(0, "\"/`` Russia/NNP must/MD withdraw/VB all/PDT its/PRP$ troops/NNS ,/, \"/'' the/DT "
                        + "German/JJ chancellor/NN told/VBD/tell reporters/NNS/reporter ./.",
                "punct 3 0; nsubj 3 1; aux 3 2; root -1 3; det:predet 6 4; nmod:poss 6 5; obj 3 6; punct 3 7; punct 3 8; "
                        + "det 11 9; amod 11 10; nsubj 12 11; parataxis 3 12; obj 12 13; punct 3 14");
        List<Event> events = code(s, m(0, 1, 2, "RUS", null, "Russia"), m(0, 9, 12, "DEU", "GOV", "Olaf Scholz"));
        Event demand = only(events, "10");
        assertEquals(List.of("DEUGOV"), codes(demand.actors()));
        assertEquals(List.of("RUS"), codes(demand.recipients()));
        assertEquals(Modality.ASSERTED, demand.modality(), "said, not only wanted");
    }

    @Test
    void demandOfAProtestParsedAsDepIsNoSecondEvent() {
        Sentence s = sentence(0, "Opposition/NN supporters/NNS/supporter protested/VBD/protest in/IN Dhaka/NNP ,/, "
                        + "demanding/VBG/demand the/DT resignation/NN of/IN the/DT prime/JJ minister/NN ./.",
                "compound 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; punct 2 5; dep 2 6; det 8 7; obj 6 8; "
                        + "case 12 9; det 12 10; amod 12 11; nmod 8 12; punct 2 13");
        List<Event> events = code(s, m(0, 0, 2, "BGD", "OPP", "Bangladesh"), m(0, 10, 13, "BGD", "GOV", "Bangladesh"));
        assertTrue(events.stream().noneMatch(e -> "REQUEST".equals(e.type())), () -> describe(events));
        only(events, "14");
    }

    @Test
    void firstPersonInAQuoteIsTheSpeakersSide() {
        Sentence s = sentence(0, "\"/`` We/PRP will/MD not/RB negotiate/VB with/IN terrorists/NNS/terrorist ,/, \"/'' "
                        + "Netanyahu/NNP said/VBD/say ./.",
                "punct 10 0; nsubj 4 1; aux 4 2; advmod 4 3; ccomp 10 4; case 6 5; obl 4 6; punct 10 7; punct 10 8; "
                        + "nsubj 10 9; root -1 10; punct 10 11");
        List<Event> events = code(s, m(0, 6, 7, "ISR", "REB", "Israel"), m(0, 9, 10, "ISR", "GOV", "Benjamin Netanyahu"));
        Event refusal = only(events, "12");
        assertEquals(List.of("ISRGOV"), codes(refusal.actors()), () -> describe(events));
        assertEquals(List.of("ISRREB"), codes(refusal.recipients()));
        assertEquals(Modality.NEGATED, only(events, "04").modality());
    }

    @Test
    void armedMenStormingIsAnAssaultNotARiot() {
        Sentence s = sentence(0, "Gunmen/NNS/gunman stormed/VBD/storm a/DT hotel/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<Event> events = code(s, m(0, 0, 1, "SOM", "UAF", "Somalia"));
        assertEquals("180", only(events, "18").cameo(), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> "PROTEST".equals(e.type())));
    }

    @Test
    void complementsOwnToPhraseBeforeItsObject() {
        Sentence s = sentence(0, "Kenya/NNP offered/VBD/offer to/TO send/VB police/NN officers/NNS/officer to/IN Haiti/NNP ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; compound 5 4; obj 3 5; case 7 6; obl 3 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 4, 6, "KEN", "COP", "Kenya"),
                m(0, 7, 8, "HTI", null, "Haiti"));
        Event offer = only(events, "03");
        assertEquals(List.of("HTI"), codes(offer.recipients()), "Kenya's own officers are sent, to Haiti");
    }

    @Test
    void aidTrucksLetInAreHumanitarianAccess() {
        Sentence s = sentence(0, "Israel/NNP allowed/VBD/allow aid/NN trucks/NNS/truck into/IN Gaza/NNP ./.",
                "nsubj 1 0; root -1 1; compound 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "ISR", null, "Israel"), m(0, 5, 6, "PSE", null, "Palestine")), "08");
        assertEquals("0863", e.cameo());
        assertEquals(List.of("PSE"), codes(e.recipients()));
    }

    @Test
    void noTalksHeldBetweenTwoPartiesIsANegatedMeeting() {
        Sentence s = sentence(0, "No/DT talks/NNS/talk were/VBD/be held/VBN/hold between/IN Armenia/NNP and/CC Azerbaijan/NNP ./.",
                "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl 3 5; cc 7 6; conj 5 7; punct 3 8");
        Event e = only(code(s, m(0, 5, 6, "ARM", null, "Armenia"), m(0, 7, 8, "AZE", null, "Azerbaijan")), "04");
        assertEquals(List.of("ARM"), codes(e.actors()));
        assertEquals(List.of("AZE"), codes(e.recipients()));
        assertEquals(Modality.NEGATED, e.modality());
    }

    @Test
    void oneBetweenPhraseNamingBothPartiesIsSplit() {
        Sentence s = sentence(0, "There/EX were/VBD/be no/DT clashes/NNS/clash between/IN Indian/JJ and/CC Chinese/JJ "
                        + "troops/NNS ./.",
                "expl 1 0; root -1 1; det 3 2; nsubj 1 3; case 8 4; amod 8 5; cc 7 6; conj 5 7; nmod 3 8; punct 1 9");
        List<Event> events = code(s, m(0, 5, 9, "IND", "MIL", "India"), m(0, 5, 9, "CHN", "MIL", "China"));
        assertEquals(List.of("INDMIL->CHNMIL", "CHNMIL->INDMIL"), directions(events, "19"), "clashes are fought by both");
        assertTrue(events.stream().allMatch(e -> e.modality() == Modality.NEGATED), () -> describe(events));
    }

    @Test
    void actDeniedThroughTheReportsOfIt() {
        Sentence s = sentence(0, "The/DT army/NN denied/VBD/deny reports/NNS/report that/IN it/PRP had/VBD/have "
                        + "bombed/VBN/bomb a/DT market/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 3 7; det 9 8; obj 7 9; punct 2 10");
        List<Event> events = code(s, m(0, 0, 2, "SDN", "MIL", "Sudan"), m(0, 5, 6, "SDN", "MIL", "Sudan"));
        assertEquals(Modality.DENIED, only(events, "19").modality());
        assertTrue(events.stream().noneMatch(e -> "REJECT".equals(e.type())), () -> describe(events));
        // denying the reports is a denial (016) beside the denied act: the one asserted event
        Event denial = only(events, "01");
        assertEquals("016", denial.cameo());
        assertEquals(Modality.ASSERTED, denial.modality());
        assertNull(denial.type());
    }

    @Test
    void aPluralTheLemmatizerKeptMatchesItsSingularItem() {
        Sentence s = sentence(0, "Ghana/NNP pledged/VBD/pledge to/TO contribute/VB 800/CD troops/NNS to/IN the/DT UN/NNP "
                        + "mission/NN ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; nummod 5 4; obj 3 5; case 9 6; det 9 7; compound 9 8; "
                        + "obl 3 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "GHA", null, "Ghana"), m(0, 5, 6, "GHA", "MIL", "Ghana"),
                m(0, 7, 9, "IGO", "UNO", "United Nations"));
        assertEquals("074", only(events, "07").cameo(), () -> describe(events));
        assertEquals("0334", only(events, "03").cameo(), "intent to provide peacekeepers");
    }

    @Test
    void claimedOrDisownedResponsibilityNamesTheSourceOfTheAct() {
        Sentence claimed = sentence(0, "Al/NNP -/HYPH Shabaab/NNP claimed/VBD/claim responsibility/NN for/IN the/DT attack/NN ./.",
                "compound 2 0; punct 2 1; nsubj 3 2; root -1 3; obj 3 4; case 7 5; det 7 6; nmod 4 7; punct 3 8");
        Event attack = only(code(claimed, m(0, 0, 3, "SOM", "REB", "al-Shabaab")), "19");
        assertEquals(List.of("SOMREB"), codes(attack.actors()));
        assertEquals(Modality.ASSERTED, attack.modality());

        Sentence denied = sentence(0, "Iran/NNP has/VBZ/have denied/VBN/deny any/DT involvement/NN in/IN the/DT attack/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; punct 2 8");
        Event disowned = only(code(denied, m(0, 0, 1, "IRN", null, "Iran")), "19");
        assertEquals(List.of("IRN"), codes(disowned.actors()));
        assertEquals(Modality.DENIED, disowned.modality());
    }

    @Test
    void callingForAnActIsAnAppealNotTheAct() {
        Sentence s = sentence(0, "Protesters/NNS/protester called/VBN/call for/IN the/DT release/NN of/IN political/JJ "
                        + "prisoners/NNS/prisoner ./.",
                "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl 1 4; case 7 5; amod 7 6; nmod 4 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "IRN", "PRO", "Iran"));
        assertEquals("0253", only(events, "02").cameo(), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("08")), () -> describe(events));
    }

    @Test
    void aSumsInPhraseNamesWhatIsCounted() {
        Sentence s = sentence(0, "Switzerland/NNP froze/VBD/freeze $/$ 8/CD billion/CD in/IN Russian/JJ assets/NNS/asset ./.",
                "nsubj 1 0; root -1 1; obj 1 2; compound 4 3; nummod 2 4; case 7 5; amod 7 6; nmod 2 7; punct 1 8");
        Event e = only(code(s, m(0, 0, 1, "CHE", null, "Switzerland"), m(0, 6, 7, "RUS", null, "Russia")), "16");
        assertEquals(List.of("RUS"), codes(e.recipients()));
    }

    @Test
    void quotedThreatWithTheOfficialSpeakingLast() {
        Sentence s = sentence(0, "\"/`` Israel/NNP will/MD continue/VB to/TO strike/VB Hezbollah/NNP ,/, \"/`` the/DT "
                        + "Israeli/JJ defence/NN minister/NN said/VBD/say on/IN Tuesday/NNP ./.",
                "punct 3 0; nsubj 3 1; aux 3 2; root -1 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7; punct 3 8; det 12 9; "
                        + "amod 12 10; compound 12 11; nsubj 13 12; ccomp 3 13; case 15 14; obl 13 15; punct 3 16",
                "15 16 2022-02-15");
        List<Event> events = code(s, m(0, 1, 2, "ISR", null, "Israel"), m(0, 6, 7, "LBN", "REB", "Hezbollah"),
                m(0, 9, 13, "ISR", "GOV", "Yoav Gallant"));
        Event threat = only(events, "13");
        assertEquals(List.of("ISR"), codes(threat.actors()));
        assertEquals(List.of("LBNREB"), codes(threat.recipients()));
        assertEquals("said", threat.mentions().get(0).trigger());
        assertEquals(LocalDate.of(2022, 2, 15), threat.date().date(), "dated by the speech verb");
    }

    @Test
    void aJointSubjectOfAReciprocalActActsOnEachOther() {
        Sentence s = sentence(0, "Armenian/JJ and/CC Azerbaijani/JJ forces/NNS/force exchanged/VBD/exchange fire/NN along/IN "
                        + "the/DT border/NN ./.",
                "amod 3 0; cc 2 1; conj 0 2; nsubj 4 3; root -1 4; obj 4 5; case 8 6; det 8 7; obl 4 8; punct 4 9");
        List<Event> events = code(s, m(0, 0, 4, "ARM", "MIL", "Armenia"), m(0, 0, 4, "AZE", "MIL", "Azerbaijan"));
        assertEquals(List.of("ARMMIL->AZEMIL", "AZEMIL->ARMMIL"), directions(events, "19"), "each side fires on the other");
        assertEquals(2, events.stream().map(Event::id).distinct().count(), "two events, not one written twice");
    }

    @Test
    void aWeaponModifyingTheActNamesItsMeansNotItsTarget() {
        // 0 Thai 1 and 2 Cambodian 3 troops 4 exchanged 5 artillery 6 fire 7 along 8 the 9 border 10 .
        Sentence s = sentence(0, "Thai/NNP and/CC Cambodian/JJ troops/NNS/troop exchanged/VBD/exchange artillery/NN "
                        + "fire/NN along/IN the/DT border/NN ./.",
                "nsubj 4 0; cc 3 1; amod 3 2; conj 0 3; root -1 4; compound 6 5; obj 4 6; case 9 7; det 9 8; obl 4 9; "
                        + "punct 4 10");
        List<Event> events = code(s, m(0, 0, 1, "THA", "MIL", "Thailand"), m(0, 2, 4, "KHM", "MIL", "Cambodia"),
                m(0, 5, 6, null, "MIL", "artillery"));
        assertEquals(List.of("KHMMIL->THAMIL", "THAMIL->KHMMIL"), directions(events, "19").stream().sorted().toList(),
                describe(events));
    }

    @Test
    void anyOfTheJoinedObjectsMayMatchThePattern() {
        Sentence s = sentence(0, "Norway/NNP sent/VBD/send doctors/NNS/doctor and/CC food/NN aid/NN to/IN Yemen/NNP ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 5 3; compound 5 4; conj 2 5; case 7 6; obl 1 7; punct 1 8");
        Event aid = only(code(s, m(0, 0, 1, "NOR", null, "Norway"), m(0, 7, 8, "YEM", null, "Yemen")), "07");
        assertEquals(List.of("NOR->YEM"), directions(List.of(aid), "07"));

        Sentence subject = sentence(0, "Norway/NNP sent/VBD/send doctors/NNS/doctor to/IN Yemen/NNP and/CC "
                        + "food/NN aid/NN arrived/VBD/arrive ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; cc 8 5; compound 7 6; nsubj 8 7; conj 1 8; punct 1 9");
        assertTrue(code(subject, m(0, 0, 1, "NOR", null, "Norway"), m(0, 4, 5, "YEM", null, "Yemen")).stream()
                .noneMatch(e -> e.cameo().startsWith("07")), "aid in another clause is not what was sent");
    }

    @Test
    void speakersReadAsItemsOfAListAreTheSubjectOfTheirAttribution() {
        // the parser's reading: "Qatar" and "Egypt" more items after "truce", "said" with no subject
        Sentence s = sentence(0, "The/DT rebels/NNS/rebel agreed/VBD/agree to/IN a/DT truce/NN ,/, Qatar/NNP and/CC "
                        + "Egypt/NNP said/VBD/say ./.",
                "det 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl 2 5; punct 5 6; conj 5 7; cc 9 8; conj 5 9; "
                        + "dep 2 10; punct 2 11");
        Sentence repaired = CODER.attributionsRepaired(s);
        assertEquals("nsubj", repaired.relation(7), "Qatar speaks");
        assertEquals(10, repaired.head(7));
        assertEquals("conj", repaired.relation(9), "and so does Egypt");
        assertEquals(7, repaired.head(9));
        List<Event> events = code(s, m(0, 0, 2, "YEM", "REB", "Yemen"), m(0, 7, 8, "QAT", null, "Qatar"),
                m(0, 9, 10, "EGY", null, "Egypt"));
        Event truce = only(events, "03");
        assertEquals(List.of("YEMREB"), codes(truce.actors()));
        assertTrue(truce.recipients().isEmpty(), "the speakers are not the other party: " + describe(events));

        Sentence noComma = sentence(0, "The/DT rebels/NNS/rebel agreed/VBD/agree to/IN talks/NNS/talk with/IN Qatar/NNP "
                        + "and/CC Egypt/NNP said/VBD/say ./.",
                "det 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; case 6 5; nmod 4 6; cc 8 7; conj 6 8; dep 2 9; "
                        + "punct 2 10");
        assertEquals(noComma.dependencies(), CODER.attributionsRepaired(noComma).dependencies(),
                "names after 'with', not after a comma, are the talks' parties, not speakers");
    }

    @Test
    void thePartyJudgedIsTheSubjectOfTheSmallClauseNotItsPredicate() {
        Sentence called = sentence(0, "Paris/NNP called/VBD/call the/DT junta/NN illegitimate/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 4 3; xcomp 1 4; punct 1 5");
        Event e = only(code(called, m(0, 0, 1, "FRA", "GOV", "France"), m(0, 2, 4, "MLI", "MIL", "Mali")), "11");
        assertEquals(List.of("FRAGOV->MLIMIL"), directions(List.of(e), "11"));

        Sentence branded = sentence(0, "Moscow/NNP branded/VBD/brand the/DT Ukrainian/JJ leader/NN a/DT terrorist/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; iobj 1 4; det 6 5; obj 1 6; punct 1 7");
        Event b = only(code(branded, m(0, 0, 1, "RUS", "GOV", "Russia"), m(0, 2, 5, "UKR", "GOV", "Ukraine"),
                m(0, 5, 7, "RUS", "REB", "Russia")), "11");
        assertEquals(List.of("RUSGOV->UKRGOV"), directions(List.of(b), "11"), "the leader is branded, not 'a terrorist'");

        Sentence praised = sentence(0, "Paris/NNP called/VBD/call the/DT vote/NN fair/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 4 3; xcomp 1 4; punct 1 5");
        assertTrue(code(praised, m(0, 0, 1, "FRA", "GOV", "France")).isEmpty(), "calling a vote fair judges no one");
    }

    @Test
    void aJoinedObjectDecidesOnlyWhereTheFirstMatchesLess() {
        Sentence s = sentence(0, "Russia/NNP sent/VBD/send troops/NNS/troop and/CC tanks/NNS/tank to/IN Belarus/NNP ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; case 6 5; obl 1 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 6, 7, "BLR", null, "Belarus"));
        assertEquals(List.of("154"), events.stream().map(Event::cameo).toList(),
                "troops first: a deployment, not arms sent as aid");
    }

    @Test
    void eachOtherInAnotherClauseMakesNoActReciprocal() {
        Sentence s = sentence(0, "Azerbaijan/NNP shelled/VBD/shell Armenian/JJ positions/NNS/position after/IN the/DT "
                        + "two/CD sides/NNS/side accused/VBD/accuse each/DT other/JJ ./.",
                "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; mark 8 4; det 7 5; nummod 7 6; nsubj 8 7; advcl 1 8; "
                        + "det 10 9; obj 8 10; punct 1 11");
        List<Event> events = code(s, m(0, 0, 1, "AZE", null, "Azerbaijan"), m(0, 2, 4, "ARM", "MIL", "Armenia"));
        assertEquals(List.of("AZE->ARMMIL"), directions(events, "19"), () -> describe(events));
    }

    @Test
    void aFiniteVerbJoinedToAReportedInfinitiveIsTheReportersOwnAct() {
        Sentence s = sentence(0, "Borrell/NNP said/VBD/say Kurti/NNP should/MD withdraw/VB the/DT police/NN and/CC "
                        + "called/VBN/call on/IN Vucic/NNP to/TO act/VB ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; det 6 5; obj 4 6; cc 8 7; conj 4 8; case 10 9; "
                        + "obl 8 10; mark 12 11; xcomp 8 12; punct 1 13");
        assertEquals(1, CODER.finiteConjunctsRaised(s).head(8), "'called' is Borrell's, joined to 'said'");
        List<Event> events = code(s, m(0, 0, 1, "ESP", "GOV", "Spain"), m(0, 2, 3, "XKX", "GOV", "Kosovo"),
                m(0, 10, 11, "SRB", "GOV", "Serbia"));
        Event call = events.stream().filter(e -> e.mentions().get(0).trigger().equals("called")).findFirst().orElseThrow();
        assertEquals(List.of("ESPGOV->SRBGOV"), directions(List.of(call), "0"), () -> describe(events));
        assertEquals(Modality.ASSERTED, call.modality(), "a call made, not one that should be made");

        Sentence joint = sentence(0, "Borrell/NNP said/VBD/say Kurti/NNP should/MD withdraw/VB the/DT police/NN and/CC "
                        + "disband/VB the/DT units/NNS/unit ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; det 6 5; obj 4 6; cc 8 7; conj 4 8; det 10 9; "
                        + "obj 8 10; punct 1 11");
        assertEquals(4, CODER.finiteConjunctsRaised(joint).head(8), "a second infinitive stays what Kurti should do");
    }

    @Test
    void aFiniteVerbJoinedToAnInfinitiveOfPurposeIsTheSubjectsOwnAct() {
        // 0 Kenya 1 called 2 on 3 the 4 council 5 to 6 meet 7 and 8 urged 9 Ethiopia 10 to 11 withdraw 12 .
        Sentence s = sentence(0, "Kenya/NNP called/VBD/call on/IN the/DT council/NN to/TO meet/VB and/CC urged/VBD/urge "
                        + "Ethiopia/NNP to/TO withdraw/VB ./.",
                "nsubj 1 0; root -1 1; mark 6 2; det 4 3; nsubj 6 4; mark 6 5; advcl 1 6; cc 8 7; conj 6 8; obj 8 9; "
                        + "mark 11 10; xcomp 8 11; punct 1 12");
        assertEquals(1, CODER.finiteConjunctsRaised(s).head(8), "'urged' is Kenya's, joined to 'called'");
        List<Event> events = code(s, m(0, 0, 1, "KEN", "GOV", "Kenya"), m(0, 3, 5, "IGOUNOSEC", null, "UN Security Council"),
                m(0, 9, 10, "ETH", null, "Ethiopia"));
        Event urge = events.stream().filter(e -> e.mentions().get(0).trigger().equals("urged")).findFirst().orElseThrow();
        assertEquals(List.of("KENGOV->ETH"), directions(List.of(urge), "0"), () -> describe(events));
        assertEquals(Modality.ASSERTED, urge.modality(), "an appeal made, not one the council is to make");
    }

    @Test
    void aPartyUnderAttackIsNotItsDoer() {
        Sentence s = sentence(0, "Lebanon/NNP was/VBD/be under/IN Israeli/JJ bombardment/NN ./.",
                "nsubj 4 0; cop 4 1; case 4 2; amod 4 3; root -1 4; punct 4 5");
        List<Event> events = code(s, m(0, 0, 1, "LBN", null, "Lebanon"), m(0, 3, 4, "ISR", null, "Israel"));
        assertEquals(List.of("ISR->LBN"), directions(events, "19"), () -> "under bombardment: Lebanon suffers it");

        Sentence from = sentence(0, "Ukraine/NNP is/VBZ/be under/IN attack/NN from/IN Russian/JJ missiles/NNS/missile ./.",
                "nsubj 3 0; cop 3 1; case 3 2; root -1 3; case 6 4; amod 6 5; nmod 3 6; punct 3 7");
        List<Event> attacked = code(from, m(0, 0, 1, "UKR", null, "Ukraine"), m(0, 5, 6, "RUS", null, "Russia"));
        assertEquals(List.of("RUS->UKR"), directions(attacked, "19"), () -> describe(attacked));
    }

    @Test
    void theVictimOfAJudgedActIsNotJudged() {
        Sentence s = sentence(0, "Germany/NNP called/VBD/call the/DT Russian/JJ attack/NN on/IN Kyiv/NNP unacceptable/JJ ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; nsubj 7 4; case 6 5; nmod 4 6; xcomp 1 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "DEU", null, "Germany"), m(0, 3, 4, "RUS", null, "Russia"),
                m(0, 6, 7, "UKR", "GOV", "Ukraine"));
        assertEquals(List.of("DEU->RUS"), directions(events, "11"), () -> describe(events));
    }

    @Test
    void aCheckpointBarrierLiftedIsNoTradeOpening() {
        Sentence s = sentence(0, "Israeli/JJ troops/NNS/troop lifted/VBD/lift the/DT barrier/NN at/IN the/DT checkpoint/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; det 7 6; obl 2 7; punct 2 8");
        assertTrue(code(s, m(0, 0, 2, "ISR", "MIL", "Israel")).stream().noneMatch(e -> e.cameo().startsWith("06")));
    }

    @Test
    void theSubjectOfAPredicateNounIsInTheStateItNames() {
        Sentence s = sentence(0, "The/DT Guyanese/JJ army/NN was/VBD/be on/IN high/JJ alert/NN ./.",
                "det 2 0; amod 2 1; nsubj 6 2; cop 6 3; case 6 4; amod 6 5; root -1 6; punct 6 7");
        Event e = only(code(s, m(0, 0, 3, "GUY", "MIL", "Guyana")), "15");
        assertEquals("152", e.cameo());
        assertEquals(List.of("GUYMIL"), codes(e.actors()), "the army is on alert");

        Sentence level = sentence(0, "Serbia/NNP put/VBD/put the/DT army/NN on/IN the/DT highest/JJS/high level/NN of/IN "
                        + "alert/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; det 7 5; amod 7 6; obl 1 7; case 9 8; nmod 7 9; "
                        + "punct 1 10");
        assertEquals("152", only(code(level, m(0, 0, 1, "SRB", null, "Serbia")), "15").cameo(),
                "the highest level of alert is an alert");
    }

    @Test
    void prisonersExchangedAreReleasedByEachSide() {
        Sentence s = sentence(0, "Sudan/NNP and/CC South/NNP Sudan/NNP exchanged/VBD/exchange 40/CD detainees/NNS/detainee "
                        + "on/IN Monday/NNP ./.",
                "nsubj 4 0; cc 3 1; compound 3 2; conj 0 3; root -1 4; nummod 6 5; obj 4 6; case 8 7; obl 4 8; punct 4 9");
        List<Event> events = code(s, m(0, 0, 1, "SDN", null, "Sudan"), m(0, 2, 4, "SSD", null, "South Sudan"));
        assertEquals(List.of("SDN->SSD", "SSD->SDN"), directions(events, "08"), () -> describe(events));

        Sentence oneSided = sentence(0, "Sudan/NNP released/VBD/release 40/CD detainees/NNS/detainee to/IN South/NNP Sudan/NNP ./.",
                "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 6 4; compound 6 5; obl 1 6; punct 1 7");
        List<Event> released = code(oneSided, m(0, 0, 1, "SDN", null, "Sudan"), m(0, 5, 7, "SSD", null, "South Sudan"));
        assertEquals(List.of("SDN->SSD"), directions(released, "08"), "a release by one side is one event");

        Sentence swapped = sentence(0, "Sudan/NNP swapped/VBD/swap 40/CD detainees/NNS/detainee with/IN South/NNP Sudan/NNP ./.",
                "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 6 4; compound 6 5; obl 1 6; punct 1 7");
        List<Event> swaps = code(swapped, m(0, 0, 1, "SDN", null, "Sudan"), m(0, 5, 7, "SSD", null, "South Sudan"));
        assertEquals(List.of("SDN->SSD", "SSD->SDN"), directions(swaps, "08"), () -> describe(swaps));
    }

    @Test
    void theAccusedIsTheSourceOfTheAllegedAct() {
        Sentence s = sentence(0, "The/DT Philippines/NNPS accused/VBD/accuse China/NNP of/IN blocking/VBG/block a/DT "
                        + "resupply/NN mission/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 5 4; advcl 2 5; det 8 6; compound 8 7; obj 5 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 2, "PHL", null, "Philippines"), m(0, 3, 4, "CHN", null, "China"));
        Event blocking = events.stream().filter(e -> e.mentions().get(0).trigger().equals("blocking")).findFirst().orElseThrow();
        assertEquals(List.of("CHN"), codes(blocking.actors()), () -> describe(events));
        assertEquals(Modality.HYPOTHETICAL, blocking.modality());
    }

    @Test
    void participleHungOnTheTargetsStruckBelongsToTheStriker() {
        Sentence s = sentence(0, "Israel/NNP struck/VBD/strike targets/NNS/target in/IN Syria/NNP ,/, killing/VBG/kill four/CD "
                        + "soldiers/NNS/soldier ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod 2 4; punct 2 5; acl 2 6; nummod 8 7; obj 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "ISR", null, "Israel"), m(0, 4, 5, "SYR", null, "Syria"),
                m(0, 8, 9, "SYR", "MIL", "Syria"));
        Event killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killing")).findFirst().orElseThrow();
        assertEquals(List.of("ISR"), codes(killing.actors()), () -> describe(events));
        assertEquals(List.of("SYRMIL"), codes(killing.recipients()));
    }

    // ---- third stress round: sentences written for these tests ----

    @Test
    void cameUnderFireFromTakesTheFromPhraseAsSource() {
        Sentence s = sentence(0, "The/DT Pakistani/JJ army/NN came/VBD/come under/IN fire/NN from/IN Taliban/NNP "
                        + "militants/NNS/militant near/IN the/DT border/NN ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; case 5 4; obl 3 5; case 8 6; compound 8 7; nmod 5 8; "
                        + "case 11 9; det 11 10; obl 3 11; punct 3 12");
        Event e = only(code(s, m(0, 0, 3, "PAK", "MIL", "Pakistan"), m(0, 7, 9, "AFG", "REB", "Taliban")), "19");
        assertEquals(List.of("AFGREB"), codes(e.actors()), "the from phrase fires");
        assertEquals(List.of("PAKMIL"), codes(e.recipients()), "the subject is fired upon");
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aBodySuspendsAMemberButNotItsOwnWork() {
        Sentence s = sentence(0, "The/DT African/NNP Union/NNP suspended/VBD/suspend Niger/NNP after/IN the/DT coup/NN ./.",
                "root -1 3; det 2 0; compound 2 1; nsubj 3 2; obj 3 4; case 7 5; det 7 6; obl 3 7; punct 3 8");
        Event e = only(code(s, m(0, 0, 3, "IGOAFR", null, "African Union"), m(0, 4, 5, "NER", null, "Niger")), "16");
        assertEquals(List.of("IGOAFR"), codes(e.actors()));
        assertEquals(List.of("NER"), codes(e.recipients()));

        Sentence firm = sentence(0, "The/DT Russian/JJ firm/NN suspended/VBD/suspend production/NN ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; obj 3 4; punct 3 5");
        assertTrue(code(firm, m(0, 1, 3, "RUS", "BUS", "Russia")).stream().noneMatch(x -> x.cameo().startsWith("16")),
                "suspending production names no one suspended");
    }

    @Test
    void neitherNorSubjectNegatesTheAct() {
        Sentence s = sentence(0, "Neither/CC Moscow/NNP nor/CC Kyiv/NNP attended/VBD/attend the/DT peace/NN "
                        + "conference/NN in/IN Switzerland/NNP ./.",
                "root -1 4; cc:preconj 1 0; nsubj 4 1; cc 3 2; conj 1 3; det 7 5; compound 7 6; obj 4 7; case 9 8; "
                        + "nmod 7 9; punct 4 10");
        Event e = only(code(s, m(0, 1, 2, "RUS", "GOV", "Russia"), m(0, 3, 4, "UKR", "GOV", "Ukraine"),
                m(0, 9, 10, "CHE", null, "Switzerland")), "04");
        assertEquals(Modality.NEGATED, e.modality());
    }

    @Test
    void objectWithNoNegatesTheAct() {
        Sentence s = sentence(0, "The/DT Iranian/JJ embassy/NN summoned/VBD/summon no/DT Dutch/JJ officials/NNS/official "
                        + "but/CC protested/VBD/protest the/DT ruling/NN ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; det 6 4; amod 6 5; obj 3 6; cc 8 7; conj 3 8; det 10 9; "
                        + "obj 8 10; punct 3 11");
        Event e = only(code(s, m(0, 1, 3, "IRN", "GOV", "Iran"), m(0, 5, 7, "NLD", "GOV", "Netherlands")), "114");
        assertEquals(Modality.NEGATED, e.modality());

        Sentence some = sentence(0, "The/DT Iranian/JJ embassy/NN summoned/VBD/summon two/CD Dutch/JJ officials/NNS/official ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; nummod 6 4; amod 6 5; obj 3 6; punct 3 7");
        assertEquals(Modality.ASSERTED,
                only(code(some, m(0, 1, 3, "IRN", "GOV", "Iran"), m(0, 5, 7, "NLD", "GOV", "Netherlands")), "114").modality());
    }

    @Test
    void trailingSpeakerReadAsAppositionIsTheSpeaker() {
        // the parser's reading: "official" the subject of "said", "Ministry" its apposition
        Sentence s = sentence(0, "Canada/NNP expelled/VBD/expel a/DT Chinese/JJ consular/JJ official/NN from/IN "
                        + "Vancouver/NNP ,/, the/DT Foreign/NNP Ministry/NNP said/VBD/say ./.",
                "root -1 1; nsubj 1 0; det 5 2; amod 5 3; amod 5 4; nsubj 12 5; case 7 6; nmod 5 7; punct 5 8; "
                        + "det 11 9; compound 11 10; appos 5 11; ccomp 1 12; punct 1 13");
        Event e = only(code(s, m(0, 0, 1, "CAN", null, "Canada"), m(0, 3, 4, "CHN", null, "China"),
                m(0, 7, 8, "CAN", "GOV", "Canada"), m(0, 10, 12, "CAN", "GOV", "Canada")), "174");
        assertEquals(List.of("CHN"), codes(e.recipients()), "Vancouver is where the official was sent from");
        assertEquals("CANGOV", e.mentions().get(0).speaker().code());
    }

    @Test
    void trailingSpeakerReadAsSecondSubjectIsTheSpeaker() {
        Sentence s = sentence(0, "Sudanese/JJ troops/NNS/troop arrested/VBD/arrest opposition/NN activists/NNS/activist "
                        + "near/IN Khartoum/NNP ,/, a/DT rights/NNS/right group/NN said/VBD/say ./.",
                "root -1 2; amod 1 0; nsubj 2 1; compound 4 3; nsubj 11 4; case 6 5; obl 11 6; punct 6 7; det 10 8; "
                        + "compound 10 9; nsubj 11 10; ccomp 2 11; punct 2 12");
        Event e = only(code(s, m(0, 0, 2, "SDN", "MIL", "Sudan"), m(0, 3, 5, "SDN", "OPP", "Sudan"),
                m(0, 6, 7, "SDN", null, "Sudan")), "173");
        assertEquals(List.of("SDNMIL"), codes(e.actors()));
        assertEquals(List.of("SDNOPP"), codes(e.recipients()));
    }

    @Test
    void giveWayToANounTaggedAsAVerb() {
        // "pressure" tagged as an infinitive: "will not bow to pressure", not "will not bow in order to pressure"
        Sentence s = sentence(0, "We/PRP will/MD not/RB bow/VB to/TO pressure/VB from/IN the/DT protesters/NNS/protester ,/, "
                        + "Orban/NNP said/VBD/say ./.",
                "root -1 11; nsubj 3 0; aux 3 1; advmod 3 2; ccomp 11 3; mark 5 4; xcomp 3 5; case 8 6; det 8 7; "
                        + "obl 5 8; punct 11 9; nsubj 11 10; punct 11 12");
        List<Event> events = code(s, m(0, 0, 1, "HUN", "GOV", "Viktor Orban"), m(0, 8, 9, "HUN", "CVL", "Hungary"),
                m(0, 10, 11, "HUN", "GOV", "Viktor Orban"));
        assertEquals(Modality.NEGATED, only(events, "080").modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("10")), () -> describe(events));
    }

    @Test
    void retaliatingAgainstSanctionsIsNoAttack() {
        Sentence s = sentence(0, "China/NNP retaliated/VBD/retaliate against/IN the/DT sanctions/NNS/sanction ./.",
                "root -1 1; nsubj 1 0; case 4 2; det 4 3; obl 1 4; punct 1 5");
        List<Event> events = code(s, m(0, 0, 1, "CHN", null, "China"));
        only(events, "160");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), () -> describe(events));

        Sentence fire = sentence(0, "China/NNP retaliated/VBD/retaliate against/IN the/DT attack/NN ./.",
                "root -1 1; nsubj 1 0; case 4 2; det 4 3; obl 1 4; punct 1 5");
        only(code(fire, m(0, 0, 1, "CHN", null, "China")), "19");
    }

    @Test
    void liveAmmunitionUsedOnProtestersIsRepressionAndItsDenialDenied() {
        Sentence s = sentence(0, "Police/NNS/police used/VBD/use live/JJ ammunition/NN against/IN students/NNS/student "
                        + "in/IN Dhaka/NNP ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; case 5 4; obl 1 5; case 7 6; obl 1 7; punct 1 8");
        Event e = only(code(s, m(0, 0, 1, "BGD", "COP", "Bangladesh"), m(0, 5, 6, "BGD", "EDU", "Bangladesh")), "175");
        assertEquals(List.of("BGDEDU"), codes(e.recipients()));

        Sentence denial = sentence(0, "The/DT government/NN denied/VBD/deny that/IN police/NNS/police had/VBD/have "
                        + "used/VBN/use live/JJ ammunition/NN against/IN students/NNS/student ./.",
                "root -1 2; det 1 0; nsubj 2 1; mark 6 3; nsubj 6 4; aux 6 5; ccomp 2 6; amod 8 7; obj 6 8; case 10 9; "
                        + "obl 6 10; punct 2 11");
        Event denied = only(code(denial, m(0, 0, 2, "BGD", "GOV", "Bangladesh"), m(0, 4, 5, "BGD", "COP", "Bangladesh"),
                m(0, 10, 11, "BGD", "EDU", "Bangladesh")), "175");
        assertEquals(Modality.DENIED, denied.modality());
    }

    @Test
    void wouldNotAcceptAPlanRejectsIt() {
        Sentence s = sentence(0, "Maduro/NNP said/VBD/say he/PRP would/MD not/RB accept/VB the/DT deal/NN ./.",
                "root -1 1; nsubj 1 0; nsubj 5 2; aux 5 3; advmod 5 4; ccomp 1 5; det 7 6; obj 5 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "VEN", "GOV", "Nicolas Maduro"), m(0, 2, 3, "VEN", "GOV", "Nicolas Maduro"));
        assertEquals(Modality.NEGATED, only(events, "030").modality());
        assertEquals(Modality.ASSERTED, only(events, "12").modality());
    }

    @Test
    void determinerReadAsTheObjectGivesWayToTheAmount() {
        // the parser's reading: "another" the object, the amount its loose dependent
        Sentence s = sentence(0, "Japan/NNP pledged/VBD/pledge another/DT $/$ 20/CD million/CD ./.",
                "root -1 1; nsubj 1 0; obj 1 2; dep 2 3; compound 5 4; nummod 3 5; punct 1 6");
        only(code(s, m(0, 0, 1, "JPN", null, "Japan")), "0331");
    }

    @Test
    void anAidGroupSuspendingOperationsStopsItsHelp() {
        Sentence s = sentence(0, "Oxfam/NNP suspended/VBD/suspend its/PRP$ operations/NNS/operation in/IN Darfur/NNP ./.",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        ActorMention oxfam = new ActorMention(0, 0, 1, 0, new Actor("Oxfam", "NGOOXF", null, "NGO", "Oxfam"), "test");
        only(code(s, oxfam, m(0, 5, 6, "SDN", null, "Sudan")), "1623");

        Sentence army = sentence(0, "The/DT Sudanese/JJ army/NN suspended/VBD/suspend its/PRP$ operations/NNS/operation "
                        + "in/IN Darfur/NNP ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; nmod:poss 5 4; obj 3 5; case 7 6; obl 3 7; punct 3 8");
        only(code(army, m(0, 1, 3, "SDN", "MIL", "Sudan"), m(0, 7, 8, "SDN", null, "Sudan")), "087");

        Sentence wfp = sentence(0, "The/DT World/NNP Food/NNP Programme/NNP suspended/VBD/suspend its/PRP$ "
                        + "operations/NNS/operation in/IN Gaza/NNP ./.",
                "root -1 4; det 3 0; compound 3 1; compound 3 2; nsubj 4 3; nmod:poss 6 5; obj 4 6; case 8 7; obl 4 8; punct 4 9");
        ActorMention agency = new ActorMention(0, 1, 4, 3, new Actor("World Food Programme", "IGOUNOWFP", null, "IGO",
                "World Food Programme"), "test");
        only(code(wfp, agency, m(0, 8, 9, "PSE", null, "Palestine")), "1623");
    }

    @Test
    void callingPeopleBySlurDenouncesThem() {
        Sentence s = sentence(0, "Lukashenko/NNP called/VBD/call the/DT protesters/NNS/protester paid/JJ thugs/NNS/thug ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; amod 5 4; xcomp 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "BLR", "GOV", "Alexander Lukashenko"), m(0, 3, 4, "BLR", "CVL", "Belarus")), "111");
        assertEquals(List.of("BLRCVL"), codes(e.recipients()));
    }

    @Test
    void allegedActIsHypotheticalAndNoOnesIntent() {
        Sentence s = sentence(0, "Russia/NNP allegedly/RB supplied/VBD/supply drones/NNS/drone to/IN the/DT "
                        + "Houthis/NNPS/houthi ./.",
                "root -1 2; nsubj 2 0; advmod 2 1; obj 2 3; case 6 4; det 6 5; obl 2 6; punct 2 7");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 5, 7, "YEM", "REB", "Houthis"));
        Event aid = only(events, "07");
        assertEquals(Modality.HYPOTHETICAL, aid.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
    }

    @Test
    void unconfirmedReportsLeaveTheActHypothetical() {
        Sentence s = sentence(0, "Unconfirmed/JJ reports/NNS/report said/VBD/say Israeli/JJ jets/NNS/jet "
                        + "struck/VBD/strike a/DT convoy/NN ./.",
                "root -1 2; amod 1 0; nsubj 2 1; amod 4 3; nsubj 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8");
        Event e = only(code(s, m(0, 3, 5, "ISR", "MIL", "Israel")), "19");
        assertEquals(Modality.HYPOTHETICAL, e.modality());

        Sentence plain = sentence(0, "Reports/NNS/report said/VBD/say Israeli/JJ jets/NNS/jet struck/VBD/strike a/DT convoy/NN ./.",
                "root -1 1; nsubj 1 0; amod 3 2; nsubj 4 3; ccomp 1 4; det 6 5; obj 4 6; punct 1 7");
        assertEquals(Modality.ASSERTED, only(code(plain, m(0, 2, 4, "ISR", "MIL", "Israel")), "19").modality());
    }

    @Test
    void existentialNegationTakesTheSpeakerAsSource() {
        Sentence s = sentence(0, "There/EX will/MD be/VB no/DT negotiations/NNS/negotiation with/IN terrorists/NNS/terrorist "
                        + ",/, the/DT Israeli/JJ prime/JJ minister/NN said/VBD/say ./.",
                "root -1 4; expl 4 0; aux 4 1; cop 4 2; det 4 3; case 6 5; nmod 4 6; punct 4 7; det 11 8; amod 11 9; "
                        + "amod 11 10; nsubj 12 11; parataxis 4 12; punct 4 13");
        List<Event> events = code(s, m(0, 8, 12, "ISR", "GOV", "Benjamin Netanyahu"));
        Event talks = only(events, "04");
        assertEquals(List.of("ISRGOV"), codes(talks.actors()));
        assertEquals(Modality.NEGATED, talks.modality());
        Event refusal = only(events, "12");
        assertEquals(Modality.ASSERTED, refusal.modality(), "announcing there will be no talks is a refusal");
    }

    @Test
    void gerundReadAsAdjectiveIsTheAccusedAct() {
        Sentence s = sentence(0, "Sudan/NNP 's/POS army/NN accused/VBD/accuse the/DT RSF/NNP of/IN shelling/VBG/shell "
                        + "civilians/NNS/civilian in/IN Omdurman/NNP ./.",
                "root -1 3; nmod:poss 2 0; case 0 1; nsubj 3 2; det 5 4; obj 3 5; case 8 6; amod 8 7; obl 3 8; "
                        + "case 10 9; obl 3 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 3, "SDN", "MIL", "Sudan"), m(0, 4, 6, "SDN", "REB", "Rapid Support Forces"),
                m(0, 8, 11, "SDN", "CVL", "Sudan"));
        Event shelling = only(events, "19");
        assertEquals(List.of("SDNREB"), codes(shelling.actors()), "the accused shelled");
        assertEquals(List.of("SDNCVL"), codes(shelling.recipients()));
        assertEquals(Modality.HYPOTHETICAL, shelling.modality(), "alleged, not asserted");
        assertEquals(List.of("SDNREB"), codes(only(events, "11").recipients()));
    }

    @Test
    void gerundConjoinedToTheVerbOfAccusingIsAlsoAlleged() {
        // the parser reads "raiding" as an adjective and makes "seizing" a conjunct of "accused"
        Sentence s = sentence(0, "Kenya/NNP 's/POS police/NNS accused/VBD/accuse the/DT gang/NN of/IN raiding/VBG/raid "
                        + "villages/NNS/village and/CC abducting/VBG/abduct traders/NNS/trader near/IN Nakuru/NNP ./.",
                "root -1 3; nmod:poss 2 0; case 0 1; nsubj 3 2; det 5 4; obj 3 5; case 8 6; amod 8 7; nmod 5 8; "
                        + "cc 10 9; conj 3 10; obj 10 11; case 13 12; obl 10 13; punct 3 14");
        List<Event> events = code(s, m(0, 0, 3, "KEN", "COP", "Kenya"), m(0, 4, 6, "KEN", "CRM", "gang"),
                m(0, 11, 12, "KEN", "BUS", "Kenya"));
        Event abduction = only(events, "181");
        assertEquals(List.of("KENCRM"), codes(abduction.actors()), () -> "the accused abducted: " + describe(events));
        assertEquals(List.of("KENBUS"), codes(abduction.recipients()));
        assertEquals(Modality.HYPOTHETICAL, abduction.modality(), "alleged like the first act");
        assertEquals(Modality.HYPOTHETICAL, only(events, "170").modality());
    }

    @Test
    void gerundBeforeAConjoinedNounIsTheAccusedSecondAct() {
        // the parser reads both gerunds as adjectives and coordinates their nouns
        Sentence s = sentence(0, "Nigeria/NNP 's/POS army/NN accused/VBD/accuse the/DT militants/NNS/militant of/IN "
                        + "burning/VBG/burn schools/NNS/school and/CC killing/VBG/kill teachers/NNS/teacher near/IN "
                        + "Maiduguri/NNP ./.",
                "root -1 3; nmod:poss 2 0; case 0 1; nsubj 3 2; det 5 4; obj 3 5; case 8 6; amod 8 7; nmod 5 8; "
                        + "cc 11 9; amod 11 10; conj 8 11; case 13 12; obl 3 13; punct 3 14");
        List<Event> events = code(s, m(0, 0, 3, "NGA", "MIL", "Nigeria"), m(0, 4, 6, "NGA", "REB", "militants"),
                m(0, 11, 12, "NGA", "EDU", "Nigeria"));
        Event killing = only(events, "190");
        assertEquals(List.of("NGAREB"), codes(killing.actors()), () -> "the accused killed: " + describe(events));
        assertEquals(List.of("NGAEDU"), codes(killing.recipients()));
        assertEquals(Modality.HYPOTHETICAL, killing.modality(), "alleged like the first act");
    }

    @Test
    void actNounSubjectGivesOnlyItsOwnDoer() {
        Sentence s = sentence(0, "Russia/NNP 's/POS invasion/NN of/IN Ukraine/NNP has/VBZ/have displaced/VBN/displace "
                        + "millions/NNS/million ./.",
                "root -1 6; nmod:poss 2 0; case 0 1; nsubj 6 2; case 4 3; nmod 2 4; aux 6 5; obj 6 7; punct 6 8");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "UKR", null, "Ukraine"));
        for (Event e : events) {
            assertEquals(List.of("RUS"), codes(e.actors()), () -> "Ukraine is invaded, not a doer: " + describe(events));
        }
        assertEquals(List.of("UKR"), codes(only(events, "19").recipients()));
    }

    @Test
    void possessorMediatesBetweenBothParties() {
        Sentence s = sentence(0, "Qatar/NNP 's/POS mediation/NN between/IN Israel/NNP and/CC Hamas/NNP "
                        + "secured/VBD/secure a/DT truce/NN ./.",
                "root -1 7; nmod:poss 2 0; case 0 1; nsubj 7 2; case 4 3; nmod 2 4; cc 6 5; conj 4 6; det 9 8; "
                        + "obj 7 9; punct 7 10");
        Event e = only(code(s, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 4, 5, "ISR", null, "Israel"),
                m(0, 6, 7, "PSE", "REB", "Hamas")), "045");
        assertEquals(List.of("QAT"), codes(e.actors()));
        assertEquals(List.of("ISR", "PSEREB"), codes(e.recipients()));
    }

    @Test
    void whoeverTakesUpAMediationEffortMediatesBetweenTheParties() {
        // 0 The 1 emir 2 of 3 Kuwait 4 launched 5 a 6 mediation 7 effort 8 between 9 Egypt 10 and 11 Jordan 12 .
        Sentence s = sentence(0, "The/DT emir/NN of/IN Kuwait/NNP launched/VBD/launch a/DT mediation/NN effort/NN "
                        + "between/IN Egypt/NNP and/CC Jordan/NNP ./.",
                "root -1 4; det 1 0; nsubj 4 1; case 3 2; nmod 1 3; det 7 5; compound 7 6; obj 4 7; case 9 8; "
                        + "nmod 7 9; cc 11 10; conj 9 11; punct 4 12");
        Event e = only(code(s, m(0, 1, 4, "KWT", "GOV", "emir of Kuwait"), m(0, 9, 10, "EGY", null, "Egypt"),
                m(0, 11, 12, "JOR", null, "Jordan")), "045");
        assertEquals(List.of("KWTGOV"), codes(e.actors()));
        assertEquals(List.of("EGY", "JOR"), codes(e.recipients()));
    }

    @Test
    void requestedTalksAreNoIntentOfTheOneAsked() {
        Sentence s = sentence(0, "NATO/NNP allies/NNS/ally encouraged/VBD/encourage Ukraine/NNP to/TO continue/VB "
                        + "peace/NN talks/NNS/talk with/IN Russia/NNP ./.",
                "root -1 2; compound 1 0; nsubj 2 1; obj 2 3; mark 5 4; xcomp 2 5; compound 7 6; obj 5 7; case 9 8; "
                        + "nmod 7 9; punct 2 10");
        List<Event> events = code(s, m(0, 0, 2, "IGONAT", null, "NATO"), m(0, 3, 4, "UKR", null, "Ukraine"),
                m(0, 9, 10, "RUS", null, "Russia"));
        assertEquals(Modality.FUTURE, only(events, "04").modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> describe(events));
    }

    @Test
    void proposalToAPartyHungOnTheObject() {
        Sentence s = sentence(0, "Egypt/NNP proposed/VBD/propose a/DT ceasefire/NN plan/NN to/IN Israel/NNP ./.",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; case 6 5; nmod 4 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "EGY", null, "Egypt"), m(0, 6, 7, "ISR", null, "Israel")), "02");
        assertEquals(List.of("ISR"), codes(e.recipients()));
    }
    @Test
    void aReportedClauseTheParserMadeASubjectIsMadeWholeAgain() {
        Sentence talks = sentence(0, "Serbia/NNP announced/VBD/announce it/PRP would/MD hold/VB talks/NNS/talk with/IN "
                        + "Kosovo/NNP ./.",
                "root -1 4; nsubj 1 0; csubj 4 1; obj 1 2; aux 4 3; obj 4 5; case 7 6; nmod 5 7; punct 4 8");
        List<Event> events = code(talks, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 2, 3, "SRB", null, "Serbia"),
                m(0, 7, 8, "XKX", null, "Kosovo"));
        Event intent = only(events, "03");
        assertEquals("036", intent.cameo(), describe(events));
        assertEquals(List.of("SRB"), codes(intent.actors()));
        assertEquals(Modality.ASSERTED, intent.modality());
        assertEquals(List.of("SRB"), codes(only(events, "04").actors()), "the pronoun is the talks' subject again");

        Sentence warned = sentence(0, "Tehran/NNP warned/VBD/warn it/PRP would/MD retaliate/VB if/IN Israel/NNP "
                        + "struck/VBD/strike ./.",
                "root -1 4; nsubj 1 0; csubj 4 1; obj 1 2; aux 4 3; mark 7 5; nsubj 7 6; advcl 4 7; punct 4 8");
        List<Event> threats = code(warned, m(0, 0, 1, "IRN", "GOV", "Iran"), m(0, 2, 3, "IRN", "GOV", "Iran"),
                m(0, 6, 7, "ISR", null, "Israel"));
        Event threat = only(threats, "13");
        assertEquals(Modality.ASSERTED, threat.modality(), "the warning was made; only the retaliation is conditional");
        assertEquals(List.of("IRNGOV"), codes(threat.actors()));
    }

    @Test
    void conjoinedPassivesShareTheirSubjectAndTheirAgent() {
        Sentence s = sentence(0, "The/DT activist/NN was/VBD/be beaten/VBN/beat and/CC tortured/VBN/torture by/IN "
                        + "police/NNS ./.",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; cc 5 4; conj 3 5; obl 5 7; case 7 6; punct 3 8");
        List<Event> events = code(s, m(0, 0, 2, "BLR", "CVL", "Belarus"), m(0, 7, 8, "BLR", "COP", "Belarus"));
        Event torture = only(events, "1822");
        assertEquals(List.of("BLRCOP"), codes(torture.actors()), describe(events));
        assertEquals(List.of("BLRCVL"), codes(torture.recipients()), "the second participle is passive too");
        assertEquals(List.of("BLRCOP"), codes(events.stream().filter(e -> e.cameo().equals("182")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events))).actors()), "the agent after the last participle");
    }

    @Test
    void forcesMovedInAPassiveOrAnOfPhraseAreTheirSidesShowOfForce() {
        Sentence deployed = sentence(0, "Hundreds/NNS of/IN Indian/JJ troops/NNS were/VBD/be deployed/VBN/deploy to/IN "
                        + "the/DT Chinese/JJ border/NN ./.",
                "root -1 5; nsubj:pass 5 0; case 3 1; amod 3 2; nmod 0 3; aux:pass 5 4; obl 5 9; case 9 6; det 9 7; "
                        + "amod 9 8; punct 5 10");
        Event deployment = only(code(deployed, m(0, 2, 4, "IND", "MIL", "India"), m(0, 8, 9, "CHN", null, "China")), "15");
        assertEquals("154", deployment.cameo());
        assertEquals(List.of("INDMIL"), codes(deployment.actors()), "the troops are their side's, not the target");
        assertEquals(List.of("CHN"), codes(deployment.recipients()));

        Sentence alert = sentence(0, "Pakistan/NNP 's/POS army/NN was/VBD/be placed/VBN/place on/IN combat/NN "
                        + "readiness/NN ./.",
                "root -1 4; nmod:poss 2 0; case 0 1; nsubj:pass 4 2; aux:pass 4 3; case 7 5; compound 7 6; obl 4 7; punct 4 8");
        Event ready = only(code(alert, m(0, 0, 3, "PAK", "MIL", "Pakistan")), "15");
        assertEquals("152", ready.cameo());
        assertEquals(List.of("PAKMIL"), codes(ready.actors()));

        Sentence mobilization = sentence(0, "The/DT mobilization/NN of/IN Russian/JJ reservists/NNS alarmed/VBD/alarm "
                        + "Finland/NNP ./.",
                "root -1 5; det 1 0; nsubj 5 1; case 4 2; amod 4 3; nmod 1 4; obj 5 6; punct 5 7");
        Event mobilized = only(code(mobilization, m(0, 3, 5, "RUS", "MIL", "Russia"), m(0, 6, 7, "FIN", null, "Finland")), "15");
        assertEquals("154", mobilized.cameo());
        assertEquals(List.of("RUSMIL"), codes(mobilized.actors()), "the forces mobilized are their side's");
    }

    @Test
    void aBombThatGoesOffStrikesThePlaceItGoesOffAt() {
        Sentence s = sentence(0, "A/DT roadside/NN bomb/NN went/VBD/go off/RP near/IN an/DT army/NN convoy/NN in/IN "
                        + "Helmand/NNP ./.",
                "root -1 3; det 2 0; compound 2 1; nsubj 3 2; compound:prt 3 4; obl 3 8; case 8 5; det 8 6; compound 8 7; "
                        + "nmod 8 10; case 10 9; punct 3 11");
        List<Event> events = code(s, m(0, 7, 9, "AFG", "MIL", "Afghanistan"));
        Event bombing = only(events, "18");
        assertEquals("1833", bombing.cameo());
        assertTrue(bombing.actors().isEmpty(), "no one is named as the bomber");
        assertEquals(List.of("AFGMIL"), codes(bombing.recipients()));
    }

    @Test
    void aNounANominalTriggerNamesIsPartOfItsAct() {
        Sentence s = sentence(0, "Mali/NNP announced/VBD/announce the/DT suspension/NN of/IN its/PRP$ cooperation/NN "
                        + "with/IN France/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; nmod:poss 6 5; nmod 3 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "MLI", null, "Mali"), m(0, 5, 6, "MLI", null, "Mali"),
                m(0, 8, 9, "FRA", null, "France"));
        Event suspension = only(events, "16");
        assertEquals("160", suspension.cameo());
        assertEquals(List.of("MLI"), codes(suspension.actors()));
        assertEquals(List.of("FRA"), codes(suspension.recipients()));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("06")), "suspended, not cooperation: " + describe(events));
    }

    @Test
    void forcePostureReducedRelationsAndHijackingsAsTheCodebookHasThem() {
        Sentence order = sentence(0, "Niger/NNP ordered/VBD/order the/DT French/JJ ambassador/NN to/TO leave/VB ./.",
                "root -1 1; nsubj 1 0; det 4 2; amod 4 3; obj 1 4; mark 6 5; xcomp 1 6; punct 1 7");
        List<Event> expelled = code(order, m(0, 0, 1, "NER", null, "Niger"), m(0, 3, 5, "FRA", "GOV", "France"));
        Event expulsion = only(expelled, "16");
        assertEquals("161", expulsion.cameo(), "a diplomat ordered out is a cut in relations");
        assertEquals(List.of("FRAGOV"), codes(expulsion.recipients()));
        assertTrue(expelled.stream().noneMatch(e -> e.cameo().equals("174")), describe(expelled));

        Sentence level = sentence(0, "Greece/NNP raised/VBD/raise the/DT alert/NN level/NN of/IN its/PRP$ navy/NN ./.",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; case 7 5; nmod:poss 7 6; nmod 4 7; punct 1 8");
        assertEquals("152", only(code(level, m(0, 0, 1, "GRC", null, "Greece"), m(0, 6, 8, "GRC", "MIL", "Greece")), "15").cameo());

        Sentence fortified = sentence(0, "Iran/NNP fortified/VBD/fortify its/PRP$ border/NN with/IN Afghanistan/NNP ./.",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; case 5 4; nmod 3 5; punct 1 6");
        Event fortify = only(code(fortified, m(0, 0, 1, "IRN", null, "Iran"), m(0, 2, 3, "IRN", null, "Iran"),
                m(0, 5, 6, "AFG", null, "Afghanistan")), "15");
        assertEquals("150", fortify.cameo());
        assertEquals(List.of("AFG"), codes(fortify.recipients()));

        Sentence hijack = sentence(0, "Houthi/NNP rebels/NNS hijacked/VBD/hijack a/DT cargo/NN ship/NN ./.",
                "root -1 2; compound 1 0; nsubj 2 1; det 5 3; compound 5 4; obj 2 5; punct 2 6");
        assertEquals("181", only(code(hijack, m(0, 0, 2, "YEM", "REB", "Houthis")), "1").cameo(),
                "the codebook's 181: forcibly seize control of a ship");
    }

    @Test
    void headlineParseOfAFiniteVerbAsAModifierIsMadeAClause() {
        // the parser makes "tortured" an amod of "rebels" and "soldiers" a compound of it: no verb at all
        Sentence s = sentence(0, "Army/NNP/army soldiers/NNS/soldier tortured/VBD/torture captured/VBN/capture "
                        + "rebels/NNS/rebel in/IN Darfur/NNP ./.",
                "root -1 4; compound 1 0; compound 4 1; amod 4 2; amod 4 3; nmod 4 6; case 6 5; punct 4 7");
        Event e = only(code(s, m(0, 0, 2, "SDN", "MIL", "Sudan"), m(0, 3, 5, "SDN", "REB", "Sudan")), "18");
        assertEquals("1822", e.cameo());
        assertEquals(List.of("SDNMIL"), codes(e.actors()));
        assertEquals(List.of("SDNREB"), codes(e.recipients()));
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void intentNounParsedAsSubjectOfTheActIsTheObjectOfItsVoicingVerb() {
        // "willingness" parsed as the subject of "resume", which hangs on "expressed" as a ccomp
        Sentence s = sentence(0, "Cuba/NNP expressed/VBD/express willingness/NN to/TO resume/VB talks/NNS/talk "
                        + "with/IN the/DT United/NNP States/NNP ./.",
                "root -1 1; nsubj 1 0; nsubj 4 2; mark 4 3; ccomp 1 4; obj 4 5; case 9 6; det 9 7; compound 9 8; "
                        + "obl 4 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "CUB", null, "Cuba"), m(0, 8, 10, "USA", null, "United States"));
        Event intent = only(events, "03");
        assertEquals("036", intent.cameo());
        assertEquals(List.of("CUB"), codes(intent.actors()));
        assertEquals(List.of("USA"), codes(intent.recipients()));
        assertEquals(Modality.ASSERTED, intent.modality());
        Event talks = only(events, "04");
        assertEquals(List.of("CUB"), codes(talks.actors()), "the holder of the willingness resumes, not the noun");
        assertEquals(Modality.FUTURE, talks.modality());
    }

    @Test
    void returningAnyObjectToAPartyIsAReturnButReturningHomeIsNot() {
        Sentence masks = sentence(0, "Belgium/NNP returned/VBD/return stolen/VBN/steal masks/NNS/mask to/IN Congo/NNP ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(masks, m(0, 0, 1, "BEL", null, "Belgium"), m(0, 5, 6, "COD", null, "Congo")), "08");
        assertEquals("084", e.cameo());
        assertEquals("RETREAT", e.type());
        assertEquals(List.of("BEL"), codes(e.actors()));
        assertEquals(List.of("COD"), codes(e.recipients()));

        Sentence passive = sentence(0, "The/DT masks/NNS/mask were/VBD/be returned/VBN/return to/IN Congo/NNP ./.",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; case 5 4; obl 3 5; punct 3 6");
        assertEquals(List.of("COD"), codes(only(code(passive, m(0, 5, 6, "COD", null, "Congo")), "08").recipients()));

        Sentence travel = sentence(0, "The/DT minister/NN returned/VBD/return to/IN Kinshasa/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; case 4 3; obl 2 4; punct 2 5");
        assertTrue(code(travel, m(0, 1, 2, "COD", "GOV", "Congo"), m(0, 4, 5, "COD", "GOV", "Congo")).isEmpty(),
                "a trip back names no object returned");
        Sentence home = sentence(0, "Congolese/JJ refugees/NNS/refugee returned/VBD/return home/RB ./.",
                "root -1 2; amod 1 0; nsubj 2 1; advmod 2 3; punct 2 4");
        assertTrue(code(home, m(0, 0, 2, "COD", "REF", "Congo")).isEmpty());
    }

    @Test
    void anOrderToOnesOwnForcesIsNoDemand() {
        Sentence own = sentence(0, "The/DT president/NN ordered/VBD/order troops/NNS/troops to/TO withdraw/VB "
                        + "from/IN the/DT border/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; mark 5 4; xcomp 2 5; case 8 6; det 8 7; obl 5 8; punct 2 9");
        List<Event> events = code(own, m(0, 1, 2, "KEN", "GOV", "Kenya"), m(0, 3, 4, "KEN", "MIL", "Kenya"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("10")), () -> describe(events));
        assertEquals(List.of("KENMIL"), codes(only(events, "087").actors()), "the withdrawal ordered stays");

        Sentence other = sentence(0, "Kenya/NNP ordered/VBD/order Somali/JJ troops/NNS/troops to/TO withdraw/VB ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; mark 5 4; xcomp 1 5; punct 1 6");
        Event demand = only(code(other, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 4, "SOM", "MIL", "Somalia")), "10");
        assertEquals(List.of("SOMMIL"), codes(demand.recipients()), "another side's forces are told: a demand");
    }

    @Test
    void gunmensAttackIsUnconventionalViolence() {
        Sentence s = sentence(0, "Gunmen/NNS/gunman attacked/VBD/attack a/DT police/NN station/NN in/IN Zamfara/NNP ./.",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; case 6 5; nmod 4 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "NGA", "UAF", "Nigeria"), m(0, 3, 4, "NGA", "COP", "Nigeria")), "18");
        assertEquals("180", e.cameo());
        assertEquals(List.of("NGACOP"), codes(e.recipients()));

        Sentence army = sentence(0, "Troops/NNS/troops attacked/VBD/attack a/DT rebel/NN base/NN ./.",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; punct 1 5");
        assertEquals("190", only(code(army, m(0, 0, 1, "NGA", "MIL", "Nigeria"), m(0, 3, 4, "NGA", "REB", "Nigeria")),
                "19").cameo());
    }

    @Test
    void anUnresolvedPronounOpeningAReportedClauseIsTheSpeakersSide() {
        // "it" is the passive subject of "prepared"; the resolver names only active subjects
        Sentence s = sentence(0, "Oman/NNP said/VBD/say it/PRP was/VBD/be prepared/VBN/prepare to/TO host/VB "
                        + "talks/NNS/talk between/IN Iran/NNP and/CC Washington/NNP ./.",
                "root -1 1; nsubj 1 0; nsubj:pass 4 2; aux:pass 4 3; ccomp 1 4; mark 6 5; xcomp 4 6; obj 6 7; "
                        + "case 9 8; nmod 7 9; cc 11 10; conj 9 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "OMN", null, "Oman"), m(0, 9, 10, "IRN", null, "Iran"),
                m(0, 11, 12, "USA", "GOV", "United States"));
        Event talks = only(events, "04");
        assertEquals(List.of("OMN"), codes(talks.actors()));
        assertEquals(List.of("IRN", "USAGOV"), codes(talks.recipients()));
        assertEquals(Modality.FUTURE, talks.modality());
        assertEquals(List.of("OMN"), codes(only(events, "03").actors()));
    }

    @Test
    void anyObjectItemLetsAModifierOfTheObjectCompleteAPattern() {
        // "of their citizenship" hangs on the object: "strip * citizenship"
        Sentence s = sentence(0, "Cuba/NNP stripped/VBD/strip 20/CD dissidents/NNS/dissident of/IN their/PRP$/they "
                        + "citizenship/NN ./.",
                "root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; case 6 4; nmod:poss 6 5; nmod 3 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "CUB", null, "Cuba"), m(0, 3, 4, "CUB", "OPP", "Cuba")), "17");
        assertEquals("172", e.cameo());
        assertEquals(List.of("CUBOPP"), codes(e.recipients()));
    }

    @Test
    void aReleaseOfWhatNamesPeopleIsAReleaseOfPersons() {
        Sentence people = sentence(0, "Qatar/NNP released/VBD/release four/CD Nepali/JJ workers/NNS/worker ./.",
                "root -1 1; nsubj 1 0; nummod 4 2; amod 4 3; obj 1 4; punct 1 5");
        Event e = only(code(people, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 3, 5, "NPL", "LAB", "Nepal")), "08");
        assertEquals("0841", e.cameo());
        assertEquals(List.of("NPLLAB"), codes(e.recipients()));

        Sentence cargo = sentence(0, "Qatar/NNP released/VBD/release the/DT cargo/NN to/IN Nepal/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        assertEquals("084", only(code(cargo, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 5, 6, "NPL", null, "Nepal")), "08")
                .cameo(), "a thing released stays the general code");
    }

    @Test
    void aPassiveMeetWithTellsAReceptionNotAMeeting() {
        Sentence s = sentence(0, "Any/DT attack/NN on/IN Taiwan/NNP would/MD be/VB/be met/VBN/meet with/IN a/DT strong/JJ "
                        + "response/NN ./.",
                "root -1 6; det 1 0; nsubj:pass 6 1; case 3 2; nmod 1 3; aux 6 4; aux:pass 6 5; obl 6 10; case 10 7; "
                        + "det 10 8; amod 10 9; punct 6 11");
        List<Event> events = code(s, m(0, 3, 4, "TWN", null, "Taiwan"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), describe(events));

        Sentence met = sentence(0, "The/DT envoy/NN was/VBD/be met/VBN/meet by/IN Xi/NNP ./.",
                "root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; obl 3 5; case 5 4; punct 3 6");
        assertEquals(Modality.ASSERTED, only(code(met, m(0, 0, 2, "USA", "GOV", "envoy"),
                m(0, 5, 6, "CHN", "GOV", "Xi Jinping")), "04").modality(), "met by someone is a meeting");
    }

    @Test
    void aDateAfterSinceBoundsTheSilenceAndDoesNotDateIt() {
        Sentence s = sentence(0, "Putin/NNP has/VBZ/have not/RB spoken/VBN/speak with/IN Biden/NNP since/IN February/NNP "
                        + "2022/CD ./.",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obl 3 5; case 5 4; obl 3 7; case 7 6; nummod 7 8; punct 3 9",
                "7 9 2022-02");
        Event e = only(code(s, m(0, 0, 1, "RUS", "GOV", "Vladimir Putin"), m(0, 5, 6, "USA", "GOV", "Joe Biden")), "04");
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals(EventDate.Basis.PUBLICATION, e.date().basis());
        assertEquals(PUBLISHED, e.date().date());
    }

    @Test
    void noIntentHungOnHaveIsStillADenial() {
        Sentence s = sentence(0, "China/NNP has/VBZ/have no/DT intention/NN to/TO invade/VB Taiwan/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; mark 5 4; ccomp 1 5; obj 5 6; punct 1 7");
        Event invade = only(code(s, m(0, 0, 1, "CHN", null, "China"), m(0, 6, 7, "TWN", null, "Taiwan")), "19");
        assertEquals(Modality.DENIED, invade.modality());
        assertEquals(List.of("CHN"), codes(invade.actors()));
        assertEquals(List.of("TWN"), codes(invade.recipients()));

        Sentence plans = sentence(0, "North/NNP Korea/NNP has/VBZ/have no/DT plans/NNS/plan to/TO hold/VB talks/NNS/talk "
                        + "with/IN Washington/NNP ./.",
                "root -1 2; compound 1 0; nsubj 2 1; det 4 3; nsubj 6 4; mark 6 5; ccomp 2 6; obj 6 7; case 9 8; "
                        + "nmod 7 9; punct 2 10");
        List<Event> events = code(plans, m(0, 0, 2, "PRK", null, "North Korea"), m(0, 9, 10, "USA", null, "United States"));
        Event talks = only(events, "04");
        assertEquals(Modality.DENIED, talks.modality());
        assertEquals(List.of("PRK"), codes(talks.actors()));
        assertTrue(events.stream().noneMatch(Event::asserted), describe(events));
    }

    @Test
    void othersGuessOfWhatAnActorMayDoIsNotItsIntent() {
        Sentence s = sentence(0, "Hamas/NNP may/MD release/VB more/JJR hostages/NNS/hostage ,/, Qatari/JJ "
                        + "mediators/NNS/mediator said/VBD/say ./.",
                "root -1 8; nsubj 2 0; aux 2 1; ccomp 8 2; amod 4 3; obj 2 4; punct 8 5; amod 7 6; nsubj 8 7; punct 8 9");
        List<Event> events = code(s, m(0, 0, 1, "PSE", "REB", "Hamas"), m(0, 6, 8, "QAT", "GOV", "Qatar"));
        assertEquals(Modality.HYPOTHETICAL, only(events, "08").modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), describe(events));
    }

    @Test
    void aGerundTheTaggerTookForAVerbMeetsItsNounItem() {
        // "resume shelling" written with the -ing noun; the tagger reads "shelling" as a verb, lemma "shell"
        Sentence s = sentence(0, "Sudanese/JJ troops/NNS/troop resumed/VBD/resume shelling/VBG/shell rebel/NN "
                        + "camps/NNS/camp near/IN Kadugli/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; dep 2 3; compound 5 4; obj 3 5; case 7 6; nmod 5 7; punct 2 8");
        List<Event> events = code(s, m(0, 0, 2, "SDN", "MIL", "Sudanese troops"), m(0, 4, 5, "SDN", "REB", "rebel"));
        Event resumed = events.stream().filter(e -> e.cameo().equals("196")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals(List.of("SDNREB"), codes(resumed.recipients()), "the gerund's object is the target");
    }

    @Test
    void anArmyPreparingToAttackShowsForceRatherThanThreatens() {
        Sentence s = sentence(0, "Chadian/JJ troops/NNS/troop prepared/VBD/prepare to/TO attack/VB/attack rebel/NN "
                        + "bases/NNS/base near/IN Abeche/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; mark 4 3; xcomp 2 4; compound 6 5; obj 4 6; case 8 7; nmod 6 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 2, "TCD", "MIL", "Chadian troops"));
        Event shown = only(events, "15");
        assertEquals(Modality.ASSERTED, shown.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(events));
    }

    @Test
    void theHolderOfGroundShelledIsTheTarget() {
        // 0 Syrian 1 troops 2 shelled 3 Kurdish 4 - 5 held 6 villages 7 .
        Sentence s = sentence(0, "Syrian/JJ troops/NNS/troop shelled/VBD/shell Kurdish/JJ -/HYPH held/VBN/hold "
                        + "villages/NNS/village ./.",
                "root -1 2; amod 1 0; nsubj 2 1; obl 5 3; punct 5 4; amod 6 5; obj 2 6; punct 2 7");
        Event e = only(code(s, m(0, 0, 2, "SYR", "MIL", "Syrian troops"), m(0, 3, 4, "SYR", "KUR", "Kurdish")), "19");
        assertEquals(List.of("SYRKUR"), codes(e.recipients()));
    }

    @Test
    void aHostileActHeldOutAgainstAConditionByAnOfficialIsAThreat() {
        // 0 Kenya 1 could 2 pull 3 out 4 of 5 mediation 6 if 7 fighting 8 resumes 9 , 10 Ugandan 11 officials 12 said 13 .
        String words = "Kenya/NNP could/MD pull/VB/pull out/RP of/IN mediation/NN if/IN fighting/NN resumes/VBZ/resume ,/, ";
        String deps = "root -1 12; nsubj 2 0; aux 2 1; compound:prt 2 3; case 5 4; obl 2 5; mark 8 6; nsubj 8 7; "
                + "advcl 2 8; ccomp 12 2; punct 12 9; amod 11 10; nsubj 12 11; punct 12 13";
        Sentence official = sentence(0, words + "Ugandan/JJ officials/NNS/official said/VBD/say ./.", deps);
        List<Event> events = code(official, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 10, 12, "UGA", "GOV", "Uganda"));
        Event threat = events.stream().filter(e -> e.cameo().equals("135")).findFirst().orElseThrow(() ->
                new AssertionError(describe(events)));
        assertEquals(Modality.ASSERTED, threat.modality());
        assertEquals(List.of("KEN"), codes(threat.actors()));

        // analysts guess; they relay no one's warning
        Sentence analysts = sentence(0, words + "Ugandan/JJ analysts/NNS/analyst said/VBD/say ./.", deps);
        List<Event> guessed = code(analysts, m(0, 0, 1, "KEN", null, "Kenya"));
        assertTrue(guessed.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(guessed));
    }

    @Test
    void anActTheActorHasYetToDoHasNotHappened() {
        Sentence hung = sentence(0, "Hungary/NNP has/VBZ/have yet/RB to/TO ratify/VB Sweden/NNP 's/POS accession/NN ./.",
                "root -1 1; nsubj 1 0; advmod 4 2; mark 4 3; ccomp 1 4; nmod:poss 7 5; case 5 6; obj 4 7; punct 1 8");
        Event e = only(code(hung, m(0, 0, 1, "HUN", null, "Hungary"), m(0, 5, 6, "SWE", null, "Sweden")), "05");
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals(List.of("HUN"), codes(e.actors()));

        Sentence flat = sentence(0, "Hungary/NNP is/VBZ/be yet/RB to/TO ratify/VB Sweden/NNP 's/POS accession/NN ./.",
                "root -1 4; nsubj 4 0; aux 4 1; advmod 4 2; mark 4 3; nmod:poss 7 5; case 5 6; obj 4 7; punct 4 8");
        assertEquals(Modality.NEGATED, only(code(flat, m(0, 0, 1, "HUN", null, "Hungary"),
                m(0, 5, 6, "SWE", null, "Sweden")), "05").modality());

        Sentence must = sentence(0, "Turkey/NNP has/VBZ/have to/TO ratify/VB Sweden/NNP 's/POS accession/NN ./.",
                "root -1 3; nsubj 3 0; aux 3 1; mark 3 2; nmod:poss 6 4; case 4 5; obj 3 6; punct 3 7");
        assertEquals(Modality.HYPOTHETICAL, only(code(must, m(0, 0, 1, "TUR", null, "Turkey"),
                m(0, 4, 5, "SWE", null, "Sweden")), "05").modality(), "an obligation, not an act");
    }

    @Test
    void talksAHostIsDueToHoldAreAhead() {
        Sentence s = sentence(0, "Saudi/NNP Arabia/NNP is/VBZ/be due/JJ to/IN host/NN talks/NNS/talk between/IN "
                        + "Washington/NNP and/CC Moscow/NNP next/JJ week/NN ./.",
                "root -1 6; compound 1 0; nsubj 6 1; cop 6 2; case 6 3; fixed 3 4; compound 6 5; case 8 7; nmod 6 8; "
                        + "cc 10 9; conj 8 10; amod 12 11; obl:tmod 6 12; punct 6 13",
                "11 13 2022-W08");
        List<Event> events = code(s, m(0, 0, 2, "SAU", null, "Saudi Arabia"), m(0, 8, 9, "USA", null, "United States"),
                m(0, 10, 11, "RUS", null, "Russia"));
        Event talks = only(events, "04");
        assertEquals(Modality.FUTURE, talks.modality());
        assertTrue(events.stream().noneMatch(Event::asserted), describe(events));
    }

    @Test
    void observersSentAreReceivedByTheHostAndDeniedAidAndIncursionsAreCoded() {
        Sentence sent = sentence(0, "The/DT United/NNP Nations/NNPS sent/VBD/send observers/NNS/observer to/IN Sudan/NNP ./.",
                "root -1 3; det 2 0; compound 2 1; nsubj 3 2; obj 3 4; case 6 5; obl 3 6; punct 3 7");
        List<Event> events = code(sent, m(0, 1, 3, "IGO", null, "United Nations"), m(0, 6, 7, "SDN", null, "Sudan"));
        Event observers = only(events, "08");
        assertEquals("086", observers.cameo(), "the codebook codes the host receiving observers");
        assertEquals(List.of("SDN"), codes(observers.actors()));
        assertEquals(List.of("IGO"), codes(observers.recipients()));

        Sentence will = sentence(0, "The/DT EU/NNP will/MD send/VB monitors/NNS/monitor to/IN Armenia/NNP ./.",
                "root -1 3; det 1 0; nsubj 3 1; aux 3 2; obj 3 4; case 6 5; obl 3 6; punct 3 7");
        List<Event> future = code(will, m(0, 1, 2, "IGO", "EU", "European Union"), m(0, 6, 7, "ARM", null, "Armenia"));
        assertEquals(Modality.FUTURE, only(future, "08").modality());
        assertTrue(future.stream().noneMatch(e -> e.cameo().startsWith("03")),
                "the sender's plan is no intent of the host's: " + describe(future));

        Sentence drones = sentence(0, "Iran/NNP denied/VBD/deny sending/VBG/send drones/NNS/drone to/IN Russia/NNP ./.",
                "root -1 1; nsubj 1 0; dep 1 2; obj 2 3; case 5 4; obl 2 5; punct 1 6");
        Event aid = only(code(drones, m(0, 0, 1, "IRN", null, "Iran"), m(0, 5, 6, "RUS", null, "Russia")), "07");
        assertEquals("072", aid.cameo());
        assertEquals(Modality.DENIED, aid.modality());
        assertEquals(List.of("RUS"), codes(aid.recipients()));

        Sentence crossed = sentence(0, "Pakistan/NNP denied/VBD/deny that/IN its/PRP$ troops/NNS had/VBD/have "
                        + "crossed/VBN/cross into/IN Afghanistan/NNP ./.",
                "root -1 1; nsubj 1 0; mark 6 2; nmod:poss 4 3; nsubj 6 4; aux 6 5; ccomp 1 6; case 8 7; obl 6 8; punct 1 9");
        Event incursion = only(code(crossed, m(0, 0, 1, "PAK", null, "Pakistan"), m(0, 3, 5, "PAK", "MIL", "Pakistan"),
                m(0, 8, 9, "AFG", null, "Afghanistan")), "19");
        assertEquals(Modality.DENIED, incursion.modality());
        assertEquals(List.of("PAKMIL"), codes(incursion.actors()));
        assertEquals(List.of("AFG"), codes(incursion.recipients()));

        Sentence games = sentence(0, "Iran/NNP will/MD hold/VB war/NN games/NNS/game near/IN Kuwait/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; compound 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Event posture = only(code(games, m(0, 0, 1, "IRN", null, "Iran"), m(0, 6, 7, "KWT", null, "Kuwait")), "15");
        assertEquals(Modality.FUTURE, posture.modality());
        assertEquals(List.of("KWT"), codes(posture.recipients()));
    }

    @Test
    void aSpanEarlierCountsFromTheDateOfTheGoverningClause() {
        Sentence parsed = sentence(0, "Serbia/NNP said/VBD/say last/JJ week/NN that/IN Kosovo/NNP police/NN had/VBD/have "
                        + "raided/VBN/raid Serbian/JJ villages/NNS/village two/CD days/NNS/day earlier/RBR/early ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obl:tmod 1 3; mark 8 4; compound 6 5; nsubj 8 6; aux 8 7; ccomp 1 8; "
                        + "amod 10 9; obj 8 10; nummod 12 11; obl:npmod 13 12; advmod 8 13; punct 1 14",
                "2 4 2022-W06");
        List<org.dyad.model.Timex> tx = new ArrayList<>(parsed.timexes());
        tx.add(new org.dyad.model.Timex(11, 13, "two days", "DURATION", "P2D"));
        Sentence s = new Sentence(0, parsed.begin(), parsed.end(), parsed.text(), parsed.tokens(), parsed.dependencies(), tx);
        Event raid = only(code(s, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 5, 7, "XKX", "COP", "Kosovo"),
                m(0, 9, 10, "SRB", null, "Serbia")), "17");
        assertEquals(LocalDate.of(2022, 2, 5), raid.date().date(), "two days before the Monday of last week");
        assertEquals(EventDate.Precision.WEEK, raid.date().precision(), "no finer than its anchor");
        assertEquals(EventDate.Basis.TEXT, raid.date().basis());

        Sentence bare = sentence(0, "Kosovo/NNP police/NN raided/VBD/raid Serbian/JJ villages/NNS/village two/CD "
                        + "days/NNS/day earlier/RBR/early ./.",
                "root -1 2; compound 1 0; nsubj 2 1; amod 4 3; obj 2 4; nummod 6 5; obl:npmod 7 6; advmod 2 7; punct 2 8");
        Sentence unanchored = new Sentence(0, bare.begin(), bare.end(), bare.text(), bare.tokens(), bare.dependencies(),
                List.of(new org.dyad.model.Timex(5, 7, "two days", "DURATION", "P2D")));
        Event plain = only(code(unanchored, m(0, 0, 2, "XKX", "COP", "Kosovo"), m(0, 3, 4, "SRB", null, "Serbia")), "17");
        assertEquals(EventDate.Basis.PUBLICATION, plain.date().basis(), "the anchor lies outside the sentence");
    }

    @Test
    void aDateClosingJoinedPastVerbsDatesTheFirstToo() {
        // 0 Islamabad 1 suspended 2 trade 3 with 4 India 5 and 6 closed 7 its 8 airspace 9 last 10 month 11 .
        Sentence s = sentence(0, "Islamabad/NNP suspended/VBD/suspend trade/NN with/IN India/NNP and/CC closed/VBD/close "
                        + "its/PRP$ airspace/NN last/JJ month/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; cc 6 5; conj 1 6; nmod:poss 8 7; obj 6 8; amod 10 9; "
                        + "obl:tmod 6 10; punct 1 11",
                "9 11 2022-01");
        List<Event> events = code(s, m(0, 0, 1, "PAK", "GOV", "Pakistan"), m(0, 4, 5, "IND", null, "India"));
        Event suspended = events.stream().filter(e -> e.mentions().get(0).trigger().equals("suspended")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 1), suspended.date().date(), () -> describe(events));
        assertEquals(EventDate.Basis.TEXT, suspended.date().basis());

        // another subject makes another clause: "Pakistan suspended trade and India closed its airspace last month"
        Sentence other = sentence(0, "Pakistan/NNP suspended/VBD/suspend trade/NN and/CC India/NNP closed/VBD/close "
                        + "its/PRP$ airspace/NN last/JJ month/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 5 3; nsubj 5 4; conj 1 5; nmod:poss 7 6; obj 5 7; amod 9 8; "
                        + "obl:tmod 5 9; punct 1 10",
                "8 10 2022-01");
        List<Event> two = code(other, m(0, 0, 1, "PAK", "GOV", "Pakistan"), m(0, 4, 5, "IND", null, "India"));
        Event own = two.stream().filter(e -> e.mentions().get(0).trigger().equals("suspended")).findFirst().orElseThrow();
        assertEquals(EventDate.Basis.PUBLICATION, own.date().basis(), () -> describe(two));

        // three joined verbs and a trailing attribution dated on its own: the closing date is the acts',
        // and outranks the attribution's
        Sentence three = sentence(0, "Troops/NNS/troop raided/VBD/raid the/DT camp/NN ,/, detained/VBD/detain ten/CD "
                        + "men/NNS/man and/CC burned/VBD/burn houses/NNS/house last/JJ week/NN ,/, the/DT army/NN "
                        + "said/VBD/say on/IN Monday/NNP ./.",
                "nsubj 1 0; ccomp 16 1; det 3 2; obj 1 3; punct 5 4; conj 1 5; nummod 7 6; obj 5 7; cc 9 8; conj 1 9; "
                        + "obj 9 10; amod 12 11; obl:tmod 9 12; punct 16 13; det 15 14; nsubj 16 15; root -1 16; case 18 17; "
                        + "obl 16 18; punct 16 19",
                "11 13 2022-W05; 18 19 2022-02-14");
        List<Event> raids = code(three, m(0, 0, 1, "ISR", "MIL", "Israel"), m(0, 14, 16, "ISR", "MIL", "Israel"));
        for (String trigger : List.of("raided", "burned")) {
            Event e = raids.stream().filter(x -> x.mentions().get(0).trigger().equals(trigger)).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2022, 1, 31), e.date().date(), () -> trigger + ": " + describe(raids));
            assertEquals(EventDate.Basis.TEXT, e.date().basis(), trigger);
        }
    }

    @Test
    void aSpanBeforeAfterOrBeforeDatesItsClauseFromTheClauseItHangsFrom() {
        String words = "Iran/NNP fired/VBD/fire missiles/NNS/missile on/IN Monday/NNP ,/, a/DT day/NN after/IN "
                + "Israel/NNP bombed/VBD/bomb Iranian/JJ sites/NNS/site ./.";
        String deps = "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4; punct 4 5; det 7 6; dep 10 7; mark 10 8; "
                + "nsubj 10 9; dep 4 10; amod 12 11; obj 10 12; punct 1 13";
        Sentence parsed = sentence(0, words, deps, "4 5 2025-06-23");
        List<org.dyad.model.Timex> tx = new ArrayList<>(parsed.timexes());
        tx.add(new org.dyad.model.Timex(6, 8, "a day", "DURATION", "P1D"));
        Sentence s = new Sentence(0, parsed.begin(), parsed.end(), parsed.text(), parsed.tokens(), parsed.dependencies(), tx);
        List<Event> events = code(s, m(0, 0, 1, "IRN", null, "Iran"), m(0, 9, 10, "ISR", null, "Israel"),
                m(0, 11, 12, "IRN", null, "Iran"));
        Event bombing = events.stream().filter(e -> codes(e.actors()).equals(List.of("ISR"))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 22), bombing.date().date(), "a day before Monday");
        assertEquals(EventDate.Basis.TEXT, bombing.date().basis());
        Event missiles = events.stream().filter(e -> codes(e.actors()).equals(List.of("IRN"))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 23), missiles.date().date());

        Sentence before = new Sentence(0, parsed.begin(), parsed.end(), parsed.text().replace("after", "before"),
                sentence(0, words.replace("after/IN", "before/IN"), deps).tokens(), parsed.dependencies(), tx);
        Event later = code(before, m(0, 0, 1, "IRN", null, "Iran"), m(0, 9, 10, "ISR", null, "Israel"),
                m(0, 11, 12, "IRN", null, "Iran")).stream().filter(e -> codes(e.actors()).equals(List.of("ISR")))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 24), later.date().date(), "a day before it is the day after Monday");
    }

    @Test
    void aDateAfterARepairedGerundIsTheGerundsOwn() {
        Sentence s = sentence(0, "Kyiv/NNP accused/VBD/accuse Moscow/NNP on/IN Monday/NNP of/IN shelling/VBG/shell "
                        + "Kherson/NNP on/IN Saturday/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4; case 7 5; amod 7 6; obl 1 7; case 9 8; obl 1 9; punct 1 10",
                "4 5 2022-02-14; 9 10 2022-02-12");
        List<Event> events = code(s, m(0, 0, 1, "UKR", "GOV", "Ukraine"), m(0, 2, 3, "RUS", "GOV", "Russia"),
                m(0, 7, 8, "UKR", null, "Ukraine"));
        assertEquals(LocalDate.of(2022, 2, 12), only(events, "19").date().date(), "shelled on Saturday");
        assertEquals(LocalDate.of(2022, 2, 14), only(events, "11").date().date(), "accused on Monday");
    }

    @Test
    void anObjectShiftedBehindAnAsComplementIsTheVerbsObject() {
        // "condemned as an act of piracy Turkey's seizure of ...": the parser hangs the object on "act"
        Sentence s = sentence(0, "Greece/NNP condemned/VBD/condemn as/IN an/DT act/NN of/IN piracy/NN Turkey/NNP "
                        + "'s/POS seizure/NN of/IN two/CD trawlers/NNS/trawler ./.",
                "root -1 1; nsubj 1 0; case 4 2; det 4 3; obl 1 4; case 6 5; nmod 4 6; nmod:poss 9 7; case 7 8; "
                        + "dep 4 9; case 12 10; nummod 12 11; nmod 9 12; punct 1 13");
        List<Event> events = code(s, m(0, 0, 1, "GRC", null, "Greece"), m(0, 7, 8, "TUR", null, "Turkey"));
        Event e = only(events, "11");
        assertEquals(List.of("TUR"), codes(e.recipients()), "Turkey's seizure is what Greece condemned");
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("17")), "the seizure condemned is no event of its own");
    }

    @Test
    void partiesCoordinatedInsideAnArgumentAreAllTargets() {
        Sentence s = sentence(0, "Japan/NNP eased/VBD/ease curbs/NNS/curb on/IN exports/NNS/export to/IN Iran/NNP "
                        + "and/CC Syria/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; nmod 2 4; case 6 5; nmod 4 6; cc 8 7; conj 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "JPN", null, "Japan"), m(0, 6, 7, "IRN", null, "Iran"),
                m(0, 8, 9, "SYR", null, "Syria"));
        assertEquals(1, events.size(), () -> describe(events));
        assertEquals(List.of("IRN", "SYR"), codes(events.get(0).recipients()));
    }

    @Test
    void aToPhraseHungOnADateIsTheVerbs() {
        // the parser hangs "to Cuba" on "May" and makes "Iran" and "Syria" conjuncts of the date
        Sentence s = sentence(0, "Japan/NNP lifted/VBD/lift the/DT embargo/NN in/IN late/JJ May/NNP to/IN Cuba/NNP "
                        + ",/, Iran/NNP and/CC Syria/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; amod 6 5; obl 1 6; case 8 7; nmod 6 8; "
                        + "punct 6 9; conj 6 10; cc 12 11; conj 6 12; punct 1 13",
                "5 7 2022-05");
        List<Event> events = code(s, m(0, 0, 1, "JPN", null, "Japan"), m(0, 8, 9, "CUB", null, "Cuba"),
                m(0, 10, 11, "IRN", null, "Iran"), m(0, 12, 13, "SYR", null, "Syria"));
        assertEquals(1, events.size(), () -> describe(events));
        assertEquals(List.of("CUB", "IRN", "SYR"), codes(events.get(0).recipients()));
    }

    @Test
    void aPossessivePronounOnTheActIsTheSubjectOfItsClause() {
        // the resolver reads "their" as the earlier "Kurdish fighters" (CVL); "their units" are the army's
        Sentence s = sentence(0, "Kurdish/JJ fighters/NNS said/VBD/say their/PRP$ units/NNS/unit had/VBD/have "
                        + "completed/VBN/complete their/PRP$ withdrawal/NN from/IN Kirkuk/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; nmod:poss 4 3; nsubj 6 4; aux 6 5; ccomp 2 6; nmod:poss 8 7; "
                        + "obj 6 8; case 10 9; nmod 8 10; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "IRQ", "CVL", "Iraq"), m(0, 3, 5, "IRQ", "MIL", "Iraq"),
                m(0, 7, 8, "IRQ", "CVL", "Iraq"));
        Event e = only(events, "08");
        assertEquals(List.of("IRQMIL"), codes(e.actors()));
    }

    @Test
    void aHungerStrikeToProtestAgainstADecisionDefiesWhoeverMadeIt() {
        Sentence s = sentence(0, "Kurdish/JJ refugees/NNS/refugee began/VBD/begin a/DT hunger/NN strike/NN to/TO "
                        + "protest/VB against/IN Germany/NNP 's/POS decision/NN ./.",
                "root -1 2; amod 1 0; nsubj 2 1; det 5 3; compound 5 4; obj 2 5; mark 7 6; xcomp 2 7; case 11 8; "
                        + "nmod:poss 11 9; case 9 10; obl 7 11; punct 2 12");
        List<Event> events = code(s, m(0, 0, 2, null, "REF", "Kurdish refugees"), m(0, 9, 10, "DEU", null, "Germany"));
        Event e = only(events, "14");
        assertEquals(List.of("DEU"), codes(e.recipients()), () -> describe(events));
    }

    @Test
    void sentSuppliesAreAid() {
        Sentence s = sentence(0, "Norway/NNP sent/VBD/send medical/JJ supplies/NNS/supply to/IN Chile/NNP ./.",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "NOR", null, "Norway"), m(0, 5, 6, "CHL", null, "Chile")), "07");
        assertEquals("070", e.cameo());
        assertEquals(List.of("NOR"), codes(e.actors()));
        assertEquals(List.of("CHL"), codes(e.recipients()));
    }

    @Test
    void haltingMediationEffortsHaltsMediation() {
        Sentence s = sentence(0, "Qatar/NNP halted/VBD/halt its/PRP$ mediation/NN efforts/NNS/effort between/IN "
                        + "Israel/NNP and/CC Hamas/NNP ./.",
                "root -1 1; nsubj 1 0; nmod:poss 4 2; compound 4 3; obj 1 4; case 6 5; nmod 4 6; cc 8 7; conj 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 6, 7, "ISR", null, "Israel"),
                m(0, 8, 9, "PSE", "UAF", "Hamas"));
        Event e = only(events, "16");
        assertEquals("165", e.cameo());
        assertEquals(List.of("QAT"), codes(e.actors()));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("04")), describe(events));
    }

    @Test
    void aBillSignedAtHomeIsNoAgreementAlsoAsAParticiple() {
        // "a bill signed by the president": the participle's noun is what is signed, and a bill is no treaty
        Sentence s = sentence(0, "Nurses/NNS/nurse in/IN Kenya/NNP walked/VBD/walk out/RP over/IN a/DT health/NN bill/NN "
                        + "signed/VBN/sign by/IN President/NNP William/NNP Ruto/NNP ./.",
                "root -1 3; nsubj 3 0; case 2 1; nmod 0 2; compound:prt 3 4; case 8 5; det 8 6; compound 8 7; obl 3 8; "
                        + "acl 8 9; case 13 10; compound 13 11; compound 13 12; obl 9 13; punct 3 14");
        List<Event> events = code(s, m(0, 0, 3, "KEN", "HLH", "Kenya"), m(0, 11, 14, "KEN", "GOV", "William Ruto"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("05")), describe(events));
        Sentence direct = sentence(0, "President/NNP William/NNP Ruto/NNP signed/VBD/sign the/DT health/NN bill/NN ./.",
                "root -1 3; compound 2 0; compound 2 1; nsubj 3 2; det 6 4; compound 6 5; obj 3 6; punct 3 7");
        List<Event> signed = code(direct, m(0, 0, 3, "KEN", "GOV", "William Ruto"));
        assertTrue(signed.stream().noneMatch(x -> x.cameo().startsWith("05")), describe(signed));
    }

    @Test
    void peacekeepersArrivingAreADeploymentTheHostReceives() {
        Sentence s = sentence(0, "Nepali/JJ peacekeepers/NNS/peacekeeper arrived/VBD/arrive in/IN Mali/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; case 4 3; obl 2 4; punct 2 5");
        Event e = only(code(s, m(0, 0, 2, "NPL", "MIL", "Nepal"), m(0, 4, 5, "MLI", null, "Mali")), "08");
        assertEquals("0861", e.cameo());
        assertEquals(List.of("MLI"), codes(e.actors()));
        assertEquals(List.of("NPLMIL"), codes(e.recipients()));
        // ministers arriving make a visit
        Sentence visit = sentence(0, "Nepali/JJ ministers/NNS/minister arrived/VBD/arrive in/IN Mali/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; case 4 3; obl 2 4; punct 2 5");
        assertEquals("042", only(code(visit, m(0, 0, 2, "NPL", "GOV", "Nepal"), m(0, 4, 5, "MLI", null, "Mali")), "04").cameo());
    }

    @Test
    void anObjectHungUnderABareDateAfterTheVerbIsTheVerbsObject() {
        // wire style "lifted Monday a blockade", parsed with the object under the date
        Sentence s = sentence(0, "The/DT navy/NN lifted/VBD/lift Monday/NNP a/DT week-old/JJ blockade/NN on/IN the/DT "
                        + "port/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; obl:tmod 2 3; det 6 4; amod 6 5; dep 3 6; case 9 7; det 9 8; nmod 6 9; "
                        + "punct 2 10",
                "3 4 2022-02-14");
        Event e = only(code(s, m(0, 0, 2, "ISR", "MIL", "Israel")), "08");
        assertEquals("0872", e.cameo());
        assertEquals(List.of("ISRMIL"), codes(e.actors()));
    }

    @Test
    void takingOverNeedsSomethingTakenOver() {
        Sentence seized = sentence(0, "Rebels/NNS/rebel took/VBD/take over/RP the/DT airport/NN ./.",
                "root -1 1; nsubj 1 0; compound:prt 1 2; det 4 3; obj 1 4; punct 1 5");
        assertEquals("192", only(code(seized, m(0, 0, 1, "MLI", "REB", "rebels")), "19").cameo());
        // with no object, taking over is taking office
        Sentence office = sentence(0, "A/DT new/JJ government/NN took/VBD/take over/RP in/IN Mali/NNP ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; compound:prt 3 4; case 6 5; obl 3 6; punct 3 7");
        List<Event> events = code(office, m(0, 0, 3, "MLI", "GOV", "Mali"), m(0, 6, 7, "MLI", null, "Mali"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("19")), describe(events));
    }

    @Test
    void mobilizingGroupsIsNoMilitaryMobilization() {
        Sentence lobby = sentence(0, "Qatar/NNP mobilized/VBD/mobilize lobby/NN groups/NNS/group in/IN Washington/NNP ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        List<Event> events = code(lobby, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 5, 6, "USA", "GOV", "Washington"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("15")), describe(events));
        Sentence reservists = sentence(0, "Armenia/NNP mobilized/VBD/mobilize reservists/NNS/reservist ./.",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3");
        assertEquals("154", only(code(reservists, m(0, 0, 1, "ARM", null, "Armenia")), "15").cameo());
    }

    @Test
    void mobilizedForcesAreTheMobilizersOwnAndAPurposeAgainstNamesTheTarget() {
        Sentence war = sentence(0, "Greece/NNP mobilized/VBD/mobilize navy/NN reservists/NNS/reservist for/IN a/DT war/NN against/IN Turkey/NNP ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; case 6 4; det 6 5; obl 1 6; case 8 7; nmod 6 8; punct 1 9");
        Event e = only(code(war, m(0, 0, 1, "GRC", null, "Greece"), m(0, 2, 4, "GRC", "MIL", "Greece"),
                m(0, 8, 9, "TUR", null, "Turkey")), "15");
        assertEquals(List.of("TUR"), codes(e.recipients()), "the reservists are Greece's own; the war is against Turkey");
        Sentence own = sentence(0, "Greece/NNP mobilized/VBD/mobilize navy/NN reservists/NNS/reservist ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; punct 1 4");
        Event bare = only(code(own, m(0, 0, 1, "GRC", null, "Greece"), m(0, 2, 4, "GRC", "MIL", "Greece")), "15");
        assertTrue(bare.recipients().isEmpty(), describe(List.of(bare)));
    }

    @Test
    void forcesOneRefusesToSendAreOnesOwnAndWhereTheyWouldGoIsTheParty() {
        Sentence s = sentence(0, "Brazil/NNP refused/VBD/refuse to/TO deploy/VB soldiers/NNS/soldier in/IN Haiti/NNP ./.",
                "root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; obj 3 4; case 6 5; nmod 4 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "BRA", null, "Brazil"), m(0, 4, 5, "BRA", "MIL", "Brazil"),
                m(0, 6, 7, "HTI", null, "Haiti")), "12");
        assertEquals(List.of("HTI"), codes(e.recipients()), "the soldiers are Brazil's own");
    }

    @Test
    void unhyphenatedCompoundModifierReadAsAClausalSubjectLeavesItsObjectAsTheSubject() {
        // "Kremlin backed Belarus", a compound modifier without its hyphen, parsed as a clausal subject
        Sentence s = sentence(0, "Kremlin/NNP backed/VBD/back Belarus/NNP has/VBZ/have been/VBN/be sharing/VBG/share technology/NN with/IN Iran/NNP ./.",
                "root -1 5; nsubj 1 0; csubj 5 1; obj 1 2; aux 5 3; aux 5 4; obj 5 6; case 8 7; nmod 6 8; punct 5 9");
        Event e = only(code(s, m(0, 0, 1, "RUS", "GOV", "Kremlin"), m(0, 2, 3, "BLR", null, "Belarus"),
                m(0, 8, 9, "IRN", null, "Iran")), "06");
        assertEquals(List.of("BLR"), codes(e.actors()), "Belarus shares; the Kremlin only backs it");
        assertEquals(List.of("IRN"), codes(e.recipients()));
    }

    @Test
    void thePartyHelpedToDefendIsTheRecipientOfWhatIsSent() {
        Sentence protect = sentence(0, "Denmark/NNP sent/VBD/send supplies/NNS/supply to/TO help/VB protect/VB Estonia/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; xcomp 1 4; xcomp 4 5; obj 5 6; punct 1 7");
        Event e = only(code(protect, m(0, 0, 1, "DNK", null, "Denmark"), m(0, 6, 7, "EST", null, "Estonia")), "07");
        assertEquals(List.of("EST"), codes(e.recipients()));
        // one helps fight an enemy, who receives nothing
        Sentence fight = sentence(0, "Denmark/NNP sent/VBD/send supplies/NNS/supply to/TO help/VB fight/VB the/DT militants/NNS/militant ./.",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; xcomp 1 4; xcomp 4 5; det 7 6; obj 5 7; punct 1 8");
        Event f = only(code(fight, m(0, 0, 1, "DNK", null, "Denmark"), m(0, 6, 8, "SYR", "REB", "Syria")), "07");
        assertTrue(f.recipients().isEmpty(), describe(List.of(f)));
    }

    @Test
    void approvingABudgetEndorsesNoOne() {
        Sentence budget = sentence(0, "The/DT Senate/NNP approved/VBD/approve the/DT budget/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; punct 2 5");
        List<Event> events = code(budget, m(0, 0, 2, "USA", "LEG", "Senate"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("05")), describe(events));
        Sentence plan = sentence(0, "Germany/NNP approved/VBD/approve the/DT French/JJ plan/NN ./.",
                "root -1 1; nsubj 1 0; det 4 2; amod 4 3; obj 1 4; punct 1 5");
        assertEquals("051", only(code(plan, m(0, 0, 1, "DEU", null, "Germany"), m(0, 3, 4, "FRA", null, "France")), "05")
                .cameo());
    }

    @Test
    void pressuringAPartyToActDemandsTheAct() {
        Sentence s = sentence(0, "Thai/JJ authorities/NNS/authority pressured/VBD/pressure farmers/NNS/farmer to/TO "
                        + "end/VB/end their/PRP$ protest/NN ./.",
                "root -1 2; amod 1 0; nsubj 2 1; obj 2 3; mark 5 4; xcomp 2 5; nmod:poss 7 6; obj 5 7; punct 2 8");
        List<Event> events = code(s, m(0, 0, 2, "THA", "GOV", "Thailand"), m(0, 3, 4, "THA", "AGR", "farmers"));
        Event demand = only(events, "10");
        assertEquals("1052", demand.cameo());
        assertEquals(List.of("THAGOV"), codes(demand.actors()));
        assertEquals(List.of("THAAGR"), codes(demand.recipients()));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("17")), describe(events));
        assertNotEquals(Modality.ASSERTED, only(events, "08").modality(), "the protest is not ended yet");
    }

    @Test
    void aWordOfAnActorsNameIsNoEvent() {
        Sentence s = sentence(0, "The/DT Shanghai/NNP Cooperation/NNP Organisation/NNP held/VBD/hold a/DT summit/NN "
                        + "in/IN Astana/NNP ./.",
                "root -1 4; det 3 0; compound 2 1; compound 3 2; nsubj 4 3; det 6 5; obj 4 6; case 8 7; obl 4 8; punct 4 9");
        List<Event> events = code(s, m(0, 0, 4, "IGO", null, "Shanghai Cooperation Organisation"),
                m(0, 8, 9, "KAZ", null, "Kazakhstan"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("06")), describe(events));
        assertEquals(1, events.size(), describe(events));
    }

    @Test
    void anActInADuringPhraseIsBackground() {
        Sentence s = sentence(0, "Prices/NNS/price rose/VBD/rise during/IN Russia/NNP 's/POS invasion/NN of/IN Ukraine/NNP ./.",
                "root -1 1; nsubj 1 0; case 5 2; nmod:poss 5 3; case 3 4; obl 1 5; case 7 6; nmod 5 7; punct 1 8");
        List<Event> events = code(s, m(0, 3, 4, "RUS", null, "Russia"), m(0, 7, 8, "UKR", null, "Ukraine"));
        assertTrue(events.isEmpty(), describe(events));
    }

    @Test
    void anIntentInADescriptionOfSomeoneIsNoStatedIntent() {
        Sentence s = sentence(0, "A/DT Qatari/JJ team/NN trying/VBG/try to/TO broker/VB/broker a/DT truce/NN "
                        + "arrived/VBD/arrive in/IN Cairo/NNP ./.",
                "root -1 8; det 2 0; amod 2 1; nsubj 8 2; acl 2 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; case 10 9; "
                        + "obl 8 10; punct 8 11");
        List<Event> events = code(s, m(0, 1, 3, "QAT", "GOV", "Qatar"), m(0, 10, 11, "EGY", "GOV", "Egypt"));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("03")), describe(events));
        assertTrue(events.stream().anyMatch(x -> x.cameo().equals("042")), describe(events));
    }

    @Test
    void aPastActToldAsFactOrAConditionKeepsItsOwnModality() {
        Sentence after = sentence(0, "Russia/NNP will/MD/will retaliate/VB/retaliate after/IN Ukraine/NNP shelled/VBD/shell "
                        + "Belgorod/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; mark 5 3; nsubj 5 4; advcl 2 5; obj 5 6; punct 2 7");
        Event shelling = only(code(after, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "UKR", null, "Ukraine"),
                m(0, 6, 7, "RUS", null, "Russia")), "194");
        assertEquals(Modality.ASSERTED, shelling.modality());
        Sentence unless = sentence(0, "Teachers/NNS/teacher will/MD/will not/RB end/VB/end their/PRP$ strike/NN unless/IN "
                        + "Serbia/NNP meets/VBZ/meet their/PRP$ demands/NNS/demand ./.",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; nmod:poss 5 4; obj 3 5; mark 8 6; nsubj 8 7; advcl 3 8; "
                        + "nmod:poss 10 9; obj 8 10; punct 3 11");
        List<Event> events = code(unless, m(0, 0, 1, "SRB", "EDU", "teachers"), m(0, 7, 8, "SRB", "GOV", "Serbia"));
        Event met = events.stream().filter(e -> e.mentions().get(0).trigger().equals("meets")).findFirst().orElseThrow();
        assertEquals(Modality.HYPOTHETICAL, met.modality(), describe(events));
    }

    @Test
    void aStatesOrderToItsOwnPressRestrictsExpression() {
        Sentence s = sentence(0, "Iran/NNP ordered/VBD/order the/DT daily/NN to/TO suspend/VB/suspend publication/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; mark 5 4; xcomp 1 5; obj 5 6; punct 1 7");
        Event e = only(code(s, m(0, 0, 1, "IRN", "GOV", "Iran"), m(0, 2, 4, "IRN", "MED", "daily")), "17");
        assertEquals("1721", e.cameo());
        assertEquals("COERCE", e.type());
        assertEquals(List.of("IRNMED"), codes(e.recipients()));
        // a foreign paper is asked, not restricted
        List<Event> foreign = code(s, m(0, 0, 1, "IRN", "GOV", "Iran"), m(0, 2, 4, "FRA", "MED", "daily"));
        assertTrue(foreign.stream().noneMatch(x -> x.cameo().startsWith("17")), describe(foreign));
    }

    @Test
    void dyingOfTortureIsAKillingByAssault() {
        Sentence s = sentence(0, "An/DT Iranian/JJ activist/NN died/VBD/die as/IN a/DT result/NN of/IN torture/NN by/IN "
                        + "prison/NN guards/NNS/guard ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; case 6 4; det 6 5; obl 3 6; case 8 7; nmod 6 8; case 11 9; "
                        + "compound 11 10; nmod 8 11; punct 3 12");
        List<Event> events = code(s, m(0, 1, 3, "IRN", "CVL", "activist"), m(0, 10, 12, "IRN", "COP", "guards"));
        Event e = only(events, "18");
        assertEquals("1823", e.cameo());
        assertEquals(List.of("IRNCOP"), codes(e.actors()));
        assertEquals(List.of("IRNCVL"), codes(e.recipients()));
        // with no torturer named, the dead are still the target
        Sentence unnamed = sentence(0, "A/DT Syrian/JJ detainee/NN died/VBD/die of/IN torture/NN ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; case 5 4; obl 3 5; punct 3 6");
        Event u = only(code(unnamed, m(0, 1, 3, "SYR", "CVL", "detainee")), "18");
        assertEquals("1823", u.cameo());
        assertEquals(List.of("SYRCVL"), codes(u.recipients()));
    }

    @Test
    void foodAidIsHumanitarianAid() {
        Sentence s = sentence(0, "Japan/NNP provided/VBD/provide food/NN aid/NN to/IN Sudan/NNP ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "JPN", null, "Japan"), m(0, 5, 6, "SDN", null, "Sudan")), "07");
        assertEquals("073", e.cameo());
        assertEquals(List.of("SDN"), codes(e.recipients()));
    }

    @Test
    void anAppealForMilitaryAidNamesItsKind() {
        Sentence s = sentence(0, "Niger/NNP asked/VBD/ask France/NNP for/IN military/JJ aid/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; amod 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "NER", null, "Niger"), m(0, 2, 3, "FRA", null, "France")), "02");
        assertEquals("0232", e.cameo());
        assertEquals(List.of("FRA"), codes(e.recipients()));
    }

    @Test
    void peacekeepingTroopsSentAreProtectionNotMobilization() {
        Sentence s = sentence(0, "Kenya/NNP sent/VBD/send peacekeeping/NN troops/NNS/troops to/IN Haiti/NNP ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 5, 6, "HTI", null, "Haiti"));
        Event e = only(events, "07");
        assertEquals("074", e.cameo());
        assertEquals(List.of("HTI"), codes(e.recipients()));
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("15")), describe(events));
    }

    @Test
    void aNounTagWithSubjectAndObjectIsAVerbAndCurbsAreRestrictions() {
        // the tagger's "end/NN" in a subjunctive that-clause: a noun takes no object
        Sentence s = sentence(0, "Amnesty/NNP demanded/VBD/demand that/IN the/DT government/NN end/NN curbs/NNS/curb "
                        + "on/IN press/NN freedom/NN ./.",
                "root -1 1; nsubj 1 0; mark 5 2; det 4 3; nsubj 5 4; ccomp 1 5; obj 5 6; case 9 7; compound 9 8; "
                        + "nmod 6 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "GBR", "NGO", "Amnesty"), m(0, 3, 5, "SDN", "GOV", "Sudan"));
        assertEquals("0811", only(events, "08").cameo());
        Event demand = only(events, "10");
        assertEquals("1051", demand.cameo());
        assertEquals(List.of("SDNGOV"), codes(demand.recipients()));
    }

    @Test
    void monitorsOverseeingATruceDeclareNone() {
        Sentence s = sentence(0, "UN/NNP monitors/NNS/monitor oversee/VBP/oversee the/DT ceasefire/NN between/IN "
                        + "Armenia/NNP and/CC Azerbaijan/NNP ./.",
                "root -1 2; compound 1 0; nsubj 2 1; det 4 3; obj 2 4; case 6 5; nmod 4 6; cc 8 7; conj 6 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 2, "IGO", null, "United Nations"), m(0, 6, 7, "ARM", null, "Armenia"),
                m(0, 8, 9, "AZE", null, "Azerbaijan"));
        assertTrue(events.isEmpty(), describe(events));
    }

    @Test
    void aBareCountryBesideAnActorOfThatCountryOnlySaysWhereItIsFrom() {
        // the parser hangs "across Kenya" on "Thousands", beside "farmers"
        Sentence s = sentence(0, "Thousands/NNS of/IN farmers/NNS across/IN Kenya/NNP marched/VBD/march against/IN "
                        + "the/DT tax/NN ./.",
                "root -1 5; nsubj 5 0; case 2 1; nmod 0 2; case 4 3; nmod 0 4; obl 5 8; case 8 6; det 8 7; punct 5 9");
        Event march = only(code(s, m(0, 2, 3, "KEN", "AGR", "Kenya"), m(0, 4, 5, "KEN", null, "Kenya")), "14");
        assertEquals(List.of("KENAGR"), codes(march.actors()), "one actor, not the farmers and Kenya");
    }

    @Test
    void theByPhraseOnTheObjectNamesThePartyAnswered() {
        Sentence s = sentence(0, "Ankara/NNP rejected/VBD/reject calls/NNS/call by/IN Greek/JJ officials/NNS for/IN "
                        + "compensation/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; amod 5 4; nmod 2 5; case 7 6; nmod 2 7; punct 1 8");
        Event rejection = only(code(s, m(0, 0, 1, "TUR", "GOV", "Turkey"), m(0, 4, 6, "GRC", "GOV", "Greece")), "12");
        assertEquals(List.of("GRCGOV"), codes(rejection.recipients()), "the calls were the Greek officials'");
    }

    @Test
    void aProtestInDefianceOfAPartyTargetsThatParty() {
        Sentence s = sentence(0, "Thousands/NNS of/IN workers/NNS blocked/VBD/block roads/NNS in/IN defiance/NN of/IN "
                        + "the/DT Serbian/JJ authorities/NNS ./.",
                "root -1 3; nsubj 3 0; case 2 1; nmod 0 2; obj 3 4; obl 3 6; case 6 5; nmod 6 10; case 10 7; det 10 8; "
                        + "amod 10 9; punct 3 11");
        Event protest = only(code(s, m(0, 2, 3, "MNE", "LAB", "Montenegro"), m(0, 9, 11, "SRB", "GOV", "Serbia")), "14");
        assertEquals(List.of("SRBGOV"), codes(protest.recipients()), "the authorities defied, not the workers' own government");
    }

    @Test
    void aWordOfABodysNameIsNoAct() {
        Sentence s = sentence(0, "The/DT Black/NNP Sea/NNP Economic/NNP Cooperation/NNP met/VBD/meet in/IN Sofia/NNP ./.",
                "root -1 5; det 4 0; compound 2 1; compound 4 2; compound 4 3; nsubj 5 4; obl 5 7; case 7 6; punct 5 8");
        List<Event> events = code(s, m(0, 0, 5, "IGO", "IGO", "Black Sea Economic Cooperation"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("06")), "no cooperation: " + describe(events));
        only(events, "04");
    }

    @Test
    void anActNamedAsTheTimeOfAnotherIsBackground() {
        Sentence s = sentence(0, "Riot/NN police/NNS arrested/VBD/arrest 30/CD protesters/NNS during/IN a/DT NATO/NNP "
                        + "summit/NN in/IN Madrid/NNP ./.",
                "root -1 2; compound 1 0; nsubj 2 1; nummod 4 3; obj 2 4; obl 2 8; case 8 5; det 8 6; compound 8 7; "
                        + "nmod 8 10; case 10 9; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "ESP", "COP", "Spain"), m(0, 4, 5, "ESP", "CVL", "Spain"),
                m(0, 7, 8, "IGO", "IGO", "NATO"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), "the summit only dates the arrests: "
                + describe(events));
        only(events, "17");
    }

    @Test
    void aRefusalDespiteCallsAnswersWhoeverCalled() {
        Sentence s = sentence(0, "The/DT minister/NN refused/VBD/refuse to/TO resign/VB despite/IN calls/NNS/call "
                        + "from/IN the/DT opposition/NN ./.",
                "root -1 2; det 1 0; nsubj 2 1; mark 4 3; xcomp 2 4; obl 2 6; case 6 5; nmod 6 9; case 9 7; det 9 8; "
                        + "punct 2 10");
        Event refusal = only(code(s, m(0, 0, 2, "ZAF", "GOV", "South Africa"), m(0, 8, 10, "ZAF", "OPP", "South Africa")),
                "12");
        assertEquals(List.of("ZAFOPP"), codes(refusal.recipients()), "the opposition called for the resignation");
    }

    @Test
    void aVerbRestatingItsNounsDemandIsOneDemand() {
        Sentence s = sentence(0, "The/DT rebels/NNS insisted/VBD/insist on/IN their/PRP$ demands/NNS/demand that/IN "
                        + "the/DT government/NN release/VB prisoners/NNS ./.",
                "root -1 2; det 1 0; nsubj 2 1; case 5 3; nmod:poss 5 4; obl 2 5; mark 9 6; det 8 7; nsubj 9 8; "
                        + "ccomp 5 9; obj 9 10; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "COL", "REB", "Colombia"), m(0, 4, 5, "COL", "REB", "Colombia"),
                m(0, 7, 9, "COL", "GOV", "Colombia"));
        Event demand = only(events, "10");
        assertEquals(List.of("COLGOV"), codes(demand.recipients()), "the demand named by the noun, with its target");
    }

    @Test
    void anActAwaitedInAPresentTenseUntilClauseHasNotHappened() {
        Sentence s = sentence(0, "The/DT donors/NNS froze/VBD/freeze aid/NN until/IN the/DT junta/NN releases/VBZ/release "
                        + "the/DT prisoners/NNS ./.",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; mark 7 4; det 6 5; nsubj 7 6; advcl 2 7; det 9 8; obj 7 9; punct 2 10");
        Event release = only(code(s, m(0, 5, 7, "MMR", "MIL", "Myanmar"), m(0, 8, 10, "MMR", "CVL", "Myanmar")), "08");
        assertEquals(Modality.FUTURE, release.modality(), "the release is awaited, not reported");
    }

    @Test
    void whoseHelpAnActHadIsNoPartyToIt() {
        Sentence s = sentence(0, "Congolese/JJ troops/NNS attacked/VBD/attack rebel/NN positions/NNS with/IN Rwanda/NNP "
                        + "'s/POS help/NN ./.",
                "root -1 2; amod 1 0; nsubj 2 1; compound 4 3; obj 2 4; case 8 5; nmod:poss 8 6; case 6 7; nmod 4 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 2, "COD", "MIL", "DR Congo"), m(0, 3, 4, "COD", "REB", "DR Congo"),
                m(0, 6, 7, "RWA", null, "Rwanda"));
        Event attack = events.stream().filter(e -> "ASSAULT".equals(e.type())).findFirst().orElseThrow();
        assertEquals(List.of("CODREB"), codes(attack.recipients()), "Rwanda helped; it was not attacked");
    }

    @Test
    void militaryHardwareSoldOrSentIsArmsNotARecipient() {
        Sentence sale = sentence(0, "Canada/NNP approved/VBD/approve the/DT sale/NN of/IN 40/CD armoured/JJ helicopters/NNS/helicopter "
                        + "to/IN Chile/NNP ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 7 4; nummod 7 5; amod 7 6; nmod 3 7; case 9 8; nmod 3 9; punct 1 10");
        Event arms = only(code(sale, m(0, 0, 1, "CAN", null, "Canada"), m(0, 6, 8, null, "MIL", "military"),
                m(0, 9, 10, "CHL", null, "Chile")), "06");
        assertEquals("062", arms.cameo());
        assertEquals(List.of("CHL"), codes(arms.recipients()), "the helicopters are what is sold, not to whom");

        Sentence sent = sentence(0, "Sweden/NNP sent/VBD/send artillery/NN to/IN Estonia/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4; punct 1 5");
        Event aid = only(code(sent, m(0, 0, 1, "SWE", null, "Sweden"), m(0, 2, 3, null, "MIL", "military"),
                m(0, 4, 5, "EST", null, "Estonia")), "07");
        assertEquals("072", aid.cameo());
        assertEquals(List.of("EST"), codes(aid.recipients()));
    }

    @Test
    void aCrowdGatheredOutsideABuildingProtestsThere() {
        Sentence s = sentence(0, "Farmers/NNS/farmer gathered/VBD/gather outside/IN the/DT ministry/NN in/IN Lima/NNP ./.",
                "root -1 1; nsubj 1 0; case 4 2; det 4 3; obl 1 4; case 6 5; nmod 4 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "PER", "AGR", "Peru"), m(0, 3, 5, "PER", "GOV", "Peru"));
        assertEquals("141", only(events, "14").cameo());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), () -> describe(events));
    }

    @Test
    void aCountryAMissionIsPostedInIsNoSecondSource() {
        Sentence s = sentence(0, "The/DT OSCE/NNP mission/NN in/IN Georgia/NNP criticized/VBD/criticize the/DT detentions/NNS/detention ./.",
                "root -1 5; det 2 0; compound 2 1; nsubj 5 2; case 4 3; nmod 2 4; det 7 6; obj 5 7; punct 5 8");
        Event blame = only(code(s, m(0, 1, 2, "IGOOSC", null, "OSCE"), m(0, 4, 5, "GEO", null, "Georgia")), "11");
        assertEquals(List.of("IGOOSC"), codes(blame.actors()), "the mission is the OSCE's; Georgia is where it works");

        Sentence alone = sentence(0, "Officials/NNS/official in/IN Georgia/NNP criticized/VBD/criticize the/DT detentions/NNS/detention ./.",
                "root -1 3; nsubj 3 0; case 2 1; nmod 0 2; det 5 4; obj 3 5; punct 3 6");
        Event home = only(code(alone, m(0, 2, 3, "GEO", null, "Georgia")), "11");
        assertEquals(List.of("GEO"), codes(home.actors()));
    }

    @Test
    void anAidPackageIsAidOfItsKind() {
        Sentence s = sentence(0, "Norway/NNP unveiled/VBD/unveil a/DT humanitarian/JJ aid/NN package/NN for/IN Yemen/NNP ./.",
                "root -1 1; nsubj 1 0; det 5 2; amod 4 3; compound 5 4; obj 1 5; case 7 6; nmod 5 7; punct 1 8");
        Event aid = only(code(s, m(0, 0, 1, "NOR", null, "Norway"), m(0, 7, 8, "YEM", null, "Yemen")), "07");
        assertEquals("073", aid.cameo());
        assertEquals(List.of("NOR"), codes(aid.actors()));
        assertEquals(List.of("YEM"), codes(aid.recipients()));
    }

    @Test
    void protestAimOnTheVerbThatCarriesTheProtestDecidesTheSubtype() {
        // the purpose clause hangs on "continued", not on the strike it continues
        Sentence s = sentence(0, "Bolivian/JJ miners/NNS/miner continued/VBD/continue their/PRP$/they hunger/NN strike/NN to/TO "
                        + "demand/VB the/DT resignation/NN of/IN the/DT mining/NN minister/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; nmod:poss 5 3; compound 5 4; obj 2 5; mark 7 6; xcomp 2 7; det 9 8; "
                        + "obj 7 9; case 13 10; det 13 11; compound 13 12; nmod 9 13; punct 2 14");
        List<Event> events = code(s, m(0, 0, 2, "BOL", "LAB", "Bolivia"), m(0, 11, 14, "BOL", "GOV", "Bolivia"));
        assertEquals("1421", only(events, "14").cameo());
    }

    @Test
    void regimeModifierOutweighsItsNounAndReinstatedWorkersAreNoLeadershipChange() {
        Sentence reforms = sentence(0, "Students/NNS/student blocked/VBD/block roads/NNS/road in/IN Dhaka/NNP to/TO demand/VB "
                        + "democratic/JJ reforms/NNS/reform ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; mark 6 5; xcomp 1 6; amod 8 7; obj 6 8; punct 1 9");
        assertEquals("1444", only(code(reforms, m(0, 0, 1, "BGD", "EDU", "Bangladesh")), "14").cameo());

        Sentence workers = sentence(0, "Dock/NN workers/NNS/worker went/VBD/go on/IN strike/NN to/TO demand/VB the/DT "
                        + "reinstatement/NN of/IN dismissed/VBN/dismiss colleagues/NNS/colleague ./.",
                "compound 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; mark 6 5; advcl 2 6; det 8 7; obj 6 8; "
                        + "case 11 9; amod 11 10; nmod 8 11; punct 2 12");
        Event e = only(code(workers, m(0, 0, 2, "CHL", "LAB", "Chile")), "14");
        assertNotEquals("1431", e.cameo(), "taking back sacked workers changes no leadership");
    }

    @Test
    void openedInvestigationTakesTheCodeOfItsKind() {
        Sentence s = sentence(0, "Prosecutors/NNS/prosecutor opened/VBD/open a/DT fraud/NN investigation/NN into/IN the/DT "
                        + "former/JJ governor/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; compound 4 3; obj 1 4; case 8 5; det 8 6; amod 8 7; nmod 4 8; punct 1 9");
        Event e = only(code(s, m(0, 0, 1, "BRA", "JUD", "Brazil"), m(0, 6, 9, "BRA", "GOV", "Brazil")), "09");
        assertEquals("091", e.cameo());  // a criminal investigation, not any inquiry (090)
    }

    @Test
    void investigatingWarCrimesIsNotAPlainCriminalInquiry() {
        Sentence s = sentence(0, "Bosnian/JJ prosecutors/NNS/prosecutor are/VBP/be investigating/VBG/investigate alleged/JJ "
                        + "war/NN crimes/NNS/crime by/IN former/JJ guerrilla/NN commanders/NNS/commander ./.",
                "amod 1 0; nsubj 3 1; aux 3 2; root -1 3; amod 6 4; compound 6 5; obj 3 6; case 10 7; amod 10 8; "
                        + "compound 10 9; nmod 6 10; punct 3 11");
        Event e = only(code(s, m(0, 0, 2, "BIH", "JUD", "Bosnia"), m(0, 8, 11, "BIH", "REB", "Bosnia")), "09");
        assertEquals("094", e.cameo());
    }

    @Test
    void accusedOfEmbezzlingIsAnAccusationOfCorruptionButMisusingIsNotAlways() {
        Sentence s = sentence(0, "Opposition/NN lawmakers/NNS/lawmaker accused/VBD/accuse the/DT mayor/NN of/IN "
                        + "embezzling/VBG/embezzle public/JJ funds/NNS/fund ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; mark 6 5; advcl 2 6; amod 8 7; obj 6 8; punct 2 9");
        Event e = only(code(s, m(0, 0, 2, "KEN", "OPP", "Kenya"), m(0, 3, 5, "KEN", "GOV", "Kenya")), "11");
        assertEquals("1121", e.cameo());

        Sentence corridor = sentence(0, "Kyiv/NNP accused/VBD/accuse Moscow/NNP of/IN misusing/VBG/misuse the/DT "
                        + "shipping/NN corridor/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; det 7 5; compound 7 6; obj 4 7; punct 1 8");
        Event c = only(code(corridor, m(0, 0, 1, "UKR", "GOV", "Ukraine"), m(0, 2, 3, "RUS", "GOV", "Russia")), "11");
        assertNotEquals("1121", c.cameo(), "misusing a corridor is no crime of corruption");
    }

    @Test
    void rejectingAProposalForATruceRefusesToDeescalate() {
        Sentence s = sentence(0, "The/DT rebels/NNS/rebel rejected/VBD/reject a/DT government/NN proposal/NN for/IN a/DT "
                        + "ceasefire/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 8 6; det 8 7; nmod 5 8; punct 2 9");
        Event e = only(code(s, m(0, 0, 2, "COL", "REB", "Colombia"), m(0, 4, 5, "COL", "GOV", "Colombia")), "12");
        assertEquals("1246", e.cameo());
    }

    @Test
    void appealToReachAnAgreementIsAnAppealToSettle() {
        Sentence s = sentence(0, "The/DT Norwegian/JJ envoy/NN urged/VBD/urge Colombia/NNP and/CC the/DT rebels/NNS/rebel "
                        + "to/TO reach/VB an/DT agreement/NN ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; obj 3 4; cc 7 5; det 7 6; conj 4 7; mark 9 8; xcomp 3 9; "
                        + "det 11 10; obj 9 11; punct 3 12");
        Event e = only(code(s, m(0, 0, 3, "NOR", "GOV", "Norway"), m(0, 4, 5, "COL", null, "Colombia"),
                m(0, 6, 8, "COL", "REB", "Colombia")), "02");
        assertEquals("027", e.cameo());
    }

    @Test
    void allowingACandidateToRunEasesABanOnPoliticians() {
        Sentence s = sentence(0, "Election/NN officials/NNS/official allowed/VBD/allow opposition/NN candidate/NN Maria/NNP "
                        + "Lopez/NNP to/TO run/VB for/IN mayor/NN ./.",
                "compound 1 0; nsubj 2 1; root -1 2; compound 6 3; compound 6 4; compound 6 5; obj 2 6; mark 8 7; "
                        + "xcomp 2 8; case 10 9; obl 8 10; punct 2 11");
        Event e = only(code(s, m(0, 0, 2, "MEX", "GOV", "Mexico"), m(0, 3, 7, "MEX", "OPP", "Maria Lopez")), "08");
        assertEquals("0812", e.cameo());
        assertEquals(List.of("MEXOPP"), codes(e.recipients()));

        Sentence ferry = sentence(0, "Port/NN officials/NNS/official allowed/VBD/allow the/DT ferry/NN to/TO sail/VB ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; mark 6 5; xcomp 2 6; punct 2 7");
        assertTrue(code(ferry, m(0, 0, 2, "MEX", "GOV", "Mexico")).isEmpty(), "letting a ferry sail eases no ban");

        Sentence parties = sentence(0, "Qatar/NNP allowed/VBD/allow the/DT warring/VBG/war parties/NNS/party more/JJR "
                        + "time/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; iobj 1 4; amod 6 5; obj 1 6; punct 1 7");
        assertTrue(code(parties, m(0, 0, 1, "QAT", null, "Qatar")).stream().noneMatch(x -> x.cameo().equals("0812")),
                "the parties to a war are no political parties");
    }

    @Test
    void aDecisionToAllowGrantsTheLeaveWhereADecisionToWithdrawOnlyPlansIt() {
        Sentence allow = sentence(0, "The/DT electoral/JJ court/NN decided/VBD/decide to/TO allow/VB opposition/NN candidate/NN "
                        + "Jorge/NNP Ruiz/NNP to/TO run/VB ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; mark 5 4; xcomp 3 5; compound 9 6; compound 9 7; compound 9 8; "
                        + "obj 5 9; mark 11 10; xcomp 5 11; punct 3 12");
        List<Event> events = code(allow, m(0, 0, 3, "PER", "JUD", "Peru"), m(0, 6, 10, "PER", "OPP", "Jorge Ruiz"));
        Event e = only(events, "08");
        assertEquals("0812", e.cameo());
        assertEquals(Modality.ASSERTED, e.modality());
        assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("03")), () -> describe(events));

        Sentence withdraw = sentence(0, "The/DT cabinet/NN decided/VBD/decide to/TO withdraw/VB troops/NNS/troop from/IN the/DT "
                        + "border/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; obj 4 5; case 8 6; det 8 7; obl 4 8; punct 2 9");
        assertEquals(Modality.FUTURE, only(code(withdraw, m(0, 0, 2, "PER", "GOV", "Peru")), "08").modality());
    }

    @Test
    void killedInACarBombExplosionIsACarBombing() {
        Sentence s = sentence(0, "A/DT Lebanese/JJ lawmaker/NN was/VBD/be killed/VBN/kill in/IN a/DT car/NN bomb/NN "
                        + "explosion/NN in/IN Beirut/NNP ./.",
                "det 2 0; amod 2 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4; case 9 5; det 9 6; compound 8 7; compound 9 8; "
                        + "obl 4 9; case 11 10; obl 4 11; punct 4 12");
        assertEquals("1832", only(code(s, m(0, 0, 3, "LBN", "LEG", "Lebanon")), "18").cameo());
    }

    @Test
    void appealToBringAnEndToAnEmbargoIsAnAppealToEaseIt() {
        Sentence s = sentence(0, "Cuba/NNP appealed/VBD/appeal to/IN Washington/NNP to/TO bring/VB an/DT end/NN to/IN the/DT "
                        + "embargo/NN ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 5 4; advcl 1 5; det 7 6; obj 5 7; case 10 8; det 10 9; "
                        + "nmod 7 10; punct 1 11");
        Event e = only(code(s, m(0, 0, 1, "CUB", null, "Cuba"), m(0, 3, 4, "USA", "GOV", "United States")), "02");
        assertEquals("0254", e.cameo());
    }

    @Test
    void forgingTiesIsDiplomaticCooperation() {
        Sentence s = sentence(0, "Vietnam/NNP forged/VBD/forge closer/JJR/close ties/NNS/tie with/IN Japan/NNP ./.",
                "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "VNM", null, "Vietnam"), m(0, 5, 6, "JPN", null, "Japan")), "05");
        assertEquals("050", e.cameo());
        assertEquals(List.of("JPN"), codes(e.recipients()));
    }

    @Test
    void aMeetingWithNoPartnerIsNoConsultation() {
        Sentence alone = sentence(0, "The/DT Kenyan/JJ cabinet/NN met/VBD/meet on/IN Tuesday/NNP ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; case 5 4; obl 3 5; punct 3 6");
        assertEquals(List.of(), directions(code(alone, m(0, 0, 3, "KEN", "GOV", "Kenya")), "04"));

        Sentence hosted = sentence(0, "Envoys/NNS/envoy attended/VBD/attend a/DT banquet/NN hosted/VBN/host by/IN the/DT "
                        + "Chilean/JJ ambassador/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; acl 3 4; case 8 5; det 8 6; amod 8 7; obl 4 8; punct 1 9");
        assertEquals(List.of(), directions(code(hosted, m(0, 6, 9, "CHL", "GOV", "Chile")), "04"));

        Sentence partner = sentence(0, "The/DT Kenyan/JJ cabinet/NN met/VBD/meet with/IN Ethiopian/JJ envoys/NNS/envoy ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; case 6 4; amod 6 5; obl 3 6; punct 3 7");
        assertEquals(List.of("KENGOV->ETHGOV"), directions(code(partner, m(0, 0, 3, "KEN", "GOV", "Kenya"),
                m(0, 5, 7, "ETH", "GOV", "Ethiopia")), "04"));
    }

    @Test
    void thePossessorOfAnAllyIsNotItsParty() {
        Sentence allies = sentence(0, "Iran/NNP 's/POS allies/NNS/ally condemned/VBD/condemn the/DT Saudi/JJ decision/NN ./.",
                "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 6 4; amod 6 5; obj 3 6; punct 3 7");
        List<Event> events = code(allies, m(0, 0, 1, "IRN", null, "Iran"), m(0, 5, 6, "SAU", null, "Saudi Arabia"));
        assertTrue(events.stream().noneMatch(e -> codes(e.actors()).contains("IRN")), describe(events));

        Sentence own = sentence(0, "Iran/NNP 's/POS clerics/NNS/cleric condemned/VBD/condemn the/DT Saudi/JJ decision/NN ./.",
                "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 6 4; amod 6 5; obj 3 6; punct 3 7");
        assertEquals(List.of("IRN->SAU"), directions(code(own, m(0, 0, 1, "IRN", null, "Iran"),
                m(0, 5, 6, "SAU", null, "Saudi Arabia")), "11"));
    }

    @Test
    void anActAgainstSomeonesWarIsAimedAtTheWarsOwner() {
        Sentence s = sentence(0, "Norway/NNP condemned/VBD/condemn Russia/NNP 's/POS war/NN against/IN Georgia/NNP ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; obj 1 4; case 6 5; nmod 4 6; punct 1 7");
        assertEquals(List.of("NOR->RUS"), directions(code(s, m(0, 0, 1, "NOR", null, "Norway"),
                m(0, 2, 3, "RUS", null, "Russia"), m(0, 6, 7, "GEO", null, "Georgia")), "11"));

        Sentence unowned = sentence(0, "Norway/NNP condemned/VBD/condemn the/DT war/NN against/IN Georgia/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; punct 1 6");
        assertEquals(List.of("NOR->GEO"), directions(code(unowned, m(0, 0, 1, "NOR", null, "Norway"),
                m(0, 5, 6, "GEO", null, "Georgia")), "11"));
    }

    @Test
    void anUnnamedArrestIsTheStatesWhereItHappened() {
        Sentence s = sentence(0, "A/DT Dutch/JJ reporter/NN was/VBD/be arrested/VBN/arrest in/IN Cairo/NNP ./.",
                "det 2 0; amod 2 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4; case 6 5; obl 4 6; punct 4 7");
        ResolvedArticle article = new ResolvedArticle(article("doc-1", PUBLISHED, s),
                List.of(m(0, 0, 3, "NLD", "MED", "Netherlands")),
                List.of(new PlaceMention(0, 6, 7, 6, new Location("Cairo", "Cairo", "EGY", 30.04, 31.24,
                        Location.CITY), true)));
        assertEquals(List.of("EGY->NLDMED"), directions(CODER.code(article), "17"));
    }

    @Test
    void participleWithAnObjectUnderAVerblessRootIsTheMainVerb() {
        // the parser reads "donated" as a participle of "charity"; a reduced relative takes no object
        Sentence s = sentence(0, "Volunteers/NNS from/IN a/DT Dutch/JJ charity/NN donated/VBN/donate blankets/NNS to/IN "
                        + "a/DT camp/NN in/IN Syria/NNP ./.",
                "root -1 0; case 4 1; det 4 2; amod 4 3; nmod 0 4; acl 4 5; obj 5 6; case 9 7; det 9 8; obl 5 9; "
                        + "case 11 10; nmod 9 11; punct 0 12");
        Event e = only(code(s, m(0, 0, 1, "NLD", "NGO", "Netherlands"), m(0, 11, 12, "SYR", null, "Syria")), "07");
        assertEquals(List.of("NLDNGO"), codes(e.actors()));
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void participleReadAsTheRootGivesTheSentenceBackItsFiniteVerb() {
        // the parser makes "affiliated" the root with "workers" its subject and "stopped" a bare dep of it
        // 0 Some 1 20,000 2 workers 3 affiliated 4 with 5 the 6 Kenyan 7 teachers 8 ' 9 union 10 stopped
        // 11 work 12 on 13 Monday 14 .
        Sentence s = sentence(0, "Some/DT 20,000/CD workers/NNS/worker affiliated/VBN/affiliate with/IN the/DT Kenyan/JJ "
                        + "teachers/NNS/teacher '/POS union/NN stopped/VBD/stop work/NN on/IN Monday/NNP ./.",
                "advmod 1 0; nummod 2 1; nsubj 3 2; root -1 3; case 9 4; det 7 5; amod 7 6; nmod:poss 9 7; case 7 8; "
                        + "obl 3 9; dep 3 10; obj 10 11; case 13 12; obl 10 13; punct 3 14");
        Sentence repaired = PatternCoder.participleRootsRepaired(s);
        assertEquals(Dependency.ROOT, repaired.head(10));
        assertEquals(10, repaired.head(2));
        assertEquals("acl", repaired.relation(3));
        assertEquals(10, repaired.head(14));
        Event e = only(code(s, m(0, 2, 3, "KEN", "LAB", "workers")), "143");
        assertEquals(List.of("KENLAB"), codes(e.actors()));
    }

    @Test
    void approximateNumberReadAsObliqueIsTheSubject() {
        // "around" read as a preposition leaves "will not end their strike" without its strikers
        Sentence s = sentence(0, "Around/IN 900/CD of/IN the/DT nurses/NNS/nurse will/MD not/RB end/VB their/PRP$ strike/NN "
                        + ",/, the/DT union/NN said/VBD/say ./.",
                "case 1 0; obl 7 1; case 4 2; det 4 3; nmod 1 4; aux 7 5; advmod 7 6; ccomp 13 7; nmod:poss 9 8; "
                        + "obj 7 9; punct 13 10; det 12 11; nsubj 13 12; root -1 13; punct 13 14");
        Event e = only(code(s, m(0, 4, 5, "GBR", "HLH", "United Kingdom"), m(0, 8, 9, "GBR", "HLH", "United Kingdom"),
                m(0, 12, 13, "GBR", "LAB", "United Kingdom")), "1242");
        assertEquals(List.of("GBRHLH"), codes(e.actors()));
    }

    @Test
    void meetingADemandIsTheYieldingItDemands() {
        // "would not meet the demand to release prisoners" refuses the release (1243), not just any yielding
        Sentence s = sentence(0, "The/DT government/NN said/VBD/say it/PRP would/MD not/RB meet/VB the/DT rebels/NNS "
                        + "'/POS demand/NN to/TO release/VB 40/CD prisoners/NNS/prisoner ./.",
                "det 1 0; nsubj 2 1; root -1 2; nsubj 6 3; aux 6 4; advmod 6 5; ccomp 2 6; det 8 7; nmod:poss 10 8; "
                        + "case 8 9; obj 6 10; mark 12 11; acl 10 12; nummod 14 13; obj 12 14; punct 2 15");
        Event e = only(code(s, m(0, 0, 2, "PHL", "GOV", "Philippines"), m(0, 3, 4, "PHL", "GOV", "Philippines"),
                m(0, 7, 9, "PHL", "REB", "Philippines")), "124");
        assertEquals("1243", e.cameo());
    }

    @Test
    void threatsOfForceFollowTheCodebooksKindsOfForce() {
        // a threat of mass violence or WMD is 1385, a threat of unconventional violence (kidnapping) 1383
        Sentence wmd = sentence(0, "The/DT militia/NN threatened/VBD/threaten to/TO use/VB chemical/JJ weapons/NNS/weapon "
                        + "against/IN Kurdish/JJ fighters/NNS/fighter ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; amod 6 5; obj 4 6; case 9 7; amod 9 8; obl 4 9; punct 2 10");
        assertEquals("1385", only(code(wmd, m(0, 0, 2, "SYR", "REB", "Syria"), m(0, 8, 10, "IRQ", "REB", "Iraq")), "13").cameo());
        Sentence kidnap = sentence(0, "The/DT gang/NN threatened/VBD/threaten to/TO kidnap/VB foreign/JJ aid/NN "
                        + "workers/NNS/worker ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; amod 7 5; compound 7 6; obj 4 7; punct 2 8");
        assertEquals("1383", only(code(kidnap, m(0, 0, 2, "NGA", "CRM", "Nigeria"), m(0, 5, 8, "NGA", "NGO", "Nigeria")),
                "13").cameo());
    }

    @Test
    void participleNamingTheOccasionOfAMeetingIsThatMeeting() {
        // "a dinner hosted by the ambassador" is where the talks were held, not a second, partyless act
        Sentence s = sentence(0, "Irish/JJ diplomats/NNS/diplomat held/VBD/hold talks/NNS/talk with/IN Chancellor/NNP "
                        + "Scholz/NNP at/IN a/DT dinner/NN hosted/VBN/host by/IN the/DT Irish/JJ ambassador/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; compound 6 5; nmod 3 6; case 9 7; det 9 8; obl 2 9; "
                        + "acl 9 10; case 14 11; det 14 12; amod 14 13; obl 10 14; punct 2 15");
        Event e = only(code(s, m(0, 0, 2, "IRL", "GOV", "Ireland"), m(0, 5, 7, "DEU", "GOV", "Germany"),
                m(0, 12, 15, "IRL", "GOV", "Ireland")), "04");
        assertEquals(List.of("DEUGOV"), codes(e.recipients()));
    }

    @Test
    void thatClauseReadAsTheSubjectOfALaterClauseIsTheComplement() {
        // "before" read as a preposition makes "must reach a deal" the subject of "is disbursed"
        Sentence s = sentence(0, "The/DT German/JJ chancellor/NN said/VBD/say that/IN Serbia/NNP and/CC Kosovo/NNP must/MD "
                        + "reach/VB a/DT deal/NN before/IN the/DT loan/NN is/VBZ/be disbursed/VBN/disburse ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; mark 9 4; nsubj 9 5; cc 7 6; conj 5 7; aux 9 8; csubj:pass 16 9; "
                        + "det 11 10; obj 9 11; case 14 12; det 14 13; obl 9 14; aux:pass 16 15; ccomp 3 16; punct 3 17");
        Event e = only(code(s, m(0, 0, 3, "DEU", "GOV", "Germany"), m(0, 5, 6, "SRB", null, "Serbia"),
                m(0, 7, 8, "XKX", null, "Kosovo")), "10");
        assertEquals("107", e.cameo());
        assertEquals(List.of("SRB", "XKX"), codes(e.recipients()));
    }

    @Test
    void undertakeIsALightVerbForTheActItsObjectNames() {
        // "agreed to undertake joint exercises": an intent to cooperate militarily (0312), not just to cooperate
        Sentence s = sentence(0, "Poland/NNP and/CC Lithuania/NNP agreed/VBD/agree to/TO undertake/VB joint/JJ naval/JJ "
                        + "exercises/NNS/exercise next/JJ year/NN ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 5 4; xcomp 3 5; amod 8 6; amod 8 7; obj 5 8; amod 10 9; "
                        + "obl:tmod 5 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 1, "POL", null, "Poland"), m(0, 2, 3, "LTU", null, "Lithuania"));
        assertTrue(events.stream().anyMatch(e -> e.cameo().equals("0312")), () -> describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("030")), () -> describe(events));
    }

    @Test
    void adoptingReformsIsAccedingToThem() {
        // instituting reforms yields to calls for them (083); rejecting calls to adopt them is 123
        Sentence s = sentence(0, "Hungary/NNP rejected/VBD/reject calls/NNS/call by/IN the/DT European/NNP Commission/NNP "
                        + "to/TO adopt/VB sweeping/JJ judicial/JJ reforms/NNS/reform ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 6 3; det 6 4; compound 6 5; nmod 2 6; mark 8 7; acl 2 8; amod 11 9; "
                        + "amod 11 10; obj 8 11; punct 1 12");
        assertEquals("123", only(code(s, m(0, 0, 1, "HUN", null, "Hungary"), m(0, 4, 7, "EUR", "IGO", "European Union")),
                "12").cameo());
        Sentence adopted = sentence(0, "The/DT parliament/NN adopted/VBD/adopt electoral/JJ reforms/NNS/reform ./.",
                "det 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; punct 2 5");
        assertEquals("083", only(code(adopted, m(0, 0, 2, "HUN", "LEG", "Hungary")), "08").cameo());
    }

    @Test
    void removingTradeBarriersIsEconomicCooperation() {
        // "X must remove barriers to imports": a demand for economic cooperation (1011), not a bare demand
        Sentence s = sentence(0, "The/DT European/NNP Union/NNP said/VBD/say that/IN India/NNP must/MD remove/VB "
                        + "barriers/NNS/barrier to/IN European/JJ wine/NN imports/NNS/import ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 3 7; obj 7 8; case 12 9; "
                        + "amod 12 10; compound 12 11; nmod 8 12; punct 3 13");
        assertEquals("1011", only(code(s, m(0, 0, 3, "EUR", "IGO", "European Union"), m(0, 5, 6, "IND", null, "India")),
                "10").cameo());
    }

    @Test
    void stoppingMilitaryAidOrAnAidProgramIsReducingMilitaryAssistance() {
        Sentence program = sentence(0, "Canada/NNP froze/VBD/freeze its/PRP$ military/JJ aid/NN program/NN for/IN Haiti/NNP ./.",
                "nsubj 1 0; root -1 1; nmod:poss 5 2; amod 5 3; compound 5 4; obj 1 5; case 7 6; nmod 5 7; punct 1 8");
        assertEquals("1622", only(code(program, m(0, 0, 1, "CAN", null, "Canada"), m(0, 2, 3, "CAN", null, "Canada"),
                m(0, 7, 8, "HTI", null, "Haiti")), "16").cameo());
        Sentence aid = sentence(0, "France/NNP suspended/VBD/suspend military/JJ aid/NN to/IN Mali/NNP ./.",
                "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        Event e = only(code(aid, m(0, 0, 1, "FRA", null, "France"), m(0, 5, 6, "MLI", null, "Mali")), "16");
        assertEquals("1622", e.cameo());
        assertEquals(List.of("MLI"), codes(e.recipients()));
    }

    @Test
    void talksHeldWithNoPartnerAreNoConsultation() {
        Sentence alone = sentence(0, "Ethiopian/JJ officials/NNS/official held/VBD/hold talks/NNS/talk in/IN Addis/NNP "
                        + "Ababa/NNP on/IN Monday/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; compound 6 5; obl 2 6; case 8 7; obl 2 8; punct 2 9");
        assertEquals(List.of(), directions(code(alone, m(0, 0, 2, "ETH", "GOV", "Ethiopia")), "04"),
                "the talks are the act, no one talked with");

        Sentence partner = sentence(0, "Ethiopian/JJ officials/NNS/official held/VBD/hold talks/NNS/talk with/IN "
                        + "Sudanese/JJ envoys/NNS/envoy in/IN Addis/NNP Ababa/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; amod 6 5; nmod 3 6; case 9 7; compound 9 8; "
                        + "obl 2 9; punct 2 10");
        assertEquals(List.of("ETHGOV->SDNGOV"), directions(code(partner, m(0, 0, 2, "ETH", "GOV", "Ethiopia"),
                m(0, 5, 7, "SDN", "GOV", "Sudan")), "04"));

        Sentence unnamed = sentence(0, "Ethiopian/JJ officials/NNS/official held/VBD/hold talks/NNS/talk with/IN "
                        + "the/DT visitors/NNS/visitor ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; det 6 5; nmod 3 6; punct 2 7");
        assertEquals(List.of("ETHGOV->"), directions(code(unnamed, m(0, 0, 2, "ETH", "GOV", "Ethiopia")), "04"),
                "a partner named, though not resolved");
    }

    @Test
    void reinforcingAPeacekeepingMissionIsNoThreat() {
        Sentence s = sentence(0, "Kenya/NNP said/VBD/say it/PRP will/MD reinforce/VB its/PRP$ peacekeeping/NN "
                        + "mission/NN in/IN Somalia/NNP ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nmod:poss 7 5; compound 7 6; obj 4 7; case 9 8; "
                        + "nmod 7 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 3, "KEN", null, "Kenya"),
                m(0, 9, 10, "SOM", null, "Somalia"));
        assertEquals("074", only(events, "07").cameo(), describe(events));
        assertEquals(Modality.ASSERTED, only(events, "033").modality(), "an announced intent to provide peacekeeping");
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13") || e.cameo().startsWith("15")),
                describe(events));

        Sentence troops = sentence(0, "Kenya/NNP said/VBD/say it/PRP will/MD reinforce/VB its/PRP$ troops/NNS/troop "
                        + "near/IN Somalia/NNP ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nmod:poss 6 5; obj 4 6; case 8 7; obl 4 8; punct 1 9");
        List<Event> buildUp = code(troops, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 3, "KEN", null, "Kenya"),
                m(0, 8, 9, "SOM", null, "Somalia"));
        assertEquals("154", only(buildUp, "15").cameo(), "troops on a border: a build-up");
    }

    @Test
    void anIngNounOfAVerbThatNeedsAParticleIsNoGerund() {
        // "rule" is a trigger only as "rule out" or "rule against": "ruling coalition officials" are no act
        Sentence s = sentence(0, "The/DT Canadian/JJ envoy/NN held/VBD/hold talks/NNS/talk with/IN ruling/NN "
                        + "coalition/NN officials/NNS/official in/IN Kinshasa/NNP ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; obj 3 4; case 8 5; compound 8 6; compound 8 7; nmod 4 8; "
                        + "case 10 9; obl 3 10; punct 3 11");
        List<Event> events = code(s, m(0, 0, 3, "CAN", "GOV", "Canada"), m(0, 7, 9, "COD", "GOV", "Congo"));
        assertEquals(List.of("CANGOV->CODGOV"), directions(events, "04"), () -> describe(events));

        // a British spelling of a trigger verb is the verb all the same
        Sentence spelt = sentence(0, "Uganda/NNP accused/VBD/accuse the/DT opposition/NN of/IN criticising/NN army/NN "
                        + "officers/NNS/officer ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; compound 7 5; compound 7 6; obl 1 7; punct 1 8");
        List<Event> criticism = code(spelt, m(0, 0, 1, "UGA", "GOV", "Uganda"), m(0, 2, 4, "UGA", "OPP", "Uganda"),
                m(0, 6, 8, "UGA", "MIL", "Uganda"));
        assertEquals(List.of("UGAOPP->UGAMIL"), directions(criticism, "111"), () -> describe(criticism));
    }

    @Test
    void anIngNounAfterAPrepositionBeforeAnActorIsAGerund() {
        // the tagger makes "kidnapping" a noun and the parser a compound of "aid workers"
        Sentence s = sentence(0, "Nigeria/NNP 's/POS government/NN charged/VBD/charge the/DT militia/NN with/IN "
                        + "kidnapping/NN aid/NN workers/NNS/worker ./.",
                "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 9 6; compound 8 7; compound 9 8; "
                        + "obl 3 9; punct 3 10");
        List<Event> events = code(s, m(0, 0, 3, "NGA", "GOV", "Nigeria"), m(0, 4, 6, "NGA", "REB", "Nigeria"),
                m(0, 8, 10, "NGA", "NGO", "Nigeria"));
        Event kidnapping = only(events, "181");
        assertEquals(List.of("NGAREB"), codes(kidnapping.actors()), () -> "the charged kidnapped: " + describe(events));
        assertEquals(List.of("NGANGO"), codes(kidnapping.recipients()));
        assertEquals(Modality.HYPOTHETICAL, kidnapping.modality(), "a charge, not a fact");
    }

    @Test
    void aRecallWithNoFromIsFromTheOneOtherCountryJustNamed() {
        Sentence expelled = sentence(0, "Niger/NNP expelled/VBD/expel France/NNP 's/POS ambassador/NN on/IN Friday/NNP ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; obj 1 4; case 6 5; obl 1 6; punct 1 7");
        Sentence recalled = sentence(1, "France/NNP recalled/VBD/recall its/PRP$ envoy/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 1, "NER", null, "Niger"), m(0, 2, 5, "FRA", "GOV", "France"),
                m(1, 0, 1, "FRA", null, "France"), m(1, 2, 3, "FRA", null, "France"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, expelled, recalled), mentions));
        assertEquals(List.of("FRA->NER"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "161"), describe(events));

        Sentence two = sentence(0, "Mali/NNP and/CC Niger/NNP expelled/VBD/expel French/JJ diplomats/NNS/diplomat ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; amod 5 4; obj 3 5; punct 3 6");
        List<ActorMention> both = List.of(m(0, 0, 1, "MLI", null, "Mali"), m(0, 2, 3, "NER", null, "Niger"),
                m(0, 4, 6, "FRA", "GOV", "France"), m(1, 0, 1, "FRA", null, "France"), m(1, 2, 3, "FRA", null, "France"));
        List<Event> unnamed = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, two, recalled), both));
        assertEquals(List.of("FRA->"), directions(unnamed.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "161"), "two countries just named: no telling which");
    }

    @Test
    void aRecallAnswersAHostileActNotAMeeting() {
        Sentence met = sentence(0, "The/DT Italian/JJ foreign/JJ minister/NN met/VBD/meet his/PRP$ Austrian/JJ "
                        + "counterpart/NN in/IN Vienna/NNP on/IN Monday/NNP ./.",
                "det 3 0; amod 3 1; amod 3 2; nsubj 4 3; root -1 4; nmod:poss 7 5; amod 7 6; obj 4 7; case 9 8; "
                        + "obl 4 9; case 11 10; obl 4 11; punct 4 12");
        Sentence recalled = sentence(1, "Italy/NNP also/RB recalled/VBD/recall its/PRP$ ambassador/NN ./.",
                "nsubj 2 0; advmod 2 1; root -1 2; nmod:poss 4 3; obj 2 4; punct 2 5");
        List<ActorMention> mentions = List.of(m(0, 1, 4, "ITA", "GOV", "Italian foreign minister"),
                m(0, 6, 8, "AUT", "GOV", "Austrian counterpart"), m(1, 0, 1, "ITA", null, "Italy"),
                m(1, 3, 4, "ITA", null, "Italy"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, met, recalled), mentions));
        assertEquals(List.of("ITA->"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "161"), () -> "a meeting gives no cause to recall: " + describe(events));

        // a fellow doer of the hostile act is no other side
        Sentence condemned = sentence(0, "Italy/NNP and/CC France/NNP condemned/VBD/condemn Russia/NNP ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; obj 3 4; punct 3 5");
        List<ActorMention> sides = List.of(m(0, 0, 1, "ITA", null, "Italy"), m(0, 2, 3, "FRA", null, "France"),
                m(0, 4, 5, "RUS", null, "Russia"), m(1, 0, 1, "ITA", null, "Italy"), m(1, 3, 4, "ITA", null, "Italy"));
        List<Event> answered = CODER.code(new ResolvedArticle(article("doc-3", PUBLISHED, condemned, recalled), sides));
        assertEquals(List.of("ITA->RUS"), directions(answered.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "161"), () -> describe(answered));
    }

    @Test
    void tradingBlameOrBarbsIsAccusationOrCriticismEachWay() {
        Sentence s = sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP traded/VBD/trade blame/NN over/IN the/DT "
                        + "incident/NN ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; obj 3 4; case 7 5; det 7 6; obl 3 7; punct 3 8");
        List<Event> events = code(s, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan"));
        assertEquals(List.of("ARM->AZE", "AZE->ARM"), directions(events, "112").stream().sorted().toList(),
                () -> describe(events));
        assertEquals(List.of(), directions(events, "06"), "no commerce");

        Sentence barbs = sentence(0, "Serbia/NNP and/CC Croatia/NNP traded/VBD/trade barbs/NNS/barb ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; obj 3 4; punct 3 5");
        List<Event> criticism = code(barbs, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 2, 3, "HRV", null, "Croatia"));
        assertEquals(List.of("HRV->SRB", "SRB->HRV"), directions(criticism, "111").stream().sorted().toList(),
                () -> describe(criticism));
    }

    @Test
    void tradingFireIsAnExchangeOfFireEachWay() {
        Sentence s = sentence(0, "India/NNP and/CC Pakistan/NNP traded/VBD/trade fire/NN along/IN the/DT border/NN ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; obj 3 4; case 7 5; det 7 6; obl 3 7; punct 3 8");
        List<Event> events = code(s, m(0, 0, 1, "IND", null, "India"), m(0, 2, 3, "PAK", null, "Pakistan"));
        assertEquals(List.of("IND->PAK", "PAK->IND"), directions(events, "19"), describe(events));
        assertEquals(List.of(), directions(events, "06"), "no commerce");
    }

    @Test
    void anActNamedAsTheReasonOfAnotherIsItsBackground() {
        Sentence s = sentence(0, "The/DT European/NNP Union/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Belarus/NNP "
                        + "over/IN the/DT suppression/NN of/IN opposition/NN protests/NNS/protest ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; obj 3 4; case 6 5; obl 3 6; case 9 7; det 9 8; obl 3 9; "
                        + "case 12 10; compound 12 11; nmod 9 12; punct 3 13");
        List<Event> events = code(s, m(0, 0, 3, "IGOEU", null, "European Union"), m(0, 6, 7, "BLR", null, "Belarus"),
                m(0, 11, 12, "BLR", "OPP", "Belarus"));
        assertEquals(List.of("IGOEU->BLR"), directions(events, "16"), describe(events));
        assertEquals(List.of(), directions(events, "14"), "the protests are why, told as past, not an event of this report");
    }

    @Test
    void firingToDisperseACrowdIsTheDispersalByTheFirers() {
        // the parser makes "tear gas" a compound of "water cannon" and "to disperse" a complement of "fired"
        Sentence s = sentence(0, "Police/NNS fired/VBD/fire tear/JJ gas/NN and/CC water/NN cannon/NN to/TO disperse/VB "
                        + "thousands/NNS/thousand of/IN protesters/NNS/protester ./.",
                "nsubj 1 0; root -1 1; amod 3 2; compound 6 3; cc 5 4; conj 3 5; obj 1 6; mark 8 7; xcomp 1 8; obj 8 9; "
                        + "case 11 10; nmod 9 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "KEN", "COP", "Kenya"), m(0, 11, 12, "KEN", "CVL", "Kenya"));
        assertEquals(List.of("KENCOP->KENCVL"), directions(events, "175"), () -> "the police dispersed: " + describe(events));
        assertEquals(List.of(), directions(events, "190"), "the firing was the dispersal, no second act");
    }

    @Test
    void aDateBeforeANounSaysWhichOneNotWhenTheActWas() {
        Sentence s = sentence(0, "Peru/NNP questioned/VBD/question the/DT results/NNS/result of/IN the/DT July/NNP 28/CD "
                        + "election/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 8 4; det 8 5; compound 8 6; nummod 6 7; nmod 3 8; punct 1 9",
                "6 8 2022-07-28");
        Event e = only(code(s, m(0, 0, 1, "PER", null, "Peru")), "11");
        assertEquals(PUBLISHED, e.date().date(), "the election's date, not the questioning's: the report's date stands in");

        Sentence own = sentence(0, "Peru/NNP questioned/VBD/question the/DT results/NNS/result on/IN July/NNP 29/CD ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl 1 5; nummod 5 6; punct 1 7", "5 7 2022-07-29");
        assertEquals(LocalDate.of(2022, 7, 29), only(code(own, m(0, 0, 1, "PER", null, "Peru")), "11").date().date());
    }

    @Test
    void aDateOnTheSubjectNounDatesTheAct() {
        Sentence s = sentence(0, "The/DT June/NNP 9/CD Turkish/JJ airstrike/NN/airstrike killed/VBD/kill four/CD "
                        + "Syrian/JJ soldiers/NNS/soldier ./.",
                "det 4 0; compound 4 1; nummod 1 2; amod 4 3; nsubj 5 4; root -1 5; nummod 8 6; amod 8 7; obj 5 8; "
                        + "punct 5 9", "1 3 2022-06-09");
        List<Event> events = code(s, m(0, 3, 4, "TUR", null, "Turkey"), m(0, 7, 9, "SYR", "MIL", "Syria"));
        List<Event> killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killed")).toList();
        assertFalse(killing.isEmpty(), () -> describe(events));
        assertEquals(LocalDate.of(2022, 6, 9), killing.get(0).date().date(), "the strike's date is the killing's");
    }

    @Test
    void aRelativeClauseAfterACommaHungAsDepIsTheNounsAndAssertedOnItsOwn() {
        // the parser hung "attacked" on "arming" as a bare dep; the rebels are who attacked, and the
        // writer asserts it, whatever the accusation around it says
        Sentence s = sentence(0, "Kenya/NNP accused/VBD/accuse Uganda/NNP of/IN arming/VBG/arm the/DT rebels/NNS/rebel "
                        + ",/, who/WP attacked/VBD/attack Rwandan/JJ troops/NNS ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; det 6 5; obj 4 6; punct 4 7; nsubj 9 8; dep 4 9; "
                        + "amod 11 10; obj 9 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 3, "UGA", null, "Uganda"),
                m(0, 6, 7, "COD", "REB", "rebels"), m(0, 10, 12, "RWA", "MIL", "Rwanda"));
        Event attack = only(events, "19");
        assertEquals(List.of("CODREB->RWAMIL"), directions(events, "19"), describe(events));
        assertEquals(Modality.ASSERTED, attack.modality());
    }

    @Test
    void aRelativeClauseHungAsDepAfterAPlaceIsTheNounThePlaceLocates() {
        Sentence s = sentence(0, "Kenya/NNP accused/VBD/accuse Uganda/NNP of/IN arming/VBG/arm the/DT rebels/NNS/rebel "
                        + "in/IN Ituri/NNP ,/, who/WP attacked/VBD/attack Rwandan/JJ troops/NNS ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; det 6 5; obj 4 6; case 8 7; nmod 6 8; punct 4 9; "
                        + "nsubj 11 10; dep 4 11; amod 13 12; obj 11 13; punct 1 14");
        List<Event> events = code(s, m(0, 0, 1, "KEN", null, "Kenya"), m(0, 2, 3, "UGA", null, "Uganda"),
                m(0, 6, 7, "COD", "REB", "rebels"), m(0, 8, 9, "COD", null, "Ituri"), m(0, 12, 14, "RWA", "MIL", "Rwanda"));
        assertEquals(List.of("CODREB->RWAMIL"), directions(events, "19"), describe(events));
    }

    @Test
    void aRelativeClauseSetOffByACommaKeepsItsOwnModalityNotTheRequestAroundIt() {
        Sentence aside = sentence(0, "Ghana/NNP urged/VBD/urge Togo/NNP to/TO disarm/VB the/DT militias/NNS/militia ,/, "
                        + "which/WDT attacked/VBD/attack border/NN posts/NNS/post ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; xcomp 1 4; det 6 5; obj 4 6; punct 8 7; nsubj 9 8; "
                        + "acl:relcl 6 9; compound 11 10; obj 9 11; punct 1 12");
        List<Event> events = code(aside, m(0, 0, 1, "GHA", null, "Ghana"), m(0, 2, 3, "TGO", null, "Togo"),
                m(0, 6, 7, "TGO", "REB", "militias"));
        assertEquals(Modality.ASSERTED, only(events, "19").modality(), describe(events));
        // without the comma the clause picks out which militias, and shares the request's modality
        Sentence restrictive = sentence(0, "Ghana/NNP urged/VBD/urge Togo/NNP to/TO disarm/VB the/DT militias/NNS/militia "
                        + "that/WDT attacked/VBD/attack border/NN posts/NNS/post ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; xcomp 1 4; det 6 5; obj 4 6; nsubj 8 7; acl:relcl 6 8; "
                        + "compound 10 9; obj 8 10; punct 1 11");
        List<Event> shared = code(restrictive, m(0, 0, 1, "GHA", null, "Ghana"), m(0, 2, 3, "TGO", null, "Togo"),
                m(0, 6, 7, "TGO", "REB", "militias"));
        assertNotEquals(Modality.ASSERTED, only(shared, "19").modality(), describe(shared));
    }

    @Test
    void anActThatAVoteOrTalksAreOnIsAQuestionNotADeed() {
        Sentence vote = sentence(0, "Ali/NNP said/VBD/say Venezuela/NNP 's/POS referendum/NN on/IN annexing/VBG/annex "
                        + "the/DT territory/NN was/VBD/be a/DT threat/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; nsubj 11 4; case 6 5; acl 4 6; det 8 7; obj 6 8; "
                        + "cop 11 9; det 11 10; ccomp 1 11; punct 1 12");
        List<Event> annexing = code(vote, m(0, 0, 1, "GUY", "GOV", "Irfaan Ali"), m(0, 2, 3, "VEN", null, "Venezuela"));
        assertEquals(Modality.HYPOTHETICAL, only(annexing, "19").modality(), describe(annexing));
        Sentence talks = sentence(0, "Talks/NNS/talk on/IN a/DT ceasefire/NN between/IN Israel/NNP and/CC Hamas/NNP "
                        + "resumed/VBD/resume on/IN Sunday/NNP ./.",
                "nsubj 8 0; case 3 1; det 3 2; nmod 0 3; case 5 4; nmod 3 5; cc 7 6; conj 5 7; root -1 8; case 10 9; "
                        + "obl 8 10; punct 8 11");
        List<Event> truce = code(talks, m(0, 5, 6, "ISR", null, "Israel"), m(0, 7, 8, "PSE", "REB", "Hamas"));
        assertTrue(truce.stream().filter(e -> e.cameo().startsWith("087")).allMatch(e -> e.modality() != Modality.ASSERTED),
                describe(truce));
        assertFalse(truce.stream().noneMatch(e -> e.cameo().startsWith("087")), describe(truce));
        // a resolution "on" a deed already done is about it: the deed stays asserted
        Sentence deed = sentence(0, "The/DT council/NN adopted/VBD/adopt a/DT resolution/NN on/IN the/DT killing/NN/killing "
                        + "of/IN protesters/NNS/protester by/IN Syrian/JJ forces/NNS/force ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; case 9 8; nmod 7 9; "
                        + "case 12 10; amod 12 11; nmod 7 12; punct 2 13");
        List<Event> killing = code(deed, m(0, 9, 10, "SYR", "CVL", "Syria"), m(0, 11, 13, "SYR", "MIL", "Syria"));
        assertEquals(Modality.ASSERTED, only(killing, "19").modality(), describe(killing));
    }

    @Test
    void defendingAPlaceIsNoVerbalDefence() {
        Sentence border = sentence(0, "Rwandan/JJ forces/NNS/force were/VBD/be defending/VBG/defend the/DT border/NN ./.",
                "amod 1 0; nsubj 3 1; aux 3 2; root -1 3; det 5 4; obj 3 5; punct 3 6");
        List<Event> held = code(border, m(0, 0, 2, "RWA", "MIL", "Rwanda"));
        assertTrue(held.stream().noneMatch(e -> e.cameo().startsWith("05")), describe(held));
        Sentence policy = sentence(0, "Rwanda/NNP defended/VBD/defend the/DT decision/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        assertEquals("052", only(code(policy, m(0, 0, 1, "RWA", null, "Rwanda")), "05").cameo());
        // a position is as often a stance: "defended its position on the war"
        Sentence stance = sentence(0, "China/NNP defended/VBD/defend its/PRP$ position/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 3 2; obj 1 3; punct 1 4");
        assertEquals("052", only(code(stance, m(0, 0, 1, "CHN", null, "China")), "05").cameo());

        // 0 Taiwan 1 will 2 defend 3 every 4 inch 5 of 6 its 7 territory 8 .
        Sentence inch = sentence(0, "Taiwan/NNP will/MD defend/VB every/DT inch/NN of/IN its/PRP$ territory/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; nmod:poss 7 6; nmod 4 7; punct 2 8");
        List<Event> every = code(inch, m(0, 0, 1, "TWN", null, "Taiwan"));
        assertTrue(every.stream().noneMatch(e -> e.cameo().startsWith("05") || e.cameo().startsWith("03")), describe(every));
    }

    @Test
    void targetingAMilitaryPostOrAShipIsAnAttackWithoutAWeaponNamed() {
        Sentence s = sentence(0, "Syrian/JJ rebels/NNS/rebel targeted/VBD/target a/DT government/NN checkpoint/NN "
                        + "near/IN Idlib/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 7 6; obl 2 7; punct 2 8");
        Event e = only(code(s, m(0, 0, 2, "SYR", "REB", "Syria"), m(0, 4, 6, "SYR", "GOV", "Syria")), "19");
        assertEquals("190", e.cameo());
        assertEquals(List.of("SYRGOV"), codes(e.recipients()), "the checkpoint's side is hit");

        Sentence ship = sentence(0, "The/DT militia/NN targeted/VBD/target a/DT Greek/JJ tanker/NN and/CC a/DT "
                        + "British/JJ warship/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; cc 9 6; det 9 7; amod 9 8; conj 5 9; punct 2 10");
        List<Event> joined = code(ship, m(0, 0, 2, "YEM", "REB", "Yemen"), m(0, 8, 10, "GBR", "MIL", "United Kingdom"));
        assertEquals(List.of("YEMREB->GBRMIL"), directions(joined, "19"), "a joined object counts: " + describe(joined));

        // what a campaign or a tax targets is no place of war
        Sentence voters = sentence(0, "The/DT Labour/NNP campaign/NN targeted/VBD/target young/JJ voters/NNS/voter "
                        + "in/IN Leeds/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; amod 5 4; obj 3 5; case 7 6; nmod 5 7; punct 3 8");
        assertTrue(code(voters, m(0, 1, 2, "GBR", "OPP", "Labour Party")).stream().noneMatch(x -> x.cameo().startsWith("19")));
    }

    @Test
    void callingARulingPoliticallyMotivatedIsCriticism() {
        // the tagger may read the predicate as an adjective or as a participle
        for (String tag : List.of("JJ", "VBN")) {
            Sentence s = sentence(0, "Georgia/NNP 's/POS opposition/NN called/VBD/call the/DT arrest/NN of/IN its/PRP$ "
                            + "leader/NN politically/RB motivated/" + tag + "/" + (tag.equals("JJ") ? "motivated" : "motivate")
                            + " ./.",
                    "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 5 4; nsubj 10 5; case 8 6; nmod:poss 8 7; "
                            + "nmod 5 8; advmod 10 9; xcomp 3 10; punct 3 11");
            Event e = only(code(s, m(0, 0, 3, "GEO", "OPP", "Georgia")), "11");
            assertEquals("111", e.cameo(), tag);
            assertEquals(List.of("GEOOPP"), codes(e.actors()), tag);
        }
        Sentence described = sentence(0, "Beijing/NNP described/VBD/describe the/DT tariffs/NNS/tariff as/IN "
                        + "politically/RB motivated/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; advmod 6 5; advcl 1 6; punct 1 7");
        assertEquals("111", only(code(described, m(0, 0, 1, "CHN", "GOV", "China")), "11").cameo());

        Sentence neutral = sentence(0, "Beijing/NNP described/VBD/describe the/DT talks/NNS/talk as/IN useful/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; advcl 1 5; punct 1 6");
        assertTrue(code(neutral, m(0, 0, 1, "CHN", "GOV", "China")).stream().noneMatch(x -> x.cameo().startsWith("11")));
    }

    @Test
    void aCriticismOfAnActNamedByABareNounIsAimedAtItsDoer() {
        Sentence fired = sentence(0, "Houthi/NNP rebels/NNS/rebel attacked/VBD/attack a/DT Saudi/JJ oil/NN facility/NN ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 6 3; amod 6 4; compound 6 5; obj 2 6; punct 2 7");
        Sentence aside = sentence(1, "Oil/NN prices/NNS/price rose/VBD/rise sharply/RB ./.",
                "compound 1 0; nsubj 2 1; root -1 2; advmod 2 3; punct 2 4");
        // 0 The 1 Emirati 2 foreign 3 ministry 4 called 5 the 6 attack 7 a 8 dangerous 9 provocation 10 .
        Sentence called = sentence(2, "The/DT Emirati/JJ foreign/JJ ministry/NN called/VBD/call the/DT attack/NN a/DT "
                        + "dangerous/JJ provocation/NN ./.",
                "det 3 0; amod 3 1; amod 3 2; nsubj 4 3; root -1 4; det 6 5; nsubj 9 6; det 9 7; amod 9 8; xcomp 4 9; punct 4 10");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "YEM", "REB", "Houthis"), m(0, 4, 5, "SAU", null, "Saudi Arabia"),
                m(2, 0, 4, "ARE", "GOV", "United Arab Emirates"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, fired, aside, called), mentions));
        List<Event> third = events.stream().filter(e -> e.mentions().get(0).sentence() == 2).toList();
        assertEquals(List.of("AREGOV->YEMREB"), directions(third, "11"), describe(events));

        // one's own side's act is no one's to be criticized for here; a possessor names the doer itself
        List<ActorMention> own = List.of(m(0, 0, 2, "ARE", "MIL", "United Arab Emirates"), m(0, 4, 5, "SAU", null, "Saudi Arabia"),
                m(2, 0, 4, "ARE", "GOV", "United Arab Emirates"));
        List<Event> ownSide = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, fired, aside, called), own));
        assertEquals(List.of("AREGOV->"), directions(ownSide.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(ownSide));
    }

    @Test
    void urgingPartiesToHoldBackIsAnAppealForDeEscalation() {
        // 0 Qatar 1 urged 2 Ethiopia 3 and 4 Eritrea 5 to 6 show 7 restraint 8 .
        Sentence shown = sentence(0, "Qatar/NNP urged/VBD/urge Ethiopia/NNP and/CC Eritrea/NNP to/TO show/VB "
                        + "restraint/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; mark 6 5; xcomp 1 6; obj 6 7; punct 1 8");
        Event appeal = only(code(shown, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 2, 3, "ETH", null, "Ethiopia"),
                m(0, 4, 5, "ERI", null, "Eritrea")), "02");
        assertEquals("0256", appeal.cameo());
        assertEquals(List.of("ETH", "ERI"), codes(appeal.recipients()));

        // 0 Egypt 1 urged 2 the 3 factions 4 to 5 halt 6 the 7 fighting 8 .
        Sentence halted = sentence(0, "Egypt/NNP urged/VBD/urge the/DT factions/NNS/faction to/TO halt/VB the/DT "
                        + "fighting/NN/fighting ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; mark 5 4; xcomp 1 5; det 7 6; obj 5 7; punct 1 8");
        List<Event> events = code(halted, m(0, 0, 1, "EGY", null, "Egypt"), m(0, 2, 4, "SDN", "REB", "Sudan"));
        assertEquals("0256", only(events, "02").cameo());
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), () -> "the fighting is what ends: " + describe(events));
    }

    @Test
    void respondingWithFireIsForceAndABareResponseIsNothing() {
        // 0 Thai 1 troops 2 responded 3 with 4 mortar 5 fire 6 .
        Sentence fired = sentence(0, "Thai/JJ troops/NNS/troop responded/VBD/respond with/IN mortar/NN fire/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; case 5 3; compound 5 4; obl 2 5; punct 2 6");
        Event force = only(code(fired, m(0, 0, 2, "THA", "MIL", "Thailand"), m(0, 4, 5, null, "MIL", "mortar")), "19");
        assertEquals("194", force.cameo(), "mortars are heavy weapons");
        assertTrue(force.recipients().isEmpty(), "the weapon fired with is no target: " + codes(force.recipients()));

        Sentence firmly = sentence(0, "Thai/JJ troops/NNS/troop responded/VBD/respond firmly/RB ./.",
                "amod 1 0; nsubj 2 1; root -1 2; advmod 2 3; punct 2 4");
        assertTrue(code(firmly, m(0, 0, 2, "THA", "MIL", "Thailand")).isEmpty());
    }

    @Test
    void aDenialWithNoTargetAnswersTheAccuserJustNamed() {
        Sentence accused = sentence(0, "Armenia/NNP accused/VBD/accuse Azerbaijan/NNP of/IN firing/VBG/fire on/IN "
                        + "a/DT border/NN village/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; case 8 5; det 8 6; compound 8 7; obl 4 8; punct 1 9");
        Sentence denied = sentence(1, "Baku/NNP denied/VBD/deny the/DT accusation/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan"),
                m(1, 0, 1, "AZE", "GOV", "Azerbaijan"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, accused, denied), mentions));
        assertEquals(List.of("AZEGOV->ARM"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "016"), describe(events));

        // a denial by a third party answers no one's accusation of another
        List<ActorMention> third = List.of(m(0, 0, 1, "ARM", null, "Armenia"), m(0, 2, 3, "AZE", null, "Azerbaijan"),
                m(1, 0, 1, "TUR", "GOV", "Turkey"));
        List<Event> other = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, accused, denied), third));
        assertEquals(List.of("TURGOV->"), directions(other.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "016"), describe(other));
    }

    @Test
    void aPronounThatWillFaceWhatAWarningForeseesIsThePartyWarned() {
        Sentence s = sentence(0, "The/DT EU/NNP warned/VBD/warn Georgia/NNP that/IN it/PRP would/MD face/VB "
                        + "sanctions/NNS/sanction if/IN it/PRP passed/VBD/pass the/DT law/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 2 7; obj 7 8; "
                        + "mark 11 9; nsubj 11 10; advcl 7 11; det 13 12; obj 11 13; punct 2 14");
        // the resolver took both pronouns for the warner
        List<Event> events = code(s, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 3, 4, "GEO", null, "Georgia"),
                m(0, 5, 6, "IGOEU", null, "European Union"), m(0, 10, 11, "IGOEU", null, "European Union"));
        // the sanctions the warned party would face are the warner's, against it, and not yet imposed
        assertEquals(List.of("IGOEU->GEO"), directions(events, "16"), describe(events));
        assertEquals(Modality.HYPOTHETICAL, only(events, "16").modality(), describe(events));
        assertEquals(List.of("IGOEU->GEO"), directions(events, "13"), describe(events));

        // "warned Georgia that it would respond": the warner is the one to act
        Sentence respond = sentence(0, "Russia/NNP warned/VBD/warn Georgia/NNP that/IN it/PRP would/MD "
                        + "impose/VB sanctions/NNS/sanction ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 6 3; nsubj 6 4; aux 6 5; ccomp 1 6; obj 6 7; punct 1 8");
        List<Event> own = code(respond, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "GEO", null, "Georgia"),
                m(0, 4, 5, "RUS", null, "Russia"));
        assertEquals(List.of("RUS->"), directions(own, "16"), describe(own));

        // "told the IAEA that it had been attacked": the teller reports what befell it, no warning
        Sentence told = sentence(0, "Iran/NNP told/VBD/tell the/DT IAEA/NNP that/IN it/PRP had/VBD/have been/VBN/be "
                        + "attacked/VBN/attack by/IN Israel/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; mark 8 4; nsubj:pass 8 5; aux 8 6; aux:pass 8 7; ccomp 1 8; "
                        + "case 10 9; obl 8 10; punct 1 11");
        List<Event> attacked = code(told, m(0, 0, 1, "IRN", null, "Iran"), m(0, 2, 4, "IGOIAE", null, "IAEA"),
                m(0, 5, 6, "IRN", null, "Iran"), m(0, 10, 11, "ISR", null, "Israel"));
        assertEquals(List.of("ISR->IRN"), directions(attacked, "19"), describe(attacked));
    }

    @Test
    void targetingShipsOrHeadquartersNeedsAWeaponNamed() {
        // sanctions and raids target ships and headquarters as often as attacks do
        Sentence ships = sentence(0, "The/DT EU/NNP targeted/VBD/target Russian/JJ ships/NNS/ship ./.",
                "det 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; punct 2 5");
        List<Event> listed = code(ships, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 3, 4, "RUS", null, "Russia"));
        assertTrue(listed.stream().noneMatch(e -> e.cameo().startsWith("19")), describe(listed));
        Sentence warship = sentence(0, "Houthi/NNP forces/NNS/force targeted/VBD/target a/DT US/NNP destroyer/NN ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; punct 2 6");
        List<Event> hit = code(warship, m(0, 0, 2, "YEM", "REB", "Houthis"), m(0, 4, 6, "USA", "MIL", "United States"));
        assertEquals(List.of("YEMREB->USAMIL"), directions(hit, "19"), describe(hit));
    }

    @Test
    void sustainingAnOffensiveIsKeepingItUpNotUndergoingIt() {
        Sentence s = sentence(0, "Russia/NNP sustained/VBD/sustain the/DT offensive/NN near/IN Avdiivka/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; punct 1 6");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 5, 6, "UKR", null, "Ukraine"));
        assertEquals("RUS", codes(only(events, "19").actors()).get(0), describe(events));
    }

    @Test
    void whoFacesAnActIsItsTargetNotItsDoer() {
        Sentence s = sentence(0, "Belarus/NNP faces/VBZ/face new/JJ European/JJ sanctions/NNS/sanction ./.",
                "nsubj 1 0; root -1 1; amod 4 2; amod 4 3; obj 1 4; punct 1 5");
        List<Event> events = code(s, m(0, 0, 1, "BLR", null, "Belarus"), m(0, 3, 4, "IGOEU", null, "European Union"));
        assertEquals(List.of("IGOEU->BLR"), directions(events, "16"), describe(events));
    }

    @Test
    void aDenialAnswersAnAccusationAFewSentencesBack() {
        Sentence accused = sentence(0, "Kenyan/JJ and/CC Tanzanian/JJ fishermen/NNS/fisherman accused/VBD/accuse "
                        + "Uganda/NNP of/IN seizing/VBG/seize their/PRP$ boats/NNS/boat ./.",
                "amod 3 0; cc 2 1; conj 0 2; nsubj 4 3; root -1 4; obj 4 5; mark 7 6; advcl 4 7; nmod:poss 9 8; "
                        + "obj 7 9; punct 4 10");
        Sentence between = sentence(1, "The/DT lake/NN is/VBZ/be shared/VBN/share by/IN three/CD countries/NNS/country ./.",
                "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; nummod 6 5; obl 3 6; punct 3 7");
        Sentence denied = sentence(2, "Kampala/NNP denied/VBD/deny the/DT charge/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        // one phrase names two accusers: they are one accusation's, answered together
        List<ActorMention> mentions = List.of(m(0, 0, 4, "KEN", "CVL", "Kenya"), m(0, 0, 4, "TZA", "CVL", "Tanzania"),
                m(0, 5, 6, "UGA", null, "Uganda"), m(2, 0, 1, "UGA", "GOV", "Uganda"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, accused, between, denied), mentions));
        assertEquals(List.of("UGAGOV->KENCVL+TZACVL"), directions(events.stream()
                .filter(e -> e.mentions().get(0).sentence() == 2).toList(), "016"), describe(events));
    }

    @Test
    void sendingMediatorsIsMediation() {
        Sentence s = sentence(0, "The/DT African/NNP Union/NNP will/MD send/VB mediators/NNS/mediator to/IN Mali/NNP ./.",
                "det 2 0; compound 2 1; nsubj 4 2; aux 4 3; root -1 4; obj 4 5; case 7 6; obl 4 7; punct 4 8");
        List<Event> events = code(s, m(0, 0, 3, "IGOAFU", null, "African Union"), m(0, 7, 8, "MLI", null, "Mali"));
        assertEquals(List.of("IGOAFU->MLI"), directions(events, "045"), describe(events));
    }

    @Test
    void standingByAPartyNamesItAsTheOneSupported() {
        Sentence s = sentence(0, "Algeria/NNP stood/VBD/stand by/IN Niger/NNP ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; punct 1 4");
        List<Event> events = code(s, m(0, 0, 1, "DZA", null, "Algeria"), m(0, 3, 4, "NER", null, "Niger"));
        assertEquals(List.of("DZA->NER"), directions(events, "052"), describe(events));
    }

    @Test
    void theOneWhoSummonsAnEnvoyLodgesTheProtest() {
        Sentence s = sentence(0, "Manila/NNP summoned/VBD/summon the/DT Chinese/JJ ambassador/NN to/TO lodge/VB "
                        + "a/DT protest/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; obj 1 4; mark 6 5; xcomp 1 6; det 8 7; obj 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "PHL", "GOV", "Philippines"), m(0, 3, 5, "CHN", "GOV", "China"));
        assertTrue(events.stream().noneMatch(e -> codes(e.actors()).contains("CHNGOV")),
                () -> "the envoy summoned protests nothing: " + describe(events));
    }

    @Test
    void forcesBuiltUpAreTheBuildersOwnNotTheTarget() {
        Sentence s = sentence(0, "Russia/NNP is/VBZ/be building/VBG/build up/RP forces/NNS/force near/IN Finland/NNP "
                        + "'s/POS border/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; compound:prt 2 3; obj 2 4; case 8 5; nmod:poss 8 6; case 6 7; "
                        + "nmod 4 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 4, 5, "RUS", "MIL", "Russia"),
                m(0, 6, 7, "FIN", null, "Finland"));
        assertEquals(List.of("RUS->FIN"), directions(events, "154"), describe(events));
    }

    @Test
    void refusingMediationRejectsIt() {
        Sentence s = sentence(0, "Serbia/NNP will/MD not/RB accept/VB mediation/NN by/IN the/DT EU/NNP ./.",
                "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4; case 7 5; det 7 6; nmod 4 7; punct 3 8");
        List<Event> events = code(s, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 7, 8, "IGOEU", null, "European Union"));
        assertEquals(List.of("SRB->IGOEU"), directions(events, "126"), describe(events));
    }

    @Test
    void callingAChargeBaselessDeniesItEvenWithThePredicateMisparsedAsAModifier() {
        // the parser hangs the predicate on the noun before it, and the "by" phrase on the verb
        Sentence s = sentence(0, "Warsaw/NNP called/VBD/call the/DT claims/NNS/claim by/IN the/DT Belarusian/JJ "
                        + "border/NN guard/NN baseless/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 8 4; det 8 5; amod 8 6; compound 8 7; obl 1 8; "
                        + "amod 8 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "POL", "GOV", "Poland"), m(0, 6, 9, "BLR", "MIL", "Belarus"));
        assertEquals(List.of("POLGOV->BLRMIL"), directions(events, "016"), describe(events));

        // an adjective before its noun stays a modifier: "called the new envoy" is no judgement
        Sentence called = sentence(0, "Warsaw/NNP called/VBD/call the/DT Belarusian/JJ envoy/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; obj 1 4; punct 1 5");
        assertTrue(code(called, m(0, 0, 1, "POL", "GOV", "Poland"), m(0, 3, 5, "BLR", "GOV", "Belarus")).stream()
                .noneMatch(e -> e.cameo().startsWith("016") || e.cameo().startsWith("11")));
    }

    // ---- second review round ----

    @Test
    void aWarningOfWhatOthersSufferedOrFaceNamesNoDoer() {
        // "the UN warned that civilians had suffered attacks": the UN attacks no one
        Sentence s = sentence(0, "The/DT UN/NNP warned/VBD/warn that/IN civilians/NNS/civilian had/VBD/have "
                        + "suffered/VBN/suffer attacks/NNS/attack ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 6 3; nsubj 6 4; aux 6 5; ccomp 2 6; obj 6 7; punct 2 8");
        List<Event> events = code(s, m(0, 0, 2, "IGOUNO", null, "United Nations"), m(0, 4, 5, "SDN", "CVL", "Sudan"));
        assertTrue(events.stream().filter(e -> e.cameo().startsWith("19"))
                .noneMatch(e -> codes(e.actors()).contains("IGOUNO")), describe(events));
        assertEquals(1, events.stream().filter(e -> e.cameo().startsWith("01")).count(), "the warning itself: " + describe(events));
    }

    @Test
    void whatAWarningSaysThePartyWarnedFacesIsTheWarnersAndStillAhead() {
        Sentence faces = sentence(0, "The/DT EU/NNP warned/VBD/warn Serbia/NNP that/IN it/PRP faces/VBZ/face "
                        + "sanctions/NNS/sanction ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 6 4; nsubj 6 5; ccomp 2 6; obj 6 7; punct 2 8");
        List<Event> present = code(faces, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 3, 4, "SRB", null, "Serbia"),
                m(0, 5, 6, "IGOEU", null, "European Union"));
        assertEquals(List.of("IGOEU->SRB"), directions(present, "16"), describe(present));
        assertEquals(Modality.HYPOTHETICAL, only(present, "16").modality(), describe(present));
        Sentence would = sentence(0, "The/DT EU/NNP warned/VBD/warn Serbia/NNP that/IN it/PRP would/MD face/VB "
                        + "sanctions/NNS/sanction ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 7 4; nsubj 7 5; aux 7 6; ccomp 2 7; obj 7 8; punct 2 9");
        List<Event> ahead = code(would, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 3, 4, "SRB", null, "Serbia"),
                m(0, 5, 6, "IGOEU", null, "European Union"));
        assertEquals(Modality.HYPOTHETICAL, only(ahead, "16").modality(), "the pronoun is the party told: " + describe(ahead));
    }

    @Test
    void clashingWithPoliceKeepsThePoliceAndViolatingAirspaceItsOwner() {
        Sentence clash = sentence(0, "Protesters/NNS/protester clashed/VBD/clash with/IN police/NNS ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; punct 1 4");
        List<Event> events = code(clash, m(0, 0, 1, "KEN", "CVL", "Kenya"), m(0, 3, 4, "KEN", "COP", "Kenya"));
        assertTrue(directions(events, "14").contains("KENCVL->KENCOP"), describe(events));
        Sentence airspace = sentence(0, "Russian/JJ warplanes/NNS/warplane violated/VBD/violate Estonian/JJ airspace/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; punct 2 5");
        List<Event> breach = code(airspace, m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "EST", null, "Estonia"));
        assertEquals(List.of("RUSMIL->EST"), directions(breach, "15"), describe(breach));
    }

    @Test
    void aCriticismOfTheAttackStopsAtANearerActOfThatKind() {
        Sentence first = sentence(0, "Israeli/JJ troops/NNS/troop attacked/VBD/attack a/DT camp/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; punct 2 5");
        Sentence second = sentence(1, "A/DT bomber/NN struck/VBD/strike a/DT market/NN in/IN Baghdad/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Sentence third = sentence(2, "Iraq/NNP condemned/VBD/condemn the/DT attack/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "ISR", "MIL", "Israel"), m(1, 1, 2, "IRQ", "UAF", "Iraq"),
                m(2, 0, 1, "IRQ", "GOV", "Iraq"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, first, second, third), mentions));
        List<Event> condemned = events.stream().filter(e -> e.mentions().get(0).sentence() == 2).toList();
        // the nearer attack's bomber, an armed actor of Iraq's own, is no part of the government's side
        assertEquals(List.of("IRQGOV->IRQUAF"), directions(condemned, "11"), describe(events));
        // an act of the critic's own state between them is passed over: "Ukrainian forces shot down 20 drones"
        Sentence struck = sentence(0, "Russian/JJ missiles/NNS/missile struck/VBD/strike Kyiv/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4");
        Sentence downed = sentence(1, "Ukrainian/JJ forces/NNS/force shot/VBD/shoot down/RP drones/NNS/drone ./.",
                "amod 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; obj 2 4; punct 2 5");
        Sentence condemns = sentence(2, "Ukraine/NNP condemned/VBD/condemn the/DT attack/NN ,/, which/WDT "
                        + "killed/VBD/kill ten/CD people/NNS/person ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 3 4; nsubj 6 5; acl:relcl 3 6; nummod 8 7; obj 6 8; punct 1 9");
        List<Event> kyiv = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, struck, downed, condemns),
                List.of(m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "UKR", null, "Ukraine"),
                        m(1, 0, 2, "UKR", "MIL", "Ukraine"), m(2, 0, 1, "UKR", null, "Ukraine"))));
        assertEquals(List.of("UKR->RUSMIL"), directions(kyiv.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(kyiv));
    }

    @Test
    void aPassiveRestatingTheActDoesNotHideItsDoerFromALaterCriticism() {
        Sentence fired = sentence(0, "Iran/NNP fired/VBD/fire two/CD missiles/NNS/missile into/IN the/DT sea/NN ./.",
                "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 6 4; det 6 5; obl 1 6; punct 1 7");
        // 0 The 1 missiles 2 were 3 launched 4 from 5 Bandar 6 Abbas 7 and 8 flew 9 300 10 km 11 .
        Sentence restated = sentence(1, "The/DT missiles/NNS/missile were/VBD/be launched/VBN/launch from/IN "
                        + "Bandar/NNP Abbas/NNP and/CC flew/VBD/fly 300/CD km/NNS ./.",
                "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; compound 6 5; obl 3 6; cc 8 7; conj 3 8; "
                        + "nummod 10 9; obj 8 10; punct 3 11");
        Sentence condemned = sentence(2, "Oman/NNP condemned/VBD/condemn the/DT launch/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, fired, restated, condemned),
                List.of(m(0, 0, 1, "IRN", null, "Iran"), m(2, 0, 1, "OMN", null, "Oman"))));
        assertEquals(List.of("OMN->IRN"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(events));
    }

    @Test
    void theDealAnActIsDoneUnderIsNoObjectAndGivingUpClaimsToLandYields() {
        // 0 Under 1 the 2 deal 3 , 4 Armenia 5 agreed 6 to 7 drop 8 its 9 territorial 10 claims 11 .
        Sentence s = sentence(0, "Under/IN the/DT deal/NN ,/, Armenia/NNP agreed/VBD/agree to/TO drop/VB its/PRP$ "
                        + "territorial/JJ claims/NNS/claim ./.",
                "case 2 0; det 2 1; obl 5 2; punct 5 3; nsubj 5 4; root -1 5; mark 7 6; xcomp 5 7; nmod:poss 10 8; "
                        + "amod 10 9; obj 7 10; punct 5 11");
        List<Event> events = code(s, m(0, 4, 5, "ARM", null, "Armenia"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("057")), () -> "no deal signed: " + describe(events));
        assertEquals(List.of("035"), events.stream().filter(e -> e.modality() == Modality.ASSERTED).map(Event::cameo).toList(),
                () -> "intent to yield: " + describe(events));
    }

    @Test
    void theSubjectOfAnAbsolutePhraseWithWithIsNoPartner() {
        // 0 Iran 1 and 2 the 3 United 4 States 5 held 6 talks 7 , 8 with 9 Oman 10 mediating 11 .
        Sentence s = sentence(0, "Iran/NNP and/CC the/DT United/NNP States/NNPS held/VBD/hold talks/NNS/talk ,/, "
                        + "with/IN Oman/NNP mediating/VBG/mediate ./.",
                "nsubj 5 0; cc 4 1; det 4 2; compound 4 3; conj 0 4; root -1 5; obj 5 6; punct 5 7; mark 10 8; "
                        + "nsubj 10 9; advcl 5 10; punct 5 11");
        List<Event> events = code(s, m(0, 0, 1, "IRN", null, "Iran"), m(0, 2, 5, "USA", null, "United States"),
                m(0, 9, 10, "OMN", null, "Oman"));
        Event talks = events.stream().filter(e -> e.mentions().get(0).trigger().equals("held")).findFirst().orElseThrow();
        assertTrue(talks.recipients().stream().noneMatch(a -> "OMN".equals(a.country())),
                () -> "the mediator is no partner to the talks: " + describe(events));
        assertEquals(List.of("IRN", "USA"), codes(talks.actors()), () -> describe(events));
    }

    @Test
    void aTrailingParticiplesVictimsAreNotTheSpeaker() {
        // the parser's reading: "fishermen" the subject of "said", "the Philippine navy" their apposition
        Sentence s = sentence(0, "Chinese/JJ ships/NNS/ship fired/VBD/fire cannon/NN at/IN a/DT boat/NN ,/, "
                        + "injuring/VBG/injure three/CD fishermen/NNS/fisherman ,/, the/DT Philippine/JJ navy/NN said/VBD/say ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; det 6 5; obl 2 6; punct 2 7; dep 15 8; nummod 10 9; "
                        + "nsubj 15 10; punct 10 11; det 14 12; amod 14 13; appos 10 14; parataxis 2 15; punct 2 16");
        Sentence mended = PatternCoder.participleSpeakersRepaired(s);
        assertEquals("nsubj", mended.relation(14));
        assertEquals(8, mended.head(10), "the fishermen are injured");
        assertEquals(2, mended.head(8), "the injuring goes with the firing");
        List<Event> events = code(s, m(0, 0, 2, "CHN", "MIL", "China"), m(0, 9, 11, "PHL", "CVL", "Philippines"),
                m(0, 12, 15, "PHL", "MIL", "Philippines"));
        Event injuring = events.stream().filter(e -> e.mentions().get(0).trigger().equals("injuring")).findFirst().orElseThrow();
        assertEquals(List.of("CHNMIL->PHLCVL"), directions(List.of(injuring), "1"), () -> describe(events));
    }

    @Test
    void designatingAGroupATerroristOrganizationSanctionsIt() {
        // the parser's reading: "organization" a bare dep of the name before it
        Sentence s = sentence(0, "Britain/NNP designated/VBD/designate Hamas/NNP a/DT terrorist/JJ organization/NN ./.",
                "nsubj 1 0; root -1 1; obj 1 2; det 5 3; amod 5 4; dep 2 5; punct 1 6");
        assertEquals("xcomp", PatternCoder.nounPredicatesRepaired(s).relation(5));
        List<Event> events = code(s, m(0, 0, 1, "GBR", null, "United Kingdom"), m(0, 2, 3, "PSE", "REB", "Hamas"));
        assertEquals(List.of("GBR->PSEREB"), directions(events, "163"), () -> describe(events));
        Sentence named = sentence(0, "Britain/NNP designated/VBD/designate a/DT new/JJ envoy/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; obj 1 4; punct 1 5");
        assertTrue(directions(code(named, m(0, 0, 1, "GBR", null, "United Kingdom")), "16").isEmpty());
    }

    @Test
    void talksOnADeploymentWeighItAndTroopsSentToHelpThreatenNoOne() {
        Sentence talks = sentence(0, "Ministers/NNS/minister held/VBD/hold talks/NNS/talk on/IN NATO/NNP 's/POS "
                        + "deployment/NN of/IN peacekeepers/NNS/peacekeeper ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 6 3; nmod:poss 6 4; case 4 5; nmod 2 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> weighed = code(talks, m(0, 0, 1, "POL", "GOV", "Poland"), m(0, 4, 5, "IGONAT", null, "NATO"));
        assertEquals(Modality.HYPOTHETICAL, only(weighed, "074").modality(), describe(weighed));
        Sentence help = sentence(0, "Russia/NNP said/VBD/say it/PRP would/MD send/VB troops/NNS/troop to/TO help/VB "
                        + "Belarus/NNP ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; obj 4 5; mark 7 6; xcomp 4 7; obj 7 8; punct 1 9");
        List<Event> sent = code(help, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 5, 6, "RUS", "MIL", "Russia"), m(0, 8, 9, "BLR", null, "Belarus"));
        assertEquals(List.of("RUS->BLR"), directions(sent, "15"), describe(sent));
        assertTrue(sent.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(sent));
    }

    @Test
    void forcesThatSustainAttacksUndergoThem() {
        Sentence s = sentence(0, "Ukrainian/JJ forces/NNS/force sustained/VBD/sustain heavy/JJ Russian/JJ attacks/NNS/attack ./.",
                "amod 1 0; nsubj 2 1; root -1 2; amod 5 3; amod 5 4; obj 2 5; punct 2 6");
        List<Event> events = code(s, m(0, 0, 2, "UKR", "MIL", "Ukraine"), m(0, 4, 5, "RUS", null, "Russia"));
        assertEquals(List.of("RUS->UKRMIL"), directions(events, "19"), describe(events));
    }

    // ---- third review round ----

    @Test
    void aResolutionOnAPastBombardmentLeavesItAsserted() {
        Sentence s = sentence(0, "Lawmakers/NNS/lawmaker debated/VBD/debate a/DT resolution/NN on/IN Russia/NNP 's/POS "
                        + "bombardment/NN of/IN Kharkiv/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; nmod:poss 7 5; case 5 6; nmod 3 7; case 9 8; "
                        + "nmod 7 9; punct 1 10");
        List<Event> events = code(s, m(0, 5, 6, "RUS", null, "Russia"), m(0, 9, 10, "UKR", null, "Ukraine"));
        assertEquals(Modality.ASSERTED, only(events, "19").modality(), describe(events));
    }

    @Test
    void whatASpeakerToldReportersOrAMinisterSaidHeWouldDoIsItsIntent() {
        Sentence told = sentence(0, "Russia/NNP told/VBD/tell reporters/NNS/reporter it/PRP would/MD deploy/VB "
                        + "troops/NNS/troop ./.",
                "nsubj 1 0; root -1 1; obj 1 2; nsubj 5 3; aux 5 4; ccomp 1 5; obj 5 6; punct 1 7");
        List<Event> deploy = code(told, m(0, 0, 1, "RUS", null, "Russia"), m(0, 3, 4, "RUS", null, "Russia"));
        assertEquals(Modality.FUTURE, only(deploy, "15").modality(), describe(deploy));
        Sentence minister = sentence(0, "The/DT minister/NN said/VBD/say he/PRP would/MD deploy/VB troops/NNS/troop ./.",
                "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; punct 2 7");
        List<Event> his = code(minister, m(0, 0, 2, "RUS", "GOV", "Russia"), m(0, 3, 4, "RUS", "GOV", "Russia"));
        assertEquals(Modality.FUTURE, only(his, "15").modality(), describe(his));
        Sentence sustain = sentence(0, "Russia/NNP said/VBD/say it/PRP would/MD sustain/VB its/PRP$ offensive/NN ./.",
                "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nmod:poss 6 5; obj 4 6; punct 1 7");
        List<Event> kept = code(sustain, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "RUS", null, "Russia"));
        assertEquals(Modality.FUTURE, only(kept, "19").modality(), describe(kept));
    }

    @Test
    void sufferingAWarningReportsAsDoneStaysAsserted() {
        Sentence s = sentence(0, "The/DT UN/NNP warned/VBD/warn that/IN civilians/NNS/civilian had/VBD/have "
                        + "suffered/VBN/suffer attacks/NNS/attack by/IN Israeli/JJ forces/NNS/force ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 6 3; nsubj 6 4; aux 6 5; ccomp 2 6; obj 6 7; case 10 8; amod 10 9; "
                        + "nmod 7 10; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "IGOUNO", null, "United Nations"), m(0, 4, 5, "PSE", "CVL", "Palestine"),
                m(0, 9, 11, "ISR", "MIL", "Israel"));
        assertEquals(Modality.ASSERTED, only(events, "19").modality(), describe(events));
        // the attackers' "forces" are troops, no consequence the UN threatens: no threat (the warning
        // says an act coded in the sentence, so it is that act)
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(events));
    }

    @Test
    void policePutOnAlertAreTheirOwnersNotATarget() {
        Sentence s = sentence(0, "The/DT government/NN put/VBD/put police/NNS on/IN alert/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        List<Event> events = code(s, m(0, 0, 2, "PAK", "GOV", "Pakistan"), m(0, 3, 4, "PAK", "COP", "Pakistan"));
        assertTrue(events.stream().filter(e -> e.cameo().startsWith("15")).allMatch(e -> e.recipients().isEmpty()),
                describe(events));
        assertFalse(events.stream().noneMatch(e -> e.cameo().startsWith("15")), describe(events));
    }

    @Test
    void whoIsCalledOnToActIsTheOneToAct() {
        Sentence s = sentence(0, "The/DT EU/NNP called/VBD/call on/IN Armenia/NNP and/CC Azerbaijan/NNP to/TO "
                        + "de-escalate/VB tensions/NNS/tension ./.",
                "det 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; cc 6 5; conj 4 6; mark 8 7; xcomp 2 8; obj 8 9; "
                        + "punct 2 10");
        List<Event> events = code(s, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 4, 5, "ARM", null, "Armenia"),
                m(0, 6, 7, "AZE", null, "Azerbaijan"));
        assertEquals(List.of("ARM+AZE->"), directions(events, "087"), describe(events));

        // "appealed to the rebels to release": the rebels are to release them
        Sentence appealed = sentence(0, "Qatar/NNP appealed/VBD/appeal to/IN the/DT rebels/NNS/rebel to/TO "
                        + "release/VB the/DT hostages/NNS/hostage ./.",
                "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl 1 4; mark 6 5; xcomp 1 6; det 8 7; obj 6 8; punct 1 9");
        List<Event> freed = code(appealed, m(0, 0, 1, "QAT", null, "Qatar"), m(0, 3, 5, "SDN", "REB", "rebels"));
        assertEquals(List.of("SDNREB->"), directions(freed, "084"), describe(freed));

        // what one relies on is a means, not a party asked to act
        Sentence relied = sentence(0, "Iran/NNP relied/VBD/rely on/IN proxies/NNS/proxy to/TO attack/VB US/NNP "
                        + "forces/NNS/force ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 5 4; xcomp 1 5; compound 7 6; obj 5 7; punct 1 8");
        List<Event> attacked = code(relied, m(0, 0, 1, "IRN", null, "Iran"), m(0, 6, 8, "USA", "MIL", "United States"));
        assertEquals(List.of("IRN->USAMIL"), directions(attacked, "19"), describe(attacked));
    }

    @Test
    void aWeaponOneAnswersWithIsNoPartyToTheAttack() {
        Sentence s = sentence(0, "Israel/NNP retaliated/VBD/retaliate with/IN artillery/NN fire/NN on/IN "
                        + "border/NN villages/NNS/village ./.",
                "nsubj 1 0; root -1 1; case 4 2; compound 4 3; obl 1 4; case 7 5; compound 7 6; obl 1 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "ISR", null, "Israel"), m(0, 3, 4, null, "MIL", "artillery"));
        assertEquals(List.of("ISR->"), directions(events, "19"), describe(events));
        assertEquals("194", only(events, "19").cameo(), describe(events));

        // a weapon with no line of its own: "retaliated" is coded, the drones are not its target
        Sentence drones = sentence(0, "Russia/NNP retaliated/VBD/retaliate with/IN drones/NNS/drone ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; punct 1 4");
        List<Event> flown = code(drones, m(0, 0, 1, "RUS", null, "Russia"), m(0, 3, 4, null, "MIL", "drones"));
        assertEquals(List.of("RUS->"), directions(flown, "19"), describe(flown));
    }

    @Test
    void aMilitaryResponseIsAimedAtTheAttackItAnswers() {
        Sentence struck = sentence(0, "Israeli/JJ jets/NNS/jet struck/VBD/strike Hezbollah/NNP positions/NNS/position ./.",
                "amod 1 0; nsubj 2 1; root -1 2; compound 4 3; obj 2 4; punct 2 5");
        Sentence answered = sentence(1, "Hezbollah/NNP responded/VBD/respond with/IN rocket/NN fire/NN ./.",
                "nsubj 1 0; root -1 1; case 4 2; compound 4 3; obl 1 4; punct 1 5");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "ISR", "MIL", "Israel"), m(0, 3, 4, "LBN", "REB", "Hezbollah"),
                m(1, 0, 1, "LBN", "REB", "Hezbollah"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, struck, answered), mentions));
        assertEquals(List.of("LBNREB->ISRMIL"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "19"), describe(events));

        // a third party's response to an attack on someone else answers no one
        List<ActorMention> third = List.of(m(0, 0, 2, "ISR", "MIL", "Israel"), m(0, 3, 4, "LBN", "REB", "Hezbollah"),
                m(1, 0, 1, "YEM", "REB", "Houthis"));
        List<Event> other = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, struck, answered), third));
        assertEquals(List.of("YEMREB->"), directions(other.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "19"), describe(other));
    }

    @Test
    void aRelativeClauseOnAnActIsDoneByTheActsDoersOnItsDate() {
        // "an attack by militants on an army base last Monday that killed 12 soldiers"
        Sentence s = sentence(0, "It/PRP followed/VBD/follow an/DT attack/NN by/IN militants/NNS/militant on/IN "
                        + "an/DT army/NN base/NN last/JJ Monday/NNP that/WDT killed/VBD/kill 12/CD soldiers/NNS/soldier ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; case 9 6; det 9 7; compound 9 8; nmod 3 9; "
                        + "amod 11 10; obl:tmod 3 11; nsubj 13 12; acl:relcl 3 13; nummod 15 14; obj 13 15; punct 1 16",
                "10 12 2022-02-14");
        List<Event> events = code(s, m(0, 5, 6, "MLI", "REB", "Mali"), m(0, 8, 10, "MLI", "MIL", "Mali"),
                m(0, 15, 16, "MLI", "MIL", "Mali"));
        Event killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killed")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals(List.of("MLIREB"), codes(killing.actors()), describe(events));
        assertEquals(List.of("MLIMIL"), codes(killing.recipients()), describe(events));
        assertEquals(LocalDate.of(2022, 2, 14), killing.date().date(), "the attack's day");
        assertEquals(EventDate.Basis.TEXT, killing.date().basis());
    }

    @Test
    void whatShipsAreSentToDoIsNotWhatIsSent() {
        Sentence s = sentence(0, "Taiwan/NNP dispatched/VBD/dispatch ships/NNS/ship to/TO monitor/VB the/DT "
                        + "Chinese/JJ drills/NNS/drill ./.",
                "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; xcomp 1 4; det 7 5; amod 7 6; obj 4 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "TWN", null, "Taiwan"), m(0, 6, 7, "CHN", null, "China"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("086")), describe(events));
        Sentence monitors = sentence(0, "The/DT OSCE/NNP dispatched/VBD/dispatch monitors/NNS/monitor to/IN Ukraine/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        List<Event> sent = code(monitors, m(0, 0, 2, "IGOOSC", null, "OSCE"), m(0, 5, 6, "UKR", null, "Ukraine"));
        assertFalse(sent.stream().noneMatch(e -> e.cameo().startsWith("086")), describe(sent));
    }

    @Test
    void leavingABlocCutsTiesWithTheBlocNamedBesideIt() {
        Sentence s = sentence(0, "The/DT junta/NN pulled/VBD/pull Mali/NNP out/IN of/IN the/DT regional/JJ "
                        + "bloc/NN ECOWAS/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 8 4; case 8 5; det 8 6; amod 8 7; obl 2 8; appos 8 9; "
                        + "punct 2 10");
        List<Event> events = code(s, m(0, 0, 2, "MLI", "MIL", "Mali"), m(0, 3, 4, "MLI", null, "Mali"),
                m(0, 9, 10, "IGOECW", null, "ECOWAS"));
        assertEquals(List.of("MLIMIL->IGOECW"), directions(events, "16"), describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("087")), describe(events));
    }

    @Test
    void aGovernmentsWordOnWhatItsStateWouldDoIsItsIntent() {
        Sentence s = sentence(0, "The/DT prime/JJ minister/NN said/VBD/say Lebanon/NNP would/MD file/VB/file a/DT "
                        + "complaint/NN with/IN the/DT Security/NNP Council/NNP ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; nsubj 6 4; aux 6 5; ccomp 3 6; det 8 7; obj 6 8; case 12 9; "
                        + "det 12 10; compound 12 11; obl 6 12; punct 3 13");
        List<Event> events = code(s, m(0, 0, 3, "LBN", "GOV", "Lebanon"), m(0, 4, 5, "LBN", null, "Lebanon"),
                m(0, 10, 13, "IGOUNOSEC", null, "UN Security Council"));
        assertEquals(Modality.FUTURE, only(events, "11").modality(), describe(events));

        // another state's word on what Lebanon would do is a guess
        List<Event> guessed = code(s, m(0, 0, 3, "ISR", "GOV", "Israel"), m(0, 4, 5, "LBN", null, "Lebanon"),
                m(0, 10, 13, "IGOUNOSEC", null, "UN Security Council"));
        assertEquals(Modality.HYPOTHETICAL, only(guessed, "11").modality(), describe(guessed));
    }

    @Test
    void theSubjectOfTheFirstOfTwoJoinedVerbsSpeaksForTheSecond() {
        Sentence s = sentence(0, "His/PRP$ daughter/NN ,/, Vice/NNP President/NNP Sara/NNP Duterte/NNP ,/, "
                        + "condemned/VBD/condemn the/DT arrest/NN and/CC said/VBD/say she/PRP would/MD fly/VB/fly "
                        + "to/IN The/DT Hague/NNP ./.",
                "nmod:poss 1 0; nsubj 8 1; punct 1 2; compound 6 3; compound 6 4; compound 6 5; appos 1 6; punct 1 7; "
                        + "root -1 8; det 10 9; obj 8 10; cc 12 11; conj 8 12; nsubj 15 13; aux 15 14; ccomp 12 15; "
                        + "case 18 16; det 18 17; obl 15 18; punct 8 19");
        List<Event> events = code(s, m(0, 3, 7, "PHL", "GOV", "Sara Duterte"), m(0, 13, 14, "PHL", "GOV", "Sara Duterte"),
                m(0, 17, 19, "NLD", null, "Netherlands"));
        Event trip = only(events, "04");
        assertEquals(Modality.FUTURE, trip.modality(), describe(events));
        assertEquals("PHLGOV", trip.mentions().get(0).speaker().code(), describe(events));
    }

    @Test
    void withdrawingFromABodyIsACutInTiesNotARetreat() {
        Sentence s = sentence(0, "Burundi/NNP withdrew/VBD/withdraw from/IN the/DT ICC/NNP in/IN 2017/CD ./.",
                "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl 1 4; case 6 5; obl 1 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "BDI", null, "Burundi"), m(0, 3, 5, "IGOICC", null, "ICC"));
        assertEquals(List.of("BDI->IGOICC"), directions(events, "160"), describe(events));
        Sentence troops = sentence(0, "Chad/NNP withdrew/VBD/withdraw its/PRP$ troops/NNS/troop from/IN the/DT "
                        + "AU/NNP mission/NN ./.",
                "nsubj 1 0; root -1 1; nmod:poss 3 2; obj 1 3; case 7 4; det 7 5; compound 7 6; obl 1 7; punct 1 8");
        List<Event> pulled = code(troops, m(0, 0, 1, "TCD", null, "Chad"), m(0, 6, 8, "IGOAU", null, "African Union"));
        assertTrue(pulled.stream().anyMatch(e -> e.cameo().equals("0874")), describe(pulled));
        Sentence soldiers = sentence(0, "Burundian/JJ soldiers/NNS/soldier pulled/VBD/pull out/RP of/IN the/DT AU/NNP "
                        + "force/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; case 7 4; det 7 5; compound 7 6; obl 2 7; punct 2 8");
        List<Event> left = code(soldiers, m(0, 0, 2, "BDI", "MIL", "Burundi"), m(0, 6, 8, "IGOAU", null, "African Union"));
        assertTrue(left.stream().noneMatch(e -> e.cameo().equals("160")), describe(left));
    }

    @Test
    void aCriticismOfAnAttackOnVictimsIsAimedAtTheAttacker() {
        Sentence shelled = sentence(0, "Russian/JJ troops/NNS/troop shelled/VBD/shell a/DT market/NN in/IN Kharkiv/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7");
        Sentence condemned = sentence(1, "France/NNP condemned/VBD/condemn the/DT attack/NN on/IN Ukrainian/JJ "
                        + "civilians/NNS/civilian ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; amod 6 5; nmod 3 6; punct 1 7");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 6, 7, "UKR", null, "Ukraine"),
                m(1, 0, 1, "FRA", null, "France"), m(1, 5, 7, "UKR", "CVL", "Ukraine"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, shelled, condemned), mentions));
        assertEquals(List.of("FRA->RUSMIL"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "11"), describe(events));

        // with its doer named, the attack is aimed at the doer
        Sentence owned = sentence(0, "France/NNP condemned/VBD/condemn Russia/NNP 's/POS attack/NN on/IN Ukrainian/JJ "
                        + "civilians/NNS/civilian ./.",
                "nsubj 1 0; root -1 1; nmod:poss 4 2; case 2 3; obj 1 4; case 7 5; amod 7 6; nmod 4 7; punct 1 8");
        List<Event> named = code(owned, m(0, 0, 1, "FRA", null, "France"), m(0, 2, 3, "RUS", null, "Russia"),
                m(0, 6, 8, "UKR", "CVL", "Ukraine"));
        assertEquals(List.of("FRA->RUS"), directions(named, "11"), describe(named));

        // a doer named in a participle is the one criticised
        Sentence imposed = sentence(0, "Russia/NNP condemned/VBD/condemn the/DT sanctions/NNS/sanction against/IN "
                        + "Iran/NNP imposed/VBN/impose by/IN the/DT US/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; acl 3 6; case 9 7; det 9 8; obl 6 9; punct 1 10");
        List<Event> condemnedSanctions = code(imposed, m(0, 0, 1, "RUS", null, "Russia"), m(0, 5, 6, "IRN", null, "Iran"),
                m(0, 9, 10, "USA", null, "United States"));
        assertTrue(directions(condemnedSanctions, "11").get(0).contains("USA"), describe(condemnedSanctions));
    }

    @Test
    void aDateFromWhichAMeasureAppliesIsNotTheDayItWasTaken() {
        Sentence s = sentence(0, "The/DT EU/NNP banned/VBD/ban imports/NNS/import of/IN Russian/JJ gas/NN from/IN "
                        + "2027/CD ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; amod 6 5; nmod 3 6; case 8 7; obl 2 8; punct 2 9",
                "8 9 2027");
        Event e = only(code(s, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 5, 6, "RUS", null, "Russia")), "16");
        assertEquals(EventDate.Basis.PUBLICATION, e.date().basis(), describe(List.of(e)));

        // a past "from" starts the act
        Sentence shelled = sentence(0, "Russia/NNP shelled/VBD/shell Kharkiv/NNP from/IN Saturday/NNP ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; punct 1 5", "4 5 2022-02-12");
        Event attack = only(code(shelled, m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "UKR", null, "Ukraine")), "19");
        assertEquals(LocalDate.of(2022, 2, 12), attack.date().date(), describe(List.of(attack)));
    }

    @Test
    void aMeasureDoesWhatItsImposerDoes() {
        Sentence s = sentence(0, "The/DT EU/NNP approved/VBD/approve a/DT package/NN of/IN sanctions/NNS/sanction "
                        + ",/, banning/VBG/ban imports/NNS/import of/IN Russian/JJ gas/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 8 7; acl 6 8; obj 8 9; "
                        + "case 12 10; amod 12 11; nmod 9 12; punct 2 13");
        List<Event> events = code(s, m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 11, 12, "RUS", null, "Russia"));
        Event ban = events.stream().filter(e -> e.mentions().get(0).trigger().equals("banning")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals(List.of("IGOEU"), codes(ban.actors()), describe(events));
    }

    @Test
    void aCriticismOfTheMeasuresIsAimedAtWhoeverTookThem() {
        Sentence imposed = sentence(0, "The/DT EU/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Belarus/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        Sentence condemned = sentence(1, "Minsk/NNP condemned/VBD/condemn the/DT measures/NNS/measure ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 5, 6, "BLR", null, "Belarus"),
                m(1, 0, 1, "BLR", "GOV", "Belarus"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, imposed, condemned), mentions));
        assertEquals(List.of("BLRGOV->IGOEU"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "11"), describe(events));

        // "the measures" name no act of praise or aid
        Sentence aided = sentence(0, "The/DT EU/NNP sent/VBD/send aid/NN to/IN Belarus/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        List<Event> other = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, aided, condemned), mentions));
        assertEquals(List.of("BLRGOV->"), directions(other.stream().filter(e -> e.mentions().get(0).sentence() == 1)
                .toList(), "11"), describe(other));

        // "the decision" is the latest act told, not an attack two sentences back
        Sentence shelled = sentence(0, "Russia/NNP shelled/VBD/shell Kharkiv/NNP ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3");
        Sentence taxes = sentence(1, "Parliament/NNP raised/VBD/raise taxes/NNS/tax ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3");
        Sentence criticised = sentence(2, "The/DT opposition/NN criticised/VBD/criticise the/DT decision/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; punct 2 5");
        List<ActorMention> seen = List.of(m(0, 0, 1, "RUS", null, "Russia"), m(0, 2, 3, "UKR", null, "Ukraine"),
                m(2, 0, 2, "UKR", "OPP", "Ukraine"));
        List<Event> taxed = CODER.code(new ResolvedArticle(article("doc-3", PUBLISHED, shelled, taxes, criticised), seen));
        assertEquals(List.of("UKROPP->"), directions(taxed.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(taxed));
    }

    @Test
    void anActOrderedIsTheOrderersAct() {
        Sentence s = sentence(0, "Maduro/NNP ordered/VBD/order the/DT deployment/NN of/IN troops/NNS/troop along/IN "
                        + "the/DT coast/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; case 8 6; det 8 7; obl 1 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "VEN", "GOV", "Nicolas Maduro"), m(0, 5, 6, "VEN", "MIL", "Venezuela"));
        assertEquals(List.of("VENGOV->"), directions(events, "15"), describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("10")), describe(events));

        Sentence expelled = sentence(0, "Moscow/NNP ordered/VBD/order the/DT expulsion/NN of/IN two/CD British/JJ "
                        + "diplomats/NNS/diplomat ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; nummod 7 5; amod 7 6; nmod 3 7; punct 1 8");
        List<Event> out = code(expelled, m(0, 0, 1, "RUS", "GOV", "Russia"), m(0, 6, 8, "GBR", "GOV", "United Kingdom"));
        assertTrue(out.stream().noneMatch(e -> e.cameo().startsWith("10")), "one event, not a demand too: " + describe(out));
        assertFalse(out.isEmpty(), describe(out));
    }

    @Test
    void aircraftFlyingIntoAnotherCountrysTerritoryViolateItAndVisitNoOne() {
        Sentence s = sentence(0, "Two/CD Russian/JJ helicopters/NNS/helicopter flew/VBD/fly into/IN Finnish/JJ "
                        + "territory/NN ./.",
                "nummod 2 0; amod 2 1; nsubj 3 2; root -1 3; case 6 4; amod 6 5; obl 3 6; punct 3 7");
        List<Event> events = code(s, m(0, 1, 3, "RUS", "MIL", "Russia"), m(0, 5, 6, "FIN", null, "Finland"));
        assertEquals(List.of("RUSMIL->FIN"), directions(events, "150"), describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), describe(events));
    }

    @Test
    void anAttributionHungUnderTheActNamesNoTarget() {
        // the parser hangs "said" under "invest" as its complement
        Sentence s = sentence(0, "China/NNP will/MD invest/VB/invest $/$ 5/CD billion/CD in/IN Egypt/NNP ,/, the/DT "
                        + "Chinese/JJ ambassador/NN said/VBD/say ./.",
                "nsubj 2 0; aux 2 1; root -1 2; dep 12 3; compound 5 4; nummod 3 5; case 7 6; nmod 3 7; punct 3 8; "
                        + "det 11 9; amod 11 10; nsubj 12 11; ccomp 2 12; punct 2 13");
        List<Event> events = code(s, m(0, 0, 1, "CHN", null, "China"), m(0, 7, 8, "EGY", null, "Egypt"),
                m(0, 9, 12, "CHN", "GOV", "China"));
        assertTrue(events.stream().flatMap(e -> e.recipients().stream()).noneMatch(a -> "CHNGOV".equals(a.code())),
                describe(events));

        // a that-clause of a demand still names whom it is made of
        Sentence demand = sentence(0, "Hamas/NNP demanded/VBD/demand that/IN Israel/NNP declare/VB/declare a/DT "
                        + "ceasefire/NN ./.",
                "nsubj 1 0; root -1 1; mark 4 2; nsubj 4 3; ccomp 1 4; det 6 5; obj 4 6; punct 1 7");
        List<Event> demanded = code(demand, m(0, 0, 1, "PSE", "REB", "Hamas"), m(0, 3, 4, "ISR", null, "Israel"));
        assertFalse(demanded.stream().filter(e -> e.cameo().startsWith("10"))
                .noneMatch(e -> codes(e.recipients()).contains("ISR")), describe(demanded));
    }

    @Test
    void whatAVerbOfJudgingCallsAThreatIsNoThreat() {
        Sentence s = sentence(0, "Congo/NNP will/MD disarm/VB/disarm a/DT militia/NN that/WDT Kigali/NNP "
                        + "considers/VBZ/consider a/DT threat/NN ./.",
                "nsubj 2 0; aux 2 1; root -1 2; det 4 3; obj 2 4; obj 7 5; nsubj 7 6; acl:relcl 4 7; det 9 8; obj 7 9; "
                        + "punct 2 10");
        List<Event> events = code(s, m(0, 0, 1, "COD", null, "Congo"), m(0, 6, 7, "RWA", "GOV", "Rwanda"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(events));

        Sentence made = sentence(0, "Kigali/NNP made/VBD/make a/DT threat/NN against/IN Congo/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod 3 5; punct 1 6");
        List<Event> threat = code(made, m(0, 0, 1, "RWA", "GOV", "Rwanda"), m(0, 5, 6, "COD", null, "Congo"));
        assertFalse(threat.stream().noneMatch(e -> e.cameo().startsWith("13")), describe(threat));
    }

    @Test
    void fightingThatIsToEndIsNoFightingOfItsOwn() {
        Sentence s = sentence(0, "Congo/NNP and/CC Rwanda/NNP pledged/VBD/pledge to/TO end/VB/end fighting/VBG/fight "
                        + "in/IN the/DT east/NN ./.",
                "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 5 4; xcomp 3 5; xcomp 5 6; case 9 7; det 9 8; obl 6 9; "
                        + "punct 3 10");
        List<Event> events = code(s, m(0, 0, 1, "COD", null, "Congo"), m(0, 2, 3, "RWA", null, "Rwanda"));
        assertFalse(events.stream().noneMatch(e -> e.cameo().startsWith("087")), describe(events));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), describe(events));
    }

    @Test
    void receivingEvidenceHostsNoVisit() {
        Sentence s = sentence(0, "Caracas/NNP received/VBD/receive evidence/NN ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3");
        List<Event> events = code(s, m(0, 0, 1, "VEN", "GOV", "Venezuela"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), describe(events));
        Sentence delegation = sentence(0, "Caracas/NNP received/VBD/receive a/DT Russian/JJ delegation/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; amod 4 3; obj 1 4; punct 1 5");
        List<Event> visit = code(delegation, m(0, 0, 1, "VEN", "GOV", "Venezuela"), m(0, 3, 5, "RUS", "GOV", "Russia"));
        assertEquals(List.of("VENGOV->RUSGOV"), directions(visit, "043"), describe(visit));
    }

    @Test
    void aPlaceSeizedIsTerritoryOccupied() {
        Sentence s = sentence(0, "M23/NNP rebels/NNS/rebel seized/VBD/seize Bukavu/NNP ./.",
                "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4");
        Sentence city = new Sentence(0, s.begin(), s.end(), s.text(), s.tokens().stream()
                .map(t -> t.index() == 3 ? new Token(t.index(), t.word(), t.lemma(), t.tag(), "CITY",
                        t.begin(), t.end()) : t).toList(), s.dependencies(), s.timexes());
        List<Event> events = code(city, m(0, 0, 2, "COD", "REB", "M23"));
        assertEquals("192", only(events, "19").cameo(), describe(events));
        Sentence arms = sentence(0, "M23/NNP rebels/NNS/rebel seized/VBD/seize weapons/NNS/weapon ./.",
                "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4");
        assertEquals("171", only(code(arms, m(0, 0, 2, "COD", "REB", "M23")), "17").cameo());
    }

    @Test
    void encouragementByAnotherIsTheirActAndAVillageIsNoBloc() {
        Sentence s = sentence(0, "Ukraine/NNP was/VBD/be encouraged/VBN/encourage by/IN Washington/NNP to/TO "
                        + "resume/VB/resume talks/NNS/talk ./.",
                "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl:agent 2 4; mark 6 5; xcomp 2 6; obj 6 7; punct 2 8");
        List<Event> events = code(s, m(0, 0, 1, "UKR", null, "Ukraine"), m(0, 4, 5, "USA", "GOV", "United States"));
        assertTrue(events.stream().noneMatch(e -> codes(e.actors()).contains("UKR") && e.cameo().startsWith("02")),
                describe(events));
        Sentence village = sentence(0, "Nigerian/JJ soldiers/NNS/soldier withdrew/VBD/withdraw from/IN the/DT "
                        + "community/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl 2 5; punct 2 6");
        List<Event> left = code(village, m(0, 0, 2, "NGA", "MIL", "Nigeria"));
        assertTrue(left.stream().noneMatch(e -> e.cameo().equals("160")), describe(left));
    }

    @Test
    void theTermsOfAProposalAreNotTheirRejectersText() {
        Sentence s = sentence(0, "Hamas/NNP rejected/VBD/reject the/DT terms/NNS/term of/IN a/DT proposal/NN "
                        + "calling/VBG/call for/IN Israel/NNP to/TO withdraw/VB ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; nmod 3 6; acl 6 7; case 9 8; obl 7 9; "
                        + "mark 11 10; xcomp 7 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "PSE", "REB", "Hamas"), m(0, 9, 10, "ISR", null, "Israel"));
        assertTrue(events.stream().noneMatch(e -> e.mentions().get(0).trigger().equals("calling")
                && codes(e.actors()).contains("PSEREB")), describe(events));
    }

    @Test
    void blameAfterWhatWitnessesSayStaysWithTheDoers() {
        Sentence s = sentence(0, "Witnesses/NNS said/VBD/say soldiers/NNS/soldier raided/VBD/raid the/DT camp/NN and/CC "
                        + "accused/VBD/accuse residents/NNS/resident ./.",
                "nsubj 1 0; root -1 1; nsubj 3 2; ccomp 1 3; det 5 4; obj 3 5; cc 7 6; conj 3 7; obj 7 8; punct 1 9");
        assertEquals(3, PatternCoder.blameConjunctsRaised(s).head(7), "the soldiers accuse, not the witnesses");
    }

    @Test
    void aSpanEarlierWithNoAnchorInItsSentenceCountsFromTheLastDayTheStoryDated() {
        Sentence first = sentence(0, "The/DT EU/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Russia/NNP on/IN "
                        + "Monday/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; case 7 6; obl 2 7; punct 2 8", "7 8 2022-02-14");
        Sentence parsed = sentence(1, "Washington/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Moscow/NNP "
                        + "a/DT day/NN earlier/RBR ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; det 6 5; obl:npmod 7 6; advmod 1 7; punct 1 8");
        Sentence second = new Sentence(1, parsed.begin(), parsed.end(), parsed.text(), parsed.tokens(),
                parsed.dependencies(), List.of(new org.dyad.model.Timex(5, 7, "a day", "DURATION", "P1D")));
        List<ActorMention> mentions = List.of(m(0, 0, 2, "IGOEU", null, "European Union"), m(0, 5, 6, "RUS", null, "Russia"),
                m(1, 0, 1, "USA", null, "United States"), m(1, 4, 5, "RUS", null, "Russia"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, first, second), mentions));
        Event us = events.stream().filter(e -> e.mentions().get(0).sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(describe(events)));
        assertEquals(LocalDate.of(2022, 2, 13), us.date().date(), "the day before Monday, not before publication");
        assertEquals(EventDate.Basis.TEXT, us.date().basis());
    }

    @Test
    void twoPartiesWhoSpeakWithNoAudienceTalkToEachOther() {
        Sentence s = sentence(0, "Erdogan/NNP and/CC Zelensky/NNP spoke/VBD/speak directly/RB on/IN Monday/NNP ./.",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; advmod 3 4; obl 3 6; case 6 5; punct 3 7", "6 7 2022-02-14");
        Event e = only(code(s, m(0, 0, 1, "TUR", "GOV", "Recep Tayyip Erdogan"), m(0, 2, 3, "UKR", "GOV", "Volodymyr Zelensky")),
                "04");
        assertEquals("040", e.cameo(), "as 'Erdogan and Zelensky met'");
        assertEquals(List.of("TURGOV", "UKRGOV"), codes(e.actors()));

        Sentence venue = sentence(0, "Erdogan/NNP and/CC Zelensky/NNP spoke/VBD/speak at/IN the/DT summit/NN ./.",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obl 3 6; case 6 4; det 6 5; punct 3 7");
        assertTrue(code(venue, m(0, 0, 1, "TUR", "GOV", "Recep Tayyip Erdogan"), m(0, 2, 3, "UKR", "GOV", "Volodymyr Zelensky"))
                .isEmpty(), "each addressed the summit");

        Sentence topic = sentence(0, "Erdogan/NNP and/CC Zelensky/NNP spoke/VBD/speak about/IN Crimea/NNP ./.",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obl 3 5; case 5 4; punct 3 6");
        List<Event> about = code(topic, m(0, 0, 1, "TUR", "GOV", "Recep Tayyip Erdogan"),
                m(0, 2, 3, "UKR", "GOV", "Volodymyr Zelensky"), m(0, 5, 6, "UKR", null, "Ukraine"));
        assertTrue(about.stream().noneMatch(e2 -> e2.cameo().equals("040")), () -> "a topic is no partner: " + describe(about));

        Sentence alone = sentence(0, "Erdogan/NNP spoke/VBD/speak directly/RB on/IN Monday/NNP ./.",
                "root -1 1; nsubj 1 0; advmod 1 2; obl 1 4; case 4 3; punct 1 5");
        assertTrue(code(alone, m(0, 0, 1, "TUR", "GOV", "Recep Tayyip Erdogan")).isEmpty(), "a statement, no talk");
    }

    @Test
    void aThreatToInterveneInACountryIsAimedAtIt() {
        Sentence s = sentence(0, "Belarus/NNP threatened/VBD/threaten to/TO intervene/VB/intervene in/IN Lithuania/NNP ./.",
                "root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; obl 3 5; case 5 4; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "BLR", null, "Belarus"), m(0, 5, 6, "LTU", null, "Lithuania")), "13");
        assertEquals(List.of("LTU"), codes(e.recipients()), "the place gone into is the party threatened");

        Sentence own = sentence(0, "Belarus/NNP threatened/VBD/threaten to/TO intervene/VB/intervene in/IN Minsk/NNP ./.",
                "root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; obl 3 5; case 5 4; punct 1 6");
        Event home = only(code(own, m(0, 0, 1, "BLR", null, "Belarus"), m(0, 5, 6, "BLR", null, "Belarus")), "13");
        assertTrue(home.recipients().isEmpty(), "its own land is no target");
    }

    @Test
    void seekingStrifeIsAWishAndSeekingThingsAsksTheirGiver() {
        Sentence s = sentence(0, "Ankara/NNP does/VBZ/do not/RB seek/VB/seek a/DT confrontation/NN with/IN Athens/NNP ./.",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 5; det 5 4; nmod 5 7; case 7 6; punct 3 8");
        List<Event> events = code(s, m(0, 0, 1, "TUR", "GOV", "Turkey"), m(0, 7, 8, "GRC", "GOV", "Greece"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("02")), describe(events));

        Sentence asked = sentence(0, "Kyiv/NNP sought/VBD/seek more/JJR/more shells/NNS/shell from/IN Berlin/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 3; amod 3 2; obl 1 5; case 5 4; punct 1 6");
        Event e = only(code(asked, m(0, 0, 1, "UKR", "GOV", "Ukraine"), m(0, 5, 6, "DEU", "GOV", "Germany")), "02");
        assertEquals(List.of("DEUGOV"), codes(e.recipients()), "the one asked");
    }

    @Test
    void aPastWhenClauseTakesTheDateItHangsFrom() {
        String words = "Sanchez/NNP met/VBD/meet Meloni/NNP in/IN Rome/NNP in/IN March/NNP ,/, when/WRB Madrid/NNP "
                + "agreed/VBD/agree to/TO join/VB/join the/DT mission/NN ./.";
        String common = "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3; obl 1 6; case 6 5; punct 6 7; advmod 10 8; "
                + "nsubj 10 9; mark 12 11; xcomp 10 12; det 14 13; obj 12 14; punct 1 15; ";
        for (String link : List.of("acl:relcl 6 10", "advcl 1 10")) {
            Sentence s = sentence(0, words, common + link, "6 7 2021-03");
            List<Event> events = code(s, m(0, 0, 1, "ESP", "GOV", "Pedro Sanchez"), m(0, 2, 3, "ITA", "GOV", "Giorgia Meloni"),
                    m(0, 9, 10, "ESP", "GOV", "Spain"));
            Event agreed = events.stream().filter(e -> e.mentions().get(0).trigger().equals("agreed")).findFirst()
                    .orElseThrow(() -> new AssertionError(describe(events)));
            assertEquals(LocalDate.of(2021, 3, 1), agreed.date().date(), link + ": the meeting's month, not publication");
            assertEquals(EventDate.Precision.MONTH, agreed.date().precision());
        }
    }

    @Test
    void keepingTroopsInsideAnotherCountryIsAPostureTowardIt() {
        Sentence s = sentence(0, "Armenia/NNP has/VBZ/have kept/VBN/keep soldiers/NNS/soldier inside/IN Azerbaijan/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 3; obl 2 5; case 5 4; punct 2 6");
        Event e = only(code(s, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 5, 6, "AZE", null, "Azerbaijan")), "15");
        assertEquals("150", e.cameo());
        assertEquals(List.of("AZE"), codes(e.recipients()));

        Sentence ready = sentence(0, "Armenia/NNP kept/VBD/keep troops/NNS/troop in/IN reserve/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3; punct 1 5");
        assertTrue(code(ready, m(0, 0, 1, "ARM", null, "Armenia")).isEmpty(), "no party's land, no posture");
    }

    @Test
    void theAttackCondemnedReachesTheLatestAttackParagraphsBack() {
        Sentence struck = sentence(0, "Sudanese/JJ paramilitaries/NNS/paramilitary attacked/VBD/attack a/DT camp/NN ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; punct 2 5");
        Sentence rescue = sentence(1, "Aid/NN workers/NNS/worker searched/VBD/search the/DT ruins/NNS/ruin ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; punct 2 5");
        Sentence toll = sentence(2, "The/DT toll/NN may/MD rise/VB ,/, officials/NNS/official said/VBD/say ./.",
                "det 1 0; nsubj 3 1; aux 3 2; ccomp 6 3; punct 6 4; nsubj 6 5; root -1 6; punct 6 7");
        Sentence smoke = sentence(3, "Smoke/NN rose/VBD/rise over/IN the/DT city/NN ./.",
                "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl 1 4; punct 1 5");
        Sentence condemns = sentence(4, "Egypt/NNP condemned/VBD/condemn the/DT attack/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "SDN", "REB", "Rapid Support Forces"), m(4, 0, 1, "EGY", null, "Egypt"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, struck, rescue, toll, smoke,
                condemns), mentions));
        assertEquals(List.of("EGY->SDNREB"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 4)
                .toList(), "11"), describe(events));

        // an attack told in between with no doer found is the one meant: no one to blame
        Sentence bomb = sentence(2, "A/DT bomb/NN attack/NN hit/VBD/hit a/DT market/NN ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; punct 3 6");
        List<Event> unclaimed = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, struck, rescue, bomb, smoke,
                condemns), mentions));
        assertEquals(List.of("EGY->"), directions(unclaimed.stream().filter(e -> e.mentions().get(0).sentence() == 4)
                .toList(), "11"), describe(unclaimed));
    }

    @Test
    void aClauseWithItsOwnDoerIsNoWordOfThePattern() {
        Sentence s = sentence(0, "Iran/NNP fired/VBD/fire what/WP it/PRP called/VBD/call warning/NN shots/NNS/shot ,/, "
                        + "while/IN Israel/NNP struck/VBD/strike radar/NN sites/NNS/site ./.",
                "root -1 1; nsubj 1 0; ccomp 1 4; obj 4 2; nsubj 4 3; compound 6 5; obj 4 6; punct 4 7; mark 10 8; "
                        + "nsubj 10 9; advcl 4 10; compound 12 11; obj 10 12; punct 1 13");
        List<Event> events = code(s, m(0, 0, 1, "IRN", null, "Iran"), m(0, 3, 4, "IRN", null, "Iran"),
                m(0, 9, 10, "ISR", null, "Israel"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("14")), "Israel's striking is no strike called: "
                + describe(events));
    }

    @Test
    void avengingIsRetaliationThreatened() {
        Sentence s = sentence(0, "Hezbollah/NNP vowed/VBD/vow to/TO avenge/VB/avenge its/PRP$ fighters/NNS/fighter ./.",
                "root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; nmod:poss 5 4; obj 3 5; punct 1 6");
        Event e = only(code(s, m(0, 0, 1, "LBN", "REB", "Hezbollah")), "13");
        assertEquals("138", e.cameo(), "a vow of revenge, not a promise of cooperation");
    }

    @Test
    void theDateOfTheGroundsIsNotTheDateOfTheBlame() {
        Sentence s = sentence(0, "Seoul/NNP blamed/VBD/blame Pyongyang/NNP for/IN a/DT hacking/NN raid/NN in/IN January/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 6; case 6 3; det 6 4; compound 6 5; nmod 6 8; case 8 7; punct 1 9",
                "8 9 2022-01");
        Event e = only(code(s, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 2, 3, "PRK", "GOV", "North Korea")), "112");
        assertEquals(EventDate.Basis.PUBLICATION, e.date().basis(), "January dates the raid, not the blame");

        Sentence asked = sentence(0, "Seoul/NNP called/VBD/call for/IN talks/NNS/talk on/IN Monday/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; nmod 3 5; case 5 4; punct 1 6", "5 6 2022-02-14");
        Event call = only(code(asked, m(0, 0, 1, "KOR", "GOV", "South Korea")), "0");
        assertEquals(LocalDate.of(2022, 2, 14), call.date().date(), "what is called for is no grounds: Monday dates the call");
    }

    @Test
    void sendingOnesOwnJetsIsNoAid() {
        Sentence s = sentence(0, "Egypt/NNP sent/VBD/send fighter/NN jets/NNS/jet to/TO strike/VB/strike Libyan/JJ camps/NNS/camp ./.",
                "root -1 1; nsubj 1 0; compound 3 2; obj 1 3; mark 5 4; xcomp 1 5; amod 7 6; obj 5 7; punct 1 8");
        List<Event> events = code(s, m(0, 0, 1, "EGY", null, "Egypt"), m(0, 2, 4, "EGY", "MIL", "Egypt"),
                m(0, 6, 7, "LBY", null, "Libya"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("07")), describe(events));
        assertFalse(events.isEmpty(), "the strike is still coded");
    }

    @Test
    void aChargeTheAccusedDeniedIsAssertedWhereverTheParserHangsIt() {
        Sentence s = sentence(0, "Serbia/NNP accused/VBD/accuse Kosovo/NNP of/IN using/VBG/use drones/NNS/drone ,/, a/DT "
                        + "charge/NN Pristina/NNP denied/VBD/deny ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; amod 5 4; obl 1 5; punct 5 6; det 8 7; obj 10 8; nsubj 10 9; "
                        + "acl:relcl 5 10; punct 1 11");
        List<Event> events = code(s, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 2, 3, "XKX", null, "Kosovo"),
                m(0, 9, 10, "XKX", "GOV", "Kosovo"));
        assertEquals(Modality.ASSERTED, only(events, "016").modality(), "the denial answers the charge: " + describe(events));
    }

    @Test
    void theNounOfARelativeClauseWithNoObjectFillsItsGap() {
        Sentence s = sentence(0, "Hanoi/NNP accused/VBD/accuse Beijing/NNP of/IN ramming/VBG/ram boats/NNS/boat ,/, a/DT "
                        + "charge/NN China/NNP rejected/VBD/reject ./.",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; advcl 1 4; obj 4 5; punct 4 6; det 8 7; obl:npmod 4 8; "
                        + "nsubj 10 9; acl:relcl 8 10; punct 1 11");
        List<Event> events = code(s, m(0, 0, 1, "VNM", "GOV", "Vietnam"), m(0, 2, 3, "CHN", "GOV", "China"),
                m(0, 9, 10, "CHN", null, "China"));
        assertEquals(List.of("CHN->VNMGOV"), directions(events, "016"), "rejecting a charge is denying it: " + describe(events));
    }

    @Test
    void anActingOfficialReadAsAGerundIsGivenBackToTheVerb() {
        Sentence s = sentence(0, "Acting/VBG/act Finnish/JJ Premier/NNP Riikka/NNP Purra/NNP and/CC Kristersson/NNP "
                        + "met/VBD/meet ./.",
                "nsubj 7 0; amod 2 1; compound 4 2; compound 4 3; obj 0 4; cc 6 5; conj 4 6; root -1 7; punct 7 8");
        Event e = only(code(s, m(0, 1, 5, "FIN", "GOV", "Riikka Purra"), m(0, 6, 7, "SWE", "GOV", "Ulf Kristersson")), "04");
        assertEquals(List.of("FINGOV", "SWEGOV"), codes(e.actors()), "the two who met");
    }

    @Test
    void anActNamedAsTheDoerOfAnActOfItsKindIsThatAct() {
        Sentence s = sentence(0, "Russian/JJ strikes/NNS/strike killed/VBD/kill two/CD farmers/NNS/farmer ./.",
                "amod 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; punct 2 5");
        List<Event> events = code(s, m(0, 0, 1, "RUS", null, "Russia"), m(0, 3, 5, "UKR", "CVL", "Ukraine"));
        assertEquals(List.of("RUS->UKRCVL"), directions(events, "19"), "one act, not the strikes and the killing");
    }

    @Test
    void aSaidNounBeforeAModalIsTheSubjectOfWhatWasSaid() {
        // misparse: "strike" the object of "said", "would trigger" the root over "erupted"
        Sentence s = sentence(0, "Protests/NNS/protest erupted/VBD/erupt after/IN the/DT minister/NN said/VBD/say an/DT "
                        + "Iranian/JJ strike/NN on/IN Bahrain/NNP would/MD trigger/VB a/DT war/NN ./.",
                "nsubj 1 0; csubj 12 1; mark 5 2; det 4 3; nsubj 5 4; advcl 1 5; det 8 6; amod 8 7; obj 5 8; case 10 9; "
                        + "nmod 8 10; aux 12 11; root -1 12; det 14 13; obj 12 14; punct 12 15");
        Sentence mended = PatternCoder.reportedSubjectsRepaired(s);
        assertEquals("ccomp", mended.relation(12));
        assertEquals(5, mended.head(12));
        assertEquals("nsubj", mended.relation(8));
        assertEquals("root", mended.relation(1), "the branch that led to the verb of saying takes the root");
        Event strike = only(code(s, m(0, 7, 8, "IRN", null, "Iran"), m(0, 10, 11, "BHR", null, "Bahrain")), "19");
        assertEquals(Modality.HYPOTHETICAL, strike.modality(), "a strike that would trigger a war is supposed, not told");
    }

    @Test
    void forcesTaggedAsAVerbAreTheSubjectAndTheReasonOfAnAttackIsNoTarget() {
        // misparse: "forces" a verb with "Houthi" its subject, "attacked" an adjective of "posts", and
        // "in retaliation for raids on Sanaa" hung on "posts"
        Sentence s = sentence(0, "The/DT clashes/NNS/clash began/VBD/begin when/WRB Houthi/NNP forces/VBZ/force "
                        + "attacked/VBN/attack Saudi/JJ border/NN posts/NNS/post in/IN retaliation/NN for/IN "
                        + "raids/NNS/raid on/IN Sanaa/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; advmod 5 3; nsubj 5 4; advcl 2 5; amod 9 6; amod 9 7; compound 9 8; "
                        + "obj 5 9; case 11 10; nmod 9 11; case 13 12; nmod 11 13; case 15 14; nmod 13 15; punct 2 16");
        List<Event> events = code(s, m(0, 4, 6, "YEM", "REB", "Houthis"), m(0, 7, 8, "SAU", null, "Saudi Arabia"),
                m(0, 15, 16, "YEM", "GOV", "Yemen"));
        assertEquals(List.of("YEMREB->SAU"), directions(events, "19"), "the attack, on the posts alone: " + describe(events));
        assertTrue(directions(events, "17").isEmpty(), "no one was forced: " + describe(events));
    }

    @Test
    void refusingToWithdrawRemarksIsARejectionNotAMilitaryStandoff() {
        Sentence words = sentence(0, "Seoul/NNP refused/VBD/refuse to/TO withdraw/VB the/DT remarks/NNS/remark ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; punct 1 6");
        List<Event> events = code(words, m(0, 0, 1, "KOR", "GOV", "South Korea"));
        assertEquals(List.of("KORGOV->"), directions(events, "120"), describe(events));
        assertTrue(directions(events, "124").isEmpty() && directions(events, "087").isEmpty(), describe(events));
        Sentence troops = sentence(0, "Seoul/NNP refused/VBD/refuse to/TO withdraw/VB its/PRP$ troops/NNS/troop ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; nmod:poss 5 4; obj 3 5; punct 1 6");
        List<Event> military = code(troops, m(0, 0, 1, "KOR", "GOV", "South Korea"));
        assertEquals(List.of("KORGOV->"), directions(military, "1246"), "refusing to pull troops back: " + describe(military));
    }

    @Test
    void theWarringPartiesOfAnOutbreakAreTheFightsNotTheVerbs() {
        // "between ..." hung on "erupted", and "Fighting" tagged a gerund
        Sentence s = sentence(0, "Fighting/VBG/fight erupted/VBD/erupt between/IN Hema/NNP militias/NNS/militia and/CC "
                        + "Lendu/NNP villagers/NNS/villager ./.",
                "nsubj 1 0; root -1 1; case 4 2; compound 4 3; obl 1 4; cc 7 5; compound 7 6; conj 4 7; punct 1 8");
        List<Event> events = code(s, m(0, 3, 5, "COD", "REB", "Congo"), m(0, 6, 8, "COD", "CVL", "Congo"));
        assertEquals(List.of("CODREB->CODCVL"), directions(events, "19"), describe(events));
        Sentence clashes = sentence(0, "Clashes/NNS/clash broke/VBD/break out/RP between/IN Hema/NNP militias/NNS/militia "
                        + "and/CC Lendu/NNP villagers/NNS/villager ./.",
                "nsubj 1 0; root -1 1; compound:prt 1 2; case 5 3; compound 5 4; obl 1 5; cc 8 6; compound 8 7; conj 5 8; "
                        + "punct 1 9");
        List<Event> clashed = code(clashes, m(0, 4, 6, "COD", "REB", "Congo"), m(0, 7, 9, "COD", "CVL", "Congo"));
        assertTrue(directions(clashed, "19").contains("CODREB->CODCVL"), describe(clashed));
    }

    @Test
    void anActTheTextDatesAfterItsReportIsYetToCome() {
        // published Thursday 17 February; the meeting is set for Saturday the 19th
        Sentence s = sentence(0, "The/DT Arab/NNP League/NNP called/VBD/call an/DT emergency/NN meeting/NN for/IN "
                        + "Saturday/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 6 4; compound 6 5; obj 3 6; case 8 7; obl 3 8; punct 3 9",
                "8 9 2022-02-19");
        List<Event> events = code(s, m(0, 1, 3, "IGOARL", "IGO", "Arab League"));
        Event meeting = events.stream().filter(e -> e.cameo().equals("040")).findFirst().orElseThrow();
        assertEquals(Modality.FUTURE, meeting.modality(), describe(events));
        assertEquals(LocalDate.of(2022, 2, 19), meeting.date().date());
        for (Event e : events) {
            assertTrue(e.modality() != Modality.ASSERTED || !e.date().date().isAfter(PUBLISHED),
                    "nothing told as done after the report: " + describe(events));
        }
    }

    @Test
    void aTrailingSayingClauseDoesNotTakeTheNegationOfTheWarning() {
        // misparse: "saying" an adjective of "sailors", "had fired" hung on the negated "enter"
        Sentence s = sentence(0, "The/DT navy/NN warned/VBD/warn fishermen/NNS/fisherman not/RB to/TO enter/VB the/DT "
                        + "zone/NN ,/, saying/VBG/say sailors/NNS/sailor had/VBD/have fired/VBN/fire on/IN boats/NNS/boat ./.",
                "det 1 0; nsubj 2 1; root -1 2; obj 2 3; advmod 6 4; mark 6 5; xcomp 2 6; det 8 7; obj 6 8; punct 6 9; "
                        + "amod 11 10; nsubj 13 11; aux 13 12; parataxis 6 13; case 15 14; obl 13 15; punct 2 16");
        List<Event> events = code(s, m(0, 1, 2, "LKA", "MIL", "Sri Lanka"), m(0, 3, 4, "IND", "CVL", "India"),
                m(0, 11, 12, "LKA", "MIL", "Sri Lanka"), m(0, 15, 16, "IND", "CVL", "India"));
        Event fired = events.stream().filter(e -> e.mentions().get(0).trigger().equals("fired")).findFirst().orElseThrow();
        assertEquals(Modality.ASSERTED, fired.modality(), "what the navy says its sailors did: " + describe(events));
        Sentence mended = PatternCoder.sayingClausesRepaired(s);
        assertEquals("advcl", mended.relation(10));
        assertEquals(2, mended.head(10), "the saying hangs on the warning");
    }

    @Test
    void aPhraseOfTimeOrCauseSatisfiesNoObjectItem() {
        Sentence s = sentence(0, "Niger/NNP suspended/VBD/suspend cooperation/NN with/IN France/NNP after/IN "
                        + "protests/NNS/protest in/IN Niamey/NNP ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod 2 4; case 6 5; obl 1 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "NER", "GOV", "Niger"), m(0, 4, 5, "FRA", null, "France"));
        assertEquals(List.of("NERGOV->FRA"), directions(events, "16"), "cooperation suspended: " + describe(events));
        assertTrue(directions(events, "08").isEmpty(), "no protest was suspended: " + describe(events));
    }

    @Test
    void aParticipleReadAsAClauseOfItsNounIsGivenBackAsItsModifier() {
        Sentence s = sentence(0, "Guatemala/NNP agreed/VBD/agree to/TO accept/VB migrants/NNS/migrant deported/VBN/deport "
                        + "by/IN the/DT United/NNP States/NNPS ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; nsubj 5 4; ccomp 3 5; case 9 6; det 9 7; compound 9 8; "
                        + "obl 5 9; punct 1 10");
        Sentence repaired = PatternCoder.reducedRelativesRepaired(s);
        assertEquals("obj", repaired.relation(4));
        assertEquals("acl", repaired.relation(5));
        List<Event> events = code(s, m(0, 0, 1, "GTM", null, "Guatemala"), m(0, 4, 5, "HND", "REF", "Honduras"),
                m(0, 7, 10, "USA", null, "United States"));
        Event deport = only(events, "174");
        assertEquals(List.of("USA"), codes(deport.actors()), "the by phrase deports");
        assertEquals(List.of("HNDREF"), codes(deport.recipients()));
        assertEquals(Modality.ASSERTED, deport.modality(), "the deporting is done, whatever Guatemala will do");
    }

    @Test
    void theDeadReceivedAreHandedBackAndKillNoOne() {
        Sentence s = sentence(0, "Israel/NNP received/VBD/receive the/DT bodies/NNS/body of/IN four/CD hostages/NNS/hostage "
                        + "killed/VBN/kill in/IN Gaza/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 7 3; case 6 4; nummod 6 5; nmod 3 6; dep 1 7; case 9 8; "
                        + "obl 7 9; punct 1 10");
        List<Event> events = code(s, m(0, 0, 1, "ISR", "GOV", "Israel"), m(0, 5, 7, "ISR", "CVL", "Israel"));
        assertEquals(List.of("->ISRGOV"), directions(events, "084"), "bodies handed back to Israel: " + describe(events));
        assertTrue(events.stream().noneMatch(e -> codes(e.actors()).contains("ISRCVL")), "the dead killed no one: "
                + describe(events));
    }

    @Test
    void aReportJoinedToAnActGetsItsFutureClauseBack() {
        Sentence s = sentence(0, "Modi/NNP welcomed/VBD/welcome the/DT agreement/NN and/CC said/VBD/say the/DT two/CD "
                        + "countries/NNS/country would/MD deepen/VB/deepen trade/NN ./.",
                "nsubj 1 0; csubj 10 1; det 3 2; obj 1 3; cc 5 4; conj 1 5; det 8 6; nummod 8 7; obj 5 8; aux 10 9; "
                        + "root -1 10; obj 10 11; punct 10 12");
        Sentence repaired = PatternCoder.conjoinedReportsRepaired(s);
        assertEquals("root", repaired.relation(1));
        assertEquals("ccomp", repaired.relation(10));
        assertEquals(5, repaired.head(10));
        assertEquals("nsubj", repaired.relation(8));
        Event e = only(code(s, m(0, 0, 1, "IND", "GOV", "Narendra Modi")), "05");
        assertEquals(Modality.ASSERTED, e.modality(), "the welcome was given, not hoped for");
    }

    @Test
    void migrantsTakenToPrisonAreDetainedAndMigrantsReceivedAreTakenIn() {
        Sentence taken = sentence(0, "The/DT migrants/NNS/migrant were/VBD/be taken/VBN/take to/IN a/DT prison/NN ./.",
                "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl 3 6; punct 3 7");
        List<Event> held = code(taken, m(0, 0, 2, "VEN", "REF", "Venezuela"));
        assertEquals(List.of("->VENREF"), directions(held, "173"), "locked up: " + describe(held));
        assertTrue(directions(held, "07").isEmpty(), "no refuge given: " + describe(held));

        Sentence received = sentence(0, "Honduras/NNP will/MD receive/VB/receive 200/CD migrants/NNS/migrant ./.",
                "nsubj 2 0; aux 2 1; root -1 2; nummod 4 3; obj 2 4; punct 2 5");
        List<Event> events = code(received, m(0, 0, 1, "HND", null, "Honduras"), m(0, 3, 5, "GTM", "REF", "Guatemala"));
        assertEquals(List.of("HND->GTMREF"), directions(events, "075"), "taken in: " + describe(events));
        assertTrue(directions(events, "04").isEmpty(), "no visit hosted: " + describe(events));
    }

    @Test
    void peopleLetInByAPassiveAreTheTargetNotTheSource() {
        Sentence s = sentence(0, "UN/NNP inspectors/NNS/inspector were/VBD/be allowed/VBN/allow into/IN the/DT plant/NN ./.",
                "compound 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl 3 6; punct 3 7");
        List<Event> events = code(s, m(0, 0, 2, "IGOUNO", null, "United Nations"));
        assertEquals(List.of("->IGOUNO"), directions(events, "086"), "the inspectors are let in: " + describe(events));
    }

    @Test
    void aDecisionCalledBaselessIsCondemnedAChargeCalledBaselessIsDenied() {
        Sentence move = sentence(0, "Caracas/NNP called/VBD/call the/DT decision/NN baseless/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; xcomp 1 4; punct 1 5");
        List<Event> condemned = code(move, m(0, 0, 1, "VEN", "GOV", "Venezuela"));
        assertEquals(List.of("VENGOV->"), directions(condemned, "111"), "a decision condemned: " + describe(condemned));
        assertTrue(directions(condemned, "016").isEmpty());

        Sentence charge = sentence(0, "Caracas/NNP called/VBD/call the/DT charges/NNS/charge baseless/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; xcomp 1 4; punct 1 5");
        List<Event> denied = code(charge, m(0, 0, 1, "VEN", "GOV", "Venezuela"));
        assertEquals(List.of("VENGOV->"), directions(denied, "016"), "a charge denied: " + describe(denied));
    }

    @Test
    void wherePeopleAreReturnedFromIsNotWhatIsReturned() {
        Sentence s = sentence(0, "Ten/CD soldiers/NNS/soldier were/VBD/be returned/VBN/return from/IN territory/NN "
                        + "held/VBN/hold by/IN Moscow/NNP ./.",
                "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl 3 5; acl 5 6; case 8 7; obl 6 8; "
                        + "punct 3 9");
        List<Event> events = code(s, m(0, 0, 2, "UKR", "MIL", "Ukraine"), m(0, 8, 9, "RUS", "GOV", "Russia"));
        Event e = only(events, "084");
        assertEquals("0841", e.cameo(), "people handed back, no land: " + describe(events));
        assertEquals(List.of("UKRMIL"), codes(e.recipients()));
    }

    @Test
    void aVerbOfHandingOverTakesNoClauseSoTheDeadItHandsKillNoOne() {
        Sentence s = sentence(0, "Kyiv/NNP handed/VBD/hand over/RP the/DT bodies/NNS/body of/IN 30/CD soldiers/NNS/soldier "
                        + "killed/VBD/kill near/IN Bakhmut/NNP ./.",
                "nsubj 1 0; root -1 1; compound:prt 1 2; det 4 3; nsubj 8 4; case 7 5; nummod 7 6; nmod 4 7; ccomp 1 8; "
                        + "case 10 9; obl 8 10; punct 1 11");
        Sentence repaired = PatternCoder.reducedRelativesRepaired(s);
        assertEquals("acl", repaired.relation(8));
        assertEquals("VBN", repaired.token(8).tag(), "a past participle, not a past tense");
        List<Event> events = code(s, m(0, 0, 1, "UKR", "GOV", "Ukraine"), m(0, 6, 8, "RUS", "MIL", "Russia"));
        assertEquals(List.of("UKRGOV->RUSMIL"), directions(events, "084"), describe(events));
        assertTrue(events.stream().noneMatch(e -> codes(e.actors()).contains("RUSMIL")), "the dead killed no one: "
                + describe(events));
        // a marked clause stays one: 0 Kyiv 1 returned 2 that 3 troops 4 fired 5 .
        Sentence clause = sentence(0, "Kyiv/NNP returned/VBD/return that/IN troops/NNS/troop fired/VBD/fire ./.",
                "nsubj 1 0; root -1 1; mark 4 2; nsubj 4 3; ccomp 1 4; punct 1 5");
        assertEquals(clause.dependencies(), PatternCoder.reducedRelativesRepaired(clause).dependencies());
    }

    @Test
    void anAfterClauseHungOnTheObjectIsGivenBackToTheVerb() {
        Sentence s = sentence(0, "Niger/NNP cancelled/VBD/cancel the/DT talks/NNS/talk after/IN France/NNP "
                        + "imposed/VBD/impose sanctions/NNS/sanction ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; mark 6 4; nsubj 6 5; acl 3 6; obj 6 7; punct 1 8");
        Sentence repaired = PatternCoder.markedClausesRaised(s);
        assertEquals("advcl", repaired.relation(6));
        assertEquals(1, repaired.head(6));
        List<Event> events = code(s, m(0, 0, 1, "NER", "GOV", "Niger"), m(0, 5, 6, "FRA", null, "France"));
        Event e = only(events, "163");
        assertEquals(List.of("FRA"), codes(e.actors()));
        assertEquals(Modality.ASSERTED, e.modality(), "the sanctions were imposed, not cancelled: " + describe(events));
    }

    @Test
    void prisonersReceivedAreReleasedToTheReceiverNotAVisitHosted() {
        Sentence s = sentence(0, "Armenia/NNP received/VBD/receive 12/CD prisoners/NNS/prisoner from/IN Azerbaijan/NNP ./.",
                "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        List<Event> events = code(s, m(0, 0, 1, "ARM", null, "Armenia"), m(0, 5, 6, "AZE", null, "Azerbaijan"));
        assertEquals(List.of("AZE->ARM"), directions(events, "0841"), "the giver frees, the receiver gets: " + describe(events));
        assertTrue(directions(events, "04").isEmpty(), "no visit hosted: " + describe(events));
    }

    @Test
    void aDateEndingAParticiplePhraseDatesTheParticipleNotTheVerb() {
        Sentence s = sentence(0, "Rebels/NNS/rebel attacked/VBD/attack Kalehe/NNP despite/IN the/DT truce/NN "
                        + "signed/VBN/sign in/IN Doha/NNP on/IN Monday/NNP ./.",
                "nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; obl 1 5; acl 5 6; case 8 7; obl 6 8; case 10 9; "
                        + "obl 1 10; punct 1 11",
                "10 11 2022-02-14");
        assertEquals(6, PatternCoder.participleDatesRepaired(s).head(10), "the truce was signed on Monday");
        Event e = only(code(s, m(0, 0, 1, "COD", "REB", "Congo"), m(0, 2, 3, "COD", null, "Congo")), "19");
        assertEquals(PUBLISHED, e.date().date(), "the attack is not dated by the signing");
        // a target described by a participle keeps the act's date
        Sentence target = sentence(0, "Jets/NNS/jet bombed/VBD/bomb a/DT school/NN used/VBN/use as/IN a/DT shelter/NN "
                        + "in/IN Rafah/NNP on/IN Monday/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; acl 3 4; case 7 5; det 7 6; obl 4 7; case 9 8; obl 4 9; case 11 10; "
                        + "obl 1 11; punct 1 12",
                "11 12 2022-02-14");
        assertEquals(1, PatternCoder.participleDatesRepaired(target).head(11), "the bombing was on Monday");
    }

    @Test
    void twoPartiesThatEachAccuseTheOtherAccuseEachOther() {
        Sentence s = sentence(0, "Serbia/NNP and/CC Kosovo/NNP each/DT blamed/VBD/blame the/DT other/JJ ./.",
                "nsubj 4 0; cc 2 1; conj 0 2; dep 4 3; root -1 4; det 6 5; obj 4 6; punct 4 7");
        List<Event> events = code(s, m(0, 0, 1, "SRB", null, "Serbia"), m(0, 2, 3, "XKX", null, "Kosovo"));
        assertEquals(List.of("SRB->XKX", "XKX->SRB"), directions(events, "11"), describe(events));
    }

    @Test
    void aDefiniteNounOfForceRefersBackAndTellsNoNewAct() {
        Sentence struck = sentence(0, "Turkish/JJ jets/NNS/jet struck/VBD/strike a/DT militia/NN base/NN near/IN Qamishli/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 7 6; nmod 5 7; punct 2 8");
        Sentence going = sentence(1, "Ankara/NNP said/VBD/say the/DT strikes/NNS/strike would/MD continue/VB ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 5 3; aux 5 4; ccomp 1 5; punct 1 6");
        Sentence condemned = sentence(2, "Baghdad/NNP condemned/VBD/condemn the/DT attacks/NNS/attack ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<ActorMention> mentions = List.of(m(0, 0, 2, "TUR", "MIL", "Turkey"), m(0, 4, 5, "SYR", "REB", "Syria"),
                m(1, 0, 1, "TUR", "GOV", "Turkey"), m(2, 0, 1, "IRQ", "GOV", "Iraq"));
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, struck, going, condemned), mentions));
        assertEquals(List.of("IRQGOV->TURMIL"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), "\"the strikes\" between are the same strikes: " + describe(events));
    }

    @Test
    void aWarningThatStrikesWillGoOnThreatensForceAgainstTheConditionedParty() {
        Sentence s = sentence(0, "Gallant/NNP warned/VBD/warn that/IN the/DT raids/NNS/raid would/MD continue/VB until/IN "
                        + "Hezbollah/NNP fighters/NNS/fighter left/VBD/leave the/DT border/NN area/NN ./.",
                "nsubj 1 0; root -1 1; mark 6 2; det 4 3; nsubj 6 4; aux 6 5; ccomp 1 6; mark 10 7; compound 9 8; "
                        + "nsubj 10 9; advcl 6 10; det 13 11; compound 13 12; obj 10 13; punct 1 14");
        List<Event> events = code(s, m(0, 0, 1, "ISR", "GOV", "Yoav Gallant"), m(0, 8, 10, "LBN", "REB", "Hezbollah"));
        assertEquals(List.of("ISRGOV->LBNREB"), directions(events, "1384"), describe(events));
        assertTrue(directions(events, "012").isEmpty(), "a threat, not a comment: " + describe(events));

        Sentence talks = sentence(0, "Gallant/NNP warned/VBD/warn that/IN the/DT talks/NNS/talk would/MD continue/VB ./.",
                "nsubj 1 0; root -1 1; mark 6 2; det 4 3; nsubj 6 4; aux 6 5; ccomp 1 6; punct 1 7");
        List<Event> other = code(talks, m(0, 0, 1, "ISR", "GOV", "Yoav Gallant"));
        assertTrue(directions(other, "138").isEmpty(), "talks going on are no force: " + describe(other));
    }

    @Test
    void lookingForwardToAnActIsAnIntent() {
        Sentence s = sentence(0, "Scholz/NNP said/VBD/say he/PRP looked/VBD/look forward/RB to/IN working/VBG/work "
                        + "with/IN Tusk/NNP ./.",
                "nsubj 1 0; root -1 1; nsubj 3 2; ccomp 1 3; advmod 3 4; case 6 5; advcl 3 6; case 8 7; obl 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "DEU", "GOV", "Olaf Scholz"), m(0, 2, 3, "DEU", "GOV", "Olaf Scholz"),
                m(0, 8, 9, "POL", "GOV", "Donald Tusk"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("06") && e.modality() == Modality.ASSERTED),
                "the work is not yet done: " + describe(events));
        assertFalse(directions(events, "03").isEmpty(), "an intent to cooperate: " + describe(events));
    }

    @Test
    void aNounInAppositionToAnActIsThatAct() {
        Sentence s = sentence(0, "Carney/NNP pledged/VBD/pledge to/TO visit/VB London/NNP and/CC Brussels/NNP ,/, his/PRP$ "
                        + "first/JJ trips/NNS/trip abroad/RB as/IN prime/JJ minister/NN ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; obj 3 4; cc 6 5; conj 4 6; punct 3 7; nmod:poss 10 8; "
                        + "amod 10 9; obl:npmod 3 10; advmod 10 11; case 14 12; amod 14 13; nmod 10 14; punct 1 15");
        List<Event> events = code(s, m(0, 0, 1, "CAN", "GOV", "Mark Carney"), m(0, 4, 5, "GBR", null, "United Kingdom"),
                m(0, 6, 7, "BEL", null, "Belgium"), m(0, 8, 9, "CAN", "GOV", "Mark Carney"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("042") && e.recipients().isEmpty()),
                "the trips are the visit, no second one: " + describe(events));
        assertFalse(directions(events, "042").isEmpty(), describe(events));
    }

    @Test
    void aDestinationOfANounInsideAPhraseIsNoRecipient() {
        Sentence s = sentence(0, "Indian/JJ carriers/NNS/carrier offered/VBD/offer free/JJ cancellations/NNS/cancellation "
                        + "on/IN flights/NNS/flight to/IN Turkey/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; case 6 5; obl 2 6; case 8 7; nmod 6 8; punct 2 9");
        List<Event> events = code(s, m(0, 0, 2, "IND", "BUS", "India"), m(0, 8, 9, "TUR", null, "Turkey"));
        assertEquals(List.of("INDBUS->"), directions(events, "03"), "the flights go to Turkey: " + describe(events));
    }

    @Test
    void theAuthorOfWhatIsProtestedIsTheTarget() {
        Sentence s = sentence(0, "Seoul/NNP lodged/VBD/lodge a/DT protest/NN last/JJ week/NN over/IN a/DT television/NN "
                        + "interview/NN by/IN Japan/NNP 's/POS defence/NN minister/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; amod 5 4; obl:tmod 1 5; case 9 6; det 9 7; compound 9 8; "
                        + "obl 1 9; case 14 10; nmod:poss 14 11; case 11 12; compound 14 13; nmod 9 14; punct 1 15");
        List<Event> events = code(s, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 11, 15, "JPN", "GOV", "Japan"));
        assertEquals(List.of("KORGOV->JPNGOV"), directions(events, "11"), describe(events));

        Sentence remarks = sentence(0, "Seoul/NNP lodged/VBD/lodge a/DT protest/NN last/JJ week/NN over/IN the/DT "
                        + "Japanese/JJ minister/NN 's/POS remarks/NNS/remark ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; amod 5 4; obl:tmod 1 5; case 11 6; det 9 7; amod 9 8; "
                        + "nmod:poss 11 9; case 9 10; obl 1 11; punct 1 12");
        List<Event> other = code(remarks, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 8, 10, "JPN", "GOV", "Japan"));
        assertEquals(List.of("KORGOV->JPNGOV"), directions(other, "11"), describe(other));
    }

    @Test
    void actsNamedAfterAVerbOfNamingAreItsObjectNotAVerb() {
        // misparse: "raids" a verb with "an act" its object and "called" its clausal subject
        Sentence s = sentence(0, "Tehran/NNP called/VBD/call the/DT Israeli/JJ raids/VBZ/raid an/DT act/NN of/IN "
                        + "aggression/NN ./.",
                "nsubj 1 0; csubj 4 1; det 3 2; obj 1 3; root -1 4; det 6 5; obj 4 6; case 8 7; nmod 6 8; punct 4 9");
        Sentence mended = PatternCoder.calledPluralsRepaired(s);
        assertEquals("root", mended.relation(1));
        assertEquals("obj", mended.relation(4));
        assertEquals("NNS", mended.token(4).tag());
        List<Event> events = code(s, m(0, 0, 1, "IRN", "GOV", "Iran"), m(0, 3, 4, "ISR", null, "Israel"));
        assertEquals(List.of("IRNGOV->ISR"), directions(events, "111"), describe(events));
        assertTrue(directions(events, "14").isEmpty(), "no labour strike called: " + describe(events));
    }

    @Test
    void anActJudgedInGeneralIsWeighedNotDoneNorThreatened() {
        // 0 The 1 court 2 said 3 it 4 was 5 illegal 6 to 7 deploy 8 troops 9 to 10 Haiti 11 .
        Sentence s = sentence(0, "The/DT court/NN said/VBD/say it/PRP was/VBD/be illegal/JJ to/TO deploy/VB "
                        + "troops/NNS/troop to/IN Haiti/NNP ./.",
                "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; cop 5 4; ccomp 2 5; mark 7 6; xcomp 5 7; obj 7 8; case 10 9; "
                        + "obl 7 10; punct 2 11");
        List<Event> events = code(s, m(0, 0, 2, "KEN", "JUD", "Kenya"), m(0, 10, 11, "HTI", null, "Haiti"));
        assertTrue(events.stream().filter(e -> e.cameo().startsWith("15")).allMatch(e -> e.modality() == Modality.HYPOTHETICAL),
                () -> "no troops were sent: " + describe(events));
        assertTrue(directions(events, "13").isEmpty(), () -> "the court threatens no one: " + describe(events));
    }

    @Test
    void anAccusedActIsDatedNoLaterThanTheDatedAccusation() {
        // the shelling happened by Tuesday: it takes Tuesday as its report's date, not as a date of its own
        Sentence s = sentence(0, "On/IN Tuesday/NNP ,/, Armenia/NNP accused/VBD/accuse Azerbaijan/NNP of/IN "
                        + "shelling/VBG/shell a/DT village/NN ./.",
                "case 1 0; obl 4 1; punct 4 2; nsubj 4 3; root -1 4; obj 4 5; case 7 6; advcl 4 7; det 9 8; obj 7 9; "
                        + "punct 4 10",
                "1 2 2022-02-15");
        List<Event> events = code(s, m(0, 3, 4, "ARM", "GOV", "Armenia"), m(0, 5, 6, "AZE", "GOV", "Azerbaijan"));
        Event accused = only(events, "112");
        assertEquals(EventDate.fromText(LocalDate.of(2022, 2, 15), EventDate.Precision.DAY), accused.date());
        Event shelling = only(events, "19");
        assertEquals(new EventDate(LocalDate.of(2022, 2, 15), EventDate.Precision.DAY, EventDate.Basis.PUBLICATION),
                shelling.date());
    }

    @Test
    void anActToldByADatedStatementIsDatedNoLaterThanIt() {
        Sentence done = sentence(0, "Georgia/NNP said/VBD/say on/IN Tuesday/NNP that/IN Russian/JJ troops/NNS/troops "
                        + "had/VBD/have shelled/VBN/shell a/DT village/NN ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 8 4; amod 6 5; nsubj 8 6; aux 8 7; ccomp 1 8; det 10 9; "
                        + "obj 8 10; punct 1 11",
                "3 4 2022-02-15");
        Event shelled = only(code(done, m(0, 0, 1, "GEO", "GOV", "Georgia"), m(0, 5, 7, "RUS", "MIL", "Russia")), "19");
        assertEquals(new EventDate(LocalDate.of(2022, 2, 15), EventDate.Precision.DAY, EventDate.Basis.PUBLICATION),
                shelled.date());
        // what it would do is no act done by then
        Sentence toCome = sentence(0, "Georgia/NNP said/VBD/say on/IN Tuesday/NNP that/IN Russian/JJ troops/NNS/troops "
                        + "would/MD shell/VB a/DT village/NN ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; mark 8 4; amod 6 5; nsubj 8 6; aux 8 7; ccomp 1 8; det 10 9; "
                        + "obj 8 10; punct 1 11",
                "3 4 2022-02-15");
        Event shell = only(code(toCome, m(0, 0, 1, "GEO", "GOV", "Georgia"), m(0, 5, 7, "RUS", "MIL", "Russia")), "19");
        assertEquals(EventDate.ofPublication(PUBLISHED), shell.date());
    }

    @Test
    void aSpanAfterAPrepositionalNounOfAWhenClauseCountsBackTheNounsEvent() {
        // the attack is on January 3; "two days earlier" dates the airstrikes it answered
        Sentence parsed = sentence(0, "Fighting/NN erupted/VBD/erupt on/IN January/NNP 3/CD ,/, when/WRB rebels/NNS/rebel "
                        + "attacked/VBD/attack the/DT army/NN in/IN retaliation/NN for/IN airstrikes/NNS/airstrike on/IN "
                        + "Goma/NNP two/CD days/NNS/day earlier/RBR/early ./.",
                "nsubj 1 0; root -1 1; case 3 2; obl 1 3; nummod 3 4; punct 3 5; advmod 8 6; nsubj 8 7; acl:relcl 3 8; "
                        + "det 10 9; obj 8 10; case 12 11; obl 8 12; case 14 13; nmod 12 14; case 16 15; nmod 14 16; "
                        + "nummod 18 17; obl:npmod 19 18; advmod 8 19; punct 1 20",
                "3 5 2022-01-03");
        List<org.dyad.model.Timex> tx = new ArrayList<>(parsed.timexes());
        tx.add(new org.dyad.model.Timex(17, 19, "two days", "DURATION", "P2D"));
        Sentence s = new Sentence(0, parsed.begin(), parsed.end(), parsed.text(), parsed.tokens(), parsed.dependencies(), tx);
        Event attack = only(code(s, m(0, 7, 8, null, "REB", "rebels"), m(0, 9, 11, "COD", "MIL", "DR Congo")), "19");
        assertEquals(EventDate.fromText(LocalDate.of(2022, 1, 3), EventDate.Precision.DAY), attack.date());
    }

    @Test
    void aDenialDoesNotReachAClauseThatDescribesItsObjectByAnotherDoer() {
        Sentence s = sentence(0, "Georgia/NNP denied/VBD/deny shelling/VBG/shell Tskhinvali/NNP ,/, the/DT town/NN the/DT "
                        + "separatists/NNS/separatist captured/VBN/capture in/IN August/NNP ./.",
                "nsubj 1 0; root -1 1; dep 1 2; obj 2 3; punct 2 4; det 6 5; obj 2 6; det 8 7; nsubj 9 8; dep 6 9; "
                        + "case 11 10; obl 9 11; punct 1 12");
        List<Event> events = code(s, m(0, 0, 1, "GEO", "GOV", "Georgia"), m(0, 7, 9, "GEO", "REB", "separatists"));
        assertEquals(Modality.DENIED, only(events, "194").modality(), () -> describe(events));
        assertEquals(Modality.ASSERTED, only(events, "192").modality(), () -> "the capture is told as known: " + describe(events));
    }

    @Test
    void aDenialDoesNotReachAClauseSetBesideItWithItsOwnSubject() {
        Sentence s = sentence(0, "Hezbollah/NNP denied/VBD/deny attacking/VBG/attack the/DT outpost/NN ,/, Israeli/JJ "
                        + "troops/NNS/troops raided/VBD/raid the/DT village/NN ./.",
                "nsubj 1 0; root -1 1; dep 1 2; det 4 3; obj 2 4; punct 2 5; amod 7 6; nsubj 8 7; parataxis 2 8; det 10 9; "
                        + "obj 8 10; punct 1 11");
        List<Event> events = code(s, m(0, 0, 1, "LBN", "REB", "Hezbollah"), m(0, 6, 8, "ISR", "MIL", "Israel"));
        assertEquals(Modality.DENIED, only(events, "19").modality(), () -> describe(events));
        assertEquals(Modality.ASSERTED, only(events, "17").modality(), () -> describe(events));
    }

    @Test
    void aSpanBeforeAfterCountsTheMainClauseFromTheDatedClauseItOpens() {
        // "Two weeks after Chad recalled its envoy on January 3, Niger expelled three diplomats"
        String words = "Two/CD weeks/NNS/week after/IN Chad/NNP recalled/VBD/recall its/PRP$ envoy/NN on/IN January/NNP "
                + "3/CD ,/, Niger/NNP expelled/VBD/expel three/CD diplomats/NNS/diplomat ./.";
        String deps = "nummod 1 0; dep 4 1; mark 4 2; nsubj 4 3; advcl 12 4; nmod:poss 6 5; obj 4 6; case 8 7; obl 4 8; "
                + "nummod 8 9; punct 12 10; nsubj 12 11; root -1 12; nummod 14 13; obj 12 14; punct 12 15";
        Sentence parsed = sentence(0, words, deps, "8 10 2022-01-03");
        List<org.dyad.model.Timex> tx = new ArrayList<>(parsed.timexes());
        tx.add(new org.dyad.model.Timex(0, 2, "Two weeks", "DURATION", "P2W"));
        Sentence s = new Sentence(0, parsed.begin(), parsed.end(), parsed.text(), parsed.tokens(), parsed.dependencies(), tx);
        ActorMention chad = m(0, 3, 4, "TCD", "GOV", "Chad");
        ActorMention niger = m(0, 11, 12, "NER", "GOV", "Niger");
        Event expelled = code(s, chad, niger).stream().filter(e -> e.mentions().get(0).trigger().equals("expelled"))
                .findFirst().orElseThrow();
        assertEquals(EventDate.fromText(LocalDate.of(2022, 1, 17), EventDate.Precision.WEEK), expelled.date());
        // with the clause it counts from undated, the span gives no date: the report's stands in
        Sentence bare = sentence(0, words, deps);
        Sentence undated = new Sentence(0, bare.begin(), bare.end(), bare.text(), bare.tokens(), bare.dependencies(),
                List.of(new org.dyad.model.Timex(0, 2, "Two weeks", "DURATION", "P2W")));
        Event plain = code(undated, chad, niger).stream().filter(e -> e.mentions().get(0).trigger().equals("expelled"))
                .findFirst().orElseThrow();
        assertEquals(EventDate.ofPublication(PUBLISHED), plain.date());
    }

    @Test
    void aLaterStatementOfItsOwnDoesNotDateTheClauseBeforeIt() {
        // 0 Troops 1 shelled 2 the 3 village 4 ; 5 Lebanon 6 said 7 on 8 Monday 9 that 10 it 11 would 12 complain 13 .
        Sentence own = sentence(0, "Troops/NNS/troop shelled/VBD/shell the/DT village/NN ;/: Lebanon/NNP said/VBD/say on/IN "
                        + "Monday/NNP that/IN it/PRP would/MD complain/VB ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 6 4; nsubj 6 5; parataxis 1 6; case 8 7; obl 6 8; "
                        + "mark 12 9; nsubj 12 10; aux 12 11; ccomp 6 12; punct 1 13",
                "8 9 2022-02-14");
        Event shelled = only(code(own, m(0, 0, 1, "ISR", "MIL", "Israel"), m(0, 5, 6, "LBN", null, "Lebanon")), "19");
        assertEquals(EventDate.ofPublication(PUBLISHED), shelled.date(), "Monday is when Lebanon spoke of a complaint");
        // a bare attribution still bounds it: 0 Troops 1 shelled 2 the 3 village 4 , 5 Lebanon 6 said 7 on 8 Monday 9 .
        Sentence bare = sentence(0, "Troops/NNS/troop shelled/VBD/shell the/DT village/NN ,/, Lebanon/NNP said/VBD/say on/IN "
                        + "Monday/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 6 4; nsubj 6 5; parataxis 1 6; case 8 7; obl 6 8; punct 1 9",
                "8 9 2022-02-14");
        Event told = only(code(bare, m(0, 0, 1, "ISR", "MIL", "Israel"), m(0, 5, 6, "LBN", null, "Lebanon")), "19");
        assertEquals(LocalDate.of(2022, 2, 14), told.date().date());
    }

    @Test
    void anArrestOrderedIsYetToBeDoneButAnExpulsionOrderedIsDone() {
        Sentence arrest = sentence(0, "The/DT Jordanian/JJ interior/JJ minister/NN ordered/VBD/order the/DT arrest/NN of/IN "
                        + "two/CD activists/NNS/activist ./.",
                "det 3 0; amod 3 1; amod 3 2; nsubj 4 3; root -1 4; det 6 5; obj 4 6; case 9 7; nummod 9 8; nmod 6 9; "
                        + "punct 4 10");
        List<Event> events = code(arrest, m(0, 0, 4, "JOR", "GOV", "Jordan"), m(0, 8, 10, "JOR", "OPP", "activists"));
        assertEquals(Modality.FUTURE, only(events, "17").modality(), () -> "ordered, not made: " + describe(events));
        assertTrue(events.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), () -> describe(events));

        Sentence expulsion = sentence(0, "Chad/NNP ordered/VBD/order the/DT expulsion/NN of/IN the/DT French/JJ "
                        + "ambassador/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; det 7 5; amod 7 6; nmod 3 7; punct 1 8");
        List<Event> expelled = code(expulsion, m(0, 0, 1, "TCD", "GOV", "Chad"), m(0, 6, 8, "FRA", "GOV", "France"));
        assertEquals(Modality.ASSERTED, only(expelled, "16").modality(), () -> "the order is the act: " + describe(expelled));

        // strikes the sentence says were made: 0 Israel 1 ordered 2 strikes 3 that 4 killed 5 30 6 people 7 .
        Sentence done = sentence(0, "Israel/NNP ordered/VBD/order strikes/NNS/strike that/WDT killed/VBD/kill 30/CD "
                        + "people/NNS/person ./.",
                "nsubj 1 0; root -1 1; obj 1 2; nsubj 4 3; acl:relcl 2 4; nummod 6 5; obj 4 6; punct 1 7");
        List<Event> struck = code(done, m(0, 0, 1, "ISR", null, "Israel"));
        assertTrue(struck.stream().filter(e -> e.cameo().startsWith("19")).allMatch(e -> e.modality() == Modality.ASSERTED)
                && struck.stream().anyMatch(e -> e.cameo().startsWith("19")), () -> "the strikes killed: " + describe(struck));
    }

    @Test
    void aStateOrderingTheReleaseOfJournalistsRestrictsNoPress() {
        Sentence s = sentence(0, "A/DT Jordanian/JJ court/NN ordered/VBD/order the/DT release/NN of/IN two/CD "
                        + "journalists/NNS/journalist ./.",
                "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 8 6; nummod 8 7; nmod 5 8; punct 3 9");
        List<Event> events = code(s, m(0, 1, 3, "JOR", "JUD", "Jordan"), m(0, 7, 9, "JOR", "MED", "journalists"));
        assertTrue(events.stream().noneMatch(e -> e.cameo().equals("1721")), () -> describe(events));
        assertEquals(Modality.ASSERTED, only(events, "084").modality(), () -> describe(events));
    }

    @Test
    void aVowToAnswerAnotherPartysActIsAThreatNotAnIntentToCooperate() {
        // 0 Ankara 1 vowed 2 that 3 Turkey 4 would 5 respond 6 .
        Sentence respond = sentence(0, "Ankara/NNP vowed/VBD/vow that/IN Turkey/NNP would/MD respond/VB ./.",
                "nsubj 1 0; root -1 1; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; punct 1 6");
        List<Event> events = code(respond, m(0, 0, 1, "TUR", "GOV", "Turkey"), m(0, 3, 4, "TUR", null, "Turkey"));
        assertEquals(List.of("TURGOV->"), directions(events, "13"), describe(events));
        assertTrue(directions(events, "03").isEmpty(), () -> "no cooperation vowed: " + describe(events));

        // 0 Seoul 1 pledged 2 to 3 punish 4 Pyongyang 5 for 6 the 7 drone 8 incursion 9 .
        Sentence punish = sentence(0, "Seoul/NNP pledged/VBD/pledge to/TO punish/VB Pyongyang/NNP for/IN the/DT "
                        + "drone/NN incursion/NN ./.",
                "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; obj 3 4; case 8 5; det 8 6; compound 8 7; obl 3 8; punct 1 9");
        List<Event> punished = code(punish, m(0, 0, 1, "KOR", "GOV", "South Korea"), m(0, 4, 5, "PRK", "GOV", "North Korea"));
        assertEquals(List.of("KORGOV->PRKGOV"), directions(punished, "13"), describe(punished));

        // 0 The 1 mayor 2 vowed 3 to 4 respond 5 to 6 questions 7 from 8 residents 9 .
        Sentence answer = sentence(0, "The/DT mayor/NN vowed/VBD/vow to/TO respond/VB to/IN questions/NNS/question "
                        + "from/IN residents/NNS/resident ./.",
                "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; case 6 5; obl 4 6; case 8 7; nmod 6 8; punct 2 9");
        List<Event> answered = code(answer, m(0, 0, 2, "KEN", "GOV", "Kenya"));
        assertTrue(directions(answered, "13").isEmpty(), () -> "answering questions threatens no one: " + describe(answered));
    }

    @Test
    void aFirmsOfferToItsCustomersIsNoIntentToCooperate() {
        // 0 Korean 1 carriers 2 offered 3 discounts 4 to 5 travellers 6 .
        Sentence s = sentence(0, "Korean/JJ carriers/NNS/carrier offered/VBD/offer discounts/NNS/discount to/IN "
                        + "travellers/NNS/traveller ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        List<Event> events = code(s, m(0, 0, 2, "KOR", "BUS", "South Korea"));
        assertTrue(directions(events, "03").isEmpty(), () -> "trade with customers: " + describe(events));
    }

    @Test
    void anEndToAirStrikesIsDeescalationAndAnEndToAStrikeIsNot() {
        // 0 Jordan 1 demanded 2 an 3 end 4 to 5 the 6 air 7 strikes 8 .
        Sentence air = sentence(0, "Jordan/NNP demanded/VBD/demand an/DT end/NN to/IN the/DT air/NN strikes/NNS/strike ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 7 4; det 7 5; compound 7 6; nmod 3 7; punct 1 8");
        List<Event> events = code(air, m(0, 0, 1, "JOR", null, "Jordan"));
        assertEquals("1056", only(events, "10").cameo(), describe(events));

        // 0 The 1 mill 2 owners 3 demanded 4 an 5 end 6 to 7 the 8 strike 9 .
        Sentence labour = sentence(0, "The/DT mill/NN owners/NNS/owner demanded/VBD/demand an/DT end/NN to/IN the/DT "
                        + "strike/NN ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 8 6; det 8 7; nmod 5 8; punct 3 9");
        List<Event> owners = code(labour, m(0, 0, 3, "BGD", "BUS", "Bangladesh"));
        assertEquals("1052", only(owners, "10").cameo(), describe(owners));
    }

    @Test
    void whoTriggersTheReturnOfSanctionsImposesThem() {
        // 0 Washington 1 triggered 2 the 3 return 4 of 5 UN 6 sanctions 7 on 8 Pyongyang 9 .
        Sentence s = sentence(0, "Washington/NNP triggered/VBD/trigger the/DT return/NN of/IN UN/NNP sanctions/NNS/sanction "
                        + "on/IN Pyongyang/NNP ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; compound 6 5; nmod 3 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> events = code(s, m(0, 0, 1, "USA", "GOV", "United States"), m(0, 5, 6, "IGOUNO", "IGO", "United Nations"),
                m(0, 8, 9, "PRK", "GOV", "North Korea"));
        assertEquals(List.of("USAGOV->PRKGOV"), directions(events, "16"), describe(events));
    }

    @Test
    void aFormOfAnActNamesThatAct() {
        // 0 Minsk 1 called 2 the 3 travel 4 bans 5 a 6 form 7 of 8 persecution 9 .
        Sentence form = sentence(0, "Minsk/NNP called/VBD/call the/DT travel/NN bans/NNS/ban a/DT form/NN of/IN "
                        + "persecution/NN ./.",
                "nsubj 1 0; root -1 1; det 4 2; compound 4 3; nsubj 6 4; det 6 5; xcomp 1 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> events = code(form, m(0, 0, 1, "BLR", "GOV", "Belarus"));
        assertEquals(List.of("BLRGOV->"), directions(events, "111"), describe(events));

        // 0 Hanoi 1 described 2 the 3 seizure 4 as 5 a 6 kind 7 of 8 tyranny 9 .
        Sentence kind = sentence(0, "Hanoi/NNP described/VBD/describe the/DT seizure/NN as/IN a/DT kind/NN of/IN "
                        + "tyranny/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; obl 1 6; case 8 7; nmod 6 8; punct 1 9");
        List<Event> described = code(kind, m(0, 0, 1, "VNM", "GOV", "Vietnam"));
        assertEquals(List.of("VNMGOV->"), directions(described, "111"), describe(described));

        // the parser may hang the kind on the object: 0 Minsk 1 called 2 the 3 bans 4 a 5 form 6 of 7 persecution
        Sentence dep = sentence(0, "Minsk/NNP called/VBD/call the/DT bans/NNS/ban a/DT form/NN of/IN persecution/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; det 5 4; dep 3 5; case 7 6; nmod 5 7; punct 1 8");
        List<Event> hung = code(dep, m(0, 0, 1, "BLR", "GOV", "Belarus"));
        assertEquals(List.of("BLRGOV->"), directions(hung, "111"), describe(hung));
    }

    @Test
    void notToStopAnActIsToGoOnWithItNoNegatedRetreat() {
        // 0 The 1 rebels 2 never 3 stopped 4 their 5 attacks 6 on 7 Goma 8 .
        Sentence never = sentence(0, "The/DT rebels/NNS/rebel never/RB stopped/VBD/stop their/PRP$ attacks/NNS/attack "
                        + "on/IN Goma/NNP ./.",
                "det 1 0; nsubj 3 1; advmod 3 2; root -1 3; nmod:poss 5 4; obj 3 5; case 7 6; nmod 5 7; punct 3 8");
        List<Event> events = code(never, m(0, 0, 2, "COD", "REB", "Congo"), m(0, 7, 8, "COD", null, "Congo"));
        assertTrue(directions(events, "08").isEmpty(), () -> "nothing given up: " + describe(events));

        // 0 The 1 rebels 2 will 3 not 4 stop 5 their 6 attacks 7 on 8 Goma 9 .
        Sentence refused = sentence(0, "The/DT rebels/NNS/rebel will/MD not/RB stop/VB their/PRP$ attacks/NNS/attack "
                        + "on/IN Goma/NNP ./.",
                "det 1 0; nsubj 4 1; aux 4 2; advmod 4 3; root -1 4; nmod:poss 6 5; obj 4 6; case 8 7; nmod 6 8; punct 4 9");
        List<Event> refusal = code(refused, m(0, 0, 2, "COD", "REB", "Congo"), m(0, 8, 9, "COD", null, "Congo"));
        assertEquals(1, directions(refusal, "124").size(), () -> "a refusal to de-escalate: " + describe(refusal));
    }

    @Test
    void saidToBeIllegalIsAnAccusationUnlessTheComplementDeniesIt() {
        // 0 Kyiv 1 said 2 the 3 referendum 4 was 5 illegal 6 .
        Sentence said = sentence(0, "Kyiv/NNP said/VBD/say the/DT referendum/NN was/VBD/be illegal/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 5 3; cop 5 4; ccomp 1 5; punct 1 6");
        List<Event> events = code(said, m(0, 0, 1, "UKR", "GOV", "Ukraine"));
        assertEquals(Modality.ASSERTED, only(events, "111").modality(), describe(events));

        // 0 Jakarta 1 said 2 it 3 was 4 not 5 illegal 6 for 7 foreign 8 vessels 9 to 10 cross 11 the 12 channel 13 .
        Sentence denied = sentence(0, "Jakarta/NNP said/VBD/say it/PRP was/VBD/be not/RB illegal/JJ for/IN foreign/JJ "
                        + "vessels/NNS/vessel to/TO cross/VB the/DT channel/NN ./.",
                "nsubj 1 0; root -1 1; expl 5 2; cop 5 3; advmod 5 4; ccomp 1 5; mark 10 6; amod 8 7; nsubj 10 8; "
                        + "mark 10 9; advcl 5 10; det 12 11; obj 10 12; punct 1 13");
        List<Event> notIllegal = code(denied, m(0, 0, 1, "IDN", "GOV", "Indonesia"));
        assertTrue(notIllegal.stream().filter(e -> e.cameo().startsWith("11")).allMatch(e -> e.modality() == Modality.NEGATED),
                () -> "no accusation asserted: " + describe(notIllegal));

        // 0 Lima 1 said 2 the 3 decree 4 may 5 be 6 illegal 7 .
        Sentence supposed = sentence(0, "Lima/NNP said/VBD/say the/DT decree/NN may/MD be/VB illegal/JJ ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 6 3; aux 6 4; cop 6 5; ccomp 1 6; punct 1 7");
        List<Event> mayBe = code(supposed, m(0, 0, 1, "PER", "GOV", "Peru"));
        assertTrue(mayBe.stream().filter(e -> e.cameo().startsWith("11")).noneMatch(e -> e.modality() == Modality.ASSERTED),
                () -> "a possibility, no accusation asserted: " + describe(mayBe));
    }

    @Test
    void sanctionsThatTargetAPartyAreImposedOnItByTheirMaker() {
        // 0 Canada 1 imposed 2 new 3 sanctions 4 on 5 Iran 6 .
        Sentence first = sentence(0, "Canada/NNP imposed/VBD/impose new/JJ sanctions/NNS/sanction on/IN Iran/NNP ./.",
                "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl 1 5; punct 1 6");
        // 0 The 1 package 2 also 3 targets 4 Iraqi 5 militias 6 .
        Sentence second = sentence(1, "The/DT package/NN also/RB targets/VBZ/target Iraqi/JJ militias/NNS/militia ./.",
                "det 1 0; nsubj 3 1; advmod 3 2; root -1 3; amod 5 4; obj 3 5; punct 3 6");
        AnnotatedArticle a = article("doc-1", PUBLISHED, first, second);
        List<Event> events = CODER.code(new ResolvedArticle(a, List.of(m(0, 0, 1, "CAN", "GOV", "Canada"),
                m(0, 5, 6, "IRN", null, "Iran"), m(1, 4, 6, "IRQ", "REB", "Iraq"))));
        assertEquals(List.of("CANGOV->IRN", "CANGOV->IRQREB"), directions(events, "163"), describe(events));

        // 0 The 1 new 2 British 3 sanctions 4 package 5 targets 6 Syrian 7 banks 8 .
        Sentence own = sentence(0, "The/DT new/JJ British/JJ sanctions/NNS/sanction package/NN targets/VBZ/target "
                        + "Syrian/JJ banks/NNS/bank ./.",
                "det 4 0; amod 4 1; amod 3 2; compound 4 3; nsubj 5 4; root -1 5; amod 7 6; obj 5 7; punct 5 8");
        List<Event> british = code(own, m(0, 2, 3, "GBR", null, "United Kingdom"), m(0, 6, 8, "SYR", "BUS", "Syria"));
        assertEquals(List.of("GBR->SYRBUS"), directions(british, "16"), describe(british));
    }

    @Test
    void aStrikeThatKilledPeopleIsAnAssaultWithItsDoerUnnamedNotTheSpeaker() {
        // 0 Manila 1 said 2 the 3 strike 4 killed 5 four 6 fishermen 7 .
        Sentence s = sentence(0, "Manila/NNP said/VBD/say the/DT strike/NN killed/VBD/kill four/CD fishermen/NNS/fisherman ./.",
                "nsubj 1 0; root -1 1; det 3 2; nsubj 4 3; ccomp 1 4; nummod 6 5; obj 4 6; punct 1 7");
        List<Event> events = code(s, m(0, 0, 1, "PHL", "GOV", "Philippines"), m(0, 5, 7, "PHL", "CVL", "Philippines"));
        assertEquals(List.of("->PHLCVL"), directions(events, "19"), describe(events));
    }

    @Test
    void aTollOfTheDeadDoesNotHideTheDoerOfTheStrikesFromALaterCriticism() {
        Sentence struck = sentence(0, "Russian/JJ missiles/NNS/missile struck/VBD/strike Kharkiv/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4");
        // 0 Officials 1 said 2 12 3 people 4 were 5 killed 6 and 7 30 8 wounded 9 .
        Sentence toll = sentence(1, "Officials/NNS/official said/VBD/say 12/CD people/NNS/person were/VBD/be "
                        + "killed/VBN/kill and/CC 30/CD wounded/VBN/wound ./.",
                "nsubj 1 0; root -1 1; nummod 3 2; nsubj:pass 5 3; aux:pass 5 4; ccomp 1 5; cc 8 6; nsubj 8 7; "
                        + "conj 5 8; punct 1 9");
        Sentence condemned = sentence(2, "Ukraine/NNP condemned/VBD/condemn the/DT attack/NN ./.",
                "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4");
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, struck, toll, condemned),
                List.of(m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "UKR", null, "Ukraine"),
                        m(2, 0, 1, "UKR", null, "Ukraine"))));
        assertEquals(List.of("UKR->RUSMIL"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(events));

        // an act with a subject of its own between them is another attack: the criticism's target stays unnamed
        Sentence bomb = sentence(1, "A/DT car/NN bomb/NN exploded/VBD/explode in/IN Lviv/NNP ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; case 5 4; obl 3 5; punct 3 6");
        List<Event> other = CODER.code(new ResolvedArticle(article("doc-2", PUBLISHED, struck, bomb, condemned),
                List.of(m(0, 0, 2, "RUS", "MIL", "Russia"), m(0, 3, 4, "UKR", null, "Ukraine"),
                        m(2, 0, 1, "UKR", null, "Ukraine"))));
        assertEquals(List.of("UKR->"), directions(other.stream().filter(e -> e.mentions().get(0).sentence() == 2)
                .toList(), "11"), describe(other));
    }

    @Test
    void aCriticismOfTheAttackReachesBackPastDetailsThatOnlyShareAVerbWithAnActOfForce() {
        Sentence attacked = sentence(0, "Shabaab/NNP fighters/NNS/fighter attacked/VBD/attack a/DT military/JJ "
                        + "convoy/NN near/IN Baidoa/NNP ./.",
                "compound 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; nmod 5 7; punct 2 8");
        // "carry" heads "carry out attack", which does not hold here
        Sentence carrying = sentence(1, "The/DT convoy/NN was/VBD/be carrying/VBG/carry fuel/NN to/IN a/DT base/NN ./.",
                "det 1 0; nsubj 3 1; aux 3 2; root -1 3; obj 3 4; case 7 5; det 7 6; obl 3 7; punct 3 8");
        // 0 Nine 1 soldiers 2 were 3 killed 4 and 5 four 6 trucks 7 destroyed 8 .
        Sentence toll = sentence(2, "Nine/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill and/CC four/CD "
                        + "trucks/NNS/truck destroyed/VBN/destroy ./.",
                "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; cc 7 4; nummod 6 5; nsubj 7 6; conj 3 7; punct 3 8");
        // 0 The 1 African 2 Union 3 condemned 4 the 5 attack 6 .
        Sentence condemned = sentence(3, "The/DT African/NNP Union/NNP condemned/VBD/condemn the/DT attack/NN ./.",
                "det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; punct 3 6");
        List<Event> events = CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, attacked, carrying, toll, condemned),
                List.of(m(0, 0, 2, "SOM", "REB", "Somalia"), m(0, 7, 8, "SOM", null, "Somalia"),
                        m(3, 1, 3, "IGO", null, "African Union"))));
        assertEquals(List.of("IGO->SOMREB"), directions(events.stream().filter(e -> e.mentions().get(0).sentence() == 3)
                .toList(), "11"), describe(events));
    }

    @Test
    void theVictimsOfStrikesWhoseEndIsDemandedAreNotAskedToEndThem() {
        // 0 Students 1 in 2 Madrid 3 demanded 4 an 5 end 6 to 7 the 8 drone 9 strikes 10 on 11 Yemen 12 .
        Sentence s = sentence(0, "Students/NNS/student in/IN Madrid/NNP demanded/VBD/demand an/DT end/NN to/IN "
                        + "the/DT drone/NN strikes/NNS/strike on/IN Yemen/NNP ./.",
                "nsubj 3 0; case 2 1; nmod 0 2; root -1 3; det 5 4; obj 3 5; case 9 6; det 9 7; compound 9 8; "
                        + "nmod 5 9; case 11 10; nmod 9 11; punct 3 12");
        List<Event> events = code(s, m(0, 0, 1, "ESP", "EDU", "Spain"), m(0, 11, 12, "YEM", null, "Yemen"));
        assertEquals(List.of("ESPEDU->"), directions(events, "10"), describe(events));
    }

    @Test
    void aBoatExpelledOrPeopleChasedAwayAreCoercedNotDeported() {
        // 0 The 1 navy 2 expelled 3 a 4 Malaysian 5 trawler 6 from 7 the 8 reef 9 .
        Sentence expelled = sentence(0, "The/DT navy/NN expelled/VBD/expel a/DT Malaysian/JJ trawler/NN from/IN "
                        + "the/DT reef/NN ./.",
                "det 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 8 6; det 8 7; obl 2 8; punct 2 9");
        List<Event> boat = code(expelled, m(0, 0, 2, "IDN", "MIL", "Indonesia"), m(0, 4, 5, "MYS", null, "Malaysia"));
        assertEquals(List.of("170"), boat.stream().map(Event::cameo).toList(), describe(boat));
        assertEquals(List.of("IDNMIL->MYS"), directions(boat, "17"), describe(boat));

        // 0 Militia 1 boats 2 chased 3 Vietnamese 4 fishermen 5 away 6 .
        Sentence chased = sentence(0, "Militia/NNP boats/NNS/boat chased/VBD/chase Vietnamese/JJ "
                        + "fishermen/NNS/fisherman away/RB ./.",
                "compound 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; advmod 2 5; punct 2 6");
        List<Event> people = code(chased, m(0, 0, 2, "CHN", "MIL", "China"), m(0, 3, 5, "VNM", "AGR", "Vietnam"));
        assertEquals(List.of("CHNMIL->VNMAGR"), directions(people, "170"), describe(people));
    }

    @Test
    void privatePeopleFlyingSomewhereMakeNoVisit() {
        // 0 Japanese 1 tourists 2 flew 3 to 4 Seoul 5 .
        Sentence tourists = sentence(0, "Japanese/JJ tourists/NNS/tourist flew/VBD/fly to/IN Seoul/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; punct 2 5");
        List<Event> none = code(tourists, m(0, 0, 2, "JPN", "CVL", "Japan"), m(0, 4, 5, "KOR", null, "South Korea"));
        assertEquals(List.of(), directions(none, "04"), describe(none));
        Sentence officials = sentence(0, "Japanese/JJ officials/NNS/official flew/VBD/fly to/IN Seoul/NNP ./.",
                "amod 1 0; nsubj 2 1; root -1 2; case 4 3; obl 2 4; punct 2 5");
        List<Event> visit = code(officials, m(0, 0, 2, "JPN", "GOV", "Japan"), m(0, 4, 5, "KOR", null, "South Korea"));
        assertEquals(List.of("JPNGOV->KOR"), directions(visit, "042"), describe(visit));
    }

    @Test
    void aNationalWeaponAttackTaggedAsAVerbIsTheSubjectModifiedByTheNationality() {
        // 0 A 1 Syrian 2 drone 3 attack 4 on 5 Afrin 6 wounded 7 four 8 people 9 .  ("drone" tagged a verb
        // with "Syrian" its subject, the whole a clausal subject)
        Sentence s = sentence(0, "A/DT Syrian/JJ drone/VB attack/NN on/IN Afrin/NNP wounded/VBD/wound four/CD "
                        + "people/NNS/person ./.",
                "det 1 0; nsubj 2 1; csubj 6 2; obj 2 3; case 5 4; obl 2 5; root -1 6; nummod 8 7; obj 6 8; punct 6 9");
        Sentence repaired = PatternCoder.attackModifiersRepaired(s, java.util.Set.of());
        assertEquals("nsubj", repaired.relation(3));
        assertEquals(6, repaired.head(3));
        assertEquals("amod", repaired.relation(1));
        assertEquals(3, repaired.head(5));
        List<Event> events = code(s, m(0, 1, 2, "SYR", null, "Syria"), m(0, 5, 6, "SYR", null, "Afrin"));
        assertEquals(List.of("SYR"), events.stream().filter(e -> e.cameo().startsWith("19"))
                .map(e -> String.join("+", codes(e.actors()))).toList(), describe(events));
    }

    @Test
    void aBareObjectRelativeClauseHungOnTheVerbGoesBackToItsNoun() {
        // the parser's reading: "detained" an xcomp of "killed"
        // 0 Israel 1 denied 2 that 3 troops 4 had 5 killed 6 the 7 protesters 8 the 9 police 10 detained 11 .
        Sentence s = sentence(0, "Israel/NNP denied/VBD/deny that/IN troops/NNS/troop had/VBD/have killed/VBN/kill the/DT "
                        + "protesters/NNS/protester the/DT police/NN detained/VBD/detain ./.",
                "nsubj 1 0; root -1 1; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; det 7 6; obj 5 7; det 9 8; nsubj 10 9; "
                        + "xcomp 5 10; punct 1 11");
        Sentence mended = PatternCoder.bareRelativesRepaired(s);
        assertEquals("acl:relcl", mended.relation(10));
        assertEquals(7, mended.head(10));
        List<Event> events = code(s, m(0, 0, 1, "ISR", null, "Israel"), m(0, 3, 4, "ISR", "MIL", "Israel"),
                m(0, 6, 8, "PSE", "CVL", "Palestine"), m(0, 8, 10, "ISR", "COP", "Israel"));
        assertEquals(Modality.ASSERTED, only(events, "173").modality(), () -> "the detention is no part of the denial: " + describe(events));
        // after a verb of telling, what follows the object is what was told
        Sentence told = sentence(0, "Kyiv/NNP told/VBD/tell reporters/NNS/reporter troops/NNS/troop withdrew/VBD/withdraw ./.",
                "nsubj 1 0; root -1 1; obj 1 2; nsubj 4 3; dep 1 4; punct 1 5");
        assertEquals("dep", PatternCoder.bareRelativesRepaired(told).relation(4));
    }
}
