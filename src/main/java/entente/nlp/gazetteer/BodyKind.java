package entente.nlp.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A kind of government body named after its country (one row of {@code bodies.tsv}): the foreign ministry in
 * "Chinese Ministry of Foreign Affairs" or "China's foreign ministry".
 *
 * @param key     stable key ("foreign-ministry")
 * @param label   English label ("Ministry of Foreign Affairs")
 * @param lowerCase true when the phrase names the body in lower case too ("China's foreign ministry"); false when
 *                  only the capitalised form does ("Chinese Embassy" but not "Chinese army")
 * @param phrases the phrases that name it, compared ignoring case unless {@code lowerCase} is false
 */
public record BodyKind(String key, String label, boolean lowerCase, List<String> phrases) {
    public BodyKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        phrases = List.copyOf(phrases);
    }
}
