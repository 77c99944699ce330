package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.clean.ChromeCleaner;
import org.dyad.code.CameoTable;
import org.dyad.code.PatternCoder;
import org.dyad.code.VerbPatterns;
import org.dyad.pipeline.Pipeline;
import org.dyad.resolve.ActorDictionary;
import org.dyad.resolve.DictionaryResolver;
import picocli.CommandLine.Option;

/** Options shared by the commands that build a pipeline: dictionaries and threads. */
final class Options {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Extra actor dictionary (sections [countries], [places], [organizations], [agents], [persons]); "
                    + "its entries win over the bundled ones. Repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Extra verb patterns (format of the bundled verbs.txt), added to the bundled ones. Repeatable.")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--chrome", paramLabel = "FILE",
            description = "Extra site-chrome patterns (one regular expression per line) for the cleaner.")
    Path chrome;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    DictionaryResolver resolver() {
        ActorDictionary.Builder b = ActorDictionary.builder().addStandard();
        for (Path p : actors) {
            requireFile(p, "--actors");
            try {
                b.addUserFile(p);
            } catch (IOException e) {
                throw new UserException("cannot read --actors file " + p + ": " + e.getMessage(), Main.USAGE);
            }
        }
        return new DictionaryResolver(b.build());
    }

    PatternCoder coder() {
        verbs.forEach(p -> requireFile(p, "--verbs"));
        CameoTable cameo = CameoTable.standard();
        return new PatternCoder(VerbPatterns.load(cameo, verbs, true), cameo);
    }

    ChromeCleaner cleaner() {
        ChromeCleaner c = ChromeCleaner.standard();
        if (chrome == null) {
            return c;
        }
        requireFile(chrome, "--chrome");
        try {
            return c.withPatterns(chrome);
        } catch (IOException e) {
            throw new UserException("cannot read --chrome file " + chrome + ": " + e.getMessage(), Main.USAGE);
        }
    }

    /** Dictionaries first (quick to fail on a bad user file), then the models. */
    Pipeline pipeline() {
        DictionaryResolver resolver = resolver();
        PatternCoder coder = coder();
        ChromeCleaner cleaner = cleaner();
        return new Pipeline(cleaner, CoreNlpAnnotator.shared(), resolver, coder);
    }

    int threads() {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1", Main.USAGE);
        }
        return threads;
    }

    private static void requireFile(Path p, String option) {
        if (!Files.isRegularFile(p)) {
            throw new UserException(option + " file " + p + " does not exist", Main.USAGE);
        }
    }
}
