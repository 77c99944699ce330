package org.dyad.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.stage.ActorResolver;

/**
 * Finds actor mentions with the {@link ActorDictionary} and resolves them sentence by sentence.
 *
 * <p>Rules, in the order they apply within a noun phrase:
 * <ol>
 *   <li>dictionary forms, longest first: countries, adjectives, capitals, organisations, agent nouns,
 *       named persons (the term of office that covers the article date gives country and sector);</li>
 *   <li>a country or adjective before an agent noun gives that country with the agent's sector
 *       ("Russian troops", "Russia's foreign minister"), and coordinated adjectives give one actor
 *       each ("Hungarian and Romanian officials");</li>
 *   <li>a title before a known name is the person ("Foreign Minister Sergey Lavrov");</li>
 *   <li>a bare surname after the full name in the same article is that person;</li>
 *   <li>"he"/"she" take the nearest earlier person of that gender, "it"/"they" the nearest earlier
 *       country or organisation, "the minister" the nearest earlier person of that sector, over the
 *       sentence and the three before it;</li>
 *   <li>an agent noun with no country ("police", "the government") takes the article's most
 *       mentioned country.</li>
 * </ol>
 * It works on tokens and tags only, so it runs on every sentence, parsed or not: pronouns need the
 * actors of sentences that hold no event.
 */
public final class DictionaryResolver implements ActorResolver {

    private static final int PRONOUN_WINDOW = 3;
    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> GROUP = Set.of("it", "its", "they", "them", "their");
    /** Agent nouns that name one office holder and so, with "the", point back at a person. */
    private static final Set<String> TITLES = Set.of("minister", "secretary", "president", "premier",
            "chancellor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "leader",
            "prime minister", "foreign minister", "defence minister", "defense minister", "diplomat", "king",
            "official", "governor", "mayor", "general", "commander");

    private final ActorDictionary dictionary;

    public DictionaryResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public ResolvedArticle resolve(AnnotatedArticle article) {
        LocalDate date = article.article().published();
        List<Found> found = new ArrayList<>();
        Map<String, Entry> surnames = new HashMap<>();
        for (Sentence s : article.sentences()) {
            found.addAll(matchSentence(s, date, surnames));
        }
        String dominant = dominantCountry(found);
        List<ActorMention> mentions = new ArrayList<>();
        List<ActorMention> resolvedSoFar = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Found f : found) {
                if (f.sentence != s.index()) {
                    continue;
                }
                List<ActorMention> ms = f.resolve(resolvedSoFar, dominant, s);
                mentions.addAll(ms);
                resolvedSoFar.addAll(ms);
            }
        }
        return new ResolvedArticle(article, mentions);
    }

    /** Resolves a single text's mentions, for {@code dyad actors}. */
    public List<ActorMention> explain(AnnotatedArticle article) {
        return resolve(article).mentions();
    }

    // ---- matching ----

    /** A dictionary match: token span and its entries. */
    private record Match(int begin, int end, List<Entry> entries) {
        Entry.Kind kind() {
            return entries.get(0).kind();
        }
    }

    private List<Found> matchSentence(Sentence s, LocalDate date, Map<String, Entry> surnames) {
        List<Token> t = s.tokens();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Match m = longestAt(s, i, date);
            if (m == null && surnames.containsKey(t.get(i).word()) && t.get(i).isProperNoun()) {
                m = new Match(i, i + 1, List.of(surnames.get(t.get(i).word())));
            }
            if (m == null) {
                i++;
                continue;
            }
            matches.add(m);
            if (m.kind() == Entry.Kind.PERSON) {
                String[] parts = s.text().substring(t.get(m.begin).begin() - s.begin(),
                        t.get(m.end - 1).end() - s.begin()).split("\\s+");
                if (parts.length > 1) {
                    surnames.put(parts[parts.length - 1], m.entries.get(0));
                }
            }
            i = m.end;
        }
        return group(s, matches);
    }

    private Match longestAt(Sentence s, int i, LocalDate date) {
        List<Token> t = s.tokens();
        int max = Math.min(t.size(), i + dictionary.longestForm() + 1);
        for (int j = max; j > i; j--) {
            String surface = s.text().substring(t.get(i).begin() - s.begin(), t.get(j - 1).end() - s.begin());
            if (j == i + 1 && surface.equalsIgnoreCase("the")) {
                continue;
            }
            List<Entry> entries = dictionary.lookup(surface);
            if (!entries.isEmpty()) {
                Entry best = choose(entries, date);
                if (best.kind() == Entry.Kind.AGENT && !t.get(j - 1).isNoun()) {
                    continue;  // "official" as an adjective, "general" in "in general"
                }
                if (best.kind() == Entry.Kind.COUNTRY && j == i + 1 && !t.get(i).isProperNoun()
                        && !t.get(i).word().matches("[A-Z].*")) {
                    continue;
                }
                return new Match(i, j, List.of(best));
            }
        }
        return null;
    }

    /** Of several entries for one form, the person term covering the date, else the last listed. */
    private static Entry choose(List<Entry> entries, LocalDate date) {
        List<Entry> persons = entries.stream().filter(e -> e.kind() == Entry.Kind.PERSON).toList();
        if (persons.isEmpty()) {
            return entries.get(entries.size() - 1);
        }
        if (date != null) {
            for (Entry e : persons) {
                if (e.person().covers(date)) {
                    return e;
                }
            }
            return persons.stream().min(Comparator.comparingLong(e -> distance(e.person(), date))).orElseThrow();
        }
        return persons.stream().max(Comparator.comparing(e -> e.person().from())).orElseThrow();
    }

    private static long distance(Entry.Term term, LocalDate date) {
        if (date.isBefore(term.from())) {
            return term.from().toEpochDay() - date.toEpochDay();
        }
        return term.to() == null ? 0 : date.toEpochDay() - term.to().toEpochDay();
    }

    // ---- grouping matches into noun phrases ----

    /** A noun phrase holding one or more matches, waiting for resolution. */
    private final class Found {
        final int sentence;
        final int begin;
        final int end;
        final List<Match> parts;
        final String pronoun;

        Found(int sentence, List<Match> parts) {
            this.sentence = sentence;
            this.parts = parts;
            this.begin = parts.get(0).begin;
            this.end = parts.get(parts.size() - 1).end;
            this.pronoun = null;
        }

        Found(int sentence, int token, String pronoun) {
            this.sentence = sentence;
            this.parts = List.of();
            this.begin = token;
            this.end = token + 1;
            this.pronoun = pronoun;
        }

        List<ActorMention> resolve(List<ActorMention> before, String dominant, Sentence s) {
            String text = span(s, begin, end);
            int head = end - 1;
            if (pronoun != null) {
                ActorMention antecedent = antecedent(before, pronoun, null);
                if (antecedent == null) {
                    return List.of();
                }
                Actor a = antecedent.actor();
                return List.of(new ActorMention(sentence, begin, end, head,
                        new Actor(text, a.code(), a.country(), a.sector(), a.entity()),
                        "pronoun '" + pronoun + "' -> " + a.entity() + " (nearest compatible, sentence "
                                + antecedent.sentence() + ")"));
            }
            List<Entry> countries = new ArrayList<>();
            Entry agent = null;
            Entry person = null;
            Entry org = null;
            for (Match m : parts) {
                Entry e = m.entries.get(0);
                switch (e.kind()) {
                    case COUNTRY, ADJECTIVE, CAPITAL -> countries.add(e);
                    case AGENT -> agent = e;
                    case PERSON -> person = e;
                    case ORGANIZATION -> org = e;
                    default -> { }
                }
            }
            if (person != null) {
                return List.of(mention(s, text, head, personActor(text, person), "person '" + person.entity()
                        + "': " + person.person().office() + " " + person.person().from() + ".."
                        + (person.person().to() == null ? "" : person.person().to()) + " (" + person.origin() + ")"));
            }
            if (org != null) {
                String sector = agent != null ? agent.sector() : org.sector();
                return List.of(mention(s, text, head, new Actor(text, org.code(), null, sector, org.entity()),
                        "organisation " + org.code() + " (" + org.origin() + ")"));
            }
            if (!countries.isEmpty()) {
                List<ActorMention> out = new ArrayList<>();
                for (Entry c : countries) {
                    String sector = agent != null ? agent.sector() : c.kind() == Entry.Kind.CAPITAL ? c.sector() : null;
                    String why = agent != null
                            ? c.entity() + " + agent '" + agent.entity() + "' -> " + agent.sector()
                            : c.kind().name().toLowerCase(Locale.ROOT) + " of " + c.entity() + " (" + c.origin() + ")";
                    out.add(mention(s, text, head, Actor.of(text, c.country(), sector, c.entity()), why));
                }
                return out;
            }
            if (agent != null) {
                boolean definite = begin > 0 && s.token(begin - 1).lemma().equals("the");
                if (definite && TITLES.contains(agent.entity().replaceAll("s$", ""))) {
                    ActorMention antecedent = antecedent(before, "title", agent.sector());
                    if (antecedent != null) {
                        Actor a = antecedent.actor();
                        return List.of(mention(s, text, head, new Actor(text, a.code(), a.country(), a.sector(),
                                a.entity()), "definite '" + text + "' -> " + a.entity() + " (nearest " + agent.sector()
                                + " person, sentence " + antecedent.sentence() + ")"));
                    }
                }
                if (dominant != null) {
                    return List.of(mention(s, text, head, Actor.of(text, dominant, agent.sector(), dominant),
                            "agent '" + agent.entity() + "' -> " + agent.sector() + "; country " + dominant
                                    + " is the article's most mentioned"));
                }
            }
            return List.of();
        }

        private ActorMention mention(Sentence s, String text, int head, Actor actor, String why) {
            return new ActorMention(sentence, begin, end, head, actor, why);
        }
    }

    private static Actor personActor(String text, Entry person) {
        if (person.code() != null) {
            return new Actor(text, person.code(), null, person.sector(), person.entity());
        }
        return Actor.of(text, person.country(), person.sector(), person.entity());
    }

    /**
     * The antecedent of a pronoun or definite title: in the nearest sentence that has a compatible
     * mention, the first one, which is usually that sentence's subject ("Blinken spoke with Lavrov.
     * He urged ..." is Blinken).
     */
    private ActorMention antecedent(List<ActorMention> before, String pronoun, String sector) {
        ActorMention nearest = null;
        for (int k = before.size() - 1; k >= 0; k--) {
            ActorMention m = before.get(k);
            if (nearest != null && m.sentence() != nearest.sentence()) {
                break;
            }
            if (compatible(m, pronoun, sector)) {
                nearest = m;
            }
        }
        if (nearest != null && nearest.sentence() < before.get(before.size() - 1).sentence() - PRONOUN_WINDOW) {
            return null;
        }
        return nearest;
    }

    private boolean compatible(ActorMention m, String pronoun, String sector) {
        {
            Entry person = personEntry(m);
            if (MALE.contains(pronoun) || FEMALE.contains(pronoun)) {
                String gender = MALE.contains(pronoun) ? "m" : "f";
                return person != null && (person.person().gender().isEmpty() || person.person().gender().equals(gender));
            }
            if (pronoun.equals("title")) {
                return person != null && sector.equals(m.actor().sector());
            }
            return GROUP.contains(pronoun) && person == null;
        }
    }

    private Entry personEntry(ActorMention m) {
        if (!m.why().startsWith("person") && !m.why().startsWith("pronoun") && !m.why().startsWith("definite")) {
            return null;
        }
        List<Entry> entries = dictionary.lookup(m.actor().entity());
        return entries.stream().filter(e -> e.kind() == Entry.Kind.PERSON).findFirst().orElse(null);
    }

    /**
     * Groups matches into noun phrases: neighbours joined only by adjectives, nouns, "and", commas in a
     * coordination, or a possessive "'s" belong together. Pronouns become phrases of their own.
     */
    private List<Found> group(Sentence s, List<Match> matches) {
        List<Found> out = new ArrayList<>();
        List<Match> current = new ArrayList<>();
        int m = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token tok = s.token(i);
            if (m < matches.size() && matches.get(m).begin == i) {
                Match match = matches.get(m++);
                if (!current.isEmpty() && !joinable(s, current.get(current.size() - 1), match)) {
                    out.add(new Found(s.index(), List.copyOf(current)));
                    current.clear();
                }
                current.add(match);
                i = match.end - 1;
                continue;
            }
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (tok.tag().startsWith("PRP") && (MALE.contains(w) || FEMALE.contains(w) || GROUP.contains(w))) {
                if (!current.isEmpty()) {
                    out.add(new Found(s.index(), List.copyOf(current)));
                    current.clear();
                }
                out.add(new Found(s.index(), i, w));
            }
        }
        if (!current.isEmpty()) {
            out.add(new Found(s.index(), List.copyOf(current)));
        }
        return out;
    }

    /** Whether two consecutive matches are one noun phrase: only modifiers and "and"/"'s" between. */
    private static boolean joinable(Sentence s, Match left, Match right) {
        if (left.kind() == Entry.Kind.PERSON || right.kind() == Entry.Kind.COUNTRY && left.kind() != Entry.Kind.ADJECTIVE
                && right.begin != left.end) {
            return false;
        }
        if (right.kind() == Entry.Kind.ORGANIZATION && left.kind() != Entry.Kind.ADJECTIVE) {
            return false;
        }
        if (left.kind() == right.kind() && left.kind() != Entry.Kind.ADJECTIVE) {
            return false;
        }
        if (right.begin - left.end > 3) {
            return false;
        }
        for (int k = left.end; k < right.begin; k++) {
            Token t = s.token(k);
            String tag = t.tag();
            boolean modifier = tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("POS")
                    || tag.equals("CC") && t.lemma().equals("and") || t.word().equals(",")
                    && left.kind() == Entry.Kind.ADJECTIVE;
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    private static String dominantCountry(List<Found> found) {
        Map<String, Integer> counts = new HashMap<>();
        for (Found f : found) {
            for (Match m : f.parts) {
                String c = m.entries.get(0).country();
                if (c != null && m.kind() != Entry.Kind.AGENT) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String span(Sentence s, int begin, int end) {
        return s.text().substring(s.token(begin).begin() - s.begin(), s.token(end - 1).end() - s.begin());
    }
}
