package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.stage.Annotator;
import org.dyad.stage.SentenceGate;

/**
 * The NLP adapter: Stanford CoreNLP behind Dyad's {@link Annotator}. No other module sees CoreNLP.
 *
 * <p>Annotation runs in two passes. The cheap one (tokenize, ssplit, pos, lemma) covers every
 * sentence. The expensive one (NER with SUTime, UD dependency parse) runs only on the sentences the
 * coder's {@link SentenceGate} admits, because most sentences of a news article hold no codable event
 * and the parser and NER are where the time goes. Fine-grained NER rules are off: they cost 60% of
 * NER time and Dyad resolves actors with its own dictionaries.
 *
 * <p>Models load once per process ({@link #shared()}); CoreNLP's annotators are thread-safe, so one
 * instance serves all worker threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP shallow;
    private final StanfordCoreNLP deep;

    private CoreNlpAnnotator() {
        Properties base = new Properties();
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        base.setProperty("tokenize.language", "en");
        // A blank line ends a sentence: headlines, datelines and list items have no final period.
        base.setProperty("ssplit.newlineIsSentenceBreak", "two");
        shallow = new StanfordCoreNLP(base);

        Properties heavy = new Properties();
        heavy.setProperty("annotators", "ner,depparse");
        heavy.setProperty("enforceRequirements", "false");
        heavy.setProperty("ner.applyFineGrained", "false");
        heavy.setProperty("ner.buildEntityMentions", "false");
        heavy.setProperty("ner.useSUTime", "true");
        heavy.setProperty("ner.applyNumericClassifiers", "true");
        deep = new StanfordCoreNLP(heavy);
    }

    /** The process-wide annotator; the first call loads the models (several seconds). */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator();
                    shared = a;
                }
            }
        }
        return a;
    }

    @Override
    public AnnotatedArticle annotate(Article article, SentenceGate gate) {
        String text = article.body();
        Annotation doc = new Annotation(text);
        shallow.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);

        List<List<Token>> shallowTokens = new ArrayList<>();
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            ArticleNouns.apply(s.get(CoreAnnotations.TokensAnnotation.class));
            List<Token> tokens = tokens(s);
            shallowTokens.add(tokens);
            if (gate.mayHoldEvent(tokens)) {
                selected.add(s);
            }
        }
        if (!selected.isEmpty()) {
            deep.annotate(subDocument(text, selected, article));
        }

        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        ArticleTime context = new ArticleTime(article.published());
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            boolean parsed = selected.contains(s);
            Sentence sentence = new Sentence(i, begin, end, text.substring(begin, end),
                    parsed ? tokens(s) : shallowTokens.get(i),
                    parsed ? dependencies(s) : List.of(),
                    parsed ? timexes(s) : List.of());
            if (parsed) {  // also without SUTime expressions: some stages add what SUTime missed
                sentence = new Sentence(sentence.index(), begin, end, sentence.text(), sentence.tokens(),
                        sentence.dependencies(), normalise(sentence, context));
            }
            sentences.add(sentence);
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * SUTime's expressions after Dyad's corrections, in order: drop what TimeML does not mark, split
     * SUTime's unreadable composites into their readable parts, add the dates hidden in hyphenated
     * words ("mid-November") and the decades named in words ("the nineties"), anchor by tense, set
     * granularity, mark offsets from told events as durations ("three days later"), complete the
     * counts of durations, resolve quarters (which needs the granularity of "a year ago"), add the
     * reporting periods SUTime misses, resolve years, count "the following month" from the month last
     * named, and give vague periods their reference values. The context carries what earlier
     * sentences of the article established (the quarter it reports on, the year, month and day it
     * last named).
     */
    static List<org.dyad.model.Timex> normalise(Sentence sentence, ArticleTime context) {
        List<org.dyad.model.Timex> t = UnmarkedTimexes.apply(sentence, sentence.timexes());
        t = CompositeParts.apply(sentence, t, context.published());
        t = HyphenatedDates.apply(sentence, t, context.published());
        t = DecadeNames.apply(sentence, t, context.published());
        t = TenseAnchoring.apply(sentence, t, context.published());
        t = TimexGranularity.apply(sentence, t);
        t = RelativeOffsets.apply(sentence, t);
        t = DurationCounts.apply(sentence, t);
        t = QuarterResolution.apply(sentence, t, context.published(), context.quarter());
        t = ReportingPeriods.apply(sentence, t, context.published(), context.quarter());
        t = YearReferences.apply(sentence, t, context.published(), context.lastYear());
        t = AnaphoricDates.apply(sentence, t, context.lastDay(), context.lastMonth());
        t = VagueReferences.apply(sentence, t);
        context.saw(sentence, t);
        return t;
    }

    /** A document holding only the chosen sentences, dated for SUTime. */
    private static Annotation subDocument(String text, List<CoreMap> sentences, Article article) {
        Annotation sub = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (article.published() != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        return sub;
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            out.add(new Token(i, l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                    e.getDependent().index() - 1));
        }
        return out;
    }

    /** Consecutive tokens carrying the same SUTime timex form one expression. */
    private static List<org.dyad.model.Timex> timexes(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<org.dyad.model.Timex> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            Timex t = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size()) {
                Timex next = labels.get(j).get(TimeAnnotations.TimexAnnotation.class);
                if (next == null || !next.tid().equals(t.tid())) {
                    break;
                }
                j++;
            }
            StringBuilder words = new StringBuilder();
            for (int k = i; k < j; k++) {
                words.append(k > i ? " " : "").append(labels.get(k).word());
            }
            out.add(new org.dyad.model.Timex(i, j, words.toString(), t.timexType(), t.value()));
            i = j;
        }
        return out;
    }
}
