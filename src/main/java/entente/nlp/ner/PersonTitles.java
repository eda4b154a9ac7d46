package entente.nlp.ner;

/**
 * Titles and posts written before a person's name ("President", "Mr.", "Prime Minister", "Secretary of State").
 * The lists are data: {@code /entente/nlp/ner/titles.txt} (titles proper, which announce a name) and
 * {@code title-modifiers.txt} (words found inside titles, such as "Prime" or "of"). Thread-safe.
 */
public final class PersonTitles {
    private static final WordList TITLES = WordList.load("/entente/nlp/ner/titles.txt");
    private static final WordList MODIFIERS = WordList.load("/entente/nlp/ner/title-modifiers.txt");
    private static final java.util.Set<String> HONORIFICS =
        java.util.Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame");

    private PersonTitles() {}

    /** Whether the token is a title that announces a person's name ("President", "Mr", "spokesman"). */
    public static boolean isTitle(String token) { return TITLES.contains(token); }

    /** Whether the token is a personal honorific (Mr, Mrs, Ms, Dr, Sir, ...), which only ever precedes a person. */
    public static boolean isHonorific(String token) { return HONORIFICS.contains(token.toLowerCase()); }

    /** Whether the token is part of a title (a title or a modifier such as "Prime", "Foreign", "of"). */
    public static boolean isTitlePart(String token) { return TITLES.contains(token) || MODIFIERS.contains(token); }

    /**
     * The number of leading tokens of {@code tokens[from, to)} that are title parts or lower-case words: the part to
     * strip from a person span so that only the name remains. Equals {@code to - from} when nothing but titles is left.
     */
    public static int leadingTitleLength(String[] tokens, int from, int to) {
        int i = from;
        while (i < to && (isTitlePart(tokens[i]) || Character.isLowerCase(tokens[i].charAt(0)))) i++;
        return i - from;
    }
}
