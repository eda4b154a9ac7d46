package entente.nlp.gazetteer;

import entente.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Finds the longest phrase of a list that starts at a given token. The phrases sit in a trie keyed by the
 * characters of their {@link Names#key normalised} form; the tokens are read back with a space only where the text
 * had one, so "U.S." matches "US", the tokens "People" + "'s" match "People's", and "I ran" never matches "Iran".
 *
 * <p>Immutable once built, so safe to share between threads.
 *
 * @param <V> what a phrase stands for
 */
public final class TokenMatcher<V> {
    /** The tokens {@code [start, end)} matched one phrase, which stands for {@code values} (at least one). */
    public record Match<V>(int start, int end, List<V> values) {
        public Match { values = List.copyOf(values); }
        public V first() { return values.get(0); }
        public int length() { return end - start; }
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();
    private final boolean caseSensitive;
    private int size;

    private TokenMatcher(boolean caseSensitive) { this.caseSensitive = caseSensitive; }

    /** A builder for a matcher; {@code caseSensitive} false compares lower-cased text. */
    public static <V> Builder<V> builder(boolean caseSensitive) { return new Builder<>(caseSensitive); }

    /** Adds phrases, then {@link #build()}s the matcher once. */
    public static final class Builder<V> {
        private TokenMatcher<V> matcher;

        private Builder(boolean caseSensitive) { matcher = new TokenMatcher<>(caseSensitive); }

        /** Adds a phrase; a phrase added twice keeps both values, in the order added, without duplicates. */
        public Builder<V> add(String phrase, V value) {
            String key = matcher.fold(Names.key(phrase));
            if (key.isEmpty()) return this;
            Node<V> node = matcher.root;
            for (int i = 0; i < key.length(); i++) node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
            if (node.values.isEmpty()) matcher.size++;
            if (!node.values.contains(value)) node.values.add(value);
            return this;
        }

        public TokenMatcher<V> build() {
            TokenMatcher<V> built = matcher;
            matcher = null;
            return built;
        }
    }

    /** Number of distinct phrases. */
    public int size() { return size; }

    /** The longest phrase that starts at token {@code from} and ends at a token boundary, reading spaces from offsets. */
    public Optional<Match<V>> longestAt(List<Token> tokens, int from) {
        return longest(tokens.size(), t -> tokens.get(t).text(),
            t -> t > 0 && tokens.get(t).start() > tokens.get(t - 1).end(), from);
    }

    /** The longest phrase that starts at word {@code from}, the words being separated by spaces. */
    public Optional<Match<V>> longestAtWords(List<String> words, int from) {
        return longest(words.size(), words::get, t -> t > 0, from);
    }

    private Optional<Match<V>> longest(int size, IntFunction<String> texts, IntPredicate spaced, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int t = from; t < size; t++) {
            String part = fold(Names.tokenKey(texts.apply(t)));
            if (part.isEmpty()) break;
            // A clitic is written against its word ("People's") even when a tokenized corpus spaces it out.
            if (t > from && spaced.test(t) && !part.startsWith("'")) part = " " + part;
            for (int i = 0; i < part.length() && node != null; i++) node = node.next.get(part.charAt(i));
            if (node == null) break;
            if (!node.values.isEmpty()) best = new Match<>(from, t + 1, node.values);
        }
        return Optional.ofNullable(best);
    }

    /**
     * False only when no phrase can start with this token, a cheap test before trying phrases word by word. A
     * leading "the" is no part of a key, so it may start any phrase.
     */
    public boolean mayStartWith(String token) {
        String part = fold(Names.tokenKey(token));
        if (part.isEmpty() || part.equalsIgnoreCase("the")) return true;
        Node<V> node = root;
        for (int i = 0; i < part.length() && node != null; i++) node = node.next.get(part.charAt(i));
        return node != null;
    }

    /** The values of exactly this phrase, or an empty list. */
    public List<V> get(String phrase) {
        String key = fold(Names.key(phrase));
        Node<V> node = root;
        for (int i = 0; i < key.length() && node != null; i++) node = node.next.get(key.charAt(i));
        return node == null ? List.of() : List.copyOf(node.values);
    }

    private String fold(String s) { return caseSensitive ? s : s.toLowerCase(Locale.ROOT); }
}
