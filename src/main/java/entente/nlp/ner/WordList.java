package entente.nlp.ner;

import entente.EntenteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A lower-case word list read from a classpath resource: one entry a line, {@code #} comments and blank lines skipped.
 * Immutable and thread-safe.
 */
public final class WordList {
    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(words));
    }

    /** Reads the list at {@code resource} (an absolute classpath path). */
    public static WordList load(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) throw new EntenteException("word list not on the classpath: " + resource);
            Set<String> words = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) words.add(line.toLowerCase());
            }
            return new WordList(words);
        } catch (IOException e) {
            throw new EntenteException("cannot read word list " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A list of the given words. */
    public static WordList of(java.util.Collection<String> words) {
        Set<String> lower = new LinkedHashSet<>();
        for (String w : words) lower.add(w.toLowerCase());
        return new WordList(lower);
    }

    /** The words, lower-case, in the order read. */
    public java.util.List<String> words() { return java.util.List.copyOf(words); }

    /** Whether the word, lower-cased, is in the list. */
    public boolean contains(String word) { return words.contains(word.toLowerCase()); }

    public int size() { return words.size(); }
}
