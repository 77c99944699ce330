package org.dyad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextStoryClustererTest {

    static final String[][] FLOODS = {
        {"Floods swamp Sindh as monsoon rains break records",
            "KARACHI — Floodwaters covered large parts of Sindh province on Sunday after record monsoon rains, and "
                + "officials in Karachi said more than a million people had left their homes. The Indus burst its "
                + "banks near Sukkur, cutting the main highway to Punjab."},
        {"Pakistan appeals for help as Sindh floods spread",
            "ISLAMABAD — Pakistan asked for international help on Tuesday as floods spread across Sindh, where the "
                + "swollen Indus has submerged villages around Sukkur and Larkana. Relief camps near Karachi are full, "
                + "the provincial disaster authority said."},
        {"Disease fears grow in Sindh flood camps",
            "SUKKUR — Doctors warned of cholera and malaria in the flood camps of Sindh, where families displaced "
                + "by the monsoon floods along the Indus wait for the water to recede. The disaster authority said "
                + "the floods had destroyed a million homes."},
    };

    static final String[][] ELECTION = {
        {"Chileans vote on new constitution draft",
            "SANTIAGO — Chileans voted on Sunday on a draft constitution written by an elected assembly, in a "
                + "referendum that President Gabriel Boric has backed. Polls in Santiago closed at six, and the "
                + "electoral service said turnout was high because voting is compulsory."},
        {"Chile rejects draft constitution by wide margin",
            "SANTIAGO — Voters in Chile rejected the proposed constitution in Sunday's referendum, a setback for "
                + "President Gabriel Boric, who said the assembly's draft would be reworked. The electoral service "
                + "counted almost all ballots by midnight."},
    };

    private static TextFeatures f(String[] a) {
        return TextFeatures.of(a[0], a[1]);
    }

    @Test
    void twoTopicsMakeTwoStoriesAndAFollowUpJoinsItsOwn() {
        TextStoryClusterer c = new TextStoryClusterer();
        LocalDate d = LocalDate.of(2022, 8, 28);
        String floods = c.add("f1", FLOODS[0][0], d, f(FLOODS[0]));
        String vote = c.add("e1", ELECTION[0][0], d.plusDays(7), f(ELECTION[0]));
        assertNotEquals(floods, vote);
        assertEquals(floods, c.add("f2", FLOODS[1][0], d.plusDays(2), f(FLOODS[1])));
        assertEquals(vote, c.add("e2", ELECTION[1][0], d.plusDays(8), f(ELECTION[1])));
        assertEquals(floods, c.add("f3", FLOODS[2][0], d.plusDays(10), f(FLOODS[2])));
        assertEquals(Map.of(), c.consolidate());
        StoryClusterer.Story s = c.story(floods).orElseThrow();
        assertEquals(java.util.List.of("f1", "f2", "f3"), s.articles());
        assertEquals(d, s.first());
        assertEquals(d.plusDays(10), s.last());
        assertTrue(Set.of(FLOODS[0][0], FLOODS[1][0], FLOODS[2][0]).contains(s.title()));
    }

    @Test
    void aStoryThatRunsForMonthsStaysOneButTheSameWordsYearsLaterStartAnother() {
        TextStoryClusterer c = new TextStoryClusterer();
        LocalDate d = LocalDate.of(2022, 8, 28);
        String story = c.add("m0", FLOODS[0][0], d, f(FLOODS[0]));
        for (int month = 1; month <= 5; month++) {
            String[] a = FLOODS[month % 3];
            assertEquals(story, c.add("m" + month, a[0], d.plusMonths(month), f(a)), "month " + month);
        }
        assertNotEquals(story, c.add("later", FLOODS[1][0], d.plusYears(3), f(FLOODS[1])));
        c.consolidate();
        assertEquals(6, c.story(story).orElseThrow().articles().size());
    }

    @Test
    void consolidationCutsAStoryThatHoldsTwo() {
        TextStoryClusterer c = new TextStoryClusterer();
        // Put two topics into one story by hand, as an early, weak online decision could.
        for (int i = 0; i < 6; i++) {
            String[] a = FLOODS[i % 3];
            c.join("f" + i, a[0], null, TextFeatures.of(a[0], a[1] + " Report " + i + "."), "st-mixed");
        }
        for (int i = 0; i < 6; i++) {
            String[] a = ELECTION[0];
            c.join("e" + i, a[0], null, TextFeatures.of(a[0], a[1] + " Update " + i + "."), "st-mixed");
        }
        Map<String, String> moved = c.consolidate();
        assertEquals(6, moved.size(), moved.toString());
        assertEquals("st-mixed", c.storyOf("f0").orElseThrow(), "the part with the first article keeps the id");
        String other = c.storyOf("e0").orElseThrow();
        assertNotEquals("st-mixed", other);
        for (int i = 0; i < 6; i++) {
            assertEquals("st-mixed", c.storyOf("f" + i).orElseThrow());
            assertEquals(other, c.storyOf("e" + i).orElseThrow());
        }
    }

    @Test
    void removedArticlesLeaveTheirStory() {
        TextStoryClusterer c = new TextStoryClusterer();
        String s = c.add("f1", FLOODS[0][0], null, f(FLOODS[0]));
        c.remove("f1");
        assertTrue(c.storyOf("f1").isEmpty());
        assertTrue(c.story(s).isEmpty());
    }

    @Test
    void featuresReadNamesAndContentWordsAndSurviveTheStore() {
        TextFeatures t = TextFeatures.of("Disease Fears Grow In Sindh Flood Camps", FLOODS[2][1]);
        assertTrue(t.entities().containsKey("sindh"), t.entities().toString());
        assertTrue(t.entities().containsKey("indus"));
        assertTrue(t.entities().containsKey("sukkur"), "the place of the dateline");
        assertTrue(!t.entities().containsKey("doctors") && !t.entities().containsKey("the"));
        assertTrue(!t.entities().containsKey("fears"), "title case alone does not make a name");
        assertEquals(2f, t.terms().get("cholera"), "words of the first sentences count twice");
        assertTrue(!t.terms().containsKey("the") && !t.terms().containsKey("said"));
        assertEquals(t, TextFeatures.decode(t.encode()));
    }
}
