package entente.nlp;

import java.util.Objects;

/**
 * A name found in a sentence: tokens {@code [tokenStart, tokenEnd)} of sentence {@code sentence}.
 *
 * @param sentence   index of the sentence in its article
 * @param tokenStart first token of the name
 * @param tokenEnd   token after the last one
 * @param type       the name's type
 * @param text       the name as written
 */
public record NameSpan(int sentence, int tokenStart, int tokenEnd, NameType type, String text) {
    public NameSpan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (tokenStart < 0 || tokenEnd <= tokenStart) throw new IllegalArgumentException("empty span");
    }

    public int length() { return tokenEnd - tokenStart; }

    public boolean overlaps(NameSpan o) {
        return sentence == o.sentence && tokenStart < o.tokenEnd && o.tokenStart < tokenEnd;
    }
}
