package entente.nlp.lemma;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lemmas known per word class, what the suffix rules check a candidate against: verbs and auxiliaries together,
 * adjectives and adverbs together, every other tag on its own ("aided" is not "aide", a noun).
 */
final class KnownLemmas {
    private final Set<String> known = new HashSet<>();

    void add(String tag, String lemma) { known.add(key(tag, lemma)); }

    /** Whether a candidate is a known lemma of the tag's word class. */
    Predicate<String> of(String tag) {
        String wordClass = wordClass(tag);
        return lemma -> known.contains(wordClass + '\t' + lemma);
    }

    private static String key(String tag, String lemma) { return wordClass(tag) + '\t' + lemma; }

    private static String wordClass(String tag) {
        return switch (tag) {
            case "AUX" -> "VERB";
            case "ADV" -> "ADJ";
            default -> tag;
        };
    }
}
