package org.dyad.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Years that SUTime reads as a bare unit or as the current year:
 * <ul>
 *   <li>"the year ended March 31", "the fiscal year ending June 30" is a reporting period counted back
 *       from its end, which TimeML writes as a duration (P1Y), not as the calendar year of
 *       publication;</li>
 *   <li>"year end", "year's end" without a year is the end of the publication year, where SUTime marks
 *       only "year" and writes a duration;</li>
 *   <li>"that year", "later that year" refers back to the year last named in the article, and "the
 *       following year" and "the previous year" count from it;</li>
 *   <li>"the past year" is the calendar year before publication, where SUTime writes the current one.</li>
 * </ul>
 */
final class YearReferences {

    private static final Set<String> ENDING = Set.of("ended", "ending", "through");
    private static final Set<String> ANAPHORIC = Set.of("that", "same");

    private YearReferences() {
    }

    /**
     * @param lastYear the year last written out in the article before this expression ("1998"), or
     *                 {@code null}
     */
    static List<Timex> apply(Sentence s, List<Timex> timexes, LocalDate anchor, String lastYear) {
        List<Timex> out = new ArrayList<>(timexes.size());
        String named = lastYear;
        for (Timex t : timexes) {
            out.add(year(s, t, anchor, named));
            for (int i = t.begin(); i < t.end(); i++) {
                String w = s.token(i).word();
                if (w.matches("\\d{4}") && t.value() != null && t.value().startsWith(w)) {
                    named = w;  // "in 1988 ... that year" within one sentence
                }
            }
        }
        return out;
    }

    private static Timex year(Sentence s, Timex t, LocalDate anchor, String lastYear) {
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        if (!last.equals("year") || t.value() == null) {
            return t;
        }
        String after = t.end() < s.tokens().size() ? s.token(t.end()).word().toLowerCase(Locale.ROOT) : "";
        String after2 = t.end() + 1 < s.tokens().size() ? s.token(t.end() + 1).word().toLowerCase(Locale.ROOT) : "";
        String before = t.begin() > 0 ? s.token(t.begin() - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean definite = s.token(t.begin()).word().equalsIgnoreCase("the");
        if (definite && ENDING.contains(after) && "DATE".equals(t.type())) {
            return new Timex(t.begin(), t.end(), t.text(), "DURATION", "P1Y");
        }
        String modifier = t.end() - t.begin() >= 2 ? s.token(t.end() - 2).word().toLowerCase(Locale.ROOT) : before;
        if (definite && t.end() - t.begin() == 3 && "DATE".equals(t.type())) {
            if (modifier.equals("past") && anchor != null && t.value().equals(String.valueOf(anchor.getYear()))) {
                // TimeBank writes "the past year" as the calendar year before publication
                return new Timex(t.begin(), t.end(), t.text(), "DATE", String.valueOf(anchor.getYear() - 1));
            }
            if (lastYear != null && (modifier.equals("following") || modifier.equals("previous"))) {
                int year = Integer.parseInt(lastYear) + (modifier.equals("following") ? 1 : -1);
                return new Timex(t.begin(), t.end(), t.text(), "DATE", String.valueOf(year));
            }
        }
        if (t.end() - t.begin() == 1 && "P1Y".equals(t.value())) {
            if (anchor != null && (after.equals("end") || after.equals("'s") && after2.equals("end"))) {
                return new Timex(t.begin(), t.end(), t.text(), "DATE", String.valueOf(anchor.getYear()));
            }
            if (lastYear != null && ANAPHORIC.contains(before)) {
                return new Timex(t.begin(), t.end(), t.text(), "DATE", lastYear);
            }
        }
        return t;
    }
}
