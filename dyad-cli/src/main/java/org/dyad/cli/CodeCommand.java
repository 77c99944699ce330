package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ArticleReader;
import org.dyad.stage.Cleaner;
import org.dyad.stage.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: code without storing, event records to standard output. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes articles without storing them and writes event records (JSONL) to standard output.",
                "Every event is written with its modality; filter on \"modality\" for asserted ones."})
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "FILE|-", description = "Input file, or - for standard input.")
    String input;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "More files or folders.")
    List<Path> more = new ArrayList<>();

    @Option(names = "--sentences", description = "Sentence mode: JSONL {\"id\", \"text\", \"date\"}, each line a one-sentence article.")
    boolean sentences;

    @Mixin
    Options options;

    @Override
    public Integer call() {
        if (input == null && more.isEmpty()) {
            throw new UserException("nothing to code: give --input FILE, --input - or INPUT paths", Main.USAGE);
        }
        Pipeline pipeline = options.pipeline();
        if (sentences) {
            pipeline = pipeline.withCleaner(Cleaner.none());
        }
        ArticleReader reader = sentences ? ArticleReader.sentences() : ArticleReader.articles();
        Stream<Input> inputs;
        if ("-".equals(input)) {
            inputs = Stream.concat(reader.read(System.in, "<stdin>"), reader.read(more));
        } else {
            List<Path> paths = new ArrayList<>();
            if (input != null) {
                paths.add(Path.of(input));
            }
            paths.addAll(more);
            inputs = reader.read(paths);
        }
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int[] failures = {0};
        pipeline.run(inputs, options.threads(), new Pipeline.Listener() {
            @Override
            public void coded(CodedArticle article) {
                try {
                    for (Event e : article.events()) {
                        out.write(EventJson.write(e));
                        out.write('\n');
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void failed(Input.Failed f) {
                failures[0]++;
                System.err.println("dyad: skipped " + f.origin() + ": " + f.reason());
            }
        });
        return failures[0] == 0 ? 0 : Main.SOME_FAILED;
    }
}
