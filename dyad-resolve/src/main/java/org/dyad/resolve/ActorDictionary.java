package org.dyad.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Location;

/**
 * The actor dictionaries: countries, places, organisations, agent nouns and named persons, read from plain
 * text that users can edit (see the headers of the bundled files for the formats). Surface forms are
 * matched case-insensitively and without regard to accents or hyphens ("Erdoğan" is "Erdogan",
 * "Kim Jong-un" is "Kim Jong Un"), except all-capital abbreviations ("US", "WHO"), which must match as
 * written so that "us" and "who" stay pronouns.
 */
public final class ActorDictionary {

    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "PRO",
            "CVL", "MED", "BUS", "REF", "SPY", "EDU", "HLH", "LAB", "REL", "NGO", "IGO", "CRM", "ELI", "AGR",
            "ENV", "MNC", "SET", "UAF", "IMG", "DEV", "HRI", "CRI", "JEW", "MUS", "CHR", "NGM", "ETH", "FTH");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** The kinds of place in places.txt. */
    static final Set<String> PLACE_KINDS = Set.of("city", "region", "territory");
    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");
    private static final Pattern ORG_CODE = Pattern.compile("[A-Z][A-Z0-9]{2,11}");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z.&-]*[A-Z.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})[-‐–](?=\\p{L})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * An apostrophe inside a transliterated word, which writers keep or drop ("Kata'ib", "Kataib";
     * "Asa'ib", "Asaib"); not that of a possessive ("People's"), which ends the word.
     */
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L}{2})");
    /** The Arabic article of a surname, which later mentions often drop: "al-Assad", "el-Sisi". */
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(?i)(al|el)[- ](?=\\p{L}{3})");
    /** Particles that start a surname ("Ursula von der Leyen", "Mohammed bin Salman"). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del",
            "dos", "das", "du", "bin", "ibn", "al", "el", "le", "la");
    /** Countries whose names are written family name first ("Xi Jinping" is Mr Xi). */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK");
    /** Countries whose names are a given name and a father's name: "Abiy Ahmed" is "Abiy" on later mention. */
    private static final Set<String> PATRONYMIC = Set.of("ETH", "ERI");
    /** Titles that name whoever leads: "the Japanese leader", "the NATO chief". */
    private static final Set<String> LEADER_TITLES = Set.of("leader", "chief");
    private static final Set<String> LEADER_OFFICES = Set.of("president", "prime", "chancellor", "premier", "leader",
            "king", "queen", "emir", "sultan", "monarch");
    /** Words that do not tell offices apart ("Minister of Foreign Affairs" is a "foreign minister"). */
    private static final Set<String> OFFICE_FILLERS = Set.of("of", "the", "for", "and", "affairs", "to", "on");

    /**
     * An entry under one surface form; {@code exact} is set when the form must match in its case,
     * {@code article} when it must follow "the" ("the Emirates" is the country, "Emirates" the airline).
     */
    private record Form(Entry entry, String exact, boolean article) {
    }

    /** How a dictionary writes a form that names its entry only after "the": "THE Emirates". */
    private static final String ARTICLE_ONLY = "THE ";

    /** Lower-cased, space-normalised form to entries (several for a person with many terms). */
    private final Map<String, List<Form>> forms;
    private final int longestForm;
    /** Surname as written ("Lavrov", "Xi", "von der Leyen") to the terms of the persons bearing it. */
    private final Map<String, List<Entry>> surnames;
    /** Every person's terms of office, for "Russia's foreign minister" on a date. */
    private final List<Entry> persons;
    /** Organisation code to the nouns that describe it ("alliance" for IGONAT). */
    private final Map<String, Set<String>> descriptions;
    private final Set<String> descriptionNouns;
    /** Lower-cased words of each country's and organisation's names, keyed by code. */
    private final Map<String, Set<String>> nameWords;
    /** A country's or organisation's entry by its code ("RUS", "IGONAT"). */
    private final Map<String, Entry> byCode;
    /** Normalised seat metonym to the body it can stand for ("brussels" to IGOEU). */
    private final Map<String, List<String>> seats;
    /**
     * Country to the office that leads its executive where that is not the prime minister or
     * chancellor ("RUS" to "president"), from the fifth field of countries.txt.
     */
    private final Map<String, String> leaderOffices;
    /** Country code to its capital as a place (name and, where given, coordinates). */
    private final Map<String, Location> capitals;
    /** A seat that is a city of its own ("Aden", "The Hague"), by its normalised form, to where it lies. */
    private final Map<String, Location> seatCities;
    /** A place's canonical name and country ({@link #siteKey}) to the place. */
    private final Map<String, Location> sites;

    private ActorDictionary(Builder b) {
        this.forms = Map.copyOf(b.forms);
        // Tokens, not words: "People's" and "Co-operation" are two tokens each; one more for "the".
        this.longestForm = forms.keySet().stream().mapToInt(f -> f.split("[ '-]").length).max().orElse(1) + 1;
        Map<String, List<Entry>> bySurname = new HashMap<>();
        Set<Entry> all = new LinkedHashSet<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Entry> codes = new HashMap<>();
        for (Map.Entry<String, List<Form>> form : forms.entrySet()) {
            for (Form f : form.getValue()) {
                Entry e = f.entry();
                if (e.kind() == Entry.Kind.PERSON && all.add(e)) {
                    for (String surname : surnames(e.entity(), e.country())) {
                        bySurname.computeIfAbsent(fold(surname), k -> new ArrayList<>()).add(e);
                    }
                }
                if (e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.ORGANIZATION) {
                    String code = e.kind() == Entry.Kind.COUNTRY ? e.country() : e.code();
                    words.computeIfAbsent(code, k -> new HashSet<>()).addAll(officeWords(e.entity()));
                    codes.putIfAbsent(code, e);
                }
                if (e.kind() == Entry.Kind.CAPITAL && e.sector().equals("GOV")) {
                    // "Kremlin spokesman" is Russia's spokesman
                    words.computeIfAbsent(e.country(), k -> new HashSet<>()).addAll(officeWords(form.getKey()));
                }
            }
        }
        this.surnames = Map.copyOf(bySurname);
        this.persons = List.copyOf(all);
        this.descriptions = Map.copyOf(b.descriptions);
        this.descriptionNouns = descriptions.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.nameWords = Map.copyOf(words);
        this.byCode = Map.copyOf(codes);
        Map<String, List<String>> seated = new HashMap<>();
        b.seats.forEach((seat, bodies) -> seated.put(seat, List.copyOf(bodies)));
        this.seats = Map.copyOf(seated);
        this.leaderOffices = Map.copyOf(b.leaderOffices);
        this.capitals = Map.copyOf(b.capitals);
        this.seatCities = Map.copyOf(b.seatCities);
        this.sites = Map.copyOf(b.sites);
    }

    /**
     * Where a capital, place or country entry lies, as a location with no words of the text yet: a
     * capital or its metonym ("the Kremlin") is the capital city, a place of places.txt itself, a
     * country the country as a whole. {@code null} for entries that are no place.
     */
    Location location(Entry e) {
        return switch (e.kind()) {
            case CAPITAL -> capitals.get(e.country());
            case PLACE -> sites.getOrDefault(siteKey(e.entity(), e.country()), addressed(e));
            case COUNTRY -> new Location(null, e.entity(), e.country(), null, null, Location.COUNTRY);
            default -> null;
        };
    }

    /**
     * Where an entry lies as written: a seat with coordinates of its own ("Aden", "The Hague") is that
     * city, not the capital named first.
     */
    Location location(Entry e, String written) {
        Location seat = e.kind() == Entry.Kind.CAPITAL ? seatCities.get(normalize(written)) : null;
        return seat != null && seat.country().equals(e.country()) ? seat : location(e);
    }

    /**
     * A town that an address places ("Kingston, Jamaica", "Hyderabad, Pakistan") but places.txt
     * lacks: the capital where it is one, else a city with no coordinates.
     */
    private Location addressed(Entry e) {
        Location capital = capitals.get(e.country());
        return capital != null && ActorDictionary.normalize(capital.name()).equals(ActorDictionary.normalize(e.entity()))
                ? capital : new Location(null, e.entity(), e.country(), null, null, Location.CITY);
    }

    private static String siteKey(String name, String country) {
        return name + "|" + country;
    }

    /** Whether a code is a state's, which has a capital, and not a region's ("WST", "MEA"). */
    boolean hasCapital(String country) {
        return capitals.containsKey(country);
    }

    /** The office that leads a country's executive when countries.txt names one ("president"), else {@code null}. */
    String leadingOffice(String country) {
        return leaderOffices.get(country);
    }

    /**
     * The organisations a seat metonym can stand for ("Brussels" for the EU; "The Hague" for the ICJ
     * and the ICC), the last loaded first; empty when the form is no seat. Whether and which it does
     * depends on the article (see {@code DictionaryResolver}).
     */
    List<String> seatsOf(String surface) {
        return seats.getOrDefault(normalize(surface), List.of());
    }

    /** Dyad's bundled dictionaries. */
    public static ActorDictionary standard() {
        return builder().addStandard().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Entries for a surface form as written; empty when none. */
    List<Entry> lookup(String surface) {
        String key = normalize(surface);
        List<Form> entries = forms.get(key);
        if (entries == null) {
            return List.of();
        }
        String spaced = SPACES.matcher(surface.replace('’', '\'')).replaceAll(" ").strip();
        String asWritten = stripArticle(spaced);
        boolean article = asWritten.length() < spaced.length();
        List<Entry> out = new ArrayList<>(entries.size());
        for (Form f : entries) {
            if ((f.exact() == null || f.exact().equals(asWritten)) && (article || !f.article())) {
                out.add(f.entry());
            }
        }
        return out;
    }

    /** The forms (normalised) that stand for an entry: "hezbollah", "hizbollah", "hizballah" ... */
    List<String> formsOf(Entry e) {
        return forms.entrySet().stream().filter(f -> f.getValue().stream().anyMatch(x -> x.entry().equals(e)))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Longest form in tokens, which bounds the matcher's look-ahead. */
    int longestForm() {
        return longestForm;
    }

    /** The country or organisation with this code ("RUS", "IGONAT"); {@code null} when unknown. */
    Entry byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** Terms of office of the persons with this surname (as written, "Lavrov"); empty when none. */
    List<Entry> bySurname(String surname) {
        return surnames.getOrDefault(fold(surname), List.of());
    }

    /** Whether a noun describes some organisation ("the alliance", "the bloc"). */
    boolean isDescription(String noun) {
        return descriptionNouns.contains(noun);
    }

    /** Whether the organisation with this code can be called "the NOUN". */
    boolean describes(String code, String noun) {
        return code != null && descriptions.getOrDefault(code, Set.of()).contains(noun);
    }

    /**
     * The person who held the office a title names, for a country or organisation on a date:
     * ("RUS", "foreign minister", 2022-02-15) is Sergey Lavrov. Only an exact office counts, so
     * "president" is not "vice president", and {@code null} when no one or several people fit.
     */
    Entry holder(String code, String title, LocalDate date) {
        if (code == null || date == null) {
            return null;
        }
        Set<String> wanted = officeWords(title);
        Set<String> own = nameWords.getOrDefault(code, Set.of());
        if (LEADER_TITLES.containsAll(wanted)) {
            return leader(code, date);
        }
        Entry found = null;
        for (Entry e : persons) {
            if (!code.equals(e.country()) && !code.equals(e.code()) || !e.person().covers(date)) {
                continue;
            }
            // the office's words beyond the title may only name the country or body itself
            Set<String> office = officeWords(e.person().office());
            boolean fits = LEADER_TITLES.containsAll(wanted) ? leaderOffice(office) : office.containsAll(wanted);
            office.removeAll(wanted);
            office.removeAll(own);
            if (fits && (office.isEmpty() || LEADER_TITLES.containsAll(wanted))) {
                if (found != null && !found.entity().equals(e.entity())) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Whoever leads a country or body on a date ("the Russian leader"): of its heads of state and
     * government, a supreme leader first, then the holder of the office that countries.txt names as
     * leading the executive ({@link #leadingOffice}: the president in Russia), else the prime
     * minister, chancellor or premier, else the monarch; {@code null} when that leaves several people.
     */
    private Entry leader(String code, LocalDate date) {
        List<Entry> heads = new ArrayList<>();
        for (Entry e : persons) {
            if ((code.equals(e.country()) || code.equals(e.code())) && e.person().covers(date)
                    && leaderOffice(officeWords(e.person().office()))) {
                heads.add(e);
            }
        }
        List<java.util.function.Predicate<Set<String>>> precedence = List.of(
                o -> o.contains("supreme"),
                o -> leaderOffices.containsKey(code) && leads(o, officeWords(leaderOffices.get(code))),
                o -> o.contains("prime") || o.contains("chancellor") || o.contains("premier"),
                o -> o.contains("king") || o.contains("queen") || o.contains("emir") || o.contains("sultan"),
                o -> true);
        for (java.util.function.Predicate<Set<String>> rank : precedence) {
            List<Entry> fit = heads.stream().filter(e -> rank.test(officeWords(e.person().office()))).toList();
            if (!fit.isEmpty()) {
                return fit.stream().allMatch(e -> e.entity().equals(fit.get(0).entity())) ? fit.get(0) : null;
            }
        }
        return null;
    }

    /** Whether an office is the declared leading office, perhaps acting ("Acting President"), not "President of the BND". */
    private static boolean leads(Set<String> office, Set<String> declared) {
        Set<String> o = new HashSet<>(office);
        o.remove("acting");
        return o.equals(declared);
    }

    /**
     * Whether every word of a title is in an office ("the minister" fits "Minister of Defence"); a
     * generic title ("leader", "chief") fits the office of a head of state, government or body.
     */
    static boolean titleFits(String title, String office) {
        if (office == null) {
            return false;
        }
        Set<String> wanted = officeWords(title);
        Set<String> words = officeWords(office);
        return LEADER_TITLES.containsAll(wanted) ? leaderOffice(words) : words.containsAll(wanted);
    }

    /**
     * The portfolio an office or title belongs to, so that offices named differently can be each
     * other's counterparts: "foreign" (a foreign minister, the U.S. Secretary of State, the British
     * Foreign Secretary), "defence", "president", "head of government" (prime minister, chancellor,
     * premier) or "UN ambassador"; {@code null} for deputies and for offices with no clear peer.
     */
    static String portfolio(String office) {
        if (office == null) {
            return null;
        }
        Set<String> w = officeWords(office);
        w.remove("acting");
        if (w.contains("vice") || w.contains("deputy") || w.contains("former") || w.isEmpty()) {
            return null;
        }
        if (w.contains("united") && w.contains("nations") && (w.contains("ambassador") || w.contains("representative"))) {
            return "UN ambassador";
        }
        boolean minister = w.contains("minister") || w.contains("secretary");
        if (minister && (w.contains("foreign") || w.contains("external") || w.equals(Set.of("secretary", "state")))) {
            return "foreign";
        }
        if (minister && (w.contains("defence") || w.contains("armed"))) {
            return "defence";
        }
        if (w.equals(Set.of("president"))) {
            return "president";
        }
        if (w.equals(Set.of("prime", "minister")) || w.equals(Set.of("chancellor")) || w.equals(Set.of("premier"))) {
            return "head of government";
        }
        return null;
    }

    /** "President", "Prime Minister", "Secretary General of NATO"; not "Vice President". */
    private static boolean leaderOffice(Set<String> office) {
        if (office.contains("vice") || office.contains("deputy")) {
            return false;
        }
        return office.stream().anyMatch(LEADER_OFFICES::contains)
                || office.contains("general") && (office.contains("secretary") || office.contains("director"));
    }

    /** The content words of an office or title, lower-cased, with one spelling of "defence". */
    static Set<String> officeWords(String office) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : fold(office).toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String word = w.equals("defense") ? "defence" : w.replaceAll("[^\\p{L}]", "");
            if (!word.isEmpty() && !OFFICE_FILLERS.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The names a person is called by on later mention: the {@link #surname}, and that surname without
     * its Arabic article ("Bashar al-Assad" is "al-Assad" or "Assad", "Abdel Fattah el-Sisi" "Sisi").
     */
    static List<String> surnames(String name, String country) {
        String surname = surname(name, country);
        String bare = ARTICLE_PREFIX.matcher(surname).replaceFirst("");
        return bare.equals(surname) ? List.of(surname) : List.of(surname, bare);
    }

    /**
     * The surname a person is called by on later mention: the last word, the words from a particle
     * on ("von der Leyen"), or the first word for names written family name first ("Xi") and for
     * Ethiopian and Eritrean names, a given name before a father's ("Abiy").
     */
    static String surname(String name, String country) {
        String[] words = SPACES.split(name.strip());
        for (int i = 1; i < words.length - 1; i++) {
            if (PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", List.of(words).subList(i, words.length));
            }
        }
        if (country != null && (FAMILY_NAME_FIRST.contains(country) || PATRONYMIC.contains(country)) && words.length > 1) {
            return words[0];
        }
        return words[words.length - 1];
    }

    int size() {
        return forms.size();
    }

    /** Every term of office of every person, in no particular order (for audits of coverage). */
    List<Entry> persons() {
        return persons;
    }

    static String normalize(String surface) {
        String s = INNER_APOSTROPHE.matcher(fold(surface.replace('’', '\''))).replaceAll("");
        s = WORD_HYPHEN.matcher(s).replaceAll(" ");
        return stripArticle(SPACES.matcher(s).replaceAll(" ").strip()).toLowerCase(Locale.ROOT);
    }

    /** Drops accents: "Erdoğan" is "Erdogan", "António" is "Antonio". */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    private static String stripArticle(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    /** Whether a form must match in its exact case: all-capital abbreviations like "US" or "WHO". */
    static boolean isAbbreviation(String form) {
        return ABBREVIATION.matcher(form).matches() && form.replaceAll("[^A-Z]", "").length() <= 5;
    }

    /** Collects entries from the bundled resources and users' files, validating each line. */
    public static final class Builder {

        private final Map<String, List<Form>> forms = new HashMap<>();
        private final Map<String, Set<String>> descriptions = new HashMap<>();
        private final Map<String, List<String>> seats = new HashMap<>();
        private final Map<String, String> leaderOffices = new HashMap<>();
        private final Map<String, Location> capitals = new HashMap<>();
        private final Map<String, Location> seatCities = new HashMap<>();
        private final Map<String, Location> sites = new HashMap<>();
        /** Each country code read so far to its canonical name, for the members of a group. */
        private final Map<String, String> countryNames = new HashMap<>();
        /** Every country code read so far, which the places' codes must be among. */
        private final Set<String> countryCodes = new HashSet<>();
        /** Each place line's country code and {@code file:line}, checked against the countries in {@link #build}. */
        private final List<String[]> placeCountries = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();

        private Builder() {
        }

        public Builder addStandard() {
            countries(resource("countries.txt"), "countries.txt");
            places(resource("places.txt"), "places.txt");
            organizations(resource("organizations.txt"), "organizations.txt");
            agents(resource("agents.txt"), "agents.txt");
            persons(resource("persons.txt"), "persons.txt");
            return this;
        }

        /**
         * A user's file: sections {@code [countries]}, {@code [places]}, {@code [organizations]},
         * {@code [agents]}, {@code [persons]}, each in the format of the bundled file of that name. Its
         * entries win over the bundled ones for the same form (see {@code PhraseFinder.choose}), so a
         * {@code [places]} line can add a place or give a bundled one another country.
         */
        public Builder addUserFile(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String section = null;
            StringBuilder block = new StringBuilder();
            int blockStart = 1;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i].strip() : "[end]";
                if (line.startsWith("[") && line.endsWith("]")) {
                    if (section != null) {
                        addSection(section, block.toString(), file.toString(), blockStart);
                    } else if (!block.toString().isBlank() && !block.toString().lines()
                            .allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
                        errors.add(file + ":1: entries before the first [section] heading");
                    }
                    section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                    block.setLength(0);
                    blockStart = i + 2;
                } else {
                    block.append(lines[i]).append('\n');
                }
            }
            return this;
        }

        private void addSection(String section, String text, String file, int firstLine) {
            String padded = "\n".repeat(firstLine - 1) + text;
            switch (section) {
                case "countries" -> countries(padded, file);
                case "places" -> places(padded, file);
                case "organizations", "organisations" -> organizations(padded, file);
                case "agents" -> agents(padded, file);
                case "persons", "people" -> persons(padded, file);
                case "end" -> { }
                default -> errors.add(file + ":" + (firstLine - 1) + ": unknown section [" + section
                        + "]; expected [countries], [places], [organizations], [agents] or [persons]");
            }
        }

        public ActorDictionary build() {
            for (String[] place : placeCountries) {
                if (!countryCodes.contains(place[0])) {
                    errors.add(place[1] + ": '" + place[0] + "' is not a country code of countries.txt"
                            + " (or of a [countries] section)");
                }
            }
            if (!errors.isEmpty()) {
                throw new DictionaryException(errors);
            }
            return new ActorDictionary(this);
        }

        /**
         * {@code ISO3 | names | adjectives | capitals [| office that leads the executive [| latitude |
         * longitude]]}, the coordinates being the first capital's; a later file's leading office and
         * coordinates replace an earlier one's, so {@code --actors} can change them.
         */
        private void countries(String text, String file) {
            forEachLine(text, file, 4, 7, (fields, at) -> {
                Double[] capital = coordinatesAt(fields, 5, at);
                if (capital == null) {
                    return;
                }
                String iso = fields[0];
                if (iso.contains("+")) {
                    group(fields, at);
                    return;
                }
                if (!ISO3.matcher(iso).matches()) {
                    errors.add(at + ": '" + iso + "' is not an ISO 3166-1 alpha-3 code");
                    return;
                }
                List<String> names = split(fields[1]);
                if (names.isEmpty()) {
                    errors.add(at + ": country " + iso + " has no name");
                    return;
                }
                countryCodes.add(iso);
                String canonical = names.get(0);
                countryNames.put(iso, canonical);
                for (String n : names) {
                    add(n, new Entry(Entry.Kind.COUNTRY, iso, null, null, canonical, null, at));
                }
                for (String a : split(fields[2])) {
                    add(a, new Entry(Entry.Kind.ADJECTIVE, iso, null, null, canonical, null, at));
                }
                List<String> seats = split(fields[3]);
                if (!seats.isEmpty()) {
                    String city = seats.get(0).split("=", 2)[0].strip();
                    Location before = capitals.get(iso);
                    boolean keep = capital[0] == null && before != null && before.name().equals(city);
                    capitals.put(iso, keep ? before : new Location(null, city, iso, capital[0], capital[1], Location.CITY));
                }
                for (String seat : seats) {
                    // "Aden @ 12.80 45.03": a seat that is a city of its own, with its coordinates
                    String[] located = seat.split("@", 2);
                    String c = located[0].strip();
                    String[] parts = c.split("=", 2);
                    if (located.length == 2) {
                        String[] ll = located[1].strip().split("\\s+");
                        if (ll.length != 2) {
                            errors.add(at + ": write a seat's coordinates as 'name @ latitude longitude', not '" + seat + "'");
                            continue;
                        }
                        Double[] where = coordinates(ll[0], ll[1], at);
                        if (where == null) {
                            continue;  // reported
                        }
                        seatCities.put(normalize(parts[0]), new Location(null, parts[0].strip(), iso, where[0], where[1], Location.CITY));
                    }
                    String sector = parts.length == 2 ? parts[1].strip() : "GOV";
                    if (!SECTORS.contains(sector)) {
                        errors.add(at + ": unknown sector '" + sector + "' in '" + c + "'");
                        continue;
                    }
                    add(parts[0], new Entry(Entry.Kind.CAPITAL, iso, sector, null, canonical, null, at));
                }
                if (fields.length >= 5 && !fields[4].isEmpty()) {
                    String office = fields[4].toLowerCase(Locale.ROOT);
                    if (!leaderOffice(officeWords(office))) {
                        errors.add(at + ": '" + fields[4] + "' is not an office that can lead a government"
                                + " (president, prime minister, chancellor, premier, king, ...)");
                        return;
                    }
                    leaderOffices.put(iso, office);
                }
            });
        }

        /**
         * {@code names | ISO3 | kind [| latitude | longitude]}: a city, region or territory and the
         * country it belongs to. The country must be one that countries.txt (or a {@code [countries]}
         * section) defines, which {@link #build} checks once every file is read; the coordinates are
         * optional and, when given, must both be decimal degrees in range.
         */
        private void places(String text, String file) {
            forEachLine(text, file, 3, 5, (fields, at) -> {
                List<String> names = split(fields[0]);
                String iso = fields[1];
                String kind = fields[2].toLowerCase(Locale.ROOT);
                if (names.isEmpty()) {
                    errors.add(at + ": place has no name");
                    return;
                }
                if (!ISO3.matcher(iso).matches()) {
                    errors.add(at + ": '" + iso + "' is not an ISO 3166-1 alpha-3 code");
                    return;
                }
                if (!PLACE_KINDS.contains(kind)) {
                    errors.add(at + ": unknown kind of place '" + fields[2] + "'; expected city, region or territory");
                    return;
                }
                Double[] where = coordinatesAt(fields, 3, at);
                if (where == null) {
                    return;
                }
                placeCountries.add(new String[] {iso, at});
                sites.put(siteKey(names.get(0), iso), new Location(null, names.get(0), iso, where[0], where[1],
                        kind.equals("city") ? Location.CITY : Location.REGION));
                for (String n : names) {
                    add(n, new Entry(Entry.Kind.PLACE, iso, null, null, names.get(0), null, at));
                }
            });
        }

        /**
         * The optional latitude and longitude fields starting at {@code first}: none when the line
         * ends before them, {@code null} after reporting an error when only one is there or either is
         * invalid.
         */
        private Double[] coordinatesAt(String[] fields, int first, String at) {
            if (fields.length <= first) {
                return new Double[2];
            }
            if (fields.length == first + 1) {
                errors.add(at + ": give both latitude and longitude, or neither");
                return null;
            }
            return coordinates(fields[first], fields[first + 1], at);
        }

        /**
         * Latitude and longitude as written, both empty for none; {@code null} after reporting an
         * error when only one is given or either is no decimal degree in range.
         */
        private Double[] coordinates(String lat, String lon, String at) {
            if (lat.isEmpty() && lon.isEmpty()) {
                return new Double[2];
            }
            if (lat.isEmpty() || lon.isEmpty()) {
                errors.add(at + ": give both latitude and longitude, or neither");
                return null;
            }
            if (!(degrees(lat, 90) && degrees(lon, 180))) {
                errors.add(at + ": latitude and longitude must be decimal degrees (-90..90, -180..180), not '"
                        + lat + "', '" + lon + "'");
                return null;
            }
            return new Double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
        }

        private static boolean degrees(String value, double limit) {
            return DEGREES.matcher(value).matches() && Math.abs(Double.parseDouble(value)) <= limit;
        }

        /**
         * {@code CODE | names | sector [| nouns that describe it [| seats]]}: "the alliance" for NATO,
         * "Brussels" for the EU.
         */
        private void organizations(String text, String file) {
            forEachLine(text, file, 3, 5, (fields, at) -> {
                String code = fields[0];
                if (!ORG_CODE.matcher(code).matches()) {
                    errors.add(at + ": '" + code + "' is not an organisation code (3-12 capitals and digits)");
                    return;
                }
                String sector = fields[2].isEmpty() ? null : fields[2];
                if (sector != null && !SECTORS.contains(sector)) {
                    errors.add(at + ": unknown sector '" + sector + "'");
                    return;
                }
                List<String> names = split(fields[1]);
                for (String n : names) {
                    add(n, new Entry(Entry.Kind.ORGANIZATION, null, sector, code, names.get(0), null, at));
                }
                if (fields.length >= 4) {
                    for (String noun : split(fields[3])) {
                        descriptions.computeIfAbsent(code, k -> new HashSet<>()).add(noun.toLowerCase(Locale.ROOT));
                    }
                }
                if (fields.length == 5) {
                    for (String seat : split(fields[4])) {
                        List<String> codes = seats.computeIfAbsent(normalize(seat), k -> new ArrayList<>());
                        codes.remove(code);
                        codes.add(0, code);  // a user's file, loaded after, wins
                    }
                }
            });
        }

        private void agents(String text, String file) {
            forEachLine(text, file, 2, (fields, at) -> {
                String sector = fields[0];
                if (!SECTORS.contains(sector)) {
                    errors.add(at + ": unknown sector '" + sector + "'");
                    return;
                }
                for (String noun : split(fields[1])) {
                    add(noun, new Entry(Entry.Kind.AGENT, null, sector, null, noun.toLowerCase(Locale.ROOT), null, at));
                }
            });
        }

        /** {@code names | gender | ISO3 | SECTOR | office | from | to}, one line per term of office. */
        private void persons(String text, String file) {
            forEachLine(text, file, 7, (fields, at) -> {
                List<String> names = split(fields[0]);
                String gender = fields[1].toLowerCase(Locale.ROOT);
                String iso = fields[2];
                String sector = fields[3];
                if (names.isEmpty()) {
                    errors.add(at + ": person has no name");
                    return;
                }
                if (!gender.matches("[mf]?")) {
                    errors.add(at + ": gender must be m, f or empty, not '" + fields[1] + "'");
                    return;
                }
                if (!ISO3.matcher(iso).matches() && !ORG_CODE.matcher(iso).matches()) {
                    errors.add(at + ": '" + iso + "' is neither a country nor an organisation code");
                    return;
                }
                if (!SECTORS.contains(sector)) {
                    errors.add(at + ": unknown sector '" + sector + "'");
                    return;
                }
                LocalDate from;
                LocalDate to;
                try {
                    from = LocalDate.parse(fields[5]);
                    to = fields[6].isEmpty() || fields[6].equals("-") ? null : LocalDate.parse(fields[6]);
                } catch (DateTimeParseException e) {
                    errors.add(at + ": dates must be ISO (2021-01-26), with '-' for a term still running");
                    return;
                }
                if (to != null && to.isBefore(from)) {
                    errors.add(at + ": term ends (" + to + ") before it starts (" + from + ")");
                    return;
                }
                boolean org = iso.length() > 3;
                Entry.Term term = new Entry.Term(names.get(0), gender, fields[4], from, to);
                for (String n : names) {
                    add(n, new Entry(Entry.Kind.PERSON, org ? null : iso, sector, org ? iso : null,
                            names.get(0), term, at));
                }
            });
        }

        /**
         * {@code ISO3+ISO3+... | names |  | }: a fixed group of countries ("the Baltic states"), each
         * form standing for every member, as "Hungarian and Romanian officials" names two countries;
         * a name may end in "=SECTOR" where the group is one of governments ("E3=GOV"). The members
         * must be listed before the group.
         */
        private void group(String[] fields, String at) {
            List<String> members = List.of(fields[0].split("\\+"));
            for (String m : members) {
                if (!countryNames.containsKey(m)) {
                    errors.add(at + ": '" + m + "' is not a country code listed before the group");
                    return;
                }
            }
            if (!fields[2].isEmpty() || !fields[3].isEmpty() || fields.length > 4 && !fields[4].isEmpty()) {
                errors.add(at + ": a group of countries has names only, no adjectives, capitals or office");
                return;
            }
            for (String n : split(fields[1])) {
                // "E3=GOV": a grouping of governments, not of whole countries, stands for each government
                String[] parts = n.split("=", 2);
                String sector = parts.length == 2 ? parts[1].strip() : null;
                if (sector != null && !SECTORS.contains(sector)) {
                    errors.add(at + ": unknown sector '" + sector + "' in '" + n + "'");
                    continue;
                }
                for (String m : members) {
                    add(parts[0], new Entry(Entry.Kind.COUNTRY, m, sector, null, countryNames.get(m), null, at));
                }
            }
        }

        private void add(String form, Entry entry) {
            String key = normalize(form);
            if (key.isEmpty()) {
                return;
            }
            String written = stripArticle(SPACES.matcher(form.replace('’', '\'')).replaceAll(" ").strip());
            // a party's name is made of common words ("National Rally", "Law and Justice"): only as written
            boolean exact = isAbbreviation(written) || "PTY".equals(entry.sector()) && entry.kind() == Entry.Kind.CAPITAL;
            forms.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Form(entry, exact ? written : null, form.startsWith(ARTICLE_ONLY)));
        }

        private interface LineHandler {
            void handle(String[] fields, String at);
        }

        private void forEachLine(String text, String file, int fieldCount, LineHandler handler) {
            forEachLine(text, file, fieldCount, fieldCount, handler);
        }

        private void forEachLine(String text, String file, int minFields, int maxFields, LineHandler handler) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String at = file + ":" + (i + 1);
                String[] fields = line.split("\\s*\\|\\s*", -1);
                if (fields.length < minFields || fields.length > maxFields) {
                    String expected = minFields == maxFields ? "" + minFields
                            : minFields + (maxFields - minFields == 1 ? " or " : " to ") + maxFields;
                    errors.add(at + ": expected " + expected + " fields separated by '|', found " + fields.length);
                    continue;
                }
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = fields[f].strip();
                }
                handler.handle(fields, at);
            }
        }

        private static List<String> split(String field) {
            List<String> out = new ArrayList<>();
            for (String s : field.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        private static String resource(String name) {
            try (InputStream in = ActorDictionary.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled dictionary " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
