package entente.ingest;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.StandardExtractor;
import entente.kg.Iris;
import entente.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's measure of writing alone: the article graphs of a store, written again and timed. */
class TestStoreWriteCost {
    @TempDir Path dir;

    @Test
    void writesTheArticleGraphsAgainAndCountsTheirQuads() {
        try (Store store = Store.open(dir)) {
            BatchIngester.into(store, StandardExtractor.shared()).threads(1).build().run(ArticleSource.of(Corpora.articles(3)));
            long articleQuads = store.read(ds -> {
                long n = 0;
                for (var it = ds.listNames(); it.hasNext(); ) {
                    String g = it.next();
                    if (g.startsWith(Iris.articleGraph(""))) n += ds.getNamedModel(g).size();
                }
                return n;
            });
            long storeQuads = store.size();

            Path scratch = dir.resolve("copy");
            StoreWriteCost.Result all = StoreWriteCost.measure(store, 1000, scratch);
            assertEquals(3, all.articles(), "only article graphs, not the register or the shared graphs");
            assertEquals(articleQuads, all.quads());
            assertTrue(all.cpuSeconds() > 0, all.toString());
            assertFalse(Files.exists(scratch), "the scratch store is deleted");
            assertEquals(2, StoreWriteCost.measure(store, 2).articles(), "at most the limit");
            assertEquals(storeQuads, store.size(), "the source store is only read");
        }    }
}
