package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress counts each article once: when written into the open transaction, or when committed without that. */
class TestProgress {
    @Test
    void anArticleCountsOnceWhetherItIsWrittenCommittedOrFails() {
        StringWriter log = new StringWriter();
        try (Progress p = loggingTo(log, 1)) {
            p.written(result("a"));
            p.written(result("b"));
            p.ingested(result("a"));          // committed: counted when written
            p.ingested(result("b"));
            p.failed("https://news.test/c", "cannot read"); // never written
            p.written(result("d"));
            p.failed("https://news.test/d", "cannot store: disk full"); // written, then its commit and retry failed
            p.ingested(result("e"));          // an N-Quads part: committed without being written first
        }
        List<String> counts = log.toString().lines().filter(l -> l.contains("article(s) done")).toList();
        assertEquals(5, counts.size(), log.toString());
        assertTrue(counts.get(4).startsWith("entente: 5 article(s) done"), counts.get(4));
    }

    @Test
    void onceTheTotalIsKnownLogLinesSayHowManyAreLeft() {
        StringWriter log = new StringWriter();
        try (Progress p = loggingTo(log, 2)) {
            p.ingested(result("a"));
            p.ingested(result("b"));
            p.expect(4);
            p.ingested(result("c"));
            p.ingested(result("d"));
        }
        List<String> lines = log.toString().lines().toList();
        assertEquals(2, lines.size(), log.toString());
        assertTrue(lines.get(0).startsWith("entente: 2 article(s) done in"), lines.get(0));
        assertTrue(lines.get(1).startsWith("entente: 4 of 4 article(s) done in") && lines.get(1).endsWith("about 0 s left)"), lines.get(1));
    }

    /** Progress without a terminal, logging every {@code every} articles into {@code log}. */
    private static Progress loggingTo(StringWriter log, int every) {
        return new Progress(new PrintWriter(new StringWriter()), new PrintWriter(log, true), false, false, every);
    }

    private static Ingester.Result result(String name) {
        Article a = new Article("https://news.test/" + name, LocalDate.of(2023, 6, 1), name, "Text.");
        return new Ingester.Result(a, "urn:graph:" + name, 10, 1, 0, null);
    }
}
