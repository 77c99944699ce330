package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.DuckDbStore;
import org.dyad.store.Links;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad stories}: the stories the stored articles were grouped into. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists stories, the oldest first: articles about one unfolding event, grouped by shared "
                + "names, words and time. dyad timeline --story ID shows a story's events.",
                "With --json, one line per story: {\"id\", \"title\", \"articles\": [article ids], \"events\": n} "
                        + "(n: asserted events)."})
final class StoriesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "One JSON object per story.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N stories (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N stories.")
    int offset;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || offset < 0) {
            throw new UserException("--limit must be positive and --offset not negative", Main.USAGE);
        }
        List<Links.Story> stories;
        try (DuckDbStore db = store.openExisting()) {
            stories = db.stories(limit, offset);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            for (Links.Story s : stories) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", s.id());
                o.put("title", s.title());
                ArrayNode a = o.putArray("articles");
                s.articles().forEach(a::add);
                o.put("events", s.events());
                out.println(JSON.writeValueAsString(o));
            }
            return 0;
        }
        if (stories.isEmpty()) {
            out.println("No stories stored.");
            return 0;
        }
        out.printf("%-19s %-10s %-10s %8s %6s  %s%n", "STORY", "FIRST", "LAST", "ARTICLES", "EVENTS", "TITLE");
        for (Links.Story s : stories) {
            out.printf("%-19s %-10s %-10s %8d %6d  %s%n", s.id(), s.first() == null ? "-" : s.first(),
                    s.last() == null ? "-" : s.last(), s.articles().size(), s.events(),
                    EventsCommand.abbreviate(s.title() == null ? "" : s.title(), 80));
        }
        out.printf("%d stor%s.%n", stories.size(), stories.size() == 1 ? "y" : "ies");
        return 0;
    }
}
