package org.dyad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Location;
import org.dyad.model.PlaceMention;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.resolve.DictionaryResolver;
import org.dyad.stage.SentenceGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: how each actor mention in a text resolves, and why. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Shows how each actor mention in TEXT resolves and which rule or dictionary line decided it,"
                + " then the places it names.")
final class ActorsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", description = "The text to resolve (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the text (ISO); picks the term of office that applies.")
    String date;

    @Option(names = "--parse", description = "Also print each sentence's tokens, tags, NER and dependencies (CoNLL-U style).")
    boolean parse;

    @Mixin
    Options options;

    @Override
    public Integer call() {
        LocalDate d;
        try {
            d = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserException("--date must be an ISO date like 2022-02-15, got '" + date + "'", Main.USAGE);
        }
        DictionaryResolver resolver = options.resolver();
        Article a = new Article("text", "", text, null, null, d, "en", "command line");
        AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(a, SentenceGate.all());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (parse) {
            for (Sentence s : annotated.sentences()) {
                out.println("# " + s.text());
                for (org.dyad.model.Token t : s.tokens()) {
                    int head = s.head(t.index());
                    out.printf("%d\t%s\t%s\t%s\t%s\t%d\t%s%n", t.index() + 1, t.word(), t.lemma(), t.tag(), t.ner(),
                            head + 1, s.relation(t.index()));
                }
                s.timexes().forEach(x -> out.printf("#   timex \"%s\" %s %s%n", x.text(), x.type(), x.value()));
            }
        }
        ResolvedArticle resolved = resolver.resolve(annotated);
        int n = 0;
        for (ActorMention m : resolved.mentions()) {
            Sentence s = annotated.sentences().get(m.sentence());
            String span = s.text().substring(s.token(m.begin()).begin() - s.begin(), s.token(m.end() - 1).end() - s.begin());
            out.printf("%-32s -> %-10s %s%n     why: %s%n", "\"" + span + "\"", m.actor().code(),
                    m.actor().entity() == null ? "" : m.actor().entity(), m.why());
            n++;
        }
        if (n == 0) {
            out.println("No actor mentions found.");
        }
        for (PlaceMention p : resolved.places()) {
            Location l = p.place();
            out.printf("%-32s -> place %s, %s (%s%s)%n     as: %s%n", "\"" + l.text() + "\"", l.name(), l.country(),
                    l.precision(), l.lat() == null ? ", no coordinates" : String.format(java.util.Locale.ROOT,
                            " at %.2f, %.2f", l.lat(), l.lon()),
                    p.locative() ? "a location (the words before it say where)"
                            : "an actor or target; it locates only an attack on it");
        }
        return 0;
    }
}
