package entente.nlp.ner;

import entente.nlp.NameSpan;
import entente.nlp.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A tagged sentence with its gold names, as read from an evaluation corpus.
 *
 * @param document the id of the document the sentence belongs to (sentences of one document are consecutive)
 * @param id       the sentence id in its corpus
 * @param sentence the tokens, POS-tagged
 * @param gold     the gold names (PER, ORG, LOC)
 */
public record LabelledSentence(String document, String id, Sentence sentence, List<NameSpan> gold) {
    public LabelledSentence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        gold = List.copyOf(gold);
    }
}
