package org.dyad.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Location;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.resolve.Part.Kind;

/**
 * Finds the actor phrases of an article's sentences, in order: dictionary forms, names the
 * dictionaries lack, pronouns and descriptions, grouped into noun phrases and linked as appositions,
 * possessors and coordinations. One instance reads one article, because a surname stands for the
 * full name given earlier in the same article.
 *
 * <p>It needs only words and tags, so it works on every sentence. CoreNLP's tags are trusted less
 * than the dictionaries: a multiword agent ("Secretary General") counts whatever the tag of its last
 * word, and a surname counts whatever its tag.
 */
final class PhraseFinder {

    static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    static final Set<String> NEUTER = Set.of("it", "its", "itself");
    static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Map<String, String> HONORIFICS = Map.of("mr", "m", "mr.", "m", "mrs", "f", "mrs.", "f",
            "ms", "f", "ms.", "f", "miss", "f", "dr", "", "dr.", "");
    /** Capitalised words that are never part of a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "a", "an", "but", "and", "on", "in", "at", "i",
            "he", "she", "it", "they", "we", "his", "her", "its", "their", "this", "that", "reuters", "afp", "ap");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    /** Singular nouns by which "the city" refers back to a town named before (see {@code DictionaryResolver}). */
    private static final Set<String> TOWN_NOUNS = Set.of("city", "town");
    /** Prepositions after which a country or body still belongs to the agent noun before it. */
    private static final Set<String> POST_PREPOSITIONS = Set.of("of", "from", "for", "to");
    /**
     * Prepositions that make a capital or a place of places.txt a location ("a hospital in Kabul",
     * "protests outside the Kremlin", "fighting around Bakhmut").
     */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around");
    /**
     * Sectors of agent nouns that a capital or place after "in" or "at" places in its country
     * ("officials in Moscow" are Russian officials, "a school in Mariupol" is Ukraine's). Armed actors,
     * envoys, refugees and visitors are left out: "troops in Kabul" and "refugees in Berlin" are often
     * another country's.
     */
    private static final Set<String> RESIDENT_SECTORS = Set.of("GOV", "COP", "JUD", "LEG", "OPP", "PTY", "PRO",
            "CVL", "MED", "BUS", "LAB", "HLH", "EDU", "REL", "ETH", "FTH", "AGR", "ENV");
    /**
     * Missions, envoys and visitors that a capital or place after them only locates: "the embassy in
     * Kabul" and "the envoy in Kyiv" may be anyone's. A hospital or school there is the country's.
     */
    private static final Set<String> LOCATED_ONLY = Set.of("embassy", "embassies", "consulate", "consulates",
            "ambassador", "ambassadors", "envoy", "envoys", "special envoy", "consul", "consuls", "tourists",
            "counterpart", "counterparts");
    /**
     * Nouns that may follow a place's name as part of the place ("the Kharkiv Oblast", "Tigray
     * Region"); any other proper noun after it makes the place part of a name ("New York Times").
     */
    private static final Set<String> PLACE_NOUNS = Set.of("oblast", "region", "province", "governorate", "state",
            "district", "county", "city", "valley", "prefecture", "raion", "territory");
    /** Sectors of ethnic and religious communities, which the country they live in codes (CAMEO). */
    static final Set<String> COMMUNAL_SECTORS = Set.of("ETH", "FTH", "REL");
    private static final Set<String> PLEONASTIC_VERBS = Set.of("be", "seem", "appear", "remain", "become");
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "whether", "to", "if", "how", "why", "when", "what");
    /**
     * Economic and statistical nouns that a country name modifies without acting ("Turkey prices",
     * "Japan stocks", "China exports"): such a country is not an actor. Action nouns ("Israel
     * strikes") are left out, as their country usually is the one acting.
     */
    private static final Set<String> MEASURED = Set.of("price", "prices", "market", "markets", "economy", "stock",
            "stocks", "share", "shares", "bond", "bonds", "yield", "yields", "currency", "inflation", "growth", "output",
            "exports", "imports", "tourism", "weather", "rates", "unemployment", "gdp", "equities", "futures");

    private final ActorDictionary dictionary;
    private final LocalDate date;
    /** Whether the article names both Koreas, so that "the North" and "the South" are they. */
    private boolean koreas;
    /** Surnames (accent-folded) of persons named in full earlier in the article, to their full-name part. */
    private final Map<String, Part> surnames = new HashMap<>();
    /** Whether the article has named a warship by its navy's prefix ("USS Gerald R. Ford"). */
    private boolean warshipNamed;

    PhraseFinder(ActorDictionary dictionary, LocalDate date) {
        this.dictionary = dictionary;
        this.date = date;
    }

    /**
     * Reads "the North" and "the South" as North and South Korea, as news on the peninsula does once
     * it has named both; elsewhere they are regions of a country ("fighting in the North").
     */
    PhraseFinder koreas() {
        koreas = true;
        return this;
    }

    /** The phrases of the next sentence of the article. */
    List<Phrase> phrases(Sentence s) {
        List<Phrase> phrases = group(s, match(s));
        link(s, phrases);
        for (Phrase p : phrases) {
            p.aside = aside(s, p);
            int k = p.begin() - (p.begin() > 0 && s.token(p.begin() - 1).lemma().equals("the") ? 2 : 1);
            p.located = p.parts.size() == 1 && p.parts.get(0).kind() == Kind.COUNTRY && k >= 0
                    && LOCATIVE.contains(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        learnNames(phrases);
        return phrases;
    }

    /** Participles whose "by" phrase names a go-between: "a truce mediated by Qatar". */
    private static final Set<String> MEDIATED = Set.of("mediated", "brokered", "facilitated");

    /**
     * Whether a phrase is one country named by the way (see {@link Phrase#aside}): after "border
     * with", or after "mediated by" and the like, perhaps as a later member of a coordination
     * ("mediated by Qatar and Egypt").
     */
    private static boolean aside(Sentence s, Phrase p) {
        if (p.parts.size() != 1 || p.parts.get(0).kind() != Kind.COUNTRY) {
            return false;
        }
        int k = p.begin() - 1;
        while (k >= 1 && (s.token(k).lemma().equals("the") || s.token(k).word().equals(",") || s.token(k).lemma().equals("and")
                || s.token(k).isProperNoun())) {
            k--;  // "mediated by Egypt, Qatar and the United States"
        }
        if (k < 1) {
            return false;
        }
        String w = s.token(k).word().toLowerCase(Locale.ROOT);
        String before = s.token(k - 1).word().toLowerCase(Locale.ROOT);
        return w.equals("with") && (before.equals("border") || before.equals("frontier"))
                || w.equals("by") && MEDIATED.contains(before);
    }

    // ---- matching ----

    /** Navy prefixes of ship names and the navy's country: "USS Gerald R. Ford", "HMS Prince of Wales". */
    // not "INS": also the US Immigration and Naturalization Service ("INS Commissioner James Ziglar")
    private static final Map<String, String> SHIP_PREFIXES = Map.of("USS", "USA", "HMS", "GBR",
            "HMAS", "AUS", "HMCS", "CAN", "HMNZS", "NZL", "ROKS", "KOR");
    /**
     * Nouns for a ship that, after "the", stand for the warship named before ("the carrier"); not
     * "the ship" or "the vessel", which as often mean a merchant ship the warship escorts.
     */
    private static final Set<String> SHIP_NOUNS = Set.of("carrier");

    /**
     * A warship named with its navy's prefix ("USS Gerald R. Ford", "HMS Prince of Wales"): the
     * prefix as its country and the name as the agent "warship", so that the ship is its navy's
     * (USAMIL) as "a US warship" is; empty when no such name starts at {@code i}.
     */
    private List<Part> warshipAt(Sentence s, int i) {
        String country = SHIP_PREFIXES.get(s.token(i).word());
        Entry flag = dictionary.byCode(country);
        Entry warship = dictionary.lookup("warship").stream().filter(e -> e.kind() == Entry.Kind.AGENT).findFirst().orElse(null);
        int end = i + 1;
        while (end < s.tokens().size() && (s.token(end).isProperNoun() || s.token(end).word().equals("of")
                && end + 1 < s.tokens().size() && s.token(end + 1).isProperNoun())) {
            end++;  // "Gerald R. Ford", "Prince of Wales"
        }
        if (flag == null || warship == null || end == i + 1) {
            return List.of();
        }
        warshipNamed = true;
        Entry prefix = new Entry(Entry.Kind.ADJECTIVE, country, null, null, flag.entity(), null, "navy prefix " + s.token(i).word());
        return List.of(Part.of(prefix, i, i + 1, false), Part.of(warship, i + 1, end, false));
    }

    /**
     * "The USS Gerald R. Ford arrived ... The carrier will stay": after a warship named with its
     * prefix, "the carrier" is the agent "warship", which then takes that ship's
     * navy as the same noun named before does; else {@code null}.
     */
    private Part shipDescribed(Sentence s, int i) {
        Token t = s.token(i);
        if (!warshipNamed || i == 0 || !SHIP_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                || !s.token(i - 1).lemma().equals("the") || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()) {
            return null;
        }
        return dictionary.lookup("warship").stream().filter(e -> e.kind() == Entry.Kind.AGENT).findFirst()
                .map(e -> Part.of(e, i, i + 1, false)).orElse(null);
    }

    private List<Part> match(Sentence s) {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < s.tokens().size()) {
            int water = waterBody(s, i);
            if (water > i) {
                i = water;  // "the Gulf of Aden", "the Sea of Japan": a body of water, not the city or country
                continue;
            }
            List<Part> ship = warshipAt(s, i);
            if (!ship.isEmpty()) {
                out.addAll(ship);  // "the USS Gerald R. Ford": the navy's warship
                i = ship.get(1).end();
                continue;
            }
            Part p = s.token(i).lemma().equals("party") ? descriptionAt(s, i) : null;  // "both parties": the two sides
            if (p == null) {
                p = dictionaryAt(s, i);
            }
            if (p == null) {
                p = halfOfKorea(s, i);
            }
            if (p != null && (p.kind() == Kind.COUNTRY || p.isLocation()) && p.end() == i + 1
                    && givenName(s, i)) {
                p = nameAt(s, i, out);  // "Jordan Blake", "Paris Hilton": a given name, not a place
            }
            Part address = qualifiedPlace(s, i, p);
            if (address != null) {
                p = address;  // "Tripoli, Lebanon": the town of that country, the country no actor of its own
            }
            if (p != null && (p.kind() == Kind.PLACE || p.kind() == Kind.CAPITAL && oneWord(s, p)
                    || p.kind() == Kind.COUNTRY && articleOnly(s, p)) && inName(s, p.end())) {
                // "the New York Times", "the Washington Post", "the Emirates Airline": the place, or a
                // country's name that needs its article, begins a longer name, no actor ("the Kenya
                // Wildlife Service" is Kenya's, though)
                int end = p.end();
                while (end < s.tokens().size() && (s.token(end).tag().equals("POS")
                        || nameToken(s, end) && (end == p.end() || dictionaryAt(s, end) == null))) {
                    end++;
                }
                i = end;
                continue;
            }
            if (p != null && (p.isLocation() || theCountry(s, p)) && accordAfter(s, p.end()) > 0) {
                i = accordAfter(s, p.end());  // "the Minsk agreements", "the Paris climate accord": a name, no actor
                continue;
            }
            if (p != null && p.kind() == Kind.ORGANIZATION && longerName(s, p, out)) {
                int begin = p.begin();
                out.removeIf(q -> q.kind() == Kind.NAME && q.end() == begin);
                Part spelled = spelledOtherwise(s, p);
                Part longer = spelled != null ? spelled : unknownBody(s, p);
                out.removeIf(q -> q.end() > longer.begin());
                out.add(longer);  // "Kata'ib Hizbollah", "Harakat Hezbollah al-Nujaba": another body, not the one it names
                i = longer.end();
                continue;
            }
            if (p != null && p.kind() == Kind.AGENT && hostageComplement(s, p)) {
                i = p.end();  // "took 20 soldiers hostage": what the soldiers became, not who they are
                continue;
            }
            if (p != null && p.kind() == Kind.ADJECTIVE && compassPart(s, p)) {
                i = p.end();  // "western Ukraine", "Western Europe": a part of a place, not the West
                continue;
            }
            if (p != null && p.kind() == Kind.ADJECTIVE && settlementName(s, p) >= 0
                    && anotherCountry(s, p, settlementName(s, p))) {
                i = p.end();  // "the Serbian province of Kosovo": the place, and any party, is Kosovo, named after "of"
                continue;
            }
            Part town = p != null && p.kind() == Kind.ADJECTIVE ? namedTown(s, p) : null;
            if (town != null) {
                p = town;  // "the Bosnian town of Srebrenica": the town, which the adjective only places
            }
            if (p != null && p.kind() == Kind.ADJECTIVE) {
                p = ethnic(s, p, out.isEmpty() ? null : out.get(out.size() - 1));
            }
            if (p != null && p.kind() == Kind.AGENT) {
                p = former(s, p);
            }
            if (p != null && (p.kind() == Kind.COUNTRY || p.kind() == Kind.PLACE) && endsWithOneOf(s, p.end(), MEASURED)) {
                i = p.end();  // "Turkey prices rose": the country names what is measured, it does not act
                continue;
            }
            if (p != null && (p.kind() == Kind.COUNTRY || p.kind() == Kind.PLACE) && structureNamed(s, p.end())) {
                i = p.end() + 1;  // "the Europe Bridge", "Palestine Square": a structure named after it, no actor
                continue;
            }
            if (p != null && p.kind() != Kind.AGENT && p.kind() != Kind.PERSON && modifierOfCompound(s, p.end())
                    && !ledBy(s, p.end()) && !runBy(s, p.end())) {
                i = p.end() + 2;  // "the Lebanon-based group", "Iran-backed militias": the name only qualifies the noun
                continue;
            }
            if (p != null && p.kind() == Kind.AGENT && partyCompound(s, p)) {
                i = p.end();  // "third-party mediation", "cross-party talks": a kind of thing, no party
                continue;
            }
            if (p != null && p.kind() == Kind.AGENT && firstOfCompound(s, p.end())) {
                i = p.end() + 2;  // "hostage-takers", "refugee-smugglers": the agent noun only qualifies the noun after it
                continue;
            }
            if (p != null && p.kind() == Kind.AGENT && disputants(s, p)) {
                i = p.end();  // "urged all parties to show restraint": the parties to a dispute, not political ones
                continue;
            }
            if (p != null && p.kind() == Kind.AGENT && container(s, p, out)) {
                i = p.end();  // "fuel tanks", "oil storage tanks": a container, not armour
                continue;
            }
            if (p == null) {
                p = headOf(s, i);
            }
            if (p == null) {
                p = ledGroup(s, i, out);
            }
            if (p != null && p.kind() == Kind.AGENT && endsWithOneOf(s, p.end(), TOPICS)) {
                i = p.end();  // "an intelligence report", "police reform": the agent noun names a topic
                continue;
            }
            if (p == null) {
                p = surnameAt(s, i);
            }
            if (p == null) {
                p = nameAt(s, i, out);
            }
            if (p == null) {
                p = pronounAt(s, i);
            }
            if (p == null) {
                p = descriptionAt(s, i);
            }
            if (p == null) {
                p = shipDescribed(s, i);
            }
            if (p == null) {
                i++;
                continue;
            }
            if (p.kind() == Kind.PERSON && p.end() - p.begin() > 1) {
                learnSurname(span(s, p.begin(), p.end()), p);
            }
            // a part that reaches back ("its direct involvement" after "its") replaces what it covers
            int begin = p.begin();
            out.removeIf(q -> q.end() > begin);
            out.addAll(members(s, p));
            i = Math.max(p.end(), i + 1);
        }
        // "Vice Foreign Minister": a capitalised word right before a title is part of the title.
        out.removeIf(p -> p.kind() == Kind.NAME && out.stream().anyMatch(q -> q.begin() == p.end()
                && (q.kind() == Kind.AGENT || q.isOwner())));
        return out;
    }

    /** The halves of Korea that "the North" and "the South" name (see {@link #koreas}). */
    private static final Map<String, String> KOREAS = Map.of("North", "PRK", "South", "KOR");

    /**
     * "the North", "the South" in an article on both Koreas: the country, unless a longer name goes
     * on ("the North Atlantic", "the South China Sea", "the North Korean leader") or an "of" says whose
     * north it is ("the North of Nigeria").
     */
    private Part halfOfKorea(Sentence s, int i) {
        int n = s.tokens().size();
        if (!koreas || i + 1 >= n || !s.token(i).lemma().equals("the")) {
            return null;
        }
        String code = KOREAS.get(s.token(i + 1).word());
        if (code == null || i + 2 < n && (s.token(i + 2).isNoun() || s.token(i + 2).tag().startsWith("JJ")
                || s.token(i + 2).word().equalsIgnoreCase("of"))) {
            return null;  // "the North of Nigeria" is a region of the country named after it
        }
        Entry e = dictionary.byCode(code);
        return e == null ? null : Part.of(new Entry(Entry.Kind.COUNTRY, code, null, null, e.entity(), null,
                "rule: 'the " + s.token(i + 1).word() + "' in an article naming both Koreas"), i, i + 2, false);
    }

    /**
     * "the Baltic states", "the Nordic countries": a form of countries.txt that names a fixed group
     * stands for each member, one part each over the same words; any other part stands alone.
     */
    private List<Part> members(Sentence s, Part p) {
        if (p.kind() != Kind.COUNTRY || p.entry() == null) {
            return List.of(p);
        }
        // the members come from one line; a user's line for the same form replaces them (see choose)
        List<Entry> entries = dictionary.lookup(span(s, p.begin(), p.end())).stream()
                .filter(e -> e.kind() == Entry.Kind.COUNTRY && e.origin().equals(p.entry().origin())).toList();
        if (entries.stream().map(Entry::country).distinct().count() < 2) {
            return List.of(p);
        }
        return entries.stream().map(e -> Part.of(e, p.begin(), p.end(), p.plural())).toList();
    }

    /** Nouns for a league of states that "X-led" gives to its leader. */
    private static final Set<String> LED_GROUPS = Set.of("coalition", "alliance");

    /**
     * "the Saudi-led coalition", "the Russian-led alliance": a league led by a state, whose noun ends
     * the phrase, is the leader's, as "NATO-led peacekeepers" are NATO's ({@link #ledBy}), with the
     * noun as its head. A coalition so led is one of armed forces ("the US-led coalition struck"),
     * an agent of sector MIL; an alliance is of no one sector, so the leader's part reaches over it.
     * Not a league led by a party or body ("the Likud-led coalition" governs), nor a longer noun
     * phrase ("coalition warplanes" is an agent of its own).
     */
    private static Part ledGroup(Sentence s, int i, List<Part> before) {
        Token t = s.token(i);
        String noun = t.word().toLowerCase(Locale.ROOT);
        Part leader = before.isEmpty() ? null : before.get(before.size() - 1);
        if (!LED_GROUPS.contains(noun) || !t.isNoun() || leader == null || leader.end() != i - 2
                || !ledBy(s, i - 2) || !leader.isPlace() || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()) {
            return null;
        }
        if (noun.equals("alliance")) {
            return leader.at(leader.begin(), i + 1);
        }
        Entry e = new Entry(Entry.Kind.AGENT, null, "MIL", null, noun, null, "rule: a state-led coalition");
        return Part.of(e, i, i + 1, false);
    }

    /** Words that may end an address "town, country": punctuation, or a preposition ("on Sunday"). */
    private static final Set<String> ADDRESS_ENDS = Set.of(",", ".", ";", ":", ")", "(", "-", "--", "—", "–");

    /**
     * "Tripoli, Lebanon", "Hyderabad, Pakistan", "Sloviansk, Donetsk region": a town followed by a
     * comma and a country or region (a place of places.txt) is in that country, as an address says;
     * the country or region there only says where, and is no actor of its own. Returns one place part
     * over the whole address, {@code null} when the words at {@code i} are no such address. The town
     * is a capital of countries.txt or a name the dictionaries lack, whose country the address
     * gives (a town of the same name in that country when the dictionary has one); a town of
     * places.txt, which holds only names no two countries share, keeps its own ("Atlanta, Georgia").
     * Not a list ("Paris, Berlin and Rome") nor a clause ("blamed Moscow, Ukraine said"): the
     * country must end the address, before punctuation, a preposition or the end of the sentence.
     */
    private Part qualifiedPlace(Sentence s, int i, Part p) {
        int n = s.tokens().size();
        int end = i;
        if (p != null) {
            end = p.isLocation() ? p.end() : i;
        } else {
            boolean located = i > 0 && (LOCATIVE.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))
                    || s.token(i - 1).word().equalsIgnoreCase("from"));
            while (end < n && nameToken(s, end) && !s.token(end).ner().equals("PERSON")
                    && (located || s.token(end).ner().equals("LOCATION")) && dictionaryAt(s, end) == null) {
                end++;
            }
        }
        if (end == i || end + 1 >= n || !s.token(end).word().equals(",")
                || i > 0 && s.token(i - 1).word().equals(",")) {
            return null;
        }
        Part where = dictionaryAt(s, end + 1);
        Location area = where == null || where.kind() != Kind.PLACE ? null : dictionary.location(where.entry());
        boolean regionNoun = where != null && where.end() < n
                && PLACE_NOUNS.contains(s.token(where.end()).word().toLowerCase(Locale.ROOT));
        boolean region = area != null && (Location.REGION.equals(area.precision()) || regionNoun);
        if (where == null || where.kind() != Kind.COUNTRY && !region) {
            return null;
        }
        int stop = where.end();
        if (region && regionNoun) {
            stop++;  // "Sloviansk, Donetsk region"
        }
        // "In Beijing, China on Monday warned ...": where the parser makes the country no dependent of
        // the town, it is the clause's own
        int head = stop - 1;
        if (s.parsed() && (s.head(head) < i || s.head(head) >= end)) {
            return null;
        }
        if (stop < n && !ADDRESS_ENDS.contains(s.token(stop).word()) && !s.token(stop).tag().equals("IN")
                || stop + 2 < n && s.token(stop).word().equals(",") && s.token(stop + 1).tag().equals("CC")
                        && !s.token(stop + 2).isVerb()) {
            return null;
        }
        Entry e = townEntry(p, span(s, i, end), where.entry().country(), "rule: town, country");
        return Part.of(e, i, stop, false);
    }

    /**
     * The place that a town's name stands for where its country is given ("Tripoli, Lebanon", "the
     * Lebanese town of Tripoli"): the place of places.txt its words matched ({@code known}, which
     * keeps its own country), else a place of that name in the country, else a new place there. A
     * capital named so is the city, not its government.
     */
    private Entry townEntry(Part known, String town, String country, String origin) {
        if (known != null && known.entry().kind() == Entry.Kind.PLACE) {
            return known.entry();
        }
        return dictionary.lookup(town).stream().filter(x -> x.kind() == Entry.Kind.PLACE && country.equals(x.country()))
                .findFirst().orElse(new Entry(Entry.Kind.PLACE, country, null, null, town, null, origin));
    }

    /** Nouns for a settlement or area that a nationality adjective places: "the Syrian city of Aleppo". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "port", "capital", "province",
            "region", "district", "enclave", "island", "suburb", "township");

    /**
     * "the Bosnian town of Srebrenica", "the Ukrainian port city of Odesa", "the Syrian border town of
     * Kobani": a country's adjective before a settlement noun (perhaps after one other noun) and "of"
     * with a name places that town in the country; the phrase is the town, a place, not the country
     * as a party. Only a state's adjective, capitalised, places a town. Returns one place part from the
     * adjective to the name's end, {@code null} when the words after the adjective are no such phrase.
     */
    private Part namedTown(Sentence s, Part adjective) {
        int n = s.tokens().size();
        int begin = settlementName(s, adjective);
        if (begin < 0 || anotherCountry(s, adjective, begin)) {
            return null;
        }
        Part known = dictionaryAt(s, begin);
        int end = begin;
        if (known != null && known.begin() == begin && known.isLocation()) {
            end = known.end();
        } else {
            known = null;
            while (end < n && nameToken(s, end) && !s.token(end).ner().equals("PERSON")) {
                end++;
            }
        }
        Token word = s.token(adjective.end() - 1);
        if (end == begin || !capitalised(word) || !dictionary.hasCapital(adjective.entry().country())) {
            return null;  // "the western province of Herat" names no state
        }
        Entry e = townEntry(known, span(s, begin, end), adjective.entry().country(), "rule: the X town of Y");
        return Part.of(e, adjective.begin(), end, false);
    }

    /**
     * Where the name begins after a country's adjective, a settlement noun and "of" ("the Bosnian
     * town of Srebrenica", "the Ukrainian port city of Odesa"); -1 when the words are no such phrase.
     */
    private static int settlementName(Sentence s, Part adjective) {
        int n = s.tokens().size();
        int k = adjective.end();
        if (k + 1 < n && Character.isLowerCase(s.token(k).word().charAt(0)) && s.token(k).isNoun()
                && SETTLEMENTS.contains(s.token(k + 1).word().toLowerCase(Locale.ROOT))) {
            k++;  // "port city", "border town"
        }
        if (k + 2 >= n || !SETTLEMENTS.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                || !s.token(k + 1).lemma().equals("of")) {
            return -1;
        }
        return k + 2;
    }

    /**
     * Whether the name after "the ADJ province of" is a country of its own or a place of another
     * country ("the Serbian province of Kosovo", "the Chinese island of Taiwan").
     */
    private boolean anotherCountry(Sentence s, Part adjective, int begin) {
        Part known = dictionaryAt(s, begin);
        return known != null && known.begin() == begin && (known.kind() == Kind.COUNTRY
                || known.entry().country() != null && !known.entry().country().equals(adjective.entry().country()));
    }

    /**
     * "ethnic Albanians", "an ethnic Serb": a demonym after "ethnic" names an ethnic group, coded (as
     * in CAMEO) by the country it lives in, not by the country of its ethnicity. It becomes an agent
     * noun of sector ETH that remembers the ethnicity's country; the place comes from "in Serbia"
     * after it, or from the article (see {@code DictionaryResolver}). So does a plural demonym right
     * after another country's name or adjective ("Bosnian Serbs", "Kosovo Albanians": Serbs of
     * Bosnia, Albanians of Kosovo) or before "of" and a place ("the Albanians of southern Serbia").
     * A civic nationality after an ethnic adjective ("Turkish Cypriots", "Chinese Americans") names
     * the other way round and is left as it is.
     */
    private static Part ethnic(Sentence s, Part p, Part before) {
        int i = p.begin();
        Token demonym = s.token(p.end() - 1);
        boolean noun = demonym.isNoun() && (p.end() >= s.tokens().size() || !s.token(p.end()).isNoun());
        if (!noun) {
            return p;
        }
        boolean marked = i > 0 && s.token(i - 1).word().equalsIgnoreCase("ethnic");
        boolean plural = demonym.tag().endsWith("S") && Character.isUpperCase(demonym.word().charAt(0));
        boolean afterOther = before != null && before.end() == i && p.end() - i == 1
                && (before.kind() == Kind.ADJECTIVE || before.kind() == Kind.COUNTRY || before.kind() == Kind.PLACE)
                && before.entry().country() != null && !before.entry().country().equals(p.entry().country())
                && !CIVIC.contains(p.entry().country());
        boolean ofPlace = p.end() + 1 < s.tokens().size() && s.token(p.end()).lemma().equals("of")
                && (Character.isUpperCase(s.token(p.end() + 1).word().charAt(0))
                        || COMPASS.contains(s.token(p.end() + 1).word().toLowerCase(Locale.ROOT)));
        if (!marked && !(plural && (afterOther || ofPlace))) {
            return p;
        }
        int begin = marked ? i - 1 : i;
        String name = (marked ? "ethnic " : "") + span(s, i, p.end());
        Entry e = new Entry(Entry.Kind.AGENT, p.entry().country(), "ETH", null, name.toLowerCase(Locale.ROOT), null,
                p.entry().origin());
        return new Part(Kind.AGENT, begin, p.end(), e, e.entity(), "", demonym.tag().endsWith("S"));
    }

    /** Participles that make a name before a hyphen a modifier: "the Lebanon-based group", "Iran-backed militias". */
    private static final Set<String> COMPOUND_PARTICIPLES = Set.of("based", "backed", "led", "run", "aligned",
            "allied", "linked", "funded", "sponsored", "supported", "affiliated", "controlled", "held", "occupied",
            "dominated", "born", "made", "built", "owned", "operated", "leaning", "friendly", "style");

    /**
     * Whether an agent word the tagger read as an adjective heads a noun phrase all the same:
     * "Pakistan's military accused", "the military said", "its military" (after a possessive or an
     * article, with no noun or adjective after it), or before a finite verb ("the US military struck"),
     * unlike "military aid" or "in general".
     */
    private static boolean nounUse(List<Token> t, int i) {
        if (i == 0 || !t.get(i).tag().startsWith("JJ")) {
            return false;
        }
        Token before = t.get(i - 1);
        boolean determined = before.tag().equals("POS") || before.tag().equals("PRP$")
                || before.tag().equals("DT") && before.lemma().equals("the");
        Token after = i + 1 < t.size() ? t.get(i + 1) : null;
        if (after != null && Set.of("VBD", "VBZ", "VBP", "MD").contains(after.tag())) {
            return true;  // "the US military struck": an adjective does not end a subject before its verb
        }
        return determined && (after == null || !after.isNoun() && !after.tag().startsWith("JJ") && !after.tag().equals("HYPH"));
    }

    /** Words that make "party" after a hyphen part of an adjective: "third-party", "multi-party", "cross-party". */
    private static final Set<String> PARTY_COMPOUNDS = Set.of("third", "multi", "cross", "all", "one", "two", "single");

    private static boolean partyCompound(Sentence s, Part p) {
        int b = p.begin();
        return p.end() - b == 1 && s.token(b).word().toLowerCase(Locale.ROOT).startsWith("part") && b >= 2
                && s.token(b - 1).word().equals("-") && PARTY_COMPOUNDS.contains(s.token(b - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Participles that make the name before a hyphen the owner of the noun: "NATO-led peacekeepers". */
    private static final Set<String> LEADING = Set.of("led", "commanded");

    /**
     * Whether the tokens at {@code k} are a hyphen and "led" or "commanded" before a noun: "the
     * Saudi-led coalition", "NATO-led peacekeepers" are the forces of the one who leads them, as
     * CAMEO codes them, while "Iran-backed militias" are not Iran's.
     */
    private static boolean ledBy(Sentence s, int k) {
        return modifierOfCompound(s, k) && LEADING.contains(s.token(k + 1).word().toLowerCase(Locale.ROOT))
                && k + 2 < s.tokens().size() && s.token(k + 2).isNoun();
    }

    /** Participles that make the name before the hyphen the owner of what follows: "a Chinese-owned firm". */
    static final Set<String> OWNING = Set.of("run", "operated", "owned");

    /**
     * Whether the tokens at {@code k} are a hyphen and "run", "operated" or "owned" before an agent noun
     * or a facility: "the Hamas-run health ministry", "the US-run base", "a Russian-operated port" are
     * the named one's, as "the US base" is; "Iran-backed militias" are not Iran's.
     */
    private boolean runBy(Sentence s, int k) {
        if (!modifierOfCompound(s, k) || !OWNING.contains(s.token(k + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 2; j < s.tokens().size() && j < k + 5 && (s.token(j).isNoun() || s.token(j).tag().startsWith("JJ")); j++) {
            Part agent = dictionaryAt(s, j);
            if (agent != null && agent.kind() == Kind.AGENT
                    || DictionaryResolver.FACILITIES.contains(s.token(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens at {@code k} are a hyphen and one of {@link #COMPOUND_PARTICIPLES}. */
    private static boolean modifierOfCompound(Sentence s, int k) {
        return k + 1 < s.tokens().size() && s.token(k).word().equals("-")
                && COMPOUND_PARTICIPLES.contains(s.token(k + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the tokens at {@code k} are a hyphen written solid with the words around it and a
     * common noun: "hostage-takers", which the tokenizer splits, but not a dash between clauses
     * ("clashed with police - witnesses said").
     */
    private static boolean firstOfCompound(Sentence s, int k) {
        return k > 0 && k + 1 < s.tokens().size() && s.token(k).word().equals("-")
                && s.token(k).begin() == s.token(k - 1).end() && s.token(k + 1).begin() == s.token(k).end()
                && (s.token(k + 1).tag().equals("NN") || s.token(k + 1).tag().equals("NNS"))
                && Character.isLowerCase(s.token(k + 1).word().charAt(0));
    }

    /** Agent nouns that also name a container: "tank" is armour, but "fuel tanks" hold fuel. */
    private static final Set<String> CONTAINERS = Set.of("tank", "tanks");

    /**
     * "fuel tanks", "oil storage tanks", "water tanks": a container noun right after a common noun
     * of its own (not an agent or owner part: "army tanks") names what it holds, not armour.
     */
    private static boolean container(Sentence s, Part p, List<Part> before) {
        if (!CONTAINERS.contains(p.entry().entity()) || p.begin() == 0) {
            return false;
        }
        Token t = s.token(p.begin() - 1);
        boolean partBefore = !before.isEmpty() && before.get(before.size() - 1).end() == p.begin();
        return !partBefore && (t.tag().equals("NN") || t.tag().equals("NNS"))
                && Character.isLowerCase(t.word().charAt(0));
    }

    /** Words before a bare "parties" that make it the parties to a conflict or dispute: "all parties". */
    private static final Set<String> DISPUTING = Set.of("all", "any", "warring", "feuding");

    /** Whether an agent is a bare "party" or "parties" after {@link #DISPUTING}: no political party is meant. */
    private static boolean disputants(Sentence s, Part p) {
        return p.end() - p.begin() == 1 && s.token(p.begin()).lemma().equals("party") && p.begin() > 0
                && DISPUTING.contains(s.token(p.begin() - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Nouns for the one at the top of a body, an agent only before "of" and its owner: "the head of the IAEA". */
    private static final Set<String> HEADS = Set.of("head", "heads");

    /**
     * "the head of the IAEA", "head of Ukraine's military intelligence": "head" before "of" and a
     * country, body or agent noun is the body's leader, a GOV agent noun whose sector a complement
     * agent may change. Only then: "shot in the head", "the head of the queue" name no actor.
     */
    private Part headOf(Sentence s, int i) {
        Token t = s.token(i);
        if (!HEADS.contains(t.word().toLowerCase(Locale.ROOT)) || !t.isNoun() || i + 2 >= s.tokens().size()
                || !s.token(i + 1).lemma().equals("of")) {
            return null;
        }
        int k = i + 2;
        if (s.token(k).lemma().equals("the") && k + 1 < s.tokens().size()) {
            k++;
        }
        Part owner = dictionaryAt(s, k);
        if (owner == null && k > i + 2) {
            owner = dictionaryAt(s, k - 1);  // "the Kremlin"
        }
        if (owner == null || owner.kind() == Kind.PERSON) {
            return null;
        }
        boolean plural = t.tag().equals("NNS");
        Entry e = new Entry(Entry.Kind.AGENT, null, "GOV", null, plural ? "heads" : "head", null, "rule: head of");
        return new Part(Kind.AGENT, i, i + 1, e, e.entity(), "", plural);
    }

    /** Sectors of office: one who held such an office and no longer does is of the elite (ELI). */
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

    /**
     * "the former defence minister", "former Socialist prime minister", "an ex-general": an office
     * noun after "former" or "ex-" (perhaps with adjectives or names between) names one who left it,
     * coded as the elite (ELI), as agents.txt codes "former president".
     */
    private static Part former(Sentence s, Part p) {
        if (p.entry().sector() == null || !OFFICE_SECTORS.contains(p.entry().sector())) {
            return p;
        }
        for (int k = p.begin() - 1; k >= 0 && k >= p.begin() - 4; k--) {
            Token t = s.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("ex") || w.equals("ex-")) {
                Entry e = new Entry(Entry.Kind.AGENT, p.entry().country(), "ELI", p.entry().code(),
                        "former " + p.entry().entity(), null, p.entry().origin());
                return new Part(Kind.AGENT, p.begin(), p.end(), e, e.entity(), p.gender(), p.plural());
            }
            if (!(t.tag().startsWith("JJ") || t.tag().equals("NNP") || t.tag().equals("HYPH"))) {
                break;  // "the former" must qualify this noun: "a former soldier's minister" does not
            }
        }
        return p;
    }

    /**
     * Nouns for an agreement or a negotiation that a capital or place before them names: "the Minsk
     * agreements", "the Paris climate agreement", "the Astana talks", "the Vilnius summit".
     */
    private static final Set<String> ACCORDS = Set.of("agreement", "agreements", "accord", "accords", "treaty",
            "treaties", "convention", "conventions", "format", "process", "talks", "summit", "protocol", "protocols",
            "declaration", "deal", "pact", "charter", "conference", "statute", "memorandum", "communique", "framework",
            "roadmap", "ceasefire", "truce", "initiative", "consensus", "compact");

    /**
     * The token after an agreement noun of {@link #ACCORDS} that follows a capital or place at
     * {@code k}, perhaps after up to two lower-case modifiers ("climate", "peace") or a numeral
     * ("Minsk II agreement"); 0 when none follows. The place only names the agreement or the
     * meeting, it is no actor: "withdrew from the Paris climate agreement" is no act of France's.
     */
    private static int accordAfter(Sentence s, int k) {
        int n = s.tokens().size();
        for (int j = k; j < n && j <= k + 2; j++) {
            Token t = s.token(j);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (ACCORDS.contains(w) && t.isNoun()) {
                return j + 1;
            }
            boolean modifier = Character.isLowerCase(t.word().charAt(0))
                    && (t.tag().startsWith("JJ") || t.tag().equals("NN"));
            boolean numeral = t.word().matches("II|III|IV|2|3|-|–");
            if (!modifier && !numeral) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whether a country's name comes with "the" ("the Barbados agreement", where the article goes
     * with the agreement the country names, as in "the Netherlands agreement").
     */
    private static boolean theCountry(Sentence s, Part p) {
        return p.kind() == Kind.COUNTRY && (s.token(p.begin()).lemma().equals("the")
                || p.begin() > 0 && s.token(p.begin() - 1).lemma().equals("the"));
    }

    /**
     * Whether an organisation is the end of a longer name the dictionaries lack: right after a
     * capitalised proper noun that NER tags as it tags the organisation (not "O") and no other part covers
     * ("Kata'ib Hezbollah" is not Lebanon's Hezbollah).
     */
    private boolean longerName(Sentence s, Part p, List<Part> before) {
        int k = p.begin() - 1;
        if (k < 0 || s.token(p.begin()).lemma().equals("the")) {
            return false;
        }
        Token t = s.token(k);
        Part last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean covered = last != null && last.end() > k && last.kind() != Kind.NAME;
        return !covered && t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))
                && !t.ner().equals("O") && t.ner().equals(s.token(p.begin()).ner())
                && !NOT_NAMES.contains(t.word().toLowerCase(Locale.ROOT)) && dictionaryAt(s, k) == null;
    }

    /**
     * "Harakat Hezbollah al-Nujaba": a body the dictionaries lack whose name holds a known one's
     * (see {@link #longerName}), the capitalised words around it included. Nothing is known of it
     * but the sector of the body it is named after; it has no country, so its members are not the
     * article's country's.
     */
    private Part unknownBody(Sentence s, Part p) {
        int begin = p.begin();
        while (begin > 0 && begin > p.begin() - 3 && s.token(begin - 1).isProperNoun()
                && capitalised(s.token(begin - 1)) && dictionaryAt(s, begin - 1) == null) {
            begin--;
        }
        int end = p.end();
        int n = s.tokens().size();
        while (end < n && end < p.end() + 4) {
            if (s.token(end).isProperNoun() && dictionaryAt(s, end) == null) {
                end++;
            } else if (end > p.end() && end + 1 < n && s.token(end).word().equals("-") && attached(s, end)
                    && s.token(end + 1).isProperNoun()) {
                end += 2;  // "al-Nujaba", split by the tokenizer
            } else {
                break;
            }
        }
        String name = span(s, begin, end);
        String sector = p.entry().sector();
        Entry e = new Entry(Entry.Kind.ORGANIZATION, null, sector, sector, name, null,
                "rule: a body named after " + p.entry().entity());
        return Part.of(e, begin, end, false);
    }

    /**
     * "Kata'ib Hizbollah", "Kataib Hizbullah": a longer body's name that ends in a known one's
     * (see {@link #longerName}) written with another of that body's spellings: the words before it
     * with each form of the known body, up to three of them, the longest first; {@code null} when
     * no such body is in the dictionaries.
     */
    private Part spelledOtherwise(Sentence s, Part p) {
        List<String> forms = dictionary.formsOf(p.entry());
        for (int j = Math.max(0, p.begin() - 3); j < p.begin(); j++) {
            String prefix = span(s, j, p.begin());
            for (String form : forms) {
                Entry e = dictionary.lookup(prefix + " " + form).stream()
                        .filter(x -> x.kind() == Entry.Kind.ORGANIZATION).findFirst().orElse(null);
                if (e != null) {
                    return Part.of(e, j, p.end(), false);
                }
            }
        }
        return null;
    }

    /**
     * Whether "hostage" is the complement of "take" or "hold" after its object ("took 20 soldiers
     * hostage", "held them hostage"): the singular right after a plural noun or a pronoun.
     */
    private static boolean hostageComplement(Sentence s, Part p) {
        if (p.end() - p.begin() != 1 || p.begin() == 0
                || !s.token(p.begin()).word().equalsIgnoreCase("hostage")) {
            return false;
        }
        String tag = s.token(p.begin() - 1).tag();
        return tag.equals("NNS") || tag.equals("NNPS") || tag.equals("PRP");
    }

    /** Countries whose demonym is a civic nationality that ethnic adjectives qualify ("Turkish Cypriots"). */
    private static final Set<String> CIVIC = Set.of("CYP", "USA", "ISR", "CAN", "AUS", "GBR", "NZL", "BRA", "ARG");

    /**
     * Nouns that make an agent noun before them a topic rather than an actor: "an intelligence
     * report", "intelligence sharing", "police reform", "military spending", "government bonds".
     */
    private static final Set<String> TOPICS = Set.of("report", "reports", "sharing", "assessment", "assessments",
            "estimate", "estimates", "briefing", "briefings", "failure", "failures", "gathering", "reform", "reforms",
            "budget", "budgets", "spending", "expenditure", "bond", "bonds", "debt", "pension", "pensions", "salary",
            "salaries", "data", "documents", "files",
            // what arms are made of or traded as: "artillery ammunition", "drone parts", "tank deliveries"
            "ammunition", "shells", "rounds", "parts", "components", "production", "factory", "factories",
            "exports", "sales", "deliveries");

    private static final Set<String> COMPASS = Set.of("western", "eastern", "northern", "southern");

    /**
     * Whether a compass adjective ("Western", the region of countries.txt) names a part of a place:
     * written in lower case, or followed by a capitalised name ("western Ukraine", "Western Europe").
     */
    private static boolean compassPart(Sentence s, Part p) {
        String word = s.token(p.begin()).word();
        if (p.end() - p.begin() != 1 || !COMPASS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isLowerCase(word.charAt(0))
                || p.end() < s.tokens().size() && s.token(p.end()).isProperNoun();
    }

    /** Capitalised nouns that name a body of water after "of": "the Gulf of Oman", "the Strait of Hormuz". */
    private static final Set<String> WATERS = Set.of("gulf", "strait", "straits", "sea", "bay");

    /**
     * The end of "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal" when such a name begins at
     * {@code start}: the name after "of" names the water, which is no actor; -1 when none begins there.
     * The name ends before a word that begins a name of its own ("the Gulf of Aden Houthi officials
     * said": the Houthis are no part of the water).
     */
    private int waterBody(Sentence s, int start) {
        int k = s.token(start).word().equalsIgnoreCase("the") ? start + 1 : start;  // "the Gulf" is a name too
        if (k + 2 >= s.tokens().size() || !Character.isUpperCase(s.token(k).word().charAt(0))
                || !WATERS.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                || !s.token(k + 1).word().equals("of") || !Character.isUpperCase(s.token(k + 2).word().charAt(0))) {
            return -1;
        }
        int end = k + 3;
        while (end < s.tokens().size() && Character.isUpperCase(s.token(end).word().charAt(0)) && dictionaryAt(s, end) == null) {
            end++;
        }
        return end;
    }

    /** Capitalised nouns that make the name before them a structure's: "Europe Bridge", "Tahrir Square". */
    private static final Set<String> STRUCTURES = Set.of("bridge", "square", "street", "avenue", "boulevard", "road",
            "park", "plaza", "tower", "towers", "stadium", "hotel", "gate");

    /** Whether the token at {@code k} is a capitalised structure noun that the name before it names. */
    private static boolean structureNamed(Sentence s, int k) {
        if (k >= s.tokens().size()) {
            return false;
        }
        Token t = s.token(k);
        return t.isProperNoun() && STRUCTURES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code k} is a common noun of {@code nouns} that ends its noun phrase. */
    private static boolean endsWithOneOf(Sentence s, int k, Set<String> nouns) {
        if (k >= s.tokens().size()) {
            return false;
        }
        Token t = s.token(k);
        boolean last = k + 1 >= s.tokens().size() || !s.token(k + 1).isNoun();
        return t.isNoun() && !t.isProperNoun() && nouns.contains(t.word().toLowerCase(Locale.ROOT)) && last;
    }

    private void learnSurname(String asWritten, Part full) {
        String country = full.entry() == null ? null : full.entry().country();
        // "He Lifeng" is not "He said" later: a surname spelled like a pronoun is left to the pronoun rules
        ActorDictionary.surnames(asWritten, country).stream().filter(n -> !NOT_NAMES.contains(key(n)))
                .forEach(n -> surnames.put(key(n), full));
        if (full.entry() != null) {
            ActorDictionary.surnames(full.text(), country).stream().filter(n -> !NOT_NAMES.contains(key(n)))
                    .forEach(n -> surnames.put(key(n), full));
        }
    }

    /** Surnames match without accents or case: "Von der Leyen" begins a sentence. */
    private static String key(String name) {
        return ActorDictionary.fold(name).toLowerCase(Locale.ROOT);
    }

    /** Whether a country's part is "the" and one word that names it only after "the" ("the Emirates"). */
    private boolean articleOnly(Sentence s, Part p) {
        return p.end() - p.begin() == 2 && s.token(p.begin()).lemma().equals("the")
                && dictionary.lookup(s.token(p.begin() + 1).word()).isEmpty();
    }

    /** Whether a part is one word, "the" set aside: "Washington", "the Kremlin", not "the White House". */
    private static boolean oneWord(Sentence s, Part p) {
        return p.end() - p.begin() == (s.token(p.begin()).lemma().equals("the") ? 2 : 1);
    }

    /**
     * Whether token {@code k}, right after a place or a one-word capital, continues a name that the
     * place begins: a capitalised proper noun that is neither a noun for a part of a country
     * ("Oblast", "Region") nor the start of a dictionary form ("Kharkiv Governor ..."), or
     * "People's" ("Donetsk People's Republic", which is no group of Donetsk's people). A person's
     * name after it starts a new phrase ("Ambassador to Washington Xie Feng").
     */
    private boolean inName(Sentence s, int k) {
        if (k >= s.tokens().size() || !nameToken(s, k) || s.token(k).ner().equals("PERSON")
                || PLACE_NOUNS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean peoples = s.token(k).word().equals("People") && k + 1 < s.tokens().size()
                && s.token(k + 1).tag().equals("POS");
        return peoples || s.token(k).isProperNoun() && dictionaryAt(s, k) == null;
    }

    /**
     * Whether the one-word place at {@code i} is a given name: a surname follows, and no
     * preposition comes before ("to Ukraine Katrin Valdmaa" is not a name).
     */
    private boolean givenName(Sentence s, int i) {
        int n = s.tokens().size();
        return i + 1 < n && nameToken(s, i + 1) && (i + 2 >= n || !nameToken(s, i + 2))
                && !PLACE_NOUNS.contains(s.token(i + 1).word().toLowerCase(Locale.ROOT))
                && (i == 0 || !s.token(i - 1).tag().equals("IN") && !s.token(i - 1).tag().equals("TO"))
                && dictionaryAt(s, i + 1) == null && surnameAt(s, i + 1) == null;
    }

    /** The longest dictionary form starting at token {@code i}. */
    private Part dictionaryAt(Sentence s, int i) {
        List<Token> t = s.tokens();
        int max = Math.min(t.size(), i + dictionary.longestForm());
        for (int j = max; j > i; j--) {
            String surface = span(s, i, j);
            if (j == i + 1 && surface.equalsIgnoreCase("the")) {
                continue;
            }
            List<Entry> entries = dictionary.lookup(surface);
            if (entries.isEmpty()) {
                continue;
            }
            Entry best = choose(entries, date);
            if (best == null) {
                continue;  // a person's name far from any of their terms: a namesake (see choose)
            }
            Token last = t.get(j - 1);
            boolean beforeName = j < t.size() && t.get(j).ner().equals("PERSON") && t.get(j).isProperNoun()
                    && Character.isLowerCase(last.word().charAt(0)) && last.tag().startsWith("JJ");
            if (best.kind() == Entry.Kind.AGENT && j == i + 1 && !last.isNoun() && !beforeName && !nounUse(t, i)) {
                continue;  // "official" as an adjective, "general" in "in general"
            }
            if (best.kind() == Entry.Kind.AGENT && i > 0 && t.get(i - 1).word().equalsIgnoreCase("social")
                    && last.lemma().equalsIgnoreCase("media")) {
                continue;  // "wrote on social media": platforms where anyone posts, not a country's press
            }
            if ((best.kind() == Entry.Kind.COUNTRY || best.kind() == Entry.Kind.PLACE) && j == i + 1
                    && !t.get(i).isProperNoun()
                    && !Character.isUpperCase(t.get(i).word().charAt(0))) {
                continue;
            }
            // "the minister": the article is not part of an agent phrase; "the Kremlin" keeps it
            int begin = best.kind() == Entry.Kind.AGENT && t.get(i).lemma().equals("the") ? i + 1 : i;
            boolean plural = best.kind() == Entry.Kind.AGENT && (last.tag().equals("NNS") || last.tag().equals("NNPS"));
            return Part.of(best, begin, j, plural);
        }
        return null;
    }

    /** A surname, or a two- or three-word family name ("von der Leyen"), of a person named in full before. */
    private Part surnameAt(Sentence s, int i) {
        for (int len = Math.min(3, s.tokens().size() - i); len >= 1; len--) {
            if (!capitalised(s.token(i + len - 1))) {
                continue;
            }
            Part full = surnames.get(key(span(s, i, i + len)));
            if (full != null && (i + len >= s.tokens().size() || !nameToken(s, i + len))) {
                return full.at(i, i + len);
            }
        }
        return null;
    }

    /**
     * A run of capitalised proper nouns the dictionaries lack, with an optional honorific before it.
     * A surname of a dictionary person counts as that person after a title or honorific ("Foreign
     * Minister Lavrov", "Mr Blinken") or where NER tagged it a person.
     */
    private Part nameAt(Sentence s, int i, List<Part> before) {
        String honorific = HONORIFICS.get(s.token(i).word().toLowerCase(Locale.ROOT));
        int start = honorific == null ? i : i + 1;
        int j = start;
        while (j < s.tokens().size()) {
            if (nameToken(s, j) && (j == start || dictionaryAt(s, j) == null)) {
                j++;
            } else if (j > start && j + 1 < s.tokens().size() && s.token(j).word().equals("-")
                    && (nameToken(s, j + 1) || attached(s, j) && attached(s, j + 1))) {
                j += 2;  // "Thomas-Greenfield", "Chen Wei-lun", split by the tokenizer
            } else {
                break;
            }
        }
        if (j == start || honorific != null && dictionaryAt(s, start) != null) {
            return null;
        }
        String name = span(s, start, j);
        Part known = surnames.get(key(name));
        if (known != null) {
            return known.at(i, j);
        }
        Part title = !before.isEmpty() && before.get(before.size() - 1).end() == i
                && before.get(before.size() - 1).kind() == Kind.AGENT ? before.get(before.size() - 1) : null;
        boolean person = s.tokens().subList(start, j).stream().allMatch(t -> t.ner().equals("PERSON"));
        if (title != null) {
            Entry e = titled(dictionary.lookup(name), title);
            if (e != null) {
                return Part.of(e, i, j, false);  // "Defence Minister John Moore" years after his term
            }
        }
        if (j - start <= 3 && (honorific != null || title != null || person)) {
            Entry e = byDictionarySurname(name, title);
            if (e != null) {
                return Part.of(e, i, j, false);
            }
        }
        if (honorific == null && title == null && untaggedArgument(s, start, j)) {
            // "Xi met Putin": NER missed the name; the one office holder of that surname on the date
            Entry e = byDictionarySurname(name, null);
            if (e != null && date != null && e.person().covers(date)) {
                return Part.of(e, i, j, false);
            }
        }
        return new Part(Kind.NAME, i, j, null, name, honorific == null ? "" : honorific, false);
    }

    /**
     * Whether one capitalised proper noun NER left untagged (or tagged MISC) is the subject or object of a verb ("Xi
     * met Putin"): there a surname of an office holder in office on the date is that person. Tagged
     * places, bodies and dates ("May") are not, nor words with no parse.
     */
    private static boolean untaggedArgument(Sentence s, int start, int end) {
        if (end - start != 1 || !s.parsed()) {
            return false;
        }
        Token t = s.token(start);
        String rel = s.relation(start);
        return t.tag().equals("NNP") && (t.ner().equals("O") || t.ner().equals("MISC")) && (rel.equals("nsubj") || rel.equals("obj"));
    }

    /**
     * The one person of the dictionary with this surname: office holders on the date first, then
     * persons within {@link #TOLERANCE_DAYS} of a term; beyond that only a title fitting one of the
     * person's offices ("Foreign Minister Moore") identifies them.
     */
    private Entry byDictionarySurname(String surname, Part title) {
        List<Entry> terms = dictionary.bySurname(surname);
        if (terms.isEmpty()) {
            return null;
        }
        List<Entry> fitting = terms.stream().filter(e -> e.person().covers(date)).toList();
        if (fitting.isEmpty() && date != null) {
            fitting = terms.stream().filter(e -> distance(e.person(), date) <= TOLERANCE_DAYS).toList();
        }
        if (fitting.isEmpty() && date == null) {
            fitting = terms;
        }
        if (title != null) {
            List<Entry> titled = (fitting.isEmpty() ? terms : fitting).stream().filter(e -> fits(title, e)).toList();
            if (!titled.isEmpty()) {
                fitting = titled;
            }
        }
        if (fitting.isEmpty()) {
            return null;
        }
        String who = fitting.get(0).entity();
        if (fitting.stream().anyMatch(e -> !e.entity().equals(who))) {
            return null;
        }
        List<Entry> own = terms.stream().filter(e -> e.entity().equals(who)).toList();
        Entry near = choose(own, date);
        return near != null ? near : nearest(fitting, date);
    }

    /** Of a name's terms, the person whose office a title names, at the nearest such term; {@code null} if none or several. */
    private Entry titled(List<Entry> entries, Part title) {
        List<Entry> fitting = entries.stream().filter(e -> e.kind() == Entry.Kind.PERSON && fits(title, e)).toList();
        if (fitting.isEmpty() || fitting.stream().anyMatch(e -> !e.entity().equals(fitting.get(0).entity()))) {
            return null;
        }
        return date == null ? choose(fitting, null) : nearest(fitting, date);
    }

    /** Whether a title fits a term's office; "former" and "ex-" are set aside ("former president"). */
    private static boolean fits(Part title, Entry e) {
        String t = title.entry().entity().replaceFirst("^(former|ex-|ex) ?", "");
        return ActorDictionary.titleFits(t, e.person().office());
    }

    /** Whether token {@code j} follows the one before it with no space between. */
    private static boolean attached(Sentence s, int j) {
        return s.token(j).begin() == s.token(j - 1).end();
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    /** A word that can be part of a person's name: capitalised and tagged (or recognised) as a name. */
    private static boolean nameToken(Sentence s, int j) {
        Token t = s.token(j);
        if (chineseSurnameHe(s, j)) {
            return true;
        }
        if (!capitalised(t) || NOT_NAMES.contains(t.word().toLowerCase(Locale.ROOT))
                || HONORIFICS.containsKey(t.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return t.isProperNoun() || t.tag().equals("FW") || t.ner().equals("PERSON") || j > 0 && t.tag().equals("NN");
    }

    /**
     * "Vice Premier He Lifeng": the surname He, which the tagger reads as the pronoun. Only capitalised
     * inside a sentence, after a capitalised word (a title, a given name) and before a proper noun, where
     * the pronoun is never written so.
     */
    private static boolean chineseSurnameHe(Sentence s, int j) {
        return j > 0 && j + 1 < s.tokens().size() && s.token(j).word().equals("He")
                && capitalised(s.token(j - 1)) && Character.isLetter(s.token(j - 1).word().charAt(0))
                && s.token(j + 1).isProperNoun() && capitalised(s.token(j + 1));
    }

    private static Part pronounAt(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.tag().startsWith("PRP") || !(MALE.contains(w) || FEMALE.contains(w) || NEUTER.contains(w)
                || PLURAL.contains(w)) || w.equals("it") && pleonastic(s, i)) {
            return null;
        }
        String gender = MALE.contains(w) ? "m" : FEMALE.contains(w) ? "f" : "";
        return new Part(Kind.PRONOUN, i, i + 1, null, w, gender, PLURAL.contains(w));
    }

    /** "It is unclear whether ...", "it seems likely that ...": an "it" that stands for nothing. */
    static boolean pleonastic(Sentence s, int i) {
        if (s.parsed() && s.relation(i).equals("expl")) {
            return true;
        }
        int k = i + 1;
        boolean verb = false;
        while (k < s.tokens().size() && k <= i + 4) {
            Token t = s.token(k);
            if (PLEONASTIC_VERBS.contains(t.lemma())) {
                verb = true;
            } else if (!t.tag().equals("MD") && !t.tag().startsWith("RB")) {
                break;
            }
            k++;
        }
        if (!verb) {
            return false;
        }
        for (int m = k; m < s.tokens().size() && m <= k + 2; m++) {
            Token t = s.token(m);
            if (CLAUSE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && m > k) {
                return true;
            }
            if (!t.tag().startsWith("JJ") && !t.tag().equals("VBN") && !t.tag().startsWith("RB")
                    && !t.tag().equals("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the alliance", "the Western alliance", "the country", "the two countries", "both nations": a
     * definite noun that stands for a body or country named before.
     */
    private Part descriptionAt(Sentence s, int i) {
        Token t = s.token(i);
        String lemma = t.lemma();
        boolean country = COUNTRY_NOUNS.contains(lemma);
        // "both parties", "the two parties" are the two sides, like "both sides" (not two political parties)
        boolean side = (lemma.equals("side") || lemma.equals("party")) && t.tag().equals("NNS");
        boolean town = TOWN_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
        if (!t.isNoun() || t.isProperNoun() || !country && !side && !town && !dictionary.isDescription(lemma)
                || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()
                || town && i + 1 < s.tokens().size() && s.token(i + 1).lemma().equals("of")) {
            return null;  // "the city council"; "the city of Kharkiv" names the city
        }
        int k = i - 1;
        boolean two = false;
        while (k >= 0 && i - k <= 4 && (s.token(k).tag().startsWith("JJ") || s.token(k).tag().equals("CD")
                || s.token(k).tag().equals("NN") || s.token(k).tag().equals("VBN") || s.token(k).tag().equals("HYPH")
                || s.token(k).isProperNoun() && k + 1 < i && (s.token(k + 1).word().equals("-")
                        || s.token(k + 1).isProperNoun()))) {  // "the al Qaeda-linked group"
            two |= s.token(k).word().equalsIgnoreCase("two");
            k--;
        }
        if (k < 0) {
            return null;
        }
        String det = s.token(k).word().toLowerCase(Locale.ROOT);
        two |= det.equals("both");
        boolean plural = t.tag().equals("NNS");
        if (!Set.of("the", "this", "both").contains(det) || plural != two || plural && !country && !side) {
            return null;
        }
        String noun = country ? "country" : side ? "side" : town ? "town" : lemma;
        return new Part(Kind.DESCRIPTION, k + 1, i + 1, null, noun, "", plural);
    }

    /**
     * How far from a term of office a name still stands for its holder: two years either side
     * covers the president-elect, the minister who just left and late or approximate dates in
     * persons.txt; further away a name alone is more likely a namesake than the office holder.
     */
    static final int TOLERANCE_DAYS = 730;

    /**
     * Of several entries for one form: the person term covering the date; else the nearest term
     * within {@link #TOLERANCE_DAYS}, as a former office holder (ELI) when that term has ended;
     * else a place or body of that name; else {@code null}, since a person's name far from all of
     * their terms is no evidence of them (a title can still name them, see {@code nameAt}). Without
     * a date, the latest term.
     */
    static Entry choose(List<Entry> entries, LocalDate date) {
        List<Entry> persons = entries.stream().filter(e -> e.kind() == Entry.Kind.PERSON).toList();
        if (persons.isEmpty()) {
            return entries.get(entries.size() - 1);
        }
        if (date == null) {
            return persons.stream().max(Comparator.comparing(e -> e.person().from())).orElseThrow();
        }
        Entry near = nearest(persons, date);
        if (distance(near.person(), date) <= TOLERANCE_DAYS) {
            return near;
        }
        List<Entry> others = entries.stream().filter(e -> e.kind() != Entry.Kind.PERSON).toList();
        return others.isEmpty() ? null : others.get(others.size() - 1);
    }

    /** The term covering the date, else the nearest one, as a former holder's once it has ended. */
    static Entry nearest(List<Entry> persons, LocalDate date) {
        for (Entry e : persons) {
            if (e.person().covers(date)) {
                return e;
            }
        }
        Entry near = persons.stream().min(Comparator.comparingLong(e -> distance(e.person(), date))).orElseThrow();
        return near.person().to() != null && date.isAfter(near.person().to()) ? near.former() : near;
    }

    /** Days from a term to a date; 0 when the term covers it. */
    static long distance(Entry.Term term, LocalDate date) {
        if (date.isBefore(term.from())) {
            return term.from().toEpochDay() - date.toEpochDay();
        }
        return term.to() == null || !date.isAfter(term.to()) ? 0 : date.toEpochDay() - term.to().toEpochDay();
    }

    // ---- grouping ----

    private static List<Phrase> group(Sentence s, List<Part> parts) {
        List<Phrase> out = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        for (Part p : parts) {
            if (!current.isEmpty() && !joinable(s, current, p)) {
                close(s, current, out);
            }
            current.add(p);
        }
        close(s, current, out);
        return out;
    }

    /** Ends a phrase; a possessive pronoun that found no agent noun is a phrase of its own. */
    private static void close(Sentence s, List<Part> current, List<Phrase> out) {
        if (current.isEmpty()) {
            return;
        }
        boolean agent = current.stream().anyMatch(p -> p.kind() == Kind.AGENT);
        if (current.size() > 1 && current.get(0).kind() == Kind.PRONOUN && !agent) {
            out.add(new Phrase(s.index(), List.of(current.get(0))));
            current.remove(0);
        }
        out.add(new Phrase(s.index(), current));
        current.clear();
    }

    /** Whether a part continues the phrase built so far. */
    private static boolean joinable(Sentence s, List<Part> phrase, Part right) {
        Part left = phrase.get(phrase.size() - 1);
        if (right.begin() == left.begin() && right.end() == left.end()) {
            return true;  // the members of one group of countries (see members)
        }
        List<Token> gap = s.tokens().subList(left.end(), right.begin());
        boolean agent = phrase.stream().anyMatch(p -> p.kind() == Kind.AGENT);
        if (left.isNamed()) {
            // "Deputy Foreign Minister Olena Kravets of Ukraine"
            return agent && right.isOwner() && postModifier(phrase, phrase.stream()
                    .filter(p -> p.kind() == Kind.AGENT).findFirst().orElseThrow(), gap, "of")
                    && complementOfPhrase(s, phrase, gap);
        }
        // a numeral only counts what the phrase names: "Sweden's two biggest power companies"
        long numerals = gap.stream().filter(t -> t.tag().equals("CD")).count();
        if (gap.size() - numerals > 3 || right.kind() == Kind.PRONOUN) {
            return false;
        }
        boolean possessor = left.kind() == Kind.PRONOUN || left.kind() == Kind.DESCRIPTION;
        return switch (right.kind()) {
            // "Russia's Sergey Lavrov", "Foreign Minister Sergey Lavrov"
            case PERSON -> !possessor && modifiers(gap, left);
            // an unknown name only after a title: "Deputy Foreign Minister Ivan Petrov"
            case NAME -> agent && !possessor && modifiers(gap, left) && gap.stream().allMatch(PhraseFinder::capitalised);
            case COUNTRY, CAPITAL, PLACE, ORGANIZATION, DESCRIPTION -> right.kind() == Kind.ORGANIZATION
                    && left.kind() == Kind.AGENT && gap.isEmpty() && phrase.size() == 1
                    // "judges at the International Criminal Court", "officials at the World Bank": its members
                    // ("protesters at the European Parliament" are not: only office holders are members)
                    || right.kind() == Kind.ORGANIZATION && left.kind() == Kind.AGENT
                    && OFFICE_SECTORS.contains(String.valueOf(left.entry().sector()))
                    && postModifier(phrase, left, gap, "at") && complementOfPhrase(s, phrase, gap)
                    || agent && postModifier(phrase, left, gap)
                    && complementOfPhrase(s, phrase, gap)
                    || right.kind() != Kind.DESCRIPTION && left.kind() == Kind.ADJECTIVE && modifiers(gap, left)
                    || residentIn(left, right, gap) || hostOfBase(s, phrase, left, right, gap);
            case ADJECTIVE -> agent ? postModifier(phrase, left, gap) && complementOfPhrase(s, phrase, gap)
                    : (left.isPlace() || left.kind() == Kind.PRONOUN && possessive(s, left)) && modifiers(gap, left)
                    // "Houthi and Saudi delegations": a body coordinated with an adjective before their agent noun
                    || left.kind() == Kind.ORGANIZATION && phrase.size() == 1 && gap.size() == 1
                    && gap.get(0).lemma().equals("and");
            case AGENT -> switch (left.kind()) {
                case AGENT -> gap.isEmpty();  // "foreign ministry spokeswoman"
                case PRONOUN -> possessive(s, left) && modifiers(gap, left);
                case DESCRIPTION -> gap.stream().anyMatch(t -> t.tag().equals("POS")) && modifiers(gap, left);
                // "a spokeswoman for the Ukrainian air force": an owned agent after the preposition, but
                // not a new agent coordinated after the complement ("Sunnis in Lebanon and Shia militias")
                default -> (!agent || afterAgent(phrase, left) && gap.stream().noneMatch(t -> t.tag().equals("CC")
                        || t.word().equals(","))) && modifiers(gap, left);
            };
            default -> false;
        };
    }

    /**
     * "officials in Moscow", "a school in Mariupol", "ethnic Albanians in Serbia": a capital or a
     * place of places.txt after "in" or "at" places a resident or building noun in its country; a
     * country does so only for an ethnic or communal group, a country's institutions and its residents
     * ("civilians in Lebanon"), since "troops in Ukraine" or "officials in Ukraine" are often another
     * country's.
     */
    private static boolean residentIn(Part left, Part right, List<Token> gap) {
        boolean communal = left.kind() == Kind.AGENT && COMMUNAL_SECTORS.contains(left.entry().sector());
        // "the Albanians of southern Serbia": a community of a place
        Set<String> locative = communal ? Set.of("in", "at", "of") : Set.of("in", "at");
        if (left.kind() != Kind.AGENT || gap.isEmpty() || gap.size() > 2
                || !locative.contains(gap.get(0).word().toLowerCase(Locale.ROOT))
                || gap.size() == 2 && !gap.get(1).tag().startsWith("JJ") && !gap.get(1).lemma().equals("the")) {
            return false;
        }
        String sector = left.entry().sector();
        if (LOCATED_ONLY.contains(left.entry().entity())) {
            return false;
        }
        // "civilians in southern Lebanon": the people of a country live there, whoever else the text names
        if (COMMUNAL_SECTORS.contains(sector) || INSTITUTIONS.contains(left.entry().entity())
                || RESIDENTS.contains(left.entry().entity())) {
            return right.kind() == Kind.COUNTRY || right.isLocation();
        }
        return right.isLocation() && RESIDENT_SECTORS.contains(sector);
    }

    /**
     * "the Al Udeid air base in Qatar": a base no country's name or adjective owns is the host
     * country's ("the US air base in Qatar" stays American).
     */
    private static boolean hostOfBase(Sentence s, List<Part> phrase, Part left, Part right, List<Token> gap) {
        if (!(left.kind() == Kind.AGENT && BASES.contains(left.entry().entity()) && right.kind() == Kind.COUNTRY
                && gap.size() == 1 && Set.of("in", "at").contains(gap.get(0).word().toLowerCase(Locale.ROOT))
                && phrase.stream().noneMatch(p -> p.isOwner() || p.kind() == Kind.ADJECTIVE))) {
            return false;
        }
        // "the US-run air base in Qatar": an operator named in a compound modifier owns it
        for (int i = Math.max(1, left.begin() - 5); i < left.begin(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            String before = s.token(i - 1).word();
            if (OPERATED.contains(w) && before.equals("-") || OPERATED.stream().anyMatch(o -> w.endsWith("-" + o))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OPERATED = Set.of("run", "operated", "controlled", "held", "owned", "led");

    private static final Set<String> BASES = Set.of("military base", "military bases", "army base", "army bases",
            "air base", "air bases", "airbase", "airbases", "naval base", "naval bases", "barracks");

    /** Agent nouns for the people of a place, who live where they are: "residents", "villagers". */
    static final Set<String> RESIDENTS = Set.of("resident", "residents", "villager", "villagers", "locals",
            "inhabitants", "civilian", "civilians");

    /**
     * A country's own institutions, which "in" and a country place there: "the junta in Niger", "the
     * ruling party in Mali", "the government in Kabul" (troops or officials in a country may be
     * another's).
     */
    private static final Set<String> INSTITUTIONS = Set.of("government", "regime", "junta", "military junta",
            "ruling party", "governing party", "ruling coalition", "parliament", "legislature", "opposition",
            "authorities", "local authorities", "cabinet", "judiciary", "supreme court", "constitutional court",
            "police", "central bank", "national assembly", "senate");

    private static boolean possessive(Sentence s, Part pronoun) {
        String w = pronoun.text();
        return s.token(pronoun.begin()).tag().equals("PRP$") || w.equals("his") || w.equals("its") || w.equals("their");
    }

    /**
     * Only adjectives, nouns, "'s", and "and" or commas in a coordination of adjectives; after "'s"
     * also one participle before any noun ("Sudan's warring generals", "Iran's exiled opposition",
     * but not "Russian shelling killed soldiers", which the tagger may read as two participles). A
     * comma after a noun ends the noun phrase: in "Iranian nuclear facilities, officials warned" the
     * officials are not Iranian. After a possessor ("Russia's", "its") also a numeral before any
     * noun: "Russia's two biggest oil companies", "its three largest banks" count what the possessor owns.
     */
    private static boolean modifiers(List<Token> gap, Part left) {
        if (gap.size() == 2 && gap.get(0).word().equals("-") && (LEADING.contains(gap.get(1).word().toLowerCase(Locale.ROOT))
                || OWNING.contains(gap.get(1).word().toLowerCase(Locale.ROOT)))) {
            return true;  // "NATO-led peacekeepers", "the Hamas-run health ministry"
        }
        boolean noun = false;
        boolean possessive = !gap.isEmpty() && gap.get(0).tag().equals("POS");
        long participles = gap.stream().filter(t -> t.tag().equals("VBG") || t.tag().equals("VBN")).count();
        if (participles > (possessive ? 1 : 0)) {
            return false;
        }
        boolean possessor = possessive || left.kind() == Kind.PRONOUN;
        for (Token t : gap) {
            String tag = t.tag();
            boolean ok = tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("POS") || tag.equals("HYPH")
                    || tag.equals("CD") && possessor && !noun
                    || tag.equals("CC") && t.lemma().equals("and")
                    || (tag.equals("VBG") || tag.equals("VBN")) && !noun
                    || t.word().equals(",") && left.kind() == Kind.ADJECTIVE && !noun;
            if (!ok) {
                return false;
            }
            noun |= tag.startsWith("NN");
        }
        return true;
    }

    /**
     * "the foreign ministers of Hungary and Romania", "Ambassador to the U.N.", "the president of the
     * country": a preposition after the agent noun, or a coordination inside such a complement.
     */
    private static boolean postModifier(List<Part> phrase, Part left, List<Token> gap) {
        if (left.kind() == Kind.AGENT) {
            // "its peacekeeping force from Chad": an owner already named before the agent is not
            // replaced by where the agent comes from; the phrase after "from" is where it leaves
            boolean owned = phrase.stream().anyMatch(q -> (q.kind() == Kind.PRONOUN || q.isOwner())
                    && q.end() <= left.begin());
            return POST_PREPOSITIONS.stream().filter(p -> !(owned && p.equals("from")))
                    .anyMatch(p -> postModifier(phrase, left, gap, p));
        }
        List<String> words = gap.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        return afterAgent(phrase, left) && left.isOwner() && (words.equals(List.of("and")) || words.equals(List.of(","))
                || words.equals(List.of(",", "and")));
    }

    /**
     * Whether the prepositional phrase opened by the gap hangs from the phrase before it, when the
     * sentence is parsed: "officials from Russia", but not "deployed police officers to Haiti" or
     * "offered its troops to the Libyan government", where the verb governs the complement.
     */
    private static boolean complementOfPhrase(Sentence s, List<Part> phrase, List<Token> gap) {
        if (!s.parsed() || gap.isEmpty()) {
            return true;
        }
        int preposition = gap.get(0).index();
        int noun = s.head(preposition);
        if (noun == Dependency.ROOT || !s.relation(preposition).equals("case")) {
            return true;  // no clear reading: keep the surface rule
        }
        int governor = s.head(noun);
        return governor != Dependency.ROOT && governor >= phrase.get(0).begin() && governor < preposition;
    }

    /** The gap after an agent noun is the preposition, with "the" or not ("both": "the presidents of both countries"). */
    private static boolean postModifier(List<Part> phrase, Part agent, List<Token> gap, String preposition) {
        List<String> words = gap.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        return !words.isEmpty() && words.get(0).equals(preposition)
                && (words.size() == 1 || words.size() == 2 && (words.get(1).equals("the") || words.get(1).equals("both")));
    }

    private static boolean afterAgent(List<Part> phrase, Part part) {
        return part.isOwner() && phrase.stream().anyMatch(p -> p.kind() == Kind.AGENT && p.end() <= part.begin());
    }

    // ---- links between phrases ----

    private static void link(Sentence s, List<Phrase> phrases) {
        for (int k = 1; k < phrases.size(); k++) {
            Phrase p = phrases.get(k - 1);
            Phrase q = phrases.get(k);
            List<Token> gap = s.tokens().subList(p.end(), q.begin());
            if (possessorOf(p, q, gap)) {
                q.possessor = p;
            } else if (apposition(s, p, q, gap)) {
                p.apposition = q;
                q.apposition = p;
            } else if (!p.has(Kind.PRONOUN) && !q.has(Kind.PRONOUN) && coordination(gap)) {
                q.coordinated = true;
            }
        }
    }

    /**
     * "Putin's spokesman": a name, "'s", then an agent noun; also a body named by its noun alone
     * ("the court's prosecutors" after the ICC, "the army's commanders"), whose members they are.
     */
    private static boolean possessorOf(Phrase p, Phrase q, List<Token> gap) {
        Part last = p.parts.get(p.parts.size() - 1);
        boolean body = p.parts.size() == 1 && last.kind() == Kind.AGENT && !last.plural()
                && BODY_NOUNS.contains(lastWord(last.text()));
        return (last.isNamed() || body) && !gap.isEmpty() && gap.get(0).tag().equals("POS")
                && gap.size() <= 3 && q.agent() != null && q.parts.get(0).kind() != Kind.PRONOUN;
    }

    /** Agent nouns for bodies that have members ("the court's prosecutors"); not persons ("the student's lawyer"). */
    private static final Set<String> BODY_NOUNS = Set.of("court", "tribunal", "army", "military", "navy", "force",
            "police", "ministry", "government", "parliament", "agency", "council", "commission", "committee",
            "party", "militia", "junta", "regime", "administration", "cabinet", "service", "authority", "union",
            "alliance", "coalition", "bloc", "assembly", "legislature", "senate", "congress", "judiciary");

    private static String lastWord(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return w[w.length - 1];
    }

    /**
     * "Sergey Lavrov, Russia's foreign minister," and "Russia's foreign minister, Sergey Lavrov,": a
     * name and a single office holder side by side, set off by commas or ending the sentence.
     */
    private static boolean apposition(Sentence s, Phrase p, Phrase q, List<Token> gap) {
        if (gap.isEmpty() || !gap.get(0).word().equals(",") || !(p.named() && q.title() || p.title() && q.named())) {
            return false;
        }
        boolean participle = false;
        for (Token t : gap.subList(1, gap.size())) {
            String tag = t.tag();
            if (!tag.equals("DT") && !tag.startsWith("JJ") && !tag.startsWith("RB") && !tag.equals("VBN")
                    || tag.equals("DT") && participle) {
                return false;  // "Mahamat Deby, dissolved the government": a verb and its object
            }
            participle |= tag.equals("VBN");
        }
        if (q.end() >= s.tokens().size()) {
            return true;
        }
        Token after = s.token(q.end());
        return Set.of(",", ".", ";", ":", ")", "--", "—", "-").contains(after.word()) || after.tag().startsWith("W");
    }

    private static boolean coordination(List<Token> gap) {
        List<String> words = gap.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        return words.equals(List.of("and")) || words.equals(List.of(",")) || words.equals(List.of(",", "and"));
    }

    /** Names given with a title or in apposition stand for their bearer when repeated, in full or by surname. */
    private void learnNames(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            Part name = p.first(Kind.NAME);
            if (name != null && !surnames.containsValue(name) && (p.agent() != null || p.apposition != null)) {
                Part full = new Part(Kind.NAME, name.begin(), name.end(), null, name.text(), name.gender(), false);
                surnames.put(key(name.text()), full);
                if (name.text().contains(" ")) {
                    ActorDictionary.surnames(name.text(), null).forEach(n -> surnames.put(key(n), full));
                }
            }
        }
    }

    private static String span(Sentence s, int begin, int end) {
        return s.text().substring(s.token(begin).begin() - s.begin(), s.token(end - 1).end() - s.begin());
    }

    /**
     * Whether one country is clearly the article's setting: named at least twice and more often
     * than any other (places and persons, as {@link #dominantCountry} counts them).
     */
    static boolean clearlyDominant(List<List<Phrase>> phrases) {
        List<Integer> counts = countryCounts(phrases).values().stream().sorted(Comparator.reverseOrder()).toList();
        return !counts.isEmpty() && counts.get(0) >= 2 && (counts.size() == 1 || counts.get(0) > counts.get(1));
    }

    /**
     * The most mentioned country; on a tie the one with more towns named (places.txt), then the one
     * named first (a dateline or headline sets the scene).
     */
    static String dominantCountry(List<List<Phrase>> phrases) {
        return dominantCountry(phrases, Set.of());
    }

    /** The most mentioned country but those excluded, {@code null} when none. */
    static String dominantCountry(List<List<Phrase>> phrases, Set<String> excluded) {
        String best = null;
        int most = 0;
        Map<String, Integer> towns = townCounts(phrases);
        for (Map.Entry<String, Integer> e : countryCounts(phrases).entrySet()) {
            if (excluded.contains(e.getKey())) {
                continue;
            }
            boolean tieWon = e.getValue() == most && best != null
                    && towns.getOrDefault(e.getKey(), 0) > towns.getOrDefault(best, 0);
            if (e.getValue() > most || tieWon) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Counts the towns and regions of places.txt named in the article by country, and the countries
     * named as locations ("in Gaza"): on a tie of mentions, the country whose towns the article names
     * is where it happens ("Protesters in Batumi denounced Moscow ... Georgia ... Russia").
     */
    private static Map<String, Integer> townCounts(List<List<Phrase>> phrases) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Phrase> sentence : phrases) {
            for (Phrase p : sentence) {
                for (Part part : p.parts) {
                    // a country named as where things happen counts as its towns do
                    if ((part.kind() == Kind.PLACE || p.located) && part.entry().country() != null) {
                        counts.merge(part.entry().country(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** How often the article names a country (as {@link #countryCounts} counts). */
    static int mentions(List<List<Phrase>> phrases, String country) {
        return countryCounts(phrases).getOrDefault(country, 0);
    }

    /** Counts countries named in the article: places and persons, not agent nouns. */
    private static Map<String, Integer> countryCounts(List<List<Phrase>> phrases) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Phrase> sentence : phrases) {
            for (Phrase p : sentence) {
                for (Part part : p.aside ? List.<Part>of() : p.parts) {
                    if (part.entry() != null && part.entry().country() != null && part.kind() != Kind.AGENT) {
                        counts.merge(part.entry().country(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
