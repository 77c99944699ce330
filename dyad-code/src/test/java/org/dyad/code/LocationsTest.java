package org.dyad.code;

import static org.dyad.model.Texts.article;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.PlaceMention;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Event locations on hand-written parses, with place mentions given as the resolver would produce
 * them: a location is what the event's own clause says, never a place named elsewhere in the sentence.
 */
class LocationsTest {

    private static final PatternCoder CODER = PatternCoder.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

    private static ActorMention actor(int begin, int end, String country, String sector) {
        return new ActorMention(0, begin, end, end - 1, Actor.of("", country, sector, country), "test");
    }

    private static PlaceMention place(int begin, int end, String name, String country, String precision,
                                      boolean locative) {
        return new PlaceMention(0, begin, end, end - 1,
                new Location(name, name, country, precision.equals(Location.CITY) ? 50.0 : null,
                        precision.equals(Location.CITY) ? 30.0 : null, precision), locative);
    }

    private static List<Event> code(Sentence s, List<ActorMention> actors, PlaceMention... places) {
        return CODER.code(new ResolvedArticle(article("doc-1", PUBLISHED, s), actors, List.of(places)));
    }

    private static Event first(List<Event> events, String cameoPrefix) {
        return events.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + cameoPrefix + " event in " + events));
    }

    @Test
    void aMeetingTakesPlaceWhereItsClauseSays() {
        Sentence s = sentence(0, "Blinken/NNP met/VBD/meet Lavrov/NNP in/IN Geneva/NNP on/IN Friday/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 4; case 4 3; obl 1 6; case 6 5; punct 1 7");
        Event meeting = first(code(s, List.of(actor(0, 1, "USA", "GOV"), actor(2, 3, "RUS", "GOV")),
                place(4, 5, "Geneva", "CHE", Location.CITY, true)), "04");
        assertEquals("Geneva", meeting.location().name());
        assertEquals("CHE", meeting.location().country());
        assertEquals(Location.CITY, meeting.location().precision());
        assertEquals(50.0, meeting.location().lat());
    }

    @Test
    void thePlaceStruckLocatesTheAttackAndTheParticipleClauseAfterIt() {
        Sentence s = sentence(0, "Russian/JJ forces/NNS shelled/VBD/shell Kharkiv/NNP ,/, killing/VBG/kill three/CD "
                        + "civilians/NNS ./.",
                "root -1 2; amod 1 0; nsubj 2 1; obj 2 3; punct 2 4; advcl 2 5; nummod 7 6; obj 5 7; punct 2 8");
        List<Event> events = code(s, List.of(actor(0, 2, "RUS", "MIL"), actor(7, 8, "UKR", "CVL")),
                place(3, 4, "Kharkiv", "UKR", Location.CITY, false));
        assertEquals("Kharkiv", first(events, "19").location().name());
        Event killing = events.stream().filter(e -> e.mentions().get(0).trigger().equals("killing")).findFirst()
                .orElseThrow();
        assertEquals("Kharkiv", killing.location().name(), "the killing continues the shelling's clause");
    }

    @Test
    void aTopicIsNoLocationOfTalksButAPlaceInTheObjectLocatesAnArrest() {
        Sentence talks = sentence(0, "The/DT ministers/NNS discussed/VBD/discuss the/DT war/NN in/IN Ukraine/NNP ./.",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; nmod 4 6; case 6 5; punct 2 7");
        Event discussed = first(code(talks, List.of(actor(0, 2, "FRA", "GOV")),
                place(6, 7, "Ukraine", "UKR", Location.COUNTRY, true)), "04");
        assertNull(discussed.location(), "the war is in Ukraine; the talks are not said to be");

        Sentence arrest = sentence(0, "Police/NNS arrested/VBD/arrest protesters/NNS outside/IN the/DT parliament/NN "
                        + "in/IN Tbilisi/NNP ./.",
                "root -1 1; nsubj 1 0; obj 1 2; obl 1 5; case 5 3; det 5 4; nmod 5 7; case 7 6; punct 1 8");
        Event arrested = first(code(arrest, List.of(actor(0, 1, "GEO", "COP"), actor(2, 3, "GEO", "CVL")),
                place(7, 8, "Tbilisi", "GEO", Location.CITY, true)), "17");
        assertEquals("Tbilisi", arrested.location().name());
    }

    @Test
    void aPlaceOfTheReportingClauseDoesNotLocateTheReportedAttack() {
        Sentence s = sentence(0, "Zelensky/NNP said/VBD/say in/IN Kyiv/NNP that/IN Russia/NNP attacked/VBD/attack "
                        + "Odesa/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; ccomp 1 6; mark 6 4; nsubj 6 5; obj 6 7; punct 1 8");
        Event attack = first(code(s, List.of(actor(0, 1, "UKR", "GOV"), actor(5, 6, "RUS", null),
                        actor(7, 8, "UKR", null)),
                place(3, 4, "Kyiv", "UKR", Location.CITY, true), place(7, 8, "Odesa", "UKR", Location.CITY, false)),
                "19");
        assertEquals("Odesa", attack.location().name());
    }

    @Test
    void aVisitToAPlaceVisitsItsCountry() {
        Sentence s = sentence(0, "The/DT Iraqi/JJ president/NN arrived/VBD/arrive in/IN Amman/NNP on/IN Wednesday/NNP ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; obl 3 5; case 5 4; obl 3 7; case 7 6; punct 3 8");
        Event visit = first(code(s, List.of(actor(0, 3, "IRQ", "GOV")),
                place(5, 6, "Amman", "JOR", Location.CITY, true)), "042");
        assertEquals(List.of("JOR"), visit.recipients().stream().map(Actor::code).toList(), "the host country");
        assertEquals("Amman", visit.location().name());
        Sentence home = sentence(0, "The/DT Iraqi/JJ president/NN arrived/VBD/arrive in/IN Basra/NNP ./.",
                "root -1 3; det 2 0; amod 2 1; nsubj 3 2; obl 3 5; case 5 4; punct 3 6");
        Event trip = first(code(home, List.of(actor(0, 3, "IRQ", "GOV")),
                place(5, 6, "Basra", "IRQ", Location.CITY, true)), "042");
        assertEquals(List.of(), trip.recipients(), "a trip at home visits no other country");
    }

    @Test
    void aCapitalAsActorLocatesNothingButACityIsPreferredToItsCountry() {
        Sentence rejected = sentence(0, "Moscow/NNP rejected/VBD/reject the/DT proposal/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4");
        Event reject = first(code(rejected, List.of(actor(0, 1, "RUS", "GOV")),
                place(0, 1, "Moscow", "RUS", Location.CITY, false)), "12");
        assertNull(reject.location(), "Moscow is the government here, not where it rejected");

        Sentence clashes = sentence(0, "Troops/NNS clashed/VBD/clash with/IN rebels/NNS in/IN Sudan/NNP 's/POS "
                        + "capital/NN ,/, Khartoum/NNP ./.",
                "root -1 1; nsubj 1 0; obl 1 3; case 3 2; obl 1 7; case 7 4; nmod:poss 7 5; case 5 6; punct 7 8; "
                        + "appos 7 9; punct 1 10");
        Event clash = first(code(clashes, List.of(actor(0, 1, "SDN", "MIL"), actor(3, 4, "SDN", "REB")),
                place(5, 6, "Sudan", "SDN", Location.COUNTRY, true), place(9, 10, "Khartoum", "SDN", Location.CITY,
                        true)), "19");
        assertEquals("Khartoum", clash.location().name(), "the city, not its country");
    }

    @Test
    void forceUsedOnAnotherCountrysGroundIsUsedAgainstThatCountry() {
        Sentence s = sentence(0, "Turkish/JJ artillery/NN shelled/VBD/shell villages/NNS near/IN Dohuk/NNP ./.",
                "root -1 2; amod 1 0; nsubj 2 1; obj 2 3; case 5 4; nmod 3 5; punct 2 6");
        PlaceMention dohuk = place(5, 6, "Dohuk", "IRQ", Location.CITY, true);
        Event shelling = first(code(s, List.of(actor(0, 2, "TUR", "MIL")), dohuk), "19");
        assertEquals(List.of("IRQ"), shelling.recipients().stream().map(Actor::code).toList());
        Event own = first(code(s, List.of(actor(0, 2, "IRQ", "MIL")), dohuk), "19");
        assertTrue(own.recipients().isEmpty(), "on its own ground a force names no target: " + own.recipients());
    }

    @Test
    void anUnnamedBomberIsAnUnidentifiedArmedForceOfThePlaceItStruck() {
        Sentence s = sentence(0, "Two/CD policemen/NNS were/VBD/be killed/VBN/kill by/IN a/DT roadside/NN bomb/NN "
                        + "outside/IN the/DT Afghan/JJ city/NN of/IN Kandahar/NNP ./.",
                "root -1 3; nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; obl 3 7; case 7 4; det 7 5; compound 7 6; "
                        + "nmod 7 11; case 11 8; det 11 9; amod 11 10; nmod 11 13; case 13 12; punct 3 14");
        Event bombing = first(code(s, List.of(actor(1, 2, "AFG", "COP"), actor(10, 11, "AFG", null)),
                place(13, 14, "Kandahar", "AFG", Location.CITY, true)), "18");
        assertEquals(List.of("AFGUAF"), bombing.actors().stream().map(Actor::code).toList(),
                "the city the bomb went off outside is no bomber");
        assertEquals(List.of("AFGCOP"), bombing.recipients().stream().map(Actor::code).toList());
    }
}
