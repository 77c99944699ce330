package org.dyad.code;

import java.util.List;
import java.util.Locale;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Lemma keys under which patterns are stored and looked up. The tokenizer splits hyphenated words
 * ("cease-fire" becomes "cease", "-", "fire"; "re-open" becomes "re", "-", "open"), and writers spell
 * the same word with and without the hyphen, so keys drop hyphens and a token preceded by a hyphen
 * written without spaces also has the key of the whole word.
 */
final class Lemmas {

    private Lemmas() {
    }

    /** The key of a dictionary lemma: lower case, no hyphens ("cease-fire" and "ceasefire" agree). */
    static String key(String lemma) {
        return lemma.toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** The key of the whole hyphenated word a token ends, or null when it ends none ("cease-fire"). */
    static String joined(List<Token> tokens, int i) {
        if (i < 2) {
            return null;
        }
        Token hyphen = tokens.get(i - 1);
        Token first = tokens.get(i - 2);
        Token last = tokens.get(i);
        if (!hyphen.word().equals("-") || hyphen.begin() != first.end() || last.begin() != hyphen.end()) {
            return null;
        }
        return key(first.word() + last.lemma());
    }

    /** Whether the token at i has the lemma key, alone or as the end of a hyphenated word. */
    static boolean matches(Sentence s, int i, String key) {
        return key(s.token(i).lemma()).equals(key) || key.equals(joined(s.tokens(), i));
    }
}
