package org.dyad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.dyad.link.Reports.BLINKEN;
import static org.dyad.link.Reports.KENYA;
import static org.dyad.link.Reports.LAVROV;
import static org.dyad.link.Reports.SOMALIA;
import static org.dyad.link.Reports.spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventDate.Precision;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

class RuleEventLinkerTest {

    private final RuleEventLinker linker = new RuleEventLinker();

    private static final LocalDate TUE = LocalDate.of(2022, 2, 15);
    private static final LocalDate WED = LocalDate.of(2022, 2, 16);

    /** Links reports of possibly several groups, as the store does group by group. */
    private List<LinkedEvent> link(List<Report> reports) {
        Map<String, List<Report>> groups = new TreeMap<>();
        for (Report r : reports) {
            groups.computeIfAbsent(linker.group(r.event()), k -> new ArrayList<>()).add(r);
        }
        List<LinkedEvent> out = new ArrayList<>();
        groups.forEach((g, rs) -> out.addAll(linker.link(g, rs)));
        return out;
    }

    private static Map<String, List<String>> membership(List<LinkedEvent> events) {
        Map<String, List<String>> out = new TreeMap<>();
        for (LinkedEvent e : events) {
            out.put(e.id(), e.reports().stream().map(Report::id).sorted().toList());
        }
        return out;
    }

    @Test
    void statementsWithoutPloverTypeLinkByTheirCameoCode() {
        // Kenya's condolences to Somalia told twice are one event; its denial the same day is another
        List<Report> reports = List.of(
                spec("r1", "courier", "Northfield Courier").on(TUE).actors(KENYA, SOMALIA).type(null, "018", null).report(TUE),
                spec("r2", "ledger", "Harbor Ledger").on(TUE).actors(KENYA, SOMALIA).type(null, "018", null).report(WED),
                spec("r3", "dispatch", "Capital Dispatch").on(TUE).actors(KENYA, SOMALIA).type(null, "016", null).report(TUE));
        assertNotEquals(linker.group(reports.get(0).event()), linker.group(reports.get(2).event()));
        List<LinkedEvent> events = link(reports);
        assertEquals(2, events.size(), () -> membership(events).toString());
        Event condolences = events.stream().map(LinkedEvent::event).filter(e -> e.cameo().equals("018")).findFirst().orElseThrow();
        assertNull(condolences.type());
        assertEquals(2, condolences.mentionCount());
    }

    @Test
    void theSameCallToldByThreeOutletsOverTwoDaysIsOneEventWithThreeMentions() {
        List<Report> reports = List.of(
                spec("r1", "courier", "Northfield Courier").on(TUE).report(TUE),
                // Published on Wednesday, "on Tuesday" resolved to the 15th, told from Moscow's side.
                spec("r2", "ledger", "Harbor Ledger").on(TUE).actors(LAVROV, BLINKEN).report(WED),
                // Published on Wednesday with no date in the sentence: the publication date stands in.
                spec("r3", "dispatch", "Capital Dispatch").byPublication(WED).type("CONSULT", "040", null).report(WED));
        List<LinkedEvent> events = link(reports);
        assertEquals(1, events.size(), () -> membership(events).toString());
        Event e = events.get(0).event();
        assertEquals(3, e.mentionCount());
        assertEquals(3, e.articleCount());
        assertEquals(3, e.sourceCount());
        assertEquals(new EventDate(TUE, Precision.DAY, EventDate.Basis.TEXT), e.date());
        assertEquals("phone", e.mode(), "the most frequent mode");
        assertEquals("041", e.cameo(), "the most frequent code");
        assertEquals("courier", e.mentions().get(0).doc(), "mentions oldest first");
        assertEquals("Northfield Courier", e.mentions().get(0).source());
    }

    @Test
    void aSecondCallAWeekLaterIsANewEvent() {
        LocalDate nextTue = TUE.plusWeeks(1);
        List<LinkedEvent> events = link(List.of(
                spec("r1", "a", "Northfield Courier").on(TUE).report(TUE),
                spec("r2", "b", "Harbor Ledger").on(nextTue).report(nextTue),
                spec("r3", "c", "Capital Dispatch").byPublication(nextTue.plusDays(1)).report(nextTue.plusDays(1))));
        assertEquals(2, events.size());
        Map<LocalDate, Integer> byDate = events.stream()
                .collect(Collectors.toMap(e -> e.event().date().date(), e -> e.event().mentionCount()));
        assertEquals(Map.of(TUE, 1, nextTue, 2), byDate);
    }

    @Test
    void directionDoesNotCountForConsultationsButDoesForAccusations() {
        Event consult = spec("a", "d1", "S").event();
        Event reverse = spec("b", "d2", "S").actors(LAVROV, BLINKEN).event();
        assertEquals(linker.group(consult), linker.group(reverse));
        Event accuse = spec("c", "d1", "S").type("ACCUSE", "112", null).actors(KENYA, SOMALIA).event();
        Event accused = spec("d", "d2", "S").type("ACCUSE", "112", null).actors(SOMALIA, KENYA).event();
        assertNotEquals(linker.group(accuse), linker.group(accused));
    }

    @Test
    void withinOneCountryTheStateAndSocietyKeepTheirDirection() {
        org.dyad.model.Actor president = new org.dyad.model.Actor("the president", "SRBGOV", "SRB", "GOV", "Serbia");
        org.dyad.model.Actor police = new org.dyad.model.Actor("police", "SRBCOP", "SRB", "COP", "Serbia");
        org.dyad.model.Actor serbia = new org.dyad.model.Actor("Serbia", "SRB", "SRB", null, "Serbia");
        org.dyad.model.Actor students = new org.dyad.model.Actor("students", "SRBEDU", "SRB", "EDU", "Serbia");
        org.dyad.model.Actor leaders = new org.dyad.model.Actor("protest leaders", "SRBCVL", "SRB", "CVL", "Serbia");
        Event denounced = spec("a", "d1", "S").type("ACCUSE", "111", null).actors(president, leaders).event();
        Event accused = spec("b", "d1", "S").type("ACCUSE", "112", null).actors(leaders, president).event();
        assertNotEquals(linker.group(denounced), linker.group(accused), "the government on protesters, and they on it");
        Event arrested = spec("c", "d1", "S").type("COERCE", "173", null).actors(police, students).event();
        Event byCountry = spec("d", "d2", "S").type("COERCE", "173", null).actors(serbia, students).event();
        assertEquals(linker.group(arrested), linker.group(byCountry), "the police and the country are the state");
        Event abroad = spec("e", "d1", "S").type("ACCUSE", "112", null).actors(leaders, KENYA).event();
        assertEquals(linker.group(abroad), linker.group(spec("f", "d2", "S").type("ACCUSE", "112", null)
                .actors(serbia, KENYA).event()), "between countries, sectors do not count");
    }

    @Test
    void twoSidesActingTogetherAreTheDyadOfOneCallingTheOther() {
        Event call = spec("a", "d1", "S").event();
        Event joint = new Event("b", call.date(), call.type(), call.mode(), call.cameo(), 1, 1.0, call.modality(),
                List.of(LAVROV, BLINKEN), List.of(), null, call.mentions(), null);
        assertEquals(linker.group(call), linker.group(joint), "'the two diplomats held a phone call'");
        Event jointAccusation = new Event("c", call.date(), "ACCUSE", null, "112", 3, -2.0, call.modality(),
                List.of(KENYA, SOMALIA), List.of(), null, call.mentions(), null);
        assertNotEquals(linker.group(spec("d", "d1", "S").type("ACCUSE", "112", null).actors(KENYA, SOMALIA).event()),
                linker.group(jointAccusation), "a directed act keeps its direction");
    }

    @Test
    void aJointMeetingWithinOneCountryIsTheStateMeetingItsSociety() {
        org.dyad.model.Actor president = new org.dyad.model.Actor("President Aleksandar Vucic", "SRBGOV", "SRB", "GOV",
                "Aleksandar Vucic");
        org.dyad.model.Actor opposition = new org.dyad.model.Actor("opposition leaders", "SRBOPP", "SRB", "OPP", "Serbia");
        org.dyad.model.Actor minister = new org.dyad.model.Actor("the interior minister", "SRBGOV", "SRB", "GOV", "Serbia");
        Event met = spec("a", "d1", "S").type("CONSULT", "043", "visit").actors(president, opposition).event();
        Event together = new Event("b", met.date(), "CONSULT", "meet", "043", 1, 2.8, met.modality(),
                List.of(president, opposition), List.of(), null, met.mentions(), null);
        assertEquals(linker.group(met), linker.group(together), "'Vucic and opposition leaders met' is 'Vucic met them'");
        Event colleagues = new Event("c", met.date(), "CONSULT", "meet", "043", 1, 2.8, met.modality(),
                List.of(president, minister), List.of(), null, met.mentions(), null);
        assertEquals(linker.group(spec("d", "d1", "S").type("CONSULT", "043", null).actors(president, minister).event()),
                linker.group(colleagues), "two officials meeting: the state with itself");
        assertNotEquals(linker.group(met), linker.group(colleagues));
    }

    @Test
    void modalityTypeAndDyadKeepReportsApart() {
        Event asserted = spec("a", "d1", "S").event();
        assertNotEquals(linker.group(asserted), linker.group(spec("b", "d1", "S").modality(Modality.DENIED).event()));
        assertNotEquals(linker.group(asserted), linker.group(spec("c", "d1", "S").type("ACCUSE", "112", null).event()));
        assertNotEquals(linker.group(asserted), linker.group(spec("d", "d1", "S").actors(BLINKEN, SOMALIA).event()));
        // Sectors do not: the government and the country are one side.
        assertEquals(linker.group(asserted), linker.group(spec("e", "d1", "S").actors(
                new org.dyad.model.Actor("the United States", "USA", "USA", null, "United States"), LAVROV).event()));
    }

    @Test
    void idsAndEventsDoNotDependOnTheOrderOfReports() {
        List<Report> reports = new ArrayList<>(List.of(
                spec("r1", "a", "A").on(TUE).report(TUE),
                spec("r2", "b", "B").byPublication(WED).report(WED),
                spec("r3", "c", "C").byPublication(WED.plusDays(1)).report(WED.plusDays(1)),
                spec("r4", "d", "D").on(TUE.plusWeeks(1)).report(TUE.plusWeeks(1)),
                spec("r5", "e", "E").byPublication(TUE.plusDays(20)).report(TUE.plusDays(20)),
                spec("r6", "f", "F").byPublication(TUE.plusDays(22)).report(TUE.plusDays(22)),
                spec("r7", "g", "G").byPublication(TUE.plusDays(24)).report(TUE.plusDays(24)),
                spec("r8", "h", "H").on(LocalDate.of(2022, 3, 1)).precision(Precision.MONTH).report(TUE.plusDays(30)),
                spec("r9", "i", "I").undated().report(null),
                spec("r10", "i", "I").undated().sentence(3, "They also spoke.").report(null),
                spec("r11", "j", "J").undated().report(null),
                spec("r12", "k", "K").actors(LAVROV, BLINKEN).on(TUE).report(WED)));
        Map<String, List<String>> expected = membership(link(reports));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, random);
            assertEquals(expected, membership(link(reports)));
        }
        // r5 (20th) starts a run that takes r6 (22nd); r7 (24th) starts another.
        Map<String, String> eventOf = new HashMap<>();
        expected.forEach((id, rs) -> rs.forEach(r -> eventOf.put(r, id)));
        assertEquals(eventOf.get("r5"), eventOf.get("r6"));
        assertNotEquals(eventOf.get("r6"), eventOf.get("r7"));
        assertEquals(eventOf.get("r9"), eventOf.get("r10"), "undated reports of one article are one event");
        assertNotEquals(eventOf.get("r9"), eventOf.get("r11"), "but not across articles");
        assertEquals(eventOf.get("r1"), eventOf.get("r12"));
        assertEquals(eventOf.get("r1"), eventOf.get("r3"), "published two days after the call it tells of");
    }

    @Test
    void theIdComesFromTheDyadTypeAndDateNotFromTheFirstArticle() {
        List<LinkedEvent> one = link(List.of(spec("r1", "a", "A").on(TUE).report(TUE)));
        List<LinkedEvent> other = link(List.of(spec("x9", "zz", "Z").on(TUE).actors(LAVROV, BLINKEN).report(WED)));
        assertEquals(one.get(0).id(), other.get(0).id());
        assertEquals(RuleEventLinker.id(linker.group(one.get(0).event()), "day:" + TUE), one.get(0).id());
        assertEquals("ev-", one.get(0).id().substring(0, 3));
    }

    @Test
    void aReportDatedByPublicationJoinsTheLatestCallInTheDaysBefore() {
        LocalDate thu = TUE.plusDays(2);
        List<LinkedEvent> events = link(List.of(
                spec("r1", "a", "A").on(TUE).report(TUE),
                spec("r2", "b", "B").on(WED).report(WED),
                spec("r3", "c", "C").byPublication(thu).report(thu)));
        assertEquals(2, events.size());
        LinkedEvent wed = events.stream().filter(e -> e.event().date().date().equals(WED)).findFirst().orElseThrow();
        assertEquals(List.of("r2", "r3"), wed.reports().stream().map(Report::id).toList());
    }

    @Test
    void aMonthJoinsItsOnlyAnchoredEventAndStaysApartWhenThereAreTwo() {
        Report month = spec("m", "m", "M").on(LocalDate.of(2022, 2, 1)).precision(Precision.MONTH).report(LocalDate.of(2022, 3, 2));
        List<LinkedEvent> one = link(List.of(spec("r1", "a", "A").on(TUE).report(TUE), month));
        assertEquals(1, one.size());
        List<LinkedEvent> two = link(List.of(spec("r1", "a", "A").on(TUE).report(TUE),
                spec("r2", "b", "B").on(TUE.plusWeeks(1)).report(TUE.plusWeeks(1)), month));
        assertEquals(3, two.size());
        LinkedEvent m = two.stream().filter(e -> e.event().date().precision() == Precision.MONTH).findFirst().orElseThrow();
        assertEquals(List.of("m"), m.reports().stream().map(Report::id).toList());
    }

    @Test
    void differentKnownPlacesAreDifferentEventsAndAnUnknownPlaceJoinsTheOnlyKnownOne() {
        Location geneva = new Location("Geneva", "Geneva", "CHE", null, null, "city");
        Location vienna = new Location("Vienna", "Vienna", "AUT", null, null, "city");
        List<LinkedEvent> apart = link(List.of(spec("r1", "a", "A").on(TUE).at(geneva).report(TUE),
                spec("r2", "b", "B").on(TUE).at(vienna).report(TUE)));
        assertEquals(2, apart.size());
        List<LinkedEvent> joined = link(List.of(spec("r1", "a", "A").on(TUE).at(geneva).report(TUE),
                spec("r2", "b", "B").on(TUE).report(TUE)));
        assertEquals(1, joined.size());
        assertEquals(geneva, joined.get(0).event().location());
    }

    @Test
    void aWholeCountryIsCompatibleWithAnyPlaceInItAndTheCityIsKept() {
        Location sudan = new Location("Sudan", "Sudan", "SDN", null, null, Location.COUNTRY);
        Location khartoum = new Location("Khartoum", "Khartoum", "SDN", 15.5, 32.53, Location.CITY);
        Location geneva = new Location("Geneva", "Geneva", "CHE", null, null, Location.CITY);
        List<LinkedEvent> joined = link(List.of(spec("r1", "a", "A").on(TUE).at(sudan).report(TUE),
                spec("r2", "b", "B").on(TUE).at(khartoum).report(TUE)));
        assertEquals(1, joined.size(), "'in Sudan' may be the same event as 'in Khartoum'");
        assertEquals(khartoum, joined.get(0).event().location(), "the more precise place of the two");
        List<LinkedEvent> apart = link(List.of(spec("r1", "a", "A").on(TUE).at(khartoum).report(TUE),
                spec("r2", "b", "B").on(TUE).at(geneva).report(TUE)));
        assertEquals(2, apart.size(), "two cities are two places");
    }

    @Test
    void actorlessReportsAreNeverLinked() {
        Event a = spec("a", "d1", "S").event();
        Event noActors = new Event("x", a.date(), a.type(), a.mode(), a.cameo(), 1, 1, Modality.ASSERTED, List.of(), List.of(),
                null, a.mentions(), null);
        assertEquals("alone|x", linker.group(noActors));
        assertNull(linker.link("g", List.of()).stream().findFirst().orElse(null));
    }
}
