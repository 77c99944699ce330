package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Adds the dates the tokenizer keeps in one hyphenated word, which SUTime then does not see:
 * "mid-November", "late-November", "mid-1996", "post-1959". TimeML marks them with the value of the
 * month or year. A month gets the publication year here; {@link TenseAnchoring} then picks its year.
 */
final class HyphenatedDates {

    private static final Pattern WORD = Pattern.compile("(mid|early|late|post|pre)-([a-z]+|\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private HyphenatedDates() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor) {
        List<Timex> out = new ArrayList<>(timexes);
        for (int i = 0; i < s.tokens().size(); i++) {
            // one token, or three when the tokenizer splits at the hyphen ("late - November")
            int end = i + 3 <= s.tokens().size() && s.token(i + 1).word().equals("-") ? i + 3 : i + 1;
            String word = end == i + 3 ? s.token(i).word() + "-" + s.token(i + 2).word() : s.token(i).word();
            Matcher m = WORD.matcher(word.toLowerCase(Locale.ROOT));
            int begin = i;
            if (!m.matches() || timexes.stream().anyMatch(t -> t.begin() < end && begin < t.end())) {
                continue;
            }
            String value = null;
            if (m.group(2).matches("\\d{4}")) {
                value = m.group(2);
            } else if (MONTHS.containsKey(m.group(2)) && anchor != null && !m.group(1).startsWith("p")) {
                value = String.format(Locale.ROOT, "%d-%02d", anchor.getYear(), MONTHS.get(m.group(2)));
            }
            if (value != null) {
                out.add(new Timex(i, end, word, "DATE", value));
                i = end - 1;
            }
        }
        out.sort(Comparator.comparingInt(Timex::begin));
        return out;
    }
}
