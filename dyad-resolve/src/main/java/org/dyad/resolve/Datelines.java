package org.dyad.resolve;

import java.util.List;
import java.util.Set;
import org.dyad.model.Sentence;

/**
 * The wire dateline that opens many articles ("KHARTOUM, May 12 (Wire) —", "BUENOS AIRES —"): the
 * place the report was filed from. It is no actor, though the parser often makes it the subject of
 * the first sentence; and its country is where the story happens unless the article is mostly about
 * somewhere else (a summit reported from Luxembourg).
 */
final class Datelines {

    /** What follows a dateline's place: a comma before the date, a dash, a parenthesised agency. */
    private static final Set<String> AFTER = Set.of(",", "—", "–", "--", "-", "(", "-LRB-");

    private Datelines() {
    }

    /**
     * The phrase of the first sentence that is its dateline: a capital or town of the dictionaries at
     * the very start, written in capitals, followed by a comma, a dash, a parenthesis or nothing;
     * else null.
     */
    static Phrase of(Sentence first, List<Phrase> phrases) {
        if (phrases.isEmpty() || first.tokens().isEmpty()) {
            return null;
        }
        Phrase p = phrases.get(0);
        if (p.begin() != 0 || p.parts.size() != 1) {
            return null;
        }
        Part part = p.parts.get(0);
        if (!(part.kind() == Part.Kind.CAPITAL || part.kind() == Part.Kind.PLACE) || part.entry().country() == null) {
            return null;
        }
        for (int i = p.begin(); i < p.end() && !first.token(i).word().equals(","); i++) {
            String w = first.token(i).word();  // the town in capitals; "KHARTOUM, Sudan" names its country after
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || w.chars().noneMatch(Character::isLetter)) {
                return null;  // "Khartoum said": a capital standing for its government
            }
        }
        // the cleaner sets a dateline apart as a sentence of its own ("MOSCOW", "KHARTOUM, May 12, 2023")
        return p.end() == first.tokens().size() || AFTER.contains(first.token(p.end()).word()) ? p : null;
    }

    /**
     * The country the article is set in: the dateline's, when the article names it again and, the
     * dateline counted, at least a third as often as its most mentioned country ("NIAMEY — Niger's
     * junta expelled the French ambassador ... France ... Paris"); else the most mentioned (a summit
     * reported from Luxembourg on sanctions against Iran). {@code headlined}: the headline names the
     * dateline's country; {@code dominantHeadlined}: it names the most mentioned one. A headline that
     * names the most mentioned country and not the dateline's says what the story is about, and the
     * dateline only where it was filed ("ABUJA — ... Niger's junta", headed "Bloc threatens Niger junta").
     */
    static String setting(Phrase dateline, List<List<Phrase>> phrases, String dominant, boolean headlined,
                          boolean dominantHeadlined) {
        if (dateline == null) {
            return dominant;
        }
        String home = dateline.parts.get(0).entry().country();
        if (dominant == null || home.equals(dominant)) {
            return home;
        }
        if (dominantHeadlined && !headlined) {
            return dominant;
        }
        // a headline naming the country names it again ("Soldiers detain president in Guinea-Bissau")
        int again = PhraseFinder.mentions(phrases, home) + (headlined ? 1 : 0);
        return again > 0 && 3 * (again + 1) >= PhraseFinder.mentions(phrases, dominant) ? home : dominant;
    }

    /**
     * Whether a headline names a country, by name or adjective ("Kenyan police ...", "... in
     * Guinea-Bissau"): the resolver reads only the body, and a short article may name its setting
     * nowhere but there and in the dateline.
     */
    static boolean headlineNames(String title, String country, ActorDictionary dictionary) {
        return headlineEntries(title, dictionary).stream().anyMatch(e -> country.equals(e.country())
                && (e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.ADJECTIVE));
    }

    /**
     * Whether a headline names a person of a country ("Maduro accuses Washington ..." under a Caracas
     * dateline): with the dateline, a native of the place filed from makes the story that country's
     * too; a visitor named there is of another country and does not count.
     */
    static boolean headlineNamesNative(String title, String country, ActorDictionary dictionary) {
        if (headlineEntries(title, dictionary).stream().anyMatch(e -> country.equals(e.country())
                && e.kind() == Entry.Kind.PERSON)) {
            return true;
        }
        // headlines name persons by surname ("Maduro accuses ..."): one that only that country's persons bear
        return java.util.Arrays.stream(title.split("[^\\p{L}'’-]+")).filter(w -> w.length() > 2
                && Character.isUpperCase(w.charAt(0))).map(dictionary::bySurname)
                .anyMatch(l -> !l.isEmpty() && l.stream().allMatch(e -> country.equals(e.country())));
    }

    /** Kinds of entries that place a headline in a country: not agent nouns or bodies, which name none. */
    private static final Set<Entry.Kind> PLACING = Set.of(Entry.Kind.COUNTRY, Entry.Kind.ADJECTIVE,
            Entry.Kind.CAPITAL, Entry.Kind.PLACE, Entry.Kind.PERSON);

    /**
     * The countries a headline is set in, first named first, each once: the countries, towns and
     * capitals it names ("Sudan army pushes into Omdurman", "Fighting flares in Darfur"). A person
     * is weaker evidence, a visitor as often as a native ("Biden hosts Kenyan president"), and counts
     * only where the headline names no place. For a body that names no country ("The army shelled
     * ..."), the headline is the only word on where it happens, at no cost beyond a dictionary
     * look-up of its words.
     */
    static List<String> headlineCountries(String title, ActorDictionary dictionary) {
        List<Entry> placing = headlineEntries(title, dictionary).stream()
                .filter(e -> e.country() != null && PLACING.contains(e.kind())).toList();
        List<Entry> places = placing.stream().filter(e -> e.kind() != Entry.Kind.PERSON).toList();
        return (places.isEmpty() ? placing : places).stream().map(Entry::country).distinct().toList();
    }

    /** Small words a Title Case headline capitalises and a sentence-case one never does. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "in", "on", "for", "of", "as", "at", "with", "and",
            "into", "after", "over", "by", "from", "the", "a", "an", "is", "are", "says", "say");

    /** Country names that are also common words, which a Title Case headline capitalises either way. */
    private static final Set<String> COMMON_WORD_NAMES = Set.of("turkey", "chad", "jordan", "georgia", "china",
            "guinea", "japan");

    /**
     * Whether a headline is in Title Case ("Army Cooks Serve Turkey To Troops"): a small word after the
     * first is capitalised. Its capitals then tell no name from a common word, so a one-word country
     * name that is also a common word ("Turkey", "Georgia") is not read as that country; a name-heavy
     * headline in sentence case ("UN Security Council condemns North Korea missile test") is not Title
     * Case.
     */
    static boolean titleCase(String title) {
        List<String> words = java.util.Arrays.stream(title.split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLetter(w.charAt(0))).toList();
        return words.stream().skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0))
                && FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The dictionary entries the headline's capitalised words match, in order ("turkey prices" names no country). */
    private static List<Entry> headlineEntries(String title, ActorDictionary dictionary) {
        List<String> words = List.of(title.replaceAll("[^\\p{L}\\p{N}'’.-]+", " ").strip().split(" "));
        boolean titleCase = titleCase(title);
        List<Entry> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isEmpty() || !Character.isUpperCase(words.get(i).charAt(0))) {
                continue;
            }
            // in Title Case, "Turkey" alone may be the bird; a longer name starting there is still a name
            boolean common = titleCase && COMMON_WORD_NAMES.contains(words.get(i).toLowerCase(java.util.Locale.ROOT));
            for (int j = common ? i + 2 : i + 1; j <= Math.min(words.size(), i + dictionary.longestForm()); j++) {
                String surface = String.join(" ", words.subList(i, j));
                out.addAll(dictionary.lookup(surface));
                out.addAll(dictionary.lookup(surface.replaceAll("(['’]s)?[.,'’]*$", "")));  // "Kenya's"
            }
        }
        return out;
    }
}
