package entente.nlp.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A normalised post (one row of {@code posts.tsv}): "Secretary of State" and "top diplomat" are both the post
 * {@code foreign-minister}.
 *
 * @param key                      stable key ("foreign-minister")
 * @param label                    English label ("Foreign Minister")
 * @param phrases                  the phrases that denote it, compared ignoring case
 * @param headOfStateOrGovernment  true for presidents, prime ministers, monarchs, leaders: resolves "the Chinese leader"
 */
public record PostEntry(String key, String label, List<String> phrases, boolean headOfStateOrGovernment) {
    public PostEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        phrases = List.copyOf(phrases);
    }
}
