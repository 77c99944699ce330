package org.dyad.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audits persons.txt against the coverage its header promises: for each required country, the
 * head of state, the head of government (where a separate office), the foreign and defence
 * ministers, an intelligence chief and the ambassador to the UN, on every day from 2000-01-01 to
 * 2026-06-30. A gap between terms of up to {@link #TOLERATED_DAYS} days (an interregnum, an unknown
 * exact day) is tolerated; longer gaps fail unless allow-listed below with the reason.
 */
class PersonsCoverageTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    /** Longest tolerated gap: a government formed after an election, a post filled months late. */
    private static final int TOLERATED_DAYS = 120;

    /** The kinds of office the header promises, classified from the free-text office field. */
    enum Kind { PRESIDENT, MONARCH, SUPREME_LEADER, HEAD_OF_GOVERNMENT, FOREIGN, DEFENCE, INTELLIGENCE, UN }

    /** Which kinds a country must cover: its head of state's kind, and the rest. */
    private record Required(String country, Kind headOfState, boolean headOfGovernment, LocalDate governmentUntil) {
    }

    /** A gap left on purpose, with the reason. */
    private record Allowed(String country, Kind kind, LocalDate from, LocalDate to, String reason) {
    }

    private static final List<Required> REQUIRED = List.of(
            // G20 members (the EU and the African Union are bodies, audited elsewhere if at all)
            req("ARG", Kind.PRESIDENT, false),
            // Australia and Canada: the head of state is the British monarch, listed under GBR
            req("AUS", null, true),
            req("BRA", Kind.PRESIDENT, false),
            req("CAN", null, true),
            req("CHN", Kind.PRESIDENT, true),
            req("DEU", Kind.PRESIDENT, true),
            req("FRA", Kind.PRESIDENT, true),
            req("GBR", Kind.MONARCH, true),
            req("IDN", Kind.PRESIDENT, false),
            req("IND", Kind.PRESIDENT, true),
            req("ITA", Kind.PRESIDENT, true),
            req("JPN", Kind.MONARCH, true),
            req("KOR", Kind.PRESIDENT, true),
            req("MEX", Kind.PRESIDENT, false),
            req("RUS", Kind.PRESIDENT, true),
            // the King was also Prime Minister until 2022; the Crown Prince since
            req("SAU", Kind.MONARCH, true),
            // Turkey had a Prime Minister until the presidential system of 2018-07-09
            new Required("TUR", Kind.PRESIDENT, true, LocalDate.of(2018, 7, 9)),
            req("USA", Kind.PRESIDENT, false),
            req("ZAF", Kind.PRESIDENT, false),
            // and Ukraine, Israel, Iran and North Korea
            req("UKR", Kind.PRESIDENT, true),
            req("ISR", Kind.PRESIDENT, true),
            // Iran's head of state is the Supreme Leader; its President heads the government
            req("IRN", Kind.SUPREME_LEADER, false),
            req("PRK", Kind.SUPREME_LEADER, true));

    /** Gaps that remain, each with its reason. Keep this short and honest. */
    private static final List<Allowed> ALLOWED = List.of(
            allow("ARG", Kind.UN, "2000-11-23", "2005-01-04",
                    "Listre (verified from 2000-02-09 to 2000-11-22, when he last sat for Argentina in the Security Council) and Mayoral (verified from 2005-01-05): Listre's last day, Mayoral's first and whether anyone held the post between them not verified"),
            allow("ARG", Kind.UN, "2006-05-24", "2007-12-09",
                    "Mayoral (verified to his letter of 2006-05-23 as Permanent Representative) and Argüello (his nomination before the Senate committee in April 2007, Página/12 2007-04-23; his term is given from 2007-12-10): Mayoral's last day and Argüello's first not verified"),
            allow("BRA", Kind.INTELLIGENCE, "2023-01-02", "2023-05-29",
                    "vacancy: acting director Carneiro dismissed 2023-01-01, Corrêa appointed 2023-05-30"),
            allow("BRA", Kind.UN, "2016-07-01", "2016-10-31",
                    "between Patriota and Vieira (approved by the Senate on 2016-08-16, in post from the start of November 2016): the day Vieira took charge and the mission's head in between not verified"),
            allow("CHN", Kind.UN, "2017-10-01", "2018-01-29",
                    "chargé d'affaires between Liu Jieyi and Ma Zhaoxu"),
            allow("DEU", Kind.UN, "2002-01-01", "2002-11-10",
                    "vacancy: Kastrup left at the start of 2002 to become the Chancellor's foreign-policy adviser (Handelsblatt) and Pleuger, named after the September 2002 election, presented his credentials on 2002-11-11; the deputy who led the mission in between not verified"),
            allow("GBR", Kind.UN, "2020-03-02", "2020-08-05",
                    "vacancy: Jonathan Allen led the mission as chargé d'affaires (so styled on 2020-09-08, gov.uk) between Pierce, named to Washington in February 2020, and Woodward, announced on 2020-08-06; the days he took and handed over charge not verified"),
            allow("IDN", Kind.INTELLIGENCE, "2000-01-01", "2001-07-31",
                    "Maulani (BAKIN head sworn in 1998-09-16) and Arie Kumaat (named by Wahid): the day of their handover and Kumaat's last day before Hendropriyono not verified"),
            allow("IDN", Kind.UN, "2000-01-01", "2004-06-30",
                    "Indonesian UN ambassadors before Jenie: not yet filled: no term dates the author could vouch for"),
            allow("IDN", Kind.UN, "2021-01-01", "2021-10-24",
                    "Djani (in post for the Security Council term to 2020-12-31) and Nasir (sworn in on 2021-10-25): Djani's last day and who led the mission until Nasir arrived not verified"),
            allow("IDN", Kind.UN, "2024-10-21", "2025-08-24",
                    "chargé d'affaires between Nasir and Umar Hadi"),
            allow("ITA", Kind.UN, "2000-01-01", "2005-12-22",
                    "before Spatafora (first named as Permanent Representative on 2005-12-23, ANSA): Fulci, in post since 1993, spoke as the outgoing President of ECOSOC on 2000-01-27 (ECOSOC/5881), and Vento, in New York from the end of 1999 until his move to Washington by a later interview (federicoguiglia.com), is not found in post on a dated day; the changes of 2000 and about 2003 not dated"),
            allow("JPN", Kind.UN, "2002-05-08", "2002-09-29",
                    "Satoh (last statement found as Permanent Representative, 2002-05-07) and Haraguchi (first, 2002-09-30): the day of their handover not verified"),
            allow("MEX", Kind.UN, "2000-01-01", "2001-12-31",
                    "Navarrete, Fox's first UN ambassador (El Siglo de Torreón, 2003), and his predecessor: neither change of 2000-2001 dated; Aguilar Zínser, in New York from January 2002, presented his credentials on 2002-02-05 (La Jornada)"),
            allow("RUS", Kind.UN, "2004-03-10", "2004-07-11",
                    "vacancy: Lavrov became Foreign Minister on 2004-03-09 and Denisov, recommended in May 2004 (Vremya Novostei, 2004-05-13), took over in July; who led the mission in between not verified"),
            allow("SAU", Kind.INTELLIGENCE, "2005-01-27", "2005-10-21",
                    "vacancy: Nawwaf relieved at his request on 2005-01-26, no successor named until Muqrin's decree of 2005-10-22"),
            allow("TUR", Kind.UN, "2000-01-01", "2000-12-31",
                    "Turkish UN ambassador before Pamir: not yet filled: no term dates the author could vouch for"),
            allow("UKR", Kind.UN, "2000-09-01", "2002-04-04",
                    "Yelchenko (verified in post to the end of August 2000, when Kuchinsky was still his first deputy) and Kuchinsky (first reported as Permanent Representative on 2002-04-05; his seat in the Security Council in late 2001 does not show that he headed the mission): the day of their handover not verified"),
            allow("UKR", Kind.UN, "2005-11-20", "2007-03-31",
                    "Kuchinsky (last reported in post on 2005-11-19) and Sergeyev (April 2007): Kuchinsky's last day and who led the mission before Sergeyev not verified"),
            allow("PRK", Kind.FOREIGN, "2007-01-03", "2007-05-17",
                    "vacancy: Paek Nam Sun died in office, Pak Ui Chun appointed in May 2007"),
            allow("PRK", Kind.INTELLIGENCE, "2000-01-01", "2009-01-31",
                    "before the Reconnaissance General Bureau: Kim Jong Il was the de facto head of State Security until about 2003 and U Tong Chuk ran it as first vice director after that, so no one held the director's post"));

    private static Required req(String country, Kind headOfState, boolean headOfGovernment) {
        return new Required(country, headOfState, headOfGovernment, END);
    }

    private static Allowed allow(String country, Kind kind, String from, String to, String reason) {
        return new Allowed(country, kind, LocalDate.parse(from), LocalDate.parse(to), reason);
    }

    /** The kinds an office string names: "Crown Prince and Minister of Defence" is DEFENCE. */
    static Set<Kind> classify(String office, String sector) {
        String o = office.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").replace("defense", "defence")
                .replaceAll("\\s+", " ").strip();
        if (o.startsWith("acting ") || o.startsWith("interim ")) {
            o = o.substring(o.indexOf(' ') + 1);
        }
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        if (o.contains("deputy") || o.contains("vice ") || o.contains("spokes") || o.contains("advis")) {
            return out;
        }
        if (sector.equals("SPY")) {
            out.add(Kind.INTELLIGENCE);
            return out;
        }
        if (o.contains("ambassador to the united nations") || o.contains("permanent representative to the united nations")) {
            out.add(Kind.UN);
        }
        if (o.equals("president") || o.equals("president of the republic")) {
            out.add(Kind.PRESIDENT);
        }
        if (o.matches("(king|queen|emperor|emir)\\b.*")) {
            out.add(Kind.MONARCH);
        }
        if (o.equals("supreme leader") || o.equals("chairman of the national defence commission")) {
            out.add(Kind.SUPREME_LEADER);
        }
        if (o.contains("prime minister") || o.equals("premier") || o.equals("chancellor")) {
            out.add(Kind.HEAD_OF_GOVERNMENT);
        }
        boolean minister = o.contains("minister") || o.contains("secretary");
        if (minister && (o.contains("foreign") || o.contains("external affairs") || o.contains("international relations"))
                || o.equals("foreign secretary") || o.equals("secretary of state")) {
            out.add(Kind.FOREIGN);
        }
        if (minister && o.contains("defence") && !o.contains("council") || minister && o.contains("armed forces")
                || o.equals("director general of the defence agency")) {
            out.add(Kind.DEFENCE);
        }
        return out;
    }

    @Test
    void everyRequiredOfficeIsCoveredFrom2000() {
        List<Entry> persons = ActorDictionary.standard().persons();
        List<String> problems = new ArrayList<>();
        List<Allowed> used = new ArrayList<>();
        for (Required r : REQUIRED) {
            Map<Kind, LocalDate> kinds = new LinkedHashMap<>();
            if (r.headOfState() != null) {
                kinds.put(r.headOfState(), END);
            }
            if (r.headOfGovernment()) {
                kinds.put(Kind.HEAD_OF_GOVERNMENT, r.governmentUntil());
            }
            for (Kind k : List.of(Kind.FOREIGN, Kind.DEFENCE, Kind.INTELLIGENCE, Kind.UN)) {
                kinds.put(k, END);
            }
            for (Map.Entry<Kind, LocalDate> k : kinds.entrySet()) {
                List<Entry.Term> terms = persons.stream()
                        .filter(e -> r.country().equals(e.country()))
                        .filter(e -> classify(e.person().office(), e.sector()).contains(k.getKey()))
                        .map(Entry::person).sorted(Comparator.comparing(Entry.Term::from)).toList();
                for (LocalDate[] gap : gaps(terms, START, k.getValue())) {
                    long days = ChronoUnit.DAYS.between(gap[0], gap[1]) + 1;
                    if (days <= TOLERATED_DAYS) {
                        continue;
                    }
                    Allowed a = ALLOWED.stream().filter(x -> x.country().equals(r.country()) && x.kind() == k.getKey()
                            && !gap[0].isBefore(x.from()) && !gap[1].isAfter(x.to())).findFirst().orElse(null);
                    if (a != null) {
                        used.add(a);
                    } else {
                        problems.add(r.country() + " " + k.getKey() + ": nobody " + gap[0] + ".." + gap[1]
                                + " (" + days + " days)");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " gaps in persons.txt:\n" + String.join("\n", problems));
        List<Allowed> stale = ALLOWED.stream().filter(a -> !used.contains(a)).toList();
        assertTrue(stale.isEmpty(), "allow-listed gaps that are now covered: " + stale);
    }

    /** The stretches of [start, end] no term covers, as inclusive [first, last] days. */
    static List<LocalDate[]> gaps(List<Entry.Term> sortedTerms, LocalDate start, LocalDate end) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate next = start;  // first day not yet known to be covered
        for (Entry.Term t : sortedTerms) {
            LocalDate to = t.to() == null ? LocalDate.MAX : t.to();
            if (t.from().isAfter(next)) {
                LocalDate last = t.from().minusDays(1).isAfter(end) ? end : t.from().minusDays(1);
                if (!last.isBefore(next)) {
                    out.add(new LocalDate[] {next, last});
                }
            }
            if (!to.isBefore(next)) {
                next = to == LocalDate.MAX ? LocalDate.MAX : to.plusDays(1);
            }
            if (next.isAfter(end)) {
                return out;
            }
        }
        out.add(new LocalDate[] {next, end});
        return out;
    }

    @Test
    void termsEndingBeforeTheyStartAreRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[persons]\n# a comment\n"
                + "Anna Kovac | f | SRB | GOV | Minister of Foreign Affairs | 2021-01-01 | 2020-12-31\n"
                + "Ivan Petrov | m | SRB | GOV | Minister of Defence | 2021-13-01 | -\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addUserFile(bad).build());
        assertEquals(2, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).startsWith(bad + ":3: term ends (2020-12-31) before it starts"), e.errors().get(0));
        assertTrue(e.errors().get(1).startsWith(bad + ":4: dates must be ISO"), e.errors().get(1));
    }

    @Test
    void classifierReadsTheOfficesAsWritten() {
        assertEquals(Set.of(Kind.FOREIGN), classify("Minister of Foreign Affairs", "GOV"));
        assertEquals(Set.of(Kind.FOREIGN), classify("Secretary of State", "GOV"));
        assertEquals(Set.of(), classify("Deputy Secretary of State", "GOV"));
        assertEquals(Set.of(Kind.DEFENCE), classify("Secretary of Defense (also styled Secretary of War)", "GOV"));
        assertEquals(Set.of(Kind.DEFENCE), classify("Minister of the Armed Forces", "GOV"));
        assertEquals(Set.of(), classify("Secretary of the National Security and Defense Council", "GOV"));
        assertEquals(Set.of(Kind.UN), classify("Acting Ambassador to the United Nations", "GOV"));
        assertEquals(Set.of(Kind.MONARCH, Kind.HEAD_OF_GOVERNMENT), classify("King and Prime Minister", "GOV"));
        assertEquals(Set.of(Kind.INTELLIGENCE), classify("Chief of the Defence Intelligence (HUR)", "SPY"));
        assertEquals(Set.of(Kind.HEAD_OF_GOVERNMENT),
                classify("Prime Minister (Acting President 2024-12-14 to 2024-12-27)", "GOV"));
        assertEquals(Set.of(), classify("Vice President", "GOV"));
        assertEquals(2, gaps(List.of(new Entry.Term("a", "", "x", LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1))),
                START, LocalDate.of(2003, 1, 1)).size());
    }
}
