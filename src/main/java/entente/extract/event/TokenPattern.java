package entente.extract.event;

import entente.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A sequence of lemmas or lower-case words; "*" skips up to three words, never a comma, and any name between them
 * ("signed the African Continental Free Trade Area (AfCFTA) agreement"). Immutable.
 */
record TokenPattern(List<String> parts) {
    private static final int MAX_GAP = 3;
    private static final int MAX_SPAN = 10;

    static TokenPattern parse(String text) {
        return new TokenPattern(List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** The token after the match that starts at {@code from}, or -1. */
    int matchAt(List<Token> tokens, int from, int limit) {
        return match(tokens, from, 0, limit);
    }

    private int match(List<Token> tokens, int at, int part, int limit) {
        if (part == parts.size()) return at;
        String p = parts.get(part);
        if (p.equals("*")) {
            int words = 0;
            for (int gap = 0; gap <= MAX_SPAN && at + gap <= limit; gap++) {
                if (gap > 0) {
                    String skipped = tokens.get(at + gap - 1).text();
                    if (skipped.equals(",")) break;
                    if (!nameLike(skipped) && ++words > MAX_GAP) break;
                }
                int end = match(tokens, at + gap, part + 1, limit);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= limit || !is(tokens.get(at), p)) return -1;
        return match(tokens, at + 1, part + 1, limit);
    }

    /** Capitalised words, brackets and possessives, which a name between a pattern's words is made of. */
    private static boolean nameLike(String text) {
        return Character.isUpperCase(text.codePointAt(0)) || text.equals("(") || text.equals(")")
                || text.equals("'s") || text.equals("\u2019s");
    }

    /** Whether a token is the word: by lemma or by lower-case text, with typographic apostrophes made plain. */
    static boolean is(Token t, String word) {
        // Lemmas are lower case with plain apostrophes already; only a typographic apostrophe needs the slow path.
        if (t.lemma().equals(word) || t.text().equalsIgnoreCase(word)) return true;
        return t.text().indexOf('\u2019') >= 0 && norm(t.text()).equals(word);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    int length() { return parts.size(); }

    /** The first word of the pattern. */
    String first() { return parts.get(0); }
}
