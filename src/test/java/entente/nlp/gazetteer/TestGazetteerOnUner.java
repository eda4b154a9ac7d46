package entente.nlp.gazetteer;

import static org.junit.jupiter.api.Assertions.*;

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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How precise the gazetteer finder alone is on the news half of UNER English PUD, and how much of the gold it
 * covers. It is one part of the name finder, so recall is low by design; precision is what it adds.
 */
class TestGazetteerOnUner {
    private record Gold(Sentence sentence, Set<String> spans) {}

    @Test
    void precisionOnUnerNews() throws IOException {
        Path file = Path.of(System.getProperty("entente.shared", "../shared"), "data/uner-pud/en_pud-ud-test.iob2");
        Assumptions.assumeTrue(Files.isRegularFile(file), "UNER-PUD not found at " + file + "; skipped");
        GazetteerNameFinder finder = new GazetteerNameFinder();
        Map<NameType, int[]> counts = new EnumMap<>(NameType.class); // found, correct, gold
        for (NameType t : NameType.values()) counts.put(t, new int[3]);
        int found = 0, rightSpan = 0; // the span is a gold name of any type
        for (Gold g : read(file)) {
            for (String s : g.spans()) counts.get(NameType.valueOf(s.split(":")[2]))[2]++;
            for (NameSpan span : finder.find(g.sentence())) {
                int[] c = counts.get(span.type());
                found++;
                for (NameType t : NameType.values()) {
                    if (g.spans().contains(span.tokenStart() + ":" + span.tokenEnd() + ":" + t)) rightSpan++;
                }
                c[0]++;
                if (g.spans().contains(span.tokenStart() + ":" + span.tokenEnd() + ":" + span.type())) c[1]++;
                else if (Boolean.getBoolean("entente.debug")) System.out.println("MISS " + span.text() + " " + span.type() + " gold=" + g.spans() + " :: " + g.sentence().text());
            }
        }
        for (NameType t : List.of(NameType.LOC, NameType.ORG)) {
            int[] c = counts.get(t);
            System.out.printf("gazetteer on UNER-PUD %s, %s: found %d, correct %d, gold %d, precision %.2f, recall %.2f%n",
                    half(), t, c[0], c[1], c[2], c[1] / (double) c[0], c[1] / (double) c[2]);
        }
        System.out.printf("gazetteer on UNER-PUD %s, span right whatever the type: %d of %d (%.2f)%n",
                half(), rightSpan, found, rightSpan / (double) found);
        int[] loc = counts.get(NameType.LOC), org = counts.get(NameType.ORG);
        // UNER tags countries acting as agents as ORG ("Russia announced"), which caps location precision here.
        assertTrue(loc[1] >= 0.6 * loc[0], "location precision below 0.60");
        assertTrue(org[1] >= 0.6 * org[0], "organisation precision below 0.60");
    }

    /** "n" for the news half (the default), "w" for the Wikipedia half: -Dentente.uner.prefix=w. */
    private static String prefix() { return System.getProperty("entente.uner.prefix", "n"); }

    private static String half() { return prefix().equals("n") ? "news" : "sentences " + prefix() + "*"; }

    /** News sentences (ids starting "n"), tokens joined by spaces, tagged by the pipeline; gold as "start:end:TYPE". */
    private static List<Gold> read(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        boolean news = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# sent_id")) news = line.contains("= " + prefix());
            if (line.startsWith("#")) continue;
            if (line.isBlank()) {
                if (news && !words.isEmpty()) out.add(gold(out.size(), words, tags));
                words.clear();
                tags.clear();
                continue;
            }
            String[] cols = line.split("\t");
            words.add(cols[1]);
            tags.add(cols[2]);
        }
        if (news && !words.isEmpty()) out.add(gold(out.size(), words, tags));
        return out;
    }

    private static Gold gold(int index, List<String> words, List<String> tags) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : words) {
            tokens.add(Token.of(w, offset));
            offset += w.length() + 1;
        }
        Sentence sentence = new Sentence(index, 0, offset - 1, String.join(" ", words), Pipeline.shared().tag(tokens));
        Set<String> spans = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).startsWith("B-")) continue;
            String type = tags.get(i).substring(2);
            int end = i + 1;
            while (end < tags.size() && tags.get(end).equals("I-" + type)) end++;
            spans.add(i + ":" + end + ":" + type);
        }
        return new Gold(sentence, spans);
    }
}
