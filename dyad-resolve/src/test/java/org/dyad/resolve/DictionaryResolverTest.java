package org.dyad.resolve;

import static org.dyad.model.Texts.article;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.ResolvedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryResolverTest {

    private static final DictionaryResolver RESOLVER = new DictionaryResolver(ActorDictionary.standard());
    private static final LocalDate FEB_2022 = LocalDate.of(2022, 2, 16);

    private static List<String> codes(ResolvedArticle r, int sentence) {
        return r.mentionsIn(sentence).stream().map(m -> m.actor().code()).toList();
    }

    @Test
    void resolvesCountriesCapitalsAndAdjectiveAgentPhrases() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Russian/JJ troops/NNS shelled/VBD Kharkiv/NNP as/IN the/DT Kremlin/NNP "
                        + "warned/VBD the/DT United/NNP States/NNPS ./.")));
        assertEquals(List.of("RUSMIL", "RUSGOV", "USA"), codes(r, 0));
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
    void coordinatedAdjectivesGiveOneActorEach() {
        ResolvedArticle r = RESOLVER.resolve(article("a", FEB_2022,
                sentence(0, "Senior/JJ Hungarian/JJ and/CC Romanian/JJ officials/NNS agreed/VBD ./.")));
        assertEquals(List.of("HUNGOV", "ROUGOV"), codes(r, 0));
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
}
