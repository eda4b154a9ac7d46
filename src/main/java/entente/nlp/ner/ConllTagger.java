package entente.nlp.ner;

import entente.nlp.NameSpan;
import entente.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tags CoNLL-style text, one token a line (first column the token, other columns ignored; in files whose first
 * column numbers the tokens of each sentence, as CoNLL-U and UNER do, the second), with BIO name tags:
 * {@code B-PER}, {@code I-PER}, {@code B-ORG}, ..., {@code O}. A blank line ends a sentence and is kept; {@code #}
 * comment lines are dropped; a {@code # newdoc} comment or a {@code -DOCSTART-} token starts a new document, the unit
 * within which names are kept consistent. Thread-safe when its finder is.
 */
public final class ConllTagger {
    private final DocumentNameFinder finder;

    public ConllTagger(DocumentNameFinder finder) { this.finder = finder; }

    /** The output lines ({@code token TAB tag}, or blank) for the input lines. */
    public List<String> tag(List<String> lines) {
        int column = numbered(lines) ? 1 : 0;
        List<String> out = new ArrayList<>();
        List<List<String>> document = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        // Output is built per document; blank lines between sentences are re-inserted as they were read.
        List<Object> layout = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                if (stripped.startsWith("# newdoc")) flushDocument(document, sentence, layout, out);
                continue;
            }
            if (stripped.isEmpty()) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    layout.add(sentence);
                    sentence = new ArrayList<>();
                }
                layout.add("");
                continue;
            }
            String token = stripped.split(column == 0 ? "\\s+" : "\t")[column];
            if (token.equals("-DOCSTART-")) {
                flushDocument(document, sentence, layout, out);
                out.add(token + "\tO");
                continue;
            }
            sentence.add(token);
        }
        flushDocument(document, sentence, layout, out);
        return out;
    }

    /**
     * Whether every token line starts with its 1-based position in the sentence followed by a tab and another column,
     * as in CoNLL-U and UNER files: then the token is the second column.
     */
    static boolean numbered(List<String> lines) {
        int expected = 1;
        boolean any = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) continue;
            if (stripped.isEmpty()) {
                expected = 1;
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[0].strip().equals(Integer.toString(expected))) return false;
            expected++;
            any = true;
        }
        return any;
    }

    private void flushDocument(List<List<String>> document, List<String> pending, List<Object> layout,
                               List<String> out) {
        if (!pending.isEmpty()) {
            document.add(new ArrayList<>(pending));
            layout.add(document.get(document.size() - 1));
            pending.clear();
        }
        List<Sentence> sentences = new ArrayList<>();
        for (List<String> words : document) sentences.add(Sentences.fromTokens(sentences.size(), words));
        List<List<NameSpan>> names = sentences.isEmpty() ? List.of() : finder.findAll(sentences);
        int next = 0;
        for (Object item : layout) {
            if (item instanceof String blank) {
                out.add(blank);
                continue;
            }
            List<String> words = document.get(next);
            String[] tags = bio(words.size(), names.get(next));
            for (int i = 0; i < words.size(); i++) out.add(words.get(i) + "\t" + tags[i]);
            next++;
        }
        document.clear();
        layout.clear();
    }

    /** The BIO tags of a sentence of {@code size} tokens with these names. */
    public static String[] bio(int size, List<NameSpan> names) {
        String[] tags = new String[size];
        Arrays.fill(tags, "O");
        for (NameSpan n : names) {
            tags[n.tokenStart()] = "B-" + n.type().label();
            for (int i = n.tokenStart() + 1; i < n.tokenEnd(); i++) tags[i] = "I-" + n.type().label();
        }
        return tags;
    }
}
