package entente.ingest;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import entente.extract.Extractor;
import entente.extract.StandardExtractor;
import entente.kg.Iris;
import entente.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBatchIngester {
    @TempDir Path dir;

    @Test
    void batchOnTwoThreadsStoresWhatOneByOneStores() {
        List<Article> articles = Corpora.articles(7);
        try (Store single = Store.inMemory(); Store batched = Store.inMemory()) {
            Ingester ingester = new Ingester(single, StandardExtractor.shared());
            articles.forEach(ingester::ingest);
            Summary s = BatchIngester.into(batched, StandardExtractor.shared()).threads(2).batchSize(3).build()
                    .run(ArticleSource.of(articles));
            assertEquals(7, s.articles());
            assertEquals(0, s.failures());
            assertTrue(s.events() > 0, "the generated articles hold events");
            assertEquals(Set.copyOf(single.graphNames()), Set.copyOf(batched.graphNames()));
            assertEquals(single.size(), batched.size());
        }
    }

    @Test
    void theWriterPreparesArticlesWhileNoneIsReady() throws Exception {
        // The worker holds every article until the writer's thread has prepared one: the run ends only if it does.
        Thread caller = Thread.currentThread();
        CountDownLatch writerPrepared = new CountDownLatch(1);
        Extractor slowWorker = a -> {
            if (Thread.currentThread() == caller) {
                writerPrepared.countDown();
            } else {
                try {
                    if (!writerPrepared.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the writer never helped");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return StandardExtractor.shared().extract(a);
        };
        try (Store store = Store.inMemory()) {
            Summary s = BatchIngester.into(store, slowWorker).threads(1).batchSize(4).build().run(ArticleSource.of(Corpora.articles(6)));
            assertEquals(6, s.articles());
            assertEquals(0, s.failures());
            assertEquals(0, writerPrepared.getCount());
        }
    }

    /** With a commit interval shorter than an article, each article is committed before the next one is written. */
    @Test
    void aShortCommitIntervalCommitsArticleByArticle() {
        List<String> events = new ArrayList<>();
        IngestListener log = new IngestListener() {
            @Override public void written(Ingester.Result r) { events.add("written"); }
            @Override public void ingested(Ingester.Result r) { events.add("committed"); }
        };
        try (Store store = Store.inMemory()) {
            Summary s = BatchIngester.into(store, StandardExtractor.shared()).threads(1).commitEvery(Duration.ofNanos(1))
                    .listener(log).build().run(ArticleSource.of(Corpora.articles(3)));
            assertEquals(3, s.articles());
        }
        assertEquals(List.of("written", "committed", "written", "committed", "written", "committed"), events);
        assertThrows(IllegalArgumentException.class, () -> BatchIngester.into(Store.inMemory(), StandardExtractor.shared())
                .commitEvery(Duration.ZERO));
    }

    @Test
    void aFailingArticleIsSkippedAndNothingOfItIsWritten() {
        Extractor failsOnThree = a -> {
            if (a.locator().endsWith("/3")) throw new IllegalStateException("boom");
            return StandardExtractor.shared().extract(a);
        };
        List<String> failed = new ArrayList<>();
        try (Store store = Store.inMemory()) {
            Summary s = BatchIngester.into(store, failsOnThree).threads(2).batchSize(2)
                    .listener(new IngestListener() {
                        @Override public void failed(String location, String message) { failed.add(location + ": " + message); }
                    }).build().run(ArticleSource.of(Corpora.articles(5)));
            assertEquals(4, s.articles());
            assertEquals(1, s.failures());
            assertEquals(List.of("https://news.test/article/3: boom"), failed);
            assertFalse(store.hasGraph(Iris.articleGraph(Corpora.article(3, "").key())));
        }
    }

    @Test
    void resumeSkipsUnchangedArticlesAndReingestsChangedOnes() {
        try (Store store = Store.inMemory()) {
            BatchIngester.into(store, StandardExtractor.shared()).build().run(ArticleSource.of(Corpora.articles(3)));
            long quads = store.size();
            List<Article> again = List.of(Corpora.article(0, ""), Corpora.article(1, "Talks will resume in July."), Corpora.article(2, ""));
            Summary s = BatchIngester.into(store, StandardExtractor.shared()).resume(true).build().run(ArticleSource.of(again));
            assertEquals(2, s.skipped());
            assertEquals(1, s.articles());
            assertEquals(3, store.graphNames().stream().filter(g -> g.contains("/article/")).count());
            assertTrue(store.size() >= quads, "the changed article was replaced, not dropped");
        }
    }

    @Test
    void nquadsPartsParseAndHoldOneGraphPerArticle() throws Exception {
        Path out = dir.resolve("nq");
        Summary s = BatchIngester.toNQuads(NQuadsParts.create(out), StandardExtractor.shared()).threads(2).batchSize(4)
                .build().run(ArticleSource.of(Corpora.articles(10)));
        assertEquals(10, s.articles());
        List<Path> parts;
        try (Stream<Path> files = Files.list(out)) {
            parts = files.filter(f -> f.getFileName().toString().matches("part-\\d{5}\\.nq")).sorted().toList();
        }
        assertEquals(3, parts.size(), "10 articles in batches of 4");
        Dataset ds = DatasetFactory.create();
        for (Path p : parts) RDFDataMgr.read(ds, p.toString());
        Set<String> graphs = new HashSet<>();
        ds.listNames().forEachRemaining(graphs::add);
        Set<String> expected = new HashSet<>();
        Corpora.articles(10).forEach(a -> expected.add(Iris.articleGraph(a.key())));
        assertEquals(expected, graphs);

        Dataset shared = DatasetFactory.create();
        RDFDataMgr.read(shared, out.resolve("shared.nq").toString());
        assertTrue(shared.containsNamedModel(Iris.ONTOLOGY_GRAPH));
        assertTrue(shared.containsNamedModel(Iris.GAZETTEER_GRAPH));
        assertThrows(entente.EntenteException.class, () -> NQuadsParts.create(out), "a directory with parts is refused");
    }

    /**
     * Memory is flat in corpus size: the reader never runs ahead of the writer by more than the queues hold, and the
     * heap after a collection does not grow between the start and the end of a few hundred articles.
     */
    @Test
    void memoryStaysFlatOnAGeneratedCorpus() throws Exception {
        int n = 240, threads = 2, batch = 10;
        AtomicInteger produced = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        long[] heap = new long[2];
        Extractor cheap = StandardExtractor.shared();
        ArticleSource source = (sink, problems) -> {
            for (int i = 0; i < n; i++) {
                produced.incrementAndGet();
                sink.accept(Corpora.article(i, "Item " + i + "."));
            }
        };
        IngestListener watch = new IngestListener() {
            int done;
            @Override public void ingested(Ingester.Result r) {
                done++;
                maxAhead.accumulateAndGet(produced.get() - done, Math::max);
                if (done == 40) heap[0] = liveHeap();
                if (done == n - 10) heap[1] = liveHeap();
            }
        };
        Summary s = BatchIngester.toNQuads(NQuadsParts.create(dir.resolve("flat")), cheap).threads(threads).batchSize(batch)
                .listener(watch).build().run(source);
        assertEquals(n, s.articles());
        int bound = threads * 4 + (batch * 2 + threads) + batch + threads;
        assertTrue(maxAhead.get() <= bound, "reader ran " + maxAhead.get() + " articles ahead, bound " + bound);
        long growth = heap[1] - heap[0];
        assertTrue(growth < 64L * 1024 * 1024, "heap grew by " + growth / (1024 * 1024) + " MB over " + (n - 50) + " articles");
    }

    private static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void summaryLineHasTheDocumentedShape() {
        Summary s = new Summary(3, 5, 100, 1, 2, java.time.Duration.ofMillis(1500));
        assertEquals("ingested 3 article(s), 5 event(s), 1 failure(s), 2 skipped in 1.5 s (2.0 articles/s)", s.line());
    }

    @Test
    void extractionIsNotCalledForSkippedArticles() {
        AtomicInteger calls = new AtomicInteger();
        Extractor counting = a -> {
            calls.incrementAndGet();
            return StandardExtractor.shared().extract(a);
        };
        try (Store store = Store.inMemory()) {
            BatchIngester.into(store, counting).build().run(ArticleSource.of(Corpora.articles(2)));
            BatchIngester.into(store, counting).resume(true).build().run(ArticleSource.of(Corpora.articles(2)));
            assertEquals(2, calls.get());
        }
    }

}
