package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.dyad.model.Article;

/**
 * The baseline for benchmarks: stock CoreNLP with the same annotators Dyad uses (tokenize, ssplit,
 * pos, lemma, ner, depparse) at their default settings, on every sentence. It is what a user of
 * CoreNLP alone would run, and it returns nothing but a sentence count.
 */
public final class BareCoreNlp {

    private final StanfordCoreNLP pipeline;

    public BareCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the article body fully; returns the number of sentences. */
    public int annotate(Article article) {
        Annotation doc = new Annotation(article.body());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
