package entente.nlp.ner;

import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** Builds tagged {@link Sentence}s from pre-tokenized text, as evaluation corpora and CoNLL files give it. */
public final class Sentences {
    private Sentences() {}

    /** The tokens joined by single spaces, with offsets into that text, POS-tagged and lemmatised. */
    public static Sentence fromTokens(int index, List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            if (text.length() > 0) text.append(' ');
            tokens.add(Token.of(w, text.length()));
            text.append(w);
        }
        List<Token> tagged = words.isEmpty() ? tokens : Pipeline.shared().tag(tokens);
        return new Sentence(index, 0, text.length(), text.toString(), tagged);
    }
}
