package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventExport;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the stored events in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the stored events as PLOVER JSONL, CSV, GDELT-style TSV or Parquet.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "plover, csv, gdelt or parquet.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (default: standard output; required for parquet).")
    Path output;

    @Option(names = "--all-modalities", description = "Include negated, hypothetical, future and denied events.")
    boolean allModalities;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        EventExport.Format f;
        try {
            f = EventExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--format takes plover, csv, gdelt or parquet, not '" + format + "'", Main.USAGE);
        }
        if (f == EventExport.Format.PARQUET && output == null) {
            throw new UserException("parquet needs --output FILE", Main.USAGE);
        }
        List<Event> events;
        try (DuckDbStore db = store.openExisting()) {
            EventQuery all = EventQuery.all();
            events = db.events(new EventQuery(null, null, null, null,
                    allModalities ? EnumSet.allOf(Modality.class) : null, null, null, all.limit(), 0));
        }
        if (output != null) {
            EventExport.write(events, f, output);
            System.err.printf("dyad: wrote %d events to %s%n", events.size(), output);
        } else {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            EventExport.write(events, f, w);
        }
        return 0;
    }
}
