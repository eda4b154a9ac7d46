package entente.extract.event;

import entente.extract.ActorMention;
import entente.extract.StateAgents;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the role reader sees it: tokens, its mentions grouped into noun phrases, and a clause number per
 * token. A sentence that the splitter cut at a comma is joined to the next one first.
 */
final class Unit {
    private static final Set<String> POSSESSIVE = Set.of("'s", "'");
    private static final Set<String> QUOTES = Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''");

    final Sentence sentence;
    final List<Token> tokens;
    final List<Group> groups;
    final int[] clause;
    private final Set<String> subordinators = new java.util.HashSet<>();

    Unit(Sentence sentence, List<ActorMention> mentions, Lexicon lexicon) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.clause = clauses(lexicon, mentions);
        for (TokenPattern p : lexicon.words("subordinator")) subordinators.add(String.join(" ", p.parts()));
        this.groups = group(withoutModifiers(outermost(mentions)));
    }

    /** Joins sentences the splitter cut after a comma ("... co-founder of Microsoft Corp.," + "Xi hinted ..."). */
    static List<Sentence> joinCuts(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.tokens().isEmpty() && last.tokens().get(last.size() - 1).text().equals(",")
                    && s.start() >= last.end()) {
                List<Token> tokens = new ArrayList<>(last.tokens());
                tokens.addAll(s.tokens());
                String text = last.text() + " ".repeat(s.start() - last.end()) + s.text();
                out.set(out.size() - 1, new Sentence(last.index(), last.start(), s.end(), text, tokens));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    boolean isComma(int i) { return tokens.get(i).text().equals(","); }

    boolean isQuote(int i) { return QUOTES.contains(tokens.get(i).text()); }

    boolean isPossessive(int i) { return i < tokens.size() && POSSESSIVE.contains(TokenPattern.norm(tokens.get(i).text())); }

    String pos(int i) { return tokens.get(i).pos(); }

    String word(int i) { return TokenPattern.norm(tokens.get(i).text()); }

    /** Whether a pattern of the word class matches at token i; returns the end or -1. */
    int matchWord(List<TokenPattern> patterns, int i) {
        for (TokenPattern p : patterns) {
            int end = p.matchAt(tokens, i, tokens.size());
            if (end > 0) return end;
        }
        return -1;
    }

    /** The group that starts at or covers token i, or null. */
    Group groupAt(int i) {
        for (Group g : groups) if (g.start() <= i && i < g.end()) return g;
        return null;
    }

    /** The preposition governing a group: the first word before it that is not a determiner, adjective or quote. */
    String preposition(Group g) {
        int k = g.start() - 1;
        while (k >= 0 && (pos(k).equals("DET") || isQuote(k) || (pos(k).equals("ADJ") && groupAt(k) == null))) k--;
        if (k < 0) return null;
        String w = word(k);
        // "after the EU sanctioned Iran": a subordinator the tagger took for a preposition still opens a clause when a
        // verb follows the name.
        if (subordinators.contains(w) && (k == 0 || pos(k).equals("SCONJ") || verbAfter(g))) return null;
        if (pos(k).equals("ADP") || pos(k).equals("SCONJ") || w.equals("to") || w.equals("for")) return w;
        return null;
    }

    private boolean verbAfter(Group g) {
        int k = g.end();
        while (k < tokens.size() && pos(k).equals("ADV")) k++;
        return k < tokens.size() && (pos(k).equals("VERB") || pos(k).equals("AUX"));
    }

    /** The "and" (or other conjunction) before a verb, past auxiliaries and adverbs ("and has accused"), or -1. */
    int conjunction(int verb) {
        int c = verb - 1;
        while (c >= 0 && (pos(c).equals("AUX") || pos(c).equals("ADV"))) c--;
        return c > 0 && pos(c).equals("CCONJ") ? c : -1;
    }

    /**
     * Whether the names after "of" are spoken for by those who act for them: "the advisers of A, B and C met" speaks for
     * the countries; "residents near the city of Ramadi" do not.
     */
    boolean nounBeforeOf(Group g) {
        int k = g.start() - 1;
        while (k >= 0 && (pos(k).equals("DET") || isQuote(k))) k--;
        return k > 0 && word(k).equals("of") && StateAgents.contains(word(k - 1));
    }

    private static List<ActorMention> outermost(List<ActorMention> mentions) {
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(ActorMention::tokenStart).thenComparingInt(m -> -m.tokenEnd()));
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention m : sorted) {
            if (!kept.isEmpty() && m.tokenStart() < kept.get(kept.size() - 1).tokenEnd()) continue;
            kept.add(m);
        }
        return kept;
    }

    /**
     * Drops a name that only modifies the next one in the same noun phrase: "Chinese President Xi Jinping",
     * "US Defence Secretary Lloyd Austin", "US Secretary of State Antony Blinken": the person heads the phrase.
     */
    private List<ActorMention> withoutModifiers(List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention m = mentions.get(i);
            ActorMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && isPossessive(m.tokenEnd()) == false && titleBetween(m.tokenEnd(), next.tokenStart())) continue;
            out.add(m);
        }
        return out;
    }

    // One to five title words ("President", "Defence Secretary", "Secretary of State") and nothing else.
    private boolean titleBetween(int from, int to) {
        if (to - from < 1 || to - from > 5) return false;
        for (int k = from; k < to; k++) {
            String p = pos(k);
            boolean title = (p.equals("PROPN") || p.equals("NOUN")) && Character.isUpperCase(tokens.get(k).text().charAt(0));
            boolean of = word(k).equals("of") && k > from && k + 1 < to;
            if (!title && !of) return false;
        }
        return true;
    }

    /**
     * The index of the first person mention from {@code next} on when only a title (nouns, adjectives, names, "-",
     * "of": "U.N. Secretary-General", "U.N. chief", "Foreign Minister") separates it from token {@code from}; else -1.
     */
    private int titledPerson(List<ActorMention> mentions, int next, int from) {
        int m = next;
        while (m < mentions.size() && !mentions.get(m).actorId().startsWith("person/")) m++;
        if (m >= mentions.size()) return -1;
        int to = mentions.get(m).tokenStart();
        if (to - from < 1 || to - from > 6) return -1;
        for (int k = from; k < to; k++) {
            String p = pos(k);
            boolean title = p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ");
            boolean joiner = (word(k).equals("-") || word(k).equals("of")) && k > from;
            if (!title && !joiner) return -1;
        }
        return m;
    }

    private List<Group> group(List<ActorMention> mentions) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            List<ActorMention> members = new ArrayList<>(List.of(mentions.get(i)));
            int start = mentions.get(i).tokenStart();
            int end = mentions.get(i).tokenEnd();
            int next = i + 1;
            boolean possessor = false;
            while (true) {
                if (isPossessive(end)) { possessor = true; break; }
                // "US allegations": a name before a common noun modifies it and ends the phrase.
                if (end < tokens.size() && pos(end).equals("NOUN")) break;
                ActorMention candidate = next < mentions.size() ? mentions.get(next) : null;
                int k = end;
                boolean joined = false;
                if (k < tokens.size() && isComma(k)) { k++; joined = true; }
                boolean conjunction = k < tokens.size() && (word(k).equals("and") || word(k).equals("or") || word(k).equals("&"));
                if (conjunction) { k++; joined = true; }
                while (k < tokens.size() && pos(k).equals("DET")) k++;
                // "Powell and U.N. Secretary-General Kofi Annan": a person's title, with the body it serves, comes
                // between the conjunction and the name (not after a comma alone: "the festival of Eid, Mr. Karzai").
                // "U.S. Senator and former presidential nominee John Kerry" describes one person twice.
                boolean described = members.get(members.size() - 1).actorId().startsWith("role/");
                int titled = !described && conjunction && candidate != null
                        && (!candidate.actorId().startsWith("person/") || candidate.tokenStart() > k)
                        ? titledPerson(mentions, next, k) : -1;
                if (titled >= 0) candidate = mentions.get(titled);
                if (joined && candidate != null && (candidate.tokenStart() == k || titled >= 0) && !isPossessive(candidate.tokenEnd())
                        && !(candidate.tokenEnd() < tokens.size() && pos(candidate.tokenEnd()).equals("NOUN"))
                        && clause[k] == clause[start]) {
                    ActorMention joinedMention = candidate;
                    if (members.stream().noneMatch(m -> m.actorId().equals(joinedMention.actorId()))) members.add(joinedMention);
                    end = candidate.tokenEnd();
                    next = titled >= 0 ? titled + 1 : next + 1;
                    continue;
                }
                int close = apposition(end);
                if (close < 0) break;
                while (next < mentions.size() && mentions.get(next).tokenStart() < close) next++;
                end = close;
            }
            out.add(new Group(members, start, end, possessor));
            i = next;
        }
        return out;
    }

    // ", a noun phrase without a verb," after a name: returns the index of the closing comma (or sentence end), or -1.
    private int apposition(int at) {
        if (at >= tokens.size() || !isComma(at) || at + 1 >= tokens.size()) return -1;
        String first = pos(at + 1);
        if (first.equals("ADP") || first.equals("VERB") || first.equals("AUX") || first.equals("ADV")
                || first.equals("CCONJ") || first.equals("SCONJ") || first.equals("PRON") || first.equals("PUNCT")) return -1;
        for (int k = at + 1; k < tokens.size() && k <= at + 12; k++) {
            if (isComma(k) || (k == tokens.size() - 1 && pos(k).equals("PUNCT"))) return k > at + 1 ? k : -1;
            String p = pos(k);
            if (p.equals("AUX") || (p.equals("VERB") && !tokens.get(k).text().matches("(?i).*(ed|ing)"))) return -1;
            if (word(k).equals(";") || word(k).equals("that") || word(k).equals("who")) return -1;
        }
        return -1;
    }

    private int[] clauses(Lexicon lexicon, List<ActorMention> mentions) {
        Set<Integer> mentionEnds = new java.util.HashSet<>();
        Set<Integer> mentionStarts = new java.util.HashSet<>();
        for (ActorMention m : mentions) { mentionEnds.add(m.tokenEnd()); mentionStarts.add(m.tokenStart()); }
        int[] ids = new int[tokens.size()];
        int id = 0;
        boolean subordinate = !tokens.isEmpty() && lexicon.matchesWord("subordinator", tokens, 0)
                && tokens.size() > 1 && !pos(1).equals("VERB");
        boolean sawVerb = false;
        boolean relative = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = word(i);
            boolean opens = i > 0 && (lexicon.matchesWord("clause", tokens, i)
                    || (pos(i).equals("SCONJ") && lexicon.matchesWord("midclause", tokens, i)));
            if (opens) { id++; relative = w.equals("which") || w.equals("who") || w.equals("where"); }
            ids[i] = id;
            if (pos(i).equals("VERB")) sawVerb = true;
            // A relative clause ends at a comma, unless a list goes on ("which stands for A, the B, and C").
            int after = i + 1;
            while (after < tokens.size() && (pos(after).equals("DET") || pos(after).equals("CCONJ"))) after++;
            boolean listGoesOn = mentionEnds.contains(i) && mentionStarts.contains(after);
            if (isComma(i) && ((subordinate && sawVerb) || (relative && !listGoesOn))) {
                id++;
                subordinate = false;
                relative = false;
            }
        }
        return ids;
    }
}
