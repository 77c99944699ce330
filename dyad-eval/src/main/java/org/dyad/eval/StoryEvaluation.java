package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.link.TextFeatures;
import org.dyad.link.TextStoryClusterer;

/**
 * Story clustering scored with BCubed precision, recall and F1 against the gold stories of a set such as
 * ECB+ ({@code stories/ecbplus-dev.jsonl}: gold = {@code subtopic}). Only {@code id} and {@code text} are
 * read as input: the first line is the title, the rest the body, and a date written in the first lines
 * stands in for the publication date. Articles are added in file order and the stories consolidated
 * once at the end, as one {@code dyad run} over the file would.
 */
public final class StoryEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryEvaluation() {
    }

    /** A document of a story gold set. */
    public record StoryCase(String id, String text, String gold) {
    }

    /**
     * @param documents  documents clustered
     * @param goldStories stories in the gold set
     * @param stories    stories found
     * @param dated      documents with a date found in their first lines
     */
    public record Result(int documents, int goldStories, int stories, int dated, double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public static List<StoryCase> read(Path file) throws IOException {
        List<StoryCase> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode o = JSON.readTree(line);
                out.add(new StoryCase(o.get("id").asText(), o.get("text").asText(), o.path("subtopic").asText()));
            }
        }
        return out;
    }

    public static Result score(List<StoryCase> cases) {
        return score(cases, new TextStoryClusterer());
    }

    public static Result score(List<StoryCase> cases, TextStoryClusterer clusterer) {
        int dated = 0;
        for (StoryCase c : cases) {
            int nl = c.text().indexOf('\n');
            String title = nl < 0 ? c.text() : c.text().substring(0, nl);
            String body = nl < 0 ? "" : c.text().substring(nl + 1);
            LocalDate date = leadDate(c.text());
            if (date != null) {
                dated++;
            }
            clusterer.add(c.id(), title, date, TextFeatures.of(title, body));
        }
        clusterer.consolidate();
        Map<String, String> found = new HashMap<>();
        for (StoryCase c : cases) {
            found.put(c.id(), clusterer.storyOf(c.id()).orElseThrow());
        }
        Map<String, String> gold = new HashMap<>();
        cases.forEach(c -> gold.put(c.id(), c.gold()));
        double[] pr = bcubed(found, gold);
        return new Result(cases.size(), new HashSet<>(gold.values()).size(), new HashSet<>(found.values()).size(),
                dated, pr[0], pr[1]);
    }

    /** BCubed precision and recall of a clustering against gold clusters, item by item, averaged. */
    public static double[] bcubed(Map<String, String> found, Map<String, String> gold) {
        Map<String, Set<String>> byFound = new HashMap<>();
        Map<String, Set<String>> byGold = new HashMap<>();
        found.forEach((item, c) -> byFound.computeIfAbsent(c, k -> new HashSet<>()).add(item));
        gold.forEach((item, c) -> byGold.computeIfAbsent(c, k -> new HashSet<>()).add(item));
        double p = 0;
        double r = 0;
        for (String item : gold.keySet()) {
            Set<String> f = byFound.get(found.get(item));
            Set<String> g = byGold.get(gold.get(item));
            long both = f.stream().filter(g::contains).count();
            p += (double) both / f.size();
            r += (double) both / g.size();
        }
        return new double[] {p / gold.size(), r / gold.size()};
    }

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** A full date (month name, day and year, or ISO) written in the first three lines, as a dateline gives. */
    static LocalDate leadDate(String text) {
        String[] lines = text.split("\n", 4);
        for (int i = 0; i < Math.min(3, lines.length); i++) {
            String line = lines[i];
            try {
                Matcher m = MONTH_DAY_YEAR.matcher(line);
                if (m.find()) {
                    return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                }
                m = DAY_MONTH_YEAR.matcher(line);
                if (m.find()) {
                    return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                }
                m = ISO.matcher(line);
                if (m.find()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
