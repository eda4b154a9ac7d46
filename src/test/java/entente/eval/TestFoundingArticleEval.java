package entente.eval;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.extract.StandardExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the founding article, scored by {@code eval} against its hand-made gold file: the targets
 * of issues 3 and 4. Skipped when ../shared (the gold) is absent, as on a user's machine.
 */
class TestFoundingArticleEval {
    static Map<String, ExtractionEvaluator.CategoryScore> scores;

    @BeforeAll
    static void run() {
        Path gold = Path.of(System.getProperty("entente.shared", "../shared"), "gold", "000_00bb0b47ee1a1f3c.gold.json");
        assumeTrue(Files.isRegularFile(gold), "skipped: no gold file at " + gold + " (../shared is not beside the project)");
        scores = GoldRun.run(gold, null, StandardExtractor.shared()).scores();
    }

    private static double strictF1(String category) { return scores.get(category).strict().f1(); }

    @Test
    void actors() { assertTrue(strictF1("actors") >= 0.90, scores.get("actors").toString()); }

    @Test
    void meetingsWithTheirDates() {
        assertTrue(strictF1("meetings") >= 0.85, scores.get("meetings").toString());
        var m = scores.get("meetings");
        assertEquals(m.datesGold(), m.datesRight(), "every meeting whose gold has a date gets it: " + m);
    }

    @Test
    void visits() { assertTrue(strictF1("visits") >= 0.80, scores.get("visits").toString()); }

    @Test
    void disputes() { assertTrue(strictF1("disputes") >= 0.70, scores.get("disputes").toString()); }

    @Test
    void alliances() { assertTrue(strictF1("alliances") >= 0.75, scores.get("alliances").toString()); }
}
