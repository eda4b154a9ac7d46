package entente.nlp;

import java.util.List;

/**
 * Finds person, organisation and location names in a tokenized, tagged sentence.
 * Implementations state their own thread safety.
 */
public interface NameFinder {
    /** The names in this sentence, without overlaps, in token order. */
    List<NameSpan> find(Sentence sentence);
}
