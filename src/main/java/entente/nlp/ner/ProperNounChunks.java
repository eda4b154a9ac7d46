package entente.nlp.ner;

import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised proper nouns (UD tag PROPN) in a tagged sentence, joined across "of", "for", "de", "al" when a
 * proper noun follows ("University of North Carolina", "Bank of America"). A run of one token that only starts the
 * sentence and is a common capitalised word ("The", "Monday") is not a chunk. Stateless and thread-safe.
 */
public final class ProperNounChunks {
    private static final Set<String> JOINERS = Set.of("of", "for", "de", "du", "del", "da", "al", "von", "van", "bin",
        "on", "&");
    private static final WordList NOT_NAMES = WordList.load("/entente/nlp/ner/stopwords-capitalised.txt");

    private ProperNounChunks() {}

    /** A chunk: tokens {@code [start, end)}. */
    public record Chunk(int start, int end) {}

    /** The chunks of the sentence, in order, without overlaps. */
    public static List<Chunk> of(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!isNameWord(t.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.size()) {
                if (isNameWord(t.get(end))) end++;
                else if (end + 1 < t.size() && JOINERS.contains(t.get(end).text().toLowerCase())
                    && isNameWord(t.get(end + 1))) end += 2;
                else break;
            }
            int start = i;
            while (start < end && NOT_NAMES.contains(t.get(start).text())) start++;
            if (start < end) out.add(new Chunk(start, end));
            i = end;
        }
        return out;
    }

    /** A capitalised proper noun (or a capitalised word the tagger took for a noun inside a name). */
    static boolean isNameWord(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        return t.isProperNoun();
    }
}
