package entente.nlp.gazetteer;

import java.util.Objects;

/**
 * A demonym or national adjective in a sentence: "Chinese" in "Chinese President Xi Jinping" (an adjective) or in
 * "the Chinese said" (a noun phrase standing for the country or its people).
 *
 * @param sentence   index of the sentence in its article
 * @param tokenStart first token
 * @param tokenEnd   token after the last one
 * @param text       as written
 * @param country    the country it refers to
 * @param noun       true when used as a noun ("the Chinese", "Americans"), false as an adjective
 */
public record DemonymHit(int sentence, int tokenStart, int tokenEnd, String text, CountryEntry country, boolean noun) {
    public DemonymHit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        if (tokenStart < 0 || tokenEnd <= tokenStart) throw new IllegalArgumentException("empty demonym span");
    }

    public String actorId() { return country.actorId(); }
}
