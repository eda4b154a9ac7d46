package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.article.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor's events on 295 real Wikinews articles against a hand judgement of each
 * ({@code wikinews-events.tsv}): how many of the events it finds a reader would keep, and whether the events judged
 * right are still found. Every event must have been judged, so a change that makes new ones shows them. The rules were
 * written against this set: it is a development set.
 */
class TestWikinewsEvents {
    @Test
    void mostEventsOnRealNewsAreRightAndTheRightOnesStay() throws Exception {
        Path dir = Path.of(System.getProperty("entente.shared", "../shared"), "data/wikinews");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data absent, Wikinews events not judged: " + dir);
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                ArticleReader.create().read(csv, articles::add, problem -> fail(problem.toString()));
            }
        }
        assertEquals(295, articles.size(), "the judged corpus");
        Set<JudgedEvents.Key> found = new LinkedHashSet<>();
        for (Article a : articles) found.addAll(JudgedEvents.keys(StandardExtractor.shared().extract(a)));

        JudgedEvents.Score score = JudgedEvents.load("wikinews-events.tsv").score(found);
        System.out.println("wikinews events: " + score);
        assertTrue(score.unjudged().isEmpty(), "judge these events in wikinews-events.tsv: " + score.unjudged());
        assertTrue(score.precision() >= 0.88, score.toString());
        assertTrue(score.rightFound() >= 0.98, score.toString());
    }
}
