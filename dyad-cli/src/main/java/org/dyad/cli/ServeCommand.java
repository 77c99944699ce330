package org.dyad.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the JSON API and the web page over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (at /) and a read-only JSON API (under /api; described at /api/openapi.json) "
                + "over the database, until interrupted.",
                "With a token (--token or $DYAD_TOKEN), articles can also be posted to /api/articles to be coded and "
                        + "stored; the dictionary options then apply to them."})
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "DYAD_TOKEN";

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token that POST /api/articles must send as 'Authorization: Bearer TOKEN' "
                    + "(default: $" + TOKEN_ENV + "). Without one, the API is read-only.")
    String token;

    @Mixin
    StoreOption store;

    @Mixin
    Options options;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be from 0 to 65535, got " + port, Main.USAGE);
        }
        String secret = token != null ? token : System.getenv(TOKEN_ENV);
        boolean ingest = secret != null && !secret.isBlank();
        if (!ingest && !Files.exists(store.path())) {
            throw new UserException("no database at " + store.path() + "; run 'dyad run INPUT...' first, pass --db, "
                    + "or give a --token to add articles over HTTP", Main.USAGE);
        }
        if (ingest) {
            // Fail now on a bad dictionary file rather than on the first POST.
            options.resolver();
            options.coder();
            options.cleaner();
        }
        DuckDbStore db = store.open();
        DyadServer server = new DyadServer(db, ingest ? secret : null, ingest ? options::pipeline : null);
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            db.close();
            String msg = String.valueOf(e.getMessage());
            if (msg.toLowerCase().contains("already in use") || msg.toLowerCase().contains("bind")) {
                throw new UserException("cannot listen on " + host + ":" + port + " (" + msg
                        + "); pick another port with --port", Main.SOME_FAILED);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(server, db);
            stopped.countDown();
        }, "dyad-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.warmUp();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.printf("Dyad is serving %s at http://%s:%d/ (API under /api, ingestion %s). Press Ctrl-C to stop.%n",
                store.path(), shown, server.port(), ingest ? "on" : "off");
        System.err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // interrupted by an embedding caller (tests): stop as on Ctrl-C
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(server, db);
        }
        return 0;
    }

    private static void stop(DyadServer server, DuckDbStore db) {
        try {
            server.close();
        } finally {
            synchronized (db) {
                db.close();
            }
        }
    }
}
