package entente.extract.event;

import entente.EntenteException;
import entente.extract.EventClass;
import entente.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The trigger, status and word lists of the event extractor, read once from the data files. Immutable. */
final class Lexicon {
    private static final String DIR = "/entente/extract/event/";

    final List<Trigger> triggers;
    final List<StatusCue> cues;
    private final Map<String, List<TokenPattern>> words;
    /** Positions in {@link #triggers} by the first word of their pattern: a token is tried only against those. */
    private final Map<String, List<Integer>> triggersByFirstWord = new HashMap<>();

    private Lexicon(List<Trigger> triggers, List<StatusCue> cues, Map<String, List<TokenPattern>> words) {
        this.triggers = List.copyOf(triggers);
        for (int i = 0; i < this.triggers.size(); i++) {
            triggersByFirstWord.computeIfAbsent(this.triggers.get(i).pattern().first(), w -> new ArrayList<>()).add(i);
        }
        this.cues = List.copyOf(cues);
        this.words = Map.copyOf(words);
    }

    static Lexicon load() {
        List<Trigger> triggers = new ArrayList<>();
        for (String[] f : rows("triggers.tsv", 5)) {
            triggers.add(new Trigger(TokenPattern.parse(f[0]), EventClass.valueOf(f[1]), f[2],
                    f[3].equals("-") ? null : f[3], Frame.valueOf(f[4])));
        }
        // Longest pattern first, so "trip to" beats a shorter pattern at the same token.
        triggers.sort(Comparator.comparingInt((Trigger t) -> -t.pattern().length()));
        List<StatusCue> cues = new ArrayList<>();
        for (String[] f : rows("status.tsv", 3)) {
            StatusCue.Where where = StatusCue.Where.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
            cues.add(new StatusCue(TokenPattern.parse(f[0]), f[1], where));
        }
        Map<String, List<TokenPattern>> words = new HashMap<>();
        for (String[] f : rows("words.tsv", 2)) words.computeIfAbsent(f[0], k -> new ArrayList<>()).add(TokenPattern.parse(f[1]));
        words.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(triggers, cues, words);
    }

    /**
     * The triggers whose pattern may match at this token (its first word is the token's lemma or word), in the
     * order of {@link #triggers}.
     */
    List<Trigger> triggersAt(Token token) {
        List<Integer> byLemma = triggersByFirstWord.getOrDefault(token.lemma(), List.of());
        List<Integer> byWord = triggersByFirstWord.getOrDefault(TokenPattern.norm(token.text()), List.of());
        if (byWord.isEmpty() || byWord == byLemma) return triggersAt(byLemma);
        if (byLemma.isEmpty()) return triggersAt(byWord);
        TreeSet<Integer> positions = new TreeSet<>(byLemma);
        positions.addAll(byWord);
        return triggersAt(positions);
    }

    private List<Trigger> triggersAt(Collection<Integer> positions) {
        List<Trigger> out = new ArrayList<>(positions.size());
        for (int i : positions) out.add(triggers.get(i));
        return out;
    }

    /** The patterns of a word class of words.tsv. */
    List<TokenPattern> words(String wordClass) {
        return words.getOrDefault(wordClass, List.of());
    }

    private static List<String[]> rows(String file, int columns) {
        InputStream in = Lexicon.class.getResourceAsStream(DIR + file);
        if (in == null) throw new EntenteException("missing resource " + DIR + file);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < columns) throw new EntenteException(file + ": expected " + columns + " columns: " + line);
                rows.add(f);
            }
        } catch (IOException e) {
            throw new EntenteException("cannot read " + file, e);
        }
        return rows;
    }

    /** Whether a pattern of the word class matches at token i. */
    boolean matchesWord(String wordClass, java.util.List<entente.nlp.Token> tokens, int i) {
        for (TokenPattern p : words(wordClass)) if (p.matchAt(tokens, i, tokens.size()) > 0) return true;
        return false;
    }
}
