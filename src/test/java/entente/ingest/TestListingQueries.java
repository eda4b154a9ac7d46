package entente.ingest;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.kg.ENT;
import entente.kg.Iris;
import entente.store.Queries;
import entente.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** The catalogue's listings of articles (articles.rq, provenance.rq) on a small corpus: counts and order. */
class TestListingQueries {
    @Test
    void provenanceCountsEachGraphsEventsAndListsInTheOrderOfIngest() {
        try (Store store = Store.inMemory()) {
            List<Article> corpus = new ArrayList<>(Corpora.articles(3));
            corpus.add(new Article("https://news.test/weather", LocalDate.of(2023, 6, 2), "Weather", "It rained in Oslo on Monday."));
            BatchIngester.into(store, StandardExtractor.shared()).threads(1).batchSize(1).build().run(ArticleSource.of(corpus));

            List<QuerySolution> rows = select(store, "provenance");
            assertEquals(4, rows.size());
            for (QuerySolution row : rows) {
                String graph = row.getResource("graph").getURI();
                long events = store.read(ds -> {
                    Model g = ds.getNamedModel(graph);
                    return (long) g.listSubjectsWithProperty(ENT.status).toList().size();
                });
                assertEquals(events, row.getLiteral("events").getLong(), graph);
            }
            assertEquals(0, rows.stream().filter(r -> r.getResource("graph").getURI()
                    .equals(Iris.articleGraph(corpus.get(3).key()))).findFirst().orElseThrow().getLiteral("events").getLong(),
                    "an article without events counts none");
            assertTrue(rows.stream().anyMatch(r -> r.getLiteral("events").getLong() > 0));
            List<String> times = rows.stream().map(r -> r.getLiteral("generated").getLexicalForm()).toList();
            assertEquals(times.stream().sorted().toList(), times, "oldest first");
        }
    }

    @Test
    void articlesAreListedByDateThenUrl() {
        try (Store store = Store.inMemory()) {
            List<Article> corpus = List.of(
                    new Article("https://news.test/b", LocalDate.of(2023, 6, 2), "B", "Talks resumed in Oslo."),
                    new Article("https://news.test/c", LocalDate.of(2023, 5, 30), "C", "Talks began in Oslo."),
                    new Article("https://news.test/a", LocalDate.of(2023, 6, 2), "A", "Talks ended in Oslo."),
                    new Article("https://news.test/undated", null, "U", "Talks in Oslo."));
            BatchIngester.into(store, StandardExtractor.shared()).build().run(ArticleSource.of(corpus));
            List<String> urls = select(store, "articles").stream().map(r -> r.getLiteral("article").getString()).toList();
            assertEquals(List.of("https://news.test/undated", "https://news.test/c", "https://news.test/a", "https://news.test/b"), urls,
                    "undated first, then by date, then by URL");
        }
    }

    /** The rows of a catalogue query, their terms read inside the transaction. */
    private static List<QuerySolution> select(Store store, String name) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.bind(Queries.expect(name), Map.of())).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    out.add(copy);
                });
                return out;
            }
        });
    }
}
