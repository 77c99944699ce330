package org.dyad.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written annotated sentences for tests that must run without NLP models.
 *
 * <p>Tokens are written {@code word/TAG} or {@code word/TAG/lemma} (the lemma defaults to the lower-cased
 * word); dependencies as {@code "rel head dependent"} with 0-based token indices, {@code -1} for root;
 * timexes as {@code "begin end VALUE"}.
 */
public final class Texts {

    private Texts() {
    }

    public static Sentence sentence(int index, String tokens) {
        return sentence(index, tokens, "", "");
    }

    public static Sentence sentence(int index, String tokens, String deps) {
        return sentence(index, tokens, deps, "");
    }

    public static Sentence sentence(int index, String tokens, String deps, String timexes) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] items = tokens.trim().split("\\s+");
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split("/");
            String word = p[0].replace('_', ' ');
            String tag = p.length > 1 ? p[1] : "NN";
            String lemma = p.length > 2 ? p[2] : word.toLowerCase();
            // punctuation and the parts of a hyphenated word ("cease/NN -/HYPH fire/NN") take no space
            boolean hyphenated = tag.equals("HYPH") || i > 0 && items[i - 1].startsWith("-/HYPH");
            if (text.length() > 0 && !word.matches("[.,;:!?]|'s|n't") && !hyphenated) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            String ner = tag.startsWith("NNP") ? "MISC" : "O";
            out.add(new Token(i, word, lemma, tag, ner, begin, text.length()));
        }
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps.split(";")) {
            if (d.isBlank()) {
                continue;
            }
            String[] p = d.trim().split("\\s+");
            ds.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        List<Timex> tx = new ArrayList<>();
        for (String t : timexes.split(";")) {
            if (t.isBlank()) {
                continue;
            }
            String[] p = t.trim().split("\\s+");
            int b = Integer.parseInt(p[0]);
            int e = Integer.parseInt(p[1]);
            tx.add(new Timex(b, e, out.subList(b, e).stream().map(Token::word).reduce((x, y) -> x + " " + y)
                    .orElse(""), "DATE", p[2]));
        }
        return new Sentence(index, 0, text.length(), text.toString(), out, ds, tx);
    }

    /** An article of the given sentences; sentence offsets are made consecutive. */
    public static AnnotatedArticle article(String id, LocalDate published, Sentence... sentences) {
        List<Sentence> shifted = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (Sentence s : sentences) {
            if (body.length() > 0) {
                body.append(' ');
            }
            int offset = body.length();
            body.append(s.text());
            List<Token> toks = s.tokens().stream().map(t -> new Token(t.index(), t.word(), t.lemma(), t.tag(),
                    t.ner(), t.begin() + offset, t.end() + offset)).toList();
            shifted.add(new Sentence(s.index(), offset, offset + s.text().length(), s.text(), toks,
                    s.dependencies(), s.timexes()));
        }
        Article a = new Article(id, "", body.toString(), null, null, published, "en", id);
        return new AnnotatedArticle(a, shifted);
    }
}
