package org.dyad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: political event data from news articles. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "Dyad 0.1.0",
        description = "Turns news articles into political event data: who did what to whom, when and where.",
        subcommands = {RunCommand.class, CodeCommand.class, EventsCommand.class, TimelineCommand.class,
                StoriesCommand.class, ActorsCommand.class, EvalCommand.class, ExportCommand.class, BenchCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:some inputs failed (others were processed; errors are named)",
                "2:usage error"})
public final class Main implements Runnable {

    /** Exit status when some inputs failed but the rest were processed. */
    static final int SOME_FAILED = 1;
    /** Exit status for a usage error. */
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UserException || e instanceof org.dyad.store.StoreException
                    || e instanceof org.dyad.resolve.DictionaryException || e instanceof IllegalArgumentException) {
                err.println("dyad: " + e.getMessage());
                if (System.getenv("DYAD_DEBUG") != null) {
                    e.printStackTrace(err);
                }
            } else {
                err.println("dyad: internal error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof UserException u ? u.exitCode() : SOME_FAILED;
        });
        return cl;
    }
}
