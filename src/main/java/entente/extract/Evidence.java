package entente.extract;

import java.util.Objects;

/**
 * The sentence a fact came from.
 *
 * @param sentence   index of the sentence in the article
 * @param start      character offset of the sentence in the article text
 * @param end        character offset after it
 * @param quote      the sentence text
 * @param confidence the extractor's confidence, 0..1
 */
public record Evidence(int sentence, int start, int end, String quote, double confidence) {
    public Evidence {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence offsets");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1");
    }
}
