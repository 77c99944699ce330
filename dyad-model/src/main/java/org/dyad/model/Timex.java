package org.dyad.model;

/**
 * A temporal expression found in a sentence, normalised against the article's publication date.
 *
 * @param begin first token index
 * @param end   token index after the last token
 * @param text  the expression as written ("on Tuesday" gives "Tuesday")
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: "2022-02-15", "2022-W07", "2022-02", "PRESENT_REF", "XXXX-02-15", ...
 */
public record Timex(int begin, int end, String text, String type, String value) {

    public boolean covers(int tokenIndex) {
        return tokenIndex >= begin && tokenIndex < end;
    }
}
