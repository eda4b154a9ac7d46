package entente.ingest;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.StandardExtractor;
import entente.store.Queries;
import entente.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's query timings, in this JVM and in a new one that opens the released store. */
class TestQueryLatency {
    @TempDir Path dir;

    @Test
    void aNewJvmTimesEveryCatalogueQueryOnTheReleasedStoreWithTheSameRows() {
        Store store = Store.open(dir);
        List<QueryLatency.Timing> here;
        try {
            BatchIngester.into(store, StandardExtractor.shared()).threads(1).build().run(ArticleSource.of(Corpora.articles(4)));
            here = QueryLatency.inProcess(store, 2, 0);
        } finally {
            store.release();
        }
        List<QueryLatency.Timing> child = QueryLatency.inFreshJvm(dir, 2, 0);

        assertEquals(Queries.CATALOGUE, child.stream().map(QueryLatency.Timing::name).toList(), "every query, in catalogue order");
        Map<String, Integer> rowsHere = here.stream().collect(Collectors.toMap(QueryLatency.Timing::name, QueryLatency.Timing::rows));
        for (QueryLatency.Timing t : child) {
            assertEquals(rowsHere.get(t.name()), t.rows(), t.name() + ": the same answers in both processes");
            assertEquals(2, t.runs(), t.name());
            assertTrue(t.p50Ms() > 0 && t.p95Ms() >= t.p50Ms(), t.name() + ": " + t);
        }
        assertEquals(4, rowsHere.get("articles"), "the store the child read is the one written here");

        try (Store again = Store.open(dir)) {
            assertEquals(4, again.graphNames().stream().filter(g -> g.contains("/graph/article/")).count(),
                    "the released store opens again in this JVM, with its articles");
        }
    }

    @Test
    void timingLinesRoundTrip() {
        QueryLatency.Timing t = new QueryLatency.Timing("articles", 12.5, 20.25, 10000, 20);
        assertEquals(t, QueryLatency.parse(QueryLatency.format(t)));
    }
}
