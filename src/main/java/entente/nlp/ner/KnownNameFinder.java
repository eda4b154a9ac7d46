package entente.nlp.ner;

import entente.EntenteException;
import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names from a list (one {@code name TAB type} a line, the name as tokens separated by spaces, case-sensitive),
 * longest match first, and only where the match is not part of a longer name. The shipped list
 * {@code /entente/nlp/ner/known-names.tsv} holds well-known companies, media
 * and websites younger than the news the model learnt from; the project's gazetteers are the place for countries and
 * international organisations. Immutable and thread-safe.
 */
public final class KnownNameFinder implements NameFinder {
    /** The shipped list. */
    public static final String KNOWN_NAMES = "/entente/nlp/ner/known-names.tsv";

    private final Map<String, NameType> names;
    private final int longest;

    public KnownNameFinder(Map<String, NameType> names) {
        this.names = Map.copyOf(names);
        this.longest = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
    }

    /** The finder over the shipped list of companies and media. */
    public static KnownNameFinder shipped() { return new KnownNameFinder(read(KNOWN_NAMES)); }

    /** Reads a {@code name TAB type} list from the classpath; {@code #} comments and blank lines are skipped. */
    public static Map<String, NameType> read(String resource) {
        try (InputStream in = KnownNameFinder.class.getResourceAsStream(resource)) {
            if (in == null) throw new EntenteException("name list not on the classpath: " + resource);
            Map<String, NameType> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2) throw new EntenteException("bad line in " + resource + ": " + line);
                out.put(cols[0].strip(), NameType.valueOf(cols[1].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new EntenteException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the capitalised proper noun at {@code i}, right before or after a match, makes the match part of a longer
     * name ("Paris Agreement", "Sony Australia"); the first word of a sentence does not count.
     */
    private static boolean partOfLongerName(Sentence s, int i, boolean before) {
        if (i < 0 || i >= s.size() || before && i == 0) return false;
        entente.nlp.Token t = s.tokens().get(i);
        return t.isProperNoun() && Character.isUpperCase(t.text().codePointAt(0));
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        String[] w = sentence.tokenTexts();
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < w.length) {
            int matched = 0;
            NameType type = null;
            for (int n = Math.min(longest, w.length - i); n >= 1 && matched == 0; n--) {
                NameType t = names.get(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
                if (t != null) {
                    matched = n;
                    type = t;
                }
            }
            boolean inLongerName = matched > 0
                && (partOfLongerName(sentence, i - 1, true) || partOfLongerName(sentence, i + matched, false));
            if (inLongerName) {
                i += matched;
            } else if (matched > 0) {
                out.add(new NameSpan(sentence.index(), i, i + matched, type, sentence.coveredText(i, i + matched)));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }
}
