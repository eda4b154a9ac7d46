package entente.nlp;

/**
 * One token of a sentence, with its character offsets in the article text.
 *
 * @param text  the token as written
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...), or "" when not tagged
 * @param lemma lower-case lemma, or "" when not lemmatised
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public Token {
        java.util.Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        pos = pos == null ? "" : pos;
        lemma = lemma == null ? "" : lemma;
    }

    /** A token with no tag and no lemma, as used by tests and model-free tokenizers. */
    public static Token of(String text, int start) {
        return new Token(text, start, start + text.length(), "", "");
    }

    public boolean isProperNoun() { return pos.equals("PROPN"); }

    /** Whether a word is an initial: one capital letter, with or without its dot ("R.", "W"). */
    public static boolean isInitial(String word) {
        int n = word.length();
        return (n == 1 || n == 2 && word.charAt(1) == '.') && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Whether a word has a capital (upper- or title-case) letter anywhere, as English names do ("Blinken", "al-Assad",
     * "iPhone"); words of scripts without capitals have none.
     */
    public static boolean hasCapital(String word) {
        return word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
    }
}
