package entente.nlp.ner;

import entente.nlp.NameFinder;
import entente.nlp.NameSpan;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in all sentences of one document at once, so that what is learnt in one sentence ("Merkel" is a person)
 * can be used in the others.
 */
@FunctionalInterface
public interface DocumentNameFinder {
    /** The names of each sentence, in the order of {@code document}. */
    List<List<NameSpan>> findAll(List<Sentence> document);

    /** A sentence-by-sentence finder seen as a document finder. */
    static DocumentNameFinder of(NameFinder finder) {
        if (finder instanceof DocumentNameFinder d) return d;
        return document -> {
            List<List<NameSpan>> out = new ArrayList<>(document.size());
            for (Sentence s : document) out.add(finder.find(s));
            return out;
        };
    }
}
