package entente.nlp.ner;

import entente.EntenteException;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Universal NER file ({@code .iob2}): {@code # newdoc id}, {@code # sent_id} and {@code # text} comments, then
 * one token a line ({@code index TAB token TAB BIO-tag ...}) and a blank line after each sentence. In English PUD,
 * sentence ids starting with {@code n} are news, {@code w} Wikipedia. Evaluation only: never train on it.
 */
public final class UnerCorpus {
    private UnerCorpus() {}

    /** All sentences of the file, tagged, with their gold names. */
    public static List<LabelledSentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<LabelledSentence> out = new ArrayList<>();
        String doc = "", id = "";
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# newdoc id =")) doc = line.substring(line.indexOf('=') + 1).strip();
            else if (line.startsWith("# sent_id =")) id = line.substring(line.indexOf('=') + 1).strip();
            else if (line.startsWith("#")) continue;
            else if (line.isBlank()) {
                if (!words.isEmpty()) out.add(sentence(doc.isEmpty() ? id : doc, id, out.size(), words, tags));
                words = new ArrayList<>();
                tags = new ArrayList<>();
            } else {
                String[] cols = line.split("\t");
                words.add(cols[1]);
                tags.add(cols.length > 2 ? cols[2] : "O");
            }
        }
        if (!words.isEmpty()) out.add(sentence(doc.isEmpty() ? id : doc, id, out.size(), words, tags));
        return out;
    }

    /** Only the news sentences (ids starting with {@code n}). */
    public static List<LabelledSentence> news(List<LabelledSentence> all) {
        return all.stream().filter(s -> s.id().startsWith("n")).toList();
    }

    private static LabelledSentence sentence(String doc, String id, int index, List<String> words, List<String> tags) {
        return new LabelledSentence(doc, id, Sentences.fromTokens(index, words), spans(index, words, tags));
    }

    /** The names of a BIO-tagged sentence; an I- tag without its B- starts a name, unknown types are skipped. */
    public static List<NameSpan> spans(int sentence, List<String> words, List<String> tags) {
        List<NameSpan> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (start >= 0 && !continues) {
                add(out, sentence, start, i, type, words);
                start = -1;
                type = null;
            }
            if (!continues && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    private static void add(List<NameSpan> out, int sentence, int start, int end, String type, List<String> words) {
        NameType t = switch (type) {
            case "PER" -> NameType.PER;
            case "ORG" -> NameType.ORG;
            case "LOC" -> NameType.LOC;
            default -> null;
        };
        if (t != null) out.add(new NameSpan(sentence, start, end, t, String.join(" ", words.subList(start, end))));
    }
}
