package entente.extract.event;

import entente.nlp.Token;
import java.util.List;
import java.util.Locale;

/** A sequence of lemmas or lower-case words; "*" skips up to three tokens, never a comma. Immutable. */
record TokenPattern(List<String> parts) {
    private static final int MAX_GAP = 3;

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
            for (int gap = 0; gap <= MAX_GAP && at + gap <= limit; gap++) {
                if (gap > 0 && tokens.get(at + gap - 1).text().equals(",")) break;
                int end = match(tokens, at + gap, part + 1, limit);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= limit || !is(tokens.get(at), p)) return -1;
        return match(tokens, at + 1, part + 1, limit);
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
