package entente.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article: its text, its offsets in the article text and its tokens.
 *
 * @param index  position of the sentence in the article, from 0
 * @param start  offset of its first character in the article text
 * @param end    offset after its last character
 * @param text   the sentence text, equal to {@code article.substring(start, end)}
 * @param tokens its tokens, in order, with article offsets
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0 || start < 0 || end < start) throw new IllegalArgumentException("bad sentence bounds");
    }

    /** The token texts, as OpenNLP's tagger and name finder take them. */
    public String[] tokenTexts() {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    /** The text covered by tokens {@code [from, to)}, as written in the article. */
    public String coveredText(int from, int to) {
        if (from >= to) return "";
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }

    public int size() { return tokens.size(); }
}
