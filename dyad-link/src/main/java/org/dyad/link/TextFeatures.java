package org.dyad.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the story clusterer compares articles by, read from the text alone with no NLP model: content
 * words (those of the title and first sentences count twice) and names (words written with a capital
 * inside sentences and never in lower case in the article).
 *
 * @param terms    content words with their weighted counts
 * @param entities names with their counts
 */
public record TextFeatures(Map<String, Float> terms, Map<String, Float> entities) {

    /** Sentences, counting the title as one, whose words count twice. */
    static final int LEAD_SENTENCES = 3;
    static final float LEAD_WEIGHT = 2f;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    /** A wire dateline, "SUKKUR —" or "NEW YORK, June 3 (Wire) --": the word after it starts a sentence. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .,'’]*\\p{Lu}\\.?)(?:,[^—–]{0,40}?)?\\s*(?:\\([^)]{0,40}\\))?\\s*(?:—|–|--|-)\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

    static final Set<String> STOP = Set.of(("a about above after again against all am an and any are as at be because "
            + "been before being below between both but by can could did do does doing down during each few for from "
            + "further had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me more most my myself no nor not now of off on once only or other our ours ourselves out over own "
            + "same she should so some such than that the their theirs them themselves then there these they this "
            + "those through to too under until up very was we were what when where which while who whom why will "
            + "with would you your yours yourself yourselves said says say also one two three new year years last "
            + "first told according since may might like get got week day days time people percent").split(" "));
    static final Set<String> CALENDAR = Set.of(("monday tuesday wednesday thursday friday saturday sunday january "
            + "february march april may june july august september october november december").split(" "));

    public TextFeatures {
        terms = Map.copyOf(terms);
        entities = Map.copyOf(entities);
    }

    /** The features of an article: its title (may be empty) and body. */
    public static TextFeatures of(String title, String body) {
        List<String> lines = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            lines.add(title.strip());
        }
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        // Names: capitalised inside a sentence of a line that is not title-cased, never lower-case.
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (String line : lines) {
            Matcher dateline = DATELINE.matcher(line);
            if (dateline.find()) {
                for (String w : words(dateline.group(1))) {
                    capitalised.add(normalise(w));
                }
                line = line.substring(dateline.end());
            }
            List<String> words = words(line);
            long caps = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
            boolean titleCase = !words.isEmpty() && caps > 0.6 * words.size();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String key = normalise(w);
                if (Character.isUpperCase(w.charAt(0))) {
                    if (i > 0 && !titleCase) {
                        capitalised.add(key);
                    }
                } else {
                    lower.add(key);
                }
            }
        }
        capitalised.removeAll(lower);
        capitalised.removeIf(e -> e.length() < 3 || STOP.contains(e) || CALENDAR.contains(e));

        Map<String, Float> terms = new LinkedHashMap<>();
        Map<String, Float> entities = new LinkedHashMap<>();
        int sentence = 0;
        for (String line : lines) {
            for (String s : SENTENCE_END.split(line)) {
                float weight = sentence < LEAD_SENTENCES ? LEAD_WEIGHT : 1f;
                for (String w : words(s)) {
                    String key = normalise(w);
                    if (capitalised.contains(key)) {
                        entities.merge(key, 1f, Float::sum);
                    }
                    if (key.length() < 3 || STOP.contains(key) || CALENDAR.contains(key)) {
                        continue;
                    }
                    terms.merge(key, weight, Float::sum);
                }
                sentence++;
            }
        }
        return new TextFeatures(terms, entities);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Lower case, without a possessive 's and without quotes or hyphens at the ends. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        int b = 0;
        int e = w.length();
        while (b < e && "'’-".indexOf(w.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && "'’-".indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        return w.substring(b, e);
    }

    /** A compact text form for the store: {@code t word=2.0 ...|e name=1.0 ...}, terms sorted. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        append(sb, terms);
        sb.append('|');
        append(sb, entities);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Map<String, Float> m) {
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '|') {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        });
    }

    public static TextFeatures decode(String s) {
        int bar = s.indexOf('|');
        return new TextFeatures(parse(bar < 0 ? s : s.substring(0, bar)), parse(bar < 0 ? "" : s.substring(bar + 1)));
    }

    private static Map<String, Float> parse(String s) {
        Map<String, Float> m = new LinkedHashMap<>();
        for (String item : s.split(" ")) {
            int eq = item.lastIndexOf('=');
            if (eq > 0) {
                m.put(item.substring(0, eq), Float.parseFloat(item.substring(eq + 1)));
            }
        }
        return m;
    }
}
