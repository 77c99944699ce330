package org.dyad.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.PlaceMention;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.stage.EventCoder;
import org.dyad.stage.SentenceGate;

/**
 * Codes events from dependency parses with the pattern dictionary: a trigger (verb or noun) matched by
 * its most specific pattern, its source and target found through the dependency structure and resolved
 * through the actor mentions, its modality and date read from its clause.
 *
 * <p>Source: the subject; for passives the "by" agent (the passive subject is then the target); with
 * no subject, the controller of an infinitive ("urged Russia to withdraw": Russia withdraws), the
 * subject of the first conjunct, or the noun a relative clause modifies. For a nominal trigger: the
 * possessor ("Russia's invasion"), a nationality modifier, a "by" phrase, or the subject of the verb
 * it is the object of ("held talks"). Target: the pattern's markers ({@code [with]}, {@code [obj]}),
 * else the direct object.
 */
public final class PatternCoder implements EventCoder {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final List<String> FALLBACK_PREPOSITIONS = List.of("with", "to", "against", "on", "toward", "towards");

    private final VerbPatterns patterns;
    private final CameoTable cameo;
    private final Set<String> verbLemmas;
    private final Set<String> nounLemmas;
    /** Trigger lemmas of statements, which an adjective predicate may be: "skeptical", "confident". */
    private final Set<String> attitudeLemmas;
    private final DerivedEvents derived;
    private final DerivedCodes derivedCodes;
    private final ProtestGoals goals = ProtestGoals.standard();

    public PatternCoder(VerbPatterns patterns, CameoTable cameo) {
        this.patterns = patterns;
        this.cameo = cameo;
        this.derivedCodes = DerivedCodes.standard(cameo);
        this.derived = new DerivedEvents(derivedCodes, cameo);
        this.verbLemmas = patterns.verbLemmas();
        this.nounLemmas = patterns.nounLemmas();
        this.attitudeLemmas = Set.copyOf(verbLemmas.stream()
                .filter(l -> patterns.forVerb(l).stream().anyMatch(p -> p.code().startsWith(STATEMENT))).toList());
    }

    public static PatternCoder standard() {
        CameoTable cameo = CameoTable.standard();
        return new PatternCoder(VerbPatterns.standard(cameo), cameo);
    }

    @Override
    public SentenceGate gate() {
        return tokens -> {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String key = Lemmas.key(t);
                String joined = Lemmas.joined(tokens, i);
                if ((t.isVerb() || t.isNoun()) && (verbLemmas.contains(key) || verbLemmas.contains(joined))
                        || t.isNoun() && (nounLemmas.contains(key) || nounLemmas.contains(joined))
                        || adjective(t) && attitudeLemmas.contains(key)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public List<Event> code(ResolvedArticle article) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.parsed()) {
                events.addAll(codeSentence(article, s, events));
            }
        }
        return events;
    }

    private record Match(VerbPattern pattern, Set<Integer> consumed) {
    }

    /**
     * The parse repairs, in the order they apply. Each mends one kind of parser error the patterns
     * would trip on, and leaves a sentence without that error as it is; a later repair may rely on
     * an earlier one (the gerund repairs see conjuncts already mended).
     */
    private Sentence repaired(Sentence parsed, List<ActorMention> found) {
        List<UnaryOperator<Sentence>> repairs = List.of(
                PatternCoder::relativeClausesRepaired,
                PatternCoder::secondObjectsRepaired,
                PatternCoder::commentsRaised,
                PatternCoder::infinitiveConjunctsRepaired,
                PatternCoder::mainVerbsRepaired,
                PatternCoder::participleRootsRepaired,
                PatternCoder::reducedRelativesRepaired,
                PatternCoder::markedClausesRaised,
                PatternCoder::participleDatesRepaired,
                PatternCoder::approximateSubjectsRepaired,
                PatternCoder::actingTitlesRepaired,
                PatternCoder::thatClausesRepaired,
                PatternCoder::reportedSubjectsRepaired,
                PatternCoder::pluralSubjectsRepaired,
                PatternCoder::calledPluralsRepaired,
                PatternCoder::responsePhrasesRaised,
                PatternCoder::onsetPartiesLowered,
                PatternCoder::sayingClausesRepaired,
                PatternCoder::toldSubjectsRepaired,
                this::attributionsRepaired,
                PatternCoder::appositeSpeakersRepaired,
                PatternCoder::participleSpeakersRepaired,
                this::finiteConjunctsRaised,
                s -> saidConjunctsRaised(s, found),
                PatternCoder::blameConjunctsRaised,
                PatternCoder::datesRepaired,
                PatternCoder::partiesOffDatesRepaired,
                PatternCoder::shiftedObjectsRepaired,
                PatternCoder::smallClausesRepaired,
                PatternCoder::nounPredicatesRepaired,
                PatternCoder::bareRelativesRepaired,
                this::conjunctsRepaired,
                s -> nounGerundsRepaired(s, found),
                this::gerundsRepaired,
                PatternCoder::gerundConjunctsRepaired,
                this::reportsRepaired,
                PatternCoder::conjoinedReportsRepaired,
                this::headlinesRepaired,
                this::intentNounsRepaired,
                PatternCoder::feelingsRepaired,
                PatternCoder::quantitiesRepaired,
                PatternCoder::namesBeforeSpansRepaired,
                s -> attackModifiersRepaired(s, verbLemmas),
                PatternCoder::strandedConjunctsRepaired,
                PatternCoder::yieldedToRepaired,
                PatternCoder::determinerArgumentsRepaired,
                PatternCoder::commentedClausesRepaired);
        Sentence s = parsed;
        for (UnaryOperator<Sentence> repair : repairs) {
            s = repair.apply(s);
        }
        return s;
    }

    /** Verbs of warning a party of what it will undergo: "warned Serbia that it would face sanctions". */
    static final Set<String> WARNING = Set.of("warn", "caution");
    /** Modals that put a warned outcome ahead: "would face", "will be held responsible". */
    static final Set<String> AHEAD = Set.of("would", "will", "could", "may", "might", "'ll", "wo");

    /**
     * The mentions with a pronoun standing for the party warned: in "the EU warned Serbia that it would face
     * sanctions" the one who would face them is Serbia, not the warner the resolver took "it" for. The
     * subject pronoun of a warning's clause whose verb tells what its subject undergoes ("would face",
     * "would suffer", a passive "would be held responsible"), put ahead by a modal, stands for the warned object
     * where that agrees with it: "it" for a party that is no person and not plural, "they" for a plural one.
     * "Warned Serbia that it would respond" keeps the warner, who is the one to act, and "told the IAEA that
     * it had been attacked" the teller, who reports what befell it.
     */
    private static List<ActorMention> warnedPronouns(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            int pronoun = m.head();
            String w = s.token(pronoun).word().toLowerCase(Locale.ROOT);
            int clause = s.head(pronoun);
            if (!(w.equals("it") || w.equals("they")) || clause == Dependency.ROOT || !s.relation(clause).equals("ccomp")
                    || !(UNDERGOING.contains(s.token(clause).lemma()) && s.relation(pronoun).equals("nsubj")
                        // "would be forced to respond" is the warner's own act again, and "had been attacked"
                        // what befell it: a passive only with what is ahead
                        || s.relation(pronoun).equals("nsubj:pass") && s.children(clause, "xcomp").isEmpty()
                            && s.children(clause).stream().anyMatch(d -> d.relation().equals("aux")
                                && AHEAD.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))))
                    || !WARNING.contains(s.token(s.head(clause)).lemma())) {
                continue;
            }
            for (int warned : s.children(s.head(clause), "obj")) {
                Token t = s.token(warned);
                boolean plural = t.tag().endsWith("S") || !s.children(warned, "conj").isEmpty();
                boolean agrees = w.equals("they") ? plural : !plural && !"PERSON".equals(t.ner()) && !t.tag().startsWith("PRP");
                ActorMention party = mentions.stream().filter(x -> x.covers(warned)).findFirst().orElse(null);
                if (!agrees || party == null) {
                    continue;
                }
                for (int j = 0; j < out.size(); j++) {
                    // the same pronoun again in the clause is the same party: "... that it would face sanctions
                    // if it did not recognise Kosovo"
                    ActorMention again = out.get(j);
                    if (again.head() == pronoun || s.dominates(clause, again.head())
                            && s.token(again.head()).word().equalsIgnoreCase(w)) {
                        out.set(j, new ActorMention(again.sentence(), again.begin(), again.end(), again.head(),
                                party.actor(), "pronoun of the party warned"));
                    }
                }
            }
        }
        return out;
    }

    /** {@code before}: the events of the sentences already coded, which a recall or a denial may answer. */
    private List<Event> codeSentence(ResolvedArticle article, Sentence parsed, List<Event> before) {
        List<ActorMention> found = article.mentionsIn(parsed.index());
        Sentence s = repaired(parsed, found);
        List<ActorMention> mentions = warnedPronouns(s, article.mentionsIn(s.index()));
        List<PlaceMention> places = article.placesIn(s.index());
        Map<Integer, Match> matches = new LinkedHashMap<>();
        Set<Integer> consumed = new HashSet<>();
        Set<Integer> nounConsumed = new HashSet<>();
        Set<Integer> joint = new HashSet<>();
        for (Token t : s.tokens()) {
            boolean attitude = attitude(s, t.index());
            // "pledged to end fighting": a gerund that an earlier pattern of stopping names ("087 end
            // fighting") is what is stopped, no act of its own ("accused of shelling" keeps its act)
            boolean named = t.tag().equals("VBG") && consumedBy(matches, t.index()).stream()
                    .anyMatch(by -> STOPPING.contains(s.token(by).lemma()));
            if ((t.isVerb() || actsAsVerb(s, t.index()) || attitude) && !named) {
                List<VerbPattern> candidates = candidates(s, t.index(), false);
                if (attitude) {
                    candidates = candidates.stream().filter(p -> p.code().startsWith(STATEMENT)).toList();
                }
                Match m = best(s, t.index(), candidates);
                if (m != null && m.pattern().constraints().isEmpty() && attempt(s, t.index())) {
                    m = null;  // "sought to repair ties": an attempt, not an appeal
                }
                if (m != null && m.pattern().constraints().isEmpty() && soughtStrife(s, t.index())) {
                    m = null;  // "does not seek a wider confrontation": a wish, no one is asked
                }
                if (m != null && reception(s, t.index())) {
                    m = null;  // "would be met with a strong response": received with, not a meeting
                }
                if (m != null) {
                    if (!patterns.silent(m.pattern())) {
                        matches.put(t.index(), m);
                    } else if (jointSpeech(s, t.index(), mentions)) {
                        matches.put(t.index(), m);
                        joint.add(t.index());
                    }
                    consumed.addAll(m.consumed());  // "issued a statement": the noun is no event of its own
                }
            }
        }
        for (Token t : s.tokens()) {
            // a noun the verb already covers ("held talks", "imposed sanctions") is not a second event
            // but an act ordered is the orderer's act ("ordered the deployment of troops to the border")
            boolean objectOfTrigger = matches.containsKey(s.head(t.index())) && s.relation(t.index()).equals("obj")
                    && !ORDERING.contains(s.token(s.head(t.index())).lemma());
            if (t.isNoun() && !actsAsVerb(s, t.index()) && !consumed.contains(t.index()) && !objectOfTrigger
                    && !background(s, t.index()) && !inName(t, mentions) && !judgedAs(s, t.index())) {
                Match m = best(s, t.index(), candidates(s, t.index(), true));
                if (m != null && !patterns.silent(m.pattern())) {
                    matches.put(t.index(), m);
                    nounConsumed.addAll(m.consumed());
                }
            }
        }
        // "the suspension of its cooperation with Belgium", "the expulsion of diplomats": a noun that a
        // nominal trigger's pattern names is part of that act, not an act of its own
        nounConsumed.removeIf(i -> !s.token(i).isNoun() || actsAsVerb(s, i) || consumedBy(matches, i).isEmpty());
        matches.keySet().removeIf(nounConsumed::contains);
        sanctionReaches(article, s, matches);
        Map<Integer, String> specific = lightVerbCodes(s, matches);
        specific.putAll(complementCodes(s, matches, specific));
        specific.putAll(accordCodes(s, matches));
        specific.putAll(warningCodes(s, matches, mentions));
        specific.putAll(continuedForceCodes(s, matches));
        specific.putAll(withheldCooperationCodes(s, matches, specific));
        specific.putAll(tradeRetaliationCodes(article, s, matches));
        specific.putAll(aidGroupCodes(s, matches, mentions));
        specific.putAll(dismissedActCodes(s, matches));
        matches.keySet().stream().filter(t -> withheldRecognition(s, t)).forEach(t -> specific.put(t, REJECTION));
        joint.forEach(i -> specific.put(i, CONSULT));
        mergeAgentNouns(s, matches, specific);
        List<Event> out = new ArrayList<>();
        List<DerivedEvents.Act> acts = new ArrayList<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            String code = specific.getOrDefault(e.getKey(), e.getValue().pattern().code());
            boolean notRuledOut = ModalityRules.notRuledOut(s, e.getKey());
            String threat = notRuledOut ? ruledOutThreat(s, e.getKey(), matches, specific) : null;
            Event ev = event(article, s, e.getKey(), e.getValue(), threat != null ? threat : code, mentions);
            if (notRuledOut && (threat == null || ev == null || !ev.actors().stream().allMatch(PatternCoder::canThreaten))) {
                // "the Bank of England did not rule out rate rises", "police have not ruled out an attack":
                // a possibility kept open, by someone who holds no force over others or of no hostile
                // act, is neither a threat nor a rejection
                ev = null;
            }
            if (ev != null) {
                acts.add(new DerivedEvents.Act(e.getKey(), ev));
            }
        }
        // "refused to rule out force" is no refusal: what it says is coded at "rule"
        acts.removeIf(act -> s.children(act.trigger(), "xcomp").stream().anyMatch(x -> ModalityRules.notRuledOut(s, x)));
        acts.removeIf(act -> demandOfProtest(s, act, acts, matches) || purposeOfSameAct(s, act, acts, matches)
                || acts.stream().anyMatch(p -> namesItsMeans(s, p, act, acts, matches))
                || namedByItsNoun(s, act, acts) || describesAnAct(s, act, acts) || saysAnAct(s, act, acts, matches) || withheld(s, act, matches));
        acts.removeIf(act -> habitAskedToChange(s, act, acts));
        mergeMeans(s, acts, matches, specific);
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), unnamedDoer(s, act.trigger(), act.event())));
        List<DerivedEvents.Act> threatened = List.copyOf(acts);
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), threatenedParty(s, act.trigger(), act.event(), threatened)));
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), intrudedParty(s, act.trigger(), act.event(), mentions)));
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), deprivedParty(s, act.trigger(), act.event(), threatened)));
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), conditionedParty(s, act.trigger(), act.event(), mentions)));
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), protestedAuthor(s, act.trigger(), act.event(), mentions)));
        List<Event> imposed = acts.stream().map(DerivedEvents.Act::event).toList();
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), measureMaker(s, act.trigger(), act.event(), imposed, before, mentions)));
        acts.addAll(jointRequests(article, s, acts, mentions));
        List<Event> near = new ArrayList<>(acts.stream().map(DerivedEvents.Act::event).toList());
        near.addAll(before.stream().filter(ev -> ev.mentions().get(0).sentence() == s.index() - 1).toList());
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), postedTo(s, act.trigger(), act.event(), near)));
        List<Event> here = acts.stream().map(DerivedEvents.Act::event).toList();
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), deniedTo(s, act.trigger(), act.event(), here, before)));
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(),
                criticizedDoer(article, s, act.trigger(), act.event(), here, before)));
        List<Event> criticized = acts.stream().map(DerivedEvents.Act::event).toList();
        acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), answeredAttacker(s, act.trigger(), act.event(),
                criticized, before)));
        unadopted(s, acts);
        EventDate reference = referenceDay(before, s.index());
        if (reference != null) {
            acts.replaceAll(act -> new DerivedEvents.Act(act.trigger(), referenced(s, act.trigger(), act.event(), reference)));
        }
        for (DerivedEvents.Act act : acts) {
            out.add(act.event());
            Event back = reversed(s, act.trigger(), act.event());
            if (back != null) {
                out.add(back);
            }
        }
        Article a = article.article();
        // "the EU will send monitors to Armenia" codes Armenia receiving them (a <to> source): the
        // intent stated is the sender's, not the source's, so a role-swapped act derives nothing
        List<DerivedEvents.Act> stated = new ArrayList<>(acts);
        stated.removeIf(act -> matches.containsKey(act.trigger()) && !matches.get(act.trigger()).pattern().sources().isEmpty());
        // a statement is no act that an intent under it would be part of: "hoped to reopen the embassy"
        Set<Integer> triggers = new HashSet<>(matches.keySet());
        triggers.removeIf(i -> matches.get(i).pattern().code().startsWith(STATEMENT));
        out.addAll(derived.derive(s, stated, triggers, mentions,
                (trigger, code, modality, actors, recipients, like) -> {
                    CameoCode c = cameo.get(code).orElseThrow();
                    // dated by the words that state it: "announced on Monday that it will withdraw next week"
                    EventDate date = EventDating.date(s, trigger, a.published());
                    if (modality == Modality.ASSERTED && date.basis() == EventDate.Basis.TEXT && a.published() != null
                            && date.date() != null && date.date().isAfter(a.published())) {
                        // "called a meeting for Thursday": the date is the meeting's; the call was made by the report
                        date = EventDate.ofPublication(a.published());
                    }
                    Mention mention = new Mention(a.id(), a.url(), a.source(), s.index(), s.begin(), s.end(),
                            s.token(trigger).word(), s.text(), Speakers.of(s, trigger, mentions));
                    List<Actor> targets = withoutSelf(actors, recipients, c.ploverType());
                    return new Event(id(a.id(), s.index(), trigger, code, actors, targets), date, c.ploverType(),
                            c.ploverMode(), code, c.quadClass(), c.goldstein(), modality, actors, targets,
                            Locations.of(s, trigger, c, places).orElse(null), List.of(mention), null);
                }));
        // "insisted that Iran must release the sailors": the demand is both the verb's specific code and
        // the intent derived from its clause; the same id is the same event, written once
        Set<String> ids = new HashSet<>();
        out.removeIf(e -> !ids.add(e.id()));
        return out;
    }

    /**
     * Whether a noun is a word of an actor's proper name: "Cooperation" in "the Asia-Pacific Economic
     * Cooperation forum", "Defence" in "Forces for Defence of Democracy" name a body, not an act.
     */
    private static boolean inName(Token t, List<ActorMention> mentions) {
        return t.tag().startsWith("NNP") && mentions.stream().anyMatch(m -> m.covers(t.index()) && m.end() - m.begin() > 1);
    }

    /** The other triggers whose match consumed a token. */
    private static List<Integer> consumedBy(Map<Integer, Match> matches, int token) {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            if (e.getKey() != token && e.getValue().consumed().contains(token)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * The parse with gerunds that the parser read as adjectives made clauses again: in "accused the RSF
     * of shelling civilians" and "has no intention of sending troops" the parser makes "shelling" an
     * amod of "civilians", leaving the act without its object and its doer. When a trigger verb's
     * gerund follows a preposition right away and modifies the noun after it, the gerund takes the
     * noun's place (an advcl of a verb, an acl of a noun, the preposition its mark) and the noun
     * becomes its object, as UD attaches "of shelling civilians".
     */
    Sentence gerundsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int g = d.dependent();
            int n = d.governor();
            Token t = s.token(g);
            if (!d.relation().equals("amod") || !t.tag().equals("VBG") || n <= g || !s.token(n).isNoun()
                    || !verbLemmas.contains(Lemmas.key(t)) || g == 0) {
                continue;
            }
            int prep = g - 1;
            if (s.head(prep) != n || !s.relation(prep).equals("case")) {
                continue;  // "the ongoing talks", "of the remaining hostages": an adjective after all
            }
            boolean np = true;
            for (int k = g + 1; k < n; k++) {
                np &= s.head(k) == n;  // "of sending 1,000 troops": only the noun's own modifiers between
            }
            int head = s.head(n);
            if (!np || head == Dependency.ROOT) {
                continue;
            }
            String rel = s.relation(n);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || rel.equals("nmod:poss")) {
                continue;
            }
            changed.put(g, new Dependency(s.token(head).isNoun() ? "acl" : "advcl", head, g));
            changed.put(n, new Dependency("obj", g, n));
            changed.put(prep, new Dependency("mark", g, prep));
            // "of burning churches and killing priests": a conjunct noun led by its own gerund is
            // that gerund's object, and the gerund the first one's conjunct
            for (int n2 : s.children(n, "conj")) {
                int g2 = n2 - 1;
                while (g2 > n && s.head(g2) == n2 && !s.token(g2).tag().equals("VBG")) {
                    g2--;
                }
                int cc = g2 - 1;
                if (g2 > n + 1 && s.head(g2) == n2 && s.relation(g2).equals("amod") && s.token(g2).tag().equals("VBG")
                        && verbLemmas.contains(Lemmas.key(s.token(g2))) && s.head(cc) == n2
                        && s.relation(cc).equals("cc")) {
                    changed.put(g2, new Dependency("conj", g, g2));
                    changed.put(n2, new Dependency("obj", g2, n2));
                    changed.put(cc, new Dependency("cc", g2, cc));
                }
            }
            // "accused Moscow on Monday of shelling Kherson on Saturday": the parser hangs both dates
            // on "accused"; when the head already has a date before the gerund, one after the
            // gerund's object is the gerund's own
            if (hasDateBetween(s, head, -1, g)) {
                for (Dependency x : s.children(head)) {
                    int k = x.dependent();
                    if (k > n && x.relation().startsWith("obl") && inDate(s, k)) {
                        changed.put(k, new Dependency(x.relation(), g, k));
                    }
                }
            }
            // "accused Rwanda of sending troops to support the rebels": the parser hangs the purpose on
            // "accused"; an infinitive of purpose after the gerund's object is the gerund's, and so the
            // purpose of the one said to have done it, not of the accuser
            // (not "sanctioned Iran for supplying drones to punish Moscow": the punishing is the sanctioner's)
            boolean alleging = ACCUSING.contains(s.token(head).lemma())
                    && !Set.of("punish", "sanction", "praise", "thank").contains(s.token(head).lemma());
            for (Dependency x : alleging ? s.children(head) : List.<Dependency>of()) {
                int k = x.dependent();
                if (k > n && (x.relation().equals("advcl") || x.relation().equals("xcomp")) && purpose(s, k)
                        && s.children(k, "nsubj").isEmpty()) {
                    changed.put(k, new Dependency("advcl", g, k));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with an -ing word that the tagger took for a noun made a gerund again: in "charged the
     * militia with kidnapping aid workers" the tagger makes "kidnapping" a noun and the parser a
     * compound of "aid workers", which leaves the act without its object. When such a word of a
     * trigger verb follows a preposition right away and is a compound in the phrase the preposition
     * marks, and that phrase names an actor (a party an act is done to, unlike "bombing raids" or
     * "training camps"), it becomes the verb's gerund modifying the phrase's head, the shape that
     * {@link #gerundsRepaired} makes a clause of.
     */
    Sentence nounGerundsRepaired(Sentence s, List<ActorMention> mentions) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int k = 1; k < s.tokens().size(); k++) {
            int g = k;
            String verb = gerundVerb(s.token(g));
            if (verb == null || !s.relation(g).equals("compound") || !s.token(g - 1).tag().equals("IN")) {
                continue;
            }
            int n = g;
            for (int guard = 0; guard < s.tokens().size() && n != Dependency.ROOT && s.relation(n).equals("compound"); guard++) {
                n = s.head(n);  // "kidnapping aid workers": the head of the compound chain
            }
            int head = n;
            if (head <= g || s.head(g - 1) != head || !s.relation(g - 1).equals("case")
                    || mentions.stream().noneMatch(m -> m.covers(head) && m.begin() > g)) {
                continue;
            }
            Token t = s.token(g);
            tokens.set(g, new Token(g, t.word(), verb, "VBG", t.ner(), t.begin(), t.end()));
            changed.put(g, new Dependency("amod", head, g));
        }
        return reparsed(s, tokens, changed);
    }

    /**
     * The trigger verb an -ing noun is the gerund of ("kidnapping", "seizing", "criticising"), else
     * null. Only a verb that is an act by itself counts: one whose patterns all need a particle or
     * another word ("rule out", "rule against") is no act in "ruling party officials".
     */
    private String gerundVerb(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.tag().equals("NN") || !w.endsWith("ing") || w.length() < 6) {
            return null;
        }
        String stem = w.substring(0, w.length() - 3);
        boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        for (String candidate : List.of(stem, stem + "e", doubled ? stem.substring(0, stem.length() - 1) : stem)) {
            String v = Lemmas.key(candidate);
            if (verbLemmas.contains(v) && patterns.forVerb(v).stream()
                    .anyMatch(p -> p.constraints().isEmpty() && !patterns.silent(p))) {
                return v;
            }
        }
        return null;
    }

    /** Tags of finite verbs, which a gerund cannot be coordinated with. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /**
     * The parse with a gerund given back to the gerund it is coordinated with: in "accused the RSF of
     * looting banks and occupying hospitals" the parser may make "occupying" a conjunct of "accused",
     * so that the accuser becomes the one who occupied, as asserted. A finite verb and a gerund do not
     * coordinate; when a gerund with no subject or auxiliary of its own is a conjunct of a finite verb,
     * and a gerund after a preposition (its mark or case) lies between them in that verb's clause (an
     * adverbial of the verb, or a modifier of its object), the later gerund is that gerund's conjunct
     * and shares its doer and its modality.
     */
    static Sentence gerundConjunctsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int c = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("conj") || verb == Dependency.ROOT || c < verb
                    || !s.token(c).tag().equals("VBG") || !FINITE.contains(s.token(verb).tag())
                    || s.children(c).stream().anyMatch(x -> x.relation().startsWith("nsubj")
                            || x.relation().startsWith("aux"))) {
                continue;
            }
            for (int g = c - 1; g > verb + 1; g--) {
                int head = s.head(g);
                String rel = s.relation(g);
                boolean inClause = rel.equals("advcl") && head == verb
                        || rel.equals("acl") && head != Dependency.ROOT && s.head(head) == verb
                                && s.relation(head).equals("obj");
                if (s.token(g).tag().equals("VBG") && inClause && s.token(g - 1).tag().equals("IN")
                        && s.head(g - 1) == g) {
                    changed.put(c, new Dependency("conj", g, c));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs whose passive keeps an object ("aid workers granted access"): a participle of theirs may be passive. */
    private static final Set<String> DOUBLE_OBJECT = Set.of("give", "grant", "award", "hand", "offer", "promise",
            "deny", "send", "show", "pay", "lend", "tell", "ask", "teach", "allow", "refuse", "charge", "sentence");

    /**
     * The parse with a sentence's main verb given back: in "doctors from two aid groups donated
     * medicine to the clinic" the parser may read the verb as a participle modifying "groups", and the
     * sentence is left with a noun for its root and no verb. A reduced relative clause is passive and
     * takes no object, so a past participle with an object that modifies the verbless root noun, or a
     * noun of its prepositional phrase, is the main verb, and the root noun its subject; the root
     * noun's dependents after the verb go with the verb.
     */
    static Sentence mainVerbsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int n = 0; n < s.tokens().size(); n++) {
            if (!s.relation(n).equals("root") || !s.token(n).isNoun() || s.children(n).stream().anyMatch(d ->
                    d.relation().startsWith("cop") || d.relation().startsWith("aux") || d.relation().startsWith("nsubj"))) {
                continue;
            }
            int verb = -1;
            for (int k = n + 1; k < s.tokens().size() && verb < 0; k++) {
                int h = s.head(k);
                boolean inSubject = h == n || h != Dependency.ROOT && s.head(h) == n && s.relation(h).startsWith("nmod");
                String tag = s.token(k).tag();
                if (inSubject && s.relation(k).equals("acl") && (tag.equals("VBN") || tag.equals("VBD"))
                        && !s.children(k, "obj").isEmpty() && !DOUBLE_OBJECT.contains(s.token(k).lemma())) {
                    verb = k;
                }
            }
            if (verb < 0) {
                continue;
            }
            changed.put(verb, new Dependency("root", Dependency.ROOT, verb));
            changed.put(n, new Dependency("nsubj", verb, n));
            for (Dependency d : s.children(n)) {
                int k = d.dependent();
                if (k > verb) {
                    changed.put(k, new Dependency(d.relation().equals("acl") ? "advcl" : d.relation(), verb, k));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a comment set off by a comma given back to the clause that makes it: in "gave the
     * junta a week to reinstate the president, warning that the bloc would not rule out force" the
     * parser may hang "warning" on "reinstate", or on "president", inside what the junta is to do. A
     * gerund of saying after a comma, with a clause or object of its own, hung on a verb that has no
     * tense of its own (an infinitive or participle) or on a noun, belongs to the nearest verb above
     * with a tense.
     */
    static Sentence commentsRaised(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int g = 1; g < s.tokens().size(); g++) {
            String rel = s.relation(g);
            int head = s.head(g);
            if (!s.token(g).tag().equals("VBG") || !DerivedEvents.SPEECH.contains(s.token(g).lemma())
                    || !s.token(g - 1).word().equals(",") || head == Dependency.ROOT || head > g
                    || !(rel.equals("dep") || rel.startsWith("advcl") || rel.equals("acl") && s.token(head).isNoun())
                    || s.children(g).stream().noneMatch(d -> d.relation().equals("ccomp") || d.relation().equals("obj"))) {
                continue;
            }
            int verb = head;
            for (int guard = 0; guard < s.tokens().size() && verb != Dependency.ROOT && !tensed(s, verb); guard++) {
                verb = s.head(verb);
            }
            if (verb != Dependency.ROOT && verb != head && s.token(verb).isVerb()) {
                changed.put(g, new Dependency("advcl", verb, g));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a relative clause set off by a comma given back to its noun: in "sent troops to
     * support the rebels, who attacked the outskirts of the city" the parser may hang "attacked" on
     * "support" as an unlabelled dependent, and the rebels lose the attack. A verb so hung whose
     * subject is "who" or "which" right after a comma and a noun modifies that noun.
     */
    static Sentence relativeClausesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !s.relation(v).equals("dep")) {
                continue;
            }
            for (Dependency d : s.children(v)) {
                int w = d.dependent();
                String pronoun = s.token(w).word().toLowerCase(Locale.ROOT);
                if (d.relation().startsWith("nsubj") && (pronoun.equals("who") || pronoun.equals("which")) && w >= 2
                        && w < v && s.token(w - 1).word().equals(",") && s.token(w - 2).isNoun()) {
                    changed.put(v, new Dependency("acl:relcl", phraseHead(s, w - 2, pronoun.equals("who")), v));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The noun a relative clause after {@code last} modifies: the head of the phrase {@code last} ends,
     * past compounds and names ("the M23 rebels"), and for "who", which takes people, past a place they
     * are located in ("the rebels in North Kivu, who attacked Goma" are the rebels, not the province;
     * "the rebels in Ituri, which borders Uganda" is the place).
     */
    private static int phraseHead(Sentence s, int last, boolean people) {
        int n = last;
        for (int guard = 0; guard < 4 && s.head(n) != Dependency.ROOT && s.token(s.head(n)).isNoun(); guard++) {
            String rel = s.relation(n);
            boolean located = people && rel.startsWith("nmod") && (hasMarker(s, n, "in") || hasMarker(s, n, "at")
                    || hasMarker(s, n, "near") || hasMarker(s, n, "from"));
            if (!rel.equals("compound") && !rel.startsWith("flat") && !located) {
                break;
            }
            n = s.head(n);
        }
        return n;
    }

    /** Verbs of giving, which take a recipient and a thing given: "send Ukraine five systems". */
    private static final Set<String> GIVING = Set.of("send", "give", "provide", "deliver", "supply", "hand", "offer",
            "grant", "lend", "sell");

    /**
     * The parse with a verb of giving given back its two objects: in "pledged to send Ukraine at least
     * five air defence systems" the parser may read the thing given as a time phrase ("systems" an
     * obl:tmod), leaving the recipient the only object. A noun read as obl:tmod that no time expression
     * covers, after the object of a verb of giving, is the thing given, and the object its recipient.
     */
    static Sentence secondObjectsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !GIVING.contains(s.token(v).lemma()) || !s.children(v, "iobj").isEmpty()) {
                continue;
            }
            List<Integer> objects = s.children(v, "obj");
            int recipient = objects.size() == 1 ? objects.get(0) : -1;
            for (int t : s.children(v, "obl:tmod")) {
                int at = t;
                if (recipient >= 0 && t > recipient && s.token(t).isNoun()
                        && s.timexes().stream().noneMatch(x -> x.covers(at))) {
                    changed.put(recipient, new Dependency("iobj", v, recipient));
                    changed.put(t, new Dependency("obj", v, t));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a second infinitive joined to the first: in "urged both sides to agree to a
     * ceasefire and to allow aid convoys in" the parser may coordinate "to allow" with "urged", making
     * the one who urged the one to allow. An infinitive ("to" + base form, no subject) conjoined to a
     * tensed verb that has an infinitive complement before it continues that complement.
     */
    static Sentence infinitiveConjunctsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int head = d.governor();
            if (!d.relation().equals("conj") || head == Dependency.ROOT || !s.token(verb).tag().equals("VB")
                    || markerOf(s, verb, "to") < 0 || hasSubject(s, verb) || !tensed(s, head)) {
                continue;
            }
            s.children(head, "xcomp").stream()
                    .filter(x -> x < verb && s.token(x).tag().equals("VB") && markerOf(s, x, "to") >= 0)
                    .reduce((a, b) -> b)
                    .ifPresent(x -> changed.put(verb, new Dependency("conj", x, verb)));
        }
        return reparsed(s, changed);
    }

    /** Whether a verb carries tense, by its form or an auxiliary: "gave", "has given", "will give". */
    static boolean tensed(Sentence s, int verb) {
        String tag = s.token(verb).tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
                || s.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux") && !s.token(d.dependent()).tag().equals("TO"));
    }

    /**
     * The parse with the main verb given back when the parser made a reduced relative its root: in
     * "some 20,000 workers affiliated with the union stopped work" it may read "affiliated" as the
     * sentence's verb, with "workers" its subject, and hang the real verb on it as a bare "dep". A past
     * participle root with no auxiliary, whose subject precedes it and whose "dep" is a finite verb
     * without a subject of its own, is a participle modifying that subject; the finite verb is the
     * root, and the participle's dependents after it go with it.
     */
    static Sentence participleRootsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int p = 0; p < s.tokens().size(); p++) {
            if (!s.relation(p).equals("root") || !s.token(p).tag().equals("VBN")
                    || s.children(p).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("cop"))) {
                continue;
            }
            List<Integer> subject = s.children(p, "nsubj");
            if (subject.size() != 1 || subject.get(0) > p) {
                continue;
            }
            int verb = -1;
            for (int k : s.children(p, "dep")) {
                String tag = s.token(k).tag();
                if (verb < 0 && k > p && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
                        && s.children(k).stream().noneMatch(d -> d.relation().startsWith("nsubj"))) {
                    verb = k;
                }
            }
            if (verb < 0) {
                continue;
            }
            int subj = subject.get(0);
            changed.put(verb, new Dependency("root", Dependency.ROOT, verb));
            changed.put(subj, new Dependency("nsubj", verb, subj));
            changed.put(p, new Dependency("acl", subj, p));
            for (Dependency d : s.children(p)) {
                if (d.dependent() > verb) {
                    changed.put(d.dependent(), new Dependency(d.relation(), verb, d.dependent()));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a reduced relative given back to its noun: in "agreed to accept migrants deported
     * by the United States" or "received the bodies of soldiers killed in the fighting" the parser may
     * make the noun the subject of the participle and hang the participle on the verb as a clause,
     * so the migrants deport and the bodies kill. A past participle with no auxiliary and no object of
     * its own has no subject that does it: when it hangs on a verb as dep, or as ccomp with a "by"
     * phrase naming its doer, its subject becomes the verb's object and the participle that object's acl.
     * A verb of handing over takes no clause at all, so under one ("handed over the bodies of soldiers
     * killed near Pokrovsk") the same holds, even where the tagger read the participle as a past tense.
     */
    static Sentence reducedRelativesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        List<Token> tokens = new ArrayList<>(s.tokens());
        for (int p = 0; p < s.tokens().size(); p++) {
            String rel = s.relation(p);
            int verb = s.head(p);
            boolean handed = verb != Dependency.ROOT && rel.equals("ccomp") && HANDING.contains(s.token(verb).lemma());
            String tag = s.token(p).tag();
            if (!(tag.equals("VBN") || handed && tag.equals("VBD"))
                    || !(rel.equals("dep") || handed || rel.equals("ccomp") && doerNamed(s, p))
                    || verb == Dependency.ROOT || !s.token(verb).isVerb() || !s.children(verb, "obj").isEmpty()
                    || s.children(p).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("cop")
                    || d.relation().equals("obj") || d.relation().equals("mark"))) {
                continue;  // "accepted that its soldiers fired" is a clause, marked
            }
            List<Integer> subject = s.children(p, "nsubj");
            if (subject.size() != 1 || subject.get(0) > p || subject.get(0) < verb
                    || s.token(subject.get(0)).tag().startsWith("PRP")) {
                continue;
            }
            int noun = subject.get(0);
            changed.put(noun, new Dependency("obj", verb, noun));
            changed.put(p, new Dependency("acl", noun, p));
            Token t = s.token(p);
            tokens.set(p, new Token(p, t.word(), t.lemma(), "VBN", t.ner(), t.begin(), t.end()));  // "killed": a participle
        }
        return reparsed(s, tokens, changed);
    }

    /** Subordinators that open an adverbial clause, never a clause on a noun: "after", "because", "although". */
    private static final Set<String> ADVERBIAL_MARKS = Set.of("after", "because", "since", "while", "although",
            "though", "whereas", "when", "once", "before", "until", "unless", "if");

    /**
     * The parse with an adverbial clause given back to its verb: in "suspended repatriation flights after
     * Washington revoked Chevron's licence" the parser may hang the "after" clause on the object, so
     * the revoking reads as part of what was suspended. A clause with a subject of its own, opened by a
     * subordinator of time, cause or condition, and hung as acl on a noun that is an object or oblique
     * of a verb, is that verb's advcl.
     */
    static Sentence markedClausesRaised(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int clause = d.dependent();
            int noun = d.governor();
            if (!d.relation().equals("acl") || noun == Dependency.ROOT || !hasSubject(s, clause)
                    || s.children(clause, "mark").stream().noneMatch(m -> m < clause
                        && ADVERBIAL_MARKS.contains(s.token(m).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int verb = s.head(noun);
            String rel = s.relation(noun);
            if (verb != Dependency.ROOT && s.token(verb).isVerb() && (rel.equals("obj") || rel.startsWith("obl"))) {
                changed.put(clause, new Dependency("advcl", verb, clause));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a date given back to the participle phrase it ends: in "attacked Uvira despite the
     * ceasefire signed in Doha on July 19" the parser may hang "on July 19" on "attacked" or on
     * "ceasefire", dating the attack by the signing. A date that directly follows a participle phrase
     * (a past participle on the noun, or on a noun of the verb, with a phrase of its own before the
     * date) belongs to the nearer verb, the participle.
     */
    static Sentence participleDatesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int date = d.dependent();
            int owner = d.governor();  // the verb ("on July 19" hung on "attacked") or the participle's noun
            if (!(d.relation().startsWith("obl") || d.relation().startsWith("nmod")) || owner == Dependency.ROOT
                    || !inDate(s, date)) {
                continue;
            }
            int start = date;
            while (start > 0 && s.dominates(date, start - 1)) {
                start--;  // "on July 19" starts at "on"
            }
            for (int p = start - 1; p > owner; p--) {
                if (!s.dominates(p, start - 1)) {
                    continue;
                }
                int noun = s.head(p);
                int from = p;
                boolean phrase = s.children(p).stream().anyMatch(c -> c.relation().startsWith("obl") && c.dependent() > from
                        && !inDate(s, c.dependent()));
                // only a pact's participle: "struck a school used as a shelter in Gaza on Saturday" keeps the
                // strike's Saturday
                if (s.relation(p).equals("acl") && s.token(p).tag().equals("VBN") && phrase && noun != Dependency.ROOT
                        && PACTS.contains(s.token(noun).lemma())
                        && (noun == owner || s.head(noun) == owner && s.token(owner).isVerb())) {
                    changed.put(date, new Dependency(d.relation(), p, date));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Nouns of a pact made on a day of its own: "the ceasefire signed in Doha on July 19". */
    private static final Set<String> PACTS = Set.of("ceasefire", "truce", "deal", "accord", "agreement", "pact",
            "treaty", "declaration", "memorandum", "resolution", "armistice", "framework", "roadmap");

    /** Verbs of handing over or taking in, which take an object and never a clause. */
    private static final Set<String> HANDING = Set.of("hand", "return", "release", "deliver", "receive",
            "repatriate", "exchange", "swap", "transfer", "bury", "free");

    /** Whether a participle has a "by" phrase that names a doer, not a deadline ("by Friday"). */
    static boolean doerNamed(Sentence s, int participle) {
        return s.children(participle).stream().anyMatch(d -> d.relation().startsWith("obl")
                && hasMarker(s, d.dependent(), "by") && !temporal(s, d.dependent()));
    }

    /**
     * The parse with a "that" clause given back to the verb it follows: in "said that both sides must
     * reach a deal before aid is released" the parser may read "before" as a preposition, make the
     * "that" clause the clausal subject of "is released" and hang that on "said". A clause marked
     * "that" which begins after the verb and stands as the clausal subject of the verb's complement
     * is the complement itself, and the clause it was hung on becomes its adverbial.
     */
    static Sentence thatClausesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int clause = d.dependent();
            int complement = d.governor();
            if (!d.relation().startsWith("csubj") || complement == Dependency.ROOT || clause > complement
                    || !s.relation(complement).equals("ccomp")) {
                continue;
            }
            int verb = s.head(complement);
            if (clause > verb && s.children(clause, "mark").stream()
                    .anyMatch(m -> m > verb && s.token(m).lemma().equals("that"))) {
                changed.put(clause, new Dependency("ccomp", verb, clause));
                changed.put(complement, new Dependency("advcl", clause, complement));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a reported clause given its subject back: in "the row erupted after the premier said
     * a Chinese attack on Taiwan could justify a military response" the parser may read "a Chinese attack"
     * as the object of "said" and hang "could justify" elsewhere, even above the verb of saying. A noun
     * object of a verb of saying that is followed, right after its own words, by a modal whose verb has
     * no subject is that verb's subject, and the verb is what was said. Where the modal's verb governed
     * the verb of saying, the branch that led down to it takes the verb's place.
     */
    static Sentence reportedSubjectsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int noun = d.dependent();
            int say = d.governor();
            // "told reporters a deal could ..." has the hearer as object: only the said thing is taken
            if (!d.relation().equals("obj") || say == Dependency.ROOT || noun < say || !s.token(noun).isNoun()
                    || !DerivedEvents.SPEECH.contains(s.token(say).lemma()) || s.token(say).lemma().equals("tell")) {
                continue;
            }
            int modal = noun + 1;
            while (modal < s.tokens().size() && s.dominates(noun, modal)) {
                modal++;
            }
            if (modal >= s.tokens().size() || !s.token(modal).tag().equals("MD") || !s.relation(modal).equals("aux")) {
                continue;
            }
            int verb = s.head(modal);
            if (verb < modal || hasSubject(s, verb) || s.dominates(say, verb)) {
                continue;
            }
            if (s.dominates(verb, say)) {
                int branch = say;
                while (s.head(branch) != verb) {
                    branch = s.head(branch);
                }
                changed.put(branch, new Dependency(s.relation(verb), s.head(verb), branch));
            }
            changed.put(verb, new Dependency("ccomp", say, verb));
            changed.put(noun, new Dependency("nsubj", verb, noun));
        }
        return reparsed(s, changed);
    }

    /** Plural nouns of armed parties and acts that the tagger may take for a verb: "Taliban forces attacked". */
    private static final Set<String> PLURALS_READ_AS_VERBS = Set.of("forces", "strikes", "attacks", "raids", "shells");

    /**
     * The parse with a plural noun given back as the subject: in "clashes began when Taliban forces
     * attacked Pakistani posts" the tagger may make "forces" a verb with "Taliban" its subject and
     * "attacked" an adjective of "posts". Such a plural, tagged a verb after a name or an adjective that
     * is its subject and right before a past-tense verb, is a noun: the name or adjective modifies it,
     * it is the subject of the past-tense verb, and that verb takes its place and its other words.
     */
    static Sentence pluralSubjectsRepaired(Sentence s) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int x = 1; x + 1 < s.tokens().size(); x++) {
            Token t = s.token(x);
            int modifier = x - 1;
            int verb = x + 1;
            String before = s.token(modifier).tag();
            String after = s.token(verb).tag();
            if (!t.tag().equals("VBZ") || !PLURALS_READ_AS_VERBS.contains(t.word().toLowerCase(Locale.ROOT))
                    || !(before.startsWith("NNP") || before.equals("JJ")) || s.head(modifier) != x
                    || !s.relation(modifier).equals("nsubj") || !(after.equals("VBD") || after.equals("VBN"))
                    || s.dominates(verb, x)) {
                continue;
            }
            tokens.set(x, pluralNoun(t));
            changed.put(verb, new Dependency(s.relation(x), s.head(x), verb));
            changed.put(x, new Dependency("nsubj", verb, x));
            changed.put(modifier, new Dependency(before.equals("JJ") ? "amod" : "compound", x, modifier));
            for (Dependency d : s.children(x)) {
                if (d.dependent() != modifier && d.dependent() != verb) {
                    changed.put(d.dependent(), new Dependency(d.relation(), verb, d.dependent()));
                }
            }
        }
        return reparsed(s, tokens, changed);
    }

    /** A plural of {@link #PLURALS_READ_AS_VERBS} that the tagger made a verb, as the noun it is. */
    private static Token pluralNoun(Token t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        return new Token(t.index(), t.word(), word.substring(0, word.length() - 1), "NNS", t.ner(), t.begin(), t.end());
    }

    /** Verbs that name what their object is: "called the strikes an act of aggression". */
    private static final Set<String> NAMING = Set.of("call", "describe", "brand", "label", "term");

    /**
     * The parse with a named act given back as the object: in "Beijing called the US strikes an act of
     * aggression" the tagger may make "strikes" a verb with "the US" its subject and "an act" its object.
     * Such a plural, tagged a verb right after a verb of naming and the words of its own phrase ("the
     * US", "the Israeli") and right before a determiner, is that verb's object, and what it seemed to
     * strike is what it is called.
     */
    static Sentence calledPluralsRepaired(Sentence s) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int x = 2; x + 1 < s.tokens().size(); x++) {
            Token t = s.token(x);
            if (!t.tag().equals("VBZ") || !PLURALS_READ_AS_VERBS.contains(t.word().toLowerCase(Locale.ROOT))
                    || !s.token(x + 1).tag().equals("DT")) {
                continue;
            }
            int naming = x - 1;
            while (naming >= 0 && Set.of("DT", "JJ", "NNP", "NNPS", "NN").contains(s.token(naming).tag())) {
                naming--;
            }
            int at = x;
            List<Integer> predicate = s.children(x, "obj").stream().filter(o -> o > at).toList();
            if (naming < 0 || naming == x - 1 || !s.token(naming).isVerb() || !NAMING.contains(s.token(naming).lemma())
                    || predicate.size() != 1) {
                continue;
            }
            tokens.set(x, pluralNoun(t));
            if (s.dominates(x, naming)) {
                int branch = naming;
                while (s.head(branch) != x) {
                    branch = s.head(branch);
                }
                changed.put(branch, new Dependency(s.relation(x), s.head(x), branch));
            }
            changed.put(x, new Dependency("obj", naming, x));
            for (int k = naming + 1; k < x; k++) {
                String tag = s.token(k).tag();
                changed.put(k, new Dependency(tag.equals("DT") ? "det" : tag.equals("JJ") ? "amod" : "compound", x, k));
            }
            changed.put(predicate.get(0), new Dependency("obl:npmod", naming, predicate.get(0)));
            for (Dependency d : s.children(x)) {
                if (!changed.containsKey(d.dependent())) {
                    changed.put(d.dependent(), new Dependency(d.relation(), naming, d.dependent()));
                }
            }
        }
        return reparsed(s, tokens, changed);
    }

    /** Nouns that, after "in", tell why a clause's act was done: "in retaliation for", "in response to". */
    private static final Set<String> RESPONSE_NOUNS = Set.of("retaliation", "response", "revenge", "reprisal");

    /**
     * The parse with "in retaliation for ..." raised to the verb it tells the reason of: in "attacked border
     * posts in retaliation for airstrikes on Kabul" the parser may hang the phrase on "posts", and Kabul
     * would join the posts as the attack's target. "In" with such a noun never modifies a noun: hung on the
     * object or oblique of a verb, it is an oblique of that verb.
     */
    static Sentence responsePhrasesRaised(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int reason = d.dependent();
            int noun = d.governor();
            if (!d.relation().equals("nmod") || !RESPONSE_NOUNS.contains(s.token(reason).lemma())
                    || s.children(reason, "case").stream().noneMatch(c -> s.token(c).lemma().equals("in"))
                    || !(s.relation(noun).equals("obj") || s.relation(noun).startsWith("obl"))
                    || !s.token(s.head(noun)).isVerb()) {
                continue;
            }
            changed.put(reason, new Dependency("obl", s.head(noun), reason));
        }
        return reparsed(s, changed);
    }

    /** Verbs that tell an act noun began, went on or grew: "clashes broke out", "fighting raged". */
    private static final Set<String> ONSET = Set.of("erupt", "break", "begin", "start", "continue", "rage", "flare",
            "intensify", "resume", "escalate", "spread", "persist", "ensue");

    /**
     * The parse with "between X and Y" given to the act it names the parties of: in "clashes broke out on
     * Sunday between Druze militias and Bedouin tribes" the parser hangs the phrase on "broke out", whose
     * subject "clashes" is then left without its parties. A "between" oblique of a verb of onset or
     * continuation whose subject is a noun belongs to that noun; a subject "Fighting" that the tagger
     * made a gerund, with no object of its own, is the noun.
     */
    static Sentence onsetPartiesLowered(Sentence s) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int parties = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("obl") || verb == Dependency.ROOT || !ONSET.contains(s.token(verb).lemma())
                    || s.children(parties, "case").stream().noneMatch(c -> s.token(c).lemma().equals("between"))) {
                continue;
            }
            for (int act : s.children(verb, "nsubj")) {
                Token t = s.token(act);
                boolean gerund = t.tag().equals("VBG") && s.children(act).stream().noneMatch(x -> x.relation().equals("obj"));
                if (t.isNoun() || gerund) {
                    changed.put(parties, new Dependency("nmod", act, parties));
                }
                if (gerund) {
                    tokens.set(act, new Token(act, t.word(), t.word().toLowerCase(Locale.ROOT), "NN", t.ner(), t.begin(), t.end()));
                }
            }
        }
        return reparsed(s, tokens, changed);
    }

    /**
     * The parse with a clause of saying whose "that" is left out given back its complement: in "Russia
     * warned Washington would not conclude any deals" the parser may read "Russia warned Washington" as
     * the subject clause of "conclude", which is then said by no one and puts the warning under its
     * negation. A verb of saying with a subject and an object that is the clausal subject of a later
     * verb with a modal or auxiliary and no subject of its own heads the sentence: the later verb is
     * its complement, and the object that verb's subject.
     */
    static Sentence toldSubjectsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int speech = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("csubj") || verb == Dependency.ROOT || speech > verb
                    || !DerivedEvents.SPEECH.contains(s.token(speech).lemma()) || s.children(speech, "nsubj").isEmpty()
                    || s.children(speech, "obj").size() != 1 || hasSubject(s, verb) || s.children(verb, "aux").isEmpty()) {
                continue;
            }
            int object = s.children(speech, "obj").get(0);
            changed.put(speech, new Dependency(s.relation(verb), s.head(verb), speech));
            changed.put(verb, new Dependency("ccomp", speech, verb));
            changed.put(object, new Dependency("nsubj", verb, object));
            for (int p : s.children(verb, "punct")) {
                if (p == s.tokens().size() - 1) {
                    changed.put(p, new Dependency("punct", speech, p));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a trailing "saying ..." given back its clause: in "the army warned residents not to
     * approach its forces, saying troops had opened fire on people" the parser may read "saying" as an
     * adjective of "troops" and hang "had opened" on the negated "approach", whose "not" it then takes. A
     * verb of saying in -ing after a comma, read as an adjective of the subject of a later clause, heads
     * that clause, and hangs on the nearest clause above with a subject of its own.
     */
    static Sentence sayingClausesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int saying = d.dependent();
            int subject = d.governor();
            if (!d.relation().equals("amod") || saying == 0 || subject != saying + 1
                    || !s.token(saying).tag().equals("VBG") || !DerivedEvents.SPEECH.contains(s.token(saying).lemma())
                    || !s.token(saying - 1).word().equals(",") || !s.relation(subject).startsWith("nsubj")) {
                continue;
            }
            int clause = s.head(subject);
            int anchor = clause == Dependency.ROOT ? Dependency.ROOT : s.head(clause);
            for (int guard = 0; guard < s.tokens().size() && anchor != Dependency.ROOT
                    && s.children(anchor, "nsubj").isEmpty() && s.children(anchor, "nsubj:pass").isEmpty(); guard++) {
                anchor = s.head(anchor);
            }
            if (anchor == Dependency.ROOT || anchor > saying) {
                continue;
            }
            changed.put(saying, new Dependency("advcl", anchor, saying));
            changed.put(clause, new Dependency("ccomp", saying, clause));
        }
        return reparsed(s, changed);
    }

    /** Words that make a number approximate: "around 1,800 teachers", "some 300 workers". */
    private static final Set<String> APPROXIMATING = Set.of("around", "about", "some", "nearly", "almost", "roughly",
            "approximately");

    /**
     * The parse with an approximate number given back to its verb as the subject: in "around 900 of
     * the nurses will not end their walkout" the parser may read "around" as a preposition and the
     * number as an oblique of the verb, which is left with no subject. A number so approximated
     * before a verb that has no subject is that subject, and the approximating word its adverb.
     */
    static Sentence approximateSubjectsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int n = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("obl") || verb == Dependency.ROOT || n > verb || !s.token(verb).isVerb()
                    || !s.token(n).tag().equals("CD") || s.children(verb).stream().anyMatch(x -> x.relation().startsWith("nsubj")
                            || x.relation().startsWith("csubj") || x.relation().equals("expl"))) {
                continue;
            }
            for (int c : s.children(n, "case")) {
                if (c < n && APPROXIMATING.contains(s.token(c).lemma())) {
                    boolean passive = !s.children(verb, "aux:pass").isEmpty();
                    changed.put(n, new Dependency(passive ? "nsubj:pass" : "nsubj", verb, n));
                    changed.put(c, new Dependency("advmod", n, c));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with "acting" given back to the title it qualifies: in "Acting Thai Prime Minister
     * Phumtham Wechayachai and Hun Manet met" the parser may read "Acting" as a gerund subject of the
     * verb with the named official its object. "Acting" so read, with a proper name as its object, is
     * an adjective of that name, and the name takes its place under the verb.
     */
    static Sentence actingTitlesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int acting = d.dependent();
            if (!s.token(acting).word().equalsIgnoreCase("acting") || !s.token(acting).tag().equals("VBG")
                    || d.governor() == Dependency.ROOT) {
                continue;
            }
            for (int name : s.children(acting, "obj")) {
                if (name > acting && s.token(name).tag().startsWith("NNP")) {
                    changed.put(name, new Dependency(d.relation(), d.governor(), name));
                    changed.put(acting, new Dependency("amod", name, acting));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with an object given back to its verb across a bare date: in wire style "the army
     * lifted Friday a day-old blockade" the parser may hang the object under the date ("Friday" an
     * obl:tmod of "lifted", "blockade" a dep of "Friday"). When a verb with no object is followed at
     * once by its bare date, a noun the date governs after it as dep or obj becomes the verb's object.
     */
    static Sentence datesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int date = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("obl:tmod") || date != verb + 1 || !s.token(verb).isVerb() || !temporal(s, date)
                    || !s.children(verb, "obj").isEmpty()) {
                continue;
            }
            for (Dependency x : s.children(date)) {
                int n = x.dependent();
                if (n > date && s.token(n).isNoun() && (x.relation().equals("dep") || x.relation().equals("obj"))) {
                    changed.put(n, new Dependency("obj", verb, n));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs that take a small clause: "called the charges baseless", "deemed the vote illegitimate". */
    private static final Set<String> SMALL_CLAUSE_VERBS = Set.of("call", "deem", "brand", "label", "term", "consider");

    /**
     * The parse with a small clause's predicate given back: in "called the accusations by the Commission
     * unfounded" the parser may hang the adjective on the noun before it as a modifier, where English puts
     * an adjective modifier before its noun. An adjective or participle after the object of a verb that
     * takes a small clause, and last in the verb's phrase, is the object's predicate (xcomp), and a phrase
     * the parser hung on the verb between the two belongs to the object.
     */
    static Sentence smallClausesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int adj = d.dependent();
            int noun = d.governor();
            String tag = s.token(adj).tag();
            if (!d.relation().equals("amod") || noun == Dependency.ROOT || adj < noun || !(tag.equals("JJ") || tag.equals("VBN"))) {
                continue;
            }
            int verb = s.head(noun);
            if (verb != Dependency.ROOT && s.relation(noun).startsWith("nmod")) {
                verb = s.head(verb);  // "the accusations by the Commission unfounded" hung on "Commission"
            }
            if (verb == Dependency.ROOT || !s.token(verb).isVerb() || !SMALL_CLAUSE_VERBS.contains(s.token(verb).lemma())
                    || !s.children(verb, "xcomp").isEmpty() || s.children(verb, "obj").isEmpty()) {
                continue;
            }
            int object = s.children(verb, "obj").get(0);
            boolean last = s.children(verb).stream().allMatch(c -> c.dependent() < adj || c.relation().equals("punct"));
            if (object < adj && last) {
                changed.put(adj, new Dependency("xcomp", verb, adj));
                changed.put(object, new Dependency("nsubj", adj, object));
                if (s.relation(noun).startsWith("obl") && noun > object) {
                    // a phrase between the object and its predicate is the object's: "the vote by the separatists"
                    changed.put(noun, new Dependency("nmod", object, noun));
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a bare object relative clause given back to its noun: in "denied shelling the town
     * the rebels captured in March" or "had killed the protesters the police detained" the parser may
     * hang "captured" or "detained" on the verb as a dep or xcomp. A past or present finite verb with a
     * subject of its own and no object (the gap the noun fills), whose subject's phrase starts right
     * after the object of the verb it hangs on, is a relative clause on that object; not after a verb
     * of saying, whose object may be followed by what was said ("told reporters the army left").
     */
    static Sentence bareRelativesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int clause = d.dependent();
            int verb = d.governor();
            if (!(d.relation().equals("dep") || d.relation().equals("xcomp")) || verb == Dependency.ROOT
                    || !Set.of("VBD", "VBZ", "VBP").contains(s.token(clause).tag()) || !s.children(clause, "obj").isEmpty()
                    || !s.children(clause, "mark").isEmpty() || DerivedEvents.SPEECH.contains(s.token(verb).lemma())
                    || Set.of("tell", "inform", "warn", "assure", "remind").contains(s.token(verb).lemma())) {
                continue;
            }
            List<Integer> subjects = s.children(clause, "nsubj");
            List<Integer> objects = s.children(verb, "obj");
            if (subjects.size() != 1 || objects.size() != 1 || objects.get(0) > clause) {
                continue;
            }
            int object = objects.get(0);
            int subject = subjects.get(0);
            int start = IntStream.rangeClosed(0, subject).filter(i -> i == subject || s.dominates(subject, i)).findFirst().orElse(subject);
            if (start == object + 1 && !RELATIVE_PRONOUNS.contains(s.token(subject).word().toLowerCase(Locale.ROOT))) {
                changed.put(clause, new Dependency("acl:relcl", object, clause));
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs that take a noun predicate after their object: "designated the group a terrorist organization". */
    private static final Set<String> NAMING_VERBS = Set.of("call", "brand", "label", "term", "designate", "declare",
            "name", "consider");

    /**
     * The parse with a noun predicate given back: in "designated Viv Ansanm a terrorist organization"
     * the parser may hang "organization" on the name before it as a bare dep. An indefinite noun right
     * after the object of a verb that names what its object is, hung on that object as dep, is the
     * verb's predicate (xcomp), as the parser reads "called the group a terrorist organization".
     */
    static Sentence nounPredicatesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int noun = d.dependent();
            int object = d.governor();
            if (!d.relation().equals("dep") || object == Dependency.ROOT || noun < object || !s.token(noun).isNoun()
                    || !s.relation(object).equals("obj") || s.children(noun, "det").stream()
                            .noneMatch(x -> Set.of("a", "an").contains(s.token(x).lemma()))) {
                continue;
            }
            int verb = s.head(object);
            if (verb != Dependency.ROOT && s.token(verb).isVerb() && NAMING_VERBS.contains(s.token(verb).lemma())
                    && s.children(verb, "xcomp").isEmpty()
                    && IntStream.range(object + 1, noun).allMatch(k -> s.dominates(noun, k) || s.head(k) == object)) {
                changed.put(noun, new Dependency("xcomp", verb, noun));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with an object given back to its verb from behind an "as" complement: a long object
     * may follow the complement ("condemned as a crime Serbia's crackdown on the protests", "described
     * as illegal the seizure of the tanker"), and the parser then hangs it as a dep of the complement's
     * noun, leaving the verb without its object. When a verb with no object has an "as" phrase whose
     * noun governs a noun after it as dep, that noun becomes the verb's object.
     */
    static Sentence shiftedObjectsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int as = d.dependent();
            int verb = d.governor();
            if (!d.relation().equals("obl") || verb == Dependency.ROOT || !s.token(verb).isVerb() || !hasMarker(s, as, "as")
                    || !s.children(verb, "obj").isEmpty()) {
                continue;
            }
            for (int n : s.children(as, "dep")) {
                if (n > as && s.token(n).isNoun()) {
                    changed.put(n, new Dependency("obj", verb, n));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a party's "to" phrase taken off the date before it: in "lifted the embargo in
     * late May to Cuba, Iran and Syria" the parser may hang "to Cuba" on "May" and make the other
     * names conjuncts of the date. A date is not sent or given to anyone, and a "to" phrase naming a
     * date is a span ("from May to June"); so a "to" phrase that names no time, hung on a date of the
     * verb, is the verb's, and the date's later conjuncts that name no time are coordinated with it.
     */
    static Sentence partiesOffDatesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int date = d.dependent();
            int verb = d.governor();
            if (!d.relation().startsWith("obl") || verb == Dependency.ROOT || !s.token(verb).isVerb() || !temporal(s, date)) {
                continue;
            }
            for (int n : s.children(date, "nmod")) {
                if (n < date || !hasMarker(s, n, "to") || temporal(s, n) || !s.token(n).tag().startsWith("NNP")) {
                    continue;
                }
                changed.put(n, new Dependency("obl", verb, n));
                for (int c : s.children(date, "conj")) {
                    if (c > n && !temporal(s, c) && s.token(c).tag().startsWith("NNP")) {
                        changed.put(c, new Dependency("conj", n, c));
                    }
                }
                break;
            }
        }
        return reparsed(s, changed);
    }

    private static boolean inDate(Sentence s, int token) {
        return s.timexes().stream().anyMatch(t -> t.covers(token) && ("DATE".equals(t.type()) || "TIME".equals(t.type())));
    }

    private static boolean hasDateBetween(Sentence s, int head, int from, int to) {
        for (Dependency x : s.children(head)) {
            int k = x.dependent();
            if (k > from && k < to && x.relation().startsWith("obl") && inDate(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence with some tokens hung differently ({@code changed}: a token's new dependency), as
     * the parse repairs below make it; the sentence itself when nothing changed.
     */
    /** The parse with the changed dependencies and the tokens retagged (as the tagger should have). */
    private static Sentence reparsed(Sentence s, List<Token> tokens, Map<Integer, Dependency> changed) {
        if (changed.isEmpty()) {
            return s;
        }
        return reparsed(new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes()),
                changed);
    }

    private static Sentence reparsed(Sentence s, Map<Integer, Dependency> changed) {
        if (changed.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            deps.add(changed.getOrDefault(d.dependent(), d));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps, s.timexes());
    }

    /**
     * The parse with a trailing attribution given its speakers back: in "the generals agreed to a
     * ceasefire, Saudi Arabia and the United States said" the parser may read the speakers as more
     * items of a list ("ceasefire, Saudi Arabia and the United States") and leave "said" with no
     * subject. When a verb of saying without a subject follows, after a comma, a run of nouns,
     * determiners, adjectives and "and" that all hang on something before the comma, the run's first
     * head becomes the verb's subject and its other heads that subject's conjuncts.
     */
    Sentence attributionsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Token t : s.tokens()) {
            int verb = t.index();
            if (!DerivedEvents.SPEECH.contains(t.lemma()) || !(t.tag().equals("VBD") || t.tag().equals("VBZ"))
                    || hasSubject(s, verb)) {
                continue;
            }
            int start = verb;
            while (start > 0 && NOUN_RUN.contains(s.token(start - 1).tag())) {
                start--;
            }
            if (start == verb || start == 0 || !s.token(start - 1).word().equals(",")) {
                continue;
            }
            List<Integer> heads = new ArrayList<>();
            boolean outside = true;
            for (int k = start; k < verb; k++) {
                int h = s.head(k);
                if (h >= start && h < verb) {
                    continue;
                }
                outside &= h != Dependency.ROOT && h < start && s.token(k).isNoun();
                heads.add(k);
            }
            if (!outside || heads.isEmpty()) {
                continue;
            }
            int subject = heads.get(0);
            changed.put(subject, new Dependency("nsubj", verb, subject));
            for (int other : heads.subList(1, heads.size())) {
                changed.put(other, new Dependency("conj", subject, other));
            }
            if (s.relation(verb).equals("dep")) {
                changed.put(verb, new Dependency("parataxis", s.head(verb), verb));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a trailing participle's object and the attribution's speaker given back: in
     * "coast guard ships fired water cannon at a boat, injuring three crew members, the Philippine coast
     * guard said" the parser may read the victims as the subject of "said", the speaker as their
     * apposition and "injuring" as a bare dependent of "said". A verb of saying after the clause it
     * reports, whose one subject has an apposition after a comma and comes right after a participle
     * hanging on the verb of saying with no object of its own, has that apposition as its speaker; the
     * subject is the participle's object, and the participle goes back to the reported clause.
     */
    static Sentence participleSpeakersRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int verb = 1; verb < s.tokens().size(); verb++) {
            int head = s.head(verb);
            String rel = s.relation(verb);
            if (!DerivedEvents.SPEECH.contains(s.token(verb).lemma()) || head == Dependency.ROOT || head > verb
                    || !(rel.equals("parataxis") || rel.equals("ccomp")) || !s.token(head).isVerb()) {
                continue;
            }
            List<Integer> subjects = s.children(verb, "nsubj");
            if (subjects.size() != 1) {
                continue;
            }
            int subject = subjects.get(0);
            int speaker = s.children(subject, "appos").stream().filter(a -> a > subject).findFirst().orElse(-1);
            if (speaker < 0 || speaker > verb || !s.tokens().subList(subject + 1, speaker).stream()
                    .anyMatch(t -> t.word().equals(","))) {
                continue;
            }
            for (Dependency d : s.children(verb)) {
                int participle = d.dependent();
                boolean before = participle < subject && IntStream.range(participle + 1, subject)
                        .allMatch(k -> s.dominates(subject, k));
                if ((d.relation().equals("dep") || d.relation().startsWith("advcl")) && before
                        && Set.of("VBG", "VBN").contains(s.token(participle).tag()) && s.children(participle, "obj").isEmpty()) {
                    changed.put(subject, new Dependency("obj", participle, subject));
                    changed.put(speaker, new Dependency("nsubj", verb, speaker));
                    changed.put(participle, new Dependency("advcl", head, participle));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a trailing attribution's speaker given back: in "Britain expelled a Russian attache
     * from London, the Foreign Office said" the parser may read the object as the subject of "said", the
     * speaker as that subject's apposition (or as a second subject) and the whole as what was expelled. A
     * verb of saying that is the complement of an earlier verb, neither a verb of saying nor one with an
     * object, and whose one subject lies between the two with a phrase running from a comma to the verb
     * of saying, is a parenthetical: that phrase is its speaker, the subject the earlier verb's object,
     * and what else hangs on it before the comma goes with the earlier verb.
     */
    static Sentence appositeSpeakersRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int verb = 1; verb < s.tokens().size(); verb++) {
            int head = s.head(verb);
            if (!DerivedEvents.SPEECH.contains(s.token(verb).lemma()) || !s.relation(verb).equals("ccomp")
                    || head == Dependency.ROOT || head > verb || !s.token(head).isVerb()
                    || DerivedEvents.SPEECH.contains(s.token(head).lemma()) || !s.children(head, "obj").isEmpty()) {
                continue;
            }
            List<Integer> subjects = s.children(verb, "nsubj").stream().sorted().toList();
            int subject = subjects.isEmpty() ? -1 : subjects.get(0);
            int speaker = subjects.size() == 2 ? subjects.get(1)
                    : subjects.size() == 1 ? s.children(subject, "appos").stream().findFirst().orElse(-1) : -1;
            if (speaker < 0 || subject <= head || speaker >= verb) {
                continue;
            }
            int first = speaker;
            while (first - 1 > subject && s.dominates(speaker, first - 1)) {
                first--;
            }
            int phrase = speaker;
            if (!s.token(first - 1).word().equals(",")
                    || IntStream.range(speaker + 1, verb).anyMatch(k -> !s.dominates(phrase, k))) {
                continue;
            }
            for (Dependency d : s.children(verb)) {
                if (d.dependent() > head && d.dependent() < first && d.dependent() != subject) {
                    changed.put(d.dependent(), new Dependency(d.relation(), head, d.dependent()));
                }
            }
            changed.put(subject, new Dependency("obj", head, subject));
            changed.put(speaker, new Dependency("nsubj", verb, speaker));
            changed.put(verb, new Dependency("parataxis", head, verb));
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a finite verb given back to the clause whose form it shares: in "Borrell said
     * Kurti should withdraw the police and called on Vucic to ..." the parser may coordinate "called"
     * with "withdraw", so that Kurti calls and the call is only what Borrell says should happen. A
     * bare infinitive or "to" verb cannot coordinate with a past or present finite verb; when a verb
     * of that form without a subject or auxiliary of its own is the conjunct of one, and the clause
     * of that one is the complement (or "to" clause) of a verb of the same form, it is that verb's conjunct.
     */
    Sentence finiteConjunctsRaised(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int head = d.governor();
            String tag = s.token(verb).tag();
            // the tagger may read a past "called" after a modal's verb as a participle (VBN)
            String form = tag.equals("VBN") ? "VBD" : tag;
            if (!d.relation().equals("conj") || head == Dependency.ROOT || !(form.equals("VBD") || form.equals("VBZ"))
                    || !s.token(head).tag().equals("VB") || !s.children(verb, "nsubj").isEmpty()
                    || !s.children(verb, "aux").isEmpty() || !s.children(verb, "aux:pass").isEmpty()) {
                continue;
            }
            String rel = s.relation(head);
            int outer = s.head(head);
            // an infinitive of purpose too: "called on the council to hold a meeting and urged Thailand to
            // withdraw", where "on" made "to hold" an adverbial clause
            if (outer == Dependency.ROOT || !(rel.equals("ccomp") || rel.equals("xcomp")
                        || rel.equals("advcl") && markerOf(s, head, "to") >= 0)
                    || !s.token(outer).tag().equals(form)) {
                continue;
            }
            changed.put(verb, new Dependency("conj", outer, verb));
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with the speaker's second act given back to the speaker: in "the minister said Iran had
     * notified Baghdad of the strike and thanked Tehran for the warning" the parser may coordinate
     * "thanked" with "notified", so that Iran thanks itself. A past verb with no subject or auxiliary of
     * its own, the conjunct of a verb of saying's complement, is the speaker's act when it cannot share
     * the complement's subject: its object is that subject's own side ("Iran ... thanked Tehran"), or
     * its past tense is the verb of saying's and not the complement's ("said Iran is ready ... and
     * thanked").
     */
    static Sentence saidConjunctsRaised(Sentence s, List<ActorMention> mentions) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int complement = d.governor();
            if (!d.relation().equals("conj") || complement == Dependency.ROOT || !s.relation(complement).equals("ccomp")
                    || !Set.of("VBD", "VBN").contains(s.token(verb).tag()) || hasSubject(s, verb)
                    || s.children(verb).stream().anyMatch(c -> c.relation().startsWith("aux"))) {
                continue;
            }
            int speech = s.head(complement);
            // a trailing attribution ("raided the camp and arrested 12 people, the army said") speaks
            // after both acts, which are what it reports
            if (!DerivedEvents.SPEECH.contains(s.token(speech).lemma()) || !s.token(speech).tag().equals("VBD")
                    || speech > complement) {
                continue;
            }
            List<Actor> subject = Arguments.actorsOf(s, s.children(complement, "nsubj"), mentions, false);
            List<Actor> object = Arguments.actorsOf(s, s.children(verb, "obj"), mentions, false);
            // the own side named as a state ("thanked Tehran"), not people of its country ("arrested 12 people")
            // ("closed its airspace" is the subject's own act on its own ground)
            boolean itself = !subject.isEmpty() && !object.isEmpty() && sameSide(subject, object)
                    && object.stream().allMatch(a -> a.sector() == null || "GOV".equals(a.sector()))
                    && s.children(verb, "obj").stream().allMatch(o -> s.token(o).isProperNoun());
            // the complement's tense: its verb's, or its auxiliary's or copula's ("is ready"); a perfect
            // ("has seized the town and killed ten") is a past whose "have" the next verb shares
            Set<String> tenses = new HashSet<>(Set.of(s.token(complement).tag()));
            s.children(complement).stream().filter(c -> c.relation().startsWith("aux") || c.relation().equals("cop"))
                    .filter(c -> !s.token(c.dependent()).lemma().equals("have"))
                    .forEach(c -> tenses.add(s.token(c.dependent()).tag()));
            // not a progressive ("are holding the town and killed ten"), which may go on into the past
            boolean present = tenses.stream().anyMatch(t -> t.equals("VBZ") || t.equals("VBP"))
                    && !s.token(complement).tag().equals("VBG") && s.token(verb).tag().equals("VBD");
            if (itself || present) {
                changed.put(verb, new Dependency("conj", speech, verb));
            }
        }
        return reparsed(s, changed);
    }

    /** Participles of feeling, which after "be" tell a state of mind, not an act undergone: "was concerned". */
    // not "encourage": "was encouraged by Washington to resume talks" is Washington's act
    private static final Set<String> FEELINGS = Set.of("concern", "worry", "alarm", "disappoint", "dismay", "shock",
            "trouble", "sadden", "outrage", "anger", "frustrate", "appal", "appall", "satisfy", "please");

    /**
     * The parse with a feeling told as a state: in "UNIFIL said it was deeply concerned by the strike and
     * called on both sides to ..." the parser reads "was concerned" as a passive, and the conjoined
     * "called" then shares its voice, so that the one who calls is the one called on. A participle of
     * feeling after "be" is an adjective: its subject is a plain subject and "be" its copula.
     */
    static Sentence feelingsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).tag().equals("VBN") || !FEELINGS.contains(s.token(v).lemma())) {
                continue;
            }
            List<Integer> be = s.children(v, "aux:pass").stream().filter(a -> s.token(a).lemma().equals("be")).toList();
            if (be.size() != 1) {
                continue;
            }
            for (int subj : s.children(v, "nsubj:pass")) {
                changed.put(subj, new Dependency("nsubj", v, subj));
            }
            changed.put(be.get(0), new Dependency("cop", v, be.get(0)));
        }
        return reparsed(s, changed);
    }

    /** Nouns that count or group what their "of" phrase names: "a series of strikes", "dozens of fighters". */
    private static final Set<String> QUANTITIES = Set.of("series", "wave", "barrage", "string", "spate", "round",
            "flurry", "volley", "salvo", "succession", "number", "dozen", "hundred", "score", "thousand", "couple",
            "handful");

    /**
     * The parse with the counted noun as the argument: in "carried out a series of strikes on Hezbollah
     * positions", "launched a wave of attacks", "killing dozens of fighters" the parser makes the
     * quantity the object and hangs the act or the people on it, so the verb has no act and no one to
     * act on. A quantity noun that is an object or subject, with an "of" phrase naming a noun, gives
     * its place to that noun, and becomes its modifier.
     */
    static Sentence quantitiesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int q = 0; q < s.tokens().size(); q++) {
            String rel = s.relation(q);
            if (!s.token(q).isNoun() || !QUANTITIES.contains(s.token(q).lemma())
                    || !(rel.equals("obj") || rel.startsWith("nsubj"))) {
                continue;
            }
            for (int n : s.children(q, "nmod")) {
                int of = markerOf(s, n, "of");
                if (n > q && of >= 0 && s.token(n).isNoun() && !changed.containsKey(q)) {
                    changed.put(n, new Dependency(rel, s.head(q), n));
                    changed.put(q, new Dependency("nmod", n, q));
                    changed.put(of, new Dependency("case", q, of));
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Plural nouns of a span of time that measure how long before or after: "hours earlier", "days later". */
    private static final Set<String> SPANS = Set.of("second", "minute", "hour", "day", "week", "month", "year");
    private static final Set<String> SPAN_ADVERBS = Set.of("earlier", "later", "ago", "before", "after", "afterwards",
            "afterward");

    /**
     * The parse with a name parted from the span of time after it: in "voted to impeach Rajoelina hours
     * earlier" the parser may read "Rajoelina hours" as one noun phrase headed by "hours", so that the
     * one impeached is lost. A name cannot modify a span of time: a plural span noun followed by
     * "earlier", "later", "ago", "before" or "after", with a proper noun right before it as its compound,
     * gives its place to that name, and becomes a time modifier of the name's verb.
     */
    static Sentence namesBeforeSpansRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int span = 1; span + 1 < s.tokens().size(); span++) {
            int name = span - 1;
            // the span hangs on the verb, or measures the adverb after it: "days <-obl:npmod- earlier"
            boolean measures = s.head(span) == span + 1;
            int head = measures ? s.head(span + 1) : s.head(span);
            if (!s.token(span).tag().equals("NNS") || !SPANS.contains(s.token(span).lemma())
                    || !SPAN_ADVERBS.contains(s.token(span + 1).word().toLowerCase(Locale.ROOT))
                    || !s.token(name).tag().startsWith("NNP") || s.head(name) != span
                    || !s.relation(name).equals("compound") || head == Dependency.ROOT || !s.token(head).isVerb()
                    || measures && !s.children(head, "obj").isEmpty()) {
                continue;
            }
            changed.put(name, new Dependency(measures ? "obj" : s.relation(span), head, name));
            for (int c : s.children(span, "compound")) {
                if (c < name) {
                    changed.put(c, new Dependency("compound", name, c));
                }
            }
            for (Dependency d : s.children(span)) {
                if (d.dependent() < name && !d.relation().equals("compound")) {
                    changed.put(d.dependent(), new Dependency(d.relation(), name, d.dependent()));
                }
            }
            if (!measures) {
                changed.put(span, new Dependency("obl:tmod", head, span));
            }
        }
        return reparsed(s, changed);
    }

    /** Nouns of an attack that other nouns name the means of: "missile strikes", "drone attacks". */
    private static final Set<String> ATTACK_NOUNS = Set.of("strike", "airstrike", "attack", "raid", "bombardment",
            "assault", "barrage", "shelling");

    /** Verbs that take a bare infinitive, whose "stage attacks" is a verb: "helped stage attacks". */
    private static final Set<String> BARE_INFINITIVE_HEADS = Set.of("help", "let", "make", "have", "see", "watch",
            "hear", "bid");

    /** Words for a means of attack that modify "strikes" or "attacks" and that the tagger may make a verb. */
    private static final Set<String> WEAPON_MODIFIERS = Set.of("drone", "missile", "rocket", "mortar", "artillery",
            "air", "bomb", "shell", "gun", "knife", "grenade", "suicide", "car", "truck", "arson", "cyber", "retaliatory");

    /**
     * The parse with modifiers of an attack noun read as nouns: in "launched missile and drone strikes on
     * Kyiv" or "carried out drone strikes on Gaza" the tagger may take "drone" for a verb, so that Russia
     * launches a missile and "drones" the strikes, or Israel carries out nothing. A verb of no subject,
     * auxiliary or marker of its own, in base form and no verb the patterns know ({@code verbs}: "fire
     * artillery and launch attacks" keeps its verb), whose object is an attack noun right after it is a noun modifying
     * that attack when it is coordinated after "and" or "or" with a noun object right before it (both
     * modify the attack, which takes that noun's place), or when it follows at once a verb (or its
     * particle) with no object that takes no bare infinitive (the attack is that verb's object), or when
     * it is a clausal subject whose own subject is the adjective or name right before it ("a Russian drone
     * attack on Odesa injured three": the attack is the subject, modified by both). The verb's other
     * phrases go with the attack ("strikes on Kyiv").
     */
    static Sentence attackModifiersRepaired(Sentence s, Set<String> verbs) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int x = 1; x + 1 < s.tokens().size(); x++) {
            int attack = x + 1;
            int verb = s.head(x);
            // a weapon word the tagger made a verb ("drone"), not a verb the coder knows ("fire artillery and
            // launch attacks") nor one it does not ("conduct raids")
            if (!Set.of("VB", "VBP").contains(s.token(x).tag()) || verbs.contains(s.token(x).lemma())
                    || !WEAPON_MODIFIERS.contains(s.token(x).word().toLowerCase(Locale.ROOT))
                    || verb == Dependency.ROOT || s.head(attack) != x || !s.relation(attack).equals("obj")
                    || !ATTACK_NOUNS.contains(s.token(attack).lemma()) || s.children(x).stream().anyMatch(d ->
                            d.relation().startsWith("aux") || d.relation().equals("mark"))) {
                continue;
            }
            // "a Russian drone attack on Odesa injured three": the clausal subject "Russian drone attack",
            // whose adjective became the subject of "drone", is the attack so modified
            List<Integer> subjects = s.children(x).stream().filter(d -> d.relation().startsWith("nsubj"))
                    .map(Dependency::dependent).toList();
            boolean modified = s.relation(x).equals("csubj") && subjects.equals(List.of(x - 1))
                    && Set.of("JJ", "NNP", "NNPS").contains(s.token(x - 1).tag());
            if (!subjects.isEmpty() && !modified) {
                continue;
            }
            int noun = x - 2;
            boolean coordinated = noun >= 0 && s.relation(x).equals("conj") && s.head(noun) == verb
                    && Set.of("and", "or").contains(s.token(x - 1).lemma()) && s.token(noun).isNoun()
                    && (s.relation(noun).equals("obj") || s.relation(noun).startsWith("nsubj"));
            int before = x - 1;
            while (before > verb && s.head(before) == verb && s.relation(before).equals("compound:prt")) {
                before--;  // "carried out drone strikes"
            }
            boolean direct = before == verb && Set.of("dep", "xcomp").contains(s.relation(x)) && s.token(verb).isVerb()
                    && s.children(verb, "obj").isEmpty() && !BARE_INFINITIVE_HEADS.contains(s.token(verb).lemma());
            if (!coordinated && !direct && !modified) {
                continue;
            }
            Token t = s.token(x);
            tokens.set(x, new Token(x, t.word(), t.word().toLowerCase(Locale.ROOT), "NN", t.ner(), t.begin(), t.end()));
            if (coordinated) {
                changed.put(attack, new Dependency(s.relation(noun), verb, attack));
                changed.put(noun, new Dependency("compound", attack, noun));
                changed.put(x, new Dependency("conj", noun, x));
                changed.put(x - 1, new Dependency("cc", x, x - 1));
            } else if (modified) {
                changed.put(attack, new Dependency("nsubj", verb, attack));
                changed.put(x, new Dependency("compound", attack, x));
                changed.put(x - 1, new Dependency(s.token(x - 1).tag().equals("JJ") ? "amod" : "compound", attack, x - 1));
                s.children(x - 1, "det").forEach(d -> changed.put(d, new Dependency("det", attack, d)));
            } else {
                changed.put(attack, new Dependency("obj", verb, attack));
                changed.put(x, new Dependency("compound", attack, x));
            }
            for (Dependency d : s.children(x)) {
                int c = d.dependent();
                if (c > attack) {
                    changed.put(c, d.relation().equals("obl") ? new Dependency("nmod", attack, c)
                            : new Dependency(d.relation(), verb, c));
                }
            }
        }
        return reparsed(s, tokens, changed);
    }

    /**
     * The parse with a second object given back to the first: in "demanded early elections and the
     * release of jailed students" the parser may hang "and" on the verb as a loose dependent and the
     * second noun on "and", so the verb seems to have one object. An "and" or "or" hung so on a verb
     * after its object, with a noun after it as its dependent, joins that noun to the object.
     */
    static Sentence strandedConjunctsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int c = 1; c < s.tokens().size(); c++) {
            int verb = s.head(c);
            if (!s.token(c).tag().equals("CC") || !Set.of("and", "or").contains(s.token(c).lemma())
                    || !s.relation(c).equals("dep") || verb == Dependency.ROOT || !s.token(verb).isVerb()) {
                continue;
            }
            int and = c;
            List<Integer> objects = s.children(verb, "obj").stream().filter(o -> o < and).toList();
            List<Integer> nouns = s.children(c).stream().map(Dependency::dependent)
                    .filter(n -> n > and && s.token(n).isNoun()).toList();
            if (objects.size() == 1 && nouns.size() == 1) {
                changed.put(nouns.get(0), new Dependency("conj", objects.get(0), nouns.get(0)));
                changed.put(c, new Dependency("cc", nouns.get(0), c));
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs of giving way that take "to" and a noun, never an infinitive: "bowed to pressure". */
    private static final Set<String> GIVING_WAY = Set.of("bow", "yield", "succumb", "capitulate", "kowtow", "bend");

    /**
     * The parse with what a party gives way to read as a noun: in "will not bow to pressure from the
     * street" or "yielded to force" the tagger may take the noun for an infinitive, so that the verb
     * has no "to" phrase and the noun becomes an act of the one who gives way. These verbs (and "give
     * in", "cave in") take no infinitive; a bare "to" verb under one, with no object or subject of its
     * own, is the noun of its "to" phrase.
     */
    static Sentence yieldedToRepaired(Sentence s) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int v = 0; v < s.tokens().size(); v++) {
            int verb = v;
            boolean givesIn = Set.of("give", "cave").contains(s.token(verb).lemma())
                    && s.children(verb, "compound:prt").stream().anyMatch(p -> s.token(p).lemma().equals("in"));
            if (!s.token(verb).isVerb() || !(GIVING_WAY.contains(s.token(verb).lemma()) || givesIn)) {
                continue;
            }
            for (int x : s.children(verb, "xcomp")) {
                List<Integer> to = s.children(x, "mark").stream().filter(m -> m == x - 1
                        && s.token(m).word().equalsIgnoreCase("to")).toList();
                if (x < verb || !s.token(x).tag().equals("VB") || to.isEmpty() || s.children(x).stream().anyMatch(d ->
                        d.relation().equals("obj") || d.relation().startsWith("nsubj") || d.relation().startsWith("aux"))) {
                    continue;
                }
                Token t = s.token(x);
                tokens.set(x, new Token(x, t.word(), t.lemma(), "NN", t.ner(), t.begin(), t.end()));
                changed.put(x, new Dependency("obl", verb, x));
                changed.put(to.get(0), new Dependency("case", x, to.get(0)));
            }
        }
        return reparsed(s, tokens, changed);
    }

    /**
     * The parse with a determiner given back to its noun: in "Canada pledged another $15 million" the
     * parser may make "another" the object and hang the amount on it, so the verb has nothing pledged.
     * A determiner that is an object or subject, with a noun or amount right after it as its loose
     * dependent, is that noun's determiner, and the noun takes its place.
     */
    static Sentence determinerArgumentsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int d = 0; d + 1 < s.tokens().size(); d++) {
            String rel = s.relation(d);
            int n = d + 1;
            Token next = s.token(n);
            if (s.token(d).tag().equals("DT") && (rel.equals("obj") || rel.startsWith("nsubj")) && s.head(n) == d
                    && s.relation(n).equals("dep") && (next.isNoun() || next.tag().equals("$"))) {
                changed.put(n, new Dependency(rel, s.head(d), n));
                changed.put(d, new Dependency("det", n, d));
            }
        }
        return reparsed(s, changed);
    }

    /** Articles and demonstratives opening a noun phrase that comments on the clause before it. */
    private static final Set<String> COMMENT_DETERMINERS = Set.of("a", "an", "the", "this");

    /**
     * The parse with a clause given back its place before a comment on it: in "Russia accused Ukraine
     * of shelling the plant, an allegation Kyiv denied" the parser reads "allegation" as a modifier of
     * "Kyiv" and the whole accusation as what Kyiv denied. When the root verb's subject is a name
     * with a common noun compounded to it ("allegation Kyiv") and an article before them right after a
     * comma, and the root's complement clause stands before that comma, the complement is the root, the
     * common noun heads the comment, and the verb after it is the comment's relative clause.
     */
    static Sentence commentedClausesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int r = 0; r < s.tokens().size(); r++) {
            if (!s.relation(r).equals("root") || !s.token(r).isVerb()) {
                continue;
            }
            for (int subj : s.children(r, "nsubj")) {
                if (!s.token(subj).isProperNoun()) {
                    continue;
                }
                for (int n : s.children(subj, "compound")) {
                    int d = n - 1;
                    if (!s.token(n).tag().startsWith("NN") || s.token(n).isProperNoun() || d < 1
                            || s.head(d) != subj || !COMMENT_DETERMINERS.contains(s.token(d).word().toLowerCase(Locale.ROOT))
                            || !s.token(d - 1).word().equals(",")) {
                        continue;
                    }
                    int comma = d - 1;
                    List<Integer> clause = s.children(r, "ccomp").stream().filter(c -> c < comma && tensed(s, c)).toList();
                    if (clause.size() != 1) {
                        continue;
                    }
                    int main = clause.get(0);
                    changed.put(main, new Dependency("root", Dependency.ROOT, main));
                    changed.put(n, new Dependency("parataxis", main, n));
                    changed.put(d, new Dependency("det", n, d));
                    changed.put(comma, new Dependency("punct", n, comma));
                    changed.put(r, new Dependency("acl:relcl", n, r));
                    for (int p : s.children(r, "punct")) {
                        if (p > r) {
                            changed.put(p, new Dependency("punct", main, p));
                        }
                    }
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs of laying blame, which a speaker does in the same breath as telling what happened. */
    private static final Set<String> BLAMING = Set.of("blame", "accuse", "condemn", "denounce", "criticize", "criticise");

    /**
     * The parse with a verb of blame given back to the speaker: in "an RSF spokesman denied that its
     * forces had attacked the camp and blamed army artillery" the parser may coordinate "blamed" with
     * "attacked", so that the forces blame and the blame is only part of what is denied. A verb of
     * blame with no subject or auxiliary of its own, conjoined to a verb of another kind that has its
     * own subject in the clause a verb of denying, or of saying with a named speaker, reports, is that
     * verb's conjunct ("witnesses said soldiers raided the camp and accused residents": the soldiers).
     */
    static Sentence blameConjunctsRaised(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int head = d.governor();
            if (!d.relation().equals("conj") || head == Dependency.ROOT || !BLAMING.contains(s.token(verb).lemma())
                    || !s.token(verb).isVerb() || BLAMING.contains(s.token(head).lemma())
                    || s.children(head, "nsubj").isEmpty() || !s.children(verb, "nsubj").isEmpty()
                    || !s.children(verb, "aux").isEmpty() || !s.relation(head).equals("ccomp")) {
                continue;
            }
            int outer = s.head(head);
            String lemma = s.token(outer).lemma();
            // a denial, or a statement by a named speaker (not "witnesses said soldiers raided ... and accused")
            boolean named = s.children(outer, "nsubj").stream().anyMatch(n -> s.token(n).isProperNoun()
                    || "PERSON".equals(s.token(n).ner()) || "ORGANIZATION".equals(s.token(n).ner()));
            if (outer != Dependency.ROOT && tensed(s, outer)
                    && (DerivedEvents.SPEECH.contains(lemma) && named || Set.of("deny", "dismiss", "refute").contains(lemma))) {
                changed.put(verb, new Dependency("conj", outer, verb));
            }
        }
        return reparsed(s, changed);
    }

    /** Tags of the words of a run of names: "Saudi Arabia and the United States". */
    private static final Set<String> NOUN_RUN = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "CC", "JJ", "POS");

    /**
     * The parse with a verb given back to the clause it continues: in "accused Baku of shelling
     * villages, saying mortar fire damaged houses and wounded a soldier" the parser may coordinate
     * "wounded" with "accused" rather than with "damaged", so that the accuser becomes the one who
     * wounded. When a verb conjoined to a head without a comma before its "and" has the form (tag) of
     * the last verb of a clause hung on an earlier conjunct of the same head, and not that conjunct's
     * own form, it is that clause's verb's conjunct: "saying" (VBG) cannot coordinate with "wounded"
     * (VBD), "damaged" (VBD) can. A comma before "and" ("..., and vowed to retaliate") keeps the
     * parser's reading.
     */
    Sentence conjunctsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int head = d.governor();
            String tag = s.token(verb).tag();
            if (!d.relation().equals("conj") || head == Dependency.ROOT || !tag.startsWith("VB") || verb < 2
                    || !s.children(verb, "nsubj").isEmpty()) {
                continue;
            }
            int cc = verb - 1;
            if (s.head(cc) != verb || !s.relation(cc).equals("cc") || s.token(cc - 1).tag().equals(",")) {
                continue;
            }
            int sibling = -1;  // the conjunct of the same head nearest before the verb
            for (int k : s.children(head, "conj")) {
                if (k < verb && k > sibling) {
                    sibling = k;
                }
            }
            if (sibling < 0 || s.token(sibling).tag().equals(tag) || !s.token(sibling).tag().startsWith("VB")) {
                continue;
            }
            int inner = -1;  // the last verb with the same form inside the sibling's clause
            for (int k = sibling + 1; k < cc; k++) {
                if (s.token(k).tag().equals(tag) && s.dominates(sibling, k) && !s.relation(k).equals("amod")) {
                    inner = k;
                }
            }
            if (inner >= 0 && hasSubject(s, inner)) {
                changed.put(verb, new Dependency("conj", inner, verb));
            }
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a clause the parser read as one noun phrase made a clause again: in "Security
     * forces tortured detained protesters in Tehran" the parser may take the finite verb for a
     * participle modifying the last noun ("tortured" an amod of "protesters", "forces" a compound of
     * it), leaving the sentence without a verb. When a noun heads a clause (root, ccomp or parataxis)
     * with no verb of its own, and a trigger verb's past form modifies it from the left right after a
     * noun that is itself a compound of that noun, the past form becomes the clause's verb: the noun
     * before it its subject (taking the words before it), the modified noun its object.
     */
    Sentence headlinesRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (int n = 0; n < s.tokens().size(); n++) {
            String rel = s.relation(n);
            if (!s.token(n).isNoun() || !(rel.equals("root") || rel.equals("ccomp") || rel.equals("parataxis"))) {
                continue;
            }
            int verb = -1;
            boolean ownVerb = false;
            for (Dependency d : s.children(n)) {
                int g = d.dependent();
                String r = d.relation();
                if (r.startsWith("cop") || r.startsWith("aux") || r.startsWith("nsubj")
                        || s.token(g).isVerb() && !r.equals("amod")) {
                    ownVerb = true;  // "the forces were detained protesters": a clause of its own
                }
                String tag = s.token(g).tag();
                if (verb < 0 && r.equals("amod") && g < n && g > 0 && (tag.equals("VBD") || tag.equals("VBN"))
                        && verbLemmas.contains(Lemmas.key(s.token(g))) && s.token(g - 1).isNoun()
                        && s.head(g - 1) == n && s.relation(g - 1).equals("compound")) {
                    verb = g;
                }
            }
            if (verb < 0 || ownVerb) {
                continue;
            }
            int subject = verb - 1;
            changed.put(verb, new Dependency(rel, s.head(n), verb));
            changed.put(n, new Dependency("obj", verb, n));
            changed.put(subject, new Dependency("nsubj", verb, subject));
            for (Dependency d : s.children(n)) {
                int k = d.dependent();
                if (k < subject) {
                    changed.put(k, new Dependency(d.relation(), subject, k));  // "the", "Iranian" go with the subject
                } else if (d.relation().equals("punct") || k > n && d.relation().startsWith("nmod")
                        && temporal(s, k)) {
                    changed.put(k, new Dependency(d.relation().equals("punct") ? "punct" : "obl:tmod", verb, k));
                }
            }
        }
        return reparsed(s, changed);
    }

    /** Verbs that voice a stance, whose object may be an intent noun: "expressed willingness to ...". */
    private static final Set<String> VOICING = Set.of("express", "voice", "signal", "show", "indicate", "reaffirm",
            "reiterate", "confirm", "announce", "declare", "state", "underline", "stress");

    /**
     * The parse with an intent noun given back to the verb that voices it: in "Iran expressed
     * willingness to resume talks" the parser may make "willingness" the subject of an infinitive
     * clause "to resume talks" that it hangs on "expressed" as a ccomp, so that the stance has no
     * object and the act a noun for its doer. When a verb of voicing without an object has an
     * infinitive ccomp whose subject is an intent noun standing between them, the noun becomes the
     * verb's object and the infinitive its xcomp, as the parser itself attaches "expressed readiness
     * to resume" when it reads it right.
     */
    Sentence intentNounsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int clause = d.dependent();
            int verb = d.governor();
            if ((d.relation().equals("ccomp") || d.relation().equals("advcl")) && verb != Dependency.ROOT
                    && clause > verb && s.token(verb).lemma().equals("have") && markerOf(s, clause, "to") >= 0) {
                // "has no intention to invade", "has no plans to hold talks": the parser may hang the
                // infinitive on "have" (its subject the noun, or none) where it completes the intent noun
                for (int noun : s.children(verb, "obj")) {
                    if (noun < clause && s.children(clause, "nsubj").isEmpty() && intentNoun(s, noun)) {
                        changed.put(clause, new Dependency("acl", noun, clause));
                    }
                }
                if (s.children(verb, "obj").isEmpty()) {
                    for (int noun : s.children(clause, "nsubj")) {
                        if (noun > verb && noun < clause && intentNoun(s, noun)) {
                            changed.put(noun, new Dependency("obj", verb, noun));
                            changed.put(clause, new Dependency("acl", noun, clause));
                            break;
                        }
                    }
                }
                if (!changed.containsKey(clause) && s.children(clause, "nsubj").isEmpty()) {
                    // "Hungary has yet to ratify": the infinitive is the subject's own act, controlled by it
                    changed.put(clause, new Dependency("xcomp", verb, clause));
                }
                continue;
            }
            if (!d.relation().equals("ccomp") || verb == Dependency.ROOT || clause <= verb
                    || !VOICING.contains(s.token(verb).lemma()) || !s.children(verb, "obj").isEmpty()
                    || markerOf(s, clause, "to") < 0) {
                continue;
            }
            for (int noun : s.children(clause, "nsubj")) {
                if (noun > verb && noun < clause && s.token(noun).isNoun()
                        && ModalityRules.INTENT_NOUNS.contains(s.token(noun).lemma())) {
                    changed.put(noun, new Dependency("obj", verb, noun));
                    changed.put(clause, new Dependency("xcomp", verb, clause));
                    break;
                }
            }
        }
        return reparsed(s, changed);
    }

    private static boolean intentNoun(Sentence s, int noun) {
        return s.token(noun).isNoun() && ModalityRules.INTENT_NOUNS.contains(s.token(noun).lemma());
    }

    /** Verbs that report what their subject says it will do: "warned it would", "announced it would". */
    private static final Set<String> REPORTING_CLAUSE = Set.of("say", "announce", "warn", "declare", "state",
            "tell", "insist", "indicate", "signal", "confirm", "vow", "pledge", "promise", "threaten", "add");

    /** Pronouns that open a reported clause: "said it would", "warned they would". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "they", "he", "she", "we", "i");

    /**
     * The parse with a reported future clause made whole again: in "Russia warned it would retaliate"
     * and "announced it would hold talks" the parser may make the reporting verb a clausal subject
     * (csubj) of the reported verb and the pronoun its object, so that the reported act has no subject
     * and the report heads nothing. When a reporting verb is the csubj of a later verb, its object is
     * the pronoun right after it, and only auxiliaries stand between that pronoun and the verb, the
     * reporting verb takes the head's place, the reported verb becomes its ccomp and the pronoun the
     * reported verb's subject, as UD attaches "warned [that] it would retaliate".
     */
    Sentence reportsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int report = d.dependent();
            int reported = d.governor();
            if (!d.relation().equals("csubj") || report == 0 || reported <= report
                    || !REPORTING_CLAUSE.contains(s.token(report).lemma()) || !s.token(reported).isVerb()) {
                continue;
            }
            int pronoun = report + 1;
            if (pronoun >= reported || s.head(pronoun) != report || !s.relation(pronoun).equals("obj")
                    || !CLAUSE_SUBJECTS.contains(s.token(pronoun).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean auxiliaries = pronoun + 1 < reported;
            for (int k = pronoun + 1; k < reported; k++) {
                auxiliaries &= s.head(k) == reported && s.relation(k).startsWith("aux");
            }
            if (!auxiliaries || changed.containsKey(reported) || changed.containsKey(report)) {
                continue;  // "said it would": a modal or "will" makes the clause; no bare "said it rained"
            }
            changed.put(report, new Dependency(s.relation(reported), s.head(reported), report));
            changed.put(reported, new Dependency("ccomp", report, reported));
            changed.put(pronoun, new Dependency("nsubj", reported, pronoun));
        }
        return reparsed(s, changed);
    }

    /**
     * The parse with a reported future clause given back to a report joined to another act: in "Trump
     * praised the deal and said the United States would gain access" the parser may make "praised" the
     * clausal subject of "gain" and "the United States" the object of "said", so the praise is only a
     * condition of a gain. A tensed clause with a subject of its own is no clausal subject; when such a
     * clause has a reporting verb as conjunct whose object is followed by nothing but the later verb's
     * auxiliaries, and that verb has no subject, the clause takes the verb's place, the verb becomes the
     * report's ccomp and the object its subject.
     */
    static Sentence conjoinedReportsRepaired(Sentence s) {
        Map<Integer, Dependency> changed = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int clause = d.dependent();
            int reported = d.governor();
            if (!d.relation().equals("csubj") || reported <= clause || !s.token(reported).isVerb() || !tensed(s, clause)
                    || !hasSubject(s, clause) || hasSubject(s, reported) || !s.children(reported, "csubj").equals(List.of(clause))) {
                continue;
            }
            for (int report : s.children(clause, "conj")) {
                List<Integer> objects = s.children(report, "obj");
                if (report > reported || !REPORTING_CLAUSE.contains(s.token(report).lemma()) || objects.size() != 1) {
                    continue;
                }
                int object = objects.get(0);
                int end = object;
                while (end + 1 < reported && s.dominates(object, end + 1)) {
                    end++;  // the object's phrase: "the United States"
                }
                boolean auxiliaries = end + 1 < reported;
                for (int k = end + 1; k < reported; k++) {
                    auxiliaries &= s.head(k) == reported && s.relation(k).startsWith("aux");
                }
                if (!auxiliaries) {
                    continue;  // a modal or "will" makes the clause: "said the United States would gain"
                }
                changed.put(clause, new Dependency(s.relation(reported), s.head(reported), clause));
                changed.put(reported, new Dependency("ccomp", report, reported));
                changed.put(object, new Dependency("nsubj", reported, object));
                break;
            }
        }
        return reparsed(s, changed);
    }

    /**
     * An agent noun that is itself a trigger and the subject of a verb trigger of the same kind of act
     * ("a suicide bomber killed 20 people") names the same act: one event, with the verb's arguments
     * and the more detailed of the two codes.
     */
    private void mergeAgentNouns(Sentence s, Map<Integer, Match> matches, Map<Integer, String> specific) {
        for (Integer noun : List.copyOf(matches.keySet())) {
            int verb = s.head(noun);
            Match own = matches.get(verb);
            if (!s.token(noun).isNoun() || !agentNoun(s.token(noun).lemma()) || !s.relation(noun).equals("nsubj")
                    || own == null || !s.token(verb).isVerb()) {
                continue;
            }
            String verbCode = specific.getOrDefault(verb, own.pattern().code());
            String nounCode = specific.getOrDefault(noun, matches.get(noun).pattern().code());
            String verbType = cameo.get(verbCode).map(CameoCode::ploverType).orElse(null);
            if (verbType == null || !verbType.equals(cameo.get(nounCode).map(CameoCode::ploverType).orElse(null))) {
                continue;
            }
            if (detail(nounCode) > detail(verbCode)) {
                specific.put(verb, nounCode);
            }
            matches.remove(noun);
        }
    }

    /** Nouns naming one who acts ("bomber", "attacker", "terrorist", "gunman"), not the act ("attack"). */
    private static boolean agentNoun(String lemma) {
        return lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ist") || lemma.endsWith("man");
    }

    /** Verbs of killing one person. */
    private static final Set<String> KILLING = Set.of("kill", "shoot", "murder", "slay", "gun");
    /** Verbs of the harm an attack does to people: "the strike killed six people", "the raid wounded five". */
    private static final Set<String> HARMING = Set.of("kill", "wound", "injure", "maim");

    /**
     * Whether a verb of harm has for subject an act of force that names no doer ("the strike killed six
     * people", "the blast wounded ten"): the attack is told as a passive tells it ("six were killed in
     * the strike"), and like a passive it may leave its source unnamed. Who spoke of it is not its doer.
     */
    private boolean harmedByForce(Sentence s, int trigger) {
        return s.token(trigger).isVerb() && HARMING.contains(s.token(trigger).lemma())
                && s.children(trigger, "nsubj").stream().anyMatch(n -> s.token(n).isNoun()
                        && candidates(s, n, true).stream().anyMatch(p -> family(p.code()).equals("18-20")));
    }

    /** Nouns of a person who leads or holds an office: one of them killed is assassinated. */
    private static final Set<String> LEADERS = Set.of("leader", "chief", "commander", "president", "minister",
            "governor", "mayor", "general", "premier", "chairman", "head", "spokesman", "ambassador", "envoy",
            "cleric", "imam", "judge", "prosecutor", "lawmaker", "senator", "politician", "candidate", "journalist");

    /** Whether an object is one prominent person: a singular leader noun, or a person named. */
    private static boolean oneLeader(Sentence s, int o) {
        Token t = s.token(o);
        if (t.tag().equals("NN") && LEADERS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return s.children(o, "nummod").isEmpty();
        }
        return t.tag().equals("NNP") && t.ner().equals("PERSON");
    }

    /**
     * Verbs that only say an act named by their object took place: "staged a strike", "launched an
     * attack", "opened a fraud investigation", "undertook joint exercises".
     */
    private static final Set<String> LIGHT_VERBS = Set.of("stage", "hold", "launch", "begin", "start", "go", "carry",
            "conduct", "mount", "wage", "call", "continue", "open", "undertake");

    /**
     * Codes of light verbs taken from their object noun when the noun's own pattern is specific:
     * "launched a hunger strike" is a hunger strike (142), not an attack ("launch strike", 190);
     * "staged a hunger strike" is not a labour strike ("stage strike", 143).
     */
    private Map<Integer, String> lightVerbCodes(Sentence s, Map<Integer, Match> matches) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            if (!LIGHT_VERBS.contains(s.token(trigger).lemma())) {
                continue;
            }
            for (int noun : e.getValue().consumed()) {
                String rel = s.relation(noun);  // "staged a strike", "went on a strike"; not "called for the release"
                if (!(rel.equals("obj") || rel.startsWith("obl") && hasMarker(s, noun, "on")) || s.head(noun) != trigger
                        || !s.token(noun).isNoun()) {
                    continue;
                }
                Match own = best(s, noun, candidates(s, noun, true));
                if (own != null && !patterns.silent(own.pattern()) && own.pattern().specificity() > 0) {
                    out.put(trigger, own.pattern().code());
                }
            }
        }
        return out;
    }

    /** Nouns of a decision or measure taken, not of a charge made: "the move", "the sanctions", "the ruling". */
    private static final Set<String> DECISIONS = Set.of("move", "decision", "step", "measure", "sanction", "resolution",
            "ruling", "verdict", "order", "ban", "vote", "action", "policy", "plan", "mechanism", "snapback");
    private static final String CRITICISM = "111";

    /**
     * A decision judged baseless: "called the accusations baseless" denies a charge (016), but "called
     * the move legally baseless" or "described the sanctions as unfounded" condemns what another did
     * (111). A statement pattern that consumed a judging adjective, whose object (or the subject of that
     * adjective) names a decision or measure, criticises it.
     */
    private static Map<Integer, String> dismissedActCodes(Sentence s, Map<Integer, Match> matches) {
        Map<Integer, String> out = new HashMap<>();
        matches.forEach((trigger, m) -> {
            if (!m.pattern().code().equals("016")) {
                return;
            }
            List<Integer> adjectives = m.consumed().stream().filter(c -> s.token(c).tag().startsWith("JJ")).toList();
            List<Integer> judged = new ArrayList<>(s.children(trigger, "obj"));
            adjectives.forEach(a -> judged.addAll(s.children(a, "nsubj")));  // "called the vote illegal", mended
            if (!adjectives.isEmpty() && judged.stream().anyMatch(o -> DECISIONS.contains(s.token(o).lemma()))) {
                out.put(trigger, CRITICISM);
            }
        });
        return out;
    }

    /** What a state or body may refuse to accept as lawful: a government, an authority, a vote's result. */
    private static final Set<String> AUTHORITIES = Set.of("government", "authority", "regime", "administration",
            "junta", "leadership", "president", "result", "outcome", "election", "vote", "referendum", "annexation",
            "independence", "sovereignty");
    private static final String REJECTION = "120";

    /**
     * "Said it would not recognise the rival government", "does not recognize the results": withholding
     * recognition from an authority or a vote's outcome rejects it (120); it is said now, not a grant of
     * recognition negated. "Has not yet recognised" only has not done so so far.
     */
    static boolean withheldRecognition(Sentence s, int trigger) {
        return Set.of("recognize", "recognise").contains(s.token(trigger).lemma()) && s.token(trigger).isVerb()
                && ModalityRules.local(s, trigger, true) == Modality.NEGATED
                && s.children(trigger, "advmod").stream().noneMatch(a -> s.token(a).word().equalsIgnoreCase("yet"))
                && s.children(trigger, "obj").stream().anyMatch(o -> AUTHORITIES.contains(s.token(o).lemma()));
    }

    /**
     * What an aid group halts: "Doctors Without Borders suspended its operations in the capital" stops
     * help (1623), where an army's "suspended operations" de-escalates fighting (087). A halt of
     * operations whose doers are all aid groups (non-governmental, or UN relief agencies) is a halt of
     * their assistance.
     */
    private static Map<Integer, String> aidGroupCodes(Sentence s, Map<Integer, Match> matches, List<ActorMention> mentions) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            if (!e.getValue().pattern().code().equals("087")) {
                continue;
            }
            List<Actor> doers = Arguments.actorsOf(s, s.children(trigger, "nsubj"), mentions, true);
            if (!doers.isEmpty() && doers.stream().allMatch(PatternCoder::aidGroup)) {
                out.put(trigger, "1623");
            }
        }
        return out;
    }

    /** A non-governmental group (MSF, a national NGO) or a UN relief agency (WFP, UNRWA, UNHCR, UNICEF, OCHA). */
    private static boolean aidGroup(Actor a) {
        return "NGO".equals(a.sector()) || a.code() != null && (a.code().startsWith("NGO") || RELIEF_AGENCIES.contains(a.code()));
    }

    private static final Set<String> RELIEF_AGENCIES = Set.of("IGOUNOWFP", "IGOUNORWA", "IGOUNOHCR", "IGOUNOCEF",
            "IGOUNOCHA");

    /** Legal acts of the state: arrest or detention, deportation. */
    private static final Set<String> STATE_LEGAL = Set.of("173", "174");

    /** Consultations that one party performs alone: a visit (its host is the place), a mediation. */
    private static final Set<String> PARTNERLESS = Set.of("042", "045");

    /** Unconventional violence, bombings and assassinations: the acts of unidentified armed men. */
    private static final Set<String> UNNAMED_ATTACKS = Set.of("180", "183", "185", "186");

    /** Roots of violence (assault, fight, mass violence): an intent to commit them is a threat. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** Words that name force by themselves, whose use, not ruled out, is a threat of military force (138). */
    private static final Set<String> FORCE_WORDS = Set.of("force", "invasion", "war", "airstrike", "intervention",
            "offensive", "incursion", "bombardment");

    /** Words that name force when "military" says so: "military action", "a military strike", "the military option". */
    private static final Set<String> MILITARY_WORDS = Set.of("action", "strike", "operation", "option", "attack",
            "weapon");

    /** Modifiers that make an act or weapon military: "a military strike", "nuclear weapons", "a ground operation". */
    private static final Set<String> MILITARY_MODIFIERS = Set.of("military", "nuclear", "ground", "air", "armed",
            "chemical", "retaliatory", "preemptive", "pre-emptive");

    /** Who can hold out force or sanctions against others: states, their armed forces, rebels, blocs. */
    private static final Set<String> THREATENING_SECTORS = Set.of("GOV", "MIL", "REB", "IGO");

    /**
     * The threat that not ruling out an act makes, or null: the threat
     * of a conflictual act coded in its object ("never ruled out using force"), else of military force
     * where the object names it ("the use of force", "military action"), or of sanctions. Not ruling
     * out a possibility ("that the crash was caused by a missile", "rejoining the EU", "legal action")
     * threatens no one; nor does anyone without force to hold out (see {@link #canThreaten}).
     */
    private String ruledOutThreat(Sentence s, int trigger, Map<Integer, Match> matches, Map<Integer, String> specific) {
        Set<Integer> object = new HashSet<>();
        for (Dependency d : s.children(trigger)) {
            if (Set.of("obj", "xcomp", "dep").contains(d.relation())) {  // "never ruled out using force": dep
                object.add(d.dependent());
            }
        }
        // the object with everything under it: "the use of force against the junta"
        for (int grown = -1; grown != object.size(); ) {
            grown = object.size();
            for (int i = 0; i < s.tokens().size(); i++) {
                if (object.contains(s.head(i))) {
                    object.add(i);
                }
            }
        }
        for (int act : object) {
            if (matches.containsKey(act)) {
                String code = specific.getOrDefault(act, matches.get(act).pattern().code());
                Optional<String> threat = Integer.parseInt(code.substring(0, 2)) >= 14
                        ? derivedCodes.derive(code, DerivedCodes.Kind.THREAT) : Optional.empty();
                if (threat.isPresent()) {
                    return threat.get();
                }
            }
        }
        if (object.stream().anyMatch(i -> s.token(i).lemma().startsWith("sanction"))) {
            return "1312";
        }
        // "an attack on Israel", "a strike against its sites": aimed at someone, the act is force
        boolean force = object.stream().anyMatch(i -> FORCE_WORDS.contains(s.token(i).lemma())
                || MILITARY_WORDS.contains(s.token(i).lemma()) && (s.children(i, "amod").stream()
                        .anyMatch(a -> MILITARY_MODIFIERS.contains(s.token(a).lemma().toLowerCase(Locale.ROOT)))
                        || !s.token(i).lemma().equals("weapon") && s.children(i).stream().anyMatch(d ->
                                d.relation().startsWith("nmod") && (hasMarker(s, d.dependent(), "on")
                                        || hasMarker(s, d.dependent(), "against")))));
        return force ? "138" : null;
    }

    /** Whether an actor can hold out force or sanctions against others: a state, its government or forces, rebels, a bloc. */
    private static boolean canThreaten(Actor a) {
        return ofSectors(a, THREATENING_SECTORS);
    }

    /** Yielding (08): "met the demands" is made specific by the yielding act demanded, as it is. */
    private static final String YIELD = "08";

    /** What an appeal, intent, demand, refusal or threat is made specific by: the act it is about. */
    private static final Map<String, DerivedCodes.Kind> SPEECH_ACTS = Map.of("02", DerivedCodes.Kind.DEMAND,
            "03", DerivedCodes.Kind.INTENT, "10", DerivedCodes.Kind.DEMAND, "12", DerivedCodes.Kind.REFUSAL,
            "13", DerivedCodes.Kind.THREAT);

    /**
     * Codes of appeals, intents, demands, refusals and threats made specific by the act they are
     * about: "urged Washington to lift the sanctions" is an appeal to ease sanctions (0254), "threatened
     * to expel the peacekeepers" a threat to halt international involvement (136), "refused to lift the
     * state of emergency" a refusal to ease administrative sanctions (1241). The act is the trigger's
     * complement clause, or a clause completing a noun its pattern consumed ("issued a threat to ...").
     * The act's code replaces the pattern's when it is more detailed, or as detailed while the pattern
     * only guessed from the complement's verb ("refuse lift").
     */
    private Map<Integer, String> complementCodes(Sentence s, Map<Integer, Match> matches, Map<Integer, String> light) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            String code = e.getValue().pattern().code();
            String root = code.substring(0, 2);
            DerivedCodes.Kind kind = SPEECH_ACTS.get(root);
            if (kind == null && !root.equals(YIELD)) {
                continue;
            }
            for (Map.Entry<Integer, Match> c : matches.entrySet()) {
                int act = c.getKey();
                if (act == trigger || !complement(s, act, trigger, e.getValue(), !root.equals("12"))
                        || c.getValue().pattern().targetRequired() && !hasTargetWord(s, act, c.getValue().pattern())) {
                    continue;  // "ordered residents to evacuate": no one is evacuated, so no aid is demanded
                }
                if (kind == null && !e.getValue().consumed().contains(s.head(act))) {
                    continue;  // yielding takes the code of what a demand asks, not of the yield's own purpose
                }
                String actCode = light.getOrDefault(act, c.getValue().pattern().code());  // "to hold joint exercises"
                // "met the demands to release the prisoners": yielding to a demand is doing what it asks
                String derived = kind == null ? (actCode.startsWith(YIELD) ? actCode : null)
                        : derivedCodes.derive(actCode, kind).orElse(null);
                if (derived == null && kind == DerivedCodes.Kind.INTENT && VIOLENT_ROOTS.contains(actCode.substring(0, 2))) {
                    // "vowed to hunt down the attackers": an intent to use violence is a threat (13), as
                    // CAMEO has no intent code for it; "offered to send police to Haiti" (15) is no threat
                    String threat = derivedCodes.derive(actCode, DerivedCodes.Kind.THREAT).orElse(null);
                    if (threat != null) {
                        code = threat;
                        out.put(trigger, code);
                        continue;
                    }
                }
                if (derived != null && root.equals("02")) {
                    // CAMEO numbers appeals as it numbers demands: 1054 demand, 0254 appeal
                    derived = derived.startsWith("10") && cameo.contains("02" + derived.substring(2))
                            ? "02" + derived.substring(2) : null;
                }
                if (derived != null && derived.startsWith(root) && (detail(derived) > detail(code)
                        || detail(derived) == detail(code) && e.getValue().consumed().contains(act))) {
                    code = derived;
                    out.put(trigger, code);
                }
            }
        }
        return out;
    }

    /** Whether a dependent of the act fills one of the pattern's target markers: an object, or a marked phrase. */
    private static boolean hasTargetWord(Sentence s, int act, VerbPattern p) {
        for (String marker : p.targets()) {
            if (marker.equals("obj") ? !s.children(act, "obj").isEmpty()
                    : s.children(act).stream().anyMatch(d -> (d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                            && s.children(d.dependent(), "case").stream()
                                    .anyMatch(c -> s.token(c).word().equalsIgnoreCase(marker)))) {
                return true;
            }
        }
        return false;
    }

    /** How detailed a code is: its length, a root's general code ("130") counting as the root alone. */
    private static int detail(String code) {
        return code.length() == 3 && code.endsWith("0") ? 2 : code.length();
    }

    /** Whether an act is the complement of a trigger: "threatened to expel", "demanded that X withdraw". */
    private static boolean complement(Sentence s, int act, int trigger, Match match, boolean thatClause) {
        int head = s.head(act);
        String rel = s.relation(act);
        if (head == trigger) {
            return rel.equals("xcomp") || thatClause && rel.equals("ccomp")
                    || rel.startsWith("advcl") && purpose(s, act);  // "called on Iran to ...": the parser's advcl
        }
        return match.consumed().contains(head) && (rel.startsWith("acl") || rel.equals("xcomp")) && purpose(s, act);
    }

    /** Patterns for a token: those of the hyphenated word it ends ("cease-fire"), else of its own lemma. */
    private List<VerbPattern> candidates(Sentence s, int i, boolean noun) {
        String joined = Lemmas.joined(s.tokens(), i);
        if (joined != null) {
            List<VerbPattern> whole = noun ? patterns.forNoun(joined) : patterns.forVerb(joined);
            if (!whole.isEmpty()) {
                return whole;
            }
        }
        String key = Lemmas.key(s.token(i));
        return noun ? patterns.forNoun(key) : patterns.forVerb(key);
    }

    /**
     * A passive "meet" with a "with" phrase and no "by" agent tells how something was received ("the
     * attack would be met with a swift response", "the envoy was met with protests"), not a meeting.
     */
    private static boolean reception(Sentence s, int verb) {
        if (!s.token(verb).lemma().equals("meet")
                || s.children(verb, "aux:pass").isEmpty() && s.children(verb, "nsubj:pass").isEmpty()) {
            return false;
        }
        boolean with = false;
        for (int o : s.children(verb, "obl")) {
            if (hasMarker(s, o, "by")) {
                return false;
            }
            with |= hasMarker(s, o, "with");
        }
        return with || !s.children(verb, "obl:with").isEmpty();
    }

    /** Verbs that mean "try" before an infinitive, and ask for something only with an object ("sought aid"). */
    private static final Set<String> ATTEMPTS = Set.of("seek");

    private static boolean attempt(Sentence s, int verb) {
        return ATTEMPTS.contains(s.token(verb).lemma()) && !s.children(verb, "xcomp").isEmpty()
                && s.children(verb, "obj").isEmpty();
    }

    /** Nouns of strife between parties, which one may want or shun but asks no one for. */
    private static final Set<String> STRIFE = Set.of("confrontation", "war", "conflict", "escalation", "showdown",
            "clash", "fight", "hostility", "fighting");

    /** "Does not seek a wider confrontation with Iran", "seeks no war": wanting strife, not a request of anyone. */
    private static boolean soughtStrife(Sentence s, int verb) {
        return ATTEMPTS.contains(s.token(verb).lemma())
                && s.children(verb, "obj").stream().anyMatch(o -> STRIFE.contains(s.token(o).lemma()));
    }

    /** Markers of adjuncts that set an act against an earlier or surrounding one ("after two days of fighting"). */
    private static final Set<String> BACKGROUND_MARKERS = Set.of("after", "since", "following", "despite", "amid",
            "amidst", "before", "until", "during", "over");

    /**
     * Whether a noun names an event only as the background of the clause: in an "after", "since",
     * "despite", "amid" or "during" phrase ("agreed to a ceasefire after two days of fighting", "since
     * last month's invasion", "was arrested during a summit"), in an "over" phrase that gives the reason
     * or topic ("imposed sanctions over the suppression of protests", "outrage over the killing"), or as
     * the grievance of a protest ("in protest of the government's refusal").
     * Such references point to acts reported elsewhere, usually without their actors or date, and are
     * not coded as events of their own.
     */
    static boolean background(Sentence s, int noun) {
        int node = noun;
        for (int guard = 0; guard < 4 && node != Dependency.ROOT; guard++) {
            for (Dependency d : s.children(node)) {
                String rel = d.relation();
                if ((rel.equals("case") || rel.equals("mark"))
                        && BACKGROUND_MARKERS.contains(s.token(d.dependent()).word().toLowerCase())) {
                    return true;
                }
            }
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return false;
            }
            String rel = s.relation(node);
            if (rel.startsWith("nmod") && s.token(head).lemma().equals("protest") && s.token(head).isNoun()) {
                return true;  // "in protest of/against/at X": X is the grievance
            }
            if (rel.equals("obj") && BACKGROUND_MARKERS.contains(s.token(head).word().toLowerCase())) {
                return true;  // "following the killing": the parser may read "following" as a verb
            }
            if (!(rel.startsWith("nmod") || rel.equals("compound") || rel.equals("conj") || rel.startsWith("obl"))) {
                return false;
            }
            if (rel.startsWith("obl") && !s.token(head).isNoun()) {
                return false;  // the phrase attaches to a clause; its own marker was checked above
            }
            node = head;
        }
        return false;
    }

    /** The root of public statements (01), which PLOVER does not type. */
    private static final String STATEMENT = "01";

    /** Pessimistic and optimistic comments (012, 013). */
    private static final Set<String> ATTITUDES = Set.of("012", "013");

    /** Express accord (019): "agreed that the situation was serious". Reciprocal, as the codebook codes it. */
    private static final String ACCORD = "019";

    /**
     * Relations by which a statement's trigger takes what it says: "denied that ...", "hope to ...",
     * "worried about ..."; "dep" where the parser leaves a clause unlabelled ("denies it plans to ...").
     */
    private static final Set<String> CONTENT = Set.of("ccomp", "xcomp", "obj", "obl", "nmod", "acl", "dep");

    private static boolean adjective(Token t) {
        return t.tag().startsWith("JJ");
    }

    /**
     * Whether a word is an adjective predicate ("was skeptical", "is confident that ..."): a trigger for
     * attitudes (01) only, as those are said with adjectives as often as with verbs.
     */
    private static boolean attitude(Sentence s, int i) {
        return adjective(s.token(i)) && !s.children(i, "cop").isEmpty();
    }

    /**
     * Whether an act is a statement (01) whose content is another act coded here: CAMEO codes a
     * statement by what it says, so "admitted that its troops shelled the village" and "claimed
     * responsibility for the bombing" are the shelling and the bombing, and "denies it plans to invade"
     * the denied invasion. A statement about another party's act that it does not assert stays one
     * ("optimistic that the rebels would disarm", "doubtful about the junta's promise of elections"). A
     * denial of an accusation ("denied charges that it armed the rebels", "denied any role in the
     * attack") is coded beside the accused act, which it marks denied, not asserted. Background
     * ("expressed condolences after the attack") is no content.
     */
    private static boolean saysAnAct(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts,
                                     Map<Integer, Match> matches) {
        Event statement = act.event();
        if (!statement.cameo().startsWith(STATEMENT)) {
            return false;
        }
        if (ATTITUDES.contains(statement.cameo()) && !s.children(act.trigger(), "xcomp").isEmpty()) {
            return true;  // "hoped to conclude a deal", "hoping to avoid conflict": an aim of one's own, no comment
        }
        Set<Integer> consumed = matches.containsKey(act.trigger()) ? matches.get(act.trigger()).consumed() : Set.of();
        for (DerivedEvents.Act other : acts) {
            Event e = other.event();
            int top = below(s, act.trigger(), other.trigger());
            if (e.cameo().startsWith(STATEMENT) || top < 0 || !CONTENT.contains(s.relation(top).split(":")[0])
                    || background(s, top)) {
                continue;
            }
            if (statement.cameo().equals("016") && consumed.contains(top)) {
                continue;  // "denied the allegations that ...": the accusation's content, not the denier's word
            }
            if (e.asserted() || sameSide(statement.actors(), e.actors())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bare "deny" withholds a thing rather than denies a charge: "denied him bail", "denied
     * the convoy passage". A charge denied is a clause ("denied that ..."), a pronoun ("denied it") or a
     * noun of its own pattern ("denied the allegations").
     */
    private static boolean withheld(Sentence s, DerivedEvents.Act act, Map<Integer, Match> matches) {
        Match m = matches.get(act.trigger());
        return m != null && m.pattern().code().equals("016") && m.pattern().constraints().isEmpty()
                && !m.pattern().nominal() && s.children(act.trigger(), "obj").stream().anyMatch(o -> s.token(o).isNoun());
    }

    /** The dependent of {@code head} on the path down to {@code node}, or -1 when {@code node} is not below it. */
    private static int below(Sentence s, int head, int node) {
        for (int cur = node, guard = 0; cur != Dependency.ROOT && guard < s.tokens().size(); guard++) {
            int up = s.head(cur);
            if (up == head) {
                return cur;
            }
            cur = up;
        }
        return -1;
    }

    /** Whether two sets of actors share a country (or, without one, a code). */
    static boolean sameSide(List<Actor> a, List<Actor> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.country() != null
                ? x.country().equals(y.country()) : x.code() != null && x.code().equals(y.code())));
    }

    /** Words of what a warner would do, which make a warning a threat: "would be met with severe consequences". */
    private static final Set<String> CONSEQUENCES = Set.of("consequence", "response", "retaliation", "price",
            "repercussion", "war", "force", "action", "measure", "sanction", "punishment", "retaliate", "respond",
            "punish", "reply", "countermeasure");

    /** Verbs of force going on or growing: "the strikes will continue", "attacks would intensify". */
    private static final Set<String> CONTINUING = Set.of("continue", "intensify", "escalate", "resume", "expand",
            "persist", "increase");

    /**
     * "Warned that the strikes would continue until ...": a warning that acts of force (18 to 20) will go
     * on or grow is a threat of force, of a conventional attack (1384) for strikes and attacks (19). Its
     * complement has a verb of going on put ahead by a modal and, as subject, a noun of force.
     */
    private Map<Integer, String> continuedForceCodes(Sentence s, Map<Integer, Match> matches) {
        Map<Integer, String> out = new HashMap<>();
        for (int trigger : matches.keySet()) {
            if (!WARNING.contains(s.token(trigger).lemma())) {
                continue;
            }
            for (int c : s.children(trigger, "ccomp")) {
                boolean ahead = s.children(c, "aux").stream().anyMatch(a -> AHEAD.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
                if (!CONTINUING.contains(s.token(c).lemma()) || !ahead || ModalityRules.local(s, c, true) == Modality.NEGATED) {
                    continue;
                }
                for (int n : s.children(c, "nsubj")) {
                    // "strikes" may also be a labour strike (14): only its readings as force count
                    Set<String> force = new HashSet<>();
                    candidates(s, n, true).stream().map(VerbPattern::code)
                            .filter(code -> family(code).equals("18-20")).forEach(force::add);
                    if (!force.isEmpty()) {
                        out.put(trigger, force.stream().allMatch(code -> code.startsWith("19")) ? "1384" : "138");
                    }
                }
            }
        }
        return out;
    }

    /** Conjunctions of a condition set on a threatened act: "until the troops withdraw", "unless they leave". */
    private static final Set<String> CONDITIONS = Set.of("until", "unless", "if");

    /**
     * The party a threat with no target sets a condition for: in "warned that the strikes would continue
     * until government forces withdrew" the threat is aimed at the forces that are to withdraw. The
     * subject of a clause of condition under the threat's complement, not of the threatener's side.
     */
    private static Event conditionedParty(Sentence s, int trigger, Event e, List<ActorMention> mentions) {
        if (!e.cameo().startsWith("13") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        List<Integer> subjects = new ArrayList<>();
        for (int c : s.children(trigger, "ccomp")) {
            for (int a : s.children(c, "advcl")) {
                if (s.children(a, "mark").stream().anyMatch(m -> CONDITIONS.contains(s.token(m).lemma()))) {
                    subjects.addAll(s.children(a, "nsubj"));
                }
            }
        }
        List<Actor> party = Arguments.actorsOf(s, subjects, mentions, true);
        return party.isEmpty() || sameSide(party, e.actors()) ? e : withRecipients(s, trigger, e, party);
    }

    /** Prepositions of what a complaint is about: "protested over the post", "complained about his remarks". */
    private static final Set<String> GRIEVANCE = Set.of("over", "about");

    /**
     * The party a complaint with no target is aimed at: in "lodged a protest over a post by China's consul
     * general" or "over the minister's remarks" it is the author of what is protested. A criticism (11)
     * with no target whose "over" or "about" phrase (on the verb or its object) has a "by" phrase or a
     * possessor naming an actor of another side is aimed at that actor.
     */
    private static Event protestedAuthor(Sentence s, int trigger, Event e, List<ActorMention> mentions) {
        if (!e.cameo().startsWith("11") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        List<Integer> places = new ArrayList<>(List.of(trigger));
        places.addAll(s.children(trigger, "obj"));
        List<Integer> authors = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : s.children(place)) {
                int n = d.dependent();
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && !d.relation().equals("nmod:poss")
                        && GRIEVANCE.stream().anyMatch(g -> hasMarker(s, n, g))) {
                    authors.addAll(byPhrases(s, n));
                    authors.addAll(s.children(n, "nmod:poss"));
                }
            }
        }
        List<Actor> party = Arguments.actorsOf(s, authors, mentions, true);
        return party.isEmpty() || sameSide(party, e.actors()) ? e : withRecipients(s, trigger, e, party);
    }

    /**
     * Warnings that threaten no one: "warned that famine had taken hold", "warned that the region could
     * spiral out of control", "warned of a humanitarian catastrophe" foresee harm the warner will not
     * do, a pessimistic comment (012). A warning stays a threat (13) when it is addressed to a party
     * ("warned Russia that ..."), when what it foresees is coded as the warner's own act ("warned that
     * it would retaliate", or an official's "warned that Israel would strike"), or when it names
     * consequences ("would be met with a severe response").
     */
    private Map<Integer, String> warningCodes(Sentence s, Map<Integer, Match> matches, List<ActorMention> mentions) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            if (!e.getValue().pattern().code().equals("130") || !s.token(trigger).lemma().equals("warn")
                    || !s.children(trigger, "obj").isEmpty()
                    || !s.children(trigger, "iobj").isEmpty()) {
                continue;
            }
            List<Integer> foreseen = new ArrayList<>(s.children(trigger, "ccomp"));
            for (Dependency d : s.children(trigger)) {
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasMarker(s, d.dependent(), "of")) {
                    foreseen.add(d.dependent());
                }
            }
            List<Integer> warner = s.children(trigger, "nsubj");
            boolean threat = foreseen.isEmpty() || foreseen.stream().anyMatch(f ->
                    IntStream.range(0, s.tokens().size()).anyMatch(i -> (i == f || s.dominates(f, i))
                            && (consequence(s.token(i))
                                || matches.containsKey(i) && (ownAct(s, i, warner) || ownState(s, i, warner, mentions)))));
            if (!threat) {
                out.put(trigger, "012");
            }
        }
        return out;
    }

    /**
     * "Warned Washington would not conclude any deals", "warned that it would cut off aid": a warning that
     * cooperation will not come is a threat to withhold it, not a remark on what may happen. A warning
     * whose complement is a negated act of cooperation (03 to 08) put ahead by a modal threatens by
     * what is withheld: aid (07) 1311, material cooperation (06) 1312, talks (04) 134, relations else 1313.
     */
    private static Map<Integer, String> withheldCooperationCodes(Sentence s, Map<Integer, Match> matches,
            Map<Integer, String> specific) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            if (!WARNING.contains(s.token(trigger).lemma())
                    || !e.getValue().pattern().code().startsWith("13")) {
                continue;
            }
            for (int c : s.children(trigger, "ccomp")) {
                String code = matches.containsKey(c) ? specific.getOrDefault(c, matches.get(c).pattern().code()) : "";
                boolean ahead = s.children(c, "aux").stream().anyMatch(a -> AHEAD.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
                if (code.length() < 2 || code.compareTo("03") < 0 || code.compareTo("09") >= 0 || !ahead
                        || ModalityRules.local(s, c, true) != Modality.NEGATED) {
                    continue;
                }
                out.put(trigger, switch (code.substring(0, 2)) {
                    case "07" -> "1311";
                    case "06" -> "1312";
                    case "04" -> "134";
                    default -> "1313";
                });
            }
        }
        return out;
    }

    /** Words of trade, whose sentence makes a bare retaliation one in kind: "tariffs", "duties on steel". */
    private static final Set<String> TRADE_WORDS = Set.of("tariff", "trade", "levy", "import", "export", "dumping");
    /** Verbs of armed acts, near which a retaliation is not a trade one. */
    private static final Set<String> ARMED_VERBS = Set.of("strike", "bomb", "shell", "attack", "kill", "shoot", "fire");

    /** A word of a trade measure itself: "tariffs", "levies", plural "duties". */
    private static boolean measure(Token t) {
        return t.isNoun() && (Set.of("tariff", "levy", "dumping", "countermeasure").contains(t.lemma())
                || t.lemma().equals("duty") && t.tag().equals("NNS"));
    }

    /**
     * "Beijing is ready to retaliate if the talks fail", told of tariffs: retaliation against trade
     * measures is answered in kind, with tariffs or an embargo (163), not by force (190). A bare
     * retaliation (its pattern 190) whose sentence or the one before names trade measures ("tariffs",
     * "trade", plural "duties") is economic; its threat is then one of sanctions (1312, derived).
     */
    private static Map<Integer, String> tradeRetaliationCodes(ResolvedArticle article, Sentence s, Map<Integer, Match> matches) {
        Map<Integer, String> out = new HashMap<>();
        List<Sentence> told = new ArrayList<>(List.of(s));
        article.sentences().stream().filter(b -> b.index() == s.index() - 1).forEach(told::add);
        // the sentence before counts with a measure named ("tariffs"), not with trade as a topic ("a port
        // that handles fuel imports", struck the day before); and never with an armed act in view
        boolean trade = s.tokens().stream().anyMatch(t -> t.isNoun() && (TRADE_WORDS.contains(t.lemma()) || measure(t)))
                || told.stream().skip(1).flatMap(t -> t.tokens().stream()).anyMatch(PatternCoder::measure);
        boolean armed = told.stream().flatMap(t -> t.tokens().stream()).anyMatch(t -> ATTACK_NOUNS.contains(t.lemma())
                || t.isVerb() && ARMED_VERBS.contains(t.lemma()));
        trade = trade && !armed;
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            String lemma = s.token(e.getKey()).lemma();
            if (trade && e.getValue().pattern().code().equals("190")
                    && Set.of("retaliate", "retaliation", "reprisal").contains(lemma)) {
                out.put(e.getKey(), "163");
            }
        }
        return out;
    }

    /** Nouns of sanctions, and nouns of a set of measures that stand for them once sanctions are named. */
    private static final Set<String> SANCTION_NOUNS = Set.of("sanction", "embargo");
    private static final Set<String> MEASURE_NOUNS = Set.of("package", "measure", "round");

    /** Verbs by which sanctions reach those they are imposed on: "the package targets Chinese refineries". */
    private static final Set<String> REACHING = Set.of("target", "hit", "cover");

    /** The imposition of sanctions told by what they reach; its source is the measure's maker, named or not. */
    private static final VerbPattern SANCTION_REACH = new VerbPattern("163", "target", false, List.of(), List.of("obj"),
            "sanctions that target");

    /**
     * "The new EU package also targets Chinese refineries", "the sanctions hit three banks": sanctions
     * (or a package, round or set of measures where this sentence or the one before names sanctions)
     * that target, hit or cover a party are imposed on it (163) by their maker: an actor named in the
     * subject's phrase, else the one who imposed sanctions just before (see {@link #measureMaker}).
     */
    private void sanctionReaches(ResolvedArticle article, Sentence s, Map<Integer, Match> matches) {
        boolean named = Stream.concat(Stream.of(s), article.sentences().stream().filter(b -> b.index() == s.index() - 1))
                .flatMap(b -> b.tokens().stream()).anyMatch(t -> t.isNoun() && SANCTION_NOUNS.contains(t.lemma()));
        for (Token t : s.tokens()) {
            List<Integer> subject = s.children(t.index(), "nsubj");
            if (named && t.isVerb() && REACHING.contains(t.lemma()) && !s.children(t.index(), "obj").isEmpty()
                    && subject.stream().anyMatch(n -> sanctionMeasure(s, n))) {
                matches.put(t.index(), new Match(SANCTION_REACH, Set.of()));
                // the sanctions named in the subject ("the EU sanctions package") are this imposition, not another
                subject.forEach(n -> {
                    matches.remove(n);
                    s.children(n, "compound").forEach(matches::remove);
                });
            }
        }
    }

    private static boolean sanctionMeasure(Sentence s, int noun) {
        String lemma = s.token(noun).lemma();
        return s.token(noun).isNoun() && (SANCTION_NOUNS.contains(lemma) || MEASURE_NOUNS.contains(lemma));
    }

    /**
     * The maker of sanctions that reach a party with none named in their phrase ("The package also
     * targets Chinese refineries"): the one other imposer of sanctions (16) in this sentence, else in
     * the sentence before ("The EU adopted new sanctions on Friday"); with none, or several, none.
     */
    private static Event measureMaker(Sentence s, int trigger, Event e, List<Event> here, List<Event> before,
                                      List<ActorMention> mentions) {
        boolean reach = s.token(trigger).isVerb() && REACHING.contains(s.token(trigger).lemma()) && e.cameo().equals("163");
        if (!reach || !e.actors().isEmpty()) {
            return e;
        }
        // "the EU sanctions package": a maker named among the subject's modifiers, however deep its compounds
        List<Integer> modifiers = new ArrayList<>();
        for (int n : s.children(trigger, "nsubj")) {
            for (Dependency d : s.children(n)) {
                if (Set.of("compound", "amod", "nmod:poss").contains(d.relation())) {
                    modifiers.add(d.dependent());
                    modifiers.addAll(s.children(d.dependent(), "compound"));
                }
            }
        }
        List<Actor> named = Arguments.actorsOf(s, modifiers, mentions, true);
        if (!named.isEmpty()) {
            return withActors(s, trigger, e, named);
        }
        for (List<Event> in : List.of(here, before.stream().filter(b -> b.mentions().get(0).sentence() == s.index() - 1).toList())) {
            List<List<Actor>> makers = in.stream().filter(o -> o != e && o.cameo().startsWith("16") && !o.actors().isEmpty()
                    && o.modality() == Modality.ASSERTED).map(Event::actors).distinct().toList();
            if (!makers.isEmpty()) {
                return makers.size() == 1 ? withActors(s, trigger, e, makers.get(0)) : e;
            }
        }
        return e;
    }

    private static Event withActors(Sentence s, int trigger, Event e, List<Actor> actors) {
        Mention m = e.mentions().get(0);
        return new Event(id(m.doc(), s.index(), trigger, e.cameo(), actors, e.recipients()), e.date(), e.type(),
                e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.modality(), actors, e.recipients(), e.location(),
                e.mentions(), e.story());
    }

    /** A word of consequences; "forces", the plural, are troops ("attacks by Israeli forces"), not force. */
    private static boolean consequence(Token t) {
        return CONSEQUENCES.contains(t.lemma()) && !(t.lemma().equals("force") && t.tag().equals("NNS"));
    }

    /**
     * Whether an act in a warning's clause is the warner's own: its subject is a pronoun standing for
     * the warner ("warned that it would retaliate") or the warner's words again, not another party
     * ("warned that Russia could launch an offensive").
     */
    private static boolean ownAct(Sentence s, int act, List<Integer> warner) {
        List<Integer> subject = s.children(act, "nsubj");
        if (subject.isEmpty()) {
            return false;
        }
        Token t = s.token(subject.get(0));
        if (t.tag().startsWith("PRP")) {
            return !Set.of("they", "you").contains(t.lemma().toLowerCase(Locale.ROOT)) || warner.stream()
                    .anyMatch(w -> s.token(w).tag().endsWith("S"));  // "they" only for a plural warner
        }
        return warner.stream().anyMatch(w -> s.token(w).lemma().equalsIgnoreCase(t.lemma()));
    }

    /**
     * Whether an act's subject is the state its warner speaks for: an official or a ministry of Israel
     * warning that Israel would strike warns of its own state's act.
     */
    private static boolean ownState(Sentence s, int act, List<Integer> warner, List<ActorMention> mentions) {
        return DerivedEvents.ownSide(Arguments.actorsOf(s, warner, mentions, true),
                Arguments.actorsOf(s, s.children(act, "nsubj"), mentions, true));
    }

    /**
     * Whether "agree with" takes a course of action: an infinitive ("to hold an election"), or a clause
     * with a modal ("that talks would resume"), on the verb or hung by the parser on its partner.
     */
    private static boolean agreedCourse(Sentence s, int trigger) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        s.children(trigger).stream().filter(d -> d.relation().startsWith("obl")).forEach(d -> heads.add(d.dependent()));
        return heads.stream().flatMap(h -> s.children(h).stream()).anyMatch(d ->
                (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                        && s.token(d.dependent()).isVerb() && markerOf(s, d.dependent(), "to") >= 0
                || d.relation().equals("ccomp") && s.children(d.dependent(), "aux").stream()
                        .anyMatch(a -> s.token(a).tag().equals("MD") && !EPISTEMIC_MODALS.contains(s.token(a).lemma())));
    }

    /** Modals of what may happen, not of what is to be done: "agreed that the war could last for years" is a view. */
    private static final Set<String> EPISTEMIC_MODALS = Set.of("could", "might", "may");

    /**
     * "Agreed that the situation was serious": agreeing to a finite clause that codes no act
     * of its own is an expression of accord (019), not an agreement to do something (03), which
     * "agreed to reopen the border" and "agreed that their ministers would meet" stay. A clause with a
     * modal ("agreed that they would not interfere", "that they should work together") is agreeing
     * to a course of action, not to a view.
     */
    private Map<Integer, String> accordCodes(Sentence s, Map<Integer, Match> matches) {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            int trigger = e.getKey();
            if (e.getValue().pattern().code().equals(ACCORD) && s.token(trigger).lemma().equals("agree")
                    && agreedCourse(s, trigger)) {
                // "agreed with the opposition to hold an election" (the parser hangs "with the opposition
                // to hold" as one clause, and "agree with" matched), "agreed with Kyiv that talks would
                // resume": agreeing to a course of action (03), not to a view
                out.put(trigger, "030");
                continue;
            }
            if (!e.getValue().pattern().code().equals("030") || !s.token(trigger).lemma().equals("agree")) {
                continue;
            }
            List<Integer> clauses = s.children(trigger, "ccomp");
            if (!clauses.isEmpty() && clauses.stream().allMatch(c -> (hasSubject(s, c) || !s.children(c, "expl").isEmpty())
                    && s.children(c, "aux").stream().noneMatch(a -> s.token(a).tag().equals("MD")))
                    && matches.keySet().stream().noneMatch(m -> m != trigger && below(s, trigger, m) >= 0)) {
                out.put(trigger, ACCORD);
            }
        }
        return out;
    }

    /**
     * Whether a demand is the stated aim of a protest coded in the same sentence: "marched through
     * the capital demanding ...", "staged a strike to demand ...". The protest is the event; CAMEO
     * codes the demand as its purpose, not as a second event.
     */
    private static boolean demandOfProtest(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts,
                                           Map<Integer, Match> matches) {
        if (!"REQUEST".equals(act.event().type())) {
            return false;
        }
        int trigger = act.trigger();
        String rel = s.relation(trigger);
        if (!(rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("acl") || rel.equals("conj")
                || rel.equals("dep"))) {  // "rallied ..., demanding that ...": the parser may fall back to dep
            return false;
        }
        int head = s.head(trigger);
        for (DerivedEvents.Act other : acts) {
            if (other != act && "PROTEST".equals(other.event().type())) {
                int p = other.trigger();
                Match m = matches.get(p);
                if (p == head || m != null && m.consumed().contains(head)
                        || s.children(head, "obj").contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an act is only the stated purpose, or the continuation, of an act of the same type by
     * the same actors: "met Taliban leaders to discuss border security" and "met Macron and discussed
     * the war" are one consultation each, not two.
     */
    /** Verbs that put a text forward without adopting it. */
    private static final Set<String> PROPOSING = Set.of("propose", "draft", "submit", "table", "circulate",
            "introduce", "float", "put");
    /** Modifiers of a text not adopted: "a draft resolution", "the proposed law". */
    private static final Set<String> DRAFT = Set.of("draft", "proposed", "proposal");

    /**
     * An act that describes a text someone rejected, blocked or only put forward did not take place:
     * in "Russia vetoed a resolution condemning the annexation" and "France circulated a draft
     * resolution demanding a ceasefire" the condemnation and the demand were proposed, not adopted.
     * They stay coded as hypothetical.
     */
    private static void unadopted(Sentence s, List<DerivedEvents.Act> acts) {
        for (int i = 0; i < acts.size(); i++) {
            DerivedEvents.Act act = acts.get(i);
            int t = act.trigger();
            if (!s.relation(t).startsWith("acl") || act.event().modality() != Modality.ASSERTED) {
                continue;
            }
            int text = s.head(t);
            if (text == Dependency.ROOT) {
                continue;
            }
            boolean object = s.relation(text).equals("obj") || s.relation(text).equals("nsubj:pass");
            boolean rejected = object && acts.stream().anyMatch(o -> o.trigger() == s.head(text)
                    && o.event().cameo().startsWith("12"));
            boolean proposed = object && s.head(text) != Dependency.ROOT
                    && PROPOSING.contains(s.token(s.head(text)).lemma().toLowerCase(Locale.ROOT))
                    || s.children(text).stream().anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
                            && DRAFT.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
            if (rejected || proposed) {
                Event e = act.event();
                acts.set(i, new DerivedEvents.Act(t, new Event(e.id(), e.date(), e.type(), e.mode(), e.cameo(),
                        e.quadClass(), e.goldstein(), Modality.HYPOTHETICAL, e.actors(), e.recipients(), e.location(),
                        e.mentions(), e.story())));
            }
        }
    }

    /** Prepositions whose noun names the act a verb reports: "killed in an airstrike", "wounded by fire". */
    private static final Set<String> MEANS = Set.of("in", "by");

    /**
     * A verb and a noun of the same kind of act, the noun hung on the verb by "in" or "by", report one
     * act: "three people were killed in an Israeli airstrike", "soldiers were wounded by Russian
     * artillery fire", "ten soldiers died in a rebel ambush"; so do an act noun and the verb it is the
     * subject of ("Israeli strikes killed 31 people"). One event remains, at the verb, with the
     * verb's parties where it names them and the noun's otherwise (the noun often names the doer the
     * passive verb leaves out), the more detailed of the two codes, and the place either gives.
     */
    private void mergeMeans(Sentence s, List<DerivedEvents.Act> acts, Map<Integer, Match> matches,
                            Map<Integer, String> specific) {
        for (DerivedEvents.Act verb : List.copyOf(acts)) {
            int t = verb.trigger();
            if (!s.token(t).isVerb() || !acts.contains(verb)) {
                continue;
            }
            for (Dependency dep : s.children(t)) {
                int n = dep.dependent();
                // "Israeli strikes killed 31 people": an act named as the doer of an act of its kind is that act
                boolean means = s.relation(n).startsWith("obl") && s.children(n, "case").stream()
                        .anyMatch(c -> MEANS.contains(s.token(c).word().toLowerCase(Locale.ROOT)))
                        || s.relation(n).equals("nsubj");
                if (!s.token(n).isNoun() || !matches.containsKey(n) || !means) {
                    continue;
                }
                // the noun's own event, or only its code when it named no doer ("in a bomb attack")
                DerivedEvents.Act noun = acts.stream().filter(a -> a.trigger() == n).findFirst().orElse(null);
                Event v = acts.get(acts.indexOf(verb)).event();
                String nounCode = noun != null ? noun.event().cameo()
                        : specific.getOrDefault(n, matches.get(n).pattern().code());
                CameoCode nc = cameo.get(nounCode).orElse(null);
                if (nc == null || !v.typed() || !v.type().equals(nc.ploverType())
                        || noun != null && v.modality() != noun.event().modality()
                        // "the invasion has displaced millions": a subject act of another root is a cause, not the act
                        || s.relation(n).equals("nsubj") && !nounCode.startsWith(v.cameo().substring(0, 2))) {
                    continue;
                }
                String code = detail(nounCode) > detail(v.cameo()) ? nounCode : v.cameo();
                CameoCode c = cameo.get(code).orElseThrow();
                Event w = noun == null ? v : noun.event();
                List<Actor> actors = v.actors().isEmpty() ? w.actors() : v.actors();
                List<Actor> targets = v.recipients().isEmpty() ? w.recipients() : v.recipients();
                Mention m = v.mentions().get(0);
                Event merged = new Event(id(m.doc(), s.index(), t, code, actors, targets), v.date(),
                        c.ploverType(), c.ploverMode(), code, c.quadClass(), c.goldstein(), v.modality(), actors,
                        targets, v.location() != null ? v.location() : w.location(), v.mentions(), null);
                acts.set(acts.indexOf(verb), new DerivedEvents.Act(t, merged));
                if (noun != null) {
                    acts.remove(noun);
                }
                verb = acts.stream().filter(a -> a.trigger() == t).findFirst().orElseThrow();
            }
        }
    }

    /**
     * "Three soldiers were killed by a roadside bomb outside Basra": a bombing or assassination (CAMEO
     * 180, 183, 185, 186) whose attacker goes unnamed was done by unidentified armed men (UAF), placed in
     * the country where they struck. Conventional force (19) is a state's, and an unnamed one is left
     * unnamed; so are abductions, torture and sexual assault, which jailers and states commit too. "A
     * journalist was arrested in Turkey", "was put under investigation in Italy": only a state arrests,
     * deports or investigates on its own ground, so an unnamed doer of those is the country's.
     */
    private static Event unnamedDoer(Sentence s, int trigger, Event e) {
        Location where = e.location();
        boolean attack = UNNAMED_ATTACKS.contains(e.cameo().substring(0, 3));
        boolean legal = e.cameo().startsWith("09") || STATE_LEGAL.contains(e.cameo());
        if (!e.actors().isEmpty() || !attack && !legal || where == null || where.country() == null) {
            return e;
        }
        List<Actor> actors = List.of(Actor.of("", where.country(), attack ? "UAF" : null, null));
        Mention m = e.mentions().get(0);
        return new Event(id(m.doc(), s.index(), trigger, e.cameo(), actors, e.recipients()), e.date(), e.type(),
                e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.modality(), actors, e.recipients(), where,
                e.mentions(), e.story());
    }

    /**
     * The party a threat with no target of its own is aimed at: "warned that it would strike US bases",
     * "vowed that the group would hit back against Israel". A threat (13) whose clause (its complement)
     * holds a hostile act of the threatener's own side is aimed at that act's target.
     */
    private static Event threatenedParty(Sentence s, int trigger, Event e, List<DerivedEvents.Act> acts) {
        if (!e.cameo().startsWith("13") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        List<List<Actor>> targets = acts.stream().filter(a -> a.trigger() != trigger && s.head(a.trigger()) == trigger
                        && Set.of("ccomp", "xcomp").contains(s.relation(a.trigger())) && a.event().quadClass() >= 3
                        && !a.event().recipients().isEmpty() && sameSide(a.event().actors(), e.actors()))
                .map(a -> a.event().recipients()).distinct().toList();
        return targets.size() == 1 ? withRecipients(s, trigger, e, targets.get(0)) : e;
    }

    /**
     * The party a threat to withhold cooperation is aimed at: in "Tehran warned London would not sign any
     * agreements with it" the one to go without is London. A threat (13) with no target whose complement
     * is a negated act of cooperation is aimed at that act's party of the other side: its doer, unless
     * the doer is the threatener's side ("warned it would cut aid to Kyiv"), then its target.
     */
    private static Event deprivedParty(Sentence s, int trigger, Event e, List<DerivedEvents.Act> acts) {
        if (!e.cameo().startsWith("13") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        List<List<Actor>> parties = acts.stream().filter(a -> a.trigger() != trigger && s.head(a.trigger()) == trigger
                        && s.relation(a.trigger()).equals("ccomp") && a.event().quadClass() <= 2
                        && a.event().modality() == Modality.NEGATED && !a.event().actors().isEmpty())
                .map(a -> sameSide(a.event().actors(), e.actors()) ? a.event().recipients() : a.event().actors())
                .filter(p -> !p.isEmpty() && !sameSide(p, e.actors())).distinct().toList();
        return parties.size() == 1 ? withRecipients(s, trigger, e, parties.get(0)) : e;
    }

    /**
     * The requests of a verb with joined objects, one for each: "demanded early elections and the
     * release of jailed students" asks for two things, a change of leaders (1041) and a release (1053),
     * where the verb's one match codes only the likelier. Each object of a request (02, 10) matched
     * alone, with the others set aside, that names what is asked (a code below the root's bare one) not
     * yet coded at the verb, is a request of its own; the verb's own request takes the parties of its
     * object alone (in {@code acts}), not those of the other objects' phrases.
     */
    private List<DerivedEvents.Act> jointRequests(ResolvedArticle article, Sentence s, List<DerivedEvents.Act> acts,
            List<ActorMention> mentions) {
        List<DerivedEvents.Act> out = new ArrayList<>();
        Map<DerivedEvents.Act, DerivedEvents.Act> own = new HashMap<>();
        for (DerivedEvents.Act act : acts) {
            int trigger = act.trigger();
            String code = act.event().cameo();
            if (!s.token(trigger).isVerb() || !(code.startsWith("02") || code.startsWith("10"))) {
                continue;
            }
            Set<String> coded = new HashSet<>();
            acts.stream().filter(a -> a.trigger() == trigger).forEach(a -> coded.add(a.event().cameo()));
            for (int object : s.children(trigger, "obj")) {
                List<Integer> joined = new ArrayList<>(List.of(object));
                joined.addAll(s.children(object, "conj"));
                // "the resignation of the president and the release of ...": the parser may join the second
                // act to the first one's "of" noun; a conjunct with an "of" phrase of its own is an object too
                for (int of : s.children(object, "nmod")) {
                    s.children(of, "conj").stream().filter(c -> hasMarker(s, of, "of")
                            && s.children(c, "nmod").stream().anyMatch(n -> hasMarker(s, n, "of"))).forEach(joined::add);
                }
                if (joined.size() < 2) {
                    continue;
                }
                for (int n : joined) {
                    // the object alone: the joined noun in its place, the others detached, so that their
                    // phrases ("the release of jailed students") name no party of this request
                    Map<Integer, Dependency> apart = new HashMap<>();
                    joined.stream().filter(c -> c != n).forEach(c -> apart.put(c, new Dependency("dep", Dependency.ROOT, c)));
                    apart.put(n, new Dependency("obj", trigger, n));
                    Sentence alone = reparsed(s, apart);
                    Match m = best(alone, trigger, candidates(alone, trigger, false), false);
                    Event e = m == null || patterns.silent(m.pattern()) ? null
                            : event(article, alone, trigger, m, m.pattern().code(), mentions);
                    // a bare "urge" or "demand" asks nothing named: "urged Ethiopia and Eritrea" asks two parties
                    if (e != null && e.type().equals(act.event().type()) && !unspecified(e.cameo()) && coded.add(e.cameo())) {
                        out.add(new DerivedEvents.Act(trigger, e));
                    } else if (e != null && e.cameo().equals(code) && !e.recipients().equals(act.event().recipients())) {
                        // the verb's own request asks for this object: its parties are this object's alone
                        own.put(act, new DerivedEvents.Act(trigger, withRecipients(s, trigger, act.event(), e.recipients())));
                    }
                }
            }
        }
        acts.replaceAll(a -> own.getOrDefault(a, a));
        return out;
    }

    /** Nouns of a standing way of acting: "its practice of raising tariffs", "the policy of building settlements". */
    private static final Set<String> HABITS = Set.of("practice", "policy", "habit", "custom", "pattern");

    /**
     * Whether an act is the way of acting a request asks to change: in "China urged Washington to correct
     * its practice of raising tariffs" the event is the request; the tariffs are no act of this day, nor
     * the urger's. An act within the "of" phrase of a noun of habit, under a request, is none of its own.
     */
    private static boolean habitAskedToChange(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts) {
        int node = act.trigger();
        for (int step = 0; step < 3 && s.head(node) != Dependency.ROOT; step++) {
            int head = s.head(node);
            if (s.token(head).isNoun() && HABITS.contains(s.token(head).lemma()) && hasMarker(s, node, "of")) {
                return acts.stream().anyMatch(r -> r != act && "REQUEST".equals(r.event().type())
                        && s.dominates(r.trigger(), head));
            }
            node = head;
        }
        return false;
    }

    /** Verbs of going into another's land by force, whose place is the party gone into. */
    private static final Set<String> INTRUSION = Set.of("intervene", "invade", "intrude", "march");

    /**
     * The party a threat to go into a place by force is aimed at: "Moscow threatened to intervene in
     * Moldova", "warned it could intervene in northern Syria". A threat (13) with no target whose
     * complement is such a verb is aimed at the place it would go "in" or "into", where that names an actor.
     */
    private static Event intrudedParty(Sentence s, int trigger, Event e, List<ActorMention> mentions) {
        if (!e.cameo().startsWith("13") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        for (Dependency d : s.children(trigger)) {
            // "warned it could intervene" may come as a bare dep of the warning
            if (Set.of("xcomp", "ccomp", "dep").contains(d.relation()) && INTRUSION.contains(s.token(d.dependent()).lemma())) {
                return intruded(s, trigger, d.dependent(), e, mentions);
            }
        }
        return e;
    }

    private static Event intruded(Sentence s, int trigger, int verb, Event e, List<ActorMention> mentions) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("obl") && (hasMarker(s, d.dependent(), "in") || hasMarker(s, d.dependent(), "into"))) {
                List<Actor> place = Arguments.actorsOf(s, List.of(d.dependent()), mentions, true);
                if (!place.isEmpty() && !sameSide(place, e.actors())) {
                    return withRecipients(s, trigger, e, place);
                }
            }
        }
        return e;
    }

    /**
     * The country a recalled envoy was posted to, where no "from" phrase names it: "Niger expelled
     * France's ambassador. France recalled its envoy." A recall answers a hostile act (an expulsion,
     * an accusation, an attack: quad class 3 or 4) between the sender and one other country, coded
     * in this sentence or the one before; a country merely named nearby ("talks with his German
     * counterpart") is no cause, and with none or several the target stays unnamed.
     */
    private static Event postedTo(Sentence s, int trigger, Event e, List<Event> near) {
        if (!e.cameo().equals("161") || !s.token(trigger).lemma().equals("recall") || !e.recipients().isEmpty()
                || e.actors().size() != 1 || e.actors().get(0).country() == null) {
            return e;
        }
        String own = e.actors().get(0).country();
        List<Actor> others = new ArrayList<>();
        for (Event c : near) {
            // the other side of a hostile act with the sender: its targets when the sender acted, its
            // doers when the sender was acted on; never the sender's fellow doers or fellow targets
            boolean acted = c.actors().stream().anyMatch(a -> own.equals(a.country()));
            boolean suffered = c.recipients().stream().anyMatch(a -> own.equals(a.country()));
            if (c.quadClass() >= 3 && acted != suffered) {
                (acted ? c.recipients() : c.actors()).stream()
                        .filter(a -> a.country() != null && !a.country().equals(own)).forEach(others::add);
            }
        }
        if (others.isEmpty() || others.stream().anyMatch(a -> !a.country().equals(others.get(0).country()))) {
            return e;
        }
        return withRecipients(s, trigger, e, List.of(Actor.of(others.get(0).text(), others.get(0).country(), null, null)));
    }

    /** Sentences before a denial in which the accusation it answers may stand. */
    private static final int DENIAL_WINDOW = 3;

    /**
     * The accuser a denial with no target answers: "Kyiv accused Moscow of shelling the plant. Russia
     * denied the accusation." A denial (016) rejects a charge made against the denier, so where the
     * sentence names no one it answers the nearest accusation (112) whose target is the denier's side:
     * in this sentence, or in one of the few before (a detail of the charge often comes between). With
     * accusations by different parties in that sentence the target stays unnamed.
     */
    private static Event deniedTo(Sentence s, int trigger, Event e, List<Event> here, List<Event> before) {
        if (!e.cameo().equals("016") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        for (int back = 0; back <= DENIAL_WINDOW; back++) {
            int index = s.index() - back;
            List<Event> in = back == 0 ? here : before.stream().filter(ev -> ev.mentions().get(0).sentence() == index).toList();
            List<List<Actor>> accusers = in.stream().filter(c -> c.cameo().startsWith("112")
                    && sameSide(c.recipients(), e.actors()) && !sameSide(c.actors(), e.actors()) && !c.actors().isEmpty())
                    .map(Event::actors).distinct().toList();
            if (!accusers.isEmpty()) {
                return accusers.size() == 1 ? withRecipients(s, trigger, e, accusers.get(0)) : e;
            }
        }
        return e;
    }

    /** Sentences before a criticism in which the act it names may stand. */
    private static final int CRITICISM_WINDOW = 2;

    /**
     * Sentences before a criticism in which an act of force its definite noun names may stand: "the
     * attack", "the strike" is the latest one the story told, often a paragraph back when reactions come
     * after the details; the nearest such act still wins.
     */
    private static final int FORCE_WINDOW = 8;

    /**
     * The doer of the act a criticism names by a bare noun: "North Korea fired a missile into the sea.
     * Japan condemned the launch." A criticism (11) of "the launch", "the incursion" (the noun with
     * the article, no possessor, no one else named) is aimed at whoever did that act, coded in this
     * sentence or the two before: the nearest act of the noun's own verb ("attacked" for "the attack")
     * or of a code the noun itself names ("launch" of a missile, 150; "incursion", 150 or 190), not
     * done by the critic's own side. With acts by different parties there the target stays unnamed.
     */
    private Event criticizedDoer(ResolvedArticle article, Sentence s, int trigger, Event e, List<Event> here,
                                 List<Event> before) {
        if (!e.cameo().startsWith("11") || !e.recipients().isEmpty() || e.actors().isEmpty()) {
            return e;
        }
        List<Integer> named = new ArrayList<>(s.children(trigger, "obj"));
        named.addAll(smallClauseSubjects(s, trigger));  // "called the incursion a provocation"
        // bare: not "the attack by the rebels", nor "the attack that killed ten" or "carried out by", which
        // pick out another; an aside after a comma ("the attack, which killed ten") only describes it
        named.removeIf(n -> !s.token(n).isNoun() || !s.children(n, "nmod:poss").isEmpty() || s.children(n, "det").stream()
                .noneMatch(d -> s.token(d).lemma().equals("the")) || s.children(n, "nmod").stream()
                .anyMatch(m -> hasMarker(s, m, "by"))
                || s.children(n).stream().anyMatch(d -> d.relation().startsWith("acl")
                        && s.tokens().subList(n + 1, Math.max(n + 1, d.dependent())).stream().noneMatch(t -> t.word().equals(","))));
        if (named.size() != 1) {
            return e;
        }
        int noun = named.get(0);
        Set<String> roots = new HashSet<>(NAMED_ACTS.getOrDefault(s.token(noun).lemma(), Set.of()));
        candidates(s, noun, true).forEach(p -> roots.add(family(p.code())));
        int window = roots.contains("18-20") && !GENERAL_ACTS.contains(s.token(noun).lemma()) ? FORCE_WINDOW : CRITICISM_WINDOW;
        for (int back = 0; back <= window; back++) {
            int index = s.index() - back;
            List<Event> in = back == 0 ? here : before.stream().filter(ev -> ev.mentions().get(0).sentence() == index).toList();
            Sentence where = back == 0 ? s : article.sentences().stream().filter(x -> x.index() == index).findFirst().orElse(null);
            if (where == null) {
                continue;
            }
            // the critic's own side is its state; insurgents, gunmen or criminals of its country are not
            List<Event> others = in.stream().filter(c -> c != e && !c.actors().isEmpty()
                    && !(sameSide(c.actors(), e.actors()) && c.actors().stream().allMatch(PatternCoder::stateActor))).toList();
            List<List<Actor>> doers = others.stream().filter(c -> roots.contains(family(c.cameo()))
                    || triggerLemma(where, c).equals(s.token(noun).lemma())).map(Event::actors).distinct().toList();
            if (!doers.isEmpty()) {
                return doers.size() == 1 ? withRecipients(s, trigger, e, doers.get(0)) : e;
            }
            if (back > 0 && tellsActOf(where, roots, s.token(noun).lemma(),
                    in.stream().map(c -> triggerLemma(where, c)).collect(java.util.stream.Collectors.toSet()))) {
                // "A car bomb exploded in Lviv": an act of the kind told with no doer found is the one meant
                return e;
            }
            if (GENERAL_ACTS.contains(s.token(noun).lemma()) && (back == 1 || !others.isEmpty())) {
                // "the decision", "the move" name the latest act told, in this sentence or the one
                // before: not an attack further back when another act came between
                return e;
            }
        }
        return e;
    }

    /**
     * Whether a sentence has a word of the criticised noun or a trigger of one of its families that
     * coded no event (no doer found); {@code coded} holds the trigger lemmas of the events it has.
     */
    private boolean tellsActOf(Sentence where, Set<String> roots, String lemma, Set<String> coded) {
        for (int i = 0; i < where.tokens().size(); i++) {
            if (coded.contains(where.token(i).lemma()) || anaphoricAct(where, i) || restated(where, i) || toll(where, i)) {
                continue;
            }
            // a pattern of the family must hold there, not just share its head: "the convoy was carrying
            // supplies" is no "carry out attack"
            List<VerbPattern> kin = candidates(where, i, where.token(i).isNoun()).stream()
                    .filter(p -> roots.contains(family(p.code()))).toList();
            if (where.token(i).lemma().equals(lemma) || !kin.isEmpty() && best(where, i, kin) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun with "the" and no possessor or "by" phrase refers back to an act told before
     * rather than telling one: "warned that the strikes would continue" after "warplanes struck the
     * ministry" is the same strikes, no new act that a later "condemned the attacks" could mean.
     */
    private static boolean anaphoricAct(Sentence s, int noun) {
        return s.token(noun).isNoun() && s.children(noun, "nmod:poss").isEmpty()
                && s.children(noun, "det").stream().anyMatch(d -> s.token(d).lemma().equals("the"))
                && s.children(noun, "nmod").stream().noneMatch(m -> hasMarker(s, m, "by"));
    }

    /**
     * Whether a verb only restates an act told before: a passive with no "by" agent whose subject refers
     * back ("North Korea fired two missiles. The missiles were launched from near Pyongyang"), no new act
     * that a later "condemned the launch" could mean instead.
     */
    private static boolean restated(Sentence s, int verb) {
        // "... were launched from near Pyongyang and flew 350 km": the conjunct tells of those missiles too
        int v = s.token(verb).isVerb() && s.relation(verb).equals("conj") && !hasSubject(s, verb) ? s.head(verb) : verb;
        return s.token(v).isVerb() && !byPhrase(s, v)
                && s.children(v, "nsubj:pass").stream().anyMatch(n -> anaphoricAct(s, n));
    }

    /** Harm verbs whose agentless passive counts the victims of an act rather than telling one. */
    private static final Set<String> TOLL_VERBS = Set.of("kill", "wound", "injure", "hurt", "maim",
            "destroy", "damage");

    /**
     * Whether a verb only gives the toll of an act told before: a passive harm verb with no "by" agent
     * ("Pakistan said 26 civilians were killed and 46 wounded", "... and several vehicles destroyed") has no doer or subject of force of its
     * own, so a later "condemned the strikes" still means the strikes; "A car bomb exploded" does not.
     */
    private static boolean toll(Sentence s, int verb) {
        int v = verb;
        if (s.relation(v).equals("conj") && s.token(v).tag().equals("VBN") && s.children(v, "aux").isEmpty()) {
            v = s.head(v);  // "... were killed and 46 wounded": the elided passive of the same toll
        }
        int head = v;
        return TOLL_VERBS.contains(s.token(verb).lemma()) && TOLL_VERBS.contains(s.token(head).lemma())
                && !s.children(head, "nsubj:pass").isEmpty() && !byPhrase(s, head) && !byPhrase(s, verb);
    }

    /** The actors a criticised act's "by" phrase names, on the noun or on a participle after it. */
    private static List<Actor> namedDoers(Sentence s, int trigger, List<ActorMention> mentions) {
        List<Integer> by = new ArrayList<>();
        for (int o : s.children(trigger, "obj")) {
            by.addAll(byPhrases(s, o));
            s.children(o, "acl").forEach(a -> by.addAll(byPhrases(s, a)));
        }
        return by.isEmpty() ? List.of() : Arguments.actorsOf(s, by, mentions, true);
    }

    /** Whether a word has a "by" phrase: the doer of a noun or participle ("imposed by the US"). */
    private static boolean byPhrase(Sentence s, int head) {
        return !byPhrases(s, head).isEmpty();
    }

    /** Nouns that may name an act of any kind ({@link #NAMED_ACTS}): only the latest act told. */
    private static final Set<String> GENERAL_ACTS = Set.of("decision", "move", "step");

    /**
     * Whether the recipients are only the victims of the act a criticism or demand names: the "on" or
     * "against" phrase of the act's noun (a criticism's object, or see {@link #endedActs}), when that
     * noun is an act ("the attack on civilians", "the violence against demonstrators") and names no doer
     * of its own.
     */
    private boolean victimsOnly(Sentence s, List<Integer> acts, List<Actor> recipients, List<ActorMention> mentions) {
        List<Integer> victims = new ArrayList<>();
        for (int o : acts) {
            if (candidates(s, o, true).isEmpty() || !s.children(o, "nmod:poss").isEmpty()
                    || s.children(o, "amod").stream().anyMatch(a -> mentions.stream().anyMatch(m -> m.covers(a)))
                    || byPhrase(s, o) || s.children(o, "acl").stream().anyMatch(a -> byPhrase(s, a))) {
                continue;  // "Russia's attack on Kyiv", "sanctions on Iran imposed by the US": a doer named
            }
            for (int n : s.children(o, "nmod")) {
                if (hasMarker(s, n, "on") || hasMarker(s, n, "against")) {
                    victims.add(n);
                }
            }
        }
        if (victims.isEmpty()) {
            return false;
        }
        List<Actor> hurt = Arguments.actorsOf(s, victims, mentions, true);
        return recipients.stream().allMatch(hurt::contains);
    }

    /** The acts a demanded end or halt is to: "strikes" in "demanded an end to the air strikes on Gaza". */
    private static List<Integer> endedActs(Sentence s, int trigger) {
        List<Integer> acts = new ArrayList<>();
        for (int o : s.children(trigger, "obj")) {
            if (STOPPING.contains(s.token(o).lemma())) {
                s.children(o, "nmod").stream().filter(n -> hasMarker(s, n, "to") || hasMarker(s, n, "of")).forEach(acts::add);
            }
        }
        return acts;
    }

    /** Verbs of a visit that only tell a journey, which private people make without any political visit. */
    private static final Set<String> JOURNEYS = Set.of("travel", "fly", "head", "arrive");

    /** A body's armed operations, which one leaves by a military withdrawal. */
    private static final Set<String> MISSIONS = Set.of("force", "mission", "operation", "coalition", "contingent");

    /** Named-entity classes of places: a city, region or country. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /** Nouns that hold measures: "a package of sanctions", "a new round of tariffs" (not "the terms of a proposal"). */
    private static final Set<String> CONTAINERS = Set.of("package", "set", "raft", "round", "batch", "series", "wave");

    /** Verbs of stopping an act: what they stop is not done. */
    private static final Set<String> STOPPING = Set.of("end", "stop", "halt", "cease", "suspend", "quit");

    /** Verbs that judge what their object is: "considers the militia a threat", "regards it as a threat". */
    private static final Set<String> JUDGING = Set.of("consider", "regard", "see", "view", "deem", "perceive",
            "label", "brand", "call", "describe", "find");

    /**
     * Whether a noun is what a verb of judging says its object is: "a militia that Kigali considers a
     * threat" makes no threat; it is a view of the militia. The parser may make the noun a second
     * object, a predicate (xcomp) or an "as" phrase.
     */
    private static boolean judgedAs(Sentence s, int noun) {
        int verb = s.head(noun);
        if (verb == Dependency.ROOT || !JUDGING.contains(s.token(verb).lemma())) {
            return false;
        }
        String rel = s.relation(noun);
        return rel.equals("xcomp") || rel.startsWith("obl") && hasMarker(s, noun, "as")
                || rel.equals("obj") && s.children(verb, "obj").stream().anyMatch(o -> o < noun);
    }

    /**
     * The story's reference time before a sentence: the day of the last act dated by the text in an
     * earlier sentence, to the day; {@code null} when there is none.
     */
    private static EventDate referenceDay(List<Event> before, int sentence) {
        EventDate day = null;
        int at = -1;
        for (Event e : before) {
            int k = e.mentions().get(0).sentence();
            if (k < sentence && k >= at && e.date() != null && e.date().basis() == EventDate.Basis.TEXT
                    && e.date().precision() == EventDate.Precision.DAY) {
                day = e.date();
                at = k;
            }
        }
        return day;
    }

    /** An act dated by the publication date whose "a day earlier" counts from the story's reference day. */
    private static Event referenced(Sentence s, int trigger, Event e, EventDate reference) {
        if (e.date() == null || e.date().basis() != EventDate.Basis.PUBLICATION) {
            return e;
        }
        return EventDating.fromReference(s, trigger, reference).map(d -> new Event(e.id(), d, e.type(), e.mode(),
                e.cameo(), e.quadClass(), e.goldstein(), e.modality(), e.actors(), e.recipients(), e.location(),
                e.mentions(), e.story())).orElse(e);
    }

    /** Verbs and nouns of answering force with force: "responded with rockets", "the retaliation". */
    private static final Set<String> ANSWERING = Set.of("respond", "retaliate", "reply", "counterattack",
            "retaliation", "response", "counterstrike", "counter-strike");

    /**
     * The attacker a military response with no target answers: "Israeli jets struck Hezbollah
     * positions. Hezbollah responded with rockets." A use of force (18 to 20) by a verb or noun of
     * answering ({@link #ANSWERING}) is aimed at whoever used force against the responder's side in
     * this sentence or the two before, the nearest first. With attackers from different sides there
     * the target stays unnamed.
     */
    private static Event answeredAttacker(Sentence s, int trigger, Event e, List<Event> here, List<Event> before) {
        if (!family(e.cameo()).equals("18-20") || !e.recipients().isEmpty() || e.actors().isEmpty()
                || !ANSWERING.contains(s.token(trigger).lemma())) {
            return e;
        }
        for (int back = 0; back <= CRITICISM_WINDOW; back++) {
            int index = s.index() - back;
            List<Event> in = back == 0 ? here : before.stream().filter(ev -> ev.mentions().get(0).sentence() == index).toList();
            List<List<Actor>> attackers = in.stream().filter(c -> c != e && family(c.cameo()).equals("18-20")
                    && !c.actors().isEmpty() && sameSide(c.recipients(), e.actors()) && !sameSide(c.actors(), e.actors()))
                    .map(Event::actors).distinct().toList();
            if (!attackers.isEmpty()) {
                return attackers.size() == 1 ? withRecipients(s, trigger, e, attackers.get(0)) : e;
            }
        }
        return e;
    }

    /**
     * Nouns that name an act without being its own pattern, with the families of the acts they may
     * name: "condemned the measures" (sanctions), "criticised the decision", "denounced the move" (any
     * hostile act: a protest, a threat, a sanction, a show or use of force).
     */
    private static final Map<String, Set<String>> NAMED_ACTS = Map.of(
            "measure", Set.of("16", "17"), "restriction", Set.of("16", "17"),
            "decision", Set.of("12", "13", "14", "15", "16", "17", "18-20"),
            "move", Set.of("12", "13", "14", "15", "16", "17", "18-20"),
            "step", Set.of("12", "13", "14", "15", "16", "17", "18-20"));

    /** A state's own organ, or the country named bare: the side a government's criticism speaks for. */
    private static boolean stateActor(Actor a) {
        return a.sector() == null || Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY").contains(a.sector());
    }

    /** A code's root, with the uses of force (18 to 20) one family: "the attack" may be a bombing or a shelling. */
    private static String family(String code) {
        String root = code.substring(0, 2);
        return Set.of("18", "19", "20").contains(root) ? "18-20" : root;
    }

    /** The lemma of an event's trigger in its sentence ("fired": "fire"); its word where not found. */
    private static String triggerLemma(Sentence s, Event e) {
        String word = e.mentions().get(0).trigger();
        return s.tokens().stream().filter(t -> t.word().equals(word)).map(Token::lemma).findFirst().orElse(word);
    }

    private static Event withRecipients(Sentence s, int trigger, Event e, List<Actor> recipients) {
        Mention m = e.mentions().get(0);
        return new Event(id(m.doc(), s.index(), trigger, e.cameo(), e.actors(), recipients), e.date(), e.type(),
                e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.modality(), e.actors(), recipients, e.location(),
                e.mentions(), e.story());
    }

    /**
     * A verb whose object or prepositional noun is an act of the same type by the same actors, which
     * names the target the verb does not: "insisted on its demands that the government grant ...",
     * "pressed its demand for ..." report one demand, the noun's.
     */
    private static boolean namedByItsNoun(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts) {
        Event v = act.event();
        if (!s.token(act.trigger()).isVerb() || !v.recipients().isEmpty()) {
            return false;
        }
        return acts.stream().anyMatch(n -> s.head(n.trigger()) == act.trigger() && s.token(n.trigger()).isNoun()
                && (s.relation(n.trigger()).equals("obj") || s.relation(n.trigger()).startsWith("obl"))
                && sameKind(n.event(), v) && !n.event().recipients().isEmpty()
                && codes(n.event().actors()).equals(codes(v.actors())));
    }

    /**
     * Whether a noun set in apposition beside a clause only describes an act the clause already codes:
     * in "pledged to visit Paris and Warsaw, his first trips abroad" the trips are the visit, no second one.
     */
    private static boolean describesAnAct(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts) {
        int noun = act.trigger();
        String rel = s.relation(noun);
        if (!s.token(noun).isNoun() || !(rel.equals("appos") || rel.endsWith(":npmod"))) {
            return false;
        }
        int clause = s.head(noun);
        while (clause != Dependency.ROOT && !s.token(clause).isVerb()) {
            clause = s.head(clause);
        }
        int verb = clause;
        return verb != Dependency.ROOT && acts.stream().anyMatch(o -> o != act && sameKind(o.event(), act.event())
                && (o.trigger() == verb || s.dominates(verb, o.trigger())) && !s.dominates(noun, o.trigger()));
    }

    /** Whether two events are of one PLOVER type, or, for statements PLOVER does not type, of one CAMEO code. */
    private static boolean sameKind(Event a, Event b) {
        return a.typed() ? a.type().equals(b.type()) : !b.typed() && a.cameo().equals(b.cameo());
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    private static boolean purposeOfSameAct(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts,
                                            Map<Integer, Match> matches) {
        DerivedEvents.Act other = sameAct(s, act, acts, matches);
        return other != null && !namesItsMeans(s, act, other, acts, matches);
    }

    /**
     * Whether a purpose clause says what a general act of the same type was, which it then stands for:
     * in "fired tear gas and water cannon to disperse the protesters" the firing (190, where the parser
     * loses "tear gas") was a dispersal (175). Only a purpose matched by a pattern with constraints
     * outranks an act matched by its verb alone, and only an act of an unspecified code.
     */
    private static boolean namesItsMeans(Sentence s, DerivedEvents.Act purpose, DerivedEvents.Act act,
                                         List<DerivedEvents.Act> acts, Map<Integer, Match> matches) {
        Match p = matches.get(purpose.trigger());
        Match a = matches.get(act.trigger());
        String rel = s.relation(purpose.trigger());
        return purpose != act && p != null && a != null && (rel.startsWith("advcl") || rel.equals("xcomp"))
                && p.pattern().specificity() > 0 && a.pattern().specificity() == 0 && unspecified(a.pattern().code())
                && sameAct(s, purpose, acts, matches) == act;
    }

    /**
     * A CAMEO code "not specified below" (190, 170, 080): the general act a purpose may say more about.
     * "resigned to allow elections" stays a resignation (0831), not the elections allowed.
     */
    private static boolean unspecified(String code) {
        return code.length() == 3 && code.endsWith("0");
    }

    /** The act that another one, a purpose, continuation or occasion of it, is the same act as; null when none. */
    private static DerivedEvents.Act sameAct(Sentence s, DerivedEvents.Act act, List<DerivedEvents.Act> acts,
                                             Map<Integer, Match> matches) {
        int trigger = act.trigger();
        String rel = s.relation(trigger);
        boolean purpose = (rel.startsWith("advcl") || rel.equals("xcomp"))
                && s.children(trigger, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
        // "met Macron and discussed the war": a second verb of the same meeting, with no party of its own
        boolean continued = rel.equals("conj") && act.event().recipients().isEmpty();
        // "met Obama at a lunch hosted by the ambassador": a participle naming the occasion of an act,
        // with no party of its own, is that act
        boolean occasion = rel.equals("acl") && s.token(trigger).tag().equals("VBN") && act.event().recipients().isEmpty();
        if (!purpose && !continued && !occasion) {
            return null;
        }
        int head = s.head(trigger);
        int setting = occasion ? s.head(head) : Dependency.ROOT;
        for (DerivedEvents.Act other : acts) {
            // the occasion's host is often named apart from the act's doers ("the ambassador", "diplomats")
            boolean sameActors = occasion ? codes(other.event().actors()).equals(codes(act.event().actors()))
                    : other.event().actors().equals(act.event().actors());
            if (other == act || !sameKind(other.event(), act.event()) || !sameActors) {
                continue;
            }
            int o = other.trigger();
            Match m = matches.get(o);
            if (o == head || m != null && m.consumed().contains(head) || s.children(head, "obj").contains(o)
                    || setting != Dependency.ROOT && (o == setting || m != null && m.consumed().contains(setting))) {
                return other;
            }
        }
        return null;
    }

    /**
     * The most specific pattern whose constraints hold at the trigger; ties go to an eventful pattern
     * over a silent one, then to the first listed. The result may be silent: "declined to comment".
     */
    private Match best(Sentence s, int trigger, List<VerbPattern> candidates) {
        // the direct object's own word first: "sent troops and tanks" is sending troops, not arms; a
        // later joined object counts only where it makes a more specific match ("sent doctors and food aid")
        Match direct = best(s, trigger, candidates, false);
        Match joined = best(s, trigger, candidates, true);
        return direct == null || joined != null && joined.pattern().specificity() > direct.pattern().specificity()
                ? joined : direct;
    }

    private Match best(Sentence s, int trigger, List<VerbPattern> candidates, boolean joined) {
        Match best = null;
        for (VerbPattern p : candidates) {
            Set<Integer> used = new LinkedHashSet<>();
            boolean ok = true;
            for (String c : p.constraints()) {
                int found = satisfy(s, trigger, c, joined);
                if (found < 0 && c.indexOf(':') < 0) {
                    found = nested(s, used, c);  // "used chemical weapons", "lifted the ban on the party"
                } else if (found < 0) {
                    found = nestedPhrase(s, used, c);  // "threatened to withdraw from the talks"
                }
                if (found < 0) {
                    ok = false;
                    break;
                }
                used.add(found);
            }
            if (ok && (best == null || p.specificity() > best.pattern().specificity()
                    || p.specificity() == best.pattern().specificity() && patterns.silent(best.pattern())
                    && !patterns.silent(p))) {
                best = new Match(p, used);
            }
        }
        return best;
    }

    /**
     * A plain item found one level below an item matched before it: "chemical" under the object
     * "weapons" of {@code use weapon chemical}, "party" under "ban" of {@code lift ban party}. Only
     * modifiers count (not a clause or a subject hanging from the matched word). Returns -1 if none.
     */
    private static int nested(Sentence s, Set<Integer> matched, String item) {
        for (int m : matched) {
            for (Dependency d : s.children(m)) {
                String rel = d.relation();
                if ((rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod"))
                        && Lemmas.matches(s, d.dependent(), item)) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * A prep:lemma item found on a word matched before it rather than on the trigger: "from the talks"
     * of {@code threaten withdraw from:talk} hangs on "withdraw". Returns -1 if none.
     */
    private static int nestedPhrase(Sentence s, Set<Integer> matched, String item) {
        for (int m : matched) {
            int found = satisfy(s, m, item, false);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    /**
     * An infinitive after the object of a verb of sending, which tells what those sent are to do
     * ("dispatched ships to monitor the drills"): it satisfies no plain item of a pattern, which names
     * what is sent ("send monitor"). After other verbs it may ("ordered the ambassador to leave").
     */
    private static boolean purposeAfterObject(Sentence s, int trigger, Dependency d) {
        int dep = d.dependent();
        return SENDING.contains(s.token(trigger).lemma())
                && (d.relation().equals("xcomp") || d.relation().startsWith("advcl")) && s.token(dep).isVerb()
                && markerOf(s, dep, "to") >= 0 && s.children(trigger, "obj").stream().anyMatch(o -> o < dep);
    }

    /**
     * A phrase telling when, why or from where the verb acted (a background marker, or "from"), not
     * what it acted on: in "suspended cooperation after the strikes" the strikes are no object of the
     * suspending, in "were returned from territory held by Kyiv" no territory is returned, and "under
     * the deal, Armenia agreed to ..." agrees no deal, so its word satisfies no plain item (its
     * preposition still does: "suspend from", "come under:fire").
     */
    private static boolean circumstance(Sentence s, Dependency d) {
        return (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && s.children(d.dependent()).stream()
                .filter(c -> c.relation().equals("case") || c.relation().equals("mark"))
                .map(c -> s.token(c.dependent()).word().toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("from") || w.equals("under") || BACKGROUND_MARKERS.contains(w));
    }

    /** Prepositions of where something thrown or sent ends up: "fired into the sea", "toward the sea". */
    private static final Set<String> DESTINATIONS = Set.of("into", "toward", "towards");

    /** Token satisfying a constraint item, or -1. */
    private static int satisfy(Sentence s, int trigger, String item, boolean joined) {
        int colon = item.indexOf(':');
        if (colon > 0) {
            String prep = item.substring(0, colon);
            String lemma = item.substring(colon + 1);
            for (Dependency d : s.children(trigger)) {
                if (!hasMarker(s, d.dependent(), prep) || temporal(s, d.dependent())) {
                    continue;
                }
                if (Lemmas.matches(s, d.dependent(), lemma)) {
                    return d.dependent();
                }
                int inner = throughShell(s, d.dependent(), d.relation());
                if (inner >= 0 && Lemmas.matches(s, inner, lemma)) {
                    return inner;  // "called for a new round of talks"
                }
            }
            if (prep.equals("with") || DESTINATIONS.contains(prep)) {
                // "targeted an army post with guided missiles", "fired a missile toward the sea": the parser
                // often hangs the instrument or the destination on the object; the preposition and the word
                // named still tell how or where the verb acted
                for (int o : s.children(trigger, "obj")) {
                    for (Dependency d : s.children(o)) {
                        if (d.relation().startsWith("nmod") && hasMarker(s, d.dependent(), prep)
                                && Lemmas.matches(s, d.dependent(), lemma)) {
                            return d.dependent();
                        }
                    }
                }
            }
            return -1;
        }
        if (item.equals(VerbPatterns.ANY_OBJECT)) {
            // "returned looted bronzes to Nigeria", "the bronzes were returned to Nigeria": some object
            for (Dependency d : s.children(trigger)) {
                if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                    return d.dependent();
                }
            }
            return -1;
        }
        for (Dependency d : s.children(trigger)) {
            int dep = d.dependent();
            boolean passiveSubject = d.relation().endsWith(":pass");
            if ((d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) && !passiveSubject) {
                continue;  // "talks resumed" is not "resumed talks"; "the ban was lifted" is "lifted the ban"
            }
            if (purposeAfterObject(s, trigger, d)) {
                continue;  // "dispatched ships to monitor the drills" sends no monitors
            }
            if (circumstance(s, d) && !hasMarker(s, dep, item)) {
                continue;  // "suspended cooperation after strikes on its sites" suspends no strike
            }
            if (d.relation().startsWith("advcl") && hasSubject(s, dep) && s.token(dep).isVerb() && Lemmas.matches(s, dep, item)) {
                continue;  // "called it X, while India struck": a clause with a doer of its own is another act
            }
            if (Lemmas.matches(s, dep, item)) {
                return dep;
            }
            int inner = throughShell(s, dep, d.relation());
            if (inner >= 0 && Lemmas.matches(s, inner, item)) {
                return inner;  // "handed over 300 kg of medicine", "suspended part of the aid"
            }
            int named = kindNamed(s, trigger, d);
            if (named >= 0 && Lemmas.matches(s, named, item)) {
                return named;  // "called the sanctions a form of persecution" calls them persecution
            }
            if (joined && (d.relation().equals("obj") || passiveSubject)) {
                for (int also : s.children(dep, "conj")) {
                    if (s.token(also).isNoun() && Lemmas.matches(s, also, item)) {
                        return also;  // "sent rescue teams and food aid": any of the joined objects
                    }
                }
            }
            if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasMarker(s, dep, item)
                    && !temporal(s, dep)) {
                return dep == trigger ? -1 : markerOf(s, dep, item);  // not "fired rockets ... on Saturday"
            }
            if (d.relation().startsWith("advcl") && hasSubject(s, dep) && hasMarker(s, dep, item)) {
                return markerOf(s, dep, item);  // "called on the government to release": on + subject + to
            }
        }
        int head = s.head(trigger);
        if (s.relation(trigger).equals("acl") && s.token(trigger).tag().equals("VBN") && Lemmas.matches(s, head, item)) {
            return head;  // "the sanctions imposed by the EU": a past participle's noun is its passive subject
        }
        if (s.relation(trigger).equals("acl:relcl") && !s.children(trigger, "nsubj").isEmpty()
                && s.children(trigger, "obj").isEmpty() && Lemmas.matches(s, head, item)) {
            return head;  // "a charge Islamabad has rejected": a relative clause's gap is its noun, the object
        }
        return -1;
    }

    /**
     * Nouns that measure, part or wrap what the verb acts on: "300 kg of medicine", "part of the aid
     * programme", "the return of inspectors", "the deployment of troops", "a new round of talks". A
     * pattern's object word may stand in their "of" phrase; so may the "inch" of "every inch of its territory".
     */
    private static final Set<String> SHELLS = Set.of("inch", "centimetre", "centimeter", "part", "some", "most", "much", "all", "half", "portion", "bulk",
            "kg", "kilogram", "ton", "tonne", "pound", "lot", "amount", "quantity", "shipment", "consignment", "batch",
            "worth", "load", "package", "number", "thousand", "million", "billion", "dozen", "hundred", "return",
            "deployment", "entry", "arrival", "presence", "delivery", "dispatch", "supply", "flow", "transfer", "round",
            "$", "€", "£", "dollar", "euro");

    /** Sums, whose "in" phrase also names what is counted: "$8 billion in Russian assets". */
    private static final Set<String> SUMS = Set.of("$", "€", "£", "dollar", "euro", "thousand", "million", "billion");

    /** The "of" noun behind an object shell ("kg of medicine": medicine), or -1. */
    private static int throughShell(Sentence s, int dep, String rel) {
        if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")) || !SHELLS.contains(s.token(dep).lemma())) {
            return -1;
        }
        for (Dependency d : s.children(dep)) {
            if (d.relation().startsWith("nmod") && (hasMarker(s, d.dependent(), "of")
                    || SUMS.contains(s.token(dep).lemma()) && hasMarker(s, d.dependent(), "in"))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** Nouns that give a kind of what their "of" phrase names: "a form of persecution", "an act of bullying". */
    private static final Set<String> KINDS = Set.of("form", "kind", "sort", "type", "act", "instance", "example");

    /**
     * What a verb of naming ({@link #NAMING}) names its object through a noun of kind: "persecution" in
     * "called the sanctions a form of persecution", "bullying" in "described the tariffs as an act of
     * bullying". The kind is the naming's predicate (xcomp, or an obl with "as"), or a "dep" the parser
     * hung on the object ("called the sanctions a form of ..."); -1 if none.
     */
    private static int kindNamed(Sentence s, int trigger, Dependency d) {
        int kind = d.dependent();
        if (d.relation().equals("obj")) {
            kind = s.children(kind, "dep").stream().filter(k -> KINDS.contains(s.token(k).lemma())).findFirst().orElse(kind);
        }
        boolean predicate = d.relation().equals("xcomp") || d.relation().startsWith("obl") && hasMarker(s, kind, "as")
                || kind != d.dependent();
        if (!predicate || !NAMING.contains(s.token(trigger).lemma()) || !KINDS.contains(s.token(kind).lemma())) {
            return -1;
        }
        return s.children(kind, "nmod").stream().filter(n -> hasMarker(s, n, "of")).findFirst().orElse(-1);
    }

    /** Whether a phrase head is a time ("on Saturday", "in March"): its preposition marks no pattern. */
    private static boolean temporal(Sentence s, int head) {
        if (s.timexes().stream().anyMatch(x -> x.covers(head))) {
            return true;
        }
        return switch (s.token(head).ner()) {
            case "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }

    private static boolean hasSubject(Sentence s, int clause) {
        return !s.children(clause, "nsubj").isEmpty();
    }

    private static boolean hasMarker(Sentence s, int node, String prep) {
        return markerOf(s, node, prep) >= 0;
    }

    /**
     * Verbs of meeting, which take no object control: in "will meet his Japanese counterpart to discuss
     * security" the parser may make "to discuss" a complement, but it is the purpose of the one who meets.
     */
    private static final Set<String> MEETING_HEADS = Set.of("meet", "visit", "host", "receive", "telephone", "phone",
            "join", "summon");  // "summoned the envoy to lodge a protest": the summoner protests

    /**
     * Verbs whose prepositional object, not their subject, is to do what their infinitive says: "called
     * on Armenia to withdraw", "appealed to the rebels to lay down arms", "pleaded with Kyiv to accept".
     */
    private static final Map<String, Set<String>> OBLIQUE_CONTROL = Map.of("call", Set.of("on", "upon"),
            "appeal", Set.of("to"), "plead", Set.of("with"));

    /** The prepositional object before an infinitive that controls it ({@link #OBLIQUE_CONTROL}); -1 if none. */
    private static int obliqueController(Sentence s, int verb, int infinitive) {
        Set<String> preps = OBLIQUE_CONTROL.get(s.token(verb).lemma());
        if (preps == null) {
            return -1;
        }
        for (int o : s.children(verb, "obl")) {
            if (o < infinitive && preps.stream().anyMatch(p -> markerOf(s, o, p) >= 0) && !instrument(s, o)
                    && !temporal(s, o)) {
                return o;
            }
        }
        return -1;
    }

    /** Nouns of a time limit given to a party: "gave the rebels 48 hours", "gave Tehran an ultimatum". */
    private static final Set<String> TIME_LIMITS = Set.of("hour", "day", "week", "month", "deadline", "ultimatum");

    /**
     * The verb that gives a party a time limit to do what an infinitive says, or -1: "gave the rebels
     * 48 hours to leave", with the clause on the verb or on the time noun, and the party its indirect
     * object.
     */
    static int timeLimitVerb(Sentence s, int node) {
        int head = s.head(node);
        if (head == Dependency.ROOT || markerOf(s, node, "to") < 0) {
            return -1;
        }
        boolean onNoun = s.relation(node).startsWith("acl") && TIME_LIMITS.contains(s.token(head).lemma());
        int verb = onNoun ? s.head(head) : head;
        boolean limited = verb != Dependency.ROOT && (onNoun || s.relation(node).startsWith("advcl"))
                && !s.children(verb, "iobj").isEmpty()
                && s.children(verb, "obj").stream().anyMatch(o -> TIME_LIMITS.contains(s.token(o).lemma()));
        return limited ? verb : -1;
    }

    private static int markerOf(Sentence s, int node, String prep) {
        for (Dependency d : s.children(node)) {
            if ((d.relation().equals("case") || d.relation().equals("mark")) && s.token(d.dependent()).lemma().equals(prep)) {
                return d.dependent();
            }
        }
        return -1;
    }

    private Event event(ResolvedArticle article, Sentence s, int trigger, Match match, String codeName,
                        List<ActorMention> mentions) {
        CameoCode code = cameo.get(codeName).orElseThrow();
        Token t = s.token(trigger);

        List<Integer> sourceArgs = new ArrayList<>();
        List<Integer> targetArgs = new ArrayList<>();
        boolean coordinated = true;
        if (!match.pattern().nominal()) {
            coordinated = verbArguments(s, trigger, match, sourceArgs, targetArgs);
        } else {
            coordinated = nounArguments(s, trigger, match, sourceArgs, targetArgs);
        }
        List<Actor> named = Arguments.actorsOf(s, sourceArgs, mentions, coordinated);
        if (named.isEmpty() && sourceArgs.stream().anyMatch(i -> FIRST_PERSON.contains(s.token(i).word().toLowerCase()))) {
            // "'We will not negotiate with terrorists,' Netanyahu said": the speaker's own side
            Actor speaker = Speakers.of(s, trigger, mentions);
            if (speaker != null && speaker.code() != null) {
                named = List.of(speaker);
            }
        }
        if (named.isEmpty()) {
            // "Egypt said it was prepared to host talks": a pronoun the resolver left unnamed, subject
            // of a clause reported by a speech verb, is the speaker's own side
            for (int i : sourceArgs) {
                int report = reporter(s, i);
                if (report >= 0) {
                    named = Arguments.actorsOf(s, s.children(report, "nsubj"), mentions, true);
                    break;
                }
            }
        }
        if (named.isEmpty() && match.pattern().nominal() && existential(s, trigger)) {
            // "'There will be no negotiations with terrorists,' the prime minister said": an existential
            // clause names no actor; the one who states it speaks for the side that would act
            Actor speaker = Speakers.of(s, trigger, mentions);
            if (speaker != null && speaker.code() != null) {
                named = List.of(speaker);
            }
        }
        // "ethnic Turks began a hunger strike": the noun's modifiers named no actor, the light verb's subject does
        List<Actor> actors = named.isEmpty() && match.pattern().nominal()
                ? Arguments.actorsOf(s, lightVerbSubject(s, trigger), mentions, true) : named;
        if (match.pattern().nominal() && !named.isEmpty() && !sourceArgs.isEmpty()
                && sourceArgs.stream().allMatch(i -> s.token(i).tag().equals("PRP$"))) {
            // "their forces completed their withdrawal": the pronoun is bound by the subject of its clause,
            // which names the doer more closely than the pronoun's antecedent ("Bosnian Serbs said ...")
            List<Actor> subject = Arguments.actorsOf(s, lightVerbSubject(s, trigger), mentions, true);
            List<Actor> pronoun = named;
            if (!subject.isEmpty() && subject.stream().allMatch(a -> a.country() != null
                    && pronoun.stream().anyMatch(p -> a.country().equals(p.country())))) {
                actors = subject;  // only the same side named more closely, never another party
            }
        }
        List<Actor> recipients = List.of();
        if (code.code().equals(ACCORD)) {
            // "agreed that the situation in Syria was serious": accord is with a partner, never with
            // what the agreed view is about
            targetArgs.removeIf(c -> s.children(trigger, "ccomp").stream().anyMatch(x -> x == c || s.dominates(x, c)));
        }
        for (int candidate : targetArgs) {  // the first candidate that names an actor
            recipients = Arguments.actorsOf(s, List.of(candidate), mentions, coordinated);
            if (!recipients.isEmpty()) {
                break;
            }
        }
        if (actors.size() >= 2 && sourceArgs.size() == 1 && hasMarker(s, sourceArgs.get(0), "between")) {
            // "between Indian and Chinese troops": one phrase names both parties, the first is the source
            recipients = actors.subList(1, actors.size());
            actors = actors.subList(0, 1);
        }
        List<Actor> addressed = recipients;  // before the actors' own side is taken out: "the Pentagon ordered troops"
        recipients = withoutSelf(actors, recipients, code.ploverType());
        if ("AID".equals(code.ploverType()) && ownForces(actors, recipients)) {
            return null;  // "Thailand sent fighter jets to bomb ...": moving one's own forces is no aid
        }
        if (recipients.isEmpty() && actors.size() >= 2
                && (RECIPROCAL.contains(t.lemma()) || eachOther(s, trigger) || code.code().equals(ACCORD))
                && actors.stream().map(Actor::country).distinct().count() == actors.size()) {
            // "Armenian and Azerbaijani forces exchanged fire", "Russia and Ukraine accused each other":
            // each side acts on the other
            recipients = actors.subList(1, actors.size());
            actors = actors.subList(0, 1);
        }
        if (actors.isEmpty() && recipients.isEmpty()) {
            return null;
        }
        if (t.isNoun() && t.lemma().equals("strike") && !actors.isEmpty() && !"PROTEST".equals(code.ploverType())
                && actors.stream().allMatch(a -> a.sector() != null && STRIKERS.contains(a.sector()))) {
            code = cameo.get("143").orElseThrow();  // workers' or students' strike, not a military strike
        }
        if (t.isVerb() && t.lemma().equals("storm") && "PROTEST".equals(code.ploverType()) && !actors.isEmpty()
                && actors.stream().allMatch(a -> a.sector() != null && ARMED.contains(a.sector()))) {
            // "gunmen stormed a hotel", "troops stormed the town": an armed assault, not a riot
            code = cameo.get(actors.stream().allMatch(a -> a.sector().equals("MIL")) ? "190" : "180").orElseThrow();
        }
        if (code.code().equals("084") && t.isVerb() && s.children(trigger).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                .anyMatch(d -> mentions.stream().anyMatch(m -> m.covers(d.dependent())))) {
            // "released three Egyptian fishermen", "returned 50 soldiers to Ukraine": what is released
            // names people, so it is the release of persons (0841), not of property
            code = cameo.get("0841").orElseThrow();
        }
        if (t.lemma().equals("attack") && code.code().equals("190") && !actors.isEmpty()
                && (actors.stream().allMatch(a -> "UAF".equals(a.sector()))
                    || sourceArgs.stream().anyMatch(i -> IRREGULARS.contains(s.token(i).lemma())))) {
            // "gunmen attacked a police station", "militants attacked a checkpoint": an attack by armed
            // men of no organized force is unconventional violence (180), as the codebook codes
            // terrorist attacks not further specified, not a use of conventional military force (190)
            code = cameo.get("180").orElseThrow();
        }
        if (code.code().startsWith("10") && ORDERING.contains(t.lemma()) && actors.stream().allMatch(PatternCoder::state)
                && own(actors, addressed, Set.of("MED")) && !ordersAnAct(s, trigger)) {
            // "the government ordered the newspaper to suspend publication": a state's order to its own
            // press restricts expression (1721); it is no demand between parties. "Ordered the release
            // of two journalists" orders an act, coded at its noun
            code = cameo.get("1721").orElseThrow();
        }
        if (code.code().startsWith("10") && ORDERING.contains(t.lemma()) && (own(actors, addressed, FORCES)
                || ordersAnAct(s, trigger))) {
            // also "ordered the deployment", "ordered the expulsion of two diplomats": the act ordered is
            // coded at its noun, with its own target
            // "the Pentagon ordered 3,000 troops to be ready", "Putin ordered the army to prepare": a
            // command to one's own forces is no demand between parties; the act commanded is coded itself
            return null;
        }
        if (t.isVerb() && KILLING.contains(t.lemma()) && (code.code().equals("190") || code.code().equals("193"))
                && s.children(trigger, "obj").stream().anyMatch(o -> oneLeader(s, o))) {
            // "killed the deputy chief of the militia", "shot dead opposition leader X": one prominent
            // person killed is an assassination
            code = cameo.get("186").orElseThrow();
        }
        // "Nigerians", "students"; not a name that is plural in form ("the Philippines" is its own lemma)
        boolean people = sourceArgs.stream().anyMatch(i -> s.token(i).tag().equals("NNS")
                || s.token(i).tag().equals("NNPS") && !s.token(i).lemma().equalsIgnoreCase(s.token(i).word()));
        if (t.isVerb() && t.lemma().equals("protest") && !actors.isEmpty() && !people
                && actors.stream().allMatch(PatternCoder::state)) {
            // "India protested the remarks": a state's protest is an official complaint, not a demonstration
            code = cameo.get("114").orElseThrow();
        }
        if ("PROTEST".equals(code.ploverType())) {
            List<Integer> places = new ArrayList<>();
            places.add(trigger);
            places.addAll(match.consumed());
            code = cameo.get(goals.refine(code.code(), s, places)).orElse(code);  // "... demanding his resignation"
        }
        if (recipients.isEmpty() && "PROTEST".equals(code.ploverType())) {
            recipients = Arguments.actorsOf(s, defied(s, trigger), mentions, true);
        }
        if (recipients.isEmpty() && "PROTEST".equals(code.ploverType())) {
            recipients = Arguments.actorsOf(s, protestedInPurpose(s, trigger), mentions, true);
        }
        if (recipients.isEmpty() && "REJECT".equals(code.ploverType())) {
            recipients = withoutSelf(actors, Arguments.actorsOf(s, pressing(s, trigger), mentions, true), code.ploverType());
        }
        if (recipients.isEmpty() && "PROTEST".equals(code.ploverType())) {
            recipients = ownGovernment(actors);
        }
        List<Actor> byDoer = code.root().equals("11") ? namedDoers(s, trigger, mentions) : List.of();
        if (!byDoer.isEmpty()) {
            recipients = byDoer;  // "condemned the sanctions against Iran imposed by the US": aimed at the US
        } else if (code.root().equals("11") && !recipients.isEmpty()
                && victimsOnly(s, s.children(trigger, "obj"), recipients, mentions)) {
            // "condemned the attack on Ukrainian civilians": the criticism is aimed at whoever attacked
            // them (found below from the acts before, if anywhere), not at the victims
            recipients = List.of();
        } else if (code.root().equals("10") && !recipients.isEmpty()
                && victimsOnly(s, endedActs(s, trigger), recipients, mentions)) {
            // "demanded an end to the air strikes on Gaza": Gaza suffers the strikes, it is not asked to end them
            recipients = List.of();
        }
        if (code.code().equals("171") && t.lemma().equals("seize") && s.children(trigger, "obj").stream()
                .anyMatch(o -> PLACE_NER.contains(s.token(o).ner())
                        || article.placesIn(s.index()).stream().anyMatch(pl -> pl.begin() <= o && o < pl.end()))) {
            // "the rebels seized Goma": a place seized is territory occupied (192), not property
            code = cameo.get("192").orElseThrow();
        }
        if (code.code().equals("0874") && !recipients.isEmpty()
                && recipients.stream().allMatch(r -> r.code() != null && r.code().startsWith("IGO"))
                && match.consumed().stream().noneMatch(c -> MOVED.contains(s.token(c).lemma()))
                && actors.stream().noneMatch(a -> a.sector() != null && FORCES.contains(a.sector()))
                && s.children(trigger, "obl").stream().noneMatch(o -> MISSIONS.contains(s.token(o).lemma()))) {
            // "the Philippines withdrew from the ICC": leaving a body is a cut in ties (160), not a
            // military retreat; "withdrew its troops from the UN mission", "soldiers pulled out of the
            // AU force" still are
            code = cameo.get("160").orElseThrow();
        }
        Location where = Locations.of(s, trigger, code, article.placesIn(s.index())).orElse(null);
        if (recipients.isEmpty() && (code.code().startsWith("042") || Integer.parseInt(code.root()) >= 15
                && !code.root().equals("16"))) {
            // "arrived in Amman" visits Jordan; "troops on alert in the West Bank", "fired shells at targets
            // in Jericho": force shown or used on another country's ground is aimed at that country. Not a
            // cut in relations: "suspended talks in Geneva" is aimed at a party, not at the host
            recipients = host(actors, where);
        }
        if (code.code().equals("042") && JOURNEYS.contains(t.lemma()) && !actors.isEmpty()
                && actors.stream().allMatch(a -> "CVL".equals(a.sector()))) {
            return null;  // "passengers flying to Tokyo", "tourists travelling to Japan": private travel, no visit
        }
        if (code.code().equals("042") && !recipients.isEmpty() && sourceArgs.stream().anyMatch(i -> peacekeepers(s, i))) {
            // "peacekeepers arrived in Mali": no visit but a deployment, which the codebook codes as the
            // host receiving it (0861), the place of deployment as source and the force as target
            code = cameo.get("0861").orElseThrow();
            List<Actor> host = recipients;
            recipients = actors;
            actors = host;
        }
        if (actors.isEmpty() && !passive(s, trigger) && match.pattern().sources().isEmpty()
                && !(match.pattern().nominal() && blastVerb(s, trigger) >= 0) && match.pattern() != SANCTION_REACH
                && !harmedByForce(s, trigger)) {
            // only a finite passive ("Kharkiv was shelled") or its like ("came under fire") may leave its
            // source unnamed
            return null;
        }
        if (recipients.isEmpty() && match.pattern().targetRequired()) {
            return null;  // "[obj!]": "suspended Niger" is an event, "suspended operations" is not this one
        }
        if (recipients.isEmpty() && actors.size() == 1 && code.root().equals("04") && !PARTNERLESS.contains(code.code())
                && !actors.get(0).code().startsWith("IGO") && !partnerNamed(s, trigger, match.consumed(), mentions, actors)) {
            // "the cabinet met on Sunday", "a dinner hosted by the ambassador": a meeting, call or talks
            // with no partner named is one body's own session; a multilateral body's meeting is one of
            // its members
            return null;
        }
        Modality modality = ModalityRules.of(s, trigger);
        if ((modality == Modality.ASSERTED || modality == Modality.FUTURE || modality == Modality.HYPOTHETICAL)
                && Stream.concat(match.consumed().stream(), s.children(trigger, "obj").stream())
                        .anyMatch(c -> s.children(c, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("no")))) {
            // "held no talks", "no talks were held": the act named by the object; "summoned no diplomats":
            // the act done to no one
            modality = Modality.NEGATED;
        }
        if (modality == Modality.ASSERTED && orderedDeed(s, trigger, code)) {
            modality = Modality.FUTURE;
        }
        int owning = match.pattern().nominal() ? ownershipVerb(s, trigger) : -1;
        if (owning >= 0 && DISOWNING.contains(s.token(owning).lemma())) {
            modality = Modality.DENIED;
        } else if (owning >= 0 && s.children(s.head(trigger), "det").stream()
                .anyMatch(d -> s.token(d).word().equalsIgnoreCase("no"))) {
            modality = Modality.NEGATED;  // "the navy had no role in the attack": not its attack
        }
        if (code.root().equals("13") && ModalityRules.notRuledOut(s, trigger) && modality == Modality.NEGATED) {
            modality = Modality.ASSERTED;  // "would not rule out force" states a threat
        }
        if (modality == Modality.NEGATED && withheldRecognition(s, trigger)) {
            modality = Modality.ASSERTED;  // "would not recognise the junta" states the rejection
        }
        if (modality == Modality.NEGATED && code.root().equals("08") && CEASING.contains(t.lemma())
                && !DerivedEvents.refusedAhead(s, trigger)) {
            return null;  // "never stopped fighting", "has not halted its attacks": the act goes on, nothing was given up
        }
        Modality complement = complementModality(s, trigger, match);
        if (modality == Modality.ASSERTED && (complement == Modality.NEGATED || complement == Modality.HYPOTHETICAL)) {
            // "said it was not illegal for ships to patrol": no judgment against them; "said it may be illegal"
            modality = complement;
        }
        Actor speaker = Speakers.of(s, trigger, mentions);
        if (modality == Modality.HYPOTHETICAL && ModalityRules.reportedWould(s, trigger) && speaker != null
                && sameSide(List.of(speaker), actors) && stateActor(speaker) && actors.stream().allMatch(PatternCoder::stateActor)) {
            // "the prime minister said Lebanon would file a complaint": a government's word on what its
            // own state will do is its announced intent, not a guess ("said Ukraine would lose" is one)
            modality = Modality.FUTURE;
        }
        Article a = article.article();
        EventDate date = EventDating.date(s, trigger, a.published());
        if (modality == Modality.ASSERTED && date.basis() == EventDate.Basis.TEXT && a.published() != null
                && date.date() != null && date.date().isAfter(a.published()) && !t.tag().equals("VBD")
                && !t.tag().equals("VBN")) {
            // "called an emergency meeting for Thursday": an act the text dates after its own report is
            // yet to come; a verb in the past tense ("lifted the embargo in May") keeps what it tells
            modality = Modality.FUTURE;
        }
        Mention mention = new Mention(a.id(), a.url(), a.source(), s.index(), s.begin(), s.end(), t.word(), s.text(),
                speaker);
        String id = id(a.id(), s.index(), trigger, code.code(), actors, recipients);
        return new Event(id, date, code.ploverType(), code.ploverMode(), code.code(), code.quadClass(),
                code.goldstein(), modality, actors, recipients, where, List.of(mention), null);
    }

    /**
     * Verbs of ceasing an act: not to cease it is to go on with it, no negated retreat ("never stopped
     * fighting"); only a refusal ahead ("will not stop the attacks") still refuses (12).
     */
    private static final Set<String> CEASING = Set.of("stop", "cease", "halt", "end", "suspend", "quit");

    /**
     * What the complement clause a verb's pattern consumed says of itself: the item "illegal" of {@code
     * say illegal} is negated in "said the ban was not illegal" and supposed in "said it may be illegal";
     * "respond" of {@code vow respond} is negated in "vowed that it would never respond" (its "would" is
     * the vow's own future, no supposition). What the clause denies or only supposes, the verb does not
     * assert. ASSERTED when no clause was consumed.
     */
    private static Modality complementModality(Sentence s, int trigger, Match match) {
        if (match.pattern().nominal()) {
            return Modality.ASSERTED;
        }
        List<Integer> clauses = match.consumed().stream().filter(c -> s.head(c) == trigger
                && Set.of("ccomp", "xcomp").contains(s.relation(c))).toList();
        if (clauses.stream().anyMatch(c -> ModalityRules.local(s, c, true) == Modality.NEGATED)) {
            return Modality.NEGATED;
        }
        boolean supposed = clauses.stream().flatMap(c -> s.children(c, "aux").stream())
                .anyMatch(a -> SUPPOSING.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
        return supposed ? Modality.HYPOTHETICAL : Modality.ASSERTED;
    }

    /** Auxiliaries of a mere possibility: "said it may be illegal". */
    private static final Set<String> SUPPOSING = Set.of("may", "might", "could");

    /** Prepositions that name the other side of a meeting: "met with", "talks between", "a call to". */
    private static final List<String> PARTNER_MARKERS = List.of("with", "between", "among", "to");

    /**
     * Whether a meeting names someone met, resolved or not: an object, or a "with" phrase. The noun a
     * light verb's pattern consumed is the meeting itself, no one met ("held talks in Riyadh"), and a
     * "with" phrase on it names a partner as one on the verb does ("held talks with Iran"). Another
     * actor resolved inside that noun's phrase is a partner too, however the parser hung it.
     */
    private static boolean partnerNamed(Sentence s, int trigger, Set<Integer> consumed, List<ActorMention> mentions,
                                        List<Actor> actors) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        consumed.stream().filter(c -> s.token(c).isNoun()).forEach(heads::add);
        boolean other = mentions.stream().anyMatch(m -> !codes(actors).contains(m.actor().code())
                && heads.stream().skip(1).anyMatch(h -> h != m.head() && s.dominates(h, m.head())));
        return other || heads.stream().flatMap(h -> s.children(h).stream()).anyMatch(d -> !consumed.contains(d.dependent())
                && (d.relation().equals("obj") || d.relation().equals("iobj")
                || (d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                && PARTNER_MARKERS.stream().anyMatch(p -> hasMarker(s, d.dependent(), p))));
    }

    /**
     * The host of a visit that names no one visited: the country it took place in ("arrived in Amman"
     * visits Jordan), when that is no visitor's own country. Its text is the place as written. Force
     * used on another country's ground with no target named has that country as its target alike.
     */
    private static List<Actor> host(List<Actor> visitors, Location where) {
        if (where == null || where.country() == null
                || visitors.stream().anyMatch(v -> where.country().equals(v.country()))) {
            return List.of();
        }
        return List.of(Actor.of(where.text(), where.country(), null, null));
    }

    /** Nouns by which a protest says whom it defies: "in defiance of the authorities", "in protest against". */
    private static final Set<String> DEFIANCE = Set.of("defiance", "protest");

    /**
     * Whom a protest defies by a phrase of its own: "blocked streets in defiance of the Chinese
     * authorities", "marched in protest against the junta". They, not the protesters' own
     * government by default, are its target.
     */
    private static List<Integer> defied(Sentence s, int trigger) {
        return partiesIn(s, trigger, DEFIANCE, "in", d -> d.relation().equals("nmod")
                && (hasMarker(s, d.dependent(), "of") || hasMarker(s, d.dependent(), "against")));
    }

    /**
     * What a purpose clause of protesting names as protested: "began a hunger strike to protest against
     * Germany's decision", "blocked the road to protest the arrests". The act (or the light verb that
     * stages it) is the protest, so what it protests against is the party it defies.
     */
    private static List<Integer> protestedInPurpose(Sentence s, int trigger) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        if (s.token(trigger).isNoun() && s.relation(trigger).equals("obj")) {
            heads.add(s.head(trigger));  // "began a hunger strike to protest ...": the clause hangs on the light verb
        }
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            for (Dependency d : s.children(h)) {
                int v = d.dependent();
                if ((d.relation().equals("xcomp") || d.relation().startsWith("advcl")) && s.token(v).lemma().equals("protest")
                        && s.children(v, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
                    out.addAll(s.children(v, "obj"));
                    s.children(v, "obl").stream().filter(o -> hasMarker(s, o, "against")).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * The parties named inside an oblique of the trigger that one of {@code nouns} heads after the
     * preposition {@code marker} ("in defiance of X", "despite pressure from X"): the dependents of
     * that noun which {@code party} accepts.
     */
    private static List<Integer> partiesIn(Sentence s, int trigger, Set<String> nouns, String marker,
                                           Predicate<Dependency> party) {
        List<Integer> out = new ArrayList<>();
        for (int obl : s.children(trigger, "obl")) {
            if (nouns.contains(s.token(obl).lemma()) && hasMarker(s, obl, marker)) {
                for (Dependency d : s.children(obl)) {
                    if (party.test(d)) {
                        out.add(d.dependent());
                    }
                }
            }
        }
        return out;
    }

    /** Nouns of pressing a party to act: a refusal "despite" them answers whoever pressed. */
    private static final Set<String> PRESSURE = Set.of("pressure", "call", "demand", "appeal", "request", "plea");

    /**
     * Who pressed for what a refusal refuses: "declined to resign despite pressure from the
     * opposition", "refused despite calls by the UN" refuse the opposition, the UN.
     */
    private static List<Integer> pressing(Sentence s, int trigger) {
        return partiesIn(s, trigger, PRESSURE, "despite", d -> d.relation().equals("nmod:poss")
                || d.relation().equals("nmod") && (hasMarker(s, d.dependent(), "by") || hasMarker(s, d.dependent(), "from")));
    }

    /**
     * The implied target of a protest that names none: the government of the country the protesters
     * belong to, as CAMEO and PLOVER code domestic protest. Only when every source shares one country;
     * the actor's text is empty because no words name it.
     */
    private static List<Actor> ownGovernment(List<Actor> actors) {
        Set<String> countries = new HashSet<>();
        for (Actor a : actors) {
            countries.add(a.country());
        }
        if (countries.size() != 1 || countries.contains(null)) {
            return List.of();
        }
        String country = countries.iterator().next();
        boolean government = actors.stream().anyMatch(a -> "GOV".equals(a.sector()));
        return government ? List.of() : List.of(Actor.of("", country, "GOV", null));
    }

    private static final Set<String> FIRST_PERSON = Set.of("we", "i");

    /**
     * The speech verb whose reported clause a subject pronoun ("it", "they") opens: "Egypt said it was
     * prepared to ...", "Iran announced it had agreed"; -1 when the pronoun is no such clause subject.
     */
    private static int reporter(Sentence s, int pronoun) {
        String w = s.token(pronoun).word().toLowerCase(Locale.ROOT);
        if (!(w.equals("it") || w.equals("they")) || !s.relation(pronoun).startsWith("nsubj")) {
            return -1;
        }
        int clause = s.head(pronoun);
        if (clause == Dependency.ROOT || !s.relation(clause).equals("ccomp")) {
            return -1;
        }
        int verb = s.head(clause);
        return verb != Dependency.ROOT && REPORTING_CLAUSE.contains(s.token(verb).lemma()) && verb < pronoun ? verb : -1;
    }

    /** Whether a noun is what an existential "there is/will be" clause says exists (or not): "there will be no talks". */
    private static boolean existential(Sentence s, int noun) {
        if (s.children(noun, "expl").stream().anyMatch(e -> s.token(e).word().equalsIgnoreCase("there"))) {
            return true;  // the noun heads the clause, "be" its copula
        }
        int head = s.head(noun);
        return head != Dependency.ROOT && s.relation(noun).startsWith("nsubj") && s.token(head).lemma().equals("be")
                && s.children(head, "expl").stream().anyMatch(e -> s.token(e).word().equalsIgnoreCase("there"));
    }

    /** Whether a phrase names peacekeepers: "UN peacekeepers", "a unit of Nepali peacekeeping troops". */
    private static boolean peacekeepers(Sentence s, int head) {
        for (int k = 0; k < s.tokens().size(); k++) {
            if (s.token(k).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep") && s.dominates(head, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger's clause has "each other" or "one another" as a party, or "the other" after a
     * floating "each" on the verb or its subject ("Kyiv and Moscow each accused the other").
     */
    private static boolean eachOther(Sentence s, int trigger) {
        for (int i = 1; i < s.tokens().size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            String before = s.token(i - 1).word().toLowerCase(Locale.ROOT);
            boolean theOther = w.equals("other") && before.equals("the") && floatingEach(s, trigger);
            if ((w.equals("other") && before.equals("each") || w.equals("another") && before.equals("one") || theOther)
                    && ownArgument(s, trigger, i)) {
                return true;
            }
        }
        return false;
    }

    /** An "each" that hangs on the verb or on its subject: "X and Y each accused ...", "X and Y have each ...". */
    private static boolean floatingEach(Sentence s, int verb) {
        List<Integer> holders = new ArrayList<>(s.children(verb, "nsubj"));
        holders.add(verb);
        return holders.stream().flatMap(h -> s.children(h).stream())
                .anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("each") && !d.relation().equals("det"));
    }

    /**
     * Whether a word is the trigger's own argument ("accused each other", "fired at each other") or
     * one of its object noun's ("traded accusations against each other"), not a word of another
     * clause the trigger dominates ("shelled positions after the two sides accused each other").
     */
    private static boolean ownArgument(Sentence s, int trigger, int word) {
        int head = s.head(word);
        return head == trigger || head != Dependency.ROOT && s.head(head) == trigger && s.token(head).isNoun()
                && (s.relation(head).equals("obj") || s.relation(head).startsWith("obl"));
    }

    /**
     * The other direction of a reciprocal act between two parties: "Russia and Ukraine exchanged
     * prisoners" is a release by each, "Indian troops clashed with Chinese troops" fighting by each.
     * Null when the act is not reciprocal or is not between exactly one source and one target.
     */
    private static Event reversed(Sentence s, int trigger, Event e) {
        if (e.actors().size() != 1 || e.recipients().size() != 1
                || !RECIPROCAL.contains(s.token(trigger).lemma()) && !eachOther(s, trigger) && !e.cameo().equals(ACCORD)) {
            return null;
        }
        List<Actor> actors = e.recipients();
        List<Actor> recipients = e.actors();
        return new Event(id(e.mentions().get(0).doc(), s.index(), trigger, e.cameo(), actors, recipients), e.date(),
                e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.modality(), actors, recipients,
                e.location(), e.mentions(), e.story());
    }

    private static final String CONSULT = "040";

    /** Verbs whose bare use is a statement but whose joint subject talks to itself: "Putin and Trump spoke". */
    private static final Set<String> JOINT_SPEECH = Set.of("speak");

    /**
     * Prepositions of an audience or a venue addressed ("spoke at the summit", "spoke to reporters") or
     * of a topic ("spoke about security guarantees", "spoke on Ukraine"), which make "X and Y spoke" two
     * statements, perhaps apart, and would give the topic as a party.
     */
    private static final Set<String> ADDRESSED = Set.of("at", "to", "before", "about", "on", "over", "of", "regarding");

    /**
     * Whether a verb of speaking with no partner, object or audience has two named parties as its
     * subject: "Putin and Trump spoke directly for the first time" is a talk between them, as "X and Y
     * met" is a meeting, while "Putin spoke" and "the two leaders spoke at the summit" are statements.
     */
    private static boolean jointSpeech(Sentence s, int trigger, List<ActorMention> mentions) {
        if (!s.token(trigger).isVerb() || !JOINT_SPEECH.contains(s.token(trigger).lemma())) {
            return false;
        }
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            if (rel.equals("obj") || rel.equals("compound:prt") || rel.equals("ccomp") || rel.equals("xcomp")
                    || (rel.startsWith("obl") || rel.startsWith("nmod"))
                        && ADDRESSED.stream().anyMatch(p -> hasMarker(s, d.dependent(), p))
                        && s.timexes().stream().noneMatch(t -> t.covers(d.dependent()))) {  // not "on Monday"
                return false;
            }
        }
        for (int subject : s.children(trigger, "nsubj")) {
            List<Integer> parties = new ArrayList<>(List.of(subject));
            parties.addAll(s.children(subject, "conj"));
            if (parties.size() >= 2 && parties.stream().allMatch(p -> mentions.stream().anyMatch(m -> m.covers(p)))) {
                return true;
            }
        }
        return false;
    }

    /** Acts whose joint subject acts on itself, each side on the other: "exchanged fire", "traded fire", "clashed". */
    private static final Set<String> RECIPROCAL = Set.of("exchange", "swap", "trade", "clash", "skirmish");

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my");

    /**
     * The recipients that are not the source itself ("offered its troops": "its" is no target), nor
     * the source's own side named by a possessive ("agreed to reopen their embassies").
     */
    private static List<Actor> withoutSelf(List<Actor> actors, List<Actor> recipients, String type) {
        List<Actor> out = new ArrayList<>(recipients);
        out.removeIf(r -> actors.stream().anyMatch(a -> a.code().equals(r.code()) && same(a.entity(), r.entity())
                || possessive(r) && a.country() != null && a.country().equals(r.country())
                || "REQUEST".equals(type) && ownCountry(a, r)
                // "Sharif denied that the government was behind the arrest": a statement (no PLOVER type)
                // about one's own state is made to no other party
                || type == null && state(a) && a.country() != null && a.country().equals(r.country())
                        && (r.sector() == null || "GOV".equals(r.sector()))));
        return out;
    }

    /**
     * "Lavrov insisted that Russia needed guarantees": a state's own officials asking something of
     * their country, named bare, address no other party. Other acts on one's own country named bare
     * stand for a party in it ("outlawed a group in Northern Ireland", "imposed a curfew in a town").
     */
    private static boolean ownCountry(Actor a, Actor r) {
        return r.sector() == null && r.country() != null && r.code().equals(r.country()) && a.sector() != null
                && STATE_SECTORS.contains(a.sector()) && r.country().equals(a.country());
    }

    /** Whether every recipient is the armed forces of the source's own country. */
    private static boolean ownForces(List<Actor> actors, List<Actor> recipients) {
        return !recipients.isEmpty() && recipients.stream().allMatch(r -> "MIL".equals(r.sector()) && r.country() != null
                && actors.stream().anyMatch(a -> r.country().equals(a.country())));
    }

    /** Whether an actor is named by a possessive pronoun: "their", "their embassies", "its troops". */
    private static boolean possessive(Actor r) {
        String text = r.text() == null ? "" : r.text().strip().toLowerCase(java.util.Locale.ROOT);
        int space = text.indexOf(' ');
        return POSSESSIVES.contains(space < 0 ? text : text.substring(0, space));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The conjoined heads of a "between" phrase on the trigger or the words its pattern consumed. */
    private static List<Integer> betweenParties(Sentence s, int trigger, Match match) {
        List<Integer> places = new ArrayList<>();
        places.add(trigger);
        places.addAll(match.consumed());
        List<Integer> out = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : s.children(place)) {
                if ((d.relation().startsWith("nmod") || d.relation().startsWith("obl")) && hasMarker(s, d.dependent(), "between")) {
                    out.add(d.dependent());
                    out.addAll(s.children(d.dependent(), "conj"));
                }
            }
        }
        return out;
    }

    private static final String MEDIATION = "045";

    /**
     * "A prisoner swap mediated by the UAE", "a truce brokered by Egypt between Israel and Hamas": what is
     * mediated is an act between parties, who are the mediation's targets: the "between" phrase on the
     * participle or on the act, else the subject of the verb that has the act as its object ("Russia and
     * Ukraine completed a swap mediated by ...").
     */
    private static List<Integer> mediatedParties(Sentence s, int trigger, Match match, List<Integer> done) {
        List<Integer> out = new ArrayList<>(betweenParties(s, trigger, match));
        for (int act : done) {
            for (Dependency d : s.children(act)) {
                if (out.isEmpty() && d.relation().startsWith("nmod") && hasMarker(s, d.dependent(), "between")) {
                    out.add(d.dependent());
                    out.addAll(s.children(d.dependent(), "conj"));
                }
            }
            if (out.isEmpty() && s.relation(act).equals("obj")) {
                s.children(s.head(act), "nsubj").forEach(sub -> {
                    out.add(sub);
                    out.addAll(s.children(sub, "conj"));
                });
            }
        }
        return out;
    }

    /** Fills sources and targets of a verbal trigger; false when they are the parts of one "between" phrase. */
    private boolean verbArguments(Sentence s, int trigger, Match match, List<Integer> sources, List<Integer> targets) {
        if (!match.pattern().sources().isEmpty()) {
            // "the convoy came under fire from Israeli troops", "Israel faced criticism from the UN": the
            // pattern's phrase names who acts, the subject is acted upon
            sources.addAll(markedPhrases(s, trigger, match, match.pattern().sources()));
            List<Integer> subject = s.children(trigger, "nsubj");
            targets.addAll(subject.isEmpty() ? implicitSubject(s, trigger) : subject.subList(0, 1));
            return true;
        }
        List<Integer> subj = s.children(trigger, "nsubj");
        List<Integer> passiveSubj = passiveSubjects(s, trigger);
        subj.removeAll(passiveSubj);
        boolean passiveParticiple = s.relation(trigger).equals("acl") && s.token(trigger).tag().equals("VBN");
        if (!passiveSubj.isEmpty() && match.consumed().containsAll(passiveSubj)) {
            // "no talks were held between Armenia and Azerbaijan": the subject is the act itself; its
            // parties are a "between" phrase, else the pattern's markers, with the agent as source
            List<Integer> between = betweenParties(s, trigger, match);
            if (between.size() >= 2) {
                sources.add(between.get(0));
                targets.addAll(between.subList(1, between.size()));
                return false;
            }
            sources.addAll(between);  // one head naming both parties: split in event()
            sources.addAll(agents(s, trigger));
            boolean ownForce = SENDING.contains(s.token(trigger).lemma()) || match.pattern().code().startsWith("15");
            if (sources.isEmpty() && ownForce) {
                sources.addAll(passiveSubj);  // "American troops would be sent to Taiwan": the force is its side's
            }
            targets.addAll(targetCandidates(s, trigger, match));
            if (sources.isEmpty() && !ownForce && targets.isEmpty()) {
                targets.addAll(passiveSubj);  // "inspectors were allowed to visit", "hostages were taken": acted upon
            }
            return true;
        }
        if (!passiveSubj.isEmpty() && match.pattern().code().startsWith("15")) {
            // "Turkish soldiers were deployed to the border", "the army was put on alert": a show of force
            // is made with one's own forces, so the forces moved are their side's, the source (CAMEO 15);
            // the target is the party the move is aimed at
            List<Integer> by = agents(s, trigger);
            sources.addAll(by.isEmpty() ? passiveSubj : by);
            targets.addAll(targetCandidates(s, trigger, match));
            targets.removeAll(passiveSubj);
            return true;
        }
        if (!passiveSubj.isEmpty() || passiveParticiple && subj.isEmpty()) {
            // "Kharkiv was shelled by ...", "aid donated by Japan": the noun acted upon is the target
            List<Integer> done = passiveSubj.isEmpty() ? List.of(s.head(trigger)) : passiveSubj;
            List<Integer> parties = match.pattern().code().equals(MEDIATION) ? mediatedParties(s, trigger, match, done) : List.of();
            targets.addAll(parties.isEmpty() ? done : parties);
            sources.addAll(doers(s, agents(s, trigger)));
            return true;
        }
        if (!subj.isEmpty()) {
            int sub = subj.get(0);
            List<Integer> eventSource = eventNounSources(s, sub);
            if (RELATIVE_PRONOUNS.contains(s.token(sub).lemma()) && s.relation(trigger).startsWith("acl")) {
                // "an attack by militants on an army base that killed 20 soldiers": the act's doers kill,
                // not the base it was aimed at
                List<Integer> doers = eventNounSources(s, s.head(trigger));
                sources.addAll(doers.isEmpty() ? List.of(s.head(trigger)) : doers);
            } else if (!eventSource.isEmpty()) {
                // "Russia's invasion of Ukraine has displaced millions": the act's own doer acts, not
                // the party the act is aimed at
                sources.addAll(eventSource);
            } else {
                sources.add(sub);
            }
        } else {
            int misread = misreadCompoundSubject(s, trigger);
            sources.addAll(misread >= 0 ? List.of(misread) : implicitSubject(s, trigger));
        }
        targets.addAll(targetCandidates(s, trigger, match));
        if (targets.isEmpty() && s.relation(trigger).startsWith("acl:relcl") && !subj.isEmpty()
                && !RELATIVE_PRONOUNS.contains(s.token(subj.get(0)).lemma())) {
            targets.add(s.head(trigger));  // "the village that troops attacked"
        }
        return true;
    }

    /**
     * The phrases introduced by the given prepositions on the trigger or on the words its pattern
     * consumed ("came under fire from X": "from X" may hang from "fire"), the first preposition first.
     */
    private static List<Integer> markedPhrases(Sentence s, int trigger, Match match, List<String> preps) {
        List<Integer> places = new ArrayList<>();
        places.add(trigger);
        places.addAll(match.consumed());
        List<Integer> out = new ArrayList<>();
        for (String prep : preps) {
            for (int place : places) {
                for (Dependency d : s.children(place)) {
                    if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasMarker(s, d.dependent(), prep)
                            && !match.consumed().contains(d.dependent()) && !temporal(s, d.dependent())) {
                        out.add(d.dependent());
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The doer named inside a subject that is itself an act ("Israel's bombardment of Gaza", "the
     * Russian offensive"): its possessor, nationality modifier or "by" phrase; empty when the subject
     * is no act or names no doer of its own.
     */
    private List<Integer> eventNounSources(Sentence s, int subject) {
        if (!s.token(subject).isNoun() || candidates(s, subject, true).isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(subject)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || rel.equals("amod") && s.token(d.dependent()).tag().startsWith("JJ")
                    || rel.startsWith("nmod") && hasMarker(s, d.dependent(), "by")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** An infinitive of purpose: "gathered in the square to protest", "in order to demand". */
    private static boolean purpose(Sentence s, int clause) {
        return s.token(clause).tag().equals("VB") && s.children(clause, "mark").stream()
                .anyMatch(m -> s.token(m).lemma().equals("to"));
    }

    /** Verbs whose object is the one said to have done what their "of" or "for" clause tells. */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "suspect", "convict", "indict",
            "punish", "sanction", "criticize", "criticise", "condemn", "praise", "thank", "fault");

    /**
     * Texts that say what their author says: "a resolution condemning", "a statement urging", "a
     * warrant accusing him of ...", "a ruling ordering ...".
     */
    private static final Set<String> TEXT_NOUNS = Set.of("resolution", "statement", "declaration", "communique",
            "communiqué", "letter", "report", "motion", "bill", "decree", "law", "note", "message", "text", "document",
            "proposal", "plan", "draft", "petition", "memorandum", "warrant", "indictment", "ruling", "verdict",
            "judgment", "judgement",
            // measures do what their imposer does: "approved sanctions banning imports of Russian gas"
            "sanction", "measure", "package", "ban", "embargo", "restriction");

    /** Buildings and places: they do not act, so a participle clause hung on them is not theirs. */
    private static final Set<String> PLACE_NOUNS = Set.of("school", "hospital", "clinic", "building", "market",
            "mosque", "church", "temple", "synagogue", "village", "town", "city", "area", "neighborhood",
            "neighbourhood", "district", "apartment", "block", "station", "plant", "factory", "camp", "base", "port",
            "bridge", "road", "home", "house", "compound", "facility", "centre", "center", "site", "shelter",
            "theater", "theatre", "mall", "hotel", "office", "checkpoint", "airport", "university", "warehouse",
            "depot", "refinery", "square", "street", "residence", "restaurant", "cafe", "bus", "train", "convoy",
            "vehicle", "car", "ship", "vessel", "tower", "stadium", "prison", "jail", "bakery", "kindergarten", "target", "position", "infrastructure", "installation", "outpost",
            "headquarters", "post", "barracks", "airfield", "airbase", "harbor", "harbour", "dam", "pipeline", "tanker",
            "boat", "plane", "aircraft");

    /**
     * Who holds an intent noun: its possessor ("Russia's decision"), else the subject of the verb it
     * is the object of ("Iran has no intention", "Moscow announced plans").
     */
    private static List<Integer> holder(Sentence s, int noun) {
        List<Integer> owner = s.children(noun, "nmod:poss");
        if (!owner.isEmpty()) {
            return List.of(owner.get(0));
        }
        int verb = s.head(noun);
        if (verb != Dependency.ROOT && s.relation(noun).startsWith("nmod") && hasMarker(s, noun, "of")
                && s.relation(verb).equals("obj") && CONTAINERS.contains(s.token(verb).lemma())) {
            noun = verb;  // "approved a package of sanctions": the package's holder holds the sanctions
            verb = s.head(noun);
        }
        if (verb == Dependency.ROOT || !s.relation(noun).equals("obj")) {
            return List.of();
        }
        List<Integer> subj = s.children(verb, "nsubj");
        return subj.isEmpty() ? implicitSubject(s, verb) : List.of(subj.get(0));
    }

    /** Subject of a clause that has none of its own: controller, first conjunct, modified noun. */
    private static List<Integer> implicitSubject(Sentence s, int node) {
        int guard = 6;
        while (guard-- > 0) {
            String rel = s.relation(node);
            int head = s.head(node);
            if (head == Dependency.ROOT) {
                return List.of();
            }
            if (rel.equals("xcomp")) {
                List<Integer> obj = s.children(head, "obj");
                if (!obj.isEmpty() && ModalityRules.INTENT_NOUNS.contains(s.token(obj.get(0)).lemma())) {
                    // "praised Saudi Arabia's decision to release", "announced plans to expel": the
                    // intent noun's holder, not the noun, controls the infinitive
                    return holder(s, obj.get(0));
                }
                if (!obj.isEmpty() && !MEETING_HEADS.contains(s.token(head).lemma()) && !instrument(s, obj.get(0))) {
                    return List.of(obj.get(0));  // object control: "urged Russia to withdraw"
                }
                int asked = obliqueController(s, head, node);
                if (asked >= 0) {
                    return List.of(asked);  // "called on Armenia and Azerbaijan to de-escalate"
                }
                List<Integer> subj = s.children(head, "nsubj");
                if (!subj.isEmpty()) {
                    return List.of(subj.get(0));
                }
                node = head;
            } else if (rel.startsWith("advcl") && ACCUSING.contains(s.token(head).lemma()) && !s.children(head, "obj").isEmpty()
                    && (markerOf(s, node, "of") >= 0 || markerOf(s, node, "for") >= 0 || markerOf(s, node, "with") >= 0)) {
                // "accused China of blocking": China blocked; "charged the militia with kidnapping": the militia kidnapped
                return s.children(head, "obj").subList(0, 1);
            } else if (timeLimitVerb(s, node) >= 0) {
                // "gave the junta one week to reinstate the president": those given the time are to act
                return s.children(timeLimitVerb(s, node), "iobj").subList(0, 1);
            } else if (rel.equals("conj") || rel.equals("advcl") && (s.token(node).tag().equals("VBG") || purpose(s, node))) {
                // "... and urged", "opened fire, killing one and arresting 12", "rallied to protest":
                // the main clause's subject
                List<Integer> subj = s.children(head, "nsubj");
                if (!subj.isEmpty()) {
                    return List.of(subj.get(0));
                }
                node = head;
            } else if (rel.startsWith("acl")) {
                if (ModalityRules.INTENT_NOUNS.contains(s.token(head).lemma())) {
                    return holder(s, head);  // "has no intention of attacking", "Russia's decision to withdraw"
                }
                // "troops firing on ..." acts; "civilians threatened with starvation" is acted upon
                if (s.token(node).tag().equals("VBN")) {
                    return List.of();
                }
                if (s.token(node).tag().equals("VBG") && PLACE_NOUNS.contains(s.token(head).lemma())) {
                    // "hit a school in Mariupol, killing dozens": the parser hangs the clause on the place
                    // struck, which does nothing; the one who struck it does
                    int verb = head;
                    for (int up = 0; up < 3 && s.relation(verb).startsWith("nmod"); up++) {
                        verb = s.head(verb);
                    }
                    String r = s.relation(verb);
                    if ((r.equals("obj") || r.startsWith("obl")) && s.token(s.head(verb)).isVerb()) {
                        verb = s.head(verb);
                        List<Integer> subj = s.children(verb, "nsubj");
                        return subj.isEmpty() ? implicitSubject(s, verb) : subj.subList(0, 1);
                    }
                    return List.of();
                }
                if (s.token(node).tag().equals("VBG") && TEXT_NOUNS.contains(s.token(head).lemma())
                        && s.children(head).stream().noneMatch(d -> (d.relation().equals("compound")
                                || d.relation().startsWith("amod")) && !DRAFT.contains(s.token(d.dependent()).lemma())
                                && Character.isUpperCase(s.token(d.dependent()).word().charAt(0)))) {
                    // "adopted a resolution condemning ...", "issued an arrest warrant accusing ...": a text
                    // says what its author says; "a Security Council resolution condemning" names its author
                    return holder(s, head);
                }
                return List.of(head);
            } else if (rel.equals("dep") || rel.equals("ccomp")) {
                // "denies it plans to invade": the parser may hang the clause's subject on the verb above;
                // not before a participle ("hit a school, killing dozens"), which has no subject of its own
                for (int o : s.children(head, "obj")) {
                    if (o > head && o < node && !s.token(node).tag().equals("VBG")) {
                        return List.of(o);
                    }
                }
                if (s.token(node).tag().equals("VBG") && s.children(node, "mark").isEmpty()) {
                    // "denied attacking the hospital", "admitted shelling": a bare gerund complement
                    // is done by the subject of the verb above
                    return s.children(head, "nsubj").isEmpty() ? List.of() : List.of(s.children(head, "nsubj").get(0));
                }
                return List.of();
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The subjects of a verb's small clause, which stand as its object: in "branded the president a
     * terrorist" and "called the junta illegitimate" UD makes "the president" and "the junta" the
     * subjects of the predicate noun or adjective (xcomp); the party judged is the subject, not the
     * predicate. A participle predicate ("called the verdict politically motivated") has one too.
     */
    private static List<Integer> smallClauseSubjects(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (int x : s.children(trigger, "xcomp")) {
            if (!s.token(x).isVerb() || s.token(x).tag().equals("VBN")) {
                out.addAll(s.children(x, "nsubj"));
            }
        }
        return out;
    }

    /**
     * Whether a fallback phrase holds a "to" phrase of its own noun, for a pattern whose recipient is
     * marked by "to": in "offered refunds on flights to Japan" Japan is where the flights go, not to whom
     * the refunds are offered.
     */
    private static boolean destinationInside(Sentence s, int phrase, VerbPattern p) {
        return p.targets().contains("to") && !hasMarker(s, phrase, "to")
                && s.children(phrase, "nmod").stream().anyMatch(n -> hasMarker(s, n, "to"));
    }

    /**
     * Candidate targets in order of preference: each marker of the pattern in turn, looked for on the
     * trigger and on the dependents its constraints consumed ("imposed sanctions on Iran": "on Iran" may
     * hang from "sanctions"); temporal phrases ("on Monday") are never targets.
     */
    private static List<Integer> targetCandidates(Sentence s, int trigger, Match match) {
        VerbPattern p = match.pattern();
        List<Integer> places = new ArrayList<>();
        places.add(trigger);
        places.addAll(match.consumed());
        List<Integer> out = new ArrayList<>(objectAuthors(s, trigger));
        for (String marker : p.targets()) {
            for (int place : places) {
                if (marker.equals("obj")) {
                    // the indirect object first: "sent Kyiv tanks", "branded the president a terrorist"
                    out.addAll(s.children(place, "iobj"));
                    for (int o : s.children(place, "obj")) {
                        if (!match.consumed().contains(o)) {
                            out.add(o);
                        }
                    }
                    if (place == trigger) {
                        out.addAll(smallClauseSubjects(s, trigger));
                        out.addAll(agentOfObject(s, trigger, match));
                    }
                    continue;
                }
                for (Dependency d : s.children(place)) {
                    String rel = d.relation();
                    if ((rel.startsWith("obl") || rel.startsWith("nmod")) && hasMarker(s, d.dependent(), marker)) {
                        // a noun the pattern names is no target, but a name set beside it is: "pulled
                        // out of the regional bloc ECOWAS"
                        out.addAll(match.consumed().contains(d.dependent()) ? s.children(d.dependent(), "appos")
                                : List.of(d.dependent()));
                    }
                    if (marker.equals("to") && place == trigger && rel.equals("iobj")) {
                        out.add(d.dependent());  // "sent Ukraine more tanks": the indirect object is the "to"
                    }
                    if (marker.equals("to") && place == trigger && rel.equals("obj") && !p.nominal()
                            && !match.consumed().contains(d.dependent())) {
                        // "proposed a new ceasefire plan to Israel and Hamas": the parser hangs the
                        // recipient on the object
                        for (int n : s.children(d.dependent(), "nmod")) {
                            if (hasMarker(s, n, "to")) {
                                out.add(n);
                            }
                        }
                    }
                    // "called on the government to release ...": the parser makes the addressee the
                    // subject of a clause introduced by "on"; not a participle's, which is an absolute
                    // phrase beside the act: "held talks, with Oman's minister shuttling between them"
                    if (rel.startsWith("advcl") && hasMarker(s, d.dependent(), marker)
                            && !(Set.of("VBG", "VBN").contains(s.token(d.dependent()).tag()) && markerOf(s, d.dependent(), "to") < 0)) {
                        out.addAll(s.children(d.dependent(), "nsubj"));
                    }
                    // "called on Iran": "on" parsed as a particle, Iran as the object
                    if (rel.equals("compound:prt") && s.token(d.dependent()).lemma().equals(marker)) {
                        out.addAll(s.children(place, "obj"));
                    }
                }
            }
        }
        if (p.targets().isEmpty() && !p.nominal()) {
            out.addAll(s.children(trigger, "iobj"));
            for (int o : s.children(trigger, "obj")) {
                if (!match.consumed().contains(o)) {
                    out.add(o);
                }
            }
            out.addAll(smallClauseSubjects(s, trigger));
            for (int c : match.consumed()) {
                if (s.token(c).tag().equals("VBG")) {
                    out.addAll(s.children(c, "obj"));  // "resumed shelling rebel camps": the gerund's object is hit
                }
            }
            out.addAll(agentOfObject(s, trigger, match));
        }
        if (out.isEmpty()) {
            // fallbacks, in order: a common preposition ("held a meeting with X"); the subject of a
            // that-clause ("demanded that the US cancel ..."); the consumed noun's own modifiers
            // ("rejected a U.S. request", "denounced Serbia's suppression"). The verb's object is no
            // fallback: a pattern that names prepositions and not [obj] says its object is a topic
            // ("discussed the war in Ukraine with Macron")
            for (int place : places) {
                for (Dependency d : s.children(place)) {
                    if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                            && FALLBACK_PREPOSITIONS.stream().anyMatch(prep -> hasMarker(s, d.dependent(), prep))
                            && !match.consumed().contains(d.dependent()) && !Arguments.helping(s, d.dependent())
                            && !armedWith(s, d.dependent()) && !destinationInside(s, d.dependent(), p)) {
                        out.add(d.dependent());
                    }
                }
            }
            out.addAll(purposeOpponents(s, trigger));
            for (int clause : s.children(trigger, "ccomp")) {
                // "demanded that the US cancel", "said Sudan must return"; not "warned that Tehran would
                // respond", where the clause tells what the speaker's side will do
                boolean predicts = s.children(clause, "aux").stream()
                        .map(a -> s.token(a).word().toLowerCase()).anyMatch(w -> !w.equals("must") && !w.equals("should"));
                // "China will invest in Egypt, the ambassador said": an attribution the parser hung under
                // the act names who tells of it, not whom it is aimed at
                boolean attribution = clause > trigger && DerivedEvents.SPEECH.contains(s.token(clause).lemma())
                        && s.children(clause, "mark").isEmpty() && s.children(clause, "nsubj").stream()
                                .anyMatch(n -> s.tokens().subList(trigger, n).stream().anyMatch(w -> w.word().equals(",")));
                if (!predicts && !attribution) {
                    for (int subj : s.children(clause, "nsubj")) {
                        if (!(AGREEING.contains(s.token(trigger).lemma()) && ownedByParties(s, subj))) {
                            out.add(subj);
                        }
                    }
                }
            }
            // "sent troops across the border", "fired a missile into the sea": the forces a show of force
            // moves, and where it fires, are no one acted on ("violated Estonian airspace" is); "responded
            // with artillery fire": the weapon one acts with is no one either ("clashed with police" is)
            boolean show = p.code().startsWith("15");
            match.consumed().stream().filter(c -> !(show && MOVED.contains(s.token(c).lemma()))
                    && !armedWith(s, c)).forEach(out::add);
            out.addAll(complementTargets(s, trigger));
        }
        out.removeIf(i -> s.timexes().stream().anyMatch(t -> t.covers(i)) || "DATE".equals(s.token(i).ner()));
        return out;
    }

    /** What a show of force moves or fires into: the mover's own forces and the open sea, no target. */
    private static final Set<String> MOVED = Set.of("troop", "troops", "force", "soldier", "warship", "ship", "tank",
            "jet", "missile", "rocket", "sea", "ocean", "reservist", "police", "officer", "gendarme", "guard", "security",
            "warplane", "aircraft", "fighter", "bomber", "carrier", "destroyer", "submarine", "exercise", "drill",
            "maneuver", "manoeuvre");
    /** Fire one acts with, beside the weapons and means of {@link #instrument}: "retaliated with airstrikes". */
    private static final Set<String> FIRE = Set.of("fire", "shelling", "airstrike", "strike");

    /**
     * The opponent named in a purpose phrase: "mobilized reservists for a war against Iraq", "massed
     * troops for an offensive against the rebels". The act is aimed at whoever the purpose is against.
     */
    private static List<Integer> purposeOpponents(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (int purpose : s.children(trigger, "obl")) {
            if (hasMarker(s, purpose, "for") && !temporal(s, purpose)) {
                for (int n : s.children(purpose, "nmod")) {
                    if (hasMarker(s, n, "against")) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Taliban ruled Afghanistan has been sharing expertise": a compound modifier written without its
     * hyphen ("Taliban-ruled", "Saudi led") makes the parser read a clausal subject with its own verb
     * and object. A clausal subject with a past verb, no "that" or "to" and an object is no clause: its
     * object is the real subject. The object's index, or -1.
     */
    private static int misreadCompoundSubject(Sentence s, int trigger) {
        for (int c : s.children(trigger, "csubj")) {
            String tag = s.token(c).tag();
            List<Integer> obj = s.children(c, "obj");
            // not a free relative: "what he said angered Ankara"
            if ((tag.equals("VBD") || tag.equals("VBN")) && s.children(c, "mark").isEmpty() && !obj.isEmpty()
                    && !s.token(obj.get(0)).tag().startsWith("W")) {
                return obj.get(0);
            }
        }
        return -1;
    }

    /**
     * The "by" phrase of an active verb with an object: the parser hangs "criticized remarks by the
     * Philippine president" on the verb, though it names who made the remarks. Tried after the object.
     */
    private static List<Integer> agentOfObject(Sentence s, int trigger, Match match) {
        List<Integer> objects = s.children(trigger, "obj");
        objects.removeAll(match.consumed());
        if (objects.isEmpty() || passive(s, trigger) || !s.token(trigger).isVerb()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int obl : s.children(trigger, "obl")) {
            if (hasMarker(s, obl, "by") && obl > objects.get(0) && !temporal(s, obl)) {
                out.add(obl);
            }
        }
        return out;
    }

    /**
     * The "by" phrase on the object of an active verb: "rejected calls by Belarus's rulers for aid",
     * "is investigating crimes by extremists against civilians". It names who did what the verb
     * answers, the party addressed, before the pattern's own markers on the object.
     */
    private static List<Integer> objectAuthors(Sentence s, int trigger) {
        if (!s.token(trigger).isVerb() || passive(s, trigger)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int o : s.children(trigger, "obj")) {
            for (int n : s.children(o, "nmod")) {
                if (hasMarker(s, n, "by") && !temporal(s, n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Verbs by which parties settle together what a that-clause says. */
    private static final Set<String> AGREEING = Set.of("agree", "decide", "concur", "resolve", "settle", "accept");

    /** Possessors that name the agreeing parties themselves: "their commanders", "the two sides' envoys". */
    private static final Set<String> OWN_PARTIES = Set.of("side", "party", "country", "nation", "government", "state");

    /**
     * Whether a that-clause subject belongs to the agreeing parties: "agreed that their senior military
     * commanders should meet" says what the parties' own people will do; they are not its target.
     */
    private static boolean ownedByParties(Sentence s, int subj) {
        for (int owner : s.children(subj, "nmod:poss")) {
            if (s.token(owner).tag().equals("PRP$") || OWN_PARTIES.contains(s.token(owner).lemma())) {
                return true;
            }
        }
        for (int nmod : s.children(subj, "nmod")) {  // "commanders from both sides"
            if (OWN_PARTIES.contains(s.token(nmod).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Sectors of the state and its organs: their "protest" is diplomatic. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "MIL", "IGO");

    /** Whether an actor is a state, its government or an intergovernmental body ("Japan", "Tokyo", "the EU"). */
    private static boolean state(Actor a) {
        return ofSectors(a, STATE_SECTORS);
    }

    /** Whether an actor is a country named bare, or of one of the sectors. */
    private static boolean ofSectors(Actor a, Set<String> sectors) {
        return a.sector() == null ? a.country() != null : sectors.contains(a.sector());
    }

    /** Sectors whose "strike" is a stoppage of work, never an armed attack. */
    private static final Set<String> STRIKERS = Set.of("LAB", "EDU", "CVL", "PRO", "AGR", "BUS", "HLH", "OPP", "REF");

    /** Nouns of armed men of no organized force: their attack is unconventional violence (180). */
    private static final Set<String> IRREGULARS = Set.of("gunman", "militant", "jihadist", "terrorist", "extremist",
            "assailant", "attacker");

    /** Verbs of command: with one's own forces as their object they are orders, not demands. */
    private static final Set<String> ORDERING = Set.of("order", "instruct", "command", "direct", "tell");

    /** Whether a verb's object is an act noun: "ordered the deployment", "ordered the release of". */
    private boolean ordersAnAct(Sentence s, int verb) {
        return s.children(verb, "obj").stream().anyMatch(o -> !candidates(s, o, true).isEmpty());
    }

    /** Verbs whose noun object is an act they order: "ordered the arrest of", "decreed the execution of". */
    private static final Set<String> ORDERING_DONE = Set.of("order", "decree");

    /**
     * Whether a noun names a deed of force or arrest that its verb orders: "the minister ordered the
     * arrests of the organisers". Others carry it out, and
     * the order does not tell that they did: it is yet to be done, as "ordered police to arrest them"
     * is. An act of authority the order itself performs ("ordered the expulsion of the envoy", "ordered
     * the closure of the border", "ordered a curfew") stays done.
     */
    private static boolean orderedDeed(Sentence s, int trigger, CameoCode code) {
        int verb = s.head(trigger);
        String rel = s.relation(trigger);
        boolean deed = Set.of("18", "19", "20").contains(code.root()) || Set.of("170", "173", "175").contains(code.code())
                || code.code().startsWith("173") || code.code().startsWith("175");
        // a passive tells of a deed done ("the attack was ordered by Hamas commanders"), and so does a
        // clause or participle on the noun ("ordered strikes that killed 30", "airstrikes, which killed 31")
        boolean told = s.children(trigger).stream().anyMatch(d -> d.relation().startsWith("acl")
                && Set.of("VBD", "VBN").contains(s.token(d.dependent()).tag()));
        return deed && !told && s.token(trigger).isNoun() && verb != Dependency.ROOT && s.token(verb).isVerb()
                && ORDERING_DONE.contains(s.token(verb).lemma()) && rel.equals("obj");
    }

    /** Sectors of a state's own forces. */
    private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");

    /**
     * Whether every recipient is of the given sectors and of the country of one of the actors: "the
     * Pentagon" and "3,000 troops" (the state's forces), "the government" and "the newspaper".
     */
    private static boolean own(List<Actor> actors, List<Actor> recipients, Set<String> sectors) {
        return !actors.isEmpty() && !recipients.isEmpty() && recipients.stream().allMatch(r -> r.sector() != null
                && sectors.contains(r.sector()) && r.country() != null
                && actors.stream().anyMatch(a -> r.country().equals(a.country())));
    }

    /** Sectors that bear arms: soldiers, gunmen, rebels, militants, criminals. */
    private static final Set<String> ARMED = Set.of("MIL", "UAF", "REB", "IMG", "CRM");

    /** Verbs whose object is the party served: one helps defend or rebuild a country, not fight it. */
    private static final Set<String> SHIELDING = Set.of("defend", "protect", "rebuild", "reconstruct", "secure",
            "stabilize", "stabilise");

    /** Verbs of sending forces or people somewhere. */
    private static final Set<String> SENDING = Set.of("deploy", "send", "dispatch", "station", "post");

    /** Prepositions that may introduce the party an act in a complement clause is directed at. */
    private static final List<String> COMPLEMENT_PREPOSITIONS = List.of("with", "to", "against", "on", "for",
            "toward", "towards");

    /**
     * The last fallback: the party the act of an infinitive complement is aimed at, where the trigger
     * itself names none. "threatened to break relations with Russia", "refused to meet Jordan's king",
     * "agreed to provide aid for Romania": the object of the complement verb, its prepositional
     * phrases, and those of its object. The complement's subject is the trigger's source, so none of
     * these can be confused with it.
     */
    private static List<Integer> complementTargets(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (int x : s.children(trigger, "xcomp")) {
            if (!s.token(x).isVerb()) {
                continue;
            }
            List<Integer> objects = s.children(x, "obj");
            // the verb's own "to" or "with" phrase first: "offered to send police officers to Haiti"
            // sends the offerer's own officers, so Haiti is the party
            out.addAll(partyPhrases(s, x));
            if (SENDING.contains(s.token(x).lemma())) {
                // "refused to deploy peacekeepers in Iraq": what is sent is the actor's own; the party
                // is where it would go, in a phrase on the verb or on what is sent
                List<Integer> places = new ArrayList<>(List.of(x));
                places.addAll(objects);
                for (int place : places) {
                    for (Dependency d : s.children(place)) {
                        if ((d.relation().startsWith("obl") || d.relation().equals("nmod")) && hasMarker(s, d.dependent(), "in")
                                && !temporal(s, d.dependent())) {
                            out.add(d.dependent());
                        }
                    }
                    out.addAll(partyPhrases(s, place));
                }
                continue;
            }
            out.addAll(objects);
            out.addAll(s.children(x, "iobj"));
            for (int place : objects) {
                out.addAll(partyPhrases(s, place));
            }
            if (objects.isEmpty() && s.token(x).lemma().equals("help")) {
                // "sent material to help defend Saudi Arabia": the party helped is the one defended
                for (int inner : s.children(x, "xcomp")) {
                    if (SHIELDING.contains(s.token(inner).lemma())) {
                        out.addAll(s.children(inner, "obj"));
                    }
                }
            }
        }
        return out;
    }

    /** A word's phrases that may name the party an act is aimed at: "with Russia", "to Haiti". */
    private static List<Integer> partyPhrases(Sentence s, int place) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(place)) {
            if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss"))
                    && COMPLEMENT_PREPOSITIONS.stream().anyMatch(prep -> hasMarker(s, d.dependent(), prep))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Fills sources and targets of a nominal trigger; false when they are the parts of one "between" phrase. */
    private static boolean nounArguments(Sentence s, int trigger, Match match, List<Integer> sources, List<Integer> targets) {
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            int dep = d.dependent();
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")
                    || rel.startsWith("nmod") && hasMarker(s, dep, "by")) {
                sources.add(dep);
            }
        }
        List<Integer> between = new ArrayList<>();
        for (Dependency d : s.children(trigger)) {
            if (d.relation().startsWith("nmod") && hasMarker(s, d.dependent(), "between")) {
                between.add(d.dependent());
                between.addAll(s.children(d.dependent(), "conj"));
            }
        }
        boolean ownDoer = sources.stream().anyMatch(i -> s.relation(i).equals("nmod:poss") || hasMarker(s, i, "by"));
        if (between.size() >= 2 && match.pattern().code().startsWith("045") && !ownDoer) {
            // "Kuwait launched a mediation effort between Egypt and Jordan": a mediator is a third party,
            // the one who takes up the effort, never one of the parties it stands between
            List<Integer> mediator = lightVerbSubject(s, trigger);
            if (!mediator.isEmpty()) {
                sources.clear();
                sources.addAll(mediator);
                targets.addAll(between);
                return true;
            }
        }
        if (between.size() >= 2 && match.pattern().targets().contains("between") && ownDoer) {
            // "Qatar's mediation between Israel and Hamas": the possessor acts on both parties
            sources.removeIf(i -> !(s.relation(i).equals("nmod:poss") || hasMarker(s, i, "by")));
            targets.addAll(between);
            return true;
        }
        if (between.size() >= 2 && match.pattern().targets().contains("between")) {
            sources.clear();
            sources.add(between.get(0));
            targets.addAll(between.subList(1, between.size()));
            return false;
        }
        if (between.size() == 1 && sources.isEmpty() && match.pattern().targets().contains("between")) {
            sources.add(between.get(0));  // "clashes between Indian and Chinese troops": split in event()
        }
        int owning = ownershipVerb(s, trigger);
        if (sources.isEmpty() && owning >= 0) {
            // "Al-Shabaab claimed responsibility for the attack", "Iran denied any involvement in the attack"
            List<Integer> subj = s.children(owning, "nsubj");
            sources.addAll(subj.isEmpty() ? implicitSubject(s, owning) : subj.subList(0, 1));
        }
        if (sources.isEmpty()) {
            sources.addAll(lightVerbSubject(s, trigger));
        }
        if (!s.children(trigger, "cop").isEmpty() && hasMarker(s, trigger, "under")) {
            // "Ukraine is under attack from Russian missiles", "Lebanon was under Israeli bombardment":
            // the subject suffers the act, which comes "from" or "by" whoever does it
            // (not markedPhrases: the weapon may be a word the pattern consumed, "attack from missiles")
            List<Integer> from = new ArrayList<>();
            for (Dependency d : s.children(trigger)) {
                int doer = d.dependent();
                if (d.relation().startsWith("nmod") && (hasMarker(s, doer, "from") || hasMarker(s, doer, "by"))) {
                    from.add(doer);
                }
            }
            sources.addAll(doers(s, from));
            targets.addAll(s.children(trigger, "nsubj"));
        } else if (!s.children(trigger, "cop").isEmpty() && s.children(trigger, "case").stream()
                .anyMatch(c -> IN_STATE.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)))) {
            // "the forces were on high alert", "Iran is in talks with the IAEA": the subject of a
            // predicate noun is in the state or act the noun names, before any modifier of the noun
            sources.addAll(0, s.children(trigger, "nsubj"));
        }
        if (sources.isEmpty() && match.pattern().code().startsWith("15")) {
            // "the mobilization of Serbian troops", "the deployment of Russian warships": a show of force
            // is made with one's own forces, so the forces of the "of" phrase are their side's (CAMEO 15)
            for (Dependency d : s.children(trigger)) {
                if (d.relation().startsWith("nmod") && hasMarker(s, d.dependent(), "of")) {
                    sources.add(d.dependent());
                }
            }
        }
        List<Integer> undergoers = undergoer(s, trigger);
        targets.addAll(undergoers);  // the one who faces the act is its target, never its doer
        int warning = undergoers.isEmpty() ? Dependency.ROOT : s.head(s.head(trigger));
        String root = match.pattern().code().substring(0, 2);
        if (sources.isEmpty() && warning != Dependency.ROOT && s.relation(s.head(trigger)).equals("ccomp")
                && WARNING.contains(s.token(warning).lemma()) && !s.children(warning, "obj").isEmpty()
                && undergoers.stream().allMatch(u -> s.token(u).tag().equals("PRP"))
                && !Set.of("18", "19", "20").contains(root)) {
            // "the EU warned Serbia that it would face sanctions": what the party warned (named as the object,
            // the pronoun its) would face, the warner would do; not "warned that detainees faced torture",
            // nor force, whose doer a warning does not say
            sources.addAll(s.children(warning, "nsubj"));
        }
        targets.addAll(targetCandidates(s, trigger, match));
        int blast = blastVerb(s, trigger);
        if (blast >= 0) {
            // "a car bomb exploded outside a police station": the place the device went off at is hit
            for (int obl : s.children(blast, "obl")) {
                if (BLAST_SITES.stream().anyMatch(prep -> hasMarker(s, obl, prep)) && !temporal(s, obl)) {
                    targets.add(obl);
                }
            }
        }
        return true;
    }

    /** Prepositions of a predicate noun whose subject is in the state it names: "on alert", "in talks". */
    private static final Set<String> IN_STATE = Set.of("on", "in", "at");

    /** Verbs of a device going off, whose subject is the device: "a bomb exploded", "a car bomb went off". */
    private static final Set<String> BLASTING = Set.of("explode", "detonate", "blast", "go", "rip");

    /** Prepositions of the place a device goes off at, which the blast strikes. */
    private static final List<String> BLAST_SITES = List.of("at", "outside", "near", "in", "inside", "on", "through");

    /**
     * The verb whose subject a device noun is when the device goes off by itself ("a car bomb
     * exploded", "a roadside bomb went off"); -1 if none. Nobody is named as its doer, and like a
     * passive the event may leave its source unnamed.
     */
    private static int blastVerb(Sentence s, int noun) {
        int verb = s.head(noun);
        if (verb == Dependency.ROOT || !s.relation(noun).equals("nsubj") || !s.token(verb).isVerb()
                || !BLASTING.contains(s.token(verb).lemma())) {
            return -1;
        }
        if (s.token(verb).lemma().equals("go")
                && s.children(verb, "compound:prt").stream().noneMatch(p -> s.token(p).lemma().equals("off"))) {
            return -1;  // "went off", not "went on"
        }
        return verb;
    }

    /** Nouns by which an actor owns or disowns an act: "responsibility for the attack". */
    private static final Set<String> OWNERSHIP = Set.of("responsibility", "involvement", "role", "credit", "hand");

    /** Verbs that disown the act an ownership noun names: "denied any involvement in the attack". */
    private static final Set<String> DISOWNING = Set.of("deny", "reject", "dismiss", "refute", "disclaim");

    /**
     * The verb through which its subject claims or disowns a nominal act: "claimed responsibility for
     * the attack", "denied any role in the bombing"; -1 if none.
     */
    private static int ownershipVerb(Sentence s, int noun) {
        int holder = s.head(noun);
        if (holder == Dependency.ROOT || !s.relation(noun).startsWith("nmod") || !OWNERSHIP.contains(s.token(holder).lemma())
                || !s.relation(holder).equals("obj")) {
            return -1;
        }
        int verb = s.head(holder);
        return s.token(verb).isVerb() ? verb : -1;
    }

    /**
     * Whether a word tagged as a noun is used as a verb: it has a subject of its own and a modal or
     * auxiliary, or an object, which no noun takes. The tagger reads "they would blockade Paris" and
     * "demanded that the government end curbs" with "blockade" and "end" as nouns.
     */
    private static boolean actsAsVerb(Sentence s, int i) {
        return s.token(i).isNoun() && !s.children(i, "nsubj").isEmpty()
                && (!s.children(i, "aux").isEmpty() || !s.children(i, "obj").isEmpty());
    }

    /**
     * Verbs whose subject tells of an act rather than does it: "reported clashes", "witnessed the
     * shelling", "feared an invasion". Their object's event has no source through them.
     */
    private static final Set<String> REPORTING = Set.of("say", "report", "describe",
            "witness", "see", "hear", "fear", "expect", "predict", "recall", "mention", "note", "cite", "estimate",
            "document", "record", "film", "photograph", "cover", "investigate", "monitor");

    /**
     * Verbs whose subject undergoes the act their object names: "would face sanctions", "suffered an attack"
     * ("avoided talks" and "risked war" are the subject's own acts, not undergone).
     */
    static final Set<String> UNDERGOING = Set.of("face", "suffer", "endure", "survive", "sustain", "weather");
    /** What one sustains by keeping it up, not by undergoing it: "sustained the offensive". */
    private static final Set<String> KEPT_UP = Set.of("offensive", "campaign", "effort", "pressure", "momentum",
            "operation", "push", "assault", "bombardment", "blockade");

    /** Whether a verb's subject undergoes what its object names: "faces sanctions", not "sustained the offensive". */
    static boolean undergoes(Sentence s, int verb) {
        List<Integer> objects = s.children(verb, "obj");
        return objects.isEmpty() ? UNDERGOING.contains(s.token(verb).lemma()) : undergone(s, verb, objects.get(0));
    }

    /** Whether the verb over a nominal trigger (its object) is one its subject undergoes. */
    private static boolean undergone(Sentence s, int verb, int noun) {
        String lemma = s.token(verb).lemma();
        return UNDERGOING.contains(lemma)
                && !((lemma.equals("sustain") || lemma.equals("weather")) && KEPT_UP.contains(s.token(noun).lemma()));
    }

    /** The subject of a verb of undergoing whose object a nominal trigger is: "Serbia would face sanctions". */
    private static List<Integer> undergoer(Sentence s, int noun) {
        int head = s.head(noun);
        return head != Dependency.ROOT && s.relation(noun).equals("obj") && undergone(s, head, noun)
                ? s.children(head, "nsubj") : List.of();
    }

    /** Verbs whose subject bears with an act of others: "will not tolerate attacks on our troops". */
    private static final Set<String> TOLERATING = Set.of("tolerate", "condone");

    /** The subject of the verb a nominal trigger is the object of: "held talks", "began a strike". */
    private static List<Integer> lightVerbSubject(Sentence s, int noun) {
        int head = s.head(noun);
        if (head == Dependency.ROOT || !s.token(head).isVerb() || !s.relation(noun).equals("obj")
                || REPORTING.contains(s.token(head).lemma()) || TOLERATING.contains(s.token(head).lemma())
                || ModalityRules.AVENGING.contains(s.token(head).lemma()) || undergone(s, head, noun)) {
            return List.of();
        }
        List<Integer> subj = s.children(head, "nsubj");
        return subj.isEmpty() ? implicitSubject(s, head) : subj.subList(0, 1);
    }

    private static boolean passive(Sentence s, int trigger) {
        return !passiveSubjects(s, trigger).isEmpty();
    }

    /**
     * The passive subject of a verb, or of the passive verb it is conjoined to when it has no subject of
     * its own: in "the journalist was tortured and killed", "killed" is as passive as "tortured".
     */
    private static List<Integer> passiveSubjects(Sentence s, int trigger) {
        List<Integer> own = s.children(trigger, "nsubj:pass");
        if (!own.isEmpty() || !sharesPassive(s, trigger)) {
            return own;
        }
        return s.children(s.head(trigger), "nsubj:pass");
    }

    /** Whether a participle conjoined to a passive verb, with no subject of its own, shares its voice. */
    private static boolean sharesPassive(Sentence s, int verb) {
        return s.relation(verb).equals("conj") && s.token(verb).tag().equals("VBN")
                && s.children(verb, "nsubj").isEmpty() && s.children(verb, "nsubj:pass").isEmpty()
                && s.children(verb, "obj").isEmpty() && !s.children(s.head(verb), "nsubj:pass").isEmpty();
    }

    /**
     * The "by" phrases that name the doer of a passive verb. Conjoined passives share one agent, which
     * the parser hangs on the last of them: "was tortured and killed by security agents".
     */
    private static List<Integer> agents(Sentence s, int trigger) {
        List<Integer> out = byPhrases(s, trigger);
        if (out.isEmpty() && sharesPassive(s, trigger)) {
            out = byPhrases(s, s.head(trigger));
        }
        if (out.isEmpty()) {
            for (int c : s.children(trigger, "conj")) {
                if (sharesPassive(s, c)) {
                    out = byPhrases(s, c);
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Weapons and blasts: in a "by" phrase they name the means, not who used them. */
    private static final Set<String> WEAPONS = Set.of("bomb", "device", "explosive", "mine", "landmine", "grenade",
            "rocket", "missile", "shell", "mortar", "bullet", "gunfire", "blast", "explosion", "shrapnel", "drone");

    /** Things used, not users: the means of an act, which cannot control a clause after them. */
    private static final Set<String> INSTRUMENTS = Set.of("gas", "cannon", "weapon", "artillery", "spray", "baton");

    /** Whether a word is the fire or weapon one acts with: "with artillery fire", "with drones". */
    private static boolean armedWith(Sentence s, int c) {
        return (FIRE.contains(s.token(c).lemma()) || instrument(s, c))
                && (hasMarker(s, c, "with") || s.relation(c).equals("compound") && hasMarker(s, s.head(c), "with"));
    }

    /**
     * Whether an object is a weapon or other means ("fired tear gas to disperse the crowd", "used drones
     * to strike"): the subject, not the means, does what the "to" clause after it says.
     */
    private static boolean instrument(Sentence s, int obj) {
        String lemma = s.token(obj).lemma();
        return WEAPONS.contains(lemma) || INSTRUMENTS.contains(lemma);
    }

    /**
     * Who a weapon is said to belong to: its own nationality, name or possessor ("an Israeli missile",
     * "a Hamas rocket"). Not its other modifiers, which say where it struck ("a bomb outside the Iraqi
     * city of Basra").
     */
    private static List<Integer> makers(Sentence s, int weapon) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(weapon)) {
            if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The doers a "by" or "from" phrase names: the phrase itself, or for a weapon its makers ("by Russian missiles"). */
    private static List<Integer> doers(Sentence s, List<Integer> phrases) {
        List<Integer> out = new ArrayList<>();
        for (int p : phrases) {
            out.addAll(WEAPONS.contains(s.token(p).lemma()) ? makers(s, p) : List.of(p));
        }
        return out;
    }

    private static List<Integer> byPhrases(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(verb)) {
            // a verb's obl, or a noun's nmod: "the attack by the rebels"
            if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasMarker(s, d.dependent(), "by")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Stable id: same article, sentence, trigger, code and actors give the same id on every run. */
    static String id(String doc, int sentence, int trigger, String code, List<Actor> actors, List<Actor> recipients) {
        StringBuilder key = new StringBuilder().append(doc).append('|').append(sentence).append('|').append(trigger)
                .append('|').append(code);
        for (Actor a : actors) {
            key.append("|a:").append(a.code());
        }
        for (Actor r : recipients) {
            key.append("|r:").append(r.code());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
