package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends a tagger error the parser cannot recover from: in "An Israeli drone struck a car" or "The drone
 * hit a power plant" the tagger may read the noun as a base-form verb, and the parse then has no
 * subject for the real verb. A base form (VB) right after an article, or after an article and
 * adjectives or names ("a Russian drone"), and right before a verb with tense or a participle (or a
 * common noun and then such a verb: "the drone attack killed"), is a noun: no verb follows an article, and two verbs do not stand side by side without a subject.
 * Not after a common noun, where "demanded that the army withdraw" is a verb, nor for "be", "have"
 * or "do", nor after "that" or a verb ("demanded that the IAEA be barred", "let the UN decide"),
 * where a subjunctive or bare infinitive may follow its subject.
 */
final class ArticleNouns {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> MODIFIERS = Set.of("JJ", "JJR", "JJS", "NNP");
    private static final Set<String> VERBS = Set.of("VBD", "VBZ", "VBP", "VBN", "MD");
    /** Base forms that are never nouns: "that the IAEA be barred" is a subjunctive passive. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    private ArticleNouns() {
    }

    /**
     * Whether a tensed verb stands at {@code k}, or after one common noun there: "the Israeli drone
     * attack killed two" has the mistagged noun inside a compound.
     */
    private static boolean beforeTensedVerb(List<CoreLabel> tokens, int k) {
        if (VERBS.contains(tokens.get(k).tag())) {
            return true;
        }
        return Set.of("NN", "NNS").contains(tokens.get(k).tag()) && k + 1 < tokens.size()
                && VERBS.contains(tokens.get(k + 1).tag());
    }

    /** Retags in place the base forms of one sentence's tokens that are nouns after an article. */
    static void apply(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!"VB".equals(tokens.get(i).tag()) || !beforeTensedVerb(tokens, i + 1)
                    || AUXILIARIES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && i - j <= 3 && MODIFIERS.contains(tokens.get(j).tag())) {
                j--;
            }
            boolean subjunctive = j > 0 && (tokens.get(j - 1).word().equalsIgnoreCase("that")
                    || tokens.get(j - 1).tag().startsWith("VB"));
            if (ARTICLES.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)) && !subjunctive) {
                tokens.get(i).setTag("NN");
            }
        }
    }
}
