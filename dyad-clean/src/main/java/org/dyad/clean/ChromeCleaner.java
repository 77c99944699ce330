package org.dyad.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dyad.model.Article;
import org.dyad.stage.Cleaner;

/**
 * Drops site chrome from scraped article text, line by line, and keeps every sentence of the article.
 *
 * <p>Three kinds of line go: lines matching a chrome pattern (UI messages, reader widgets, share and
 * follow prompts; see {@code chrome.txt}), bylines and author boxes, and the short headline-like lines
 * of a related-links list under a "Related" or "More stories" heading. A line that reads as prose
 * (ends like a sentence and is long enough) is never taken for a list item.
 */
public final class ChromeCleaner implements Cleaner {

    private static final String RESOURCE = "chrome.txt";

    /** "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters", "By JANE DOE | Example Wire". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by)\\s+\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"
                    + "((\\s+and\\s+|\\s*,\\s*|\\s*[|–—-]\\s*)[^.!?]*)?\\.?");

    /** "Jane Doe is a senior correspondent covering Eastern Europe." */
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}(is|was|has been)\\s+(a|an|the|our)\\s+[^.]{0,120}?\\b"
                    + "(correspondent|reporter|editor|writer|journalist|contributor|columnist|producer|"
                    + "bureau chief|staff writer|freelance\\w*)\\b[^.]*\\.?");

    /** A heading that opens a related-links list; the lines under it are dropped too. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)(related|related (stories|articles|news|coverage|content|links)|more (stories|news|on this( story)?)"
                    + "|more from [\\w .]+|read more|see also|also read|recommended( for you)?|you (may|might) also like"
                    + "|top stories|most read|trending( now)?|latest news|top content trending)\\s*:?");

    private final List<Pattern> patterns;

    private ChromeCleaner(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The cleaner with Dyad's bundled chrome patterns. */
    public static ChromeCleaner standard() {
        try (InputStream in = ChromeCleaner.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ChromeCleaner(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled patterns plus a user's file of the same format. */
    public ChromeCleaner withPatterns(Path file) throws IOException {
        List<Pattern> all = new ArrayList<>(patterns);
        all.addAll(parse(Files.readString(file), file.toString()));
        return new ChromeCleaner(all);
    }

    static List<Pattern> parse(String text, String name) {
        List<Pattern> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String p = line.strip();
                if (p.isEmpty() || p.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(name + ":" + no + ": bad pattern: " + e.getDescription());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The article without chrome, its dateline set apart as a paragraph of its own. An article with
     * no publication date takes the date of its dateline, when it has one, as the anchor for
     * relative dates.
     */
    @Override
    public Article clean(Article article) {
        String body = Dateline.setApart(clean(article.body()));
        Article cleaned = article.withBody(body);
        if (article.published() == null) {
            cleaned = Dateline.date(body).map(d -> article.withBody(body).withMetadata(null, null, d, null)).orElse(cleaned);
        }
        return cleaned;
    }

    /** The text without chrome lines; paragraphs are separated by one blank line. */
    public String clean(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean inList = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
                continue;
            }
            if (LIST_HEADING.matcher(line).matches() && !endsLikeSentence(line)) {
                inList = true;
                continue;
            }
            if (inList && looksLikeListItem(line)) {
                continue;
            }
            inList = false;
            if (isChrome(line)) {
                continue;
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept).replaceAll("\n\n+", "\n\n").strip();
    }

    /** Whether a whole line is chrome by pattern, byline or author box. */
    public boolean isChrome(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(l).matches()) {
                return true;
            }
        }
        int words = l.split("\\s+").length;
        if (words <= 14 && BYLINE.matcher(l).matches() && !endsLikeSentence(l)) {
            return true;
        }
        return words <= 30 && AUTHOR_BOX.matcher(l).matches();
    }

    /** Headline-like: short and not ending as a sentence does. Prose is never a list item. */
    private static boolean looksLikeListItem(String line) {
        return line.split("\\s+").length <= 16 && !endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        boolean terminal = last == '.' || last == '!' || last == '"' || last == '”' || last == '\'';
        return terminal && line.split("\\s+").length >= 5;
    }
}
