package entente.nlp.ner;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import entente.EntenteException;
import entente.nlp.NameSpan;
import entente.nlp.NameType;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the re3d corpus (one sub-folder per source, each with {@code documents.json} and {@code entities.json}, one
 * JSON object a line) as tagged sentences with their <em>named</em> Person, Organisation and Location mentions: re3d
 * also marks descriptions ("mourners", "a funeral tent") that a name finder is not meant to find, so only mentions
 * whose words are capitalised (apart from "of", "and", "the", ...) and that are not a lone pronoun ("I", "We" at the
 * start of a sentence) count, with confidence at least 0.5, leading "the" and a person's titles dropped, overlaps
 * resolved in favour of the more confident then the longer mention.
 */
public final class Re3dCorpus {
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "de", "al", "bin", "in", "on", "&",
        "-", "'s", "’s");

    private Re3dCorpus() {}

    /** The documents of the named sources (sub-folder names); all sources when {@code sources} is empty. */
    public static List<LabelledSentence> read(Path dir, Set<String> sources) {
        List<LabelledSentence> out = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new EntenteException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        for (Path folder : folders) {
            if (!sources.isEmpty() && !sources.contains(folder.getFileName().toString())) continue;
            readSource(folder, out);
        }
        return out;
    }

    private static void readSource(Path folder, List<LabelledSentence> out) {
        Map<String, List<JsonObject>> entities = new HashMap<>();
        for (JsonObject e : jsonLines(folder.resolve("entities.json"))) {
            entities.computeIfAbsent(e.get("documentId").getAsString(), k -> new ArrayList<>()).add(e);
        }
        for (JsonObject d : jsonLines(folder.resolve("documents.json"))) {
            String id = d.get("_id").getAsString();
            String text = d.get("text").getAsString();
            List<Sentence> sentences = Pipeline.shared().annotate(text);
            List<List<NameSpan>> gold = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) gold.add(new ArrayList<>());
            List<JsonObject> es = new ArrayList<>(entities.getOrDefault(id, List.of()));
            es.sort(Comparator.comparingDouble((JsonObject e) -> -e.get("confidence").getAsDouble())
                .thenComparingInt(e -> e.get("begin").getAsInt() - e.get("end").getAsInt()));
            for (JsonObject e : es) {
                NameType type = switch (e.get("type").getAsString()) {
                    case "Person" -> NameType.PER;
                    case "Organisation" -> NameType.ORG;
                    case "Location" -> NameType.LOC;
                    default -> null;
                };
                if (type == null || e.get("confidence").getAsDouble() < 0.5) continue;
                NameSpan span = named(sentences, e.get("begin").getAsInt(), e.get("end").getAsInt(), type);
                if (span == null) continue;
                List<NameSpan> g = gold.get(span.sentence());
                if (g.stream().noneMatch(span::overlaps)) g.add(span);
            }
            for (int i = 0; i < sentences.size(); i++) {
                List<NameSpan> g = gold.get(i);
                g.sort(Comparator.comparingInt(NameSpan::tokenStart));
                out.add(new LabelledSentence(id, id + "-" + i, sentences.get(i), g));
            }
        }
    }

    /** The mention as a name span, or null when it does not fall on token boundaries or is not a name. */
    private static NameSpan named(List<Sentence> sentences, int begin, int end, NameType type) {
        for (Sentence s : sentences) {
            if (begin < s.start() || end > s.end()) continue;
            List<Token> t = s.tokens();
            int from = -1, to = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).start() == begin) from = i;
                if (t.get(i).end() == end) to = i + 1;
            }
            if (from < 0 || to <= from) return null;
            String[] words = s.tokenTexts();
            if (words[from].equalsIgnoreCase("the")) from++;
            if (type == NameType.PER) from += PersonTitles.leadingTitleLength(words, from, to);
            if (from >= to) return null;
            if (to - from == 1 && PRONOUNS.contains(words[from].toLowerCase(Locale.ROOT))) return null;
            if (!capitalised(words[from]) || !capitalised(words[to - 1])) return null;
            for (int i = from; i < to; i++) {
                if (!capitalised(words[i]) && !CONNECTORS.contains(words[i].toLowerCase())) return null;
            }
            return new NameSpan(s.index(), from, to, type, s.coveredText(from, to));
        }
        return null;
    }

    /** Capitalised at the start of a sentence (or always, "I"), and marked by re3d, but not names. */
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us", "him",
        "her", "them", "my", "our", "your", "his", "its", "their");

    private static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    private static List<JsonObject> jsonLines(Path file) {
        try {
            List<JsonObject> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line = line.strip();
                if (line.startsWith("\uFEFF")) line = line.substring(1);
                if (!line.isEmpty()) out.add(JsonParser.parseString(line).getAsJsonObject());
            }
            return out;
        } catch (IOException e) {
            throw new EntenteException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
