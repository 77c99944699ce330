package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeCleanerTest {

    @TempDir
    Path dir;

    private final ChromeCleaner cleaner = ChromeCleaner.standard();

    private static final String P1 = "WARSAW — Polish and Ukrainian officials met in Rzeszow on Monday to discuss "
            + "the transit of Ukrainian grain through Poland, the Polish agriculture ministry said.";
    private static final String P2 = "Deputy Agriculture Minister Anna Nowak said the two sides had agreed to "
            + "inspect shipments at the border rather than in Polish ports.";
    private static final String P3 = "Ukrainian Prime Minister Denys Shmyhal welcomed the agreement, calling it "
            + "\"a fair compromise between neighbours.\"";
    private static final String P4 = "Farmers in eastern Poland blocked roads near the Dorohusk crossing last "
            + "week in protest against cheap imports.";
    private static final String P5 = "The European Commission is expected to review the arrangement in June.";
    private static final String P6 = "Officials in Kyiv said exports through the Danube ports had risen by a "
            + "third since January.";

    private static final List<String> ARTICLE = List.of(P1, P2, P3, P4, P5, P6);

    private static final List<String> CHROME = List.of(
            "Something went wrong. Please try again later.",
            "Read Mode",
            "100% Font Size",
            "2 min read",
            "Top Content Trending",
            "Read more: Hungary extends ban on Ukrainian grain imports",
            "Share this article",
            "Follow us on Twitter and Facebook",
            "Advertisement",
            "By Jane Doe, Staff Reporter",
            "Jane Doe is a senior correspondent covering Eastern Europe.",
            "Related:",
            "Slovakia joins Poland in halting grain imports",
            "EU agrees support package for frontline farmers",
            "Explainer: how Ukraine's grain gets to market",
            "Sign up for our newsletter",
            "Copyright 2023 Example Media. All rights reserved.");

    /** A scraped page: chrome before, between and after the paragraphs of the article. */
    private static final String SCRAPED = String.join("\n",
            "Something went wrong. Please try again later.",
            "Read Mode",
            "100% Font Size",
            "2 min read",
            "By Jane Doe, Staff Reporter",
            "",
            P1,
            "",
            "Advertisement",
            "",
            P2,
            "",
            "Read more: Hungary extends ban on Ukrainian grain imports",
            "",
            P3,
            "Share this article",
            "Follow us on Twitter and Facebook",
            "",
            P4,
            "",
            "Related:",
            "Slovakia joins Poland in halting grain imports",
            "EU agrees support package for frontline farmers",
            "Explainer: how Ukraine's grain gets to market",
            "",
            P5,
            "",
            "Top Content Trending",
            P6,
            "",
            "Jane Doe is a senior correspondent covering Eastern Europe.",
            "Sign up for our newsletter",
            "Copyright 2023 Example Media. All rights reserved.");

    @Test
    void dropsEveryChromeLineAndKeepsEverySentence() {
        String cleaned = cleaner.clean(SCRAPED);
        List<String> lines = cleaned.lines().toList();
        for (String chrome : CHROME) {
            assertFalse(lines.contains(chrome), () -> "chrome kept: " + chrome + "\n---\n" + cleaned);
        }
        for (String sentence : ARTICLE) {
            assertTrue(lines.contains(sentence), () -> "sentence lost: " + sentence + "\n---\n" + cleaned);
        }
        assertEquals(String.join("\n\n", ARTICLE), cleaned);
    }

    @Test
    void cleanArticleKeepsMetadataAndReplacesTheBody() {
        Article scraped = new Article("pl-grain-0417", "Poland and Ukraine agree grain checks", SCRAPED,
                "https://news.example.com/pl-grain", "Example Media", LocalDate.of(2023, 4, 17), "en",
                "scrape/pl-grain-0417.txt");
        Article cleaned = cleaner.clean(scraped);
        // the dateline is set apart as a paragraph of its own, for the parser
        assertEquals("WARSAW\n\n" + String.join("\n\n", ARTICLE).substring("WARSAW — ".length()), cleaned.body());
        assertEquals(scraped.withBody(cleaned.body()), cleaned);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KHARTOUM, May 12, 2023 — Sudan's army agreed to a truce.|KHARTOUM, May 12, 2023",
        "BUENOS AIRES, Oct. 31, 2024 (Example Wire) -- Police dispersed protesters.|BUENOS AIRES, Oct. 31, 2024 (Example Wire)",
        "JERUSALEM (AP) — Israeli warplanes struck targets in Lebanon.|JERUSALEM (AP)",
        "MOSCOW — Russia expelled two diplomats.|MOSCOW",
        "MOSCOW -- Russia expelled two diplomats.|MOSCOW",
        "KHARTOUM, Sudan (AP) — The army agreed to a truce.|KHARTOUM, Sudan (AP)",
        "KYIV, Ukraine - Drones struck the capital overnight.|KYIV, Ukraine",
        "DHAKA, Aug 5 (Example Wire) - Protesters stormed the palace.|DHAKA, Aug 5 (Example Wire)",
    })
    void aDatelineIsSetApartFromTheFirstSentence(String body, String dateline) {
        String apart = Dateline.setApart(body);
        assertEquals(dateline, apart.substring(0, apart.indexOf("\n\n")));
        assertTrue(Character.isUpperCase(apart.charAt(apart.indexOf("\n\n") + 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia — not Ukraine — broke the truce, officials said.",
        "US-backed forces entered the town on Monday.",
        "The talks in Geneva ended without agreement.",
    })
    void aBodyWithoutADatelineIsLeftAlone(String body) {
        assertEquals(body, Dateline.setApart(body));
    }

    @Test
    void articleWithoutChromeIsUnchanged() {
        String text = P1 + "\n\n" + P2 + "\n" + P3;
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void windowsLineEndingsAndIndentationAreTidied() {
        String text = "  " + P1 + "\r\n\r\n\r\n\r\nAdvertisement\r\n\t" + P2 + "\r\n";
        assertEquals(P1 + "\n\n" + P2, cleaner.clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Tuesday, the troops had withdrawn from the border.",
        "By Thursday evening more than 200 people had been evacuated from Kharkiv.",
        "Related talks were held in Geneva on Monday.",
        "Share prices fell sharply after the sanctions were announced.",
        "Follow-up talks are planned for next week.",
        "Copyright law was not discussed at the summit.",
        "Advertising by foreign governments is banned during the campaign, the election commission said.",
        "Read the full statement, the ministry urged reporters on Friday.",
        "Trending upward, food prices rose for a third month in Cairo.",
        "Sign-up sheets for the ceasefire monitors were circulated in Vienna.",
        "Photo identification will be required in the capital from May, officials said.",
        "More from the talks in Riyadh is expected on Wednesday.",
        "Loading of grain ships resumed in Odesa on Saturday."
    })
    void proseThatStartsLikeChromeIsKept(String sentence) {
        assertFalse(cleaner.isChrome(sentence), sentence);
        String text = P1 + "\n\n" + sentence + "\n\n" + P2;
        assertEquals(text, cleaner.clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By JANE DOE | Example Wire",
        "By Jane Doe and John Roe, Staff Reporters",
        "By Oksana Kovalenko",
        "John Roe is a staff writer based in Brussels.",
        "Advertisement",
        "Story continues below advertisement",
        "Share on Facebook",
        "Twitter | Facebook | WhatsApp | Copy link",
        "Updated: 17 April 2023, 14:05",
        "Photo: AP",
        "Image source: Getty Images",
        "© 2023 Example Media",
        "We use cookies to improve your experience on our site."
    })
    void commonChromeLinesAreRecognised(String line) {
        assertTrue(cleaner.isChrome(line), line);
        assertEquals(P1, cleaner.clean(P1 + "\n" + line));
    }

    @Test
    void proseRightAfterARelatedListIsKept() {
        String shortProse = "Talks resumed on Friday in Brussels.";
        String text = String.join("\n",
                P1,
                "",
                "Related stories:",
                "Moldova fears spillover from war next door",
                "",
                "Romania tightens checks on transit trucks",
                shortProse,
                "Later, in Chisinau",
                P2);
        assertEquals(P1 + "\n\n" + shortProse + "\nLater, in Chisinau\n" + P2, cleaner.clean(text));
    }

    @Test
    void listEndsAtTheFirstProseLine() {
        String text = String.join("\n",
                "More stories",
                "Lithuania to host NATO summit in Vilnius",
                P3,
                "Explainer: what the Vilnius summit could decide");
        // after the list has ended, a headline-like line is kept: only lists under a heading are dropped
        assertEquals(P3 + "\nExplainer: what the Vilnius summit could decide", cleaner.clean(text));
    }

    @Test
    void emptyAndChromeOnlyTextsCleanToEmpty() {
        assertEquals("", cleaner.clean(""));
        assertEquals("", cleaner.clean("\n\n  \n"));
        assertEquals("", cleaner.clean("Advertisement\nShare this article\n2 min read\n"));
        assertFalse(cleaner.isChrome("   "));
    }

    @Test
    void userPatternsExtendTheBundledOnes() throws IOException {
        Path file = dir.resolve("site-chrome.txt");
        Files.writeString(file, String.join("\n",
                "# chrome of news.example.com",
                "",
                "listen to our daily podcast.*",
                "   example media app: .*   "));
        ChromeCleaner custom = cleaner.withPatterns(file);

        String text = String.join("\n", P1, "Listen to our daily podcast on the war in Ukraine",
                "Example Media App: get alerts on your phone", "Advertisement", P2);
        assertEquals(P1 + "\n" + P2, custom.clean(text));
        // the standard cleaner is not changed by the user's file
        assertTrue(cleaner.clean(text).contains("Listen to our daily podcast on the war in Ukraine"));
        // user patterns match whole lines only
        assertFalse(custom.isChrome("Lavrov told reporters to listen to our daily podcast of complaints."));
    }

    @Test
    void badUserPatternIsReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("site-chrome.txt");
        Files.writeString(file, "# comment\nsubscribe to example\n(unclosed group\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cleaner.withPatterns(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad pattern"), e.getMessage());
    }

    @Test
    void missingUserPatternFileIsAnIoError() {
        assertThrows(IOException.class, () -> cleaner.withPatterns(dir.resolve("absent.txt")));
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearOfAFullDateNearIt() {
        assertEquals(Optional.of(LocalDate.of(2024, 8, 5)), Dateline.date("DHAKA, Aug 5 (Example Wire) - Protesters "
                + "stormed the palace. The protests began on July 15, 2024."));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 3)), Dateline.date("LIMA, Jan. 3 (Example Wire) - Congress "
                + "voted again after the vote of Dec. 29, 2024 failed."), "a January report on late December: the next year");
        assertEquals(Optional.empty(), Dateline.date("DHAKA, Aug 5 (Example Wire) - Protesters stormed the palace."),
                "no year anywhere: no date");
        assertEquals(Optional.empty(), Dateline.date("MANILA, Aug 5 (Example Wire) - Rains flooded the capital, the "
                + "worst since the storm of Sept. 26, 2009 and the floods of August 2012."), "history tells no year");
        assertEquals(Optional.of(LocalDate.of(2023, 5, 12)), Dateline.date("KHARTOUM, May 12, 2023 — The army agreed."));
    }

    @Test
    void aYearlessDatelineIgnoresTheDateAnAnniversaryRecallsAndNeedsAPlaceInCapitals() {
        assertEquals(Optional.empty(), Dateline.date("KYIV, Feb 24 (Example Wire) - Ukraine marked two years of the "
                + "full-scale invasion of Feb. 24, 2022."), "the day recalled is the same day of another year");
        assertEquals(Optional.empty(), Dateline.date("KYIV, March 2 (Example Wire) - Shelling has not stopped since "
                + "Feb. 24, 2022."), "a date after 'since' is history");
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Dateline.date("LONDON, Feb 29 (Example Wire) - Talks "
                + "resumed after they stalled on Feb. 20, 2024."), "a leap day in a leap year");
        assertEquals(Optional.empty(), Dateline.date("Protesters gathered on Sunday, March 3 in the capital, a week "
                + "after the vote of Feb. 25, 2024."), "a lead sentence, not a dateline");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), Dateline.date("New Delhi, Mar 3 (Example Wire) - Farmers "
                + "clashed with police on March 2, 2024."), "an Indian wire writes its place in capitalised words");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), Dateline.date("KYIV, March 3 (Example Wire) - Russia "
                + "launched drones on Sunday, March 3, 2024."), "the day itself, reported");
    }

    @Test
    void anUndatedArticleTakesItsYearlessDatelinesDate() {
        Article a = new Article("bd-0805", "Crowds storm palace", "DHAKA, Aug 5 (Example Wire) - Protesters stormed the "
                + "palace on Monday. Unrest has grown since the vote of July 7, 2024.", null, null, null, "en", "bd-0805.txt");
        assertEquals(LocalDate.of(2024, 8, 5), cleaner.clean(a).published());
        Article dated = new Article("bd-0806", "Crowds storm palace", a.body(), null, null, LocalDate.of(2024, 8, 6), "en",
                "bd-0806.txt");
        assertEquals(LocalDate.of(2024, 8, 6), cleaner.clean(dated).published(), "the publication date wins");
    }
}
