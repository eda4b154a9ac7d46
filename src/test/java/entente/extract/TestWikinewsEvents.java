package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.article.ArticleReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor's events on 295 real Wikinews articles against a hand judgement of each
 * ({@code wikinews-events.tsv}): how many of the events it finds a reader would keep, and whether the events judged
 * right are still found. Every event must have been judged, so a change that makes new ones shows them.
 */
class TestWikinewsEvents {
    private record Key(String eventClass, String plover, String status, String participants, String sentence) {}

    @Test
    void mostEventsOnRealNewsAreRightAndTheRightOnesStay() throws Exception {
        Path dir = Path.of(System.getProperty("entente.shared", "../shared"), "data/wikinews");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data absent, Wikinews events not judged: " + dir);
        Map<Key, Boolean> judged = judgements();

        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                ArticleReader.create().read(csv, articles::add, problem -> fail(problem.toString()));
            }
        }
        assertEquals(295, articles.size(), "the judged corpus");

        Set<Key> found = new LinkedHashSet<>();
        for (Article a : articles) {
            Extraction x = StandardExtractor.shared().extract(a);
            Map<String, String> labels = new HashMap<>();
            for (Actor actor : x.actors()) labels.put(actor.id(), actor.name());
            for (Event e : x.events()) {
                String parties = e.participants().stream().map(p -> labels.getOrDefault(p.actorId(), p.actorId()))
                        .sorted().collect(Collectors.joining(" | "));
                String quote = e.evidence().quote().replace('\n', ' ');
                found.add(new Key(e.eventClass().name(), e.ploverType(), e.status().name(), parties,
                        quote.substring(0, Math.min(60, quote.length())).strip()));
            }
        }

        List<Key> unjudged = found.stream().filter(k -> !judged.containsKey(k)).toList();
        assertTrue(unjudged.isEmpty(), "judge these events in wikinews-events.tsv: " + unjudged);
        long right = found.stream().filter(judged::get).count();
        double precision = (double) right / found.size();
        long rightRows = judged.values().stream().filter(v -> v).count();
        double kept = (double) right / rightRows;
        System.out.printf("wikinews events: %d found, %d right (precision %.2f), %d of %d judged right found (%.2f)%n",
                found.size(), right, precision, right, rightRows, kept);
        assertTrue(precision >= 0.80, "precision " + precision);
        assertTrue(kept >= 0.90, "judged-right events found " + kept);
    }

    private static Map<Key, Boolean> judgements() throws Exception {
        Map<Key, Boolean> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TestWikinewsEvents.class.getResourceAsStream("wikinews-events.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                out.put(new Key(f[1], f[2], f[3], f[4], f[5].strip()), f[0].equals("right"));
            }
        }
        return out;
    }
}
