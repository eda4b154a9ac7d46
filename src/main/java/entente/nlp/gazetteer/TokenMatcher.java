package entente.nlp.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the longest phrase of a list that starts at a given token. The phrases sit in a trie keyed by the
 * characters of their {@link Names#compact compact} form, so "U.S." matches "US" and "People's" matches the
 * tokens "People" + "'s": only token boundaries matter, not how the tokenizer split the phrase inside.
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
            String key = matcher.fold(Names.compact(phrase));
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

    /** The longest phrase that starts at token {@code from} and ends at a token boundary. */
    public Optional<Match<V>> longestAt(List<String> tokens, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int t = from; t < tokens.size(); t++) {
            String part = fold(Names.tokenKey(tokens.get(t)));
            if (part.isEmpty()) break;
            for (int i = 0; i < part.length() && node != null; i++) node = node.next.get(part.charAt(i));
            if (node == null) break;
            if (!node.values.isEmpty()) best = new Match<>(from, t + 1, node.values);
        }
        return Optional.ofNullable(best);
    }

    /** The values of exactly this phrase, or an empty list. */
    public List<V> get(String phrase) {
        String key = fold(Names.compact(phrase));
        Node<V> node = root;
        for (int i = 0; i < key.length() && node != null; i++) node = node.next.get(key.charAt(i));
        return node == null ? List.of() : List.copyOf(node.values);
    }

    private String fold(String s) { return caseSensitive ? s : s.toLowerCase(Locale.ROOT); }
}
