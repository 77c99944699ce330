package org.dyad.code;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Lemma keys under which patterns are stored and looked up. The tokenizer splits hyphenated words
 * ("cease-fire" becomes "cease", "-", "fire"; "re-open" becomes "re", "-", "open"), and writers spell
 * the same word with and without the hyphen, so keys drop hyphens and a token preceded by a hyphen
 * written without spaces also has the key of the whole word, as has the first part of a word whose
 * second part is a particle ("sit-in").
 */
final class Lemmas {

    private Lemmas() {
    }

    /** British spellings under their American keys, whole words: one pattern serves both. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("programme", "program"), Map.entry("defence", "defense"), Map.entry("offence", "offense"),
            Map.entry("licence", "license"), Map.entry("labour", "labor"), Map.entry("harbour", "harbor"),
            Map.entry("neighbour", "neighbor"), Map.entry("favour", "favor"), Map.entry("honour", "honor"),
            Map.entry("centre", "center"), Map.entry("endeavour", "endeavor"), Map.entry("rumour", "rumor"));

    /** Stems spelt "-ise" / "-isation" in British use and "-ize" / "-ization" in American ("criticise"). */
    private static final Set<String> ISE_STEMS = Set.of("mobil", "demobil", "vandal", "terror", "sympath", "recogn",
            "pressur", "normal", "national", "legal", "final", "emphas", "demon", "critic", "apolog", "organ",
            "author", "legitim", "destabil", "stabil", "jeopard", "privat", "penal", "neutral", "scrutin", "priorit",
            "militar", "demilitar", "radical", "marginal", "modern", "liberal", "criminal", "decriminal", "util",
            "central", "decentral", "colon", "harmon", "equal", "subsid", "sanit", "galvan", "antagon", "patron");

    /** The key of a dictionary lemma: lower case, no hyphens ("cease-fire" and "ceasefire" agree), American spelling. */
    static String key(String lemma) {
        String k = lemma.toLowerCase(Locale.ROOT).replace("-", "");
        String american = SPELLINGS.get(k);
        if (american != null) {
            return american;
        }
        for (String ending : List.of("ise", "isation")) {
            if (k.endsWith(ending) && ISE_STEMS.contains(k.substring(0, k.length() - ending.length()))) {
                return k.substring(0, k.length() - ending.length()) + ending.replace('s', 'z');
            }
        }
        return k;
    }

    /**
     * The key of a token's lemma. A plural the tagger took for a proper noun keeps its plural as
     * lemma ("Sanctions against Iran ..." at the start of a sentence), so its "s" is dropped.
     */
    static String key(Token t) {
        String k = key(t.lemma());
        if (t.tag().equals("NNPS") && k.endsWith("s") && !k.endsWith("ss") && k.length() > 3) {
            return k.substring(0, k.length() - 1);
        }
        return k;
    }

    /**
     * The key of the whole hyphenated word a token stands for, or null: the word it ends
     * ("cease-fire" at "fire"), or the word it begins when the rest is a particle that cannot carry
     * the word itself ("sit-in", "walk-out", "build-up": the parser makes "sit" the noun).
     */
    static String joined(List<Token> tokens, int i) {
        if (i >= 2 && hyphenated(tokens, i - 2)) {
            return key(tokens.get(i - 2).word() + tokens.get(i).lemma());
        }
        if (i + 2 < tokens.size() && hyphenated(tokens, i)) {
            Token rest = tokens.get(i + 2);
            if (!rest.isNoun() && !rest.isVerb() && !rest.tag().startsWith("JJ")) {
                return key(tokens.get(i).word() + rest.word());
            }
        }
        return null;
    }

    /** Whether tokens first, first + 1 and first + 2 are one word written with a hyphen and no spaces. */
    private static boolean hyphenated(List<Token> tokens, int first) {
        Token a = tokens.get(first);
        Token hyphen = tokens.get(first + 1);
        Token b = tokens.get(first + 2);
        return hyphen.word().equals("-") && hyphen.begin() == a.end() && b.begin() == hyphen.end();
    }

    /** Whether the token at i has the lemma key, alone or as the end of a hyphenated word. */
    static boolean matches(Sentence s, int i, String key) {
        Token t = s.token(i);
        String own = key(t);
        // the lemmatizer keeps some plurals whole ("troops", "arms"): they match their singular item
        boolean plural = t.tag().startsWith("NNS") || t.tag().equals("NNPS");
        // a gerund item ("resume shelling") is met by the -ing form the tagger took for a verb ("shelling/VBG/shell")
        boolean gerund = t.tag().equals("VBG") && key(t.word()).equals(key);
        // a participle item ("call motivated") likewise by the -ed form tagged a verb ("motivated/VBN/motivate")
        boolean participle = t.tag().equals("VBN") && key(t.word()).equals(key);
        return own.equals(key) || plural && own.equals(key + "s") || gerund || participle
                || key.equals(joined(s.tokens(), i));
    }
}
