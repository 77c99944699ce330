package org.dyad.resolve;

import static org.dyad.model.Texts.article;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.ResolvedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryResolverTest {

    private static final DictionaryResolver RESOLVER = new DictionaryResolver(ActorDictionary.standard());
    private static final LocalDate FEB_2022 = LocalDate.of(2022, 2, 16);

    private static List<String> codes(ResolvedArticle r, int sentence) {
        return r.mentionsIn(sentence).stream().map(m -> m.actor().code()).toList();
    }

    private static List<String> entities(ResolvedArticle r, int sentence) {
        return r.mentionsIn(sentence).stream().map(m -> m.actor().entity()).toList();
    }

    /** The mentions of a sentence that cover token {@code token}. */
    private static List<ActorMention> at(ResolvedArticle r, int sentence, int token) {
        return r.mentionsIn(sentence).stream().filter(m -> m.covers(token)).toList();
    }

    private static ActorMention one(ResolvedArticle r, int sentence, int token) {
        List<ActorMention> ms = at(r, sentence, token);
        assertEquals(1, ms.size(), "one mention at " + sentence + ":" + token + ": " + r.mentions());
        return ms.get(0);
    }

    @Test
    void resolvesCountriesCapitalsAndAdjectiveAgentPhrases() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russian/JJ troops/NNS shelled/VBD Kharkiv/NNP as/IN the/DT Kremlin/NNP "
                        + "warned/VBD the/DT United/NNP States/NNPS ./.")));
        assertEquals(List.of("RUSMIL", "UKR", "RUSGOV", "USA"), codes(r, 0), "Kharkiv (places.txt) is Ukraine");
    }

    @Test
    void aComplementTheParserHangsFromTheVerbIsNotPartOfTheAgent() {
        String words = "Kenya/NNP will/MD deploy/VB police/NN officers/NNS to/IN Haiti/NNP ./.";
        ResolvedArticle verbs = RESOLVER.resolve(article("a", FEB_2022, sentence(0, words,
                "root -1 2; nsubj 2 0; aux 2 1; compound 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7")));
        assertEquals("HTI", one(verbs, 0, 6).actor().code(), "Haiti is where they go, not whose officers");
        assertEquals("KENCOP", one(verbs, 0, 4).actor().code());

        ResolvedArticle agents = RESOLVER.resolve(article("a", FEB_2022, sentence(0,
                "Kenya/NNP will/MD train/VB police/NN officers/NNS from/IN Haiti/NNP ./.",
                "root -1 2; nsubj 2 0; aux 2 1; compound 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7")));
        assertEquals("HTICOP", one(agents, 0, 4).actor().code(), "the officers from Haiti are Haiti's");
    }

    @Test
    void anAgentNounBeforeATopicNounIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "The/DT intelligence/NN report/NN blamed/VBD Moscow/NNP ./."),
                sentence(1, "Russian/JJ intelligence/NN blamed/VBD Kyiv/NNP ./.")));
        assertEquals(List.of("RUSGOV"), codes(r, 0), "the report's topic is not Russia's intelligence service");
        assertEquals(List.of("RUSSPY", "UKRGOV"), codes(r, 1));
    }

    @Test
    void onATieTheCountryNamedFirstSetsTheScene() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Protesters/NNS rallied/VBD in/IN Tbilisi/NNP against/IN a/DT law/NN copied/VBN from/IN Russia/NNP ./.")));
        assertEquals("GEOCVL", one(r, 0, 0).actor().code(), "Tbilisi comes first; Russia only names the model");
    }

    @Test
    void regionsHaveCameoRegionCodes() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Western/JJ governments/NNS imposed/VBD sanctions/NNS on/IN Russia/NNP ./."),
                sentence(1, "East/NNP African/JJ leaders/NNS met/VBD in/IN Nairobi/NNP ./."),
                sentence(2, "Fighting/NN spread/VBD in/IN western/JJ Ukraine/NNP and/CC Western/NNP Europe/NNP ./.")));
        assertEquals(List.of("WSTGOV", "RUS"), codes(r, 0));
        assertEquals(List.of("EAFGOV"), codes(r, 1));
        assertEquals(List.of("UKR", "EUR"), codes(r, 2), "a compass word before a name is part of the place");
    }

    @Test
    void theTwoDiplomatsAreTheLastTwoPersonsNamed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP told/VBD Antony/NNP Blinken/NNP that/IN talks/NNS had/VBD stalled/VBN ./."),
                sentence(1, "The/DT two/CD diplomats/NNS spoke/VBD for/IN an/DT hour/NN ./.")));
        assertEquals(List.of("Sergey Lavrov", "Antony Blinken"), entities(r, 1));
        ResolvedArticle alone = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP spoke/VBD ./."),
                sentence(1, "The/DT two/CD diplomats/NNS met/VBD later/RB ./.")));
        assertEquals(List.of(), codes(alone, 1), "one person named: no pair, and one country cannot be both parties");
    }

    @Test
    void allPartiesAreTheDisputantsNotPoliticalParties() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 9, 13),
                sentence(0, "Clashes/NNS/clash erupted/VBD in/IN Somalia/NNP ./."),
                sentence(1, "Kenya/NNP urged/VBD all/DT parties/NNS/party to/TO show/VB restraint/NN ./."),
                sentence(2, "Two/CD parties/NNS/party in/IN Somalia/NNP boycotted/VBD the/DT vote/NN ./.")));
        assertEquals(List.of("KEN"), codes(r, 1), "the parties to the fighting, not Somali political parties");
        assertEquals(List.of("SOMPTY", "SOM"), codes(r, 2));
    }

    @Test
    void armsNamingWhatIsTradedAreNoForce() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 9, 13),
                sentence(0, "Finland/NNP shipped/VBD/ship artillery/NN shells/NNS/shell and/CC drone/NN parts/NNS/part to/IN Ukraine/NNP ./."),
                sentence(1, "Finnish/JJ drones/NNS/drone struck/VBD/strike the/DT depot/NN ./.")));
        assertEquals(List.of("FIN", "UKR"), codes(r, 0), "shells and parts are what was shipped, not troops");
        assertEquals(List.of("FINMIL"), codes(r, 1));
    }

    @Test
    void theTwoLeadersAreTwoCountriesNeverTheVenue() {
        ResolvedArticle venue = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "The/DT two/CD leaders/NNS did/VBD not/RB meet/VB in/IN Geneva/NNP ./.")));
        assertEquals(List.of(), codes(venue, 0), "the venue's country is neither of the two");
        ResolvedArticle pair = RESOLVER.resolve(article("b", LocalDate.of(2024, 3, 5),
                sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP exchanged/VBD fire/NN on/IN the/DT border/NN ./."),
                sentence(1, "The/DT two/CD presidents/NNS spoke/VBD by/IN phone/NN ./.")));
        assertEquals(List.of("ARMGOV", "AZEGOV"), codes(pair, 1));
        ResolvedArticle count = RESOLVER.resolve(article("c", LocalDate.of(2024, 3, 5),
                sentence(0, "Two/CD soldiers/NNS were/VBD killed/VBN in/IN Mali/NNP ./.")));
        assertEquals(List.of("MLIMIL", "MLI"), codes(count, 0), "a count, not 'the two'");
    }

    @Test
    void internationalGroupsHaveNoCountryOfTheirOwn() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "Donors/NNS pledged/VBD aid/NN at/IN a/DT conference/NN in/IN Geneva/NNP ./."),
                sentence(1, "International/JJ observers/NNS criticised/VBD the/DT vote/NN in/IN Zimbabwe/NNP ./."),
                sentence(2, "Election/NN monitors/NNS from/IN the/DT European/NNP Union/NNP praised/VBD Senegal/NNP ./.")));
        assertEquals(List.of("IGO"), codes(r, 0), "not Switzerland's, where they met");
        assertEquals("IGO", one(r, 1, 1).actor().code());
        assertEquals("IGOEU", one(r, 2, 1).actor().code(), "a named body still owns them");
    }

    @Test
    void aPronounTakesTheSubjectOfItsOwnClauseFirst() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "If/IN Iran/NNP attacks/VBZ Israel/NNP ,/, the/DT United/NNP States/NNPS would/MD "
                        + "defend/VB its/PRP$ ally/NN ./.",
                        "mark 2 0; nsubj 2 1; advcl 9 2; obj 2 3; punct 9 4; det 7 5; compound 7 6; nsubj 9 7; "
                                + "aux 9 8; root -1 9; nmod:poss 11 10; obj 9 11; punct 9 12"),
                sentence(1, "Turkey/NNP said/VBD it/PRP would/MD recall/VB its/PRP$ ambassador/NN ./.",
                        "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nmod:poss 6 5; obj 4 6; punct 1 7")));
        assertEquals("USA", one(r, 0, 10).actor().code(), "the ally is the defender's, not the attacker's");
        assertEquals("TURGOV", one(r, 1, 6).actor().code());
    }

    @Test
    void aCommaAfterANounEndsTheAdjectivesPhrase() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "Israel/NNP threatened/VBD to/TO strike/VB Iranian/JJ nuclear/JJ facilities/NNS ,/, "
                        + "officials/NNS warned/VBD ./."),
                sentence(1, "Hungarian/JJ ,/, Romanian/JJ and/CC Polish/JJ officials/NNS met/VBD ./.")));
        assertEquals("IRN", one(r, 0, 4).actor().code());
        assertTrue(at(r, 0, 4).stream().noneMatch(m -> m.covers(8)), "the officials are a phrase of their own");
        assertTrue(one(r, 0, 8).actor().code().endsWith("GOV"));
        assertEquals(List.of("HUNGOV", "ROUGOV", "POLGOV"), codes(r, 1), "commas between adjectives still coordinate");
    }

    @Test
    void aBareTopicNounAsObjectIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "India/NNP and/CC Pakistan/NNP agreed/VBD to/TO share/VB intelligence/NN ./.",
                        "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7"),
                sentence(1, "Indian/JJ intelligence/NN accused/VBD Pakistan/NNP ./.",
                        "amod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4")));
        assertEquals(List.of("IND", "PAK"), codes(r, 0), "shared information, not a spy agency");
        assertEquals(List.of("INDSPY", "PAK"), codes(r, 1));
    }

    @Test
    void troopsSomeoneDeploysAreTheirs() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "NATO/NNP said/VBD it/PRP would/MD deploy/VB more/JJR troops/NNS to/IN Poland/NNP ./.",
                        "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; amod 6 5; obj 4 6; case 8 7; obl 4 8; "
                                + "punct 1 9")));
        ActorMention troops = one(r, 0, 6);
        assertEquals("IGONAT", troops.actor().code(), "not Poland's, where they go: " + troops.why());
        assertEquals("MIL", troops.actor().sector());
    }

    @Test
    void victimsOfTheArticlesCountryAreTheOtherCountrys() {
        ResolvedArticle active = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "Russia/NNP killed/VBD/kill dozens/NNS of/IN civilians/NNS in/IN a/DT strike/NN on/IN Kharkiv/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod 2 4; case 7 5; det 7 6; obl 1 7; case 9 8; "
                                + "nmod 7 9; punct 1 10")));
        assertEquals("UKRCVL", one(active, 0, 4).actor().code(), one(active, 0, 4).why());
        ResolvedArticle passive = RESOLVER.resolve(article("b", LocalDate.of(2024, 3, 5),
                sentence(0, "Three/CD people/NNS were/VBD killed/VBN/kill in/IN an/DT Israeli/JJ airstrike/NN on/IN Gaza/NNP ./.",
                        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 7 4; det 7 5; amod 7 6; obl 3 7; "
                                + "case 9 8; nmod 7 9; punct 3 10")));
        assertEquals("PSECVL", one(passive, 0, 1).actor().code(), one(passive, 0, 1).why());
        ResolvedArticle domestic = RESOLVER.resolve(article("c", LocalDate.of(2024, 3, 5),
                sentence(0, "Gunmen/NNS killed/VBD/kill villagers/NNS in/IN Mali/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; punct 1 5")));
        assertEquals("MLICVL", one(domestic, 0, 2).actor().code(), "no country harms them: the article's");
    }

    @Test
    void aTitledStrangerIsNotTheCountrysKnownHolder() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 3, 5),
                sentence(0, "President/NNP Emmanuel/NNP Macron/NNP arrived/VBD in/IN Nairobi/NNP on/IN Monday/NNP ./."),
                sentence(1, "He/PRP met/VBD President/NNP William/NNP Ruto/NNP ./.")));
        ActorMention ruto = one(r, 1, 3);
        assertEquals("KENGOV", ruto.actor().code(), "France's president is Macron: " + ruto.why());
        assertEquals("William Ruto", ruto.actor().entity());
    }

    @Test
    void titleBeforeNameIsThePersonWithTheOfficeHeldOnTheDate() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Secretary/NNP of/IN State/NNP Antony/NNP Blinken/NNP spoke/VBD with/IN "
                        + "Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP ./."),
                sentence(1, "Lavrov/NNP said/VBD Blinken/NNP had/VBD called/VBN ./.")));
        assertEquals(List.of("USAGOV", "RUSGOV"), codes(r, 0));
        ActorMention blinken = r.mentionsIn(0).get(0);
        assertEquals("Antony Blinken", blinken.actor().entity());
        assertEquals(0, blinken.begin(), "the title is part of the mention");
        assertEquals(List.of("RUSGOV", "USAGOV"), codes(r, 1), "surnames after the full name");
    }

    @Test
    void sameNameResolvesByTermOfOffice() {
        ResolvedArticle in2017 = RESOLVER.resolve(article("a", LocalDate.of(2017, 6, 1),
                sentence(0, "Mike/NNP Pompeo/NNP visited/VBD Seoul/NNP ./.")));
        ResolvedArticle in2019 = RESOLVER.resolve(article("b", LocalDate.of(2019, 6, 1),
                sentence(0, "Mike/NNP Pompeo/NNP visited/VBD Seoul/NNP ./.")));
        assertEquals("USASPY", codes(in2017, 0).get(0));
        assertEquals("USAGOV", codes(in2019, 0).get(0));
    }

    @Test
    void aNameFarFromItsTermsIsANamesakeUnlessATitleNamesTheOffice() {
        // John Moore was Australia's defence minister until 2001-01-30
        ResolvedArticle in2000 = RESOLVER.resolve(article("a", LocalDate.of(2000, 6, 1),
                sentence(0, "John/NNP Moore/NNP visited/VBD Darwin/NNP ./.")));
        assertEquals(List.of("AUSGOV"), codes(in2000, 0));
        ResolvedArticle in2002 = RESOLVER.resolve(article("b", LocalDate.of(2002, 6, 1),
                sentence(0, "John/NNP Moore/NNP visited/VBD Darwin/NNP ./.")));
        assertEquals(List.of("AUSELI"), codes(in2002, 0), "within two years of the term: a former official");
        ResolvedArticle in2015 = RESOLVER.resolve(article("c", LocalDate.of(2015, 6, 1),
                sentence(0, "John/NNP Moore/NNP opened/VBD the/DT library/NN ./."),
                sentence(1, "Moore/NNP thanked/VBD the/DT volunteers/NNS ./.")));
        assertTrue(in2015.mentionsIn(0).stream().noneMatch(m -> "John Moore".equals(m.actor().entity())),
                "a namesake years later: " + in2015.mentions());
        assertTrue(in2015.mentionsIn(1).stream().noneMatch(m -> "John Moore".equals(m.actor().entity())));
        ResolvedArticle titled = RESOLVER.resolve(article("d", LocalDate.of(2015, 6, 1),
                sentence(0, "Former/JJ defence/NN minister/NN John/NNP Moore/NNP criticised/VBD the/DT plan/NN ./.")));
        ActorMention moore = one(titled, 0, 3);
        assertEquals("AUSELI", moore.actor().code(), "a title fitting the office still names him");
        assertEquals("John Moore", moore.actor().entity());
    }

    @Test
    void formerOfficeHoldersAreElitesAndTheNextTermStartsEarly() {
        ResolvedArticle former = RESOLVER.resolve(article("a", LocalDate.of(2012, 3, 1),
                sentence(0, "Former/JJ President/NNP George/NNP W./NNP Bush/NNP spoke/VBD in/IN Dallas/NNP ./."),
                sentence(1, "Bush/NNP said/VBD he/PRP missed/VBD the/DT job/NN ./.")));
        assertEquals("USAELI", one(former, 0, 3).actor().code(), "three years on, named with a former title");
        assertEquals(List.of("USAELI", "USAELI"), codes(former, 1));
        ResolvedArticle between = RESOLVER.resolve(article("b", LocalDate.of(2022, 8, 10),
                sentence(0, "Donald/NNP Trump/NNP criticised/VBD the/DT search/NN ./.")));
        assertEquals(List.of("USAELI"), codes(between, 0), "between two terms, after the first");
        ResolvedArticle elect = RESOLVER.resolve(article("c", LocalDate.of(2024, 12, 20),
                sentence(0, "Donald/NNP Trump/NNP promised/VBD to/TO end/VB the/DT war/NN ./.")));
        assertEquals(List.of("USAGOV"), codes(elect, 0), "weeks before the term: the office's sector");
    }

    @Test
    void aCountryModifyingAnEconomicNounIsNotAnActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Turkey/NNP prices/NNS rose/VBD as/IN Japan/NNP stocks/NNS fell/VBD ./."),
                sentence(1, "Turkey/NNP raised/VBD rates/NNS and/CC Israel/NNP strikes/NNS hit/VBD Gaza/NNP ./.")));
        assertEquals(List.of(), codes(r, 0));
        assertEquals(List.of("TUR", "ISR", "PSE"), codes(r, 1), "an acting country, an action noun");
    }

    @Test
    void brusselsIsTheEuInAnArticleAboutTheEuButStaysAPlaceAndBelgiumOtherwise() {
        ResolvedArticle eu = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "The/DT EU/NNP agreed/VBD new/JJ sanctions/NNS ./."),
                sentence(1, "Brussels/NNP said/VBD ministers/NNS met/VBD in/IN Brussels/NNP ./.")));
        assertEquals("IGOEU", one(eu, 1, 0).actor().code());
        assertEquals(List.of(), at(eu, 1, 5), "a place after 'in', no actor");
        ResolvedArticle belgium = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Brussels/NNP said/VBD it/PRP would/MD expel/VB the/DT diplomats/NNS ./.")));
        assertEquals("BELGOV", one(belgium, 0, 0).actor().code(), "no EU in the article");
    }

    @Test
    void coordinatedAdjectivesGiveOneActorEach() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Senior/JJ Hungarian/JJ and/CC Romanian/JJ officials/NNS agreed/VBD ./.")));
        assertEquals(List.of("HUNGOV", "ROUGOV"), codes(r, 0));
        ResolvedArticle body = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Houthi/NNP and/CC Saudi/JJ delegations/NNS met/VBD ./.")));
        assertEquals(List.of("YEMREBHTH", "SAUGOV"), codes(body, 0), "a body and an adjective before one agent noun");
        assertEquals(2, at(body, 0, 0).size(), "one phrase: the body's delegation too");
    }

    @Test
    void possessiveCountryWithAgent() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russia/NNP 's/POS foreign/JJ minister/NN arrived/VBD ./.")));
        assertEquals(List.of("RUSGOV"), codes(r, 0));
    }

    @Test
    void pronounsTakeTheNearestCompatibleActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP spoke/VBD with/IN Sergey/NNP Lavrov/NNP on/IN Tuesday/NNP ./."),
                sentence(1, "Russia/NNP denies/VBZ it/PRP plans/VBZ to/TO invade/VB ./."),
                sentence(2, "He/PRP urged/VBD Moscow/NNP to/TO pull/VB back/RP ./.")));
        assertEquals(List.of("RUS", "RUS"), codes(r, 1), "'it' is Russia");
        ActorMention he = r.mentionsIn(2).get(0);
        assertEquals("Antony Blinken", he.actor().entity(), "first male person of the nearest sentence with one: its subject");
        assertTrue(he.why().startsWith("pronoun"));
    }

    // ---- titles, variants, surnames ----

    @Test
    void titleWithSurnameOnlyIsTheDictionaryPersonInThatOffice() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Foreign/NNP Minister/NNP Lavrov/NNP met/VBD Mr./NNP Blinken/NNP ./.")));
        assertEquals(List.of("Sergey Lavrov", "Antony Blinken"), entities(r, 0));
        assertEquals(List.of("RUSGOV", "USAGOV"), codes(r, 0));
    }

    @Test
    void bareSurnameWithoutTitleOrEarlierFullNameIsNotGuessed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Lavrov/NNP arrived/VBD ./.")));
        assertTrue(r.mentions().isEmpty(), r.mentions().toString());
    }

    @Test
    void aDescriptionAfterItsOwnPronounDoesNotBreakGrouping() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Britain/NNP banned/VBD the/DT group/NN because/IN of/IN what/WP it/PRP called/VBD its/PRP$ "
                        + "direct/JJ involvement/NN in/IN killings/NNS in/IN Northern/NNP Ireland/NNP ./.")));
        assertTrue(codes(r, 0).contains("GBR"), () -> codes(r, 0).toString());
    }

    @Test
    void spellingVariantsAccentsAndHyphensMatch() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 5, 1),
                sentence(0, "Hossein/NNP Amir/NNP Abdollahian/NNP met/VBD Recep/NNP Tayyip/NNP Erdogan/NNP and/CC "
                        + "Antonio/NNP Guterres/NNP ./."),
                sentence(1, "Erdoğan/NNP thanked/VBD Amir-Abdollahian/NNP ./.")));
        assertEquals(List.of("IRNGOV", "TURGOV", "IGOUNO"), codes(r, 0));
        assertEquals(List.of("Recep Tayyip Erdoğan", "Hossein Amir-Abdollahian"), entities(r, 1), "canonical names as persons.txt spells them");
    }

    @Test
    void familyNameFirstAndParticlesGiveTheRightSurname() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 9, 1),
                sentence(0, "Wang/NNP Yi/NNP met/VBD Ursula/NNP von/NNP der/NNP Leyen/NNP ./."),
                sentence(1, "Wang/NNP told/VBD von/NNP der/NNP Leyen/NNP that/IN Yi/NNP had/VBD left/VBN ./.")));
        assertEquals(List.of("Wang Yi", "Ursula von der Leyen"), entities(r, 1), "'Yi' is a given name, not a surname");
    }

    // ---- appositions and unknown names ----

    @Test
    void appositionToAKnownPersonIsThatPerson() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP ,/, Russia/NNP 's/POS foreign/JJ minister/NN ,/, warned/VBD "
                        + "Kyiv/NNP ./.")));
        assertEquals(List.of("Sergey Lavrov", "Sergey Lavrov", "Ukraine"), entities(r, 0));
        assertTrue(r.mentionsIn(0).get(1).why().startsWith("apposition"), r.mentionsIn(0).get(1).why());
    }

    @Test
    void unknownNameTakesItsAppositionOrTitleAndKeepsItLater() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Ivan/NNP Petrov/NNP ,/, Russia/NNP 's/POS deputy/JJ foreign/JJ minister/NN ,/, "
                        + "met/VBD Deputy/NNP Foreign/NNP Minister/NNP Olena/NNP Kravets/NNP of/IN Ukraine/NNP ./."),
                sentence(1, "Petrov/NNP said/VBD Ms./NNP Kravets/NNP had/VBD agreed/VBN ./.")));
        ActorMention petrov = one(r, 0, 0);
        assertEquals("RUSGOV", petrov.actor().code());
        assertEquals("Ivan Petrov", petrov.actor().entity());
        ActorMention kravets = one(r, 0, 12);
        assertEquals("UKRGOV", kravets.actor().code());
        assertEquals("Olena Kravets", kravets.actor().entity());
        assertEquals(List.of("Ivan Petrov", "Olena Kravets"), entities(r, 1));
        assertEquals(List.of("RUSGOV", "UKRGOV"), codes(r, 1));
    }

    @Test
    void theSurnameHeAfterATitleIsANameNotThePronoun() {
        LocalDate may2025 = LocalDate.of(2025, 5, 12);
        ResolvedArticle r = RESOLVER.resolve(article("a", may2025,
                sentence(0, "Singapore/NNP 's/POS foreign/JJ minister/NN hosted/VBD Chinese/JJ Vice/NNP Premier/NNP "
                        + "He/PRP Lifeng/NNP on/IN Friday/NNP ./."),
                sentence(1, "He/PRP said/VBD the/DT talks/NNS were/VBD useful/JJ ./.")));
        ActorMention he = one(r, 0, 8);
        assertEquals("CHNGOV", he.actor().code());
        assertEquals("He Lifeng", he.actor().entity(), "a vice premier is not the premier, and 'He' is his surname");
        assertEquals(List.of("SGPGOV"), codes(r, 1), "the sentence-initial 'He' is still the pronoun");
    }

    @Test
    void socialMediaIsNoPressAndABaseWithNoOwnerIsItsHosts() {
        LocalDate june2025 = LocalDate.of(2025, 6, 23);
        ResolvedArticle r = RESOLVER.resolve(article("a", june2025,
                sentence(0, "Syria/NNP fired/VBD rockets/NNS at/IN the/DT Hamid/NNP air/NN base/NN in/IN Jordan/NNP ./."),
                sentence(1, "Turkey/NNP struck/VBD the/DT Russian/JJ air/NN base/NN in/IN Syria/NNP ./."),
                sentence(2, "The/DT president/NN wrote/VBD on/IN social/JJ media/NNS that/IN Syria/NNP "
                        + "would/MD pay/VB ./.")));
        assertEquals(List.of("JOR"), at(r, 0, 6).stream().map(m -> m.actor().country()).toList(),
                "a base in Jordan that no one else is said to own is Jordan's");
        assertEquals("RUSMIL", one(r, 1, 5).actor().code(), "an owner named before keeps the base");
        assertTrue(at(r, 2, 5).isEmpty(), "social media is no actor: " + r.mentionsIn(2));
    }

    @Test
    void militaryRanksTitleOfficersAndTheAusCouncilIsNotTheUns() {
        LocalDate oct2025 = LocalDate.of(2025, 10, 16);
        ResolvedArticle r = RESOLVER.resolve(article("a", oct2025,
                sentence(0, "Colonel/NNP Joel/NNP Rakoto/NNP said/VBD Malian/JJ troops/NNS had/VBD left/VBN ./."),
                sentence(1, "The/DT colonel/NN met/VBD Lt./NNP Gen./NNP Amadou/NNP Keita/NNP of/IN Mali/NNP ./."),
                sentence(2, "The/DT AU/NNP 's/POS Peace/NNP and/CC Security/NNP Council/NNP urged/VBD the/DT "
                        + "soldiers/NNS to/TO return/VB ./."),
                sentence(3, "Mali/NNP expelled/VBD a/DT French/JJ defence/NN attache/NN ./.")));
        ActorMention colonel = one(r, 0, 2);
        assertEquals("Joel Rakoto", colonel.actor().entity());
        assertEquals("MIL", colonel.actor().sector());
        assertEquals("Joel Rakoto", one(r, 1, 1).actor().entity(), "the colonel named before");
        assertEquals("MLIMIL", one(r, 1, 6).actor().code());
        assertEquals("IGOAFR", one(r, 2, 5).actor().code(), "the AU's council, not the UN Security Council");
        assertEquals("FRAMIL", one(r, 3, 5).actor().code(), "a defence attache is an officer");
    }

    @Test
    void intelligenceServicesPartiesAndCouncilsNamedInTheDictionaries() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2025, 7, 18),
                sentence(0, "Britain/NNP sanctioned/VBD three/CD units/NNS of/IN the/DT GRU/NNP ./."),
                sentence(1, "The/DT FSB/NNP detained/VBD a/DT suspect/NN ./."),
                sentence(2, "Frelimo/NNP and/CC Renamo/NNP traded/VBD accusations/NNS ./."),
                sentence(3, "Mozambique/NNP 's/POS Constitutional/NNP Council/NNP upheld/VBD the/DT result/NN ./."),
                sentence(4, "Haiti/NNP 's/POS Transitional/NNP Presidential/NNP Council/NNP appealed/VBD for/IN aid/NN ./.")));
        assertEquals("RUSSPY", one(r, 0, 6).actor().code());
        assertEquals("RUSSPY", one(r, 1, 1).actor().code());
        assertEquals("MOZPTYFRE", one(r, 2, 0).actor().code(), "a party, coded with its country like Hamas (PSEREBHMS)");
        assertEquals("PTY", one(r, 2, 2).actor().sector());
        assertEquals("MOZJUD", one(r, 3, 3).actor().code(), "a constitutional council is a court");
        assertEquals("HTIGOV", one(r, 4, 4).actor().code(), "Haiti's collective presidency");
    }

    @Test
    void personsOwnNoMembersProtestersAreNoMembersAndAnOperatorOwnsItsBase() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2025, 6, 1),
                sentence(0, "Serbia/NNP 's/POS police/NN detained/VBD a/DT student/NN ./."),
                sentence(1, "The/DT student/NN 's/POS lawyer/NN protested/VBD ./."),
                sentence(2, "Protesters/NNS at/IN the/DT European/NNP Parliament/NNP chanted/VBD ./."),
                sentence(3, "Iran/NNP struck/VBD the/DT US/NNP -/HYPH run/VBN Al/NNP Udeid/NNP air/NN base/NN "
                        + "in/IN Qatar/NNP ./.")));
        assertEquals("JUD", one(r, 1, 3).actor().sector(), "a student's lawyer is a lawyer, not a member of a student");
        assertTrue(at(r, 2, 0).stream().noneMatch(m -> m.actor().code().equals("IGOEUPAR")),
                () -> "protesters at a parliament are not its members: " + r.mentionsIn(2));
        assertTrue(at(r, 3, 9).stream().noneMatch(m -> "QAT".equals(m.actor().country())),
                () -> "a US-run base is not the host's: " + r.mentionsIn(3));
    }

    @Test
    void onlyStateMediaSpeakForTheirCountrysForces() {
        String uganda = "Uganda/NNP 's/POS opposition/NN protested/VBD in/IN Kampala/NNP ./.";
        String reported = " reported/VBD/report the/DT police/NN had/VBD/have killed/VBN/kill three/CD protesters/NNS/protester ./.";
        ResolvedArticle paper = RESOLVER.resolve(article("a", LocalDate.of(2025, 6, 1), sentence(0, uganda),
                sentence(1, "A/DT Kenyan/JJ newspaper/NN" + reported,
                        "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; nsubj 7 5; aux 7 6; ccomp 3 7; nummod 9 8; "
                                + "obj 7 9; punct 3 10")));
        assertEquals("UGACOP", one(paper, 1, 5).actor().code(), "a foreign newspaper does not own the police it reports on");
        ResolvedArticle state = RESOLVER.resolve(article("a", LocalDate.of(2025, 6, 1), sentence(0, uganda),
                sentence(1, "Kenyan/JJ state/NN media/NNS" + reported,
                        "amod 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; nsubj 7 5; aux 7 6; ccomp 3 7; nummod 9 8; "
                                + "obj 7 9; punct 3 10")));
        assertEquals("KENCOP", one(state, 1, 5).actor().code(), "state media speak of their own police");
    }

    @Test
    void unknownNameWithoutTitleIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "John/NNP Smith/NNP visited/VBD Kyiv/NNP ./.")));
        assertEquals(List.of("UKRGOV"), codes(r, 0));
    }

    @Test
    void ambassadorToABodyBelongsToTheSendingCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "U.N./NNP Ambassador/NNP Linda/NNP Thomas-Greenfield/NNP met/VBD U.S./NNP Ambassador/NNP "
                        + "to/TO the/DT U.N./NNP John/NNP Doe/NNP ./.")));
        assertEquals(List.of("USAGOV", "USAGOV"), codes(r, 0), "no actor 'U.N. John Doe' and none for the U.N.");
        assertEquals(List.of("Linda Thomas-Greenfield", "John Doe"), entities(r, 0));
    }

    @Test
    void bodyTitleWithUnknownNameIsTheBody() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "NATO/NNP Deputy/NNP Secretary/NNP General/NNP Anna/NNP Berg/NNP met/VBD "
                        + "NATO/NNP Secretary/NNP General/NNP Jens/NNP Stoltenberg/NNP ./.")));
        assertEquals(List.of("IGONAT", "IGONAT"), codes(r, 0));
        assertEquals(List.of("Anna Berg", "Jens Stoltenberg"), entities(r, 0));
    }

    // ---- relational descriptions ----

    @Test
    void countryAndTitleIsTheOfficeHolderOnTheDate() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russia/NNP 's/POS foreign/JJ minister/NN spoke/VBD to/TO the/DT German/JJ chancellor/NN "
                        + "and/CC a/DT Russian/JJ diplomat/NN ./.")));
        assertEquals(List.of("RUSGOV", "DEUGOV", "RUSGOV"), codes(r, 0));
        assertEquals(List.of("Sergey Lavrov", "Olaf Scholz", "Russia"), entities(r, 0), "not for 'a Russian diplomat'");
    }

    @Test
    void possessorsGiveTheirCountryAndCounterpartsTheirSector() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP called/VBD his/PRP$ Russian/JJ counterpart/NN ./."),
                sentence(1, "France/NNP said/VBD its/PRP$ president/NN would/MD call/VB Vladimir/NNP Putin/NNP 's/POS "
                        + "spokesman/NN ./.")));
        assertEquals(List.of("USAGOV", "RUSGOV"), codes(r, 0));
        assertEquals(List.of("FRA", "FRAGOV"), codes(r, 1).subList(0, 2));
        assertEquals("Emmanuel Macron", r.mentionsIn(1).get(1).actor().entity());
        assertEquals("RUSGOV", r.mentionsIn(1).get(r.mentionsIn(1).size() - 1).actor().code(), "Putin's spokesman");
    }

    @Test
    void theCountryIsTheLastCountryNamed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP visited/VBD Kazakhstan/NNP ./."),
                sentence(1, "The/DT country/NN 's/POS president/NN greeted/VBD him/PRP ,/, and/CC the/DT country/NN "
                        + "signed/VBD a/DT deal/NN ./.")));
        assertEquals(List.of("KAZGOV", "USAGOV", "KAZ"), codes(r, 1));
    }

    @Test
    void theTwoCountriesAreTheLastTwoNamed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP met/VBD in/IN Brussels/NNP with/IN Russian/JJ "
                        + "officials/NNS ./."),
                sentence(1, "The/DT two/CD countries/NNS/country agreed/VBD ./.")));
        assertEquals(List.of("ARM", "AZE"), codes(r, 1));
    }

    @Test
    void postModifiersAndCoordinationsGiveOneActorEach() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "The/DT foreign/JJ ministers/NNS of/IN Hungary/NNP and/CC Romania/NNP met/VBD "
                        + "U.S./NNP and/CC Polish/JJ officials/NNS ./.")));
        assertEquals(List.of("HUNGOV", "ROUGOV", "USAGOV", "POLGOV"), codes(r, 0));
    }

    // ---- pronouns ----

    @Test
    void genderComesFromThePersonRecord() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 3, 1),
                sentence(0, "Sergey/NNP Lavrov/NNP met/VBD Annalena/NNP Baerbock/NNP ./."),
                sentence(1, "She/PRP warned/VBD him/PRP ./.")));
        assertEquals(List.of("Annalena Baerbock", "Sergey Lavrov"), entities(r, 1));
    }

    @Test
    void theyTakesACoordinationOrAPluralGroupNotASinglePerson() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP met/VBD Hungarian/JJ and/CC Romanian/JJ officials/NNS ./."),
                sentence(1, "They/PRP said/VBD Lavrov/NNP had/VBD lied/VBN ./."),
                sentence(2, "Russia/NNP and/CC Belarus/NNP massed/VBD troops/NNS ./."),
                sentence(3, "They/PRP denied/VBD it/PRP ./.")));
        assertEquals(List.of("HUNGOV", "ROUGOV"), codes(r, 1), "not Blinken, one person");
        assertEquals(List.of("RUS", "BLR"), codes(r, 3).subList(0, 2), "the first coordination of sentence 2");
    }

    @Test
    void itTakesACountryOrBodyAndPleonasticItNothing() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP said/VBD NATO/NNP was/VBD expanding/VBG ./."),
                sentence(1, "It/PRP is/VBZ/be unclear/JJ whether/IN it/PRP will/MD stop/VB ./.")));
        assertEquals(List.of("IGONAT"), codes(r, 1));
        assertEquals(4, r.mentionsIn(1).get(0).begin(), "the second 'it'");
    }

    @Test
    void theSubjectIsPreferredWhenTheSentenceIsParsed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "After/IN talks/NNS with/IN Antony/NNP Blinken/NNP ,/, Sergey/NNP Lavrov/NNP warned/VBD "
                        + "Kyiv/NNP ./.", "case 4 1; case 2 4; compound 4 3; nmod 1 4; obl 8 1; punct 8 5; compound 7 6; "
                        + "nsubj 8 7; root -1 8; obj 8 9; punct 8 10"),
                sentence(1, "He/PRP left/VBD ./.")));
        assertEquals("Sergey Lavrov", r.mentionsIn(1).get(0).actor().entity());
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP called/VBD ./."),
                sentence(1, "Sergey/NNP Lavrov/NNP thanked/VBD him/PRP ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4")));
        assertEquals(List.of("RUSGOV", "USAGOV"), codes(r, 1));
    }

    // ---- definite descriptions ----

    @Test
    void theMinisterAndTheSecretaryTakeThePersonWhoseOfficeFits() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP met/VBD Sergey/NNP Lavrov/NNP ./."),
                sentence(1, "The/DT minister/NN said/VBD the/DT secretary/NN was/VBD wrong/JJ ./.")));
        assertEquals(List.of("Sergey Lavrov", "Antony Blinken"), entities(r, 1));
    }

    @Test
    void theAllianceAndTheBlocTakeTheLastBodySoDescribed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "NATO/NNP and/CC the/DT European/NNP Union/NNP met/VBD ./."),
                sentence(1, "The/DT alliance/NN said/VBD the/DT bloc/NN agreed/VBD ./."),
                sentence(2, "The/DT union/NN protested/VBD ./.")));
        assertEquals(List.of("IGONAT", "IGOEU"), codes(r, 1));
        ResolvedArticle none = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "The/DT alliance/NN met/VBD ./.")));
        assertTrue(none.mentions().isEmpty(), "no body named before: " + none.mentions());
    }

    @Test
    void anUnknownNameTakesTheCountryAfterItsTitle() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Deputy/NNP Foreign/NNP Minister/NNP Olena/NNP Kravets/NNP of/IN Ukraine/NNP met/VBD "
                        + "Chen/NNP Wei-lun/NNP ,/, a/DT spokesman/NN for/IN Taiwan/NNP 's/POS defence/NN ministry/NN ./.")));
        assertEquals(List.of("UKRGOV", "TWNGOV", "TWNGOV"), codes(r, 0), "one mention for the name with 'of Ukraine'");
        assertEquals(List.of("Olena Kravets", "Chen Wei-lun", "Chen Wei-lun"), entities(r, 0));
    }

    @Test
    void aRoleTakesTheSectorOfTheBodyItSpeaksFor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "A/DT spokeswoman/NN for/IN the/DT Ukrainian/JJ air/NN force/NN said/VBD Russian/JJ "
                        + "military/NN officials/NNS and/CC Israeli/JJ police/NN spokesmen/NNS had/VBD lied/VBN ./.")));
        assertEquals(List.of("UKRMIL", "RUSMIL", "ISRCOP"), codes(r, 0));
    }

    @Test
    void anAmbassadorOfABodyToACountryIsTheBodys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "EU/NNP Ambassador/NNP to/TO Ukraine/NNP Katrin/NNP Valdmaa/NNP met/VBD the/DT "
                        + "British/JJ ambassador/NN to/TO Moscow/NNP ./.")));
        assertEquals(List.of("IGOEU", "GBRGOV"), codes(r, 0), "no actor for the countries they are sent to");
    }

    @Test
    void leaderAndChiefNameWhoeverLeadsTheCountryOrBody() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Jens/NNP Stoltenberg/NNP met/VBD Olaf/NNP Scholz/NNP ./."),
                sentence(1, "The/DT NATO/NNP chief/NN said/VBD the/DT German/JJ leader/NN agreed/VBD ./."),
                sentence(2, "The/DT Russian/JJ leader/NN did/VBD not/RB ./.")));
        assertEquals(List.of("Jens Stoltenberg", "Olaf Scholz"), entities(r, 1));
        assertEquals(List.of("RUSGOV"), codes(r, 2));
        assertEquals(List.of("Vladimir Putin"), entities(r, 2),
                "Russia's president leads the executive, not its prime minister");
        ResolvedArticle japan = RESOLVER.resolve(article("b", LocalDate.of(2023, 3, 21),
                sentence(0, "The/DT Japanese/JJ leader/NN met/VBD the/DT British/JJ leader/NN ./.")));
        assertEquals(List.of("Fumio Kishida", "Rishi Sunak"), entities(japan, 0),
                "prime ministers before monarchs");
    }

    @Test
    void aChiefOfAnotherBodyIsNoOfficeHolderOfTheCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Gunmen/NNS killed/VBD the/DT chief/NN of/IN Russia/NNP 's/POS navy/NN ./."),
                sentence(1, "The/DT leader/NN of/IN the/DT Russian/JJ government/NN arrived/VBD ./.")));
        assertEquals(List.of("Russia"), entities(r, 0).subList(1, 2), "the navy's chief, not Russia's leader");
        assertEquals(List.of("Vladimir Putin"), entities(r, 1), "the government's leader is still an office holder");
    }

    @Test
    void theBlocAfterAnInstitutionIsItsParentBody() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "EU/NNP leaders/NNS met/VBD ./."),
                sentence(1, "The/DT 27-member/JJ bloc/NN agreed/VBD ./.")));
        assertEquals(List.of("IGOEUCNL"), codes(r, 0));
        assertEquals(List.of("IGOEU"), codes(r, 1));
    }

    @Test
    void aOneWordPlaceBeforeASurnameIsAGivenName() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Jordan/NNP Blake/NNP and/CC Paris/NNP Hilton/NNP flew/VBD to/TO Georgia/NNP ./.")));
        assertEquals(List.of("GEO"), codes(r, 0));
    }

    @Test
    void parserErrorsAreCorrected() {
        // CoreNLP parses "After meeting Xi Jinping, Vladimir Putin told ..." with Xi as the subject and
        // Putin as his apposition, and "Russia denies it plans ..." with "it" as the object of "denies".
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "After/IN meeting/VBG Xi/NNP Jinping/NNP ,/, Vladimir/NNP Putin/NNP spoke/VBD ./.",
                        "case 1 0; obl 7 1; compound 3 2; nsubj 7 3; punct 3 4; compound 6 5; appos 3 6; root -1 7; "
                        + "punct 7 8"),
                sentence(1, "He/PRP said/VBD Russia/NNP denies/VBZ it/PRP plans/VBZ war/NN ./.",
                        "nsubj 1 0; root -1 1; nsubj 3 2; ccomp 1 3; obj 3 4; dep 3 5; obj 5 6; punct 1 7")));
        assertEquals("Vladimir Putin", r.mentionsIn(1).get(0).actor().entity(), "the subject is Putin");
        assertEquals(List.of("RUSGOV", "RUS", "RUS"), codes(r, 1), "'it' is Russia");
    }

    @Test
    void lowerCaseUsIsAPronounNotTheUnitedStates() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "They/PRP told/VBD us/PRP the/DT US/NNP would/MD act/VB ./.")));
        assertEquals(List.of("USA"), codes(r, 0));
    }

    @Test
    void bareAgentTakesTheArticlesMainCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Protesters/NNS rallied/VBD in/IN Tbilisi/NNP outside/IN Georgia/NNP 's/POS parliament/NN ./."),
                sentence(1, "Police/NNS used/VBD water/NN cannon/NN ./.")));
        assertEquals(List.of("GEOCOP"), codes(r, 1));
    }

    @Test
    void userFileExtendsTheDictionaryAndErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("mine.txt");
        Files.writeString(good, "# my additions\n[persons]\nAnna Kovac | f | SRB | GOV | Minister of Foreign Affairs | 2021-01-01 | -\n");
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.builder().addStandard()
                .addUserFile(good).build());
        ResolvedArticle r = resolver.resolve(article("a", FEB_2022,
                sentence(0, "Anna/NNP Kovac/NNP met/VBD Wang/NNP Yi/NNP ./.")));
        assertEquals(List.of("SRBGOV", "CHNGOV"), codes(r, 0));

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[countries]\nXX | Nowhere | | \nATL | Atlantis | Atlantean | Poseidonia=NAVY\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addUserFile(bad).build());
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().get(0).startsWith(bad + ":2: 'XX' is not"), e.errors().get(0));
        assertTrue(e.errors().get(1).startsWith(bad + ":3: unknown sector 'NAVY'"), e.errors().get(1));
    }

    @Test
    void bundledDictionariesLoadAndCoverEveryUnMember() {
        ActorDictionary d = ActorDictionary.standard();
        for (String name : List.of("Russia", "Emirati", "Kyiv", "Kiev", "the Kremlin", "Downing Street", "NATO",
                "Tuvalu", "Holy See", "Palestine", "Taiwan", "Kosovo", "South Sudan")) {
            assertTrue(!d.lookup(name).isEmpty(), name);
        }
        assertEquals("MIL", d.lookup("the Pentagon").get(0).sector());
    }

    // ---- "they" after the two parties of one verb ----

    @Test
    void theyAfterTwoPeopleOfOneVerbIsBothOfThem() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 8, 14),
                sentence(0, "Antony/NNP Blinken/NNP met/VBD Wang/NNP Yi/NNP in/IN Beijing/NNP on/IN Monday/NNP ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; compound 4 3; obj 2 4; case 6 5; obl 2 6; case 8 7; obl 2 8; "
                        + "punct 2 9"),
                sentence(1, "They/PRP discussed/VBD trade/NN and/CC fentanyl/NN ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; punct 1 5")));
        assertEquals(List.of("USAGOV", "CHNGOV"), codes(r, 0), "Beijing after 'in' is a place");
        assertEquals(List.of("Antony Blinken", "Wang Yi"), entities(r, 1));
    }

    @Test
    void theyAfterAPhoneCallOrTalksWithSomeoneIsBothParties() {
        ResolvedArticle call = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP spoke/VBD with/IN Sergey/NNP Lavrov/NNP by/IN phone/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; case 5 3; compound 5 4; obl 2 5; case 7 6; obl 2 7; "
                        + "punct 2 8"),
                sentence(1, "They/PRP agreed/VBD to/TO keep/VB talking/VBG ./.",
                        "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; xcomp 3 4; punct 1 5")));
        assertEquals(List.of("USAGOV", "RUSGOV"), codes(call, 1));
        ResolvedArticle talks = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Emmanuel/NNP Macron/NNP held/VBD talks/NNS with/IN Olaf/NNP Scholz/NNP ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; case 6 4; compound 6 5; nmod 3 6; punct 2 7"),
                sentence(1, "They/PRP called/VBD for/IN calm/NN ./.",
                        "nsubj 1 0; root -1 1; case 3 2; obl 1 3; punct 1 4")));
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), entities(talks, 1), "'with' on the verb's object");
        ResolvedArticle passive = RESOLVER.resolve(article("c", LocalDate.of(2023, 3, 21),
                sentence(0, "Xi/NNP Jinping/NNP was/VBD welcomed/VBN by/IN Vladimir/NNP Putin/NNP ./.",
                        "compound 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; compound 6 5; obl 3 6; punct 3 7"),
                sentence(1, "They/PRP dined/VBD together/RB ./.", "nsubj 1 0; root -1 1; advmod 1 2; punct 1 3")));
        assertEquals(List.of("CHNGOV", "RUSGOV"), codes(passive, 1), "the subject and the agent of a passive");
    }

    @Test
    void theyFindsNoPairAcrossKindsOrWithoutAnObject() {
        ResolvedArticle mixed = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP criticised/VBD Germany/NNP ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4"),
                sentence(1, "They/PRP did/VBD not/RB reply/VB ./.", "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; punct 3 4")));
        assertEquals(List.of(), codes(mixed, 1), "a person and a country are not one 'they'");
        ResolvedArticle alone = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Sergey/NNP Lavrov/NNP spoke/VBD for/IN an/DT hour/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl 2 5; punct 2 6"),
                sentence(1, "They/PRP listened/VBD ./.", "nsubj 1 0; root -1 1; punct 1 2")));
        assertEquals(List.of(), codes(alone, 1), "never a single person");
    }

    // ---- "his counterpart" without a country ----

    @Test
    void aCounterpartTakesTheCountryWhoseHolderOfTheSameOfficeTheArticleNames() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2022, 5, 2),
                sentence(0, "Sergey/NNP Lavrov/NNP spoke/VBD with/IN his/PRP$ counterpart/NN by/IN phone/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; case 5 3; nmod:poss 5 4; obl 2 5; case 7 6; obl 2 7; punct 2 8"),
                sentence(1, "Turkish/JJ Foreign/NNP Minister/NNP Mevlut/NNP Cavusoglu/NNP later/RB called/VBD "
                        + "the/DT talks/NNS useful/JJ ./.")));
        ActorMention counterpart = one(r, 0, 5);
        assertEquals("TURGOV", counterpart.actor().code());
        assertEquals("Mevlüt Çavuşoğlu", counterpart.actor().entity());
        // the U.S. Secretary of State and a foreign minister hold the same portfolio
        ResolvedArticle us = RESOLVER.resolve(article("b", LocalDate.of(2023, 8, 14),
                sentence(0, "Wang/NNP Yi/NNP met/VBD his/PRP$ counterpart/NN on/IN Friday/NNP ./."),
                sentence(1, "Antony/NNP Blinken/NNP said/VBD the/DT meeting/NN was/VBD frank/JJ ./.")));
        assertEquals(List.of("USAGOV"), codes(us, 0).subList(1, 2));
        assertEquals("Antony Blinken", one(us, 0, 4).actor().entity());
    }

    @Test
    void aCounterpartTakesTheOneOtherCountryVisited() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2022, 5, 2),
                sentence(0, "Sergey/NNP Lavrov/NNP flew/VBD to/TO Ankara/NNP ,/, where/WRB he/PRP met/VBD his/PRP$ "
                        + "counterpart/NN ./.")));
        ActorMention counterpart = one(r, 0, 9);
        assertEquals("TURGOV", counterpart.actor().code());
        assertEquals("Mevlüt Çavuşoğlu", counterpart.actor().entity(), "Türkiye's foreign minister on the date");
        ResolvedArticle before = RESOLVER.resolve(article("b", LocalDate.of(2022, 5, 2),
                sentence(0, "Sergey/NNP Lavrov/NNP arrived/VBD in/IN Cairo/NNP on/IN Sunday/NNP ./."),
                sentence(1, "He/PRP held/VBD talks/NNS with/IN his/PRP$ counterpart/NN ./.")));
        assertEquals("EGYGOV", one(before, 1, 5).actor().code(), "the country visited in the sentence before");
    }

    @Test
    void aCounterpartStaysUnresolvedWhenNothingOrSeveralCountriesFit() {
        ResolvedArticle nothing = RESOLVER.resolve(article("a", LocalDate.of(2022, 5, 2),
                sentence(0, "Sergey/NNP Lavrov/NNP spoke/VBD with/IN his/PRP$ counterpart/NN about/IN Ukraine/NNP ./.")));
        assertEquals(List.of(), at(nothing, 0, 5), "a topic is no counterpart's country");
        ResolvedArticle several = RESOLVER.resolve(article("b", LocalDate.of(2022, 5, 2),
                sentence(0, "Sergey/NNP Lavrov/NNP spoke/VBD with/IN his/PRP$ counterpart/NN by/IN phone/NN ./."),
                sentence(1, "Mevlut/NNP Cavusoglu/NNP and/CC Antony/NNP Blinken/NNP had/VBD spoken/VBN earlier/RBR ./.")));
        assertEquals(List.of(), at(several, 0, 5), "two foreign ministers of other countries: no guess");
        ResolvedArticle noOffice = RESOLVER.resolve(article("c", LocalDate.of(2022, 5, 2),
                sentence(0, "Ivan/NNP Petrov/NNP met/VBD his/PRP$ counterpart/NN in/IN Ankara/NNP ./.")));
        assertEquals(List.of(), at(noOffice, 0, 4), "the possessor's office is unknown");
    }

    // ---- capitals as places ----

    @Test
    void aCapitalAfterInOrNearIsAPlaceUnlessItLocatesResidents() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "A/DT hospital/NN in/IN Kabul/NNP was/VBD hit/VBN by/IN a/DT rocket/NN ./."),
                sentence(1, "Officials/NNS in/IN Kabul/NNP blamed/VBD the/DT Taliban/NNP ./."),
                sentence(2, "Protesters/NNS gathered/VBD outside/IN the/DT Kremlin/NNP and/CC near/IN Moscow/NNP 's/POS "
                        + "mayor/NN 's/POS office/NN ./."),
                sentence(3, "Kabul/NNP denied/VBD the/DT report/NN ./.")));
        ActorMention hospital = one(r, 0, 3);
        assertEquals("AFGHLH", hospital.actor().code(), "a hospital in a capital is the country's, not its government");
        assertEquals(1, hospital.begin(), "'hospital in Kabul' is one mention");
        ActorMention officials = one(r, 1, 2);
        assertEquals("AFGGOV", officials.actor().code());
        assertEquals(0, officials.begin(), "'officials in Kabul' is one mention");
        assertEquals(List.of(), at(r, 2, 4), "outside the Kremlin");
        assertEquals(List.of("AFGGOV"), codes(r, 3), "a capital that acts is still its government");
        ResolvedArticle embassy = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "The/DT U.S./NNP embassy/NN in/IN Kabul/NNP closed/VBD ./.")));
        assertEquals(List.of("USAGOV"), codes(embassy, 0), "an embassy in a capital may be anyone's");
        ResolvedArticle eu = RESOLVER.resolve(article("c", FEB_2022,
                sentence(0, "The/DT EU/NNP agreed/VBD new/JJ sanctions/NNS ./."),
                sentence(1, "Officials/NNS in/IN Brussels/NNP said/VBD more/JJR would/MD follow/VB ./.")));
        assertEquals(List.of("IGOEU"), codes(eu, 1), "a seat locating officials in an article on its body");
    }

    // ---- places (places.txt) ----

    @Test
    void aPlaceStandingAsAnArgumentIsItsCountryWithNoSector() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Kharkiv/NNP was/VBD shelled/VBN overnight/RB ./."),
                sentence(1, "Russian/JJ forces/NNS shelled/VBD Kharkov/NNP and/CC Mariupol/NNP ./."),
                sentence(2, "Palestinian/JJ militants/NNS fired/VBD/fire rockets/NNS at/IN Sderot/NNP ./."),
                sentence(3, "Russia/NNP launched/VBD/launch more/JJR than/IN 40/CD missiles/NNS at/IN Kharkiv/NNP ./.")));
        ActorMention kharkiv = one(r, 0, 0);
        assertEquals("UKR", kharkiv.actor().code());
        assertEquals("Ukraine", kharkiv.actor().entity(), "the actor is the country, not the city");
        assertTrue(kharkiv.why().startsWith("place 'Kharkiv' in UKR (places.txt:"), kharkiv.why());
        assertEquals(List.of("RUSMIL", "UKR", "UKR"), codes(r, 1), "a variant spelling, and a coordinated place");
        assertEquals(List.of("PSEREB", "ISR"), codes(r, 2), "'at' after a verb of aiming is a target");
        assertEquals(List.of("RUS", "UKR"), codes(r, 3), "also after 'more than' a number in the object");
    }

    @Test
    void aPlaceAfterInIsALocationAndNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russian/JJ troops/NNS in/IN Kherson/NNP withdrew/VBD across/IN the/DT river/NN ./."),
                sentence(1, "Fighting/NN continued/VBD around/IN Bakhmut/NNP and/CC in/IN the/DT eastern/JJ "
                        + "city/NN of/IN Kharkiv/NNP ./."),
                sentence(2, "The/DT New/NNP York/NNP Times/NNP reported/VBD that/IN Shanghai/NNP stocks/NNS fell/VBD ./.")));
        assertEquals(List.of("RUSMIL"), codes(r, 0), "armed actors keep their own country");
        assertEquals(List.of(), at(r, 0, 3));
        assertEquals(List.of(), r.mentionsIn(1), "around Bakhmut, in the eastern city of Kharkiv");
        assertEquals(List.of(), r.mentionsIn(2), "a place that begins a name, and one before 'stocks'");
        ResolvedArticle names = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "The/DT Washington/NNP Post/NNP said/VBD Donetsk/NNP People/NNP 's/POS Republic/NNP "
                        + "leaders/NNS met/VBD in/IN Kharkiv/NNP Oblast/NNP ./.")));
        assertEquals(List.of("UKRREBDPR"), codes(names, 0), "the self-proclaimed republic's leaders, not Donetsk");
    }

    @Test
    void theOfficialsOfANonGovernmentalBodyAreItsStaffNotAGovernment() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Oxfam/NNP officials/NNS said/VBD UN/NNP officials/NNS had/VBD left/VBN ./.")));
        assertEquals("NGO", one(r, 0, 0).actor().sector(), "Oxfam's officials");
        assertEquals("GOV", one(r, 0, 3).actor().sector(), "an intergovernmental body's officials still govern");
    }

    @Test
    void anAgentNounBeforeAHyphenatedNounOnlyQualifiesIt() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Police/NNS arrested/VBD three/CD hostage/NN -/HYPH takers/NNS/taker and/CC "
                        + "freed/VBD two/CD Colombian/JJ hostages/NNS ./.")));
        assertEquals(List.of(), at(r, 0, 3), "hostage-takers are no hostages");
        assertEquals(1, at(r, 0, 10).size(), "the hostages are");

        // a dash with spaces around it ends a clause: the police are an actor
        ResolvedArticle dash = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Kenyan/JJ protesters/NNS clashed/VBD with/IN police/NNS -/: witnesses/NNS said/VBD ./.")));
        assertEquals(1, at(dash, 0, 4).size(), "the police before a spaced dash");
    }

    @Test
    void aPlaceAfterAPartOfACityInIsALocation() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "A/DT judge/NN was/VBD shot/VBN in/IN a/DT busy/JJ quarter/NN of/IN largely/RB "
                        + "Sunni/JJ western/JJ Baghdad/NNP ./.")));
        assertTrue(r.places().stream().anyMatch(pm -> pm.sentence() == 0 && pm.locative()),
                "in a quarter of Baghdad is in Baghdad");
        assertEquals(List.of(), codes(r, 0).stream().filter(c -> c.startsWith("IRQGOV")).toList(),
                "Baghdad is where, not the government");
    }

    @Test
    void aPlaceAfterInGivesItsCountryToResidentsAndBuildings() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russia/NNP launched/VBD new/JJ strikes/NNS on/IN Tuesday/NNP ./."),
                sentence(1, "Russian/JJ missiles/NNS hit/VBD a/DT school/NN in/IN Mariupol/NNP ./."),
                sentence(2, "Officials/NNS in/IN Kharkiv/NNP said/VBD a/DT hospital/NN in/IN Gaza/NNP City/NNP "
                        + "had/VBD sent/VBN help/NN ./."),
                sentence(3, "Residents/NNS of/IN Aleppo/NNP fled/VBD as/IN the/DT U.S./NNP envoy/NN in/IN Kharkiv/NNP "
                        + "watched/VBD ./.")));
        ActorMention school = one(r, 1, 6);
        assertEquals("UKREDU", school.actor().code(), "not the article's main country, nor Russia");
        assertTrue(school.why().startsWith("place 'Mariupol' in UKR (places.txt:"), school.why());
        assertEquals(4, school.begin(), "'school in Mariupol' is one mention");
        assertEquals(List.of("UKRGOV", "PSEHLH"), codes(r, 2));
        assertEquals(List.of("SYRCVL", "USAGOV"), codes(r, 3), "an envoy in a place is not the place's");
    }

    @Test
    void placesTxtLoadsWithNoFormOfAnotherFile() throws IOException {
        String text;
        try (var in = ActorDictionary.class.getResourceAsStream("places.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ActorDictionary d = ActorDictionary.standard();
        int places = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            places++;
            for (String form : line.split("\\|")[0].split(";")) {
                List<Entry> entries = d.lookup(form.strip());
                assertTrue(!entries.isEmpty() && entries.stream().allMatch(e -> e.kind() == Entry.Kind.PLACE),
                        "'" + form.strip() + "' must be a place and nothing else: " + entries);
            }
        }
        assertTrue(places >= 300, places + " places");
    }

    @Test
    void aUserGroupOfCountriesStandsForEachMemberAndAUserLineReplacesABundledGroup(@TempDir Path dir)
            throws IOException {
        Path good = dir.resolve("mine.txt");
        Files.writeString(good, "[countries]\nBEL+NLD+LUX | Benelux countries |  |\nEST | Baltic states |  |\n");
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.builder().addStandard()
                .addUserFile(good).build());
        ResolvedArticle r = resolver.resolve(article("a", FEB_2022,
                sentence(0, "The/DT Benelux/NNP countries/NNS protested/VBD ./."),
                sentence(1, "The/DT Baltic/NNP states/NNS protested/VBD ./.")));
        assertEquals(List.of("BEL", "NLD", "LUX"), codes(r, 0));
        assertEquals(List.of("EST"), codes(r, 1), "the user's line wins over the bundled group");

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[countries]\nBEL+XYZ | Nowhere lands |  |\nBEL+NLD | Low Countries | Lowland |  |\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addStandard().addUserFile(bad).build());
        assertEquals(2, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).startsWith(bad + ":2: 'XYZ' is not a country code"), e.errors().get(0));
        assertTrue(e.errors().get(1).startsWith(bad + ":3: a group of countries has names only"), e.errors().get(1));
    }

    @Test
    void aUserPlacesSectionExtendsAndOverridesAndErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("mine.txt");
        Files.writeString(good, "[places]\nSpringfield | USA | city\nJericho | USA | city | 40.8 | -73.5\n");
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.builder().addStandard()
                .addUserFile(good).build());
        ResolvedArticle r = resolver.resolve(article("a", FEB_2022,
                sentence(0, "Springfield/NNP and/CC Jericho/NNP were/VBD flooded/VBN ./.")));
        assertEquals(List.of("USA", "USA"), codes(r, 0), "a new place, and a bundled one given another country");

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[places]\nAtlantis | ATL | city\nSpringfield | USA | town\nSpringfield | US | city\n"
                + "Springfield | USA | city | 91.0 | 10\nSpringfield | USA | city | 39.8\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addStandard().addUserFile(bad).build());
        List<String> errors = e.errors();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(bad + ":3: unknown kind of place 'town'"), errors.get(0));
        assertTrue(errors.get(1).startsWith(bad + ":4: 'US' is not"), errors.get(1));
        assertTrue(errors.get(2).startsWith(bad + ":5: latitude and longitude"), errors.get(2));
        assertTrue(errors.get(3).startsWith(bad + ":6: give both"), errors.get(3));
        assertTrue(errors.get(4).startsWith(bad + ":2: 'ATL' is not a country code"), errors.get(4));
    }

    // ---- armed groups, departments, later mentions without the Arabic article ----

    @Test
    void aLaterMentionMayDropTheArabicArticleOfASurname() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2019, 5, 2),
                sentence(0, "Abdel/NNP Fattah/NNP el-Sisi/NNP hosted/VBD Bashar/NNP al-Assad/NNP ./."),
                sentence(1, "Sisi/NNP told/VBD Assad/NNP to/TO negotiate/VB ./.")));
        assertEquals(List.of("EGYGOV", "SYRGOV"), codes(r, 0));
        assertEquals(List.of("Abdel Fattah el-Sisi", "Bashar al-Assad"), entities(r, 1));
        ResolvedArticle after = RESOLVER.resolve(article("b", LocalDate.of(2025, 3, 1),
                sentence(0, "Bashar/NNP al-Assad/NNP fled/VBD ./.")));
        assertEquals(List.of("SYRELI"), codes(after, 0), "out of office after December 2024: a former leader");
    }

    @Test
    void namedArmedGroupsAreRebelsOfTheirOwnCountryNotTheCountryTheirNameRecalls() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 5, 2),
                sentence(0, "The/DT Pakistani/NNP Taliban/NNP attacked/VBD a/DT police/NN post/NN ./."),
                sentence(1, "Tigrayan/JJ forces/NNS and/CC the/DT Syrian/NNP Democratic/NNP Forces/NNPS regrouped/VBD ./."),
                sentence(2, "The/DT Taliban/NNP denied/VBD any/DT role/NN ./.")));
        assertEquals(List.of("PAKREBTTP"), codes(r, 0).subList(0, 1), "Tehrik-i-Taliban Pakistan, not the Afghan Taliban");
        assertEquals(List.of("ETHREBTPL", "SYRREBSDF"), codes(r, 1));
        assertEquals(List.of("AFGGOV"), codes(r, 2), "the Taliban alone rule Afghanistan in 2023");
    }

    @Test
    void thePopeIsTheHolySeesReligiousLeadership() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 5, 2),
                sentence(0, "Pope/NNP Francis/NNP urged/VBD Ukraine/NNP and/CC Russia/NNP to/TO talk/VB ./."),
                sentence(1, "The/DT pontiff/NN said/VBD Francis/NNP would/MD pray/VB ./.")));
        assertEquals(List.of("VATREL", "UKR", "RUS"), codes(r, 0));
        assertEquals("Pope Francis", entities(r, 0).get(0));
        assertEquals(List.of("VATREL", "VATREL"), codes(r, 1), "'the pontiff', and the name alone once named");
        ResolvedArticle leo = RESOLVER.resolve(article("b", LocalDate.of(2025, 6, 1),
                sentence(0, "Pope/NNP Leo/NNP XIV/NNP met/VBD Volodymyr/NNP Zelensky/NNP ./.")));
        assertEquals(List.of("VATREL", "UKRGOV"), codes(leo, 0));
    }

    @Test
    void headsOfUnAgenciesAreTheirAgencyNotTheCountryTheirNameRecalls() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 5, 2),
                sentence(0, "Volker/NNP Turk/NNP criticised/VBD the/DT crackdown/NN ./."),
                sentence(1, "Rafael/NNP Grossi/NNP warned/VBD Iran/NNP ./.")));
        assertEquals(List.of("IGOUNOHCH"), codes(r, 0), "not a Turk (TUR)");
        assertEquals(List.of("IGOIAE", "IRN"), codes(r, 1));
    }

    @Test
    void militaryHardwareActsForItsForces() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 5, 2),
                sentence(0, "Israeli/JJ tanks/NNS and/CC Russian/JJ aircraft/NN fired/VBD ./."),
                sentence(1, "Turkish/JJ drones/NNS struck/VBD ,/, American/JJ think/NN tanks/NNS said/VBD ./.")));
        assertEquals(List.of("ISRMIL", "RUSMIL"), codes(r, 0));
        assertEquals(List.of("TURMIL", "USAEDU"), codes(r, 1), "a think tank is no tank");
    }

    @Test
    void aFormerOfficeHolderIsOfTheElite() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(1995, 5, 2),
                sentence(0, "Greece/NNP 's/POS former/JJ Socialist/JJ prime/JJ minister/NN demanded/VBD elections/NNS ./."),
                sentence(1, "A/DT former/JJ Greek/JJ general/NN and/CC the/DT Greek/JJ defence/NN minister/NN "
                        + "met/VBD ./.")));
        assertEquals(List.of("GRCELI"), codes(r, 0), "adjectives between 'former' and the office");
        assertEquals(List.of("GRCELI", "GRCGOV"), codes(r, 1), "'former' qualifies only its own noun");
    }

    @Test
    void forcesAnOwnerNamesAreNotTheirsWhereTheyComeFrom() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2024, 5, 2),
                sentence(0, "Nigeria/NNP will/MD withdraw/VB its/PRP$ troops/NNS from/IN Chad/NNP ./.",
                        "root -1 2; nsubj 2 0; aux 2 1; nmod:poss 4 3; obj 2 4; nmod 4 6; case 6 5; punct 2 7")));
        assertEquals(List.of("NGA", "NGAMIL", "TCD"), codes(r, 0), "its troops are Nigeria's; Chad is where they leave");
    }

    @Test
    void departmentsOfTheUnitedStatesHaveTheirSectors() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 5, 2),
                sentence(0, "The/DT U.S./NNP Treasury/NNP and/CC the/DT Justice/NNP Department/NNP charged/VBD "
                        + "two/CD hackers/NNS ./."),
                sentence(1, "Britain/NNP 's/POS Treasury/NNP froze/VBD the/DT assets/NNS ./.")));
        assertEquals(List.of("USAGOV", "USAJUD"), codes(r, 0).subList(0, 2));
        assertEquals(List.of("GBRGOV"), codes(r, 1), "a treasury is its country's, not Washington's");
    }

    // ---- place mentions, for event locations ----

    private static List<String> places(ResolvedArticle r, int sentence) {
        return r.placesIn(sentence).stream()
                .map(p -> p.place().name() + "/" + p.place().country() + "/" + p.place().precision()
                        + (p.locative() ? "" : "/argument"))
                .toList();
    }

    @Test
    void placesAreRecordedWithTheirKindAndWhetherTheyAreNamedAsLocations() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Talks/NNS were/VBD held/VBN at/IN the/DT Kremlin/NNP and/CC in/IN Geneva/NNP ./."),
                sentence(1, "Russian/JJ forces/NNS shelled/VBD Kharkiv/NNP and/CC fought/VBD in/IN Donetsk/NNP "
                        + "Oblast/NNP ./."),
                sentence(2, "Protesters/NNS gathered/VBD outside/IN the/DT parliament/NN in/IN Tbilisi/NNP ./."),
                sentence(3, "Fighting/NN spread/VBD in/IN Sudan/NNP as/IN Moscow/NNP and/CC the/DT CIA/NNP "
                        + "blamed/VBD Ukraine/NNP ./.")));
        assertEquals(List.of("Moscow/RUS/city", "Geneva/CHE/city"), places(r, 0),
                "a metonym after 'at' is its capital city");
        assertEquals("the Kremlin", r.placesIn(0).get(0).place().text(), "the words as written");
        assertEquals(List.of("Kharkiv/UKR/city/argument", "Donetsk Oblast/UKR/region"), places(r, 1));
        assertEquals(List.of("RUSMIL", "UKR"), codes(r, 1), "a place as argument is still its country as actor");
        assertEquals(List.of("Tbilisi/GEO/city"), places(r, 2), "a place inside a longer phrase, after 'in'");
        assertEquals(List.of("Sudan/SDN/country", "Moscow/RUS/city/argument"), places(r, 3),
                "a country only as a location; a body's metonym (the CIA) is no place");
    }

    @Test
    void aStructureNamedAfterACountryIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Farmers/NNS blocked/VBD the/DT Europe/NNP Bridge/NNP near/IN Strasbourg/NNP ./."),
                sentence(1, "Europe/NNP welcomed/VBD the/DT deal/NN ./.")));
        assertTrue(!codes(r, 0).contains("EUR"), "the bridge is no party: " + codes(r, 0));
        assertTrue(codes(r, 1).contains("EUR"));
    }

    @Test
    void peopleOfANationalityCountedAreCivilians() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Thousands/NNS/thousand of/IN Iraqis/NNPS marched/VBD ./.", "root -1 3; nsubj 3 0; case 2 1; nmod 0 2; punct 3 4"),
                sentence(1, "Two/CD Iraqis/NNPS were/VBD wounded/VBN ./.",
                        "root -1 3; nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; punct 3 4"),
                sentence(2, "The/DT Iraqis/NNPS rejected/VBD the/DT plan/NN ./.",
                        "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; punct 2 5")));
        assertEquals(List.of("IRQCVL"), codes(r, 0), "thousands of Iraqis are people, not the state");
        assertEquals(List.of("IRQCVL"), codes(r, 1));
        assertEquals(List.of("IRQ"), codes(r, 2), "'the Iraqis' uncounted may be the state's side");
    }

    @Test
    void adjectivesAndOutsideOfBeforeAPlaceStillMakeItALocation() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Troops/NNS patrolled/VBD in/IN the/DT occupied/VBN West/NNP Bank/NNP ./."),
                sentence(1, "A/DT mine/NN exploded/VBD outside/IN of/IN the/DT Syrian/JJ city/NN of/IN Aleppo/NNP ./."),
                sentence(2, "Syrian/JJ jets/NNS bombed/VBD the/DT northern/JJ city/NN of/IN Aleppo/NNP ./.")));
        assertEquals(List.of("Palestine/PSE/country"), places(r, 0), "'in the occupied ...' still says where");
        assertEquals(List.of("Aleppo/SYR/city"), places(r, 1), "'outside of' locates as 'outside' does");
        assertEquals(List.of("Aleppo/SYR/city/argument"), places(r, 2), "a place bombed stays what is struck");
    }

    @Test
    void theBundledCapitalsAndPlacesHaveCoordinatesInTheRightHemispheres() {
        ActorDictionary d = ActorDictionary.standard();
        // north/south and east/west: one capital or place in each quarter of the globe
        for (String[] c : new String[][] {{"Moscow", "55.76", "37.62"}, {"Washington", "38.9", "-77.04"},
                {"Canberra", "-35.28", "149.13"}, {"Buenos Aires", "-34.6", "-58.38"}, {"Kharkiv", "49.99", "36.23"},
                {"Mosul", "36.34", "43.13"}}) {
            org.dyad.model.Location l = d.location(d.lookup(c[0]).get(0));
            assertTrue(l != null && l.lat() != null, c[0] + ": " + l);
            assertEquals(Double.parseDouble(c[1]), l.lat(), 0.1, c[0]);
            assertEquals(Double.parseDouble(c[2]), l.lon(), 0.1, c[0]);
        }
        long located = ActorDictionary.standard().lookup("Kyiv").stream().map(d::location)
                .filter(l -> l != null && l.lat() != null).count();
        assertEquals(1, located, "a capital's variant spelling shares its coordinates");
    }

    @Test
    void aSeatThatIsACityOfItsOwnIsLocatedThereNotAtTheCapital() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Envoys/NNS/envoy met/VBD/meet in/IN The/DT Hague/NNP and/CC later/RB in/IN Aden/NNP ./."),
                sentence(1, "Officials/NNS/official in/IN Sanaa/NNP objected/VBD/object ./.")));
        List<org.dyad.model.Location> at = r.places().stream().map(org.dyad.model.PlaceMention::place).toList();
        assertEquals(List.of("The Hague", "Aden", "Sanaa"), at.stream().map(org.dyad.model.Location::name).toList());
        assertEquals(52.08, at.get(0).lat(), 0.05, "The Hague, not Amsterdam");
        assertEquals(4.30, at.get(0).lon(), 0.05);
        assertEquals(12.80, at.get(1).lat(), 0.05, "Aden, not Sanaa");
        assertEquals(45.03, at.get(1).lon(), 0.05);
        assertEquals(15.36, at.get(2).lat(), 0.05, "the capital keeps its own");
    }

    @Test
    void aSeatsCoordinatesMustBeTwoNumbers(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[countries]\nYEM | Yemen |  | Sanaa; Aden @ 12.8\nDEU | Germany |  | Berlin; Bonn @ north 7\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addStandard().addUserFile(bad).build());
        assertEquals(2, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).contains("write a seat's coordinates as 'name @ latitude longitude'"), e.errors().toString());
        assertTrue(e.errors().get(1).contains("must be decimal degrees"), e.errors().toString());
    }

    @Test
    void aCityNameBeforeRegionNamesTheProvinceAroundIt() {
        ResolvedArticle r = new DictionaryResolver(ActorDictionary.standard()).resolve(article("a", FEB_2022,
                sentence(0, "Drones/NNS hit/VBD/hit farms/NNS in/IN the/DT Kharkiv/NNP region/NN ,/, a/DT "
                        + "market/NN in/IN Kharkiv/NNP and/CC a/DT port/NN in/IN Odesa/NNP province/NN ./.")));
        List<org.dyad.model.Location> at = r.placesIn(0).stream().map(org.dyad.model.PlaceMention::place).toList();
        assertEquals(3, at.size(), at.toString());
        assertEquals(List.of("Kharkiv Oblast", "the Kharkiv region", "region"), List.of(at.get(0).name(),
                at.get(0).text(), at.get(0).precision()), "the oblast places.txt lists");
        assertEquals(List.of("Kharkiv", "city"), List.of(at.get(1).name(), at.get(1).precision()));
        assertTrue(at.get(1).lat() != null, "the city keeps its coordinates");
        assertEquals(List.of("Odesa province", "region", "UKR"), List.of(at.get(2).name(), at.get(2).precision(),
                at.get(2).country()));
        assertEquals(null, at.get(2).lat(), "a province places.txt lacks: its centre is not the city's");

        ResolvedArticle university = new DictionaryResolver(ActorDictionary.standard()).resolve(article("b", FEB_2022,
                sentence(0, "Students/NNS at/IN Kharkiv/NNP State/NNP University/NNP protested/VBD ./.")));
        assertTrue(university.placesIn(0).stream().noneMatch(pm -> "region".equals(pm.place().precision())),
                "'State' inside a longer name is no province: " + university.placesIn(0));
    }

    @Test
    void aCapitalsCoordinatesComeFromCountriesTxtAndAUserFileCanSetThem(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.txt");
        Files.writeString(mine, "[countries]\nXAT | Atlantis | Atlantean | Poseidonia |  | 12.5 | -30.25\n"
                + "[places]\nPort Nemo | XAT | city | 13 | -31\nNorth Atlantis | XAT | region\n");
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.builder().addStandard()
                .addUserFile(mine).build());
        ResolvedArticle r = resolver.resolve(article("a", FEB_2022,
                sentence(0, "Rebels/NNS attacked/VBD in/IN Poseidonia/NNP ,/, near/IN Port/NNP Nemo/NNP and/CC "
                        + "in/IN North/NNP Atlantis/NNP ./.")));
        List<org.dyad.model.Location> at = r.placesIn(0).stream().map(org.dyad.model.PlaceMention::place).toList();
        assertEquals(3, at.size(), at.toString());
        assertEquals(List.of(12.5, -30.25), List.of(at.get(0).lat(), at.get(0).lon()));
        assertEquals(List.of(13.0, -31.0), List.of(at.get(1).lat(), at.get(1).lon()));
        assertEquals("region", at.get(2).precision());
        assertEquals(null, at.get(2).lat(), "no coordinates given, none invented");

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[countries]\nXAT | Atlantis | Atlantean | Poseidonia |  | 12.5\n"
                + "XAT | Atlantis | Atlantean | Poseidonia |  | 12.5 | east\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addUserFile(bad).build());
        assertEquals(2, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).startsWith(bad + ":2: give both"), e.errors().get(0));
        assertTrue(e.errors().get(1).startsWith(bad + ":3: latitude and longitude must be"), e.errors().get(1));
    }

    // ---- ethnic and religious communities ----

    @Test
    void anEthnicGroupIsCodedByTheCountryItLivesIn() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Serbian/JJ police/NN detained/VBD six/CD ethnic/JJ Albanians/NNPS in/IN southern/JJ "
                        + "Serbia/NNP ./."),
                sentence(1, "Ethnic/JJ Serbs/NNPS in/IN Kosovo/NNP protested/VBD ./.")));
        assertEquals(List.of("SRBCOP", "SRBCVL"), codes(r, 0));
        assertEquals(List.of("XKXCVL"), codes(r, 1));
        ResolvedArticle nowhere = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Ethnic/JJ Albanians/NNPS marched/VBD through/IN the/DT town/NN ./.")));
        assertEquals(List.of("CVL"), codes(nowhere, 0), "no place named: the group, not the country of the ethnicity");
        ResolvedArticle setting = RESOLVER.resolve(article("c", FEB_2022,
                sentence(0, "North/NNP Macedonia/NNP held/VBD elections/NNS ./."),
                sentence(1, "Ethnic/JJ Albanians/NNPS voted/VBD in/IN large/JJ numbers/NNS ,/, North/NNP Macedonia/NNP "
                        + "'s/POS election/NN commission/NN said/VBD ./.")));
        assertEquals("MKDCVL", codes(setting, 1).get(0), "the article clearly sets the country");
    }

    @Test
    void aDemonymAfterAnotherCountryOrBeforeOfAPlaceIsACommunityOfThatPlace() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(1995, 5, 16),
                sentence(0, "Bosnian/JJ Serbs/NNPS shelled/VBD Gorazde/NNP ./."),
                sentence(1, "Kosovo/NNP Albanians/NNPS and/CC the/DT Albanians/NNPS of/IN southern/JJ Serbia/NNP "
                        + "protested/VBD ./."),
                sentence(2, "Turkish/JJ Cypriots/NNPS voted/VBD ,/, while/IN Serbs/NNPS and/CC Croats/NNPS "
                        + "negotiated/VBD ./.")));
        assertEquals("BIHCVL", codes(r, 0).get(0), "Serbs of Bosnia, one actor, not Bosnia and Serbia");
        assertEquals(List.of("XKXCVL", "SRBCVL"), codes(r, 1));
        assertEquals(List.of("CYP", "SRB", "HRV"), codes(r, 2),
                "a civic nationality keeps its country; a demonym alone stays its country");
    }

    @Test
    void religiousAndEthnicCommunitiesTakeTheirCountryLikeOtherAgents() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Sunnis/NNPS and/CC Shiites/NNPS clashed/VBD in/IN Baghdad/NNP ./."),
                sentence(1, "Iraqi/JJ Kurds/NNPS and/CC Christians/NNPS in/IN Egypt/NNP held/VBD rallies/NNS ./."),
                sentence(2, "Islamic/JJ fundamentalists/NNS attacked/VBD Muslims/NNPS in/IN Kabul/NNP ./.")));
        assertEquals(List.of("IRQCVL", "IRQCVL"), codes(r, 0));
        assertEquals(List.of("IRQCVL", "EGYCVL"), codes(r, 1));
        assertEquals(List.of("IRQCVL", "AFGCVL"), codes(r, 2));
        ResolvedArticle two = RESOLVER.resolve(article("b", FEB_2022,
                sentence(0, "Sunni/JJ Muslims/NNPS in/IN Lebanon/NNP and/CC Shia/JJ militias/NNS in/IN Iraq/NNP "
                        + "condemned/VBD the/DT attack/NN ./.")));
        assertEquals("LBNCVL", codes(two, 0).get(0));
        assertEquals(3, codes(two, 0).size(), "a new agent after the place starts a new phrase: " + codes(two, 0));
    }

    // ---- the office that leads ----

    @Test
    void theOfficeThatLeadsComesFromCountriesTxtAndAUserFileCanChangeIt(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.txt");
        Files.writeString(mine, "[countries]\nDEU | Germany |  |  | president\n");
        DictionaryResolver resolver = new DictionaryResolver(ActorDictionary.builder().addStandard()
                .addUserFile(mine).build());
        ResolvedArticle r = resolver.resolve(article("a", FEB_2022,
                sentence(0, "The/DT German/JJ leader/NN arrived/VBD ./.")));
        assertEquals(List.of("Frank-Walter Steinmeier"), entities(r, 0));
        assertEquals("president", ActorDictionary.standard().leadingOffice("RUS"));

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[countries]\nDEU | Germany |  |  | mayor\n");
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> ActorDictionary.builder().addUserFile(bad).build());
        assertTrue(e.errors().get(0).startsWith(bad + ":2: 'mayor' is not an office"), e.errors().get(0));
    }

    @Test
    void theTwoLeadersAreTheLastTwoPersonsWhoseOfficesLeadNotTheMinisterNamedSince() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2022, 3, 5),
                sentence(0, "Vladimir/NNP Putin/NNP and/CC Volodymyr/NNP Zelensky/NNP exchanged/VBD/exchange letters/NNS/letter ./.",
                        "compound 1 0; nsubj 5 1; cc 4 2; compound 4 3; conj 1 4; root -1 5; obj 5 6; punct 5 7"),
                sentence(1, "Mevlut/NNP Cavusoglu/NNP urged/VBD/urge calm/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4"),
                sentence(2, "The/DT two/CD leaders/NNS/leader agreed/VBD/agree to/TO meet/VB ./.",
                        "det 2 0; nummod 2 1; nsubj 3 2; root -1 3; mark 5 4; xcomp 3 5; punct 3 6")));
        assertEquals(List.of("Vladimir Putin", "Volodymyr Zelensky"), entities(r, 2), "not the foreign minister");
        // the two may have been named at the top of the story, further back than a title's usual reach
        ResolvedArticle far = RESOLVER.resolve(article("c", LocalDate.of(2022, 3, 5),
                sentence(0, "Vladimir/NNP Putin/NNP and/CC Volodymyr/NNP Zelensky/NNP exchanged/VBD/exchange letters/NNS/letter ./.",
                        "compound 1 0; nsubj 5 1; cc 4 2; compound 4 3; conj 1 4; root -1 5; obj 5 6; punct 5 7"),
                sentence(1, "Mevlut/NNP Cavusoglu/NNP urged/VBD/urge calm/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4"),
                sentence(2, "Shelling/NN continued/VBD/continue ./.", "nsubj 1 0; root -1 1; punct 1 2"),
                sentence(3, "Prices/NNS/price rose/VBD/rise ./.", "nsubj 1 0; root -1 1; punct 1 2"),
                sentence(4, "Markets/NNS/market fell/VBD/fall ./.", "nsubj 1 0; root -1 1; punct 1 2"),
                sentence(5, "The/DT two/CD leaders/NNS/leader agreed/VBD/agree to/TO meet/VB ./.",
                        "det 2 0; nummod 2 1; nsubj 3 2; root -1 3; mark 5 4; xcomp 3 5; punct 3 6")));
        assertEquals(List.of("Vladimir Putin", "Volodymyr Zelensky"), entities(far, 5));
        // a title no office fits keeps the last two persons: "the two men"
        ResolvedArticle men = RESOLVER.resolve(article("b", LocalDate.of(2022, 3, 5),
                sentence(0, "Mevlut/NNP Cavusoglu/NNP called/VBD/call Sergey/NNP Lavrov/NNP ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; compound 4 3; obj 2 4; punct 2 5"),
                sentence(1, "The/DT two/CD diplomats/NNS/diplomat spoke/VBD/speak for/IN an/DT hour/NN ./.",
                        "det 2 0; nummod 2 1; nsubj 3 2; root -1 3; case 6 4; det 6 5; obl 3 6; punct 3 7")));
        assertEquals(List.of("Mevlüt Çavuşoğlu", "Sergey Lavrov"), entities(men, 1));
    }

    // ---- stress round 4 ----

    private static final LocalDate MAR_2024 = LocalDate.of(2024, 3, 5);

    @Test
    void theHeadOfABodyIsItsLeaderButAHeadAloneIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT head/NN of/IN the/DT IAEA/NNP ,/, Rafael/NNP Grossi/NNP ,/, warned/VBD Iran/NNP ./."),
                sentence(1, "A/DT protester/NN was/VBD shot/VBN in/IN the/DT head/NN ./.")));
        assertEquals("Rafael Grossi", one(r, 0, 1).actor().entity(), "the head of the IAEA is Grossi");
        assertEquals("IGOIAE", one(r, 0, 1).actor().code());
        assertEquals(List.of("IGOIAE", "IGOIAE", "IRN"), codes(r, 0));
        assertEquals(List.of(), at(r, 1, 6), "a head that is no one's leader");
    }

    @Test
    void bothSidesAreThePairNamedTogether() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Israel/NNP and/CC Hamas/NNP traded/VBD fire/NN on/IN Monday/NNP ./."),
                sentence(1, "Both/DT sides/NNS/side blamed/VBD each/DT other/JJ ./.")));
        assertEquals(List.of("ISR", "PSEREBHMS"), at(r, 1, 1).stream().map(m -> m.actor().code()).toList());
        ResolvedArticle alone = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Pope/NNP Francis/NNP urged/VBD both/DT sides/NNS/side to/TO talk/VB ./.")));
        assertEquals(List.of(), at(alone, 0, 4), "no pair named: no sides");
    }

    @Test
    void theTwoCountriesAreThoseOfTheTwoLeadersWhoMet() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Yoon/NNP Suk/NNP Yeol/NNP met/VBD Fumio/NNP Kishida/NNP ./.",
                        "compound 2 0; compound 2 1; nsubj 3 2; root -1 3; compound 5 4; obj 3 5; punct 3 6"),
                sentence(1, "The/DT two/CD countries/NNS/country will/MD share/VB data/NNS ./.")));
        assertEquals(List.of("KOR", "JPN"), at(r, 1, 2).stream().map(m -> m.actor().code()).toList());
    }

    @Test
    void fuelTanksAreNoArmour() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Russian/JJ drones/NNS struck/VBD fuel/NN tanks/NNS in/IN Odesa/NNP ./."),
                sentence(1, "Oil/NN storage/NN tanks/NNS burned/VBD as/IN Russian/JJ tanks/NNS advanced/VBD ./.")));
        assertEquals(List.of("RUSMIL"), codes(r, 0));
        assertEquals(List.of("RUSMIL"), codes(r, 1), "only the Russian tanks are armour");
    }

    @Test
    void aNameBeforeBasedOrBackedOnlyQualifiesTheGroup() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT Lebanon/NNP -/HYPH based/VBN group/NN Hezbollah/NNP fired/VBD rockets/NNS ./."),
                sentence(1, "The/DT Iran/NNP -/HYPH backed/VBN group/NN said/VBD it/PRP hit/VBD a/DT base/NN ./.")));
        assertEquals(List.of("LBNREBHZB"), codes(r, 0), "Lebanon only says where the group is based");
        assertEquals(List.of("LBNREBHZB", "LBNREBHZB"), codes(r, 1), "Iran backs the group, it does not speak");
    }

    @Test
    void aNameBeforeLedOwnsTheForcesItLeads() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Kosovo/NNP police/NN clashed/VBD with/IN NATO/NNP -/HYPH led/VBN/lead peacekeepers/NNS ./."),
                sentence(1, "Saudi/JJ -/HYPH led/VBN/lead coalition/NN warplanes/NNS struck/VBD a/DT market/NN ./."),
                sentence(2, "Iran/NNP -/HYPH backed/VBN militias/NNS fired/VBD rockets/NNS ./.")));
        assertEquals(List.of("XKXCOP", "IGONAT"), codes(r, 0), "the peacekeepers are NATO's, not Kosovo's");
        assertEquals(List.of("SAUMIL"), codes(r, 1));
        assertTrue(codes(r, 2).stream().noneMatch(c -> c.startsWith("IRN")), "Iran backs them, it does not lead them");
    }

    @Test
    void anAgentWordTaggedAsAnAdjectiveHeadsItsPhraseAfterAPossessive() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Pakistan/NNP 's/POS military/JJ accused/VBD India/NNP of/IN firing/VBG ./."),
                sentence(1, "Pakistan/NNP sent/VBD military/JJ aid/NN ./.")));
        assertEquals(List.of("PAKMIL", "IND"), codes(r, 0));
        assertEquals(List.of("PAK"), codes(r, 1), "military aid is no actor");
    }

    @Test
    void partyAfterThirdOrCrossIsNoParty() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "India/NNP ruled/VBD out/RP third/JJ -/HYPH party/NN mediation/NN ./."),
                sentence(1, "The/DT ruling/VBG party/NN backed/VBD the/DT plan/NN ./.")));
        assertEquals(List.of("IND"), codes(r, 0));
        assertEquals(List.of("INDPTY"), codes(r, 1), "a party still is one");
    }

    @Test
    void troopsAPartyIsAccusedOfSendingAreItsOwn() {
        // the parser reads the gerund either as the troops' modifier or as the clause it is
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Congo/NNP accused/VBD/accuse Rwanda/NNP of/IN sending/VBG/send troops/NNS across/IN "
                                + "the/DT border/NN ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 5 3; amod 5 4; obl 1 5; case 8 6; det 8 7; obl 1 8; punct 1 9"),
                sentence(1, "Kinshasa/NNP accused/VBD/accuse Kigali/NNP of/IN deploying/VBG/deploy troops/NNS ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; mark 4 3; advcl 1 4; obj 4 5; punct 1 6")));
        assertEquals(List.of("COD", "RWA", "RWAMIL"), codes(r, 0), "not the setting's troops");
        assertEquals(List.of("CODGOV", "RWAGOV", "RWAMIL"), codes(r, 1));
        // in the passive the accused is the subject, and the accuser's "by" phrase sends nothing
        ResolvedArticle passive = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Burundi/NNP was/VBD/be accused/VBN/accuse by/IN Rwanda/NNP of/IN sending/VBG/send "
                                + "troops/NNS ./.",
                        "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl:agent 2 4; case 7 5; amod 7 6; obl 2 7; "
                                + "punct 2 8")));
        assertEquals(List.of("BDI", "RWA", "BDIMIL"), codes(passive, 0));
    }

    @Test
    void aHeadlineNamingTheDatelinesCountryKeepsItTheSetting() {
        AnnotatedArticle body = article("a", MAR_2024,
                sentence(0, "HARARE/NNP"),
                sentence(1, "Soldiers/NNS/soldier detained/VBD/detain the/DT president/NN ./."),
                sentence(2, "Britain/NNP called/VBD/call for/IN calm/NN ./."));
        assertEquals(List.of("GBRMIL", "GBRGOV"), codes(RESOLVER.resolve(body), 1),
                "no headline: the body names Britain and never Zimbabwe");
        Article titled = new Article("a", "Zimbabwean soldiers detain the president", body.article().body(), null, null,
                MAR_2024, "en", "a");
        ResolvedArticle r = RESOLVER.resolve(new AnnotatedArticle(titled, body.sentences()));
        assertEquals(List.of("ZWEMIL", "ZWEGOV"), codes(r, 1), "the headline names Zimbabwe, the dateline's country");
    }

    @Test
    void aHeadlineNamingOnlyTheMostMentionedCountryMakesItTheSetting() {
        AnnotatedArticle body = article("a", MAR_2024,
                sentence(0, "ABUJA/NNP"),
                sentence(1, "Leaders/NNS/leader gave/VBD/give Niger/NNP 's/POS rulers/NNS/ruler a/DT week/NN ./."),
                sentence(2, "Nigeria/NNP cut/VBD power/NN to/IN Niger/NNP ./."),
                sentence(3, "Troops/NNS/troop dispersed/VBD/disperse protesters/NNS/protester in/IN Niger/NNP ./."),
                sentence(4, "The/DT junta/NN rejected/VBD/reject the/DT sanctions/NNS/sanction ./."));
        assertEquals(List.of("NGAMIL"), codes(RESOLVER.resolve(body), 4),
                "no headline: the dateline's country, named again, is the setting");
        Article titled = new Article("a", "Bloc threatens Niger junta with force", body.article().body(), null, null,
                MAR_2024, "en", "a");
        ResolvedArticle r = RESOLVER.resolve(new AnnotatedArticle(titled, body.sentences()));
        assertEquals(List.of("NERMIL"), codes(r, 4), "the headline says the story is Niger's; Abuja is where it was filed");
    }

    @Test
    void aCountrysOwnInstitutionInTheCountryIsItsOwn() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT junta/NN in/IN Niger/NNP expelled/VBD French/JJ troops/NNS ./."),
                sentence(1, "The/DT ruling/VBG party/NN in/IN Mali/NNP backed/VBD the/DT junta/NN ./.")));
        assertEquals(List.of("NERMIL", "FRAMIL"), codes(r, 0));
        assertEquals(List.of("MLIPTY", "NERMIL"), codes(r, 1), "the junta again is Niger's, named so before");
    }

    @Test
    void theSameNounAgainTakesTheOwnerItHadBefore() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Polish/JJ farmers/NNS blocked/VBD roads/NNS to/TO Ukraine/NNP ./."),
                sentence(1, "The/DT farmers/NNS said/VBD Ukrainian/JJ grain/NN was/VBD cheap/JJ ./.")));
        assertEquals("POLAGR", one(r, 1, 1).actor().code(), "not the article's most mentioned Ukraine");
    }

    @Test
    void aPossessiveInTheObjectTakesThePersonActedOn() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Antony/NNP Blinken/NNP thanked/VBD Dmytro/NNP Kuleba/NNP for/IN his/PRP$ support/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; compound 4 3; obj 2 4; case 7 5; nmod:poss 7 6; "
                                + "obl 2 7; punct 2 8"),
                sentence(1, "Blinken/NNP told/VBD Kuleba/NNP that/IN his/PRP$ country/NN would/MD help/VB ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; mark 7 3; nmod:poss 5 4; nsubj 7 5; aux 7 6; ccomp 1 7; "
                                + "punct 1 8")));
        assertEquals("Dmytro Kuleba", one(r, 0, 6).actor().entity(), "the support is the one thanked");
        assertEquals("Antony Blinken", one(r, 1, 4).actor().entity(), "a subject of a clause of saying: the speaker");
    }

    @Test
    void aPersonsLawyersActForThePerson() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "A/DT Turkish/JJ court/NN jailed/VBD the/DT opposition/NN leader/NN ./."),
                sentence(1, "His/PRP$ lawyers/NNS said/VBD they/PRP would/MD appeal/VB ./.")));
        assertEquals("TUROPP", one(r, 1, 1).actor().code(), "his lawyers are the opposition leader's, not the judiciary");
    }

    @Test
    void anAppositionsTitleWithAnOwnerBeatsTheArticlesCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT chief/NN of/IN the/DT Pakistani/JJ army/NN ,/, General/NNP Asim/NNP Munir/NNP ,/, "
                        + "met/VBD Chinese/JJ officials/NNS in/IN Beijing/NNP ./.")));
        assertEquals("PAKMIL", one(r, 0, 8).actor().code(), "the general is Pakistan's, as his title says");
    }

    @Test
    void aParticipleAndItsObjectAreNoApposition() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Chad/NNP 's/POS transitional/JJ president/NN ,/, Mahamat/NNP Deby/NNP ,/, dissolved/VBN "
                        + "the/DT government/NN ./.")));
        assertEquals("Chad", one(r, 0, 10).actor().entity(), "the government is not Deby");
        assertEquals("TCDGOV", one(r, 0, 10).actor().code());
    }

    @Test
    void theLeaderOfAnUnknownGroupIsNotTheCountrysLeader() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT leader/NN of/IN the/DT Rusich/NNP group/NN accused/VBD the/DT Russian/JJ "
                        + "defence/NN ministry/NN ./.")));
        assertEquals(List.of("RUSGOV"), codes(r, 0));
        assertEquals(List.of(), at(r, 0, 1), "not Putin");
    }

    @Test
    void brusselsOnTradeIsTheUnion() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Brussels/NNP said/VBD it/PRP would/MD propose/VB tariffs/NNS on/IN Chinese/JJ cars/NNS ./.")));
        assertEquals("IGOEU", one(r, 0, 0).actor().code(), "trade policy is the EU's alone");
        ResolvedArticle other = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Brussels/NNP expelled/VBD two/CD Russian/JJ diplomats/NNS ./.")));
        assertEquals("BELGOV", one(other, 0, 0).actor().code());
    }

    @Test
    void anAgentNounRightBeforeABodysNameIsThatBody() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT Sudanese/JJ army/NN fought/VBD the/DT paramilitary/NN Rapid/NNP Support/NNP Forces/NNPS ./.")));
        assertEquals(List.of("SDNMIL", "SDNREBRSF"), codes(r, 0));
    }

    @Test
    void anEthiopianIsCalledByHisGivenName() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Prime/NNP Minister/NNP Abiy/NNP Ahmed/NNP spoke/VBD ./."),
                sentence(1, "Abiy/NNP said/VBD talks/NNS would/MD resume/VB ./.")));
        assertEquals("Abiy Ahmed", one(r, 1, 0).actor().entity());
    }

    @Test
    void residentsLiveWhereTheArticlesPlaceIsNotWithWhoeverCameThere() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Israeli/JJ tanks/NNS entered/VBD Rafah/NNP ./."),
                sentence(1, "Residents/NNS said/VBD the/DT shelling/NN continued/VBD ./.")));
        assertEquals("PSECVL", one(r, 1, 0).actor().code(), "a tie of Israel and Rafah: the residents are Rafah's");
        ResolvedArticle fled = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Civilians/NNS fled/VBD Kharkiv/NNP as/IN Russian/JJ strikes/NNS intensified/VBD ./.")));
        assertEquals("UKRCVL", one(fled, 0, 0).actor().code());
        ResolvedArticle two = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Russian/JJ troops/NNS shelled/VBD Kharkiv/NNP and/CC Belgorod/NNP ./."),
                sentence(1, "Residents/NNS said/VBD the/DT shelling/NN continued/VBD ./.")));
        assertEquals("RUSCVL", one(two, 1, 0).actor().code(), "places of two countries decide nothing");
    }

    @Test
    void thePontiffIsThePopeInOffice() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT pontiff/NN called/VBD for/IN a/DT ceasefire/NN ./."),
                sentence(1, "The/DT Holy/NNP Father/NNP prayed/VBD for/IN peace/NN ./.")));
        assertEquals("VATREL", one(r, 0, 1).actor().code());
        assertEquals("Pope Francis", one(r, 0, 1).actor().entity());
        assertEquals("Pope Francis", one(r, 1, 1).actor().entity());
        ResolvedArticle later = RESOLVER.resolve(article("a", LocalDate.of(2025, 6, 1),
                sentence(0, "The/DT Pope/NNP called/VBD for/IN a/DT ceasefire/NN ./.")));
        assertEquals("Pope Leo XIV", one(later, 0, 1).actor().entity());
        ResolvedArticle vacant = RESOLVER.resolve(article("a", LocalDate.of(2025, 5, 1),
                sentence(0, "The/DT Pope/NNP called/VBD for/IN a/DT ceasefire/NN ./.")));
        assertEquals("Holy See", one(vacant, 0, 1).actor().entity(), "between two popes: the See, no person");
    }

    @Test
    void aCapitalVisitedOrTravelledToIsWhereTheVisitorIs() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Baerbock/NNP visited/VBD/visit Kyiv/NNP on/IN Monday/NNP ./."),
                sentence(1, "Scholz/NNP flew/VBD/fly back/RB to/IN Kyiv/NNP ./."),
                sentence(2, "Kyiv/NNP appealed/VBD/appeal to/IN Washington/NNP for/IN weapons/NNS ./.")));
        assertEquals(List.of(), at(r, 0, 2), "visited Kyiv: a place, as 'in Kyiv' is");
        assertEquals(List.of(), at(r, 1, 4), "flew back to Kyiv: a destination");
        assertEquals("USAGOV", one(r, 2, 3).actor().code(), "appealed to Washington: an actor");
        assertTrue(r.places().stream().anyMatch(pm -> pm.sentence() == 0 && pm.locative()), "a location of the visit");
    }

    @Test
    void namedArmedGroupsByTheirCommonFormsAndAcronyms() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT National/NNP Liberation/NNP Army/NNP said/VBD it/PRP would/MD free/VB hostages/NNS ./."),
                sentence(1, "Colombia/NNP resumed/VBD talks/NNS with/IN the/DT ELN/NNP ./."),
                sentence(2, "Houthi/NNP fighters/NNS seized/VBD a/DT ship/NN ./.")));
        assertEquals("COLREBELN", one(r, 0, 1).actor().code(), "not Colombia's army");
        assertEquals("COLREBELN", one(r, 1, 5).actor().code());
        assertEquals("YEMREBHTH", one(r, 2, 0).actor().code());
    }

    @Test
    void theLeaderOfTheWagnerGroupIsPrigozhin() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 5, 20),
                sentence(0, "The/DT leader/NN of/IN the/DT Wagner/NNP group/NN ,/, Yevgeny/NNP Prigozhin/NNP ,/, "
                        + "said/VBD Wagner/NNP fighters/NNS would/MD withdraw/VB ./.")));
        assertEquals("RUSMILWAG", one(r, 0, 8).actor().code());
        assertEquals("Yevgeny Prigozhin", one(r, 0, 8).actor().entity());
        assertEquals("RUSMILWAG", one(r, 0, 12).actor().code());
    }

    @Test
    void anUntaggedSurnameThatIsAnArgumentIsTheOfficeHolderOfTheDate() {
        String deps = "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; punct 1 5";
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2023, 3, 21),
                sentence(0, "Xi/NNP met/VBD/meet Putin/NNP in/IN Moscow/NNP ./.", deps)));
        assertEquals("Xi Jinping", one(r, 0, 0).actor().entity());
        ResolvedArticle before = RESOLVER.resolve(article("a", LocalDate.of(2005, 3, 21),
                sentence(0, "Xi/NNP met/VBD/meet Putin/NNP in/IN Moscow/NNP ./.", deps)));
        assertEquals(List.of(), at(before, 0, 0), "no Xi in office in 2005");
    }
    @Test
    void aCapitalOrPlaceThatNamesAnAgreementOrMeetingIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Brazil/NNP quit/VBD the/DT Paris/NNP climate/NN agreement/NN ./."),
                sentence(1, "Moscow/NNP broke/VBD the/DT Minsk/NNP agreements/NNS ./."),
                sentence(2, "Turkey/NNP hosted/VBD the/DT Astana/NNP peace/NN talks/NNS ./."),
                sentence(3, "Washington/NNP warned/VBD Tehran/NNP ./."),
                sentence(4, "Venezuela/NNP rejected/VBD the/DT Barbados/NNP agreement/NN ./.")));
        assertEquals(List.of("BRA"), codes(r, 0), "the agreement is no act of France's");
        assertEquals(List.of("RUSGOV"), codes(r, 1), "Minsk only names the agreements");
        assertEquals(List.of("TUR"), codes(r, 2));
        assertEquals(List.of("USAGOV", "IRNGOV"), codes(r, 3), "capitals as actors still are");
        assertEquals(List.of("VEN"), codes(r, 4), "a country after 'the' that names an agreement");
    }

    @Test
    void hostageAfterItsObjectIsWhatTheObjectBecame() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Malian/JJ insurgents/NNS took/VBD twelve/CD soldiers/NNS hostage/NN ./."),
                sentence(1, "The/DT hostages/NNS were/VBD freed/VBN ./.")));
        assertEquals("MLIMIL", one(r, 0, 4).actor().code(), "the soldiers stay soldiers");
        assertEquals(List.of(), at(r, 0, 5));
        assertEquals("MLICVL", one(r, 1, 1).actor().code(), "hostages as an actor noun still are civilians");
    }

    @Test
    void aUnitNamedByANameTheDictionariesLackHasNoCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Sudan/NNP said/VBD the/DT Falcon/NNP brigade/NN shelled/VBD a/DT market/NN ./."),
                sentence(1, "The/DT Saraya/NNP Hezbollah/NNP militia/NN fired/VBD rockets/NNS ./."),
                sentence(2, "A/DT brigade/NN of/IN Sudan/NNP moved/VBD north/RB ./.")));
        ActorMention falcon = one(r, 0, 4);
        assertEquals("MIL", falcon.actor().code(), "a named brigade: its country is unknown, not the article's");
        assertEquals("Falcon brigade", falcon.actor().entity());
        assertEquals("REB", one(r, 1, 3).actor().code(), "not Lebanon's Hezbollah");
        assertEquals("SDNMIL", one(r, 2, 1).actor().code(), "an unnamed brigade is still the owner's");
    }
    @Test
    void onATieTheCountryWhoseTownsAreNamedSetsTheScene() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Russia/NNP condemned/VBD the/DT rally/NN ./."),
                sentence(1, "Soldiers/NNS dispersed/VBD students/NNS in/IN Batumi/NNP ./.")));
        assertEquals("GEOMIL", one(r, 1, 0).actor().code(), "Russia is named first, but the town is Georgia's");
    }

    // ---- addresses, origins, stateless peoples, named units ----

    @Test
    void anAddressPlacesTheTownInTheCountryAfterTheComma() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "A/DT bomb/NN exploded/VBD in/IN Tripoli/NNP ,/, Lebanon/NNP ,/, killing/VBG two/CD soldiers/NNS ./."),
                sentence(1, "Riots/NNS spread/VBD in/IN Hyderabad/NNP ,/, India/NNP ,/, on/IN Monday/NNP ./."),
                sentence(2, "Gunmen/NNS stormed/VBD Kingston/NNP ,/, Jamaica/NNP ./.")));
        assertEquals(List.of("Tripoli/LBN/city"), places(r, 0), "Lebanon's Tripoli, not Libya's capital");
        assertEquals(List.of("LBNMIL"), codes(r, 0), "the country of the address is no actor of its own");
        assertEquals(List.of("Hyderabad/IND/city"), places(r, 1), "a town the dictionaries lack takes the address's country");
        assertEquals(List.of(), at(r, 1, 5), "India only says where");
        assertEquals("JAM", one(r, 2, 3).actor().code(), "an address names the city, not the government");
        ResolvedArticle region = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Shelling/NN hit/VBD homes/NNS in/IN Hirnyk/NNP ,/, Donetsk/NNP region/NN ,/, overnight/RB ./.")));
        assertEquals(List.of("Hirnyk/UKR/city"), places(region, 0), "town, region: the region's country");
    }

    @Test
    void aNationalityAdjectiveBeforeATownNounAndOfPlacesTheTown() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Artillery/NN hit/VBD the/DT Moldovan/JJ village/NN of/IN Cocieri/NNP ./."),
                sentence(1, "Drones/NNS struck/VBD the/DT Ukrainian/JJ port/NN city/NN of/IN Izmail/NNP overnight/RB ./."),
                sentence(2, "Rebels/NNS seized/VBD the/DT western/JJ province/NN of/IN Farah/NNP ./.")));
        assertEquals(List.of("Cocieri/MDA/city/argument"), places(r, 0), "the village, placed in Moldova");
        assertEquals("the Moldovan village of Cocieri", one(r, 0, 6).actor().text(), "one mention, the village");
        assertEquals(List.of("Izmail/UKR/city/argument"), places(r, 1), "a port city of Ukraine");
        assertEquals(List.of(), places(r, 2), "a compass word places nothing");
    }

    @Test
    void aListOrATownOfPlacesTxtIsNoAddressToReHome() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Envoys/NNS from/IN Paris/NNP ,/, Germany/NNP and/CC Italy/NNP met/VBD ./."),
                sentence(1, "Police/NNS detained/VBD ten/CD people/NNS in/IN Atlanta/NNP ,/, Georgia/NNP ,/, on/IN Monday/NNP ./.")));
        assertTrue(codes(r, 0).contains("DEUGOV"), "a list of places, not an address: " + codes(r, 0));
        assertEquals(List.of("Atlanta/USA/city"), places(r, 1), "places.txt holds no shared names: Atlanta stays American");
        ResolvedArticle subject = RESOLVER.resolve(article("a", MAR_2024, sentence(0,
                "In/IN Beijing/NNP ,/, China/NNP on/IN Tuesday/NNP warned/VBD Washington/NNP ./.",
                "case 1 0; obl 6 1; punct 1 2; nsubj 6 3; case 5 4; obl 6 5; root -1 6; obj 6 7; punct 6 8")));
        assertEquals("CHN", one(subject, 0, 3).actor().code(), "the parse makes China the subject, not Beijing's country");
        assertEquals(List.of(), r.mentionsIn(1).stream().filter(m -> m.actor().code().startsWith("GEO")).toList());
    }

    @Test
    void aPlaceAfterFromIsAnOriginUnlessACapitalStandsForItsGovernment() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Militants/NNS fired/VBD rockets/NNS from/IN Mosul/NNP ./."),
                sentence(1, "The/DT envoy/NN flew/VBD/fly back/RB from/IN Moscow/NNP ./."),
                sentence(2, "Kyiv/NNP received/VBD a/DT warning/NN from/IN Moscow/NNP ./.")));
        assertEquals(List.of(), at(r, 0, 4), "where the rockets came from is no actor");
        assertEquals(List.of("Mosul/IRQ/city/argument"), places(r, 0));
        assertEquals(List.of(), at(r, 1, 5), "a capital one travels from is a place");
        assertEquals("RUSGOV", one(r, 2, 5).actor().code(), "a warning from Moscow is the Russian government's");
    }

    @Test
    void aStatelessPeopleIsOfTheCountryWhereTheSentencePlacesIt() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Turkey/NNP shelled/VBD Kurdish/JJ fighters/NNS in/IN Syria/NNP ./."),
                sentence(1, "Turkish/JJ jets/NNS hit/VBD Kurdish/JJ militants/NNS in/IN northern/JJ Iraq/NNP ./.")));
        assertEquals("SYRREB", one(r, 0, 3).actor().code(), "not the subject's country");
        assertEquals("IRQREB", one(r, 1, 4).actor().code());

        ResolvedArticle alone = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Pakistan/NNP blamed/VBD Baloch/JJ insurgents/NNS for/IN the/DT attack/NN ./.")));
        ActorMention m = one(alone, 0, 3);
        assertEquals("REB", m.actor().code(), "no place named: no country, not the article's");
        assertEquals("Baloch insurgents", m.actor().entity());

        ResolvedArticle kurds = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Turkish/JJ jets/NNS bombed/VBD Kurds/NNPS near/IN the/DT border/NN ./.")));
        assertEquals("CVL", one(kurds, 0, 3).actor().code(), "the people's own noun: no country either, not Turkey's");
    }

    @Test
    void theMembersOfANamedUnitAreTheUnitsOfNoKnownCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Sudan/NNP said/VBD Kraken/NNP Battalion/NNP fighters/NNS ambushed/VBD a/DT convoy/NN ./."),
                sentence(1, "The/DT Falcon/NNP Brigade/NNP said/VBD its/PRP$ fighters/NNS held/VBD the/DT bridge/NN ./."),
                sentence(2, "Fighters/NNS of/IN the/DT Sultan/NNP Selim/NNP Division/NNP clashed/VBD with/IN Sudan/NNP ./.")));
        ActorMention kraken = one(r, 0, 4);
        assertEquals("REB", kraken.actor().code(), "fighters of a named unit: not Sudan's");
        assertEquals("Kraken Battalion", kraken.actor().entity());
        ActorMention its = one(r, 1, 5);
        assertEquals("REB", its.actor().code(), "the unit's own fighters");
        assertEquals("Falcon Brigade", its.actor().entity());
        assertEquals(List.of(), at(r, 2, 0), "fighters of a unit the dictionaries lack are no country's");
        ResolvedArticle al = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Israel/NNP said/VBD the/DT al/NNP -/HYPH Aqsa/NNP Martyrs/NNPS Brigades/NNPS fired/VBD ./.")));
        assertEquals("al-Aqsa Martyrs Brigades", one(al, 0, 7).actor().entity(), "the article of an Arabic name is part of it");
        assertEquals("MIL", one(r, 2, 5).actor().code(), "a title word opening a unit's name makes no person");
    }

    @Test
    void aLongerBodysNameWinsWhateverItsSpellingAndAnUnknownOneHasNoCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Kataib/NNP Hizbullah/NNP said/VBD it/PRP hit/VBD a/DT base/NN ./."),
                sentence(1, "Kata'ib/NNP Hizbollah/NNP fighters/NNS attacked/VBD a/DT convoy/NN ./."),
                sentence(2, "Liwa/NNP Hezbollah/NNP fighters/NNS shelled/VBD a/DT base/NN in/IN Iraq/NNP ./.")));
        assertEquals("IRQREBKTH", one(r, 0, 1).actor().code(), "another spelling of the name's end");
        assertEquals("IRQREBKTH", one(r, 1, 2).actor().code(), "the apostrophe of a transliteration is optional");
        ActorMention liwa = one(r, 2, 2);
        assertEquals("REB", liwa.actor().code(), "not Lebanon's Hezbollah, nor Iraq's fighters");
        assertEquals("Liwa Hezbollah", liwa.actor().entity());
    }

    @Test
    void theCityIsTheTownNamedBefore() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Russian/JJ jets/NNS bombed/VBD Mariupol/NNP ./."),
                sentence(1, "The/DT city/NN was/VBD left/VBN without/IN power/NN ./."),
                sentence(2, "Police/NNS in/IN the/DT city/NN detained/VBD ten/CD people/NNS ./.")));
        assertEquals("UKR", one(r, 1, 1).actor().code(), "the city stands for its country, as its name does");
        assertEquals(List.of("Mariupol/UKR/city/argument"), places(r, 1));
        assertEquals(List.of("Mariupol/UKR/city"), places(r, 2), "in the city: where the town is");
        assertEquals(List.of(), at(r, 2, 3), "a location, no actor");

        ResolvedArticle two = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Fighting/NN raged/VBD in/IN Aleppo/NNP and/CC Mosul/NNP ./."),
                sentence(1, "The/DT city/NN was/VBD shelled/VBN ./.")));
        assertEquals(List.of(), at(two, 1, 1), "towns of two countries: no telling which");
        assertEquals(List.of(), places(two, 1));
    }

    @Test
    void aBodyDescribedByAnAgentNounBeforeItsNameIsOneOfTheSides() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Sudan/NNP 's/POS army/NN blamed/VBD/blame the/DT paramilitary/JJ Rapid/NNP Support/NNP "
                        + "Forces/NNPS for/IN the/DT raid/NN ./.",
                        "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 8 4; amod 8 5; compound 8 6; compound 8 7; "
                                + "obj 3 8; case 11 9; det 11 10; obl 3 11; punct 3 12"),
                sentence(1, "Both/DT sides/NNS/side denied/VBD/deny targeting/VBG/target civilians/NNS/civilian ./.",
                        "det 1 0; nsubj 2 1; root -1 2; xcomp 2 3; obj 3 4; punct 2 5")));
        assertEquals(List.of("SDNMIL", "SDNREBRSF"), at(r, 1, 1).stream().map(m -> m.actor().code()).toList(),
                "'paramilitary' describes the body named after it; it is no member of it");
        ResolvedArticle member = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "An/DT RSF/NNP commander/NN said/VBD/say he/PRP would/MD fight/VB on/RP ./.")));
        assertEquals("SDNREBRSF", one(member, 0, 4).actor().code(), "an agent after the name is a member, a person");
    }

    @Test
    void theAdjectiveBeforeTheProvinceOfAnotherCountryNamesNoParty() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Italy/NNP sent/VBD/send troops/NNS/troop to/IN the/DT Serbian/JJ province/NN of/IN Kosovo/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 6 3; det 6 4; amod 6 5; obl 1 6; case 8 7; nmod 6 8; punct 1 9")));
        assertEquals(List.of("ITA", "ITAMIL", "XKX"), codes(r, 0), "the place is Kosovo; Serbia only claims it");
        ResolvedArticle town = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Shells/NNS/shell hit/VBD the/DT Ukrainian/JJ town/NN of/IN Avdiivka/NNP ./.")));
        assertEquals(List.of("UKR"), codes(town, 0), "a town of the adjective's own country: one mention, the town in it");
    }

    @Test
    void theHeadlinesCountryIsTheSettingOfABodyThatNamesNone() {
        AnnotatedArticle body = article("a", MAR_2024,
                sentence(0, "The/DT army/NN shelled/VBD/shell rebel/NN positions/NNS/position on/IN Tuesday/NNP ./."),
                sentence(1, "Egypt/NNP called/VBD/call for/IN calm/NN ./."));
        assertEquals(List.of("EGYMIL"), codes(RESOLVER.resolve(body), 0).subList(0, 1),
                "no headline: the body's only country");
        Article titled = new Article("a", "Sudan army pushes into Omdurman", body.article().body(), null, null,
                MAR_2024, "en", "a");
        assertEquals(List.of("SDNMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(titled, body.sentences())), 0)
                .subList(0, 1), "the headline names Sudan, as often as the body names Egypt");
        Article food = new Article("a", "Army cooks serve turkey to troops", body.article().body(), null, null, MAR_2024,
                "en", "a");
        assertEquals(List.of("EGYMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(food, body.sentences())), 0)
                .subList(0, 1), "a word of the headline in lower case is no name");
        Article town = new Article("a", "Fighting flares in Omdurman", body.article().body(), null, null, MAR_2024,
                "en", "a");
        AnnotatedArticle armyOnly = article("b", MAR_2024, body.sentences().get(0));
        assertEquals(List.of("SDNMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(town.withBody(armyOnly.article()
                .body()), armyOnly.sentences())), 0).subList(0, 1), "a town in the headline places it too");
    }

    @Test
    void aHeadlineThatNamesBothSidesLeavesTheSettingToTheBody() {
        AnnotatedArticle body = article("a", MAR_2024,
                sentence(0, "Police/NNS/police detained/VBD/detain two/CD men/NNS/man ./."),
                sentence(1, "Armenia/NNP protested/VBD/protest ./."),
                sentence(2, "Azerbaijan/NNP did/VBD/do not/RB comment/VB ./."));
        Article both = new Article("a", "Azerbaijan shells Armenian border villages", body.article().body(), null, null,
                MAR_2024, "en", "a");
        assertEquals(List.of("ARMCOP"), codes(RESOLVER.resolve(new AnnotatedArticle(both, body.sentences())), 0),
                "both sides in the headline: the body's first country, as often named as the other");

        AnnotatedArticle army = article("b", MAR_2024,
                sentence(0, "The/DT army/NN shelled/VBD/shell rebel/NN positions/NNS/position on/IN Tuesday/NNP ./."),
                sentence(1, "Egypt/NNP called/VBD/call for/IN calm/NN ./."));
        Article visit = new Article("b", "Erdoğan hosts Nigerian president", army.article().body(), null, null,
                MAR_2024, "en", "b");
        AnnotatedArticle armyOnly = article("c", MAR_2024, army.sentences().get(0));
        assertEquals(List.of("NGAMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(visit.withBody(armyOnly.article()
                .body()), armyOnly.sentences())), 0).subList(0, 1), "a visitor named in the headline does not place it; the country does");
        Article titled = new Article("b", "Chefs Bring Turkey Dinners To Soldiers", army.article().body(), null, null,
                MAR_2024, "en", "b");
        assertEquals(List.of("EGYMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(titled, army.sentences())), 0)
                .subList(0, 1), "in a headline in Title Case a capital is no name: the body never names Turkey");
        Article israeli = new Article("b", "Israeli Troops Raid Town In The West Bank", armyOnly.article().body(), null,
                null, MAR_2024, "en", "b");
        assertEquals(List.of("ISRMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(israeli, armyOnly.sentences())), 0)
                .subList(0, 1), "Title Case still names a country by a word that is no common word");
        assertFalse(Datelines.titleCase("UN Security Council condemns North Korea missile test"),
                "capitalised names in sentence case are no Title Case");
        assertTrue(Datelines.titleCase("Iran Says It Will Retaliate Against Israel"));
    }

    @Test
    void theNorthAndTheSouthAreTheKoreasOnlyInAnArticleNamingBoth() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "SEOUL/NNP"),
                sentence(1, "North/NNP Korea/NNP launched/VBD/launch a/DT rocket/NN ./."),
                sentence(2, "The/DT North/NNP has/VBZ/have tested/VBN/test engines/NNS ./."),
                sentence(3, "The/DT South/NNP said/VBD/say it/PRP would/MD respond/VB ./."),
                sentence(4, "Ships/NNS/ship crossed/VBD/cross the/DT North/NNP Atlantic/NNP ./.")));
        assertEquals(List.of("PRK"), codes(r, 2), "the dateline names Seoul: both Koreas are named");
        assertEquals(List.of("KOR", "KOR"), codes(r, 3), "'it' is the South");
        assertEquals(List.of(), codes(r, 4), "a longer name goes on");
        ResolvedArticle one = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "North/NNP Korea/NNP launched/VBD/launch a/DT rocket/NN ./."),
                sentence(1, "The/DT North/NNP has/VBZ/have tested/VBN/test engines/NNS ./.")));
        assertEquals(List.of(), codes(one, 1), "only one Korea named: the North may be a region");
        ResolvedArticle elsewhere = RESOLVER.resolve(article("c", MAR_2024,
                sentence(0, "North/NNP Korea/NNP and/CC South/NNP Korea/NNP sent/VBD/send envoys/NNS/envoy to/IN Abuja/NNP ./."),
                sentence(1, "Rebels/NNS/rebel hold/VBP much/JJ of/IN the/DT North/NNP of/IN Nigeria/NNP ./.")));
        assertFalse(codes(elsewhere, 1).contains("PRK"), "'the North' of another country is a region, even here");
    }

    @Test
    void aGroupOfCountriesStandsForEachMember() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT three/CD Baltic/NNP states/NNS/state condemned/VBD/condemn the/DT incursion/NN ./."),
                sentence(1, "They/PRP summoned/VBD/summon the/DT Belarusian/JJ envoys/NNS/envoy ./."),
                sentence(2, "The/DT Baltic/JJ countries/NNS/country 's/POS defence/NN ministers/NNS/minister met/VBD/meet ./."),
                sentence(3, "The/DT Nordic/JJ countries/NNS/country pledged/VBD/pledge aid/NN ./."),
                sentence(4, "Drills/NNS/drill were/VBD/be held/VBN/hold in/IN the/DT Baltic/NNP states/NNS/state ./.")));
        assertEquals(List.of("EST", "LVA", "LTU"), codes(r, 0));
        assertEquals(List.of("EST", "LVA", "LTU", "BLRGOV"), codes(r, 1), "'they' are the three");
        assertEquals(List.of("ESTGOV", "LVAGOV", "LTUGOV"), codes(r, 2));
        assertEquals(List.of("DNK", "FIN", "ISL", "NOR", "SWE"), codes(r, 3));
        assertTrue(r.places().stream().noneMatch(p -> p.sentence() == 4), "a group names no one place");
    }

    @Test
    void aGroupingOfGovernmentsStandsForEachMembersGovernment() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT E3/NNP warned/VBD/warn Iran/NNP against/IN further/JJ enrichment/NN ./."),
                sentence(1, "E3/NNP diplomats/NNS/diplomat met/VBD/meet in/IN Geneva/NNP ./.")));
        assertEquals(List.of("FRAGOV", "DEUGOV", "GBRGOV", "IRN"), codes(r, 0));
        assertEquals(List.of("FRAGOV", "DEUGOV", "GBRGOV"), codes(r, 1));
    }

    @Test
    void civiliansInAnIncludingPhraseAreOfTheGroupTheyArePartOf() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "BEIRUT/NNP"),
                sentence(1, "Syrian/JJ civilians/NNS/civilian were/VBD/be killed/VBN/kill ,/, including/VBG/include "
                        + "women/NNS/woman and/CC children/NNS/child ./.",
                        "amod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; punct 3 4; case 6 5; obl 3 6; "
                        + "cc 8 7; conj 6 8; punct 3 9"),
                sentence(2, "Gunmen/NNS/gunman shot/VBD/shoot 14/CD Syrian/JJ civilians/NNS/civilian ,/, "
                        + "including/VBG/include children/NNS/child ./.",
                        "nsubj 1 0; root -1 1; nummod 4 2; amod 4 3; obj 1 4; punct 4 5; case 7 6; nmod 4 7; punct 1 8"),
                sentence(3, "Residents/NNS/resident ,/, including/VBG/include children/NNS/child ,/, fled/VBD/flee ./.",
                        "nsubj 5 0; punct 0 1; case 3 2; nmod 0 3; punct 0 4; root -1 5; punct 5 6")));
        assertEquals("SYRCVL", one(r, 1, 6).actor().code(), "not the dateline's Lebanon");
        assertEquals("SYRCVL", one(r, 1, 8).actor().code(), "a conjunct as well");
        assertEquals("SYRCVL", one(r, 2, 7).actor().code());
        assertEquals(one(r, 3, 0).actor().code(), one(r, 3, 3).actor().code(), "a group with no country named");
    }

    @Test
    void peopleAboardAVesselWithNoFlagNamedHaveNoCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "MANILA/NNP"),
                sentence(1, "The/DT navy/NN said/VBD/say the/DT raid/NN killed/VBD/kill four/CD people/NNS/person "
                        + "aboard/IN a/DT boat/NN ./.",
                        "det 1 0; nsubj 2 1; root -1 2; det 4 3; nsubj 5 4; ccomp 2 5; nummod 7 6; obj 5 7; "
                        + "case 10 8; det 10 9; obl 5 10; punct 2 11"),
                sentence(2, "Two/CD people/NNS/person on/IN a/DT Chinese/JJ trawler/NN were/VBD/be hurt/VBN/hurt ./.",
                        "nummod 1 0; nsubj:pass 7 1; case 5 2; det 5 3; amod 5 4; nmod 1 5; aux:pass 7 6; "
                        + "root -1 7; punct 7 8"),
                sentence(3, "Two/CD people/NNS/person on/IN a/DT bus/NN were/VBD/be hurt/VBN/hurt ./.",
                        "nummod 1 0; nsubj:pass 6 1; case 4 2; det 4 3; nmod 1 4; aux:pass 6 5; root -1 6; punct 6 7")));
        ActorMention people = one(r, 1, 7);
        assertEquals("CVL", people.actor().code(), "not the navy's or the dateline's");
        assertTrue(people.actor().country() == null);
        assertTrue(one(r, 2, 1).actor().country() != null, "a vessel whose nationality is named");
        assertTrue(one(r, 3, 1).actor().country() != null, "a bus is no vessel");
    }

    @Test
    void travellersAreNotOfTheSettingTheyAreHeadingTo() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Thailand/NNP reopened/VBD/reopen its/PRP$ border/NN ./."),
                sentence(1, "Thai/JJ officials/NNS/official greeted/VBD/greet tourists/NNS/tourist ./."),
                sentence(2, "Airlines/NNS/airline rebooked/VBD/rebook tourists/NNS/tourist flying/VBG/fly to/IN "
                        + "Bangkok/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; acl 2 3; case 5 4; obl 3 5; punct 1 6"),
                sentence(3, "Tourists/NNS/tourist visiting/VBG/visit Bangkok/NNP complained/VBD/complain ./.",
                        "nsubj 3 0; acl 0 1; obj 1 2; root -1 3; punct 3 4")));
        ActorMention tourists = one(r, 2, 2);
        assertEquals("CVL", tourists.actor().code(), "not Thailand's, where they are going");
        assertEquals("THACVL", one(r, 3, 0).actor().code(), "visiting is no travelling to");
    }

    @Test
    void theSubjectOfAConditionOfGivingWayIsThePartyPressed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Britain/NNP will/MD keep/VB sanctions/NNS/sanction on/IN Belarus/NNP until/IN it/PRP "
                        + "frees/VBZ/free prisoners/NNS/prisoner ./.",
                        "nsubj 2 0; aux 2 1; root -1 2; obj 2 3; case 5 4; nmod 3 5; mark 8 6; nsubj 8 7; advcl 2 8; "
                        + "obj 8 9; punct 2 10"),
                sentence(1, "Britain/NNP will/MD keep/VB sanctions/NNS/sanction on/IN Belarus/NNP until/IN it/PRP "
                        + "wins/VBZ/win ./.",
                        "nsubj 2 0; aux 2 1; root -1 2; obj 2 3; case 5 4; nmod 3 5; mark 8 6; nsubj 8 7; advcl 2 8; "
                        + "punct 2 9"),
                sentence(2, "Britain/NNP will/MD keep/VB fighting/VBG/fight until/IN it/PRP agrees/VBZ/agree ./.",
                        "nsubj 2 0; aux 2 1; root -1 2; xcomp 2 3; mark 6 4; nsubj 6 5; advcl 2 6; punct 2 7")));
        assertEquals("BLR", one(r, 0, 7).actor().code(), "the party under sanctions, not the one imposing them");
        assertEquals("GBR", one(r, 1, 7).actor().code(), "winning is no giving way");
        assertEquals("GBR", one(r, 2, 5).actor().code(), "no party in the main clause");
    }

    @Test
    void itsInTheObjectOfAVerbOfPunishingIsThePartyActedOn() {
        String deps = "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 1 4; nmod:poss 6 5; obj 4 6; punct 1 7";
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "France/NNP banned/VBD/ban Hezbollah/NNP and/CC sanctioned/VBD/sanction its/PRP$ "
                        + "leaders/NNS/leader ./.", deps),
                sentence(1, "France/NNP banned/VBD/ban Hezbollah/NNP and/CC recalled/VBD/recall its/PRP$ "
                        + "envoy/NN ./.", deps)));
        assertEquals(one(r, 0, 2).actor().code(), one(r, 0, 6).actor().code(), "a party sanctions another's leaders");
        assertEquals("FRA", one(r, 1, 6).actor().country(), "recalling an envoy is no punishing");
    }

    @Test
    void aMaritimeMilitiaIsTheStatesNotRebels() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Vietnamese/JJ maritime/JJ militia/NN vessels/NNS/vessel shadowed/VBD/shadow the/DT "
                        + "survey/NN ship/NN ./."),
                sentence(1, "Chinese/JJ militia/NN boats/NNS/boat anchored/VBD/anchor near/IN the/DT reef/NN ./."),
                sentence(2, "Chinese/JJ militias/NNS/militia clashed/VBD/clash with/IN police/NN ./.")));
        assertEquals("VNMMIL", one(r, 0, 0).actor().code());
        assertEquals("CHNMIL", one(r, 1, 0).actor().code());
        assertEquals("CHNREB", one(r, 2, 0).actor().code(), "a militia on land is still an armed group");
    }

    @Test
    void residentsInACountryAreItsWhateverCountryTheArticleIsAbout() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "JERUSALEM/NNP"),
                sentence(1, "Israeli/JJ jets/NNS/jet struck/VBD/strike targets/NNS/target overnight/RB ./."),
                sentence(2, "Civilians/NNS/civilian in/IN southern/JJ Lebanon/NNP fled/VBD/flee north/RB ./."),
                sentence(3, "Israeli/JJ jets/NNS/jet pounded/VBD/pound villages/NNS/village in/IN Lebanon/NNP ,/, "
                        + "and/CC residents/NNS/resident fled/VBD/flee ./."),
                sentence(4, "Israeli/JJ officials/NNS/official said/VBD/say troops/NNS/troop in/IN Lebanon/NNP "
                        + "would/MD stay/VB ./.")));
        assertEquals(List.of("LBNCVL"), codes(r, 2), "not the dateline's Israel");
        assertEquals("LBNCVL", one(r, 3, 8).actor().code(), "the country where the villages are");
        assertEquals("ISRMIL", one(r, 4, 3).actor().code(), "troops in a country are often another's");
    }

    @Test
    void aCoalitionOrAllianceLedByAStateIsTheLeaders() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT Saudi/NNP -/HYPH led/VBN/lead coalition/NN struck/VBD/strike Sanaa/NNP ./."),
                sentence(1, "The/DT Russian/JJ -/HYPH led/VBN/lead alliance/NN sent/VBD/send troops/NNS/troop ./."),
                sentence(2, "Saudi/NNP -/HYPH led/VBN/lead coalition/NN warplanes/NNS/warplane struck/VBD/strike ./.")));
        ActorMention coalition = one(r, 0, 4);
        assertEquals("SAUMIL", coalition.actor().code());
        assertEquals(4, coalition.head(), "the coalition heads the phrase, so the verb finds its subject");
        ActorMention alliance = one(r, 1, 4);
        assertEquals("RUS", alliance.actor().code());
        assertEquals(4, alliance.head());
        assertEquals(List.of("SAUMIL"), codes(r, 2), "a longer agent phrase keeps its own noun");
    }

    @Test
    void aMinistryWithNoCountryNamedIsTheDatelinesCountrys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "OSLO/NNP"),
                sentence(1, "Russian/JJ bombers/NNS/bomber flew/VBD/fly near/IN the/DT coast/NN ,/, the/DT "
                        + "defence/NN ministry/NN said/VBD/say ./."),
                sentence(2, "Russia/NNP said/VBD/say Russian/JJ pilots/NNS/pilot obeyed/VBD/obey the/DT rules/NNS/rule ./."),
                sentence(3, "Moscow/NNP denied/VBD/deny it/PRP ./."),
                sentence(4, "The/DT army/NN said/VBD/say troops/NNS/troop were/VBD/be ready/JJ ./.")));
        assertEquals("NORGOV", one(r, 1, 8).actor().code(), "Norway is named nowhere but in the dateline");
        assertEquals("RUSMIL", one(r, 4, 1).actor().code(), "other bodies still take the setting, Russia");

        // a sentence that places the act in the setting's country quotes that country's ministry
        ResolvedArticle gaza = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "CAIRO/NNP"),
                sentence(1, "Strikes/NNS/strike on/IN Gaza/NNP killed/VBD/kill 30/CD people/NNS/person ,/, the/DT "
                        + "health/NN ministry/NN said/VBD/say ./."),
                sentence(2, "Israel/NNP said/VBD/say it/PRP struck/VBD/strike Hamas/NNP in/IN Gaza/NNP ./.")));
        assertEquals("PSEGOV", one(gaza, 1, 9).actor().code(), "Gaza's ministry, not Egypt's");
    }

    @Test
    void theArmyInAnArticleNamingOnlyTheDatelinesCountryIsItsArmy() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "LIMA/NNP"),
                sentence(1, "Peru/NNP declared/VBD/declare a/DT state/NN of/IN emergency/NN ./."),
                sentence(2, "The/DT army/NN said/VBD/say it/PRP had/VBD/have deployed/VBN/deploy troops/NNS/troop ./.")));
        assertEquals(List.of("PERMIL", "PERMIL", "PERMIL"), codes(r, 2));
    }

    @Test
    void bothSidesWithNoPairNamedBeforeAreNoActor() {
        ResolvedArticle none = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Sudan/NNP 's/POS army/NN said/VBD/say it/PRP shelled/VBD/shell Omdurman/NNP ./."),
                sentence(1, "Both/DT sides/NNS/side ignored/VBD/ignore calls/NNS/call for/IN a/DT truce/NN ./.")));
        assertEquals(List.of(), codes(none, 1), "one party named: no pair to be the sides");
        ResolvedArticle pair = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP exchanged/VBD/exchange fire/NN ./."),
                sentence(1, "Both/DT sides/NNS/side reported/VBD/report casualties/NNS/casualty ./.")));
        assertEquals(List.of("ARM", "AZE"), codes(pair, 1));
    }

    @Test
    void aCountryWhereTalksAreHeldIsAPlaceButOneActedInIsAParty() {
        ResolvedArticle talks = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Envoys/NNS/envoy held/VBD/hold talks/NNS/talk in/IN Oman/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod 2 4; punct 1 5"),
                sentence(1, "They/PRP will/MD meet/VB/meet again/RB in/IN the/DT Netherlands/NNP ./.",
                        "nsubj 2 0; aux 2 1; root -1 2; advmod 2 3; case 6 4; det 6 5; obl 2 6; punct 2 7")));
        assertTrue(talks.mentionsIn(0).stream().noneMatch(m -> m.covers(4)), "Oman only hosts: " + talks.mentions());
        assertTrue(talks.places().stream().anyMatch(p -> p.sentence() == 0 && "OMN".equals(p.place().country())));
        assertTrue(talks.mentionsIn(1).stream().noneMatch(m -> m.covers(6)), "the venue after 'the'");
        ResolvedArticle acted = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Russia/NNP threatened/VBD/threaten to/TO intervene/VB in/IN Moldova/NNP ./.",
                        "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; case 5 4; obl 3 5; punct 1 6")));
        assertEquals("MDA", one(acted, 0, 5).actor().code(), "where Russia would intervene is its target");
    }

    @Test
    void merchantShipsWithNoOwnerNamedAreOfNoCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "ADEN/NNP"),
                sentence(1, "Rebels/NNS/rebel fired/VBD/fire missiles/NNS/missile at/IN cargo/NN ships/NNS/ship ./."),
                sentence(2, "A/DT Greek/JJ oil/NN tanker/NN was/VBD/be hit/VBN/hit ./.")));
        assertEquals("BUS", one(r, 1, 5).actor().code(), "not the dateline's Yemen");
        assertEquals("GRCBUS", one(r, 2, 3).actor().code());
    }

    @Test
    void aCapitalAfterInAndANounNamingItIsAPlace() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Jets/NNS/jet hit/VBD/hit depots/NNS/depot in/IN the/DT capital/NN Sanaa/NNP ./."),
                sentence(1, "The/DT capital/NN Sanaa/NNP rejected/VBD/reject the/DT plan/NN ./.")));
        assertTrue(r.mentionsIn(0).stream().noneMatch(m -> m.covers(6)), "where the depots are: " + r.mentions());
        assertEquals("YEMGOV", one(r, 1, 2).actor().code(), "no 'in': the capital stands for its government");
    }

    @Test
    void bothSidesFarFromTheirPairAreTheLastTwoNamedTogetherNotOfOneVerb() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Ethiopia/NNP and/CC Eritrea/NNP traded/VBD/trade fire/NN ./."),
                sentence(1, "Kenya/NNP offered/VBD/offer help/NN ./."),
                sentence(2, "Markets/NNS/market fell/VBD/fall ./."),
                sentence(3, "Prices/NNS/price rose/VBD/rise ./."),
                sentence(4, "Sudan/NNP accused/VBD/accuse Chad/NNP ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3"),
                sentence(5, "Rain/NN fell/VBD/fall ./."),
                sentence(6, "Flights/NNS/flight resumed/VBD/resume ./."),
                sentence(7, "Planes/NNS/plane landed/VBD/land ./."),
                sentence(8, "Both/DT sides/NNS/side reported/VBD/report losses/NNS/loss ./.")));
        assertEquals(List.of("ETH", "ERI"), codes(r, 8), "named together, however far back; not the accuser and accused");
    }

    @Test
    void whoeverUrgesAPartyIsNoSide() {
        String sides = "Both/DT sides/NNS/side traded/VBD/trade blame/NN ./.";
        String sidesDeps = "det 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4";
        ResolvedArticle urged = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT UN/NNP urged/VBD/urge Israel/NNP to/TO allow/VB aid/NN ./.",
                        "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 5 4; xcomp 2 5; obj 5 6; punct 2 7"),
                sentence(1, sides, sidesDeps)));
        assertEquals(List.of(), codes(urged, 1), "the UN only addresses Israel; the other side is not named");
        ResolvedArticle accused = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Russia/NNP accused/VBD/accuse Ukraine/NNP of/IN shelling/NN ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; punct 1 5"),
                sentence(1, sides, sidesDeps)));
        assertEquals(List.of("RUS", "UKR"), codes(accused, 1), "the accuser and the accused are the sides");
        ResolvedArticle goBetweens = RESOLVER.resolve(article("c", MAR_2024,
                sentence(0, "Armenia/NNP and/CC Azerbaijan/NNP traded/VBD/trade fire/NN ./.",
                        "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; obj 3 4; punct 3 5"),
                sentence(1, "Iran/NNP urged/VBD/urge Moscow/NNP and/CC Paris/NNP to/TO press/VB Baku/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; mark 6 5; xcomp 1 6; obj 6 7; punct 1 8"),
                sentence(2, sides, sidesDeps)));
        assertEquals(List.of("ARM", "AZE"), codes(goBetweens, 2), "those urged to press a party are go-betweens");
        ResolvedArticle addressed = RESOLVER.resolve(article("d", MAR_2024,
                sentence(0, "Iran/NNP urged/VBD/urge Armenia/NNP and/CC Azerbaijan/NNP to/TO sign/VB the/DT deal/NN ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; mark 6 5; xcomp 1 6; det 8 7; obj 6 8; "
                                + "punct 1 9"),
                sentence(1, sides, sidesDeps)));
        assertEquals(List.of("ARM", "AZE"), codes(addressed, 1), "those urged to act themselves are the sides");
    }

    @Test
    void aNumeralAfterAPossessorKeepsTheOwner() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Britain/NNP raised/VBD/raise taxes/NNS/tax ./."),
                sentence(1, "Britain/NNP said/VBD/say Russia/NNP 's/POS two/CD biggest/JJS/big oil/NN "
                        + "companies/NNS/company cut/VBD/cut output/NN ./."),
                sentence(2, "Norway/NNP said/VBD/say its/PRP$ three/CD largest/JJS/large banks/NNS/bank were/VBD/be safe/JJ ./.")));
        assertEquals("RUSBUS", one(r, 1, 7).actor().code(), "Russia's, not the setting's (Britain)");
        assertEquals("NORBUS", one(r, 2, 5).actor().code(), "its three largest banks are Norway's");
    }

    @Test
    void theObjectOfAVerbAnInfinitiveComplementsOwnsItsIts() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT UN/NNP ordered/VBD/order Eritrea/NNP to/TO withdraw/VB its/PRP$ troops/NNS/troop ./.",
                        "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 5 4; xcomp 2 5; nmod:poss 7 6; obj 5 7; punct 2 8")));
        assertEquals("ERIMIL", one(r, 0, 7).actor().code(), "Eritrea is to withdraw its own troops, not the UN's");
        ResolvedArticle they = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Qatar/NNP urged/VBD/urge Israel/NNP and/CC Hamas/NNP to/TO keep/VB the/DT truce/NN "
                        + "they/PRP signed/VBD/sign ./.", "nsubj 1 0; root -1 1; obj 1 2; cc 4 3; conj 2 4; mark 6 5; "
                        + "xcomp 1 6; det 8 7; obj 6 8; nsubj 10 9; acl:relcl 8 10; punct 1 11")));
        assertEquals(List.of("ISR", "PSEREBHMS"), at(they, 0, 9).stream().map(m -> m.actor().code()).toList(),
                "those urged signed the truce, not Qatar");
    }

    @Test
    void itsInWhatASpokesmanSaysIsHisBodys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Israel/NNP struck/VBD/strike Gaza/NNP ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3"),
                sentence(1, "A/DT Hamas/NNP official/NN said/VBD/say its/PRP$ fighters/NNS/fighter ambushed/VBD/ambush "
                        + "a/DT patrol/NN ./.", "det 2 0; compound 2 1; nsubj 3 2; root -1 3; nmod:poss 5 4; nsubj 6 5; "
                        + "ccomp 3 6; det 8 7; obj 6 8; punct 3 9")));
        assertEquals("Hamas", one(r, 1, 5).actor().entity(), "the official speaks for Hamas, not Israel");
    }

    @Test
    void anObjectPronounIsNoEarlierMentionOfItsClausesSubject() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Aliyev/NNP praised/VBD/praise Erdogan/NNP ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3"),
                sentence(1, "Aliyev/NNP invited/VBD/invite him/PRP to/TO Baku/NNP ./.",
                        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl 1 4; punct 1 5")));
        assertEquals("TURGOV", one(r, 1, 2).actor().code(), "Aliyev does not invite himself");
    }

    @Test
    void aPlaceNamingAGulfOrSeaIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Pirates/NNS/pirate attacked/VBD/attack a/DT tanker/NN in/IN the/DT Gulf/NNP of/IN Aden/NNP ./."),
                sentence(1, "A/DT frigate/NN entered/VBD/enter the/DT Sea/NNP of/IN Japan/NNP ./.")));
        assertTrue(r.mentionsIn(0).stream().noneMatch(m -> m.covers(6) || m.covers(8)), "water, not Yemen: " + r.mentions());
        assertTrue(r.mentionsIn(1).stream().noneMatch(m -> m.covers(6)), "water, not Japan: " + r.mentions());
    }

    @Test
    void theArmyInWhatACountrysMediaReportIsThatCountrys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "TOKYO/NNP"),
                sentence(1, "Chinese/JJ state/NN media/NNS said/VBD/say the/DT navy/NN began/VBD/begin drills/NNS/drill ./.",
                        "amod 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; nsubj 6 5; ccomp 3 6; obj 6 7; punct 3 8"),
                sentence(2, "Japan/NNP said/VBD/say Japan/NNP was/VBD/be calm/JJ ./."),
                sentence(3, "The/DT army/NN marched/VBD/march ./.", "det 1 0; nsubj 2 1; root -1 2; punct 2 3")));
        assertEquals("CHNMIL", one(r, 1, 5).actor().code(), "China's media speak of China's navy, not Japan's");
        assertEquals("JPNMIL", one(r, 3, 1).actor().code(), "outside their report Japan still sets the scene");
    }

    @Test
    void theAgentsOfBothCountriesAreEachCountrys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Ghana/NNP and/CC Togo/NNP reopened/VBD/reopen the/DT border/NN ./."),
                sentence(1, "The/DT presidents/NNS/president of/IN both/DT countries/NNS/country met/VBD/meet ./.")));
        assertEquals(List.of("GHAGOV", "TGOGOV"), at(r, 1, 1).stream().map(m -> m.actor().code()).toList());
    }

    @Test
    void theMembersOfABodyNamedByItsNounAreThatBodys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT ICC/NNP opened/VBD/open an/DT inquiry/NN ./."),
                sentence(1, "The/DT court/NN 's/POS prosecutors/NNS/prosecutor visited/VBD/visit Kyiv/NNP ./.")));
        assertEquals("IGOICC", one(r, 1, 3).actor().code(), "the ICC's prosecutors, not Ukraine's judiciary");
    }

    @Test
    void membersAtABodyAreTheBodys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Libya/NNP rejected/VBD/reject the/DT case/NN ./."),
                sentence(1, "Judges/NNS/judge at/IN the/DT International/NNP Criminal/NNP Court/NNP issued/VBD/issue "
                        + "a/DT warrant/NN ./."),
                sentence(2, "The/DT court/NN 's/POS prosecutors/NNS/prosecutor agreed/VBD/agree ./.")));
        assertEquals(List.of("IGOICC"), codes(r, 1), "the court's judges, not Libya's");
        assertEquals("IGOICC", one(r, 2, 3).actor().code(), "'the court' is the body its judges were named at");
    }

    @Test
    void aPlaceACompassDirectionIsMeasuredFromIsALocation() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Drones/NNS/drone hit/VBD/hit a/DT ship/NN 60/CD miles/NNS/mile southeast/RB of/IN Aden/NNP ./.")));
        assertTrue(r.mentionsIn(0).stream().noneMatch(m -> m.covers(7)), "where the ship was, not Yemen: " + r.mentions());
    }

    // ---- round on fresh articles 13 ----

    @Test
    void aPlaceNamingAFacilityLocatesItAndIsNoActor() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Shells/NNS/shell hit/VBD/hit the/DT Zaporizhzhia/NNP nuclear/JJ power/NN plant/NN ./."),
                sentence(1, "Drones/NNS/drone struck/VBD/strike Kharkiv/NNP ./.")));
        assertTrue(r.mentionsIn(0).stream().noneMatch(m -> m.covers(3)), "the plant, not Ukraine: " + r.mentions());
        assertEquals(List.of("Zaporizhzhia/UKR/city/argument"), places(r, 0), "the place still locates what was struck");
        assertEquals(List.of("UKR"), codes(r, 1).subList(1, 2), "a place struck alone is still its country");
    }

    @Test
    void aWaterNameEndsBeforeANameOfItsOwn() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "A/DT ship/NN sank/VBD/sink in/IN the/DT Gulf/NNP of/IN Aden/NNP Houthi/NNP officials/NNS/official said/VBD/say ./.")));
        assertEquals(List.of("YEMREBHTH"), codes(r, 0), "the Houthis are no part of the water");
        assertTrue(r.mentionsIn(0).stream().noneMatch(m -> m.covers(7)), "Aden is still water: " + r.mentions());
    }

    @Test
    void theProsecutorsAfterACourtAreItsMembersUnlessACountrysJudiciaryWasNamedSince() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT International/NNP Criminal/NNP Court/NNP issued/VBD/issue a/DT warrant/NN ./."),
                sentence(1, "The/DT suspect/NN denied/VBD/deny the/DT charges/NNS/charge ./."),
                sentence(2, "His/PRP$ lawyers/NNS/lawyer appealed/VBD/appeal ./."),
                sentence(3, "The/DT prosecutors/NNS/prosecutor welcomed/VBD/welcome the/DT ruling/NN ./."),
                sentence(4, "The/DT inspectors/NNS/inspector left/VBD/leave ./.")));
        assertEquals("IGOICC", one(r, 3, 1).actor().code(), "the court's prosecutors, not the setting's");
        assertTrue(r.mentionsIn(4).stream().noneMatch(m -> "IGOICC".equals(m.actor().code())), "a court has no inspectors");
        ResolvedArticle kenya = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "The/DT International/NNP Criminal/NNP Court/NNP opened/VBD/open a/DT case/NN ./."),
                sentence(1, "Kenyan/JJ judges/NNS/judge ruled/VBD/rule on/IN a/DT petition/NN ./."),
                sentence(2, "The/DT court/NN in/IN Nairobi/NNP adjourned/VBD/adjourn ./."),
                sentence(3, "The/DT prosecutors/NNS/prosecutor objected/VBD/object ./.")));
        assertEquals("KENJUD", one(kenya, 3, 1).actor().code(), "a country's judiciary named since keeps the prosecutors");
    }

    @Test
    void aSpokesmanForABodyNamedByItsNounTakesThatBodysCode() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Fighting/NN spread/VBD/spread in/IN Sudan/NNP ./."),
                sentence(1, "A/DT spokesman/NN for/IN the/DT militia/NN denied/VBD/deny the/DT report/NN ./.")));
        assertEquals("SDNREB", one(r, 1, 1).actor().code(), "the militia's spokesman, not the government's");
        assertEquals("SDNREB", one(r, 1, 4).actor().code());
    }

    @Test
    void bothLeadersAreNotTheOneWhoSpokeToThem() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2025, 5, 10),
                sentence(0, "Narendra/NNP Modi/NNP and/CC Shehbaz/NNP Sharif/NNP agreed/VBD/agree to/TO a/DT truce/NN ./.",
                        "compound 1 0; nsubj 5 1; cc 4 2; compound 4 3; conj 1 4; root -1 5; case 8 6; det 8 7; obl 5 8; punct 5 9"),
                sentence(1, "Donald/NNP Trump/NNP had/VBD/have spoken/VBN/speak to/IN both/DT leaders/NNS/leader ./.",
                        "compound 1 0; nsubj 3 1; aux 3 2; root -1 3; case 6 4; det 6 5; obl 3 6; punct 3 7")));
        assertEquals(List.of("Narendra Modi", "Shehbaz Sharif"), entities(r, 1).subList(1, 3), "not Trump, who spoke to them");
    }

    @Test
    void itsAfterAShipThatIsNoActorIsTheShipsNotACountrys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT tanker/NN ,/, bound/VBN/bind for/IN China/NNP ,/, was/VBD/be seized/VBN/seize ./.",
                        "det 1 0; nsubj:pass 8 1; punct 1 2; acl 1 3; case 5 4; obl 3 5; punct 1 6; aux:pass 8 7; root -1 8; punct 8 9"),
                sentence(1, "Its/PRP$ crew/NN were/VBD/be safe/JJ ./.", "nmod:poss 1 0; nsubj 3 1; cop 3 2; root -1 3; punct 3 4"),
                sentence(2, "China/NNP said/VBD/say its/PRP$ envoy/NN would/MD visit/VB ./.",
                        "nsubj 1 0; root -1 1; nmod:poss 3 2; nsubj 5 3; aux 5 4; ccomp 1 5; punct 1 6")));
        assertTrue(r.mentionsIn(1).stream().allMatch(m -> m.actor().country() == null), "the tanker's crew, not China's: " + r.mentionsIn(1));
        assertEquals("CHNGOV", one(r, 2, 3).actor().code(), "a country's own 'its' is unchanged");
    }

    @Test
    void firmsInAStoryFiledFromAnotherCountryTakeNoCountry() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "DUBAI/NNP"),
                sentence(1, "Iran/NNP seized/VBD/seize a/DT tanker/NN ./."),
                sentence(2, "Shipping/NN firms/NNS/firm rerouted/VBD/reroute vessels/NNS/vessel ./."),
                sentence(3, "Iran/NNP warned/VBD/warn Britain/NNP ./."),
                sentence(4, "The/DT navy/NN said/VBD/say Iran/NNP acted/VBD/act lawfully/RB ./.")));
        assertEquals("BUS", one(r, 2, 1).actor().code(), "neither Iran's nor the dateline's firms");
        assertEquals("IRNMIL", one(r, 4, 1).actor().code(), "state bodies still take the story's country");
        ResolvedArticle home = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "TEHRAN/NNP"),
                sentence(1, "Iran/NNP seized/VBD/seize a/DT tanker/NN ./."),
                sentence(2, "Shipping/NN firms/NNS/firm rerouted/VBD/reroute vessels/NNS/vessel ./.")));
        assertEquals("IRNBUS", one(home, 2, 1).actor().code(), "filed from the story's own country");
    }

    @Test
    void aNameRunningAFacilityOrBodyOwnsItButOneBackingForcesDoesNot() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Strikes/NNS/strike killed/VBD/kill 40/CD people/NNS/person ,/, the/DT Hamas/NNP -/HYPH run/VBN/run "
                        + "health/NN ministry/NN said/VBD/say ./."),
                sentence(1, "Drones/NNS/drone hit/VBD/hit a/DT Russian/JJ -/HYPH operated/VBN/operate port/NN ./."),
                sentence(2, "Washington/NNP said/VBD/say US/NNP -/HYPH backed/VBN/back forces/NNS/force held/VBD/hold ./."),
                sentence(3, "The/DT United/NNP States/NNPS sent/VBD/send aid/NN to/TO Syria/NNP ./."),
                sentence(4, "The/DT United/NNP States/NNPS warned/VBD/warn Iran/NNP ./.")));
        assertEquals("PSEREBHMS", one(r, 0, 7).actor().code(), "the ministry Hamas runs is Hamas's");
        assertEquals("RUS", one(r, 1, 3).actor().code(), "the port Russia operates is Russia's");
        assertEquals("REB", one(r, 2, 5).actor().code(), "forces the US backs are an armed group, not its own nor the setting's");
    }

    @Test
    void forcesBackedByAnotherCountryAreALocalArmedGroupOfTheSetting() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "DAMASCUS/NNP"),
                sentence(1, "Turkish/JJ -/HYPH backed/VBN/back fighters/NNS/fighter seized/VBD/seize a/DT town/NN ./."),
                sentence(2, "Syrian/JJ troops/NNS/troop withdrew/VBD/withdraw ./.")));
        assertEquals("SYRREB", one(r, 1, 3).actor().code(), "not Turkey's forces: the setting's armed group");
        ResolvedArticle filed = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "BEIRUT/NNP"),
                sentence(1, "Iran/NNP -/HYPH backed/VBN/back fighters/NNS/fighter clashed/VBD/clash with/IN Israeli/JJ "
                        + "troops/NNS/troop ./.")));
        assertEquals("LBNREB", one(filed, 1, 3).actor().code(), "where the report is filed, not the foe's country");
    }

    private static final String TWO_MINISTERS = "Nigerian/JJ Foreign/NNP Minister/NNP Amara/NNP Okafor/NNP met/VBD/meet "
            + "Kenyan/JJ Defence/NNP Minister/NNP Lena/NNP Petrov/NNP ./.";
    private static final String TWO_MINISTERS_DEPS = "amod 4 0; compound 4 1; compound 4 2; compound 4 3; nsubj 5 4; "
            + "root -1 5; amod 10 6; compound 10 7; compound 10 8; compound 10 9; obj 5 10; punct 5 11";

    @Test
    void sheAfterTwoUnknownPersonsTakesTheOneKnownToBeAWoman() {
        String said = "She/PRP said/VBD/say talks/NNS/talk helped/VBD/help ./.";
        String saidDeps = "nsubj 1 0; root -1 1; nsubj 3 2; ccomp 1 3; punct 1 4";
        ResolvedArticle titled = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, TWO_MINISTERS.replace("Lena/NNP", "Ms./NNP Lena/NNP"), "amod 4 0; compound 4 1; compound 4 2; "
                        + "compound 4 3; nsubj 5 4; root -1 5; amod 11 6; compound 11 7; compound 11 8; compound 11 9; "
                        + "compound 11 10; obj 5 11; punct 5 12"),
                sentence(1, said, saidDeps)));
        assertEquals(List.of("Lena Petrov"), entities(titled, 1), "Ms. says who she is; the subject's gender is unknown");
        ResolvedArticle bound = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, TWO_MINISTERS, TWO_MINISTERS_DEPS),
                sentence(1, "Okafor/NNP said/VBD/say he/PRP was/VBD/be pleased/JJ ./.",
                        "nsubj 1 0; root -1 1; nsubj 4 2; cop 4 3; ccomp 1 4; punct 1 5"),
                sentence(2, said, saidDeps)));
        assertEquals(List.of("Amara Okafor"), entities(bound, 1).subList(1, 2));
        assertEquals(List.of("Lena Petrov"), entities(bound, 2), "Okafor is a man since 'he' was bound to him");
        ResolvedArticle none = RESOLVER.resolve(article("c", MAR_2024,
                sentence(0, TWO_MINISTERS, TWO_MINISTERS_DEPS),
                sentence(1, said, saidDeps)));
        assertEquals(List.of("Amara Okafor"), entities(none, 1), "with no cue the subject stays");
    }

    @Test
    void forcesOrderedByALeaderAreHisCountrysThoughAnotherCountrysForcesWereNamedBefore() {
        ResolvedArticle r = RESOLVER.resolve(article("a", LocalDate.of(2025, 10, 22),
                sentence(0, "US/NNP forces/NNS/force struck/VBD/strike a/DT boat/NN ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; punct 2 5"),
                sentence(1, "Nicolas/NNP Maduro/NNP ordered/VBD/order the/DT armed/JJ forces/NNS/force to/TO hold/VB drills/NNS/drill ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; mark 7 6; xcomp 2 7; obj 7 8; punct 2 9")));
        assertEquals("VENMIL", one(r, 1, 5).actor().code(), "Maduro's forces, not the US forces named before");
    }

    @Test
    void aHeadlineNamingANativeOfTheDatelinesCountryKeepsItTheSetting() {
        AnnotatedArticle body = article("a", LocalDate.of(2025, 10, 22),
                sentence(0, "CARACAS/NNP"),
                sentence(1, "The/DT United/NNP States/NNPS struck/VBD/strike a/DT boat/NN ,/, Washington/NNP said/VBD/say ./."),
                sentence(2, "Nicolas/NNP Maduro/NNP condemned/VBD/condemn the/DT United/NNP States/NNPS ./."),
                sentence(3, "The/DT opposition/NN urged/VBD/urge the/DT military/NN to/TO act/VB ./."));
        Article titled = new Article("a", "Maduro accuses Washington as US warships gather", body.article().body(), null,
                null, LocalDate.of(2025, 10, 22), "en", "a");
        ResolvedArticle r = RESOLVER.resolve(new AnnotatedArticle(titled, body.sentences()));
        assertEquals(List.of("VENOPP", "VENMIL"), codes(r, 3), "the headline names Venezuela's president under its dateline");
        Article visitor = new Article("a", "Hegseth says US warships gather in Caribbean", body.article().body(), null,
                null, LocalDate.of(2025, 10, 22), "en", "a");
        assertEquals(List.of("USAOPP", "USAMIL"), codes(RESOLVER.resolve(new AnnotatedArticle(visitor, body.sentences())), 3),
                "a US secretary in the headline makes no Venezuelan story");
    }

    @Test
    void bothSidesAreNeitherTheEnvoyWhoMetAndUrgedNorCivilians() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT army/NN accused/VBD/accuse the/DT RSF/NNP of/IN attacks/NNS/attack on/IN civilians/NNS/civilian ./.",
                        "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl 2 6; case 8 7; nmod 6 8; punct 2 9"),
                sentence(1, "RSF/NNP fighters/NNS/fighter shelled/VBD/shell civilians/NNS/civilian ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4"),
                sentence(2, "Antonio/NNP Guterres/NNP met/VBD/meet Abdel/NNP Fattah/NNP al-Burhan/NNP and/CC urged/VBD/urge "
                        + "both/DT sides/NNS/side to/TO talk/VB ./.",
                        "compound 1 0; nsubj 2 1; root -1 2; compound 5 3; compound 5 4; obj 2 5; cc 7 6; conj 2 7; "
                        + "det 9 8; obj 7 9; mark 11 10; xcomp 7 11; punct 2 12")));
        List<String> sides = r.mentionsIn(2).stream().filter(m -> m.covers(9)).map(m -> m.actor().code()).sorted().toList();
        assertEquals(List.of("SDNMIL", "SDNREBRSF"), sides, "the army and the RSF, not the UN chief, al-Burhan or civilians");
    }

    @Test
    void thoseWhoCallForATruceAreNoSides() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT Sudanese/JJ army/NN accused/VBD/accuse the/DT RSF/NNP of/IN attacks/NNS/attack ./.",
                        "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 7 6; obl 3 7; punct 3 8"),
                sentence(1, "Egypt/NNP and/CC Qatar/NNP called/VBD/call for/IN talks/NNS/talk ./.",
                        "nsubj 3 0; cc 2 1; conj 0 2; root -1 3; case 5 4; obl 3 5; punct 3 6"),
                sentence(2, "Both/DT sides/NNS/side agreed/VBD/agree ./.", "det 1 0; nsubj 2 1; root -1 2; punct 2 3")));
        assertEquals(List.of("SDNMIL", "SDNREBRSF"), r.mentionsIn(2).stream().map(m -> m.actor().code()).sorted().toList(),
                "the army and the RSF, not the two who called for talks");
    }

    @Test
    void aMerchantCrewIsCiviliansOfNoCountryAndAWarshipsCrewItsNavys() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Iran/NNP detained/VBD/detain the/DT cargo/NN ship/NN 's/POS crew/NN ./."),
                sentence(1, "A/DT British/JJ frigate/NN 's/POS crew/NN watched/VBD/watch ./."),
                sentence(2, "Filipino/JJ crew/NN members/NNS/member were/VBD/be freed/VBN/free ./.")));
        assertEquals("CVL", one(r, 0, 6).actor().code(), "hired across flags: not Iran's, the setting's");
        assertEquals("GBRMIL", one(r, 1, 4).actor().code(), "a warship's crew is its navy's");
        assertEquals("PHLCVL", one(r, 2, 1).actor().code(), "a nationality named gives the crew its country");
    }

    @Test
    void aSpeakerDoesNotTakeTheCountryNamedOnlyInWhatItSays() {
        String words = "The/DT envoy/NN said/VBD/say Turkey/NNP had/VBD/have closed/VBN/close the/DT border/NN ./.";
        String deps = "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8";
        ResolvedArticle alone = RESOLVER.resolve(article("a", MAR_2024, sentence(0, words, deps)));
        assertEquals("GOV", one(alone, 0, 1).actor().code(), "Turkey is what the envoy talks about, not whose envoy");
        ResolvedArticle set = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Turkey/NNP held/VBD/hold talks/NNS/talk ./.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3"),
                sentence(1, words, deps)));
        assertEquals("TURGOV", one(set, 1, 1).actor().code(), "named outside the quote too, Turkey is the setting");
    }

    @Test
    void bareInspectorsAfterTheAgencyAreItsInspectors() {
        String later = "Inspectors/NNS/inspector were/VBD/be barred/VBN/bar from/IN Natanz/NNP ./.";
        String deps = "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl 2 4; punct 2 5";
        ResolvedArticle body = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT IAEA/NNP criticised/VBD/criticise Iran/NNP ./.", "det 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4"),
                sentence(1, later, deps)));
        assertEquals("IGOIAE", one(body, 1, 0).actor().code(), "the agency's inspectors, not Iran's government");
        ResolvedArticle members = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Inspectors/NNS/inspector from/IN the/DT IAEA/NNP visited/VBD/visit Iran/NNP ./.",
                        "nsubj 4 0; case 3 1; det 3 2; nmod 0 3; root -1 4; obj 4 5; punct 4 6"),
                sentence(1, later, deps)));
        assertEquals("IGOIAE", one(members, 1, 0).actor().code(), "the agency named through its members");
        ResolvedArticle none = RESOLVER.resolve(article("c", MAR_2024,
                sentence(0, "Iran/NNP criticised/VBD/criticise the/DT report/NN ./.", "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4"),
                sentence(1, later, deps)));
        assertEquals("IRNGOV", one(none, 1, 0).actor().code(), "no agency named: the setting's");
    }

    @Test
    void aNounInAppositionToANamedGroupIsThatGroup() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Soldiers/NNS/soldier fought/VBD/fight the/DT FDLR/NNP ,/, a/DT militia/NN based/VBN/base "
                        + "near/IN Goma/NNP ./."),
                sentence(1, "The/DT FDLR/NNP ,/, the/DT army/NN and/CC a/DT militia/NN clashed/VBD/clash near/IN Goma/NNP ./.")));
        assertEquals("RWAREBFDL", one(r, 0, 6).actor().code(), "the militia the sentence names, not Congo's rebels");
        assertEquals("CODMIL", one(r, 1, 4).actor().code(), "a list, not an apposition");
    }

    @Test
    void itsCrewIsTheShipsWhereverTheShipStood() {
        String later = "Iran/NNP said/VBD/say it/PRP would/MD free/VB its/PRP$ crew/NN ./.";
        String deps = "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; nmod:poss 6 5; obj 4 6; punct 1 7";
        ResolvedArticle ship = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Iran/NNP seized/VBD/seize a/DT tanker/NN ./.", "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 1 4"),
                sentence(1, later, deps)));
        assertEquals("CVL", one(ship, 1, 6).actor().code(), "the seized ship's crew, not Iran's");
        ResolvedArticle none = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Iran/NNP seized/VBD/seize two/CD sailors/NNS/sailor ./.", "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; punct 1 4"),
                sentence(1, later, deps)));
        assertEquals("IRNCVL", one(none, 1, 6).actor().code(), "no ship named: the pronoun's antecedent");
    }

    @Test
    void membersOfACourtInItsSeatAreTheCourtsWhenTheArticleNamesIt() {
        String later = "Prosecutors/NNS/prosecutor in/IN The/DT Hague/NNP said/VBD/say ./.";
        ResolvedArticle court = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT International/NNP Criminal/NNP Court/NNP charged/VBD/charge a/DT general/NN ./."),
                sentence(1, later),
                sentence(2, "The/DT Hague/NNP protested/VBD/protest ./.")));
        assertEquals("IGOICC", one(court, 1, 0).actor().code(), "the court's prosecutors");
        assertEquals("NLD", one(court, 2, 1).actor().country(), "the seat alone is still the Dutch government");
        ResolvedArticle dutch = RESOLVER.resolve(article("b", MAR_2024, sentence(0, later)));
        assertEquals("NLDJUD", one(dutch, 0, 0).actor().code(), "no court named: Dutch prosecutors");
    }

    @Test
    void definiteRefugeesTakeTheNationalityOfThePeopleNamedBefore() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "About/RB 300/CD Haitians/NNPS were/VBD/be deported/VBN/deport from/IN Florida/NNP ./.",
                        "advmod 1 0; nummod 2 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4; case 6 5; obl 4 6; punct 4 7"),
                sentence(1, "The/DT deportees/NNS/deportee said/VBD/say they/PRP were/VBD/be beaten/VBN/beat ./.")));
        assertEquals("HTICVL", one(r, 0, 2).actor().code());
        assertEquals("HTIREF", one(r, 1, 1).actor().code(), "the Haitians, not the country they were sent from");
    }

    @Test
    void aCountryNamedOnlyAcrossABorderOrAsMediatorIsNotTheSetting() {
        ResolvedArticle truce = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Officials/NNS/official welcomed/VBD/welcome the/DT truce/NN mediated/VBN/mediate by/IN Qatar/NNP ./.")));
        assertTrue(at(truce, 0, 0).isEmpty(), "not Qatar's officials: " + truce.mentions());
        ResolvedArticle border = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "PESHAWAR/NNP"),
                sentence(1, "Militants/NNS/militant killed/VBD/kill nine/CD soldiers/NNS/soldier near/IN the/DT "
                        + "border/NN with/IN Afghanistan/NNP ./.")));
        assertEquals("PAKMIL", one(border, 1, 3).actor().code(), "the dateline's soldiers, not Afghanistan's");
        assertEquals("AFG", one(border, 1, 8).actor().code(), "the neighbour is still named");
    }

    @Test
    void aRegionAfterInIsWhereNotWho() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Iran/NNP seized/VBD/seize a/DT tanker/NN in/IN the/DT Gulf/NNP ./."),
                sentence(1, "Gulf/NNP officials/NNS/official protested/VBD/protest ./.")));
        assertTrue(at(r, 0, 6).isEmpty(), "the Gulf as a location: " + r.mentions());
        assertEquals("PGSGOV", one(r, 1, 1).actor().code(), "a region's adjective before an agent still owns it");
    }

    @Test
    void aWarshipNamedWithItsNavysPrefixIsThatNavyAndTheCarrierLaterToo() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "The/DT USS/NNP Carl/NNP Vinson/NNP entered/VBD/enter the/DT Red/NNP Sea/NNP ./."),
                sentence(1, "The/DT carrier/NN launched/VBD/launch jets/NNS/jet ./.")));
        assertEquals("USAMIL", one(r, 0, 2).actor().code());
        assertEquals("USAMIL", one(r, 1, 1).actor().code(), "the carrier named before");
        ResolvedArticle none = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "The/DT carrier/NN docked/VBD/dock in/IN Oslo/NNP ./.")));
        assertTrue(at(none, 0, 1).isEmpty(), "no warship named: a carrier may be a freighter or an airline");
    }

    @Test
    void aNounInAppositionToAGroupEndingALongerPhraseIsTheGroup() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Troops/NNS/troop fought/VBD/fight commanders/NNS/commander of/IN the/DT ELN/NNP ,/, a/DT "
                        + "guerrilla/NN army/NN that/WDT holds/VBZ/hold the/DT border/NN ./.")));
        assertEquals("COLREBELN", one(r, 0, 8).actor().code(), "the guerrilla army is the ELN, not a country's army");
    }

    @Test
    void definiteAttackersAreTheArmedGroupNamedBefore() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Boko/NNP Haram/NNP fighters/NNS/fighter raided/VBD/raid a/DT base/NN ,/, and/CC "
                        + "soldiers/NNS/soldier killed/VBD/kill ten/CD of/IN the/DT attackers/NNS/attacker ./.")));
        assertEquals("NGAREBBKH", one(r, 0, 13).actor().code());
        ResolvedArticle none = RESOLVER.resolve(article("b", MAR_2024,
                sentence(0, "Russian/JJ troops/NNS/troop shelled/VBD/shell a/DT village/NN ./."),
                sentence(1, "The/DT attackers/NNS/attacker withdrew/VBD/withdraw ./.")));
        assertEquals("RUSUAF", one(none, 1, 1).actor().code(), "no armed group named: the setting's, as before");
    }

    @Test
    void aDescriptionMayBeQualifiedByAHyphenatedMultiwordName() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "JNIM/NNP militants/NNS/militant ambushed/VBD/ambush a/DT convoy/NN ./."),
                sentence(1, "The/DT al/NNP Qaeda/NNP -/HYPH linked/VBN/link group/NN said/VBD/say ./.")));
        assertEquals("MLIREBJNM", one(r, 1, 5).actor().code());
    }

    @Test
    void aTitleOfTheUsCongressWithNoCountryNamedIsTheUsLegislatures() {
        String words = "Congresswoman/NNP Elena/NNP Varga/NNP criticized/VBD/criticize the/DT plan/NN ./.";
        ResolvedArticle alone = RESOLVER.resolve(article("a", MAR_2024, sentence(0, words)));
        assertEquals("USALEG", one(alone, 0, 2).actor().code());
        ResolvedArticle manila = RESOLVER.resolve(article("b", MAR_2024, sentence(0, "MANILA/NNP"), sentence(1, words)));
        assertEquals("PHLLEG", one(manila, 1, 2).actor().code(), "a setting named: its legislature's");
    }

    @Test
    void aCountryNamedAsWhereThingsHappenWinsATieForTheSetting() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Israeli/JJ troops/NNS/troop fired/VBD/fire near/IN the/DT fence/NN in/IN Gaza/NNP ./."),
                sentence(1, "Farmers/NNS/farmer fled/VBD/flee ./.")));
        assertEquals("PSEAGR", one(r, 1, 0).actor().code(), "Gaza is where it happens; Israel only names the troops");
    }

    @Test
    void aFacilityRunByANamedCountryIsItsThoughItsNameStandsBetween() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Drones/NNS/drone hit/VBD/hit the/DT Turkish/JJ -/HYPH run/VBN/run Bashiqa/NNP air/NN base/NN "
                        + "in/IN Iraq/NNP ./.")));
        assertEquals("TURMIL", one(r, 0, 8).actor().code(), "Turkey's, not the host's");
    }

    @Test
    void theThreeJuntasAreTheLastThreeCountriesNamed() {
        ResolvedArticle r = RESOLVER.resolve(article("a", MAR_2024,
                sentence(0, "Burkina/NNP Faso/NNP and/CC Niger/NNP backed/VBD/back Mali/NNP ./."),
                sentence(1, "ECOWAS/NNP urged/VBD/urge the/DT three/CD juntas/NNS/junta to/TO talk/VB ./.")));
        assertEquals(Set.of("BFAMIL", "NERMIL", "MLIMIL"), at(r, 1, 4).stream().map(m -> m.actor().code())
                .collect(java.util.stream.Collectors.toSet()), "all three, not only the setting's");
    }
}

