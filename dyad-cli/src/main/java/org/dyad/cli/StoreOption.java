package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db}: where the embedded store lives. */
final class StoreOption {

    static final String ENV = "DYAD_DB";
    static final String DEFAULT = "dyad.duckdb";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: $" + ENV + ", else ./" + DEFAULT + ").")
    Path db;

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv(ENV);
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
}
