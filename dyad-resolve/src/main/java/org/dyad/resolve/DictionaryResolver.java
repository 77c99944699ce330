package org.dyad.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Location;
import org.dyad.model.PlaceMention;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.resolve.Part.Kind;
import org.dyad.resolve.Referent.Type;
import org.dyad.stage.ActorResolver;

/**
 * Finds actor mentions with the {@link ActorDictionary} and resolves them sentence by sentence.
 *
 * <p>Within a noun phrase ({@link PhraseFinder} builds them):
 * <ol>
 *   <li>a named person is the term of office that covers the article date, whatever title comes with
 *       the name ("Foreign Minister Sergey Lavrov", "U.N. Ambassador Linda Thomas-Greenfield");</li>
 *   <li>a country, adjective, capital or organisation before an agent noun gives the agent's sector to
 *       each of them ("Russian troops", "Hungarian and Romanian officials", "NATO officials"), and so does
 *       one after it ("the foreign ministers of Hungary and Romania"), except a destination ("U.S.
 *       Ambassador to the U.N.", "U.N. Ambassador": an ambassador is accredited to a body, not sent by it);</li>
 *   <li>a possessor gives its country to an agent noun: a pronoun ("its president"), a description
 *       ("the country's president") or a name ("Putin's spokesman"); "his Russian counterpart" takes the
 *       possessor's sector instead;</li>
 *   <li>a name the dictionaries lack takes the actor of its title ("Deputy Foreign Minister Ivan
 *       Petrov") or of its apposition ("Ivan Petrov, Russia's deputy foreign minister,"), and its later
 *       mentions, full or by surname, follow it;</li>
 *   <li>a single office holder described by country and title ("Russia's foreign minister") is the
 *       person of that office mentioned shortly before, or the one the dictionary has in that office on
 *       the article date;</li>
 *   <li>"he"/"she" take the nearest person of that gender, "it" the nearest country, body or singular
 *       collective ("the government"), "they" the nearest coordination ("Hungary and Romania") or plural
 *       group ("officials"), else the two parties of one verb ("Blinken met Wang Yi"), over the sentence
 *       and the three before it, the subject first;</li>
 *   <li>"his counterpart" with no country is the other country the article points to: visited in
 *       the sentence, else whose holder of the same portfolio it names, else visited in the sentence
 *       before; nothing when none or several fit;</li>
 *   <li>a place of places.txt ("Kharkiv", "Gaza City") stands for its country with no sector, as a
 *       country name does ("Kharkiv was shelled");</li>
 *   <li>a capital or place alone after "in", "at", "near", "outside" or "around" is a location, not an
 *       actor ("talks in Brussels", "fighting around Bakhmut"), unless "at" follows a verb of aiming
 *       ("fired rockets at Sderot"); after a noun for residents or a building it gives them its
 *       country ("officials in Moscow", "a school in Mariupol"), but not to armed actors or envoys;</li>
 *   <li>a capital or place (or a country after "the") that names an agreement, a format or a meeting
 *       is no actor ("the Minsk agreements", "the Paris climate agreement", "the Astana talks");</li>
 *   <li>a place of places.txt alone after "from" is an origin, no actor ("fired rockets from Mosul"),
 *       and so is a capital after a verb of going ("returned from Moscow"); a capital otherwise stands
 *       for its government ("a warning from Moscow");</li>
 *   <li>an address "town, country" or "town, region" puts the town in that country, which is no actor
 *       of its own ("in Tripoli, Lebanon" is Lebanon's Tripoli; see {@code PhraseFinder});</li>
 *   <li>"the city" and "the town" are the last town named before, in the sentence or the three before
 *       it, when those towns are of one country: its country as an actor, its place as a location;</li>
 *   <li>a unit noun (brigade, battalion, regiment, militia, legion, division, corps) right after
 *       capitalised names no dictionary part covers is a named group of unknown country, coded by its
 *       sector alone ("the Azov brigade" -> MIL, entity "Azov brigade"), never the article's country;
 *       so are its members ("Azov Brigade fighters", "its fighters"), while fighters "of" such a unit
 *       are no actor, and a body named after a known one ("Harakat Hezbollah al-Nujaba") is a group
 *       in that body's sector, of no country;</li>
 *   <li>an agent noun after the adjective of a people with no state ("Kurdish fighters") is of the
 *       country the sentence places it in ("in Syria"), else of the towns named nearest, else of
 *       none; never the subject's or the article's country by default;</li>
 *   <li>the article's country is the most mentioned one; on a tie, the one with more towns of
 *       places.txt named, then the one named first;</li>
 *   <li>an ethnic group ("ethnic Albanians in Serbia") or religious community ("Sunnis") takes the
 *       country it lives in, as its civilians (CVL: PLOVER keeps ethnicity and religion out of the
 *       sector);</li>
 *   <li>"the minister" takes the nearest person whose office fits, "the alliance" and "the bloc" the
 *       last body so described, "the country" the last country named;</li>
 *   <li>an agent noun with no country ("police", "the government") takes the article's setting: the
 *       country of its dateline ("KHARTOUM, May 12 —") when the article names that country again and
 *       no other more than three times as often; else its most mentioned country, the headline's
 *       country counting as one mention that wins a tie. The dateline itself is no actor. A ministry
 *       with no country named is the dateline's country's even where another is the setting;</li>
 *   <li>"the North" and "the South" are the two Koreas in an article that names both; a fixed group
 *       of countries.txt ("the Baltic states") is each member; a state-led coalition is the leader's
 *       military, a state-led alliance the leader;</li>
 *   <li>a country after "in" where talks or a meeting are held is a place ("held talks in Oman"),
 *       one acted in a party ("intervene in Moldova"); residents "in" a country are its people;</li>
 *   <li>"both sides" are the last two parties named together or of one verb nearby, else the last
 *       two named together earlier in the article; never one who urges a party or is urged to press
 *       one, and nobody when no pair was named.</li>
 * </ol>
 * It works on tokens and tags and uses the dependency parse where there is one (to find subjects), so
 * it runs on every sentence: pronouns need the actors of sentences that hold no event.
 */
public final class DictionaryResolver implements ActorResolver {

    /** Sentences before the current one where a pronoun looks for its antecedent. */
    private static final int PRONOUN_WINDOW = 3;
    /** The same for "the minister" and for the holder of a described office. */
    private static final int TITLE_WINDOW = 4;
    /** Singular agent nouns for bodies, not persons: "it", not "he", refers back to them. */
    private static final Set<String> COLLECTIVE = Set.of("government", "administration", "regime", "cabinet",
            "ministry", "embassy", "consulate", "delegation", "military", "army", "navy", "force",
            "police", "court", "tribunal", "judiciary", "parliament", "legislature", "senate", "assembly", "house",
            "party", "opposition", "union", "company", "business", "firm", "corporation", "bank", "agency",
            "service", "media", "press", "junta", "council", "crowd", "mob", "public", "population", "community",
            "family", "militia", "group", "coalition", "industry", "church", "university", "school", "hospital",
            "charity", "prosecution", "municipality", "guard", "brigade", "battalion", "regiment", "garrison",
            "insurgency", "movement", "network", "gang", "cartel", "mafia", "clergy", "workforce", "electorate",
            "intelligence", "office", "congress", "politburo", "committee", "station", "newspaper", "broadcaster",
            "conglomerate", "multinational", "manufacturer", "retailer", "lender", "monarchy", "gendarmerie",
            "infantry", "leadership", "authority", "organisation", "organization", "society", "tank", "team");
    /** Weapons and war machines of agents.txt: without an owner named they belong to no known side. */
    private static final Set<String> HARDWARE = Set.of("drone", "drones", "military drones", "combat drones",
            "missile", "missiles", "rocket", "rockets", "warplane", "warplanes", "fighter jets", "jets", "jet",
            "aircraft", "military aircraft", "fighter aircraft", "helicopter", "helicopters", "gunship", "gunships",
            "warship", "warships", "tank", "tanks", "battle tanks", "artillery", "gunboat", "gunboats", "bomber",
            "bombers", "destroyer", "destroyers", "frigate", "frigates", "submarine", "submarines", "navy ships",
            "naval vessels", "naval vessel", "naval ship", "naval ships", "navy vessel", "navy vessels",
            "military vessel", "military vessels", "military ships", "patrol boat", "patrol boats", "patrol vessel",
            "patrol vessels", "patrol ship", "patrol ships", "coast guard vessel", "coast guard vessels",
            "coast guard ship", "coast guard ships", "coastguard vessel", "coastguard vessels", "coastguard ships");
    /**
     * Merchant ships of agents.txt: with no owner named they sail under any flag, not the setting's
     * ("attacks on merchant ships in the Red Sea" in a story datelined Aden are no Yemeni ships').
     */
    private static final Set<String> SHIPPING = Set.of("merchant ship", "merchant ships", "merchant vessel",
            "merchant vessels", "cargo ship", "cargo ships", "cargo vessel", "cargo vessels", "commercial ship",
            "commercial ships", "commercial vessel", "commercial vessels", "container ship", "container ships",
            "oil tanker", "oil tankers");
    /** Ships, whose "its" is the ship's own (crew, cargo, captain), not a country's. */
    private static final Set<String> VESSELS = Set.of("ship", "vessel", "tanker", "freighter", "carrier", "boat",
            "trawler", "yacht", "ferry", "dhow", "barge", "supertanker");
    /** Verbs of travel whose "to" names a destination, not the travellers' country. */
    private static final Set<String> TRAVEL = Set.of("fly", "travel", "head", "sail", "bound", "go", "journey");
    /** Verbs of giving way, whose subject in a condition is the party pressed ("until it agrees"). */
    private static final Set<String> YIELDING = Set.of("agree", "accept", "withdraw", "stop", "cease", "comply",
            "relent", "yield", "halt", "surrender", "concede", "capitulate", "retreat", "release", "free", "end",
            "abandon", "reverse", "pull", "negotiate");
    /** Words opening a condition. */
    private static final Set<String> CONDITIONS = Set.of("until", "unless", "if", "till");
    /** Verbs of punishing a party, whose object's "its" is not the subject's. */
    private static final Set<String> PUNISHING = Set.of("sanction", "punish", "blacklist", "indict", "prosecute",
            "target");
    /** Prepositions placing people in a vessel: "people on the boat", "aboard a tanker". */
    private static final Set<String> ABOARD = Set.of("on", "aboard", "onboard");
    /** Agent nouns relative to a possessor: "his Russian counterpart" is Russia's, in his sector. */
    private static final Set<String> RELATIONAL = Set.of("counterpart", "counterparts");
    /** Envoys accredited to a body, not sent by it: a "U.N. Ambassador" is a country's. */
    private static final Set<String> ACCREDITED = Set.of("ambassador", "ambassadors");
    /** Generic roles within a body ("military spokesman", "police officials"), in the body's sector. */
    private static final Set<String> ROLES = Set.of("official", "officials", "spokesman", "spokesmen", "spokeswoman",
            "spokeswomen", "spokesperson", "spokespersons", "chief", "chiefs", "leader", "leaders");
    /** Metonyms of countries.txt that are the title of one office, to the office: "the pontiff" is the Pope. */
    private static final Map<String, String> OFFICE_METONYMS = Map.of("pope", "pope", "pontiff", "pope",
            "holy father", "pope");
    /** Verbs whose object is where the subject goes ("visited Kyiv", "toured Kharkiv"): a place, as "in Kyiv" is. */
    private static final Set<String> VISITING = Set.of("visit", "tour", "reach");
    /** Verbs of going after which "to" marks a destination ("travelled to Kyiv"), and nouns for a journey. */
    private static final Set<String> GOING = Set.of("travel", "fly", "go", "come", "return", "head", "journey",
            "trip", "visit", "voyage", "sail", "drive", "rush", "move", "relocate", "flee", "escape", "evacuate");
    /** Prepositions that make the noun after them a party of the verb: "met with", "spoke to". */
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("with", "to", "from");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some", "any", "no", "former");
    /** Verbs of appeal, whose subjects address a party from outside: "the UN urged Israel to". */
    private static final Set<String> APPEALING = Set.of("urge", "appeal", "implore", "exhort");
    /** Verbs of bringing two sides together from outside: their doers are go-betweens, not sides. */
    // not "host": the host of a visit is one of its two sides ("Xi hosted Putin ... The two sides signed")
    private static final Set<String> MEDIATING = Set.of("mediate", "broker", "facilitate", "shuttle");
    /** Verbs of saying, whose subjects report acts rather than take sides in them. */
    private static final Set<String> REPORTING = Set.of("say", "announce", "state", "report", "add", "tell",
            "confirm", "claim", "declare", "write");

    /** Tags of the words that join names into one run: "Saudi Arabia and the United States". */
    private static final Set<String> NAME_RUN = Set.of("NNP", "NNPS", "DT", "CC", "POS");

    /** Prepositions after which a region is where something happens: "in the Gulf", "across Europe". */
    private static final Set<String> REGION_PREPOSITIONS = Set.of("in", "across", "into", "throughout", "within");
    /** Nouns after a city's name that make it the name of the province around it. */
    private static final Set<String> REGION_NOUNS = Set.of("region", "province", "oblast", "governorate", "state");

    /** Nouns for a part of a country before "of" and a place's name: "the city of Kharkiv". */
    private static final Set<String> PLACE_OF = Set.of("city", "town", "village", "region", "province", "district",
            "port", "capital", "oblast", "governorate", "state", "enclave", "area", "outskirts", "suburb", "suburbs",
            "edge", "centre", "center", "streets", "heart", "sector", "quarter", "neighbourhood", "neighborhood", "part");
    /** Of those, the ones that "on" makes a location: "on the outskirts of Kyiv". */
    private static final Set<String> OUTSKIRTS = Set.of("outskirts", "edge", "streets", "fringes");
    /** Verbs after which "at" marks a target, not a location: "fired rockets at Sderot". */
    private static final Set<String> AIMED = Set.of("fire", "launch", "shoot", "aim", "lob", "hurl", "direct",
            "throw", "point", "target", "strike", "shell");

    /** The body with sole competence over its members' trade policy, which its seat stands for in trade news. */
    private static final String TRADE_BODY = "IGOEU";
    private static final Set<String> TRADE_WORDS = Set.of("tariff", "tariffs", "anti-dumping", "antidumping",
            "countervailing", "duty", "duties", "quota", "quotas", "trade");
    /** Agent nouns for a person's own people, in the person's sector: "his lawyers", "Navalny's spokeswoman". */
    private static final Set<String> ENTOURAGE = Set.of("lawyer", "lawyers", "attorney", "attorneys", "defence lawyer",
            "defense lawyer", "defense attorney", "spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokeswomen", "family", "families");
    /** Nouns that end a body's name: "the leader of the Wagner group" leads that group. */
    private static final Set<String> BODY_NOUNS = Set.of("group", "movement", "company", "network", "militia",
            "front", "party", "organisation", "organization", "brigade", "brigades", "union", "alliance", "army",
            "council", "corporation", "bank", "foundation", "institute", "association", "federation", "club");

    /**
     * Peoples with no state of their own, whose members live in several countries, by adjective and
     * by the nouns of agents.txt: a "Kurdish fighter" is of the country he is in, not of any country
     * the text brings, and so are "Kurds".
     */
    private static final Set<String> STATELESS = Set.of("kurdish", "baloch", "baluch", "balochi", "tamil",
            "uyghur", "uighur", "rohingya", "pashtun", "berber", "amazigh", "tuareg", "druze", "yazidi", "hazara",
            "assyrian", "romani", "sahrawi", "kurd", "kurds", "pashtuns", "hazaras", "tamils", "uighurs", "uyghurs",
            "berbers", "yazidis");

    /** Crews of agents.txt: of a warship MIL, else civilians with no country unless one is named. */
    private static final Set<String> CREWS = Set.of("crew", "crews", "crew member", "crew members", "crewman",
            "crewmen", "seafarer", "seafarers");
    /** Titles used before names in the US Congress alone ("Senator" is used in many legislatures). */
    private static final Set<String> US_CONGRESS = Set.of("congressman", "congresswoman", "sen.", "rep.");
    /** Countries whose legislators are styled "Rep." or "Sen." too (the Philippines, Liberia). */
    private static final Set<String> CONGRESS_TITLED = Set.of("USA", "PHL", "LBR");
    /** Sectors of armed agents, which a foreign backer arms ("US-backed forces", "Iran-backed militias"). */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "UAF");
    /** Participles of "X-backed forces": X supports the forces, which are not its own. */
    private static final Set<String> PROXIES = Set.of("backed", "sponsored", "funded", "supported", "aligned", "allied", "armed");
    /** Facilities that the place before them names ("the Zaporizhzhia plant", "Odesa port"). */
    static final Set<String> FACILITIES = Set.of("plant", "plants", "reactor", "reactors", "base", "bases",
            "port", "airport", "airfield", "mine", "mines", "refinery", "dam", "terminal", "station", "facility", "depot",
            "factory");

    /** Members of a body, by the nouns that describe such a body: a court's prosecutors, an agency's inspectors. */
    private static final Map<String, Set<String>> MEMBER_OF = Map.of("prosecutor", Set.of("court", "tribunal"),
            "judge", Set.of("court", "tribunal"), "inspector", Set.of("agency", "watchdog"));

    /** Nouns for an armed unit that a name before them may name: "the Azov brigade". */
    private static final Set<String> UNITS = Set.of("brigade", "brigades", "battalion", "battalions", "regiment",
            "regiments", "militia", "militias", "legion", "division", "corps");

    private final ActorDictionary dictionary;

    public DictionaryResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public ResolvedArticle resolve(AnnotatedArticle article) {
        LocalDate date = article.article().published();
        List<List<Phrase>> phrases = phrases(article, new PhraseFinder(dictionary, date));
        if (PhraseFinder.mentions(phrases, "PRK") > 0 && PhraseFinder.mentions(phrases, "KOR") > 0) {
            // "the North", "the South": the Koreas, once the article (its dateline too) has named both
            phrases = phrases(article, new PhraseFinder(dictionary, date).koreas());
        }
        Phrase dateline = phrases.isEmpty() ? null : Datelines.of(article.sentences().get(0), phrases.get(0));
        if (dateline != null) {
            phrases.get(0).remove(dateline);  // where the report was filed: no actor, no place of an event
        }
        String title = article.article().title();
        String filed = dateline == null ? null : dateline.parts.get(0).entry().country();
        boolean headlined = dateline != null && (Datelines.headlineNames(title, filed, dictionary)
                || Datelines.headlineNamesNative(title, filed, dictionary));
        String dominant = PhraseFinder.dominantCountry(phrases);
        List<String> headline = Datelines.headlineCountries(title, dictionary);
        if (headline.size() == 1 && (dominant == null
                || PhraseFinder.mentions(phrases, headline.get(0)) + 1 >= PhraseFinder.mentions(phrases, dominant))) {
            dominant = headline.get(0);  // the headline's country counts as a mention, and wins a tie: the story is about it
        } else if (headline.size() > 1) {
            // "Russia pounds Ukraine's power grid" names both sides: each gains a mention, and the body decides
            int most = dominant == null ? 0 : PhraseFinder.mentions(phrases, dominant) + (headline.contains(dominant) ? 1 : 0);
            for (String c : headline) {
                // a tie with a country the headline does not name goes to the headline, as for one country
                int n = PhraseFinder.mentions(phrases, c) + 1;
                if (headline.contains(dominant) ? n > most : n >= most) {
                    dominant = c;
                    most = n;
                }
            }
        }
        boolean dominantHeadlined = dateline != null && dominant != null
                && Datelines.headlineNames(title, dominant, dictionary);
        String setting = Datelines.setting(dateline, phrases, dominant, headlined, dominantHeadlined);
        Run run = new Run(date, setting, bodiesNamed(phrases), article.sentences(), phrases);
        run.dominantClear = PhraseFinder.clearlyDominant(phrases);
        run.datelined = dateline != null && setting.equals(dateline.parts.get(0).entry().country());
        run.headlinedSetting = setting != null && headline.contains(setting);
        run.home = dateline == null ? null : dateline.parts.get(0).entry().country();
        for (int i = 0; i < phrases.size(); i++) {
            run.sentence(article.sentences().get(i), phrases.get(i));
        }
        return new ResolvedArticle(article, run.mentions, run.places);
    }

    private static List<List<Phrase>> phrases(AnnotatedArticle article, PhraseFinder finder) {
        List<List<Phrase>> phrases = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            phrases.add(new ArrayList<>(finder.phrases(s)));
        }
        return phrases;
    }

    /** The organisations an article names, with the parents of institutions (IGOEUCOM gives IGOEU). */
    private static Set<String> bodiesNamed(List<List<Phrase>> phrases) {
        Set<String> out = new HashSet<>();
        for (List<Phrase> sentence : phrases) {
            for (Phrase p : sentence) {
                for (Part part : p.parts) {
                    String code = part.entry() == null ? null : part.entry().code();
                    for (int len = code == null ? 0 : code.length(); len >= 5; len -= 3) {
                        out.add(code.substring(0, len));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One actor a phrase stands for, with what later pronouns need to know of it.
     *
     * @param named whether the actor is a person known by name
     */
    private record Reading(Actor actor, String why, Type type, String gender, String office, Actor place,
                           boolean named) {

        Reading because(String newWhy) {
            return new Reading(actor, newWhy, type, gender, office, place, named);
        }

        Reading as(Type newType) {
            return new Reading(actor, why, newType, newType == Type.PERSON ? gender : "", office, place, named);
        }

        Reading person(String entity, String newWhy, String newGender, String newOffice) {
            Actor a = new Actor(actor.text(), actor.code(), actor.country(), actor.sector(), entity);
            return new Reading(a, newWhy, Type.PERSON, newGender, newOffice, place, true);
        }
    }

    /** A phrase's places and bodies: before its agent noun, after it, and the one it is accredited to. */
    private record Owners(List<Part> before, List<Part> after, Part destination) {

        /** Those before the agent noun, else those after it. */
        List<Part> chosen() {
            return before.isEmpty() ? after : before;
        }
    }

    /** The resolution of one article, in text order. */
    private final class Run {

        private final LocalDate date;
        /** Where the article is set, for nouns that name no country: see {@link Datelines#setting}. */
        private final String setting;
        private final Discourse discourse = new Discourse();
        /** Names the dictionaries lack, as resolved where they were introduced. */
        private final Map<String, Reading> learned = new HashMap<>();
        /** Names the dictionaries lack, to the gender a pronoun bound to them showed. */
        private final Map<String, String> learnedGender = new HashMap<>();
        private final Map<Phrase, List<ActorMention>> resolved = new HashMap<>();
        private final List<ActorMention> mentions = new ArrayList<>();
        private final List<PlaceMention> places = new ArrayList<>();
        private int groups;
        private int lastGroup = -1;
        /** Tokens of the current sentence that are part of a person's name. */
        private final Set<Integer> names = new HashSet<>();

        /** Organisations the article names, for seats that stand for them ("Brussels"). */
        private final Set<String> bodies;

        /** Whether the most mentioned country is named at least twice and more often than any other. */
        private boolean dominantClear;
        /** Whether the setting is the dateline's country. */
        private boolean datelined;
        /** Whether the headline names the setting's country. */
        private boolean headlinedSetting;
        /** The dateline's country, {@code null} when the article has no dateline. */
        private String home;
        /** The whole article, for a counterpart's country named elsewhere. */
        private final List<Sentence> sentences;
        private final List<List<Phrase>> phrases;

        Run(LocalDate date, String setting, Set<String> bodies, List<Sentence> sentences, List<List<Phrase>> phrases) {
            this.date = date;
            this.setting = setting;
            this.bodies = bodies;
            this.sentences = sentences;
            this.phrases = phrases;
        }

        /**
         * The entry a place or body part stands for: a seat ("Brussels") is the body seated there in
         * an article that names that body; else its own. A lone capital that is a place ("talks in
         * Brussels") stands for nothing and never gets here (see {@link #place}).
         */
        private Entry standsFor(Sentence s, Part o, Part agent) {
            if (o.kind() != Kind.CAPITAL) {
                return o.entry();
            }
            for (String code : dictionary.seatsOf(span(s, o.begin(), o.end()))) {
                Entry body = dictionary.byCode(code);
                // a court's seat is the court only for its own members: "prosecutors in The Hague"
                // after the ICC are the court's, "The Hague protested" is still the Dutch government
                boolean court = body != null && "JUD".equals(body.sector());
                if (body != null && (bodies.contains(code) || TRADE_BODY.equals(code) && tradePolicy(s))
                        && (!court || agent != null && "JUD".equals(agent.entry().sector()))) {
                    return body;
                }
            }
            return o.entry();
        }

        /**
         * Whether the sentence is about trade policy ("tariffs", "anti-dumping duties"), which the EU
         * alone sets for its members: there "Brussels" is the EU even where the article does not name it.
         */
        private boolean tradePolicy(Sentence s) {
            return s.tokens().stream().anyMatch(t -> TRADE_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)));
        }

        /**
         * Whether a phrase is a capital or a place of places.txt named as a location, not as an actor:
         * alone after "in", "at", "near", "outside" or "around" ("talks in Brussels", "shelling near
         * Kharkiv"), or coordinated with such a location ("in Moscow and Minsk"). One after an agent
         * noun of residents or a building belongs to that phrase instead ("officials in Moscow", "a
         * school in Mariupol", see {@code PhraseFinder}).
         */
        private boolean place(Sentence s, Phrase p, boolean previousPlace) {
            if (p.parts.size() == 1 && town(s, p.parts.get(0)) != null) {
                return locative(s, p.begin());  // "fighting in the city"
            }
            if (region(s, p)) {
                return true;  // "seized a tanker in the Gulf", "across the Middle East": where, not who
            }
            if (p.parts.size() == 1 && p.parts.get(0).kind() == Kind.COUNTRY) {
                return venue(s, p);  // "held talks in Oman"; "intervene in Syria" keeps its actor
            }
            if (p.parts.size() != 1 || !p.parts.get(0).isLocation()) {
                return false;
            }
            return p.coordinated && previousPlace || locative(s, p.begin());
        }

        /**
         * Whether a phrase is a region of countries.txt alone, one with no capital ("the Gulf", "the
         * Middle East"), right after "in", "across", "into", "throughout" or "within": a region is where things
         * happen, and acts only through the states or bodies in it, which are named as such.
         */
        private boolean region(Sentence s, Phrase p) {
            Part part = p.parts.size() == 1 ? p.parts.get(0) : null;
            if (part == null || !(part.kind() == Kind.COUNTRY || part.kind() == Kind.ADJECTIVE) || part.entry() == null
                    || part.entry().country() == null || dictionary.hasCapital(part.entry().country())
                    || p.end() < s.tokens().size() && s.token(p.end()).isNoun()) {
                return false;  // "Gulf states", "Gulf officials": the adjective qualifies an actor
            }
            int k = p.begin() - 1;
            if (k >= 0 && s.token(k).lemma().equals("the")) {
                k--;
            }
            return k >= 0 && REGION_PREPOSITIONS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
        }

        /**
         * Whether a phrase is a place named as where someone or something comes from, not as an
         * actor: a place of places.txt alone after "from" ("fired rockets from Mosul", "fled from
         * Aleppo"), or a capital there after a verb or noun of going ("returned from Moscow"),
         * or coordinated with such an origin ("from Mosul and Kirkuk"). A capital after "from"
         * otherwise stands for its government ("a message from Moscow", "pressure from Washington").
         * After an agent noun the place belongs to the agent's phrase instead ("refugees from
         * Aleppo", "a delegation from Moscow", see {@code PhraseFinder}).
         */
        private boolean origin(Sentence s, Phrase p, boolean previousOrigin) {
            if (p.parts.size() != 1 || !p.parts.get(0).isLocation()) {
                return false;
            }
            if (p.coordinated && previousOrigin) {
                return true;
            }
            int k = p.begin() - 1;
            if (k >= 0 && s.token(k).lemma().equals("the")) {
                k--;
            }
            if (k < 0 || !s.token(k).word().equalsIgnoreCase("from")) {
                return false;
            }
            return p.parts.get(0).kind() == Kind.PLACE || afterGoing(s, k);
        }

        /**
         * Whether a phrase is a capital or a place of places.txt that only names a facility after it
         * ("the Zaporizhzhia nuclear power plant", "the Basra refinery", "Odesa port"): the facility is
         * where something happens or what is struck, no actor; the place still locates it.
         */
        private boolean facility(Sentence s, Phrase p) {
            if (p.parts.size() != 1 || !p.parts.get(0).isLocation()) {
                return false;
            }
            int k = p.end();
            while (k < s.tokens().size() && k < p.end() + 3 && !FACILITIES.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                    && (s.token(k).tag().startsWith("JJ") || s.token(k).tag().equals("NN"))) {
                k++;  // "nuclear power", "air", "oil"
            }
            return k < s.tokens().size() && s.token(k).tag().startsWith("NN") && !s.token(k).isProperNoun()
                    && FACILITIES.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                    && (k + 1 == s.tokens().size() || !s.token(k + 1).isNoun());
        }

        void sentence(Sentence s, List<Phrase> phrases) {
            names.clear();
            for (Phrase p : phrases) {
                p.parts.stream().filter(Part::isNamed).forEach(n -> {
                    for (int k = n.begin(); k < n.end(); k++) {
                        names.add(k);
                    }
                });
            }
            boolean previousPlace = false;
            boolean previousOrigin = false;
            for (Phrase p : phrases) {
                if (resolved.containsKey(p)) {
                    continue;  // the second half of an apposition
                }
                boolean place = place(s, p, previousPlace);
                boolean origin = !place && origin(s, p, previousOrigin);
                previousPlace = place;
                previousOrigin = origin;
                locate(s, p, place);
                if (place || origin || facility(s, p)) {
                    resolved.put(p, List.of());
                } else if (p.apposition != null) {
                    apposition(s, p, p.apposition);
                } else {
                    emit(s, p, readings(s, p, true), true, p.coordinated && lastGroup >= 0 ? lastGroup : groups++);
                }
            }
        }


        /**
         * Records the places a phrase names: a capital or a place of places.txt standing alone
         * wherever it stands (a location after "in", else perhaps what an attack struck: "shelled
         * Kharkiv"); within a longer phrase, or a country, only where the words before it make it a
         * location ("the parliament in Tbilisi", "fighting in Sudan"). Which of them locates an
         * event is the coder's choice, by the event's clause.
         */
        private void locate(Sentence s, Phrase p, boolean locative) {
            for (Part part : p.parts) {
                Part town = town(s, part);
                if (town != null) {
                    // "the city" is where the town named before is
                    Location where = dictionary.location(town.entry());
                    places.add(new PlaceMention(s.index(), part.begin(), part.end(), part.end() - 1,
                            where.withText(span(s, part.begin(), part.end())), locative(s, part.begin())));
                    continue;
                }
                if (p.grouped(part)) {
                    continue;  // "in the Baltic states" names no one place
                }
                // "the parliament in Tbilisi": a place after a locative word inside a longer phrase
                boolean after = locative || part.isPlace() && locative(s, part.begin());
                boolean country = part.kind() == Kind.COUNTRY && after;
                // a metonym of another sector ("the CIA", "Congress") is a body before it is a place
                boolean body = part.kind() == Kind.CAPITAL && !"GOV".equals(part.entry().sector());
                boolean alone = p.parts.size() == 1;
                if (!part.isLocation() && !country || (body || !alone) && !after) {
                    continue;
                }
                Location where = dictionary.location(part.entry(), span(s, part.begin(), part.end()));
                if (where != null && Location.CITY.equals(where.precision()) && regionAfter(s, part.end())) {
                    // "the Dnipropetrovsk region", "Kano state": the province named after the city, not
                    // the city: the region places.txt lists by that name, else one with no coordinates,
                    // since the province's centre is not the city's
                    int first = part.begin() + (s.token(part.begin()).tag().equals("DT") ? 1 : 0);
                    String name = span(s, first, part.end());
                    String text = span(s, part.begin(), part.end() + 1);
                    String noun = s.token(part.end()).word().toLowerCase(Locale.ROOT);
                    // "the Kharkiv region" is how English news names Kharkiv Oblast
                    List<String> spellings = noun.equals("region") ? List.of(name + " region", name + " oblast")
                            : List.of(name + " " + noun);
                    Location region = spellings.stream().flatMap(n -> dictionary.lookup(n).stream())
                            .filter(e -> e.kind() == Entry.Kind.PLACE && where.country().equals(e.country()))
                            .map(dictionary::location)
                            .filter(l -> l != null && Location.REGION.equals(l.precision())).findFirst()
                            .orElse(new Location(null, name + " " + noun, where.country(), null, null, Location.REGION));
                    places.add(new PlaceMention(s.index(), part.begin(), part.end() + 1, part.end(),
                            region.withText(text), after));
                } else if (where != null) {
                    places.add(new PlaceMention(s.index(), part.begin(), part.end(), alone ? p.head() : part.end() - 1,
                            where.withText(span(s, part.begin(), part.end())), after));
                }
            }
        }

        /**
         * Whether the word at {@code k} is a region noun that ends the name before it ("the Kharkiv
         * region", "Kano State"), not a word inside a longer name ("Moscow State University").
         */
        private static boolean regionAfter(Sentence s, int k) {
            if (k >= s.tokens().size() || !REGION_NOUNS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            return k + 1 >= s.tokens().size() || !s.token(k + 1).isNoun();
        }

        /**
         * The actor as PLOVER codes it: an ethnic community or a community of faith (ETH, FTH, which
         * the rules use to place it in the country it lives in) is civilians of that country, CVL, as
         * PLOVER keeps ethnicity and religion out of the sector ("Kosovo Albanians" are XKXCVL,
         * "Christians in Egypt" EGYCVL).
         */
        private static Actor published(Actor a) {
            if (!"ETH".equals(a.sector()) && !"FTH".equals(a.sector())) {
                return a;
            }
            String code = a.code().endsWith(a.sector()) ? a.code().substring(0, a.code().length() - 3) + "CVL" : a.code();
            return new Actor(a.text(), code, a.country(), "CVL", a.entity());
        }

        private void emit(Sentence s, Phrase p, List<Reading> readings, boolean register, int group) {
            String text = span(s, p.begin(), p.end());
            List<ActorMention> out = new ArrayList<>();
            for (Reading r : readings) {
                Actor a = published(r.actor());
                ActorMention m = new ActorMention(s.index(), p.begin(), p.end(), p.head(),
                        new Actor(text, a.code(), a.country(), a.sector(), a.entity()), r.why());
                out.add(m);
                if (register) {
                    discourse.add(new Referent(m, r.type(), r.gender(), r.office(), r.place(), group, subject(s, p),
                            predicate(s, p), between(s, p), reports(s, p)));
                }
            }
            if (!readings.isEmpty()) {
                lastGroup = group;
            }
            resolved.put(p, out);
            mentions.addAll(out);
        }

        /** What a phrase stands for; {@code link} ties a described office holder to a person. */
        private List<Reading> readings(Sentence s, Phrase p, boolean link) {
            Part person = p.first(Kind.PERSON);
            if (person != null) {
                return List.of(person(p, person));
            }
            if (p.parts.size() == 1) {
                Part only = p.parts.get(0);
                switch (only.kind()) {
                    case PRONOUN:
                        return pronoun(s, only);
                    case DESCRIPTION:
                        return description(s, only);
                    case NAME:
                        Reading r = learned.get(only.text());
                        return r == null ? List.of() : List.of(r.because("name '" + only.text() + "' as introduced: "
                                + r.why()));
                    default:
                        break;
                }
            }
            Part agent = p.agent();
            Reading speaksFor = p.parts.size() == 1 && agent != null ? speaksFor(s, p, agent) : null;
            if (speaksFor != null) {
                return List.of(speaksFor);
            }
            Part named = agent == null ? describedName(s, p) : null;
            List<Reading> out = named == null ? owned(s, p, agent) : owned(s, new Phrase(p.sentence, List.of(named)), null);
            if (agent == null && counted(s, p)) {
                out = out.stream().map(DictionaryResolver::civilians).toList();
            }
            if (link && agent == null && out.size() == 1 && p.parts.size() == 1) {
                return List.of(officeMetonym(s, p.parts.get(0), out.get(0)));
            }
            Part name = p.first(Kind.NAME);
            if (name != null && UNITS.contains(lastWord(name.text()))) {
                // "the Sultan Murad Division": a title word opening a unit's name makes no person of it
                return List.of(namedGroup(span(s, p.begin(), name.end()), "MIL", lastWord(name.text())));
            }
            if (name != null && out.size() == 1 && agent != null && out.get(0).why().endsWith(FALLBACK)) {
                // "the French ambassador ... ambassador Sylvain Itte": the title's earlier owner
                Referent before = ownedBefore(s, agent.entry().entity(), agent.entry().sector());
                out = before == null ? notTheHolder(s, agent, out) : List.of(new Reading(before.actor(), "title '"
                        + agent.entry().entity() + "' -> " + codeOf(before.actor()) + " (the same title with its owner, sentence "
                        + before.sentence() + ")", Type.PERSON, "", before.office(), before.place(), false));
            }
            // a setting taken only as a fallback gives way unless its own legislators bear these titles
            boolean guessed = out.size() == 1 && out.get(0).why().endsWith(FALLBACK) && out.get(0).actor().country() != null
                    && !CONGRESS_TITLED.contains(out.get(0).actor().country());
            Entry congress = name != null && (out.isEmpty() || guessed) && agent != null
                    && US_CONGRESS.contains(span(s, agent.begin(), agent.end()).toLowerCase(Locale.ROOT)) ? dictionary.byCode("USA") : null;
            if (congress != null) {
                // "Congresswoman X", "Sen. X" where no country is named at all, or only a setting whose
                // legislature has no such titles ("Rep. Ilhan Omar" in a story on Syria): the US Congress's
                out = List.of(owned(owner(congress, false), agent, "LEG", "title '" + span(s, agent.begin(), agent.end())
                        + "' -> LEG; a title of the US Congress, and no country named whose legislators bear it", false));
            }
            if (name != null && !out.isEmpty()) {
                Reading r = named(out.get(0), name, agent);
                learned.put(name.text(), r);
                return List.of(r);
            }
            if (link && out.size() == 1 && !out.get(0).named() && personal(agent) && !indefinite(s, p)
                    && !headsOtherBody(p)) {
                return List.of(holder(s, agent, out.get(0)));
            }
            return out;
        }

        /**
         * "A spokesman for the militia": a spokesman with no owner of his own, followed by "for" or
         * "of" and a body named by its noun, speaks for that body and takes its code, as "a militia
         * spokesman" would; not the setting's government.
         */
        private Reading speaksFor(Sentence s, Phrase p, Part agent) {
            if (!agent.entry().entity().startsWith("spokes")) {
                return null;
            }
            int k = p.end();
            if (k + 1 >= s.tokens().size() || !Set.of("for", "of").contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int begin = s.token(k + 1).lemma().equals("the") ? k + 2 : k + 1;
            Phrase body = phrases.get(s.index()).stream().filter(q -> q.begin() <= begin && q.end() > begin).findFirst().orElse(null);
            Part noun = body == null || body.parts.size() != 1 ? null : body.agent();
            if (noun == null || noun.plural() || !BODY_NOUNS.contains(lastWord(noun.entry().entity()))) {
                return null;
            }
            List<Reading> own = readings(s, body, false);
            if (own.size() != 1) {
                return null;
            }
            Actor a = own.get(0).actor();
            return new Reading(a, "'" + agent.entry().entity() + " for the " + noun.entry().entity() + "' -> "
                    + a.code() + " (the body he speaks for: " + own.get(0).why() + ")", Type.PERSON, gender(agent),
                    agent.entry().entity(), own.get(0).place(), false);
        }

        /**
         * "The chief of Israel's militia", "the commander of Iran's navy": a title whose complement
         * names a body other than the government leads that body, so no office holder of the
         * country is meant ("the head of the Russian government" still is one).
         */
        private static boolean headsOtherBody(Phrase p) {
            Part body = p.complementAgent();
            return body != null && body.entry().sector() != null && !"GOV".equals(body.entry().sector());
        }

        /**
         * "The West African bloc ECOWAS", "the Gulf state Qatar": a body or country named after a
         * common noun that describes it, whose adjective before describes it too; the name alone is
         * the actor. Null when the phrase is not so built.
         */
        private Part describedName(Sentence s, Phrase p) {
            if (p.parts.size() < 2) {
                return null;
            }
            Part last = p.parts.get(p.parts.size() - 1);
            Part before = p.parts.get(p.parts.size() - 2);
            if (last.kind() != Kind.ORGANIZATION && last.kind() != Kind.COUNTRY || !before.isPlace()) {
                return null;
            }
            boolean noun = false;
            for (int k = before.end(); k < last.begin(); k++) {
                Token t = s.token(k);
                if (!t.isNoun() || Character.isUpperCase(t.word().charAt(0))) {
                    return null;  // only lower-case common nouns between: "bloc", "gas giant", "state"
                }
                noun = true;
            }
            return noun ? last : null;
        }

        /**
         * A named person: the term that covers the date, or the nearest within the tolerance
         * ({@link PhraseFinder#choose}); out of office they are a former official (ELI), and so is
         * anyone a "former president" or "ex-minister" title describes who is not in office then.
         */
        private Reading person(Phrase p, Part person) {
            Entry e = person.entry();
            Entry.Term term = e.person();
            boolean formerTitle = p.parts.stream().anyMatch(q -> q.kind() == Kind.AGENT && q.end() <= person.begin()
                    && "ELI".equals(q.entry().sector()));
            if (formerTitle && date != null && !term.covers(date)) {
                e = e.former();
            }
            Actor a = e.code() != null ? new Actor(e.entity(), e.code(), null, e.sector(), e.entity())
                    : Actor.of(e.entity(), e.country(), e.sector(), e.entity());
            String why = "person '" + e.entity() + "': " + term.office() + " " + term.from() + ".."
                    + (term.to() == null ? "" : term.to()) + " (" + e.origin() + ")";
            if (date != null && !term.covers(date)) {
                why += "; not in office on " + date + (e.sector().equals("ELI") && e.code() == null
                        ? ", a former office holder -> ELI" : ", nearest term");
            }
            return new Reading(a, why, Type.PERSON, term.gender(), term.office(), null, true);
        }

        private Reading named(Reading title, Part name, Part agent) {
            String gender = !name.gender().isEmpty() ? name.gender() : agent == null ? "" : gender(agent);
            String office = agent == null ? title.office() : agent.entry().entity();
            return title.person(name.text(), "name '" + name.text() + "' with title: " + title.why(), gender, office);
        }

        /**
         * The actors owning the phrase's agent noun, or the places and bodies it names when it has
         * none: the owners before the agent, else those after it, else its possessor's.
         */
        private List<Reading> owned(Sentence s, Phrase p, Part agent) {
            Owners owners = owners(s, p, agent);
            List<Actor> possessors = possessors(s, p);
            List<Reading> out = new ArrayList<>();
            if (!owners.chosen().isEmpty()) {
                String sector = agent == null ? null : sector(p, agent, owners, possessors);
                for (Part o : owners.chosen()) {
                    Entry e = standsFor(s, o, agent);
                    boolean seat = e != o.entry();
                    // a metonym with a sector of its own is no capital: "Likud", "the Pentagon"
                    String kind = o.kind() == Kind.CAPITAL && e.sector() != null && !"GOV".equals(e.sector())
                            ? "body (" + e.sector() + ")" : o.kind().name().toLowerCase(Locale.ROOT);
                    String why = agent == null ? kind + " "
                            + (e.code() != null ? e.code() : "of " + e.entity()) + " (" + e.origin() + ")"
                            : e.entity() + " + agent '" + agent.entry().entity() + "' -> " + sector;
                    if (o.kind() == Kind.PLACE) {
                        why = "place '" + e.entity() + "' in " + e.country() + " (" + e.origin() + ")"
                                + (agent == null ? "" : " + agent '" + agent.entry().entity() + "' -> " + sector);
                    }
                    if (seat) {
                        why = "seat '" + span(s, o.begin(), o.end()) + "' -> " + e.code() + ", named in the article ("
                                + e.origin() + ")" + (agent == null ? "" : "; agent '" + agent.entry().entity()
                                + "' -> " + sector);
                    }
                    Reading r = owned(owner(e, o.kind() == Kind.CAPITAL && !seat), agent, sector, why,
                            !seat && (o.kind() == Kind.COUNTRY || o.kind() == Kind.ADJECTIVE));
                    out.add(describedBody(o, agent) ? r.as(Type.ORGANIZATION) : r);
                }
                return out;
            }
            if (agent == null) {
                return out;
            }
            if (relational(agent)) {
                return counterpart(s, p, agent);  // "his counterpart" says whose it is not
            }
            for (Actor a : possessors) {
                Actor o = owner(a);
                if (o == null && a.country() == null && a.entity() != null && Objects.equals(a.code(), a.sector())) {
                    // "the Azov brigade ... its fighters": a named group of no known country owns its own
                    String own = agent.entry().sector();
                    o = new Actor(a.entity(), own, null, own, a.entity());
                }
                if (o != null) {
                    // "his lawyers" act for him: the possessor's sector, not the judiciary's
                    boolean entourage = ENTOURAGE.contains(agent.entry().entity()) && a.sector() != null;
                    String sector = entourage ? a.sector() : agent.entry().sector();
                    out.add(owned(o, agent, sector, "possessor " + a.entity() + " + agent '"
                            + agent.entry().entity() + "' -> " + sector + (entourage ? " (the possessor's own)" : ""),
                            false));
                }
            }
            return out.isEmpty() ? agentAlone(s, p, agent, owners.destination()) : out;
        }

        /**
         * The sector of an owned agent noun: a relational noun's possessor's ("his Russian
         * counterpart"), a complement's ("spokeswoman for the Ukrainian air force" is MIL), a generic
         * role's body ("military spokesman"), else the agent's own.
         */
        private String sector(Phrase p, Part agent, Owners owners, List<Actor> possessors) {
            if (relational(agent) && !possessors.isEmpty() && possessors.get(0).sector() != null) {
                return possessors.get(0).sector();
            }
            if (owners.before().isEmpty() && p.complementAgent() != null) {
                return p.complementAgent().entry().sector();
            }
            String role = roleOf(p, agent).entry().sector();
            if ("GOV".equals(role) && owners.chosen().stream()
                    .allMatch(o -> o.kind() == Kind.ORGANIZATION && "NGO".equals(o.entry().sector()))) {
                return "NGO";  // "Oxfam officials", "Amnesty's secretary-general": a charity's staff govern no one
            }
            if ("GOV".equals(role) && owners.chosen().stream()
                    .allMatch(o -> o.kind() == Kind.CAPITAL && "PTY".equals(o.entry().sector()))) {
                return "PTY";  // "AfD leader Alice Weidel", "Likud officials": a party's, not the government's
            }
            return role;
        }

        /** The places and bodies of a phrase, before its agent noun and after it, and its destination. */
        private Owners owners(Sentence s, Phrase p, Part agent) {
            int firstAgent = agent == null ? p.parts.size() : p.parts.indexOf(p.first(Kind.AGENT));
            boolean destinationAfter = p.parts.stream().anyMatch(part -> part.isOwner()
                    && destination(s, part, agent, false));
            List<Part> before = new ArrayList<>();
            List<Part> after = new ArrayList<>();
            Part destination = null;
            for (int k = 0; k < p.parts.size(); k++) {
                Part part = p.parts.get(k);
                if (!part.isOwner()) {
                    continue;
                }
                // "U.N. Ambassador" is accredited to the U.N.; "EU Ambassador to Ukraine" is the EU's
                if (destination(s, part, agent, k < firstAgent) && !(k < firstAgent && destinationAfter)) {
                    destination = part;
                } else {
                    (k < firstAgent ? before : after).add(part);
                }
            }
            return new Owners(before, after, destination);
        }

        private Reading owned(Actor owner, Part agent, String sector, String why, boolean namedPlace) {
            Actor place = namedPlace && owner.country() != null ? Actor.of(owner.entity(), owner.country(), null,
                    owner.entity()) : null;
            if (agent == null) {
                return new Reading(owner, why, owner.country() == null ? Type.ORGANIZATION : Type.COUNTRY, "", null,
                        place, false);
            }
            Actor a = owner.country() != null ? Actor.of(owner.entity(), owner.country(), sector, owner.entity())
                    : new Actor(owner.entity(), owner.code(), null, sector, owner.entity());
            return new Reading(a, why, type(agent), gender(agent), agent.entry().entity(), place, false);
        }

        /**
         * Whether a singular agent noun right before an organisation's name only describes it ("the
         * paramilitary Rapid Support Forces", "the militant Hamas"): the phrase is that body, not one
         * of its members, and "both sides" or "it" may take it as a body.
         */
        private static boolean describedBody(Part owner, Part agent) {
            return agent != null && owner.kind() == Kind.ORGANIZATION && agent.end() == owner.begin() && !agent.plural();
        }

        /** "U.S. Ambassador to the U.N.": after "to", or a body an ambassador is accredited to. */
        private boolean destination(Sentence s, Part part, Part agent, boolean beforeAgent) {
            if (agent == null) {
                return false;
            }
            if (beforeAgent) {
                return part.kind() == Kind.ORGANIZATION && ACCREDITED.contains(agent.entry().entity());
            }
            int k = part.begin() - 1;
            if (k >= 0 && s.token(k).lemma().equals("the")) {
                k--;
            }
            return k >= 0 && s.token(k).word().equalsIgnoreCase("to");
        }

        /** The actors a possessive pronoun, a description or a possessor name in the phrase stand for. */
        private List<Actor> possessors(Sentence s, Phrase p) {
            List<Actor> out = new ArrayList<>();
            for (Part part : p.parts) {
                if (part.kind() == Kind.PRONOUN) {
                    antecedents(s, part).forEach(r -> out.add(r.actor()));
                } else if (part.kind() == Kind.DESCRIPTION) {
                    description(s, part).forEach(r -> out.add(r.actor()));
                }
            }
            if (out.isEmpty() && p.possessor != null) {
                resolved.getOrDefault(p.possessor, List.of()).forEach(m -> out.add(m.actor()));
            }
            return out;
        }

        /**
         * "Lavrov spoke with his counterpart": a single counterpart whose country the phrase does not
         * give, of a possessor who is a person of known office, is the other country that the article
         * points to, in this order: the one other country the sentence visits ("flew to Ankara, where
         * he met his counterpart"); the one other country whose holder of the same office the article
         * names ("Wang Yi" for Blinken); the one other country the previous sentence visits. It takes
         * the possessor's sector; nothing when no step finds exactly one country.
         */
        private List<Reading> counterpart(Sentence s, Phrase p, Part agent) {
            Referent owner = agent.plural() ? null : possessor(s, p);
            String own = owner == null ? null : codeOf(owner.actor());
            if (owner == null || owner.type() != Type.PERSON || owner.office() == null || own == null) {
                return List.of();
            }
            Set<String> here = visited(s.index(), own);
            if (here.size() > 1) {
                return List.of();
            }
            if (here.size() == 1) {
                return counterpart(owner, here.iterator().next(), null, "the other country visited in the sentence");
            }
            String portfolio = ActorDictionary.portfolio(owner.office());
            Map<String, Set<String>> peers = portfolio == null ? Map.of() : peers(portfolio, own);
            if (peers.size() > 1) {
                return List.of();
            }
            if (peers.size() == 1) {
                Map.Entry<String, Set<String>> peer = peers.entrySet().iterator().next();
                String who = peer.getValue().size() == 1 ? peer.getValue().iterator().next() : null;
                return counterpart(owner, peer.getKey(), who, "the other country whose " + portfolio
                        + " office holder the article names");
            }
            Set<String> before = s.index() > 0 ? visited(s.index() - 1, own) : Set.of();
            return before.size() != 1 ? List.of()
                    : counterpart(owner, before.iterator().next(), null, "the other country visited in the sentence before");
        }

        private List<Reading> counterpart(Referent owner, String code, String who, String how) {
            Entry country = dictionary.byCode(code);
            if (country == null) {
                return List.of();
            }
            String sector = owner.actor().sector();
            String entity = who;
            String gender = "";
            Entry holder = who == null ? dictionary.holder(code, owner.office(), date) : null;
            if (holder != null) {
                entity = holder.entity();
                gender = holder.person().gender();
            }
            Actor a = Actor.of(country.entity(), code, sector, entity != null ? entity : country.entity());
            String why = "counterpart of " + owner.actor().entity() + " (" + owner.office() + ") -> " + code
                    + (sector == null ? "" : sector) + ": " + how + (holder == null ? "" : "; " + holder.person().office()
                    + " on " + date + ": " + holder.entity() + " (" + holder.origin() + ")");
            Actor place = Actor.of(country.entity(), code, null, country.entity());
            return List.of(new Reading(a, why, Type.PERSON, gender, owner.office(), place, entity != null));
        }

        /** The referent of a phrase's possessor ("his", "Lavrov's"), {@code null} unless exactly one. */
        private Referent possessor(Sentence s, Phrase p) {
            List<Referent> out = new ArrayList<>();
            for (Part part : p.parts) {
                if (part.kind() == Kind.PRONOUN) {
                    out.addAll(antecedents(s, part));
                }
            }
            if (out.isEmpty() && p.possessor != null) {
                resolved.getOrDefault(p.possessor, List.of()).forEach(m -> {
                    Referent r = discourse.of(m);
                    if (r != null) {
                        out.add(r);
                    }
                });
            }
            return out.size() == 1 ? out.get(0) : null;
        }

        /**
         * Countries other than {@code own} that sentence {@code k} names as where someone goes or is:
         * after "to", "in", "at" or "into", or as what is visited ("visited Turkey").
         */
        private Set<String> visited(int k, String own) {
            Sentence s = sentences.get(k);
            Set<String> out = new java.util.TreeSet<>();
            for (Phrase x : phrases.get(k)) {
                for (Part part : x.parts) {
                    if ((part.kind() == Kind.COUNTRY || part.isLocation()) && !own.equals(part.entry().country())
                            && visitedAt(s, part.begin())) {
                        out.add(part.entry().country());
                    }
                }
            }
            return out;
        }

        /**
         * Countries other than {@code own} whose holders of the same portfolio the article names, to
         * those holders: named persons anywhere in it, and described ones ("Turkey's foreign
         * minister") up to the current sentence.
         */
        private Map<String, Set<String>> peers(String portfolio, String own) {
            Map<String, Set<String>> out = new java.util.TreeMap<>();
            for (List<Phrase> sentence : phrases) {
                for (Phrase x : sentence) {
                    for (Part part : x.parts) {
                        Entry e = part.entry();
                        if (part.kind() == Kind.PERSON && e.country() != null && !e.country().equals(own)
                                && !"ELI".equals(e.sector()) && portfolio.equals(ActorDictionary.portfolio(e.person().office()))) {
                            out.computeIfAbsent(e.country(), c -> new HashSet<>()).add(e.entity());
                        }
                    }
                }
            }
            for (ActorMention m : mentions) {
                Referent r = discourse.of(m);
                String code = r == null ? null : r.actor().country();
                if (r != null && r.type() == Type.PERSON && code != null && !code.equals(own)
                        && portfolio.equals(ActorDictionary.portfolio(r.office()))) {
                    out.computeIfAbsent(code, c -> new HashSet<>()).add(r.actor().entity());
                }
            }
            return out;
        }

        /**
         * The countries of the group an "including" phrase picks members of, resolved before it in
         * the sentence: the noun it hangs on ("30 civilians, including children"), or the subject of
         * the verb it hangs on ("Civilians were killed, including women and children"); empty when none.
         */
        private List<Actor> includedIn(Sentence s, Phrase p) {
            int k = p.head();
            while (k >= 0 && s.relation(k).equals("conj")) {
                k = s.head(k);
            }
            if (k < 0 || s.children(k, "case").stream().noneMatch(c -> s.token(c).lemma().equalsIgnoreCase("include"))) {
                return List.of();
            }
            int host = s.head(k);
            if (host < 0) {
                return List.of();
            }
            List<Integer> hosts = s.token(host).isNoun() ? List.of(host) : s.children(host, "nsubj");
            List<Actor> out = new ArrayList<>();
            for (ActorMention m : mentions) {
                int h = m.head();
                // "Dozens of civilians": the group is named inside the quantity noun
                boolean named = hosts.contains(h) || h >= 0 && hosts.contains(s.head(h)) && s.relation(h).startsWith("nmod");
                Actor o = m.sentence() == s.index() && named && m.actor().country() != null ? owner(m.actor()) : null;
                if (o != null && !out.contains(o)) {
                    out.add(o);
                }
            }
            return out;
        }

        /**
         * Whether the phrase's people are on or aboard a vessel ({@link #VESSELS}), said of them ("six
         * people on the boat") or of the verb they are an argument of ("killed six people aboard a
         * boat"), and nothing before the vessel's noun names a country ("a Venezuelan boat" does).
         */
        private boolean aboardUnflagged(Sentence s, Phrase p) {
            int head = p.head();
            List<Integer> places = new ArrayList<>(s.children(head, "nmod"));
            String rel = head < 0 ? "" : s.relation(head);
            List<Integer> clauseLevel = new ArrayList<>();
            if (s.head(head) >= 0 && (rel.equals("obj") || rel.startsWith("nsubj"))) {
                clauseLevel.addAll(s.children(s.head(head), "obl"));
                places.addAll(clauseLevel);
            }
            // on the clause, "on" tells where those harmed were ("were killed on a boat") but after an
            // active verb it may be the target ("the destroyer's crew trained guns on the fishing boats")
            boolean harmedThere = rel.equals("nsubj:pass") || rel.equals("obj");
            for (int v : places) {
                int on = s.children(v, "case").stream().filter(c -> ABOARD.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)))
                        .findFirst().orElse(-1);
                if (on >= 0 && clauseLevel.contains(v) && !harmedThere && s.token(on).lemma().equalsIgnoreCase("on")) {
                    continue;
                }
                if (on < 0 || !VESSELS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int k = on + 1; k < v; k++) {
                    if (dictionary.lookup(s.token(k).word()).stream().anyMatch(e -> e.country() != null)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        /**
         * The countries of the places the phrase's people are travelling to: "passengers flying to
         * Tokyo", "tourists heading for Bali", "travellers bound for Japan".
         */
        private Set<String> travellingTo(Sentence s, Phrase p) {
            Set<String> out = new HashSet<>();
            for (int v : s.children(p.head(), "acl")) {
                if (!TRAVEL.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))
                        && !TRAVEL.contains(s.token(v).word().toLowerCase(Locale.ROOT))) {  // "bound", lemma "bind"
                    continue;
                }
                for (int to : s.children(v, "obl")) {
                    int c = s.children(to, "case").stream().findFirst().orElse(-1);
                    if (c >= 0 && Set.of("to", "for").contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                        dictionary.lookup(span(s, c + 1, to + 1)).stream().filter(e -> e.country() != null)
                                .forEach(e -> out.add(e.country()));
                    }
                }
            }
            return out;
        }

        /** An agent noun with no owner: a definite title's earlier holder, else the article's country. */
        private List<Reading> agentAlone(Sentence s, Phrase p, Part agent, Part destination) {
            if (relational(agent)) {
                return List.of();
            }
            String sector = agent.entry().sector();
            String title = agent.entry().entity();
            if (ofUnknownBody(s, agent)) {
                return List.of();  // "the leader of the Wagner group" is not the country's leader
            }
            List<Actor> including = "CVL".equals(sector) ? includedIn(s, p) : List.of();
            if (!including.isEmpty()) {
                // "Palestinian civilians were killed, including children": members of the group named
                return including.stream().map(a -> owned(a, agent, sector, "agent '" + title + "' -> " + sector
                        + "; one of the group it is included in (" + a.entity() + ")", false)).toList();
            }
            if ("CVL".equals(sector) && aboardUnflagged(s, p)) {
                // "strikes killed 11 people aboard a boat": who sails in it is not the speaker's or the setting's
                return List.of(noCountry(agent, title, sector, "people aboard a vessel with no flag or nationality named"));
            }
            // "Azov Brigade fighters": the members of a named unit are the unit's, in their own sector
            Part unitNoun = p.parts.stream().filter(q -> q.kind() == Kind.AGENT && q.end() == agent.begin())
                    .findFirst().orElse(agent);
            String unit = namedUnit(s, unitNoun);
            if (unit != null) {
                return List.of(namedGroup(unit, sector, title));
            }
            boolean people = STATELESS.contains(title);
            if (people || agent.begin() > 0 && STATELESS.contains(s.token(agent.begin() - 1).word().toLowerCase(Locale.ROOT))) {
                return stateless(s, agent, people ? "" : s.token(agent.begin() - 1).word());
            }
            Actor described = !personal(agent) && !agent.plural() ? appositiveGroup(s, p) : null;
            if (described != null) {
                // "the FDLR, a militia founded by ...": the noun describes the group just named
                return List.of(new Reading(described, "'" + title + "' in apposition to " + described.entity()
                        + ": the group it describes", Type.ORGANIZATION, "", null, null, false));
            }
            if (personal(agent) && definite(s, p)) {
                Referent r = discourse.nearest(s.index(), TITLE_WINDOW, ref -> ref.type() == Type.PERSON
                        && Objects.equals(ref.actor().sector(), sector) && ActorDictionary.titleFits(title, ref.office()));
                String how = "nearest person whose office fits";
                if (r == null) {
                    r = discourse.nearest(s.index(), TITLE_WINDOW, ref -> ref.type() == Type.PERSON
                            && Objects.equals(ref.actor().sector(), sector));
                    how = "nearest " + sector + " person";
                }
                if (r != null) {
                    return List.of(new Reading(r.actor(), "definite 'the " + title + "' -> " + r.actor().entity()
                            + " (" + how + ", sentence " + r.sentence() + ")", Type.PERSON, r.gender(), r.office(),
                            r.place(), true));
                }
            }
            if (agent.plural() && pairOf(s, p, agent)) {
                // "the two diplomats", "both leaders": the last two persons named whose offices fit the
                // title (two presidents, not the foreign minister who called them), looked for further
                // back, since the pair may have been named at the top of the story; else the last two
                String one = stem(title);
                // "Trump had spoken to both leaders": whoever acts on the pair in its clause is none of it
                int verb = predicate(s, p);
                Predicate<Referent> outside = r -> verb < 0 || r.sentence() != s.index() || r.predicate() != verb;
                if (COLLECTIVE.contains(one)) {
                    // "both governments", "the two armies": bodies of the two parties last named together
                    // or of one verb, not persons who spoke for them ("Malaysia's minister said he had
                    // spoken with both governments": Thailand's and Cambodia's, named before), which name
                    // the two countries for a later "the two countries"
                    List<Actor> owners = discourse.nearestPair(s.index(), PRONOUN_WINDOW).stream()
                            .map(r -> r.actor().country() == null ? null : owner(r.actor())).toList();
                    String basis = "the countries of the last two parties named";
                    if (owners.size() != 2 || owners.contains(null) || owners.get(0).country().equals(owners.get(1).country())) {
                        basis = "the last two countries named, not the one acting on them";
                        // else the last two countries named, but not that of whoever acts on the pair
                        Set<String> acting = discourse.referents().stream()
                                .filter(r -> !outside.test(r) && r.subject() && r.actor().country() != null)
                                .map(r -> r.actor().country()).collect(java.util.stream.Collectors.toSet());
                        owners = discourse.latestPlaces(2, r -> !acting.contains(r.place().country())).stream()
                                .map(r -> owner(r.place())).toList();
                    }
                    if (owners.size() == 2 && !owners.contains(null)
                            && !owners.get(0).country().equals(owners.get(1).country())) {
                        String names = owners.get(0).entity() + " and " + owners.get(1).entity();
                        String finalBasis = basis;
                        return owners.stream().map(o -> owned(o, agent, sector, "'the two " + title + "' -> " + names
                                + " (" + finalBasis + ")", true)).toList();
                    }
                }
                List<Referent> pair = PERSONAL_SECTORS.contains(sector) && !COLLECTIVE.contains(one)
                        ? discourse.latestPersons(s.index(),
                        2 * TITLE_WINDOW, 2, r -> ActorDictionary.titleFits(one, r.office()) && outside.test(r)) : List.of();
                String how = "the last two persons named whose offices fit";
                if (pair.size() < 2 && PERSONAL_SECTORS.contains(sector) && !COLLECTIVE.contains(one)) {
                    pair = discourse.latestPersons(s.index(), TITLE_WINDOW, 2, outside);
                    how = "the last two persons named";
                }
                if (pair.size() == 2) {
                    String names = pair.get(0).actor().entity() + " and " + pair.get(1).actor().entity();
                    List<Reading> out = new ArrayList<>();
                    for (Referent r : pair) {
                        out.add(new Reading(r.actor(), "'the two " + title + "' -> " + names
                                + " (" + how + ")", Type.PERSON, r.gender(), r.office(), r.place(), true));
                    }
                    return out;
                }
                // else the two countries last named together ("Armenia and Azerbaijan"); never one
                // country twice: "the two leaders met in Geneva" are not both Swiss
                List<Referent> countries = discourse.latestPair();
                List<Reading> out = new ArrayList<>();
                for (Referent r : countries.size() == 2 ? countries : List.<Referent>of()) {
                    out.add(owned(owner(r.place()), agent, sector, "'the two " + title + "' -> "
                            + r.place().entity() + " (the last two countries named, sentence " + r.sentence() + ")", false));
                }
                return out;
            }
            int many = agent.plural() && COLLECTIVE.contains(stem(title)) ? definiteCount(s, p, agent) : 0;
            List<Referent> states = many > 0 ? discourse.latestPlaces(many) : List.of();
            if (states.size() == many && many > 0) {
                // "Burkina Faso and Niger, Mali's partners, ... the three juntas": the last three countries named
                List<Reading> out = new ArrayList<>();
                for (Referent r : states) {
                    out.add(owned(owner(r.place()), agent, sector, "'the " + many + " " + title + "' -> "
                            + r.place().entity() + " (the last " + many + " countries named)", false));
                }
                return out;
            }
            Actor speaker = definite(s, p) && !agent.plural() ? ownSpeaker(s, agent) : null;
            if (speaker != null) {
                return List.of(owned(speaker, agent, sector, "agent '" + title + "' -> " + sector + "; reported by "
                        + speaker.entity() + "'s own media or forces", false));
            }
            Actor harmedOwn = agent.plural() ? reportedVictims(s, agent) : null;
            if (harmedOwn != null) {
                return List.of(owned(harmedOwn, agent, sector, "agent '" + title + "' -> " + sector + "; harmed, as "
                        + harmedOwn.entity() + " reports: its own", false));
            }
            List<Reading> deployed = deployedBy(s, p, agent);
            if (deployed != null) {
                return deployed;  // "Maduro ordered the armed forces": the commander's, whoever owned such forces before
            }
            boolean definite = definite(s, p) && !pairOf(s, p, agent);
            if (definite) {
                // "the farmers", "the junta": the same noun given an owner shortly before
                Referent r = ownedBefore(s, title, sector);
                if (r != null) {
                    return List.of(new Reading(r.actor(), "definite 'the " + title + "' -> " + codeOf(r.actor())
                            + " (the same noun with its owner, sentence " + r.sentence() + ")", r.type(), r.gender(),
                            r.office(), r.place(), false));
                }
                Referent nationals = "REF".equals(sector) && agent.plural() ? nationals(s) : null;
                if (nationals != null) {
                    // "About 200 Venezuelans were flown back from Texas. The migrants said ...": the
                    // group's nationality, not the country they were in or sent from
                    return List.of(owned(owner(nationals.actor()), agent, sector, "definite 'the " + title + "' -> "
                            + nationals.actor().country() + " (the nationals named before, sentence " + nationals.sentence() + ")", false));
                }
                // not when the noun refers back to the same unattributed noun ("gunmen attacked a church ...
                // The gunmen fled"): no text ties them to the group
                Referent group = "UAF".equals(sector) && !namedBefore(s, p, title) ? discourse.nearest(s.index(), TITLE_WINDOW, ref -> "REB".equals(ref.actor().sector())
                        && codeOf(ref.actor()) != null && !ref.mention().why().endsWith(FALLBACK)) : null;
                if (group != null) {
                    // "an attack by JNIM militants ... killing dozens of the assailants": the armed group named
                    return List.of(new Reading(group.actor(), "definite 'the " + title + "' -> " + codeOf(group.actor())
                            + " (the armed group named before, sentence " + group.sentence() + ")", group.type(), "",
                            group.office(), group.place(), false));
                }
            }
            // "The International Criminal Court issued a warrant ... The court also ...": a body
            // named shortly before that the noun describes (organizations.txt)
            // named itself or through its members ("Judges at the International Criminal Court")
            Referent body = !definite ? null : discourse.nearest(s.index(), TITLE_WINDOW, ref -> (ref.type() == Type.ORGANIZATION
                    || ref.type() != Type.PERSON && !namedPerson(ref)) && dictionary.describes(ref.actor().code(), title));
            if (body == null && (definite || agent.plural() && bare(s, p, agent))) {
                // "the inspectors", and a bare plural as well ("inspectors were denied access"): the body's
                body = employer(s, stem(title), sector);
            }
            if (body != null) {
                boolean itself = body.type() == Type.ORGANIZATION;
                return List.of(new Reading(itself ? body.actor() : owner(body.actor()), (definite ? "definite 'the " : "bare '")
                        + title + "' -> " + body.actor().entity() + " (the last body so described, sentence "
                        + body.sentence() + ")", Type.ORGANIZATION, "", itself ? body.office() : null, body.place(), false));
            }
            if ("IGO".equals(sector)) {
                // "donors", "international observers": international by definition, no one country's
                return List.of(new Reading(new Actor(title, "IGO", null, "IGO", title), "agent '" + title
                        + "' -> IGO; an international group with no body named, so no country", type(agent), "", title,
                        null, false));
            }
            if (topic(s, p, agent)) {
                return List.of();
            }
            Entry country = setting == null ? null : dictionary.byCode(setting);
            String ethnicity = agent.entry().country();
            if (ethnicity != null && (country == null || ethnicity.equals(setting) || !dominantClear)) {
                // "ethnic Turks" where no other country is clearly the setting: the group, no country
                Actor group = new Actor(title, sector, null, sector, title);
                return List.of(new Reading(group, "ethnic group '" + title + "' -> " + sector
                        + "; no place named and no other country clearly the article's, so no country",
                        type(agent), "", title, null, false));
            }
            if (country == null || destination != null && setting.equals(destination.entry().country())) {
                return List.of();
            }
            if ("CVL".equals(sector) && travellingTo(s, p).contains(setting)) {
                // "refunds to passengers flying to Tokyo": where travellers are going is not their country
                return List.of(noCountry(agent, title, sector, "the setting is where they travel to"));
            }
            boolean forceNamed = p.parts.stream().anyMatch(q -> q.kind() == Kind.AGENT && q.end() <= agent.begin());
            if (HARDWARE.contains(title.toLowerCase(Locale.ROOT)) && !forceNamed) {
                // "Drones struck energy facilities", "missiles hit Kyiv": weapons seen where they land
                // are as often the other side's; with no owner named, their side is not known ("army
                // jets" name their force, which is the setting's as "the army" is)
                return List.of(noCountry(agent, title, sector, "weapons with no owner named"));
            }
            if (CREWS.contains(title.toLowerCase(Locale.ROOT)) && !forceNamed) {
                return List.of(crew(s, p, agent));
            }
            if (SHIPPING.contains(title.toLowerCase(Locale.ROOT)) && !forceNamed) {
                return List.of(noCountry(agent, title, sector, "ships with no owner or flag named"));
            }
            if (p.begin() > 0 && s.token(p.begin() - 1).word().equalsIgnoreCase("foreign")) {
                // "accused foreign intelligence services", "foreign fighters": another country's, not the setting's
                return List.of(noCountry(agent, title, sector, "'foreign', so not the setting's"));
            }
            Set<String> attackers = VICTIM_SECTORS.contains(sector) ? attackers(s, p) : Set.of();
            if (attackers.contains(setting)) {
                return victims(s, p, agent, attackers);
            }
            if (PhraseFinder.RESIDENTS.contains(title)) {
                List<Reading> local = residents(s, agent);
                if (local != null) {
                    return local;
                }
            }
            Entry runner = runner(s, p);
            if (runner != null) {
                // "the US-run Al Udeid air base": the runner's, though the facility's name stands between
                return List.of(owned(owner(runner, false), agent, sector, "agent '" + title + "' run by "
                        + runner.entity() + " -> " + sector, false));
            }
            String backer = ARMED_SECTORS.contains(sector) ? backer(s, p) : null;
            if (backer != null) {
                // "US-backed forces", "Iran-backed militias": a local armed group the backer arms or
                // pays, not its own forces; of where the report is filed ("BEIRUT — Iran-backed fighters
                // clashed with Israeli troops"), else of the setting, unless that is the backer's
                // clashed with Israeli troops"), else of the setting, unless that is the backer's; but a
                // place the sentence names comes first ("BEIRUT — Iran-backed fighters attacked a base in
                // eastern Syria": Syria's)
                String placed = placedCountry(s, backer);
                String local = placed != null ? placed : home != null && !home.equals(backer) ? home : setting;
                String basis = local.equals(placed) ? " (where the sentence places it)" : local.equals(home) ? " (its dateline)" : " (the setting)";
                return List.of(backer.equals(local) ? noCountry(agent, title, "REB", "backed by the setting's country, which is not theirs")
                        : owned(owner(dictionary.byCode(local), false), agent, "REB", "agent '" + title + "' backed by " + backer
                                + " -> REB, a local armed group; country " + local + basis, false));
            }
            if (home != null && !home.equals(setting) && "BUS".equals(sector)) {
                // "DUBAI -- Iran seized a tanker ... Shipping firms said": a wire filing from abroad
                // quotes companies that trade across borders; the country its story is about is not theirs
                return List.of(noCountry(agent, title, sector, "firms in a story filed from another country's dateline"));
            }
            Entry office = home == null || home.equals(setting) || !title.endsWith("ministry")
                    || settingPlaceIn(s) ? null : dictionary.byCode(home);
            if (office != null) {
                // "HELSINKI — Russian jets ... the defence ministry said": wire reporters quote the
                // ministries of the capital they file from, whatever country the story is mostly about;
                // not where the sentence places the act in that country ("strikes on the Gaza Strip
                // killed 30, the Health Ministry said" in a Cairo-datelined story is Gaza's ministry)
                return List.of(owned(owner(office, false), agent, sector, "agent '" + title + "' -> " + sector
                        + "; country " + home + " (its dateline, where a ministry with no country named sits)",
                        false));
            }
            if (!datelined && !headlinedSetting && settingOnlyInWhatItSays(s, agent)) {
                // "The minister said Iran had enriched uranium": a speaker is not of the country it talks about
                return List.of(noCountry(agent, title, sector, "the setting is named only in what it says"));
            }
            return List.of(owned(owner(country, false), agent, sector, "agent '" + title + "' -> "
                    + sector + "; country " + setting + (datelined ? " (its dateline)" : " (its most mentioned)")
                    + FALLBACK, false));
        }

        /**
         * The organisation named right before a lone agent noun set off by a comma and closed by
         * punctuation, a relative word or a participle ("the FDLR, a militia founded by ..."), else
         * {@code null}.
         */
        private Actor appositiveGroup(Sentence s, Phrase p) {
            int comma = p.begin() > 0 && s.token(p.begin() - 1).tag().equals("DT") ? p.begin() - 2 : p.begin() - 1;
            if (p.parts.size() != 1 || p.possessor != null || comma < 1 || !s.token(comma).word().equals(",")) {
                return null;
            }
            if (p.end() < s.tokens().size()) {
                Token after = s.token(p.end());
                if (!CLOSING.contains(after.word()) && !after.tag().startsWith("W") && !after.tag().equals("VBN")) {
                    return null;  // "the FDLR, the army and ...": a list, not a description
                }
            }
            for (Phrase q : phrases.get(s.index())) {
                // the group may end a longer phrase: "commanders of the ELN, a guerrilla army that ..."
                Part named = q.end() == comma ? q.parts.get(q.parts.size() - 1) : null;
                if (named != null && named.kind() == Kind.ORGANIZATION && named.entry() != null) {
                    return owner(named.entry(), false);
                }
            }
            return null;
        }

        /**
         * Whether the agent is the subject of a verb of saying and every mention of the setting's
         * country in the article lies in that verb's reported clause.
         */
        private boolean settingOnlyInWhatItSays(Sentence s, Part agent) {
            int head = agent.end() - 1;
            int verb = s.parsed() ? s.head(head) : -1;
            if (verb < 0 || !s.relation(head).equals("nsubj") || !REPORTING.contains(s.token(verb).lemma())) {
                return false;
            }
            List<Integer> said = s.children(verb).stream().filter(d -> REPORTED.contains(d.relation()))
                    .map(Dependency::dependent).toList();
            int inside = 0;
            for (Phrase q : phrases.get(s.index())) {
                for (Part part : q.parts) {
                    if (part.kind() != Kind.AGENT && part.entry() != null && setting.equals(part.entry().country())
                            && said.stream().anyMatch(c -> s.dominates(c, part.begin()))) {
                        inside++;
                    }
                }
            }
            return inside > 0 && inside == PhraseFinder.mentions(phrases, setting);
        }

        /**
         * The body a definite member noun with no owner works for ("the prosecutors", "the inspectors"):
         * the international court or agency named within the last eight sentences ("The ICC issued a
         * warrant ... The prosecutors said", "Inspectors from the IAEA ... inspectors"), unless a country's own members, or its judiciary for a
         * court's, were named by their country since ("Kenyan judges ... the prosecutors" are Kenya's).
         */
        private Referent employer(Sentence s, String member, String sector) {
            Set<String> nouns = MEMBER_OF.getOrDefault(member, Set.of());
            if (nouns.isEmpty()) {
                return null;
            }
            Referent r = discourse.nearest(s.index(), 2 * TITLE_WINDOW, ref -> ref.place() != null
                    && ref.office() != null && (stem(ref.office()).equals(member) || "JUD".equals(sector) && sector.equals(ref.actor().sector()))
                    || ref.type() != Type.PERSON && nouns.stream().anyMatch(n -> dictionary.describes(ref.actor().code(), n)));
            // the body itself, or its members named with it ("Inspectors from the IAEA")
            return r != null && r.type() != Type.PERSON && r.actor().country() == null ? r : null;
        }

        /**
         * A crew with no nationality named: a warship's ("the destroyer's crew", "the crew of the
         * frigate") is its force's, MIL and of the warship's country where one is named; any other
         * ship's or plane's crew are civilians of no one country, since merchant crews are hired
         * across flags ("the tanker's crew", "the crew of the cargo ship").
         */
        private Reading crew(Sentence s, Phrase p, Part agent) {
            int before = agent.begin() - 1;
            int after = p.end() < s.tokens().size() && s.token(p.end()).word().equals("of") ? p.end() + 1 : -1;
            for (Phrase craft : phrases.get(s.index())) {
                boolean owner = before > 0 && s.token(before).tag().equals("POS") && craft.end() == before
                        || after > 0 && craft.begin() >= after && craft.begin() <= after + 1;
                Part vessel = owner ? craft.agent() : null;
                if (vessel != null && HARDWARE.contains(vessel.entry().entity().toLowerCase(Locale.ROOT))) {
                    List<Reading> own = readings(s, craft, false);
                    Actor navy = own.size() == 1 && own.get(0).actor().country() != null ? owner(own.get(0).actor()) : null;
                    return navy != null ? owned(navy, agent, "MIL", "crew of '" + vessel.entry().entity()
                            + "' -> MIL; the warship's country " + navy.country(), false)
                            : noCountry(agent, agent.entry().entity(), "MIL", "a warship's crew with no country named");
                }
            }
            return noCountry(agent, agent.entry().entity(), agent.entry().sector(), "a ship's crew with no nationality named");
        }

        /**
         * The country X of "X-run" (operated, owned) before a facility's name and the phrase ("the
         * US-run Al Udeid air base"), else {@code null}; right before the noun the phrase itself
         * holds X (see {@code PhraseFinder}).
         */
        private Entry runner(Sentence s, Phrase p) {
            int k = p.begin() - 1;
            while (k > p.begin() - 4 && k >= 0 && s.token(k).isProperNoun()) {
                k--;
            }
            if (k == p.begin() - 1 || k < 2 || !PhraseFinder.OWNING.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                    || !s.token(k - 1).word().equals("-")) {
                return null;
            }
            return dictionary.lookup(s.token(k - 2).word()).stream().filter(e -> e.country() != null)
                    .findFirst().orElse(null);
        }

        /** Whether the same agent noun was used before the phrase, in its sentence or the ones before. */
        private boolean namedBefore(Sentence s, Phrase p, String title) {
            String one = stem(title);
            for (int k = Math.max(0, s.index() - TITLE_WINDOW); k <= s.index() && k < phrases.size(); k++) {
                for (Phrase q : phrases.get(k)) {
                    Part a = q.agent();
                    if ((k < s.index() || q.end() <= p.begin()) && a != null && a.entry() != null
                            && stem(a.entry().entity()).equals(one)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The country of a place the sentence names after "in", "at" or "near" ("a base in eastern
         * Syria", "near Deir ez-Zor"), other than the one given, else {@code null}.
         */
        private String placedCountry(Sentence s, String other) {
            for (Phrase q : phrases.get(s.index())) {
                Part part = q.parts.get(0);
                if (q.parts.size() != 1 || part.entry() == null || part.entry().country() == null
                        || part.entry().country().equals(other) || !(part.kind() == Kind.COUNTRY || part.kind() == Kind.PLACE)) {
                    continue;
                }
                for (int k = Math.max(0, q.begin() - 3); k < q.begin(); k++) {
                    if (Set.of("in", "at", "near").contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                        return part.entry().country();
                    }
                }
            }
            return null;
        }

        /** The country X when the phrase follows "X-backed" (sponsored, funded, ...), else {@code null}. */
        private String backer(Sentence s, Phrase p) {
            int b = p.begin() - (p.begin() > 0 && s.token(p.begin() - 1).tag().startsWith("JJ") ? 1 : 0);
            if (b < 3 || !s.token(b - 2).word().equals("-") || !PROXIES.contains(s.token(b - 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return dictionary.lookup(s.token(b - 3).word()).stream().map(Entry::country).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }

        /** Whether the sentence names a place, capital or the country itself of the article's setting. */
        private boolean settingPlaceIn(Sentence s) {
            if (setting == null || s.index() < 0 || s.index() >= phrases.size()) {
                return false;
            }
            return phrases.get(s.index()).stream().flatMap(q -> q.parts.stream())
                    .anyMatch(q -> (q.kind() == Kind.PLACE || q.kind() == Kind.COUNTRY || q.kind() == Kind.CAPITAL)
                            && q.entry() != null && setting.equals(q.entry().country()));
        }

        /**
         * "Israeli tanks entered Rafah. Residents said ...": residents or civilians with no owner live
         * where the article's places are, not in the country of whoever came there: the country of
         * the places (places.txt, or capitals) named nearest, in the sentence itself, else in the
         * nearest of the {@link #PRONOUN_WINDOW} sentences before that names any; {@code null} when
         * none is named or the nearest name places of several countries.
         */
        private List<Reading> residents(Sentence s, Part agent) {
            for (int k = s.index(); k >= 0 && k >= s.index() - PRONOUN_WINDOW; k--) {
                Set<String> countries = new java.util.TreeSet<>();
                Sentence at = sentences.get(k);
                for (Phrase x : phrases.get(k)) {
                    for (Part part : x.parts) {
                        // "jets pounded villages in southern Lebanon": a country where something is, too
                        boolean town = part.kind() == Kind.PLACE
                                || part.kind() == Kind.CAPITAL && "GOV".equals(part.entry().sector())
                                || part.kind() == Kind.COUNTRY && whereabouts(at, part.begin());
                        if (town && part.entry().country() != null) {
                            countries.add(part.entry().country());
                        }
                    }
                }
                if (countries.size() > 1) {
                    return null;
                }
                if (countries.size() == 1) {
                    Entry e = dictionary.byCode(countries.iterator().next());
                    if (e == null) {
                        return null;
                    }
                    String title = agent.entry().entity();
                    return List.of(owned(owner(e, false), agent, agent.entry().sector(), "agent '" + title + "' -> "
                            + agent.entry().sector() + "; people of the place named "
                            + (k == s.index() ? "in the sentence" : "in sentence " + k) + ", in " + e.country(), false));
                }
            }
            return null;
        }

        /**
         * "the Azov brigade", "the Kata'ib Hezbollah militia": a named group the dictionaries lack,
         * whose country the name does not tell: the group, no country, a body that "it" refers to.
         */
        private Reading namedGroup(String unit, String sector, String title) {
            Actor group = new Actor(unit, sector, null, sector, unit);
            return new Reading(group, "named group '" + unit + "' -> " + sector
                    + "; a name the dictionaries lack, so no country", Type.ORGANIZATION, "", title, null, false);
        }

        /**
         * "Turkey shelled Kurdish fighters in Syria": an agent noun of a people with no state of its
         * own belongs to no country the subject or the article brings; it is of the country where
         * the sentence places it ("in Syria", "in northern Iraq"), else of the country of the towns
         * named nearest (see {@link #residents}), else of no country, coded by its sector alone.
         */
        private List<Reading> stateless(Sentence s, Part agent, String adjective) {
            String sector = agent.entry().sector();
            String title = agent.entry().entity();
            String people = adjective.isEmpty() ? span(s, agent.begin(), agent.end()) : adjective;
            Set<String> located = new java.util.TreeSet<>();
            for (Phrase x : phrases.get(s.index())) {
                for (Part part : x.parts) {
                    if ((part.kind() == Kind.COUNTRY || part.isLocation()) && part.entry().country() != null
                            && whereabouts(s, part.begin())) {
                        located.add(part.entry().country());
                    }
                }
            }
            Entry e = located.size() == 1 ? dictionary.byCode(located.iterator().next()) : null;
            if (e != null) {
                return List.of(owned(owner(e, false), agent, sector, "agent '" + title + "' of the " + people
                        + ", a people with no state -> " + sector + "; where the sentence places them: " + e.country(),
                        false));
            }
            List<Reading> local = located.isEmpty() ? residents(s, agent) : null;
            if (local != null) {
                return local;
            }
            String name = adjective.isEmpty() ? people : adjective + " " + title;
            Actor group = new Actor(name, sector, null, sector, name);
            return List.of(new Reading(group, "agent '" + title + "' of the " + people + ", a people with no state -> "
                    + sector + "; no one country placing them, so no country", type(agent), "", title, null, false));
        }

        /**
         * "the leader of the Wagner group", "the head of the Azov brigade": an agent noun before "of",
         * perhaps "the", and capitalised words the dictionaries lack that end in a noun for a body
         * leads that body, of which nothing is known, not the article's country.
         */
        private boolean ofUnknownBody(Sentence s, Part agent) {
            int k = agent.end();
            if (k >= s.tokens().size() || !s.token(k).lemma().equals("of")) {
                return false;
            }
            k++;
            if (k < s.tokens().size() && s.token(k).lemma().equals("the")) {
                k++;
            }
            int names = 0;
            while (k < s.tokens().size() && s.token(k).isProperNoun() && !BODY_NOUNS.contains(s.token(k).word().toLowerCase(Locale.ROOT))
                    && !UNITS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                names++;
                k++;
            }
            String noun = k < s.tokens().size() ? s.token(k).word().toLowerCase(Locale.ROOT) : "";
            return names > 0 && (BODY_NOUNS.contains(noun) || UNITS.contains(noun));
        }

        /**
         * "the Azov brigade", "the Kata'ib Hezbollah militia": a unit noun right after capitalised
         * proper nouns that no dictionary part covers names a group of its own, the name as written
         * ("Azov brigade"); {@code null} when not so. Its country is unknown: the name may be any
         * side's, so it is not the article's most mentioned country. A name opening the sentence
         * counts only when NER tags it or it is longer than one word ("Al-Qassam Brigades"), not a
         * capitalised first word ("Brigade" alone is no name).
         */
        private String namedUnit(Sentence s, Part agent) {
            if (!UNITS.contains(s.token(agent.end() - 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int k = agent.begin();
            while (k > 0 && s.token(k - 1).isProperNoun() && Character.isUpperCase(s.token(k - 1).word().charAt(0))
                    && !s.token(k - 1).lemma().equals("the")) {
                k--;
                if (k > 1 && s.token(k - 1).word().equals("-") && s.token(k - 1).begin() == s.token(k - 2).end()
                        && s.token(k - 2).word().equalsIgnoreCase("al")) {
                    k -= 2;  // "the al-Aqsa Martyrs Brigades", split by the tokenizer
                }
            }
            boolean tagged = s.tokens().subList(k, agent.begin()).stream().anyMatch(t -> !t.ner().equals("O"));
            if (k == agent.begin() || k == 0 && agent.begin() < 2 && !tagged) {
                return null;
            }
            return span(s, k, agent.end());
        }

        /**
         * "agreed to share intelligence", "to boost business": a mass noun that also names an
         * activity or information, bare (no article, no owner) and not a subject, is a topic.
         */
        private boolean topic(Sentence s, Phrase p, Part agent) {
            if (!TOPIC_NOUNS.contains(agent.entry().entity()) || agent.plural() || !s.parsed()
                    || p.begin() != agent.begin() || p.end() != agent.end()) {
                return false;
            }
            int b = agent.begin();
            boolean determiner = b > 0 && (s.token(b - 1).tag().equals("DT") || s.token(b - 1).tag().startsWith("PRP"));
            return !determiner && !s.relation(agent.end() - 1).startsWith("nsubj");
        }

        /**
         * "accused Rwanda of sending troops across the border": the troops an accused party is said to
         * send are its own, whether the parser reads the gerund as the clause it is ("of sending
         * troops": an advcl with the troops its object) or as the troops' modifier ("sending troops":
         * an amod, the troops the accusation's "of" phrase); {@code null} when the sentence is no
         * such accusation or the accused is no actor.
         */
        private Actor accusedSender(Sentence s, int head, int verb, String sector) {
            if (!SENT_SECTORS.contains(sector)) {
                return null;
            }
            int accusation;
            if (s.relation(head).equals("obj") && SENDING.contains(s.token(verb).lemma()) && s.token(verb).tag().equals("VBG")
                    && s.children(verb, "nsubj").isEmpty() && s.relation(verb).startsWith("advcl")) {
                accusation = s.head(verb);
            } else if (s.relation(head).startsWith("obl") && s.children(head, "amod").stream().anyMatch(g ->
                    s.token(g).tag().equals("VBG") && SENDING.contains(s.token(g).lemma()))) {
                accusation = verb;
            } else {
                return null;
            }
            if (accusation < 0 || !ACCUSING.contains(s.token(accusation).lemma())) {
                return null;
            }
            // the accused: the object, or in the passive ("Burundi was accused by Rwanda of ...") the subject
            List<Integer> accused = s.children(accusation, "nsubj:pass");
            List<Integer> who = accused.isEmpty() ? s.children(accusation, "obj") : accused;
            Referent party = who.isEmpty() ? null : discourse.nearest(s.index(), 0, r -> r.sentence() == s.index()
                    && r.mention().head() == who.get(0) && codeOf(r.actor()) != null);
            return party == null ? null : owner(party.actor());
        }

        /**
         * "North Korean state media said the army fired two missiles": a country's media or forces
         * reporting what "the army", "the police" or "the government" did speak of their own
         * country's, whatever country the dateline names; the country, {@code null} when the agent is
         * no force or government, or no verb of saying with such a subject has its clause as complement.
         */
        private static boolean stateMedia(String text) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            return t.contains("state") || t.contains("official") || t.contains("news agency");
        }

        /**
         * "Pakistan said 26 civilians were killed": civilians a state reports harmed, with no place
         * named, are its own, whatever country the dateline names; {@code null} when the agent is no
         * civilians, is not the passive subject of a verb of harm, or no state (a country or its
         * government) says it.
         */
        private Actor reportedVictims(Sentence s, Part agent) {
            if (!s.parsed() || !"CVL".equals(agent.entry().sector())) {
                return null;
            }
            int head = agent.end() - 1;
            int verb = s.head(head);
            if (verb < 0 || !s.relation(head).equals("nsubj:pass") || !HARM.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                    || s.children(verb).stream().anyMatch(d -> d.relation().startsWith("obl") && s.children(d.dependent(), "case")
                            .stream().anyMatch(c -> Set.of("in", "at", "near", "across", "inside").contains(s.token(c).lemma())))) {
                return null;
            }
            int say = s.head(verb);
            if (say < 0 || !REPORTED.contains(s.relation(verb)) || !REPORTING.contains(s.token(say).lemma())) {
                return null;
            }
            Referent r = discourse.nearest(s.index(), 0, ref -> ref.sentence() == s.index() && ref.subject()
                    && ref.predicate() == say && ref.actor().country() != null
                    && (ref.actor().sector() == null || "GOV".equals(ref.actor().sector())));
            return r == null ? null : owner(r.actor());
        }

        private Actor ownSpeaker(Sentence s, Part agent) {
            if (!s.parsed() || !SENT_SECTORS.contains(agent.entry().sector())) {
                return null;
            }
            int child = agent.end() - 1;
            int k = s.head(child);
            for (int depth = 0; k >= 0 && depth < 6; depth++) {
                int verb = k;
                if (REPORTED.contains(s.relation(child)) && REPORTING.contains(s.token(verb).lemma())) {
                    // media only where the state's own: "state media", "the official news agency", not "a Kenyan newspaper"
                    Referent r = discourse.nearest(s.index(), 0, ref -> ref.sentence() == s.index() && ref.subject()
                            && ref.predicate() == verb && ref.actor().country() != null && ref.actor().sector() != null
                            && STATE_SECTORS.contains(ref.actor().sector())
                            && (!"MED".equals(ref.actor().sector()) || stateMedia(ref.actor().text())));
                    return r == null ? null : owner(r.actor());
                }
                child = k;
                k = s.head(k);
            }
            return null;
        }

        /**
         * "NATO said it would deploy more troops": troops, police or envoys with no owner that are
         * the object of a verb of sending are the subject's; so are forces, officials and state firms
         * ordered or instructed ("Maduro ordered the state oil company to ..."), and a body convened or
         * chaired ("Lee convened a meeting of the National Security Council"); {@code null} when the
         * clause has no such subject.
         */
        private List<Reading> deployedBy(Sentence s, Phrase p, Part agent) {
            if (!s.parsed()) {
                return null;
            }
            int head = agent.end() - 1;
            int verb = s.head(head);
            if (verb < 0) {
                return null;
            }
            Actor accused = accusedSender(s, head, verb, agent.entry().sector());
            if (accused != null) {
                return List.of(owned(accused, agent, agent.entry().sector(), "agent '" + agent.entry().entity()
                        + "' sent by the party accused of sending it -> " + accused.entity(), false));
            }
            if (s.relation(head).startsWith("nmod") && MEETINGS.contains(s.token(verb).lemma())
                    && s.children(head, "case").stream().anyMatch(c -> s.token(c).lemma().equals("of"))
                    && s.relation(verb).equals("obj") && s.head(verb) >= 0) {
                // "convened a meeting of the National Security Council": as "convened the cabinet"
                head = verb;
                verb = s.head(verb);
            }
            if (!s.relation(head).equals("obj")) {
                return null;
            }
            String lemma = s.token(verb).lemma();
            String sector = agent.entry().sector();
            if (!(SENDING.contains(lemma) && SENT_SECTORS.contains(sector)
                    || COMMANDING.contains(lemma) && COMMANDED_SECTORS.contains(sector)
                    || CONVENING.contains(lemma) && SENT_SECTORS.contains(sector) && !agent.plural()
                    || POSTING.contains(lemma) && SENT_SECTORS.contains(sector) && onAlert(s, verb))) {
                return null;
            }
            int clause = verb;  // "hailed the result and ordered the army to ...": the first conjunct's subject
            while (s.relation(clause).equals("conj") && s.children(clause, "nsubj").isEmpty() && s.head(clause) >= 0) {
                clause = s.head(clause);
            }
            int subjectOf = clause;
            Referent subject = discourse.nearest(s.index(), 0, r -> r.sentence() == s.index() && r.subject()
                    && r.predicate() == subjectOf && codeOf(r.actor()) != null);
            Actor o = subject == null ? null : owner(subject.actor());
            if (o == null) {
                return null;
            }
            String title = agent.entry().entity();
            return List.of(owned(o, agent, agent.entry().sector(), "agent '" + title
                    + "' sent or ordered by the subject of '" + s.token(verb).word() + "' -> " + o.entity(), false));
        }

        /**
         * The countries that harm the victims a phrase names, when it is the object or passive subject
         * of a verb of harm: the verb's subject, its "by" agent, or the owner of the means in its
         * oblique ("killed in an Israeli airstrike", "wounded by Russian shelling", also when the
         * parser reads "by Israeli shelling" as a clause); empty when none.
         */
        private Set<String> attackers(Sentence s, Phrase p) {
            if (!s.parsed()) {
                return Set.of();
            }
            int k = p.head();
            // "dozens of civilians": the quantity is the object
            if (s.relation(k).startsWith("nmod") && s.head(k) >= 0 && s.children(k, "case").stream()
                    .anyMatch(c -> s.token(c).lemma().equals("of"))) {
                k = s.head(k);
            }
            String rel = s.relation(k);
            int verb = s.head(k);
            if (!(rel.equals("obj") || rel.equals("nsubj:pass")) || verb < 0
                    || !HARM.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            for (Phrase x : phrases.get(s.index())) {
                if (x == p) {
                    continue;
                }
                for (Part part : x.parts) {
                    String code = part.entry() == null ? null : part.entry().country();
                    if (code != null && harms(s, part.end() - 1, verb)) {
                        out.add(code);
                    }
                }
            }
            return out;
        }

        /** Whether token {@code t} is in the subject or "by" agent of {@code verb}, or modifies its oblique. */
        private boolean harms(Sentence s, int t, int verb) {
            for (int k = t, depth = 0; k >= 0 && depth < 4; k = s.head(k), depth++) {
                if (s.head(k) != verb) {
                    continue;
                }
                String rel = s.relation(k);
                // "by Russian shelling", which the parser may read as a clause ("by" a mark, "Israeli" its subject)
                boolean by = java.util.stream.Stream.concat(s.children(k, "case").stream(), s.children(k, "mark").stream())
                        .anyMatch(c -> s.token(c).lemma().equals("by"));
                boolean modifier = k != t && Set.of("amod", "compound", "nmod:poss").contains(s.relation(t))
                        && s.head(t) == k;
                boolean subjectOfMeans = k == t || s.head(t) == k && (modifier || s.relation(t).startsWith("nsubj"));
                return rel.startsWith("nsubj") && !rel.equals("nsubj:pass") || rel.startsWith("obl") && (by || modifier)
                        || rel.equals("advcl") && by && subjectOfMeans;
            }
            return false;
        }

        /**
         * "Russia killed dozens of civilians in a strike on Kharkiv": victims of the article's own
         * country are not presumed; they are the one other country the sentence names, else the
         * article's most mentioned country other than the attackers', else nobody's.
         */
        private List<Reading> victims(Sentence s, Phrase p, Part agent, Set<String> attackers) {
            Set<String> others = new java.util.TreeSet<>();
            for (Phrase x : phrases.get(s.index())) {
                for (Part part : x.parts) {
                    String code = x == p || part.entry() == null ? null : part.entry().country();
                    if (code != null && !attackers.contains(code)) {
                        others.add(code);
                    }
                }
            }
            String how = "the other country the sentence names";
            String code = others.size() == 1 ? others.iterator().next() : null;
            if (code == null && others.isEmpty()) {
                code = PhraseFinder.dominantCountry(phrases, attackers);
                how = "the article's most mentioned country after the attackers'";
            }
            Entry e = code == null ? null : dictionary.byCode(code);
            if (e == null) {
                return List.of();
            }
            String title = agent.entry().entity();
            return List.of(owned(owner(e, false), agent, agent.entry().sector(), "agent '" + title + "' -> "
                    + agent.entry().sector() + "; harmed by " + String.join("/", new java.util.TreeSet<>(attackers))
                    + ", so " + code + ": " + how, false));
        }

        /**
         * The nearest referent shortly before that the same agent noun named with an owner ("Polish
         * farmers ... the farmers", "the French ambassador ... ambassador Sylvain Itte"), not itself
         * resolved by a fallback or a definite reference, nor a named person; null when none.
         */
        private Referent ownedBefore(Sentence s, String title, String sector) {
            return discourse.nearest(s.index(), TITLE_WINDOW, ref -> ref.office() != null
                    && !ref.mention().why().endsWith(FALLBACK) && !ref.mention().why().startsWith("definite")
                    && Objects.equals(ref.actor().sector(), sector)
                    && stem(ref.office()).equals(stem(title)) && codeOf(ref.actor()) != null
                    && !(ref.type() == Type.PERSON && namedPerson(ref)));
        }

        /**
         * The people of a country named shortly before as civilians or refugees by their nationality
         * ("200 Venezuelans", "Afghan refugees"), not by the article's setting; else {@code null}.
         */
        private Referent nationals(Sentence s) {
            return discourse.nearest(s.index(), TITLE_WINDOW, ref -> ref.actor().country() != null
                    && ("CVL".equals(ref.actor().sector()) || "REF".equals(ref.actor().sector()))
                    && !ref.mention().why().endsWith(FALLBACK) && !ref.mention().why().startsWith("definite")
                    && ref.place() != null);
        }

        /**
         * "Macron arrived in Nairobi. He met President William Ruto": a name the dictionaries lack,
         * with a title whose holder the dictionary knows for the article's country on the date, is
         * someone else, so of another country: the one the sentence, else the sentence before, visits
         * or places the meeting in; when none or several, the article's country still.
         */
        private List<Reading> notTheHolder(Sentence s, Part agent, List<Reading> fallback) {
            Entry holder = dictionary.holder(setting, agent.entry().entity(), date);
            if (holder == null) {
                return fallback;
            }
            Set<String> here = visited(s.index(), setting);
            if (here.isEmpty() && s.index() > 0) {
                here = visited(s.index() - 1, setting);
            }
            Entry e = here.size() == 1 ? dictionary.byCode(here.iterator().next()) : null;
            if (e == null) {
                return fallback;  // no better guess: a historical text's office may be dated wrong
            }
            String title = agent.entry().entity();
            return List.of(owned(owner(e, false), agent, agent.entry().sector(), "agent '" + title + "' -> "
                    + agent.entry().sector() + "; " + setting + "'s " + title + " on " + date + " is " + holder.entity()
                    + ", so the country visited: " + e.country(), false));
        }

        /**
         * "The pontiff said": a metonym of countries.txt that is the title of a single office ("the
         * Pope", "the Holy Father") is the holder of that office on the date, as "the Russian
         * president" is; other metonyms ("the Kremlin") and a date with no holder keep the reading.
         */
        private Reading officeMetonym(Sentence s, Part part, Reading r) {
            if (part.kind() != Kind.CAPITAL || r.named()) {
                return r;
            }
            String surface = span(s, part.begin(), part.end()).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            String office = OFFICE_METONYMS.get(surface);
            String code = codeOf(r.actor());
            Entry e = office == null || code == null ? null : dictionary.holder(code, office, date);
            if (e == null) {
                return r;
            }
            return r.person(e.entity(), r.why() + "; " + e.person().office() + " on " + date + ": " + e.entity()
                    + " (" + e.origin() + ")", e.person().gender(), e.person().office());
        }

        /** "Russia's foreign minister": the person in that office named shortly before, or on the date. */
        private Reading holder(Sentence s, Part agent, Reading r) {
            String code = r.actor().country() != null ? r.actor().country() : r.actor().code();
            String title = agent.entry().entity();
            Referent prior = discourse.nearest(s.index(), TITLE_WINDOW, ref -> ref.type() == Type.PERSON
                    && namedPerson(ref) && code.equals(codeOf(ref.actor()))
                    && ActorDictionary.titleFits(title, ref.office()));
            if (prior != null) {
                return r.person(prior.actor().entity(), r.why() + "; the " + title + " named in sentence "
                        + prior.sentence(), prior.gender(), prior.office());
            }
            Entry e = dictionary.holder(code, title, date);
            if (e != null) {
                return r.person(e.entity(), r.why() + "; " + e.person().office() + " on " + date + ": " + e.entity()
                        + " (" + e.origin() + ")", e.person().gender(), e.person().office());
            }
            return r;
        }

        private boolean namedPerson(Referent ref) {
            Entry owner = dictionary.byCode(codeOf(ref.actor()));
            return owner == null || !owner.entity().equals(ref.actor().entity());
        }

        // ---- pronouns and descriptions ----

        private List<Reading> pronoun(Sentence s, Part pronoun) {
            List<Reading> out = new ArrayList<>();
            List<Referent> found = antecedents(s, pronoun);
            String w = pronoun.text();
            if (found.size() == 1 && genderOf(found.get(0)).isEmpty() && found.get(0).actor().entity() != null
                    && namedPerson(found.get(0)) && (PhraseFinder.MALE.contains(w) || PhraseFinder.FEMALE.contains(w))) {
                // "Okafor said he was pleased": a name the dictionaries lack takes the gender of its pronoun;
                // "Serbia's interior minister said he ..." names no one, and teaches nothing of Serbia's others
                learnedGender.put(found.get(0).actor().entity(), PhraseFinder.MALE.contains(w) ? "m" : "f");
            }
            for (Referent r : found) {
                String why = "pronoun '" + pronoun.text() + "' -> " + r.actor().entity() + " (nearest compatible"
                        + (r.subject() ? " subject" : "") + ", sentence " + r.sentence() + ")";
                out.add(new Reading(r.actor(), why, r.type(), r.gender(), r.office(), r.place(), namedPerson(r)));
            }
            return out;
        }

        private List<Referent> antecedents(Sentence s, Part pronoun) {
            String w = pronoun.text();
            Predicate<Referent> free = r -> !boundInClause(s, pronoun, r);
            if (PhraseFinder.PLURAL.contains(w)) {
                // "ordered the Houthis to free a ship they seized": the object that controls the infinitive
                Referent c = controllerAbove(s, pronoun, free.and(ref -> ref.type() != Type.PERSON));
                return c == null ? discourse.nearestGroup(s.index(), PRONOUN_WINDOW, free)
                        : discourse.referentsIn(s.index()).stream().filter(ref -> ref.group() == c.group()).toList();
            }
            Referent yielding = yieldingParty(s, pronoun, free.and(ref -> compatible(ref, w)));
            if (yielding != null) {
                return List.of(yielding);
            }
            boolean personal = PhraseFinder.MALE.contains(w) || PhraseFinder.FEMALE.contains(w);
            Referent r = personal || w.equalsIgnoreCase("its")
                    ? nearerObject(s, pronoun, personal, free.and(ref -> compatible(ref, w))) : null;
            if (r == null) {
                // "An RSF spokesman denied that its forces ...": who speaks for a body in "its" clause
                Predicate<Referent> speaker = w.equalsIgnoreCase("its") ? free.and(this::speaksForBody) : ref -> false;
                r = clauseSubject(s, pronoun, free.and(ref -> compatible(ref, w)), speaker);
            }
            if (r == null) {
                r = discourse.nearest(s.index(), PRONOUN_WINDOW, free.and(ref -> compatible(ref, w)));
            }
            if (PhraseFinder.FEMALE.contains(w) && r != null && genderOf(r).isEmpty()) {
                // "Minister Amara Okafor met Ms. Lena Petrov. She said ...": in the sentence found, a woman
                // known as one wins over a subject whose gender is unknown, as most persons named in news
                // with no cue are men; "he" has no such cue and keeps the subject
                int k = r.sentence();
                Referent sure = discourse.nearest(k, 0, free.and(ref -> compatible(ref, w) && !genderOf(ref).isEmpty()));
                r = sure != null ? sure : r;
            }
            if (w.equalsIgnoreCase("its") && shipNearer(s, pronoun, r)) {
                return List.of();
            }
            return r == null ? List.of() : List.of(r);
        }

        /**
         * "The EU will keep up the pressure on Moscow until it agrees to a ceasefire": the subject of
         * a condition ("until", "unless", "if") whose verb is one of giving way is the party the main
         * clause acts on, its object or oblique ("pressure on Moscow", "sanctions against Iran"), not
         * the one who sets the condition; {@code null} when the clause has no such party.
         */
        private Referent yieldingParty(Sentence s, Part pronoun, Predicate<Referent> test) {
            int p = pronoun.begin();
            int verb = s.parsed() ? s.head(p) : -1;
            if (verb < 0 || !s.relation(p).startsWith("nsubj") || !s.relation(verb).equals("advcl")
                    || !YIELDING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                    || s.children(verb, "mark").stream().noneMatch(c -> CONDITIONS.contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
                return null;
            }
            int main = s.head(verb);
            Referent best = null;
            for (Referent r : discourse.referentsIn(s.index())) {
                int h = r.mention().head();
                if (r.subject() || r.mention().end() > p || h < 0 || !test.test(r)
                        || !s.dominates(main, h) || s.dominates(verb, h)) {
                    continue;
                }
                String rel = s.relation(h);
                boolean party = rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl")
                        || rel.startsWith("nmod") && s.children(h, "case").stream()
                        .anyMatch(c -> Set.of("on", "against").contains(s.token(c).lemma().toLowerCase(Locale.ROOT)));
                if (party && (best == null || r.mention().begin() > best.mention().begin())) {
                    best = r;
                }
            }
            return best;
        }

        /**
         * Whether a ship that is no actor is the nearer antecedent of "its": the subject of the
         * pronoun's sentence (before it) or of one before, or the owner of that subject ("The tanker,
         * bound for China, was seized. Its crew ...", "the ship's owner said its cargo ..."), named
         * after the actor found or as the subject where that actor is not; for "its crew", a ship in
         * any role, since countries and bodies have no crews. The crew is the ship's, not
         * the country's; the ship's flag or owner, where stated, is an actor of its own.
         */
        private boolean shipNearer(Sentence s, Part pronoun, Referent found) {
            for (int k = s.index(); k >= 0 && k >= s.index() - PRONOUN_WINDOW; k--) {
                Sentence x = sentences.get(k);
                if (!x.parsed()) {
                    return false;
                }
                int before = k == s.index() ? pronoun.begin() : x.tokens().size();
                // "seized the tanker ... Iran said it would free its crew": a country has no crew, so
                // "its crew" is the ship's wherever the ship stood
                boolean crew = s.parsed() && s.head(pronoun.begin()) >= 0
                        && CREWS.contains(s.token(s.head(pronoun.begin())).lemma().toLowerCase(Locale.ROOT));
                for (int t = 0; t < before; t++) {
                    boolean subject = crew || x.relation(t).startsWith("nsubj")
                            || x.relation(t).equals("nmod:poss") && x.head(t) >= 0 && x.relation(x.head(t)).startsWith("nsubj");
                    if (subject && VESSELS.contains(x.token(t).lemma().toLowerCase(Locale.ROOT))
                            && (crew || found == null || found.sentence() < k || found.sentence() == k && !found.subject())) {
                        int at = t;  // "a US destroyer" is an actor, whose "its" is the country's
                        return discourse.referentsIn(k).stream().noneMatch(ref -> ref.mention().begin() <= at
                                && ref.mention().end() > at && (!crew || ref.actor().country() != null));
                    }
                }
                if (found != null && found.sentence() == k && !crew) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "Ruto praised Abiy for his mediation", "He met President William Ruto and praised his
         * reforms", "Lavrov and his deputy": a possessive "his" or "her" in the object or oblique of a
         * verb takes the person named before it as the object or party of that verb, or of the verb
         * it is coordinated with, or the person its noun is coordinated with. The subject is the one
         * who acts; the person acted on, named nearer, is the one whose mediation, reforms or deputy
         * they are. Subjects and clauses of saying still go to the subject ({@link #clauseSubject}).
         * "Its" takes only the coordinated reading ("the United States and its allies"), the reason
         * after "for" ("thanked Qatar for its help") and the object of a verb of punishing ("sanctioned
         * its leaders"): a body's "its" in another oblique is as often the subject's own ("attacked the
         * town with its drones").
         */
        private Referent nearerObject(Sentence s, Part pronoun, boolean personal, Predicate<Referent> test) {
            int p = pronoun.begin();
            if (!s.parsed() || !s.token(p).tag().equals("PRP$")) {
                return null;
            }
            int noun = s.head(p);
            for (int depth = 0; noun >= 0 && s.relation(noun).startsWith("nmod") && depth < 3; depth++) {
                noun = s.head(noun);
            }
            if (noun < 0) {
                return null;
            }
            String rel = s.relation(noun);
            int head = s.head(noun);
            Referent best = null;
            for (Referent r : discourse.referentsIn(s.index())) {
                ActorMention m = r.mention();
                if (r.subject() && personal || m.end() > p || (r.type() == Type.PERSON) != personal || !test.test(r)) {
                    continue;
                }
                boolean coordinated = rel.equals("conj") && head >= m.begin() && head < m.end();
                // "designated the gang a terrorist group and sanctioned its leaders": a party punishes
                // another's people, not its own, so a body's "its" in such an object is the one acted on
                boolean punished = !personal && !r.subject() && rel.equals("obj") && head >= 0
                        && PUNISHING.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
                boolean argument = (personal || punished) && (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl")) && head >= 0
                        && r.predicate() >= 0 && (r.predicate() == head
                        || s.relation(head).equals("conj") && s.head(head) == r.predicate());
                // "thanked the UAE for its mediation", "criticised China for its support": the reason
                // a party is thanked or blamed for is its own act
                boolean reason = !personal && !r.subject() && rel.startsWith("obl") && r.predicate() == head && head >= 0
                        && JUDGING.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && s.children(noun, "case").stream().anyMatch(c -> s.token(c).lemma().equalsIgnoreCase("for"));
                if ((coordinated || argument || reason) && (best == null || m.begin() > best.mention().begin())) {
                    best = r;
                }
            }
            return best;
        }

        /**
         * "If Iran attacks Israel, the United States would defend its ally": within its own sentence a
         * pronoun takes the subject of the nearest clause that contains it, going up the parse from the
         * pronoun, before the sentence's other subjects; {@code null} when no such clause has a
         * compatible subject (then the sentence's first subject, and the sentences before, decide).
         * The subject of an infinitive with none of its own is the object of the verb it complements
         * ("The council ordered Moscow to withdraw its troops": Moscow's, not the council's). The
         * subject of a verb of saying whose complement holds the pronoun may also be one that
         * {@code speaker} takes ("A Hamas official said its fighters ...").
         */
        private Referent clauseSubject(Sentence s, Part pronoun, Predicate<Referent> test, Predicate<Referent> speaker) {
            if (!s.parsed()) {
                return null;
            }
            int child = pronoun.begin();
            int k = s.head(child);
            for (int depth = 0; k >= 0 && depth < 8; depth++) {
                int verb = k;
                Predicate<Referent> fits = REPORTED.contains(s.relation(child)) ? test.or(speaker) : test;
                Referent r = discourse.nearest(s.index(), 0, ref -> ref.sentence() == s.index() && ref.subject()
                        && ref.predicate() == verb && fits.test(ref));
                if (r == null) {
                    r = controller(s, verb, test);
                }
                if (r != null) {
                    return r;
                }
                child = k;
                k = s.head(k);
            }
            return null;
        }

        /**
         * The object controlling an infinitive that contains the pronoun, going up the parse; {@code
         * null} when a clause on the way has a subject of its own, or there is no such infinitive.
         */
        private Referent controllerAbove(Sentence s, Part pronoun, Predicate<Referent> test) {
            if (!s.parsed()) {
                return null;
            }
            int k = s.head(pronoun.begin());
            for (int depth = 0; k >= 0 && depth < 8; depth++) {
                int verb = k;
                if (discourse.referentsIn(s.index()).stream().anyMatch(ref -> ref.subject() && ref.predicate() == verb)) {
                    return null;
                }
                Referent r = controller(s, verb, test);
                if (r != null) {
                    return r;
                }
                k = s.head(k);
            }
            return null;
        }

        /** "urged Rwanda to pull back its forces": the object of the verb an infinitive with no subject complements. */
        private Referent controller(Sentence s, int verb, Predicate<Referent> test) {
            int governor = s.head(verb);
            if (governor < 0 || !s.relation(verb).equals("xcomp") || !s.children(verb, "nsubj").isEmpty()) {
                return null;
            }
            return discourse.nearest(s.index(), 0, ref -> ref.sentence() == s.index() && ref.mention().head() >= 0
                    && s.relation(ref.mention().head()).equals("obj") && s.head(ref.mention().head()) == governor
                    && test.test(ref));
        }

        /** A role speaking for a country or body ("an RSF spokesman", "a Kremlin official"), not a named person. */
        private boolean speaksForBody(Referent r) {
            return r.type() == Type.PERSON && !namedPerson(r) && owner(r.actor()) != null;
        }

        /** A person's gender from the record or an honorific, else as an earlier "he" or "she" showed it. */
        private String genderOf(Referent r) {
            return !r.gender().isEmpty() || r.actor().entity() == null ? r.gender()
                    : learnedGender.getOrDefault(r.actor().entity(), "");
        }

        private boolean compatible(Referent r, String pronoun) {
            if (PhraseFinder.MALE.contains(pronoun) || PhraseFinder.FEMALE.contains(pronoun)) {
                String gender = PhraseFinder.MALE.contains(pronoun) ? "m" : "f";
                return r.type() == Type.PERSON && (genderOf(r).isEmpty() || genderOf(r).equals(gender));
            }
            return r.type() == Type.COUNTRY || r.type() == Type.ORGANIZATION || r.type() == Type.COLLECTIVE;
        }

        /**
         * "Blinken thanked him": an object pronoun is not the subject of its own verb. Without a
         * parse, a mention followed by nothing but verbs up to the pronoun is taken as that subject.
         * Nor is it an earlier mention of the same actor ("Erdogan met Aliyev. Aliyev invited him to
         * Baku": not Aliyev, whoever was named last).
         */
        private boolean boundInClause(Sentence s, Part pronoun, Referent r) {
            if (r.sentence() != s.index()) {
                return r.actor().entity() != null && discourse.referentsIn(s.index()).stream().anyMatch(q ->
                        r.actor().entity().equals(q.actor().entity()) && boundInClause(s, pronoun, q));
            }
            int p = pronoun.begin();
            if (!s.token(p).tag().equals("PRP")
                    || !Set.of("him", "her", "them", "it").contains(pronoun.text())) {
                return false;
            }
            ActorMention m = r.mention();
            // "Russia denies it plans to ...": an "it" before a finite verb is that verb's subject,
            // though the parser may attach it as the object of "denies"
            boolean subjectIt = pronoun.text().equals("it") && p + 1 < s.tokens().size()
                    && Set.of("VBZ", "VBD", "VBP", "MD").contains(s.token(p + 1).tag());
            if (subjectIt) {
                return false;
            }
            if (!s.parsed()) {
                return m.end() < p && s.tokens().subList(m.end(), p).stream()
                        .allMatch(t -> t.isVerb() || t.tag().equals("MD") || t.tag().startsWith("RB"));
            }
            int governor = s.head(p);
            for (int k = m.begin(); k < m.end(); k++) {
                if (s.relation(k).startsWith("nsubj") && s.head(k) == governor) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The town that "the city" or "the town" refers back to: the last town (a city of places.txt,
         * or a capital) named before it in the sentence, else in the nearest of the
         * {@link #PRONOUN_WINDOW} sentences before that names one; {@code null} for other parts,
         * and when that sentence names towns of several countries.
         */
        private Part town(Sentence s, Part d) {
            if (d.kind() != Kind.DESCRIPTION || !d.text().equals("town") || d.plural()) {
                return null;
            }
            for (int k = s.index(); k >= 0 && k >= s.index() - PRONOUN_WINDOW; k--) {
                Part last = null;
                Set<String> countries = new HashSet<>();
                for (Phrase x : phrases.get(k)) {
                    for (Part part : x.parts) {
                        Location where = part.isLocation() && (k < s.index() || part.end() <= d.begin())
                                ? dictionary.location(part.entry()) : null;
                        if (where != null && Location.CITY.equals(where.precision())) {
                            last = part;
                            countries.add(where.country());
                        }
                    }
                }
                if (last != null) {
                    return countries.size() == 1 ? last : null;
                }
            }
            return null;
        }

        private List<Reading> description(Sentence s, Part d) {
            Part town = town(s, d);
            if (town != null) {
                // "Russian forces shelled the city": the town's country, as the town's name would be
                Actor a = owner(town.entry(), false);
                return List.of(new Reading(a, "description 'the " + s.token(d.end() - 1).word() + "' -> "
                        + town.entry().entity() + ", in " + a.country() + " (the last town named)", Type.COUNTRY, "",
                        null, null, false));
            }
            if (d.text().equals("side")) {
                // "both sides", "the two sides": the two parties last named together or of one verb,
                // else the last two named together earlier in the article
                List<Referent> pair = discourse.nearestPair(s.index(), PRONOUN_WINDOW);
                if (pair.isEmpty()) {
                    pair = discourse.earlierPair(s.index());
                }
                return pair.stream().map(r -> new Reading(r.actor(), "'" + d.text() + "s' -> " + r.actor().entity()
                        + " (the last two parties named together, sentence " + r.sentence() + ")", r.type(), r.gender(),
                        r.office(), r.place(), namedPerson(r))).toList();
            }
            if (d.text().equals("country") && d.plural() && discourse.latestPair().size() < 2) {
                // "Yoon met Kishida. ... the two countries": the countries of the two parties
                List<Actor> owners = discourse.nearestPair(s.index(), PRONOUN_WINDOW).stream()
                        .map(r -> r.actor().country() == null ? null : owner(r.actor())).toList();
                if (owners.size() == 2 && !owners.contains(null) && !owners.get(0).country().equals(owners.get(1).country())) {
                    return owners.stream().map(o -> country(o, "description 'the two countries' -> " + o.entity()
                            + " (the countries of the last two parties named)")).toList();
                }
            }
            if (d.text().equals("country")) {
                List<Referent> places = d.plural() ? discourse.latestPair() : discourse.latestPlaces(1);
                if (places.size() == (d.plural() ? 2 : 1)) {
                    return places.stream().map(r -> country(r.place(), "description '" + d.text() + "' -> "
                            + r.place().entity() + " (last countries named, sentence " + r.sentence() + ")")).toList();
                }
                Entry e = dictionary.byCode(setting);
                return d.plural() || e == null ? List.of() : List.of(country(owner(e, false),
                        "description 'the country' -> " + setting + ", the article's setting"));
            }
            Referent r = discourse.latest(ref -> describedBody(ref.actor(), d.text()) != null);
            Entry org = r == null ? null : dictionary.byCode(describedBody(r.actor(), d.text()));
            if (org == null) {
                return List.of();
            }
            Actor a = new Actor(org.entity(), org.code(), null, org.sector(), org.entity());
            return List.of(new Reading(a, "description 'the " + d.text() + "' -> " + org.entity()
                    + " (last body so described, sentence " + r.sentence() + ")", Type.ORGANIZATION, "", null, null, false));
        }

        /**
         * The body an actor is or belongs to that the noun describes: NATO for "the alliance", and
         * the EU for "the bloc" after "EU leaders" (IGOEUCNL, an institution of IGOEU).
         */
        private String describedBody(Actor a, String noun) {
            if (a.country() != null || a.code() == null) {
                return null;
            }
            for (int len = a.code().length(); len >= 5; len--) {
                if (dictionary.describes(a.code().substring(0, len), noun)) {
                    return a.code().substring(0, len);
                }
            }
            return null;
        }

        private Reading country(Actor place, String why) {
            Actor a = Actor.of(place.entity(), place.country(), null, place.entity());
            return new Reading(a, why, Type.COUNTRY, "", null, a, false);
        }

        // ---- appositions ----

        /** Both halves of "Sergey Lavrov, Russia's foreign minister," are the person. */
        private void apposition(Sentence s, Phrase p, Phrase q) {
            Phrase named = p.named() ? p : q;
            Phrase title = named == p ? q : p;
            Reading r = null;
            Part person = named.first(Kind.PERSON);
            if (person != null) {
                r = person(named, person);
            } else {
                List<Reading> own = named.agent() != null ? readings(s, named, false) : List.of();
                List<Reading> described = readings(s, title, false);
                boolean ownFallback = !own.isEmpty() && own.get(0).why().endsWith(FALLBACK);
                boolean describedOwned = !described.isEmpty() && !described.get(0).why().endsWith(FALLBACK);
                if (!own.isEmpty() && !(ownFallback && describedOwned && named.first(Kind.NAME) != null)) {
                    r = own.get(0);
                } else if (!described.isEmpty()) {
                    Part name = named.first(Kind.NAME);
                    r = named(described.get(0), name, title.agent());
                    learned.put(name.text(), r);
                }
            }
            int group = p.coordinated && lastGroup >= 0 ? lastGroup : groups++;
            if (r == null) {
                emit(s, p, List.of(), false, group);
                emit(s, q, readings(s, q, true), true, group);
                return;
            }
            Reading other = r.because("apposition to '" + span(s, named.begin(), named.end()) + "': " + r.why());
            emit(s, p, List.of(p == named ? r : other), p == named, group);
            emit(s, q, List.of(q == named ? r : other), q == named, group);
        }

        private boolean subject(Sentence s, Phrase p) {
            if (!s.parsed()) {
                return false;
            }
            for (Phrase x : p.apposition == null ? List.of(p) : List.of(p, p.apposition)) {
                for (int k = x.begin(); k < x.end(); k++) {
                    if (subjectToken(s, k, j -> names.contains(j) || s.token(j).ner().equals("PERSON"))
                            && (s.head(k) < x.begin() || s.head(k) >= x.end())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the phrase speaks in a trailing attribution, as the subject (or a conjunct of the
         * subject) of a verb of saying that follows the clause it reports ("the generals agreed to a
         * truce, Saudi Arabia and the United States said"), or as a name right before such a verb
         * that the parser left without a subject (reading the speakers as more items of a list). The
         * subjects of a leading "said" ("Israel and Hamas said a truce would begin") may be the sides.
         * So does the subject of a verb of appeal ("the UN urged Israel to allow aid"): it addresses
         * one party from outside, and the other side is not named there; and so do those it urges to
         * act on a named party ("urged Washington and Paris to press Israel"): go-betweens, not sides;
         * and so do the doers of mediating ("talks mediated by Qatar and Turkey", "Egypt brokered").
         */
        private static boolean reports(Sentence s, Phrase p) {
            if (!s.parsed()) {
                return false;
            }
            int start = p.begin();
            while (start > 0 && NAME_RUN.contains(s.token(start - 1).tag())) {
                start--;
            }
            int next = p.end();
            while (next < s.tokens().size() && NAME_RUN.contains(s.token(next).tag())) {
                next++;
            }
            if (start > 0 && s.token(start - 1).word().equals(",") && next < s.tokens().size()
                    && s.token(next - 1).tag().startsWith("NNP") && REPORTING.contains(s.token(next).lemma())
                    && s.token(next).tag().startsWith("VB") && !s.relation(next).equals("conj")
                    && s.children(next, "nsubj").isEmpty()) {
                return true;
            }
            int k = outward(s, p);
            if (k < 0) {
                return false;
            }
            int subject = s.relation(k).equals("conj") ? s.head(k) : k;
            int verb = s.head(subject);
            if (verb >= 0 && MEDIATING.contains(s.token(verb).lemma()) && (s.relation(subject).equals("nsubj")
                    || s.relation(subject).startsWith("obl") && s.children(subject, "case").stream()
                            .anyMatch(c -> s.token(c).lemma().equals("by")))) {
                return true;
            }
            if (s.relation(subject).equals("obj") && verb >= 0 && APPEALING.contains(s.token(verb).lemma())) {
                return s.children(verb, "xcomp").stream().flatMap(x -> s.children(x, "obj").stream())
                        .anyMatch(o -> s.token(o).isProperNoun());
            }
            return s.relation(subject).equals("nsubj") && verb >= 0 && (REPORTING.contains(s.token(verb).lemma())
                    && trailing(s, verb) || appeal(s, verb)
                    // "the envoy met the general and urged both sides to ...": the subject of a joined appeal
                    || s.children(verb, "conj").stream().anyMatch(c -> appeal(s, c) && s.children(c, "nsubj").isEmpty()));
        }

        /** A verb of appeal: "urged", "appealed", and "called for" or "called on" ("called for a ceasefire"). */
        private static boolean appeal(Sentence s, int verb) {
            if (APPEALING.contains(s.token(verb).lemma())) {
                return true;
            }
            return s.token(verb).lemma().equals("call") && (s.children(verb, "obl").stream()
                    .flatMap(o -> s.children(o, "case").stream()).anyMatch(c -> Set.of("for", "on").contains(s.token(c).lemma()))
                    || s.children(verb, "compound:prt").stream().anyMatch(c -> s.token(c).lemma().equals("on")));
        }

        /**
         * Whether a verb of saying comes after the clause it reports ("..., the ministry said"), as
         * that clause's parataxis or the head of a clause before it; not a verb joined to an earlier
         * one ("Israel struck Gaza, and Hamas said it would respond").
         */
        private static boolean trailing(Sentence s, int verb) {
            int head = s.head(verb);
            return head >= 0 && head < verb && REPORTED.contains(s.relation(verb))
                    || s.children(verb).stream().anyMatch(d -> d.dependent() < verb && REPORTED.contains(d.relation()));
        }

        /** Whether a verb of posting has an "on" or "in" phrase of alert or readiness: "put the army on alert". */
        private static boolean onAlert(Sentence s, int verb) {
            for (Dependency d : s.children(verb)) {
                int n = d.dependent();
                boolean alert = ALERT.contains(s.token(n).lemma())
                        || s.children(n, "nmod").stream().anyMatch(x -> ALERT.contains(s.token(x).lemma()));
                if (d.relation().startsWith("obl") && alert) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the phrase is named in a "between" phrase, as its first conjunct ("between Israel")
         * or a later one ("and Hamas").
         */
        private static boolean between(Sentence s, Phrase p) {
            int k = outward(s, p);
            if (k < 0) {
                return false;
            }
            int first = s.relation(k).equals("conj") ? s.head(k) : k;
            return s.children(first, "case").stream().anyMatch(c -> s.token(c).lemma().equalsIgnoreCase("between"));
        }

        /**
         * The phrase's token whose head lies outside it, through which the phrase attaches to the
         * sentence; -1 for an unparsed sentence or a phrase with none.
         */
        private static int outward(Sentence s, Phrase p) {
            if (!s.parsed()) {
                return -1;
            }
            for (int k = p.begin(); k < p.end(); k++) {
                int head = s.head(k);
                if (head >= 0 && (head < p.begin() || head >= p.end())) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * The verb whose subject, object or party ("met with", "spoke to", "a call from", the agent
         * of a passive) the phrase is, -1 when none: in "Blinken held talks with Wang Yi" Wang Yi is a
         * party of "held".
         */
        private int predicate(Sentence s, Phrase p) {
            if (!s.parsed()) {
                return -1;
            }
            for (Phrase x : p.apposition == null ? List.of(p) : List.of(p, p.apposition)) {
                for (int k = x.begin(); k < x.end(); k++) {
                    int head = s.head(k);
                    if (head >= x.begin() && head < x.end() || head < 0) {
                        continue;
                    }
                    String rel = s.relation(k);
                    if (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj")) {
                        return head;
                    }
                    boolean party = s.children(k, "case").stream()
                            .anyMatch(c -> PARTY_PREPOSITIONS.contains(s.token(c).lemma()));
                    if (party && rel.startsWith("obl") && !rel.equals("obl:agent")) {
                        return head;
                    }
                    // "Xi was welcomed by Putin": the agent of a passive verb
                    boolean passive = !s.children(head, "aux:pass").isEmpty() || !s.children(head, "nsubj:pass").isEmpty();
                    if (rel.startsWith("obl") && passive && s.children(k, "case").stream()
                            .anyMatch(c -> s.token(c).lemma().equals("by"))) {
                        return head;
                    }
                    if (party && rel.startsWith("nmod") && !rel.equals("nmod:poss") && s.relation(head).equals("obj")
                            && s.head(head) >= 0) {
                        return s.head(head);
                    }
                }
            }
            return -1;
        }

        /** The country or body an actor belongs to, as an actor without sector ("Russia", "NATO"). */
        private Actor owner(Actor a) {
            Entry e = dictionary.byCode(codeOf(a));
            return e == null ? null : owner(e, false);
        }

        private Actor owner(Entry e, boolean capital) {
            if (e.kind() == Entry.Kind.ORGANIZATION) {
                return new Actor(e.entity(), e.code(), null, e.sector(), e.entity());
            }
            if (e.kind() == Entry.Kind.PLACE) {
                // "Kharkiv" stands for Ukraine: the actor is the country, not the city
                Entry country = dictionary.byCode(e.country());
                String name = country == null ? e.country() : country.entity();
                return Actor.of(name, e.country(), null, name);
            }
            // a country has a sector only as a member of a grouping of governments ("the E3")
            boolean sector = capital || e.kind() == Entry.Kind.COUNTRY;
            return Actor.of(e.entity(), e.country(), sector ? e.sector() : null, e.entity());
        }
    }

    /**
     * Whether a token heads a subject. Corrects a CoreNLP error: in "After meeting Xi Jinping,
     * Vladimir Putin told ..." the parser makes the fronted name the subject and the real subject its
     * apposition; two people's names are not in apposition, so the second is the subject.
     */
    private static boolean subjectToken(Sentence s, int k, IntPredicate name) {
        if (s.relation(k).equals("appos") && name.test(k) && name.test(s.head(k))) {
            return s.relation(s.head(k)).startsWith("nsubj");
        }
        if (!s.relation(k).startsWith("nsubj")) {
            return false;
        }
        return !(name.test(k) && s.children(k, "appos").stream().anyMatch(name::test));
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        return words[words.length - 1];
    }

    /** The last word of an agent noun without a plural "s": "farmer" for "the farmers", "junta" for "military junta". */
    private static String stem(String noun) {
        String[] words = noun.toLowerCase(Locale.ROOT).split("[ -]");
        String w = words[words.length - 1];
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static String codeOf(Actor a) {
        return a.country() != null ? a.country() : a.code();
    }

    /**
     * The agent whose sector a generic role takes: one speaking for a body is in the body's sector,
     * so a "military spokesman" is MIL and "police officials" are COP.
     */
    private static Part roleOf(Phrase p, Part agent) {
        if (agent == null || !ROLES.contains(agent.entry().entity())) {
            return agent;
        }
        return p.parts.stream().filter(q -> q.kind() == Kind.AGENT && q.end() == agent.begin()).findFirst().orElse(agent);
    }

    /** How a reading from the article's setting (its dateline's or most mentioned country) ends its explanation. */
    private static final String FALLBACK = " is the article's setting";
    /** Verbs that thank or blame a party "for" something, which is then that party's. */
    private static final Set<String> JUDGING = Set.of("thank", "praise", "commend", "hail", "congratulate", "applaud",
            "laud", "reward", "criticize", "criticise", "condemn", "blame", "fault", "rebuke", "reprimand", "censure",
            "denounce", "slam", "chastise", "castigate", "punish", "penalize", "penalise", "sanction", "fine");

    /** An agent noun coded by its sector alone: its country is not known. */
    private Reading noCountry(Part agent, String title, String sector, String why) {
        return new Reading(new Actor(title, sector, null, sector, title), "agent '" + title + "' -> " + sector + "; "
                + why + ": no country", type(agent), "", title, null, false);
    }
    /** Sectors of victims whose country a verb of harm bears on: "Russia killed dozens of civilians". */
    private static final Set<String> VICTIM_SECTORS = Set.of("CVL", "REF", "HLH", "EDU", "MED", "NGO");
    /** Verbs of harm whose subject is rarely the victims' own country. */
    private static final Set<String> HARM = Set.of("kill", "wound", "injure", "maim", "massacre", "slaughter",
            "shell", "bomb", "strike", "hit", "target", "shoot", "attack", "murder");
    /** Mass nouns of agents that also name an activity or information: "share intelligence". */
    private static final Set<String> TOPIC_NOUNS = Set.of("intelligence", "business", "industry");
    /** Verbs of accusing, whose object is the party said to have done the act their "of" phrase names. */
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "blame", "suspect", "condemn", "criticize",
            "criticise");
    /** Verbs of sending whose object, an armed force or envoy, is the subject's. */
    private static final Set<String> SENDING = Set.of("deploy", "send", "dispatch", "withdraw", "station",
            "redeploy", "mobilize", "mobilise", "recall", "pull");
    /** Verbs of posting, whose object is the subject's force only when put on alert ("put the army on alert"). */
    private static final Set<String> POSTING = Set.of("put", "place");
    private static final Set<String> ALERT = Set.of("alert", "standby", "readiness");
    /** Relations between a reported clause and the verb of saying that follows it. */
    /** Punctuation that closes an apposition: "the FDLR, a militia, said". */
    private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", ")", "--", "—", "-");
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "dep");
    private static final Set<String> SENT_SECTORS = Set.of("MIL", "COP", "GOV");
    /**
     * Sectors of speakers who call their own country's forces "the army", "the police": its media and
     * forces. Not its government, which as often comments on another country's army ("the State
     * Department said the army had blocked aid" in a story on Sudan).
     */
    private static final Set<String> STATE_SECTORS = Set.of("MIL", "COP", "SPY", "MED");
    /**
     * Verbs of command, whose object is the subject's own forces, officials or state firms: "Maduro
     * ordered the state oil company to issue licences", "the president instructed the army to".
     */
    private static final Set<String> COMMANDING = Set.of("order", "instruct", "direct", "command", "task");
    /** Verbs of calling one's own body together: "convened the security cabinet", "chaired a meeting of ...". */
    private static final Set<String> CONVENING = Set.of("convene", "chair", "summon");
    private static final Set<String> MEETINGS = Set.of("meeting", "session");
    private static final Set<String> COMMANDED_SECTORS = Set.of("MIL", "COP", "GOV", "BUS", "SPY");

    /** Sectors of agent nouns that can stand for two named office holders: "the two ministers". */
    private static final Set<String> PERSONAL_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "SPY");

    /** Numbers of governments or juntas counted with "the" ("the three juntas"); two is {@link #pairOf}'s. */
    private static final Map<String, Integer> COUNTS = Map.of("three", 3, "four", 4, "five", 5);

    /** The number N of "the N governments" right before the agent noun, else 0. */
    private static int definiteCount(Sentence s, Phrase p, Part agent) {
        int k = agent.begin() - 1;
        boolean definite = k > 0 && Set.of("the", "these", "those").contains(s.token(k - 1).lemma());
        return k >= 0 && definite ? COUNTS.getOrDefault(s.token(k).word().toLowerCase(Locale.ROOT), 0) : 0;
    }

    /** "the two diplomats", "both ministers": a plural agent counted as a pair (not "two soldiers"). */
    private static boolean pairOf(Sentence s, Phrase p, Part agent) {
        int b = p.begin();
        if (b > 0 && s.token(b - 1).word().equalsIgnoreCase("both")) {
            return true;
        }
        for (int k = Math.max(0, b - 2); k < agent.begin(); k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            // "the two leaders", not a count: "two children were wounded"
            boolean definite = k > 0 && Set.of("the", "these", "those").contains(s.token(k - 1).lemma());
            if (w.equals("two") && definite || w.equals("both")) {
                return true;
            }
        }
        return false;
    }

    /** A single person, not a body or a group: "minister", not "ministry" or "ministers". */
    private static boolean personal(Part agent) {
        return agent != null && type(agent) == Type.PERSON;
    }

    private static Type type(Part agent) {
        if (agent.plural()) {
            return Type.GROUP;
        }
        return COLLECTIVE.contains(headWord(agent)) ? Type.COLLECTIVE : Type.PERSON;
    }

    /** "secretary" in "secretary of state", "spokeswoman" in "government spokeswoman". */
    private static String headWord(Part agent) {
        String noun = agent.entry().entity();
        int of = noun.indexOf(" of ");
        String[] words = (of > 0 ? noun.substring(0, of) : noun).split("[ -]");
        return words[words.length - 1];
    }

    private static String gender(Part agent) {
        String head = headWord(agent);
        if (head.endsWith("woman") || head.equals("queen") || head.equals("princess")) {
            return "f";
        }
        return head.endsWith("man") || Set.of("king", "prince", "emir", "sultan").contains(head) ? "m" : "";
    }

    private static boolean relational(Part agent) {
        return RELATIONAL.contains(agent.entry().entity());
    }

    /**
     * Whether a locative preposition comes before a place, adjectives and "the" set aside: "in
     * Syria", "in northern Iraq", "near the Turkish border" is not one (the place is no noun there).
     */
    private static boolean whereabouts(Sentence s, int begin) {
        int k = begin - 1;
        while (k >= 0 && (s.token(k).tag().startsWith("JJ") || s.token(k).lemma().equals("the"))) {
            k--;
        }
        return k >= 0 && PhraseFinder.LOCATIVE.contains(s.token(k).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the words before {@code begin} make a place a destination or location: "to", "in", "visited". */
    private static boolean visitedAt(Sentence s, int begin) {
        int k = begin - 1;
        if (k >= 0 && s.token(k).lemma().equals("the")) {
            k--;
        }
        return k >= 0 && (Set.of("to", "in", "at", "into").contains(s.token(k).word().toLowerCase(Locale.ROOT))
                || s.token(k).lemma().equals("visit"));
    }

    /** Nouns that count the people of an "of" phrase: "thousands of Nigerians", "a crowd of Kurds". */
    private static final Set<String> COUNTING = Set.of("thousand", "hundred", "dozen", "score", "million", "crowd",
            "group", "number");

    /**
     * Whether a phrase is a plural nationality noun that counts people: "two Iraqis", "thousands of
     * Nigerians". Such people are civilians; "the Iraqis rejected the plan" may be the state's side.
     */
    private static boolean counted(Sentence s, Phrase p) {
        if (p.parts.size() != 1 || p.parts.get(0).kind() != Kind.ADJECTIVE) {
            return false;
        }
        int head = p.head();
        String tag = s.token(head).tag();
        if (!s.parsed()) {
            return false;
        }
        if ((tag.equals("NNS") || tag.equals("NNPS")) && !s.children(head, "nummod").isEmpty()) {
            return true;
        }
        // "hundreds of Sudanese": whatever its tag, a word counted by an "of" phrase is a noun of people
        int up = s.head(head);
        return up != Dependency.ROOT && s.relation(head).equals("nmod") && s.children(head, "case").stream()
                .anyMatch(c -> s.token(c).lemma().equals("of"))
                && (s.token(up).tag().equals("CD") || COUNTING.contains(s.token(up).lemma().toLowerCase(Locale.ROOT)));
    }

    /** A country's reading as the civilians of that country. */
    private static Reading civilians(Reading r) {
        Actor a = r.actor();
        if (a.country() == null) {
            return r;
        }
        return new Reading(Actor.of(a.text(), a.country(), "CVL", a.entity()), r.why() + "; people counted: civilians",
                r.type(), r.gender(), r.office(), r.place(), r.named());
    }

    /**
     * Whether the words before {@code begin} make a capital or place a location: a locative
     * preposition ("in", "near", "outside of"), "the" and adjectives set aside ("in the occupied West
     * Bank", "in mostly Christian east Beirut"), perhaps with a noun for a part of a country or city
     * between ("in the eastern city of Kharkiv", "on the outskirts of Kyiv", "in a residential quarter
     * of Beirut"). "At" after a verb of aiming marks a target instead ("fired rockets at Sderot").
     */
    private static boolean locative(Sentence s, int begin) {
        int k = begin - 1;
        boolean outskirts = false;
        while (k >= 0 && (s.token(k).tag().startsWith("JJ") || s.token(k).tag().equals("VBN")
                || s.token(k).tag().startsWith("RB") && k + 1 < begin && s.token(k + 1).tag().startsWith("JJ"))) {
            k--;  // "in the occupied West Bank", "in neighbouring Syria", "in mostly Christian east Beirut"
        }
        if (k >= 0 && k < begin - 1 && !s.token(k).lemma().equals("the") && !s.token(k).lemma().equals("of")
                && !PhraseFinder.LOCATIVE.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
            k = begin - 1;  // "has visited Kyiv": the participle is the verb, not a modifier of the place
        }
        if (k == begin - 1 && k >= 1 && s.token(k).tag().equals("NN") && s.token(k - 1).lemma().equals("the")
                && PLACE_OF.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
            k--;  // "in the capital Sanaa", "near the city Kherson": the noun names the place after it
        }
        if (k >= 1 && s.token(k).lemma().equals("of") && PLACE_OF.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
            outskirts = OUTSKIRTS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT));
            k -= 2;
            while (k >= 0 && (s.token(k).tag().startsWith("JJ") || s.token(k).tag().startsWith("RB")
                    || s.token(k).tag().equals("HYPH"))) {
                k--;  // "the eastern city of", "the second-largest city of"
            }
            if (k >= 0 && s.token(k).lemma().equals("a")) {
                k--;  // "in a residential quarter of"
            }
        }
        if (k >= 0 && s.token(k).lemma().equals("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = s.token(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("at")) {
            return !aimedAt(s, k);
        }
        if (w.equals("of") && k >= 1 && PhraseFinder.LOCATIVE.contains(s.token(k - 1).word().toLowerCase(Locale.ROOT))) {
            return true;  // "outside of the city of Basra"
        }
        if (w.equals("of") && k >= 1 && COMPASS.contains(s.token(k - 1).word().toLowerCase(Locale.ROOT))) {
            return true;  // "60 miles southeast of Aden", "in the south of Lebanon": where, measured from the place
        }
        return PhraseFinder.LOCATIVE.contains(w) || outskirts && w.equals("on") || !outskirts && destination(s, k);
    }

    /** Directions that, before "of", place something relative to the place after it. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /** Words for a meeting or what is done at one, whose "in" phrase names where it is held. */
    private static final Set<String> MEETING = Set.of("talk", "negotiation", "meet", "meeting", "summit",
            "conference", "gather", "gathering", "convene", "discussion", "consultation", "sign", "signing");

    /**
     * Whether a country after "in" or "at" is where a meeting is held, a place and no party of it:
     * "held indirect talks in Oman", "will resume negotiations in Egypt", "signed the deal in Qatar".
     * The phrase must hang from a meeting word, or from a verb whose object is one ("held talks in
     * Oman"); after other words the country is a party ("invest in Egypt", "intervene in Syria").
     * Needs the parse.
     */
    private static boolean venue(Sentence s, Phrase p) {
        int k = p.begin() - 1;
        if (k > 0 && s.token(k).lemma().equals("the")) {
            k--;
        }
        if (!s.parsed() || k < 0 || !Set.of("in", "at").contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int head = p.head();
        int governor = s.head(head);
        if (governor < 0 || !(s.relation(head).startsWith("obl") || s.relation(head).startsWith("nmod"))) {
            return false;
        }
        return MEETING.contains(s.token(governor).lemma().toLowerCase(Locale.ROOT))
                || s.children(governor, "obj").stream().anyMatch(o -> MEETING.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the word at {@code k} makes the place after it a destination, which is where the
     * visitor is, a place as "in Kyiv" is: a verb of visiting ("visited Kyiv", "toured Kharkiv"),
     * or "to" after a verb or noun of going ("travelled to Kyiv", "flew back to Kyiv", "a trip to
     * Kyiv"). Other uses of "to" keep an actor ("appealed to Moscow", "sent a letter to Washington").
     */
    private static boolean destination(Sentence s, int k) {
        Token t = s.token(k);
        if (t.isVerb() && VISITING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return t.word().equalsIgnoreCase("to") && afterGoing(s, k);
    }

    /**
     * Whether the preposition at {@code k} follows a verb or noun of going, perhaps with adverbs
     * between ("travelled to", "flew back to", "a trip to", "returned home from").
     */
    private static boolean afterGoing(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Token before = s.token(j);
            if (GOING.contains(before.lemma().toLowerCase(Locale.ROOT)) && (before.isVerb() || before.tag().startsWith("NN"))) {
                return true;
            }
            if (!before.tag().startsWith("RB") && !before.tag().equals("RP")) {
                return false;  // "flew back to", "went straight to"; not "sent a letter to"
            }
        }
        return false;
    }

    /** Whether the "at" at {@code at} follows a verb of aiming in its clause: "fired dozens of rockets at", "launched more than 40 missiles at". */
    private static boolean aimedAt(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
            Token t = s.token(k);
            if (t.isVerb()) {
                return AIMED.contains(t.lemma().toLowerCase(Locale.ROOT));
            }
            // a clause boundary; "of" and "than" may sit in the object ("fired dozens of rockets at",
            // "launched more than 40 missiles at")
            if (t.tag().equals(",") || t.tag().equals(":") || t.tag().startsWith("W")
                    || t.tag().equals("IN") && !t.lemma().equals("of") && !t.lemma().equals("than")) {
                return false;
            }
        }
        return false;
    }

    private static boolean definite(Sentence s, Phrase p) {
        int b = p.begin();
        return s.token(b).lemma().equals("the") || b > 0 && Set.of("the", "this", "that").contains(s.token(b - 1).lemma());
    }

    /** Whether the agent noun stands alone, with no determiner, possessor, number or modifier: "inspectors". */
    private static boolean bare(Sentence s, Phrase p, Part agent) {
        int b = p.begin();
        return agent.begin() == b && (b == 0 || !Set.of("DT", "PRP$", "CD", "POS", "JJ", "WP$").contains(s.token(b - 1).tag()));
    }

    private static boolean indefinite(Sentence s, Phrase p) {
        int b = p.begin();
        return b > 0 && INDEFINITE.contains(s.token(b - 1).word().toLowerCase(Locale.ROOT));
    }

    private static String span(Sentence s, int begin, int end) {
        return s.text().substring(s.token(begin).begin() - s.begin(), s.token(end - 1).end() - s.begin());
    }
}
