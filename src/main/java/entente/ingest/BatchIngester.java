package entente.ingest;

import entente.EntenteException;
import entente.Ingester;
import entente.article.Article;
import entente.extract.Extractor;
import entente.kg.ENT;
import entente.kg.Iris;
import entente.kg.RdfMapper;
import entente.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingests a corpus on many threads: one reader thread streams articles into a small bounded queue, worker threads
 * extract, map and validate them ({@link Ingester#prepare}), and the calling thread writes the prepared graphs in
 * write transactions of many articles each ({@link TransactionBatch}), preparing articles itself while none is ready
 * to write. Memory is bounded by the queues, not by the corpus.
 *
 * <pre>
 *   Summary s = BatchIngester.into(store, StandardExtractor.shared()).threads(2).batchSize(500).resume(true)
 *           .listener(progress).build()
 *           .run(ArticleSource.files(ArticleReader.create(), paths));
 * </pre>
 *
 * <p>Each article is all or nothing: one that fails extraction or validation is reported and never written; when
 * storing one of a batch's articles or its commit fails, its articles are retried one transaction each, so one bad
 * article cannot sink the others.
 * With {@link #toNQuads} the graphs go to N-Quads files instead of a store. One run at a time per instance.
 */
public final class BatchIngester {
    private final Store store;
    private final NQuadsParts parts;
    private final Extractor extractor;
    private final int threads;
    private final int batchSize;
    private final Duration commitEvery;
    private final boolean resume;
    private final IngestListener listener;

    private BatchIngester(Builder b) {
        this.store = b.store;
        this.parts = b.parts;
        this.extractor = b.extractor;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.commitEvery = b.commitEvery;
        this.resume = b.resume;
        this.listener = b.listener;
    }

    /**
     * Articles per write transaction (or N-Quads part) unless told otherwise. A transaction also commits after a minute
     * open, which usually comes first: on two cores ~2,500 Wikinews articles a transaction. TDB2 copies each index
     * block a transaction changes once and its commit costs seconds of kernel time, so large transactions cost far less
     * per article (N=10,000: 42 articles/s and a 2.9 GB store, against 35 articles/s and 6.0 GB with transactions of
     * at most 500 articles or 10 s). Progress is reported as articles are written; durability comes a commit at a time.
     */
    public static final int DEFAULT_BATCH = 5000;

    /** A builder for ingest into a store. */
    public static Builder into(Store store, Extractor extractor) {
        return new Builder(Objects.requireNonNull(store), null, extractor);
    }

    /** A builder for extraction without a store: article graphs go to N-Quads part files (see {@link NQuadsParts}). */
    public static Builder toNQuads(NQuadsParts parts, Extractor extractor) {
        return new Builder(null, Objects.requireNonNull(parts), extractor);
    }

    /**
     * Worker threads unless told otherwise: into a store, one fewer than the processors (at least one), since the
     * writer thread keeps a processor busy, writing or preparing (on two cores, one worker and the writer ingest
     * faster than two workers and the writer); to N-Quads files, whose writing is light, one per processor.
     */
    public static int defaultWorkers(boolean toStore) {
        int processors = Runtime.getRuntime().availableProcessors();
        return toStore ? Math.max(1, processors - 1) : processors;
    }

    /** Settings of a batch ingest. */
    public static final class Builder {
        private final Store store;
        private final NQuadsParts parts;
        private final Extractor extractor;
        private int threads;
        private int batchSize = DEFAULT_BATCH;
        private Duration commitEvery = TransactionBatch.MAX_OPEN;
        private boolean resume;
        private IngestListener listener = IngestListener.NONE;

        private Builder(Store store, NQuadsParts parts, Extractor extractor) {
            this.store = store;
            this.parts = parts;
            this.threads = defaultWorkers(store != null);
            this.extractor = Objects.requireNonNull(extractor);
        }

        /** Worker threads for extraction (default: {@link #defaultWorkers}). */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1: " + n);
            this.threads = n;
            return this;
        }

        /** Articles per write transaction or N-Quads part (default {@value #DEFAULT_BATCH}). */
        public Builder batchSize(int n) {
            if (n < 1) throw new IllegalArgumentException("batch size must be at least 1: " + n);
            this.batchSize = n;
            return this;
        }

        /**
         * Longest time a write transaction stays open (default a minute): what a crash can lose, and how long another
         * writer may wait. Shorter costs throughput, as every commit has a price (see {@link #DEFAULT_BATCH}).
         */
        public Builder commitEvery(Duration d) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("commit interval must be positive: " + d);
            this.commitEvery = d;
            return this;
        }

        /** Skip articles the store already holds with the same content hash. */
        public Builder resume(boolean on) {
            if (on && store == null) throw new IllegalArgumentException("--resume needs a store");
            this.resume = on;
            return this;
        }

        public Builder listener(IngestListener l) {
            this.listener = Objects.requireNonNull(l);
            return this;
        }

        public BatchIngester build() { return new BatchIngester(this); }
    }

    /** What a worker hands the writer. */
    private sealed interface Outcome {}
    private record Ready(Ingester.Prepared prepared) implements Outcome {}
    private record Skipped(Article article) implements Outcome {}
    private record Failed(String location, String message) implements Outcome {}
    private record WorkerDone() implements Outcome {}

    /** A queue item that tells a worker to stop. */
    private static final Article END = new Article("end-of-corpus", null, "", "");

    /** Reads, prepares and writes every article of the source; returns when all are done. */
    public Summary run(ArticleSource source) {
        long start = System.nanoTime();
        // Small queues: a few articles per worker waiting to be prepared, a few prepared graphs waiting for the writer.
        BlockingQueue<Article> articles = new ArrayBlockingQueue<>(threads * 4);
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(threads * 8 + 8);
        AtomicReference<Throwable> fatal = new AtomicReference<>();

        Thread reader = new Thread(() -> {
            try {
                source.read(a -> put(articles, a), p -> put(outcomes, new Failed(p.location(), p.message())));
            } catch (RuntimeException | Error e) {
                fatal.compareAndSet(null, e);
            } finally {
                for (int i = 0; i < threads; i++) putUninterruptibly(articles, END);
            }
        }, "entente-reader");
        reader.setDaemon(true);
        reader.start();
        for (int i = 0; i < threads; i++) {
            Thread w = new Thread(() -> work(articles, outcomes, fatal), "entente-worker-" + i);
            w.setDaemon(true);
            w.start();
        }

        Counts counts = new Counts();
        List<Ingester.Prepared> part = new ArrayList<>();
        try (TransactionBatch transaction = store == null ? null : new TransactionBatch(store, extractor, batchSize,
                commitEvery, listener::written, r -> counts.add(r, listener), (location, message) -> counts.fail(location, message, listener))) {
            int done = 0;
            while (done < threads) {
                Outcome o = outcomes.poll();
                if (o == null) o = helpOrWait(articles, outcomes);
                if (o instanceof Ready r) {
                    if (transaction != null) {
                        transaction.put(r.prepared());
                    } else {
                        part.add(r.prepared());
                        if (part.size() >= batchSize) writePart(part, counts);
                    }
                } else if (o instanceof Skipped s) {
                    counts.skipped++;
                    listener.skipped(s.article());
                } else if (o instanceof Failed f) {
                    counts.fail(f.location(), f.message(), listener);
                } else {
                    done++;
                }
            }
            if (transaction != null) transaction.commit();
            writePart(part, counts);
        }
        if (fatal.get() != null) throw new EntenteException("ingest stopped: " + fatal.get(), fatal.get());
        return new Summary(counts.articles, counts.events, counts.triples, counts.failures, counts.skipped,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * What the writer does when no prepared article is waiting: prepares the next article itself rather than sit idle
     * (the writer needs less time per article than extraction does, so with one thread per processor both stay busy
     * without a third thread competing for them); once the corpus is read, it waits for the workers.
     */
    private Outcome helpOrWait(BlockingQueue<Article> articles, BlockingQueue<Outcome> outcomes) {
        while (true) {
            Article a = articles.poll();
            if (a == END) {
                putUninterruptibly(articles, END); // the workers' stop signal: leave it for them
                return take(outcomes);
            }
            if (a != null) return prepare(a);
            Outcome o = poll(outcomes, 5); // neither is ready: the reader may be about to hand over an article
            if (o != null) return o;
        }
    }

    private void work(BlockingQueue<Article> articles, BlockingQueue<Outcome> outcomes, AtomicReference<Throwable> fatal) {
        try {
            for (Article a = take(articles); a != END; a = take(articles)) put(outcomes, prepare(a));
        } catch (Error e) {
            fatal.compareAndSet(null, e);
        } finally {
            putUninterruptibly(outcomes, new WorkerDone());
        }
    }

    private Outcome prepare(Article a) {
        try {
            return resume && alreadyStored(a) ? new Skipped(a) : new Ready(Ingester.prepare(extractor, a));
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(a.locator(), e.getMessage() == null ? e.toString() : e.getMessage().strip());
        }
    }

    /** The article's graph exists and its article carries the same content hash. */
    private boolean alreadyStored(Article a) {
        String graph = RdfMapper.graphIri(a);
        return store.read(ds -> {
            if (!ds.containsNamedModel(graph)) return false;
            var m = ds.getNamedModel(graph);
            return m.contains(m.createResource(Iris.article(a.key())), ENT.contentHash, a.contentHash());
        });
    }

    /** Writes prepared graphs to one N-Quads part file. */
    private void writePart(List<Ingester.Prepared> part, Counts counts) {
        if (part.isEmpty()) return;
        try {
            parts.write(part);
            part.forEach(p -> counts.add(result(p), listener));
        } catch (RuntimeException e) {
            part.forEach(p -> counts.fail(p.article().locator(), "cannot write N-Quads: " + e.getMessage(), listener));
        }
        part.clear();
    }

    private static Ingester.Result result(Ingester.Prepared p) {
        return new Ingester.Result(p.article(), p.graph(), p.model().size(), p.extraction().actors().size(),
                p.extraction().events().size(), p.extraction());
    }

    private static final class Counts {
        long articles, events, triples, failures, skipped;

        void add(Ingester.Result r, IngestListener listener) {
            articles++;
            events += r.events();
            triples += r.triples();
            listener.ingested(r);
        }

        void fail(String location, String message, IngestListener listener) {
            failures++;
            listener.failed(location, message);
        }
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("ingest interrupted", e);
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static <T> T poll(BlockingQueue<T> q, long millis) {
        try {
            return q.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("ingest interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("ingest interrupted", e);
        }
    }
}
