package entente.store;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import entente.extract.StandardExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jena-text index kept in step with ingest, re-ingest and retraction. */
class TestTextSearch {
    // Only sentences that are evidence of something are stored, so the word is in the meeting's sentence.
    static final String FENTANYL = "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday to discuss fentanyl trafficking.";
    @TempDir Path dir;

    private static Article article(String url, String text) {
        return new Article(url, LocalDate.parse("2023-06-19"), "Blinken in Beijing", text);
    }

    private static long sparqlHits(Store s, String word) {
        String q = """
                PREFIX ent:  <https://w3id.org/entente/ontology#>
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s ?t { ?s text:query (ent:text "%s") . ?s ent:text ?t }""".formatted(word);
        return s.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                return n;
            }
        });
    }

    @Test
    void searchFollowsIngestReingestAndRetraction() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", FENTANYL));
            assertEquals(1, sparqlHits(s, "fentanyl"), "text:query finds the sentence");
            List<TextSearch.Hit> hits = TextSearch.sentences(s, "fentanyl", 10);
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).text().contains("fentanyl trafficking"), hits.toString());
            assertEquals("https://a.test/1", hits.get(0).article());

            List<TextSearch.Hit> met = TextSearch.sentences(s, "Beijing", 10);
            assertFalse(met.isEmpty() || met.get(0).events().isEmpty(), "the meeting sentence carries its event: " + met);
            assertTrue(met.get(0).events().get(0).startsWith("CONSULT "), met.toString());

            in.ingest(article("https://a.test/1", "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday to discuss trade."));
            assertEquals(0, sparqlHits(s, "fentanyl"), "re-ingest with other text drops the old entries");
            assertEquals(1, sparqlHits(s, "trade"));

            assertTrue(Ingester.retract(s, "https://a.test/1"));
            assertEquals(0, sparqlHits(s, "trade"), "retraction drops the entries");
            assertEquals(0, sparqlHits(s, "Beijing"));
        }
    }

    @Test
    void theIndexLivesNextToTheStoreAndPersists() {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            new Ingester(s, StandardExtractor.shared()).ingest(article("https://a.test/1", FENTANYL));
        }
        assertTrue(store.resolve(Store.TEXT_INDEX_DIR).toFile().isDirectory());
        try (Store s = Store.open(store)) {
            assertEquals(1, sparqlHits(s, "fentanyl"));
            assertEquals(1, TextSearch.sentences(s, "title:Beijing OR fentanyl", 10).size(), "Lucene syntax is accepted");
        }
    }
}
