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

    /** Opens the store, saying so on standard error when this upgraded an older file. */
    org.dyad.store.DuckDbStore open() {
        org.dyad.store.DuckDbStore db = org.dyad.store.DuckDbStore.open(path());
        if (db.upgradedFrom() == 2) {
            System.err.printf("dyad: upgraded %s from schema 2 to %d: events without a PLOVER type (CAMEO 01 "
                    + "statements) can now be stored; articles stored before keep their coding (run them into a new "
                    + "database to code their statements)%n", db.path(), org.dyad.store.DuckDbStore.SCHEMA_VERSION);
        } else if (db.upgradedFrom() > 0) {
            System.err.printf("dyad: upgraded %s from schema %d to %d: events are now linked across articles (the "
                    + "events stored before are linked by the next 'dyad run'), and events without a PLOVER type "
                    + "(CAMEO 01 statements) can be stored; articles stored before keep their coding%n", db.path(),
                    db.upgradedFrom(), org.dyad.store.DuckDbStore.SCHEMA_VERSION);
        }
        return db;
    }

    /** Opens a store that must exist already: querying a missing file is a usage error, not a new store. */
    org.dyad.store.DuckDbStore openExisting() {
        if (!java.nio.file.Files.exists(path())) {
            throw new UserException("no database at " + path() + "; run 'dyad run INPUT...' first or pass --db",
                    Main.USAGE);
        }
        return open();
    }

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv(ENV);
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
}
