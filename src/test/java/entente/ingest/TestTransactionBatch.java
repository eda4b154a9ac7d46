package entente.ingest;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.kg.Iris;
import entente.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TestTransactionBatch {
    @Test
    void commitsEveryFullBatchAndReportsOnlyCommittedArticles() {
        try (Store store = Store.inMemory()) {
            List<String> written = new ArrayList<>();
            List<String> stored = new ArrayList<>();
            try (TransactionBatch batch = new TransactionBatch(store, StandardExtractor.shared(), 3, Duration.ofHours(1),
                    r -> written.add(r.article().locator()), r -> stored.add(r.article().locator()), (l, m) -> fail(l + ": " + m))) {
                List<Article> articles = Corpora.articles(5);
                for (Article a : articles) batch.put(Ingester.prepare(StandardExtractor.shared(), a));
                assertEquals(3, stored.size(), "the first three committed together, the last two wait");
                assertEquals(articles.stream().map(Article::locator).toList(), written, "each reported as written at once");
                assertTrue(store.dataset().isInTransaction(), "the last two are in the open transaction");
                // The writer checks --resume while its transaction is open: a read on its thread joins it.
                boolean seen = store.read(ds -> ds.containsNamedModel(graphOf(4)));
                assertTrue(seen, "a read on the writer's thread sees its writes");
                batch.commit();
                assertFalse(store.dataset().isInTransaction());
            }
            assertEquals(5, stored.size());
            for (int i = 0; i < 5; i++) assertTrue(store.hasGraph(graphOf(i)), "article " + i);
        }
    }

    @Test
    void aFailingPutSinksOnlyItsOwnArticle() {
        try (Store store = Store.inMemory()) {
            Ingester ingester = new Ingester(store, StandardExtractor.shared());
            Function<Ingester.Prepared, Ingester.Result> failsOnTwo = p -> {
                Ingester.Result r = ingester.put(p); // written, then the article fails: its transaction must not keep it
                if (p.article().locator().endsWith("/2")) throw new IllegalStateException("disk says no");
                return r;
            };
            List<String> stored = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            try (TransactionBatch batch = new TransactionBatch(store, StandardExtractor.shared(), failsOnTwo, 10, Duration.ofHours(1),
                    r -> {}, r -> stored.add(r.article().locator()), (l, m) -> failed.add(l + ": " + m))) {
                for (Article a : Corpora.articles(5)) batch.put(Ingester.prepare(StandardExtractor.shared(), a));
                batch.commit();
            }
            assertEquals(List.of("https://news.test/article/2: cannot store: disk says no"), failed);
            assertEquals(4, stored.size());
            assertFalse(store.hasGraph(graphOf(2)), "nothing of the failed article is written");
            for (int i : new int[] {0, 1, 3, 4}) assertTrue(store.hasGraph(graphOf(i)), "article " + i + " is stored");
            assertFalse(store.dataset().isInTransaction());
        }
    }

    @Test
    void aTransactionOpenLongerThanItsLimitCommitsBeforeItIsFull() {
        try (Store store = Store.inMemory()) {
            Ingester ingester = new Ingester(store, StandardExtractor.shared());
            List<String> stored = new ArrayList<>();
            try (TransactionBatch batch = new TransactionBatch(store, StandardExtractor.shared(), ingester::put, 100, Duration.ZERO,
                    r -> {}, r -> stored.add(r.article().locator()), (l, m) -> fail(l + ": " + m))) {
                for (Article a : Corpora.articles(3)) {
                    batch.put(Ingester.prepare(StandardExtractor.shared(), a));
                    assertEquals(List.of(a.locator()), stored.subList(stored.size() - 1, stored.size()), "committed at once");
                    assertFalse(store.dataset().isInTransaction());
                }
            }
            assertEquals(3, stored.size());
        }
    }

    private static String graphOf(int i) { return Iris.articleGraph(Corpora.article(i, "").key()); }
}
