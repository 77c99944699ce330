package org.dyad.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pattern dictionary ({@code verbs.txt}, format in its header), indexed by trigger. Patterns of
 * the bare statement (010: "said", "stated") are kept but silent: a statement is coded by what it
 * says, never as a statement of its own, yet a more specific statement pattern must still beat a
 * general eventful one ("issued a statement" is no issuing). The specific statements (011-019:
 * "declined to comment", "expressed condolences") are events without a PLOVER type.
 */
public final class VerbPatterns {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern ITEM = Pattern.compile("([a-z][a-z'-]*|\\$)(:[a-z][a-z'-]*)?");

    /** The bare statement codes: what a statement says is coded, not that it was made. */
    private static final Set<String> BARE_STATEMENT = Set.of("01", "010");

    /** The item that asks for a direct object of any word: "084 return * [to!]" ("returned looted bronzes to Nigeria"). */
    static final String ANY_OBJECT = "*";

    private final Map<String, List<VerbPattern>> verbs;
    private final Map<String, List<VerbPattern>> nouns;
    private final Set<VerbPattern> silent;

    private VerbPatterns(Map<String, List<VerbPattern>> verbs, Map<String, List<VerbPattern>> nouns,
                         Set<VerbPattern> silent) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.silent = silent;
    }

    public static VerbPatterns standard(CameoTable cameo) {
        return load(cameo, List.of(), true);
    }

    /** The bundled patterns (unless {@code withBundled} is false) followed by users' files. */
    public static VerbPatterns load(CameoTable cameo, List<Path> userFiles, boolean withBundled) {
        List<String> errors = new ArrayList<>();
        List<VerbPattern> all = new ArrayList<>();
        if (withBundled) {
            parse(resource(), "verbs.txt", cameo, all, errors);
        }
        for (Path f : userFiles) {
            try {
                parse(Files.readString(f, StandardCharsets.UTF_8), f.toString(), cameo, all, errors);
            } catch (IOException e) {
                errors.add(f + ": cannot read: " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.size() + " error(s) in verb patterns:\n  "
                    + String.join("\n  ", errors));
        }
        Map<String, List<VerbPattern>> verbs = new HashMap<>();
        Map<String, List<VerbPattern>> nouns = new HashMap<>();
        Set<VerbPattern> silent = Collections.newSetFromMap(new IdentityHashMap<>());
        for (VerbPattern p : all) {
            if (BARE_STATEMENT.contains(p.code())) {
                silent.add(p);
            }
            (p.nominal() ? nouns : verbs).computeIfAbsent(Lemmas.key(p.lemma()), k -> new ArrayList<>()).add(p);
        }
        return new VerbPatterns(verbs, nouns, silent);
    }

    static void parse(String text, String file, CameoTable cameo, List<VerbPattern> out, List<String> errors) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = file + ":" + (i + 1);
            String[] items = line.split("\\s+");
            if (items.length < 2) {
                errors.add(at + ": expected 'CODE PATTERN'");
                continue;
            }
            if (!CODE.matcher(items[0]).matches() || !cameo.contains(items[0])) {
                errors.add(at + ": '" + items[0] + "' is not a CAMEO code");
                continue;
            }
            String trigger = items[1];
            boolean nominal = trigger.startsWith("n:");
            if (nominal) {
                trigger = trigger.substring(2);
            }
            if (!ITEM.matcher(trigger).matches() || trigger.contains(":")) {
                errors.add(at + ": bad trigger '" + items[1] + "'");
                continue;
            }
            List<String> constraints = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            boolean required = false;
            boolean ok = true;
            for (int k = 2; k < items.length; k++) {
                String item = items[k];
                if (item.startsWith("[") && item.endsWith("!]")) {
                    targets.add(item.substring(1, item.length() - 2));  // "[obj!]": no event without this target
                    required = true;
                } else if (item.startsWith("[") && item.endsWith("]")) {
                    targets.add(item.substring(1, item.length() - 1));
                } else if (item.startsWith("<") && item.endsWith(">") && item.length() > 2) {
                    sources.add(item.substring(1, item.length() - 1));  // "<from>": the source's preposition
                } else if (item.equals(ANY_OBJECT)) {
                    constraints.add(item);  // "*": some direct object, whatever its word
                } else if (ITEM.matcher(item).matches()) {
                    int colon = item.indexOf(':');  // "prep:lemma" keeps its preposition as written
                    constraints.add(colon < 0 ? Lemmas.key(item) : item.substring(0, colon + 1) + Lemmas.key(item.substring(colon + 1)));
                } else {
                    errors.add(at + ": bad item '" + item + "' (lemma, prep:lemma, *, [prep], [prep!] or <prep>)");
                    ok = false;
                }
            }
            if (ok) {
                out.add(new VerbPattern(items[0], trigger, nominal, constraints, targets, at, sources, required));
            }
        }
    }

    public List<VerbPattern> forVerb(String lemma) {
        return verbs.getOrDefault(Lemmas.key(lemma), List.of());
    }

    public List<VerbPattern> forNoun(String lemma) {
        return nouns.getOrDefault(Lemmas.key(lemma), List.of());
    }

    /** Whether a pattern codes no event (a bare statement, 010): it only keeps general patterns from matching. */
    public boolean silent(VerbPattern p) {
        return silent.contains(p);
    }

    /** Every trigger lemma of an eventful pattern, for the sentence gate. */
    public Set<String> verbLemmas() {
        return eventful(verbs);
    }

    public Set<String> nounLemmas() {
        return eventful(nouns);
    }

    private Set<String> eventful(Map<String, List<VerbPattern>> index) {
        Set<String> out = new HashSet<>();
        index.forEach((lemma, list) -> {
            if (list.stream().anyMatch(p -> !silent(p))) {
                out.add(lemma);
            }
        });
        return out;
    }

    /** The number of eventful patterns. */
    public int size() {
        return (int) (verbs.values().stream().flatMap(List::stream).filter(p -> !silent(p)).count()
                + nouns.values().stream().flatMap(List::stream).filter(p -> !silent(p)).count());
    }

    private static String resource() {
        try (InputStream in = VerbPatterns.class.getResourceAsStream("verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource verbs.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
