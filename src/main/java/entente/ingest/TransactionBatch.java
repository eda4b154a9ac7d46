package entente.ingest;

import entente.Ingester;
import entente.article.Article;
import entente.extract.Extractor;
import entente.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;

/**
 * The batch writer's write transaction, held open over up to {@code size} articles: each prepared article is stored
 * as it arrives and the transaction commits when it holds {@code size} of them, when it has been open its
 * {@code maxOpen} (a minute unless told otherwise: what a crash can lose), or on {@link #commit()}. Large
 * transactions are much cheaper per article: TDB2 writes a new copy of every index block a transaction changes, once
 * per transaction, and its commit makes them durable, which costs the kernel about a second for a few hundred
 * Wikinews articles (at N=3,000, seven commits of ≤ 500 articles took 13 s of an 84 s ingest). Only the articles are
 * kept until the commit, not their graphs, so their number costs little memory.
 *
 * <p>Each article stays all or nothing: when a put or the commit fails, the transaction is abandoned and its articles
 * are prepared again and stored one transaction each, so one bad article cannot sink the others. Not thread-safe:
 * the writer thread alone uses it.
 */
final class TransactionBatch implements AutoCloseable {
    /** How long a transaction stays open at most while articles keep coming, unless told otherwise. */
    static final Duration MAX_OPEN = Duration.ofSeconds(60);

    private final Store store;
    private final Function<Ingester.Prepared, Ingester.Result> putter;
    private final Extractor extractor;
    private final int size;
    private final long maxOpenNanos;
    private final Consumer<Ingester.Result> written;
    private final Consumer<Ingester.Result> stored;
    private final BiConsumer<String, String> failed;
    private final List<Article> articles = new ArrayList<>();
    private final List<Ingester.Result> results = new ArrayList<>();
    private long openedAt;

    /**
     * @param written called for each article written in the open transaction, before it commits (for progress)
     * @param stored  called for each article once its transaction has committed
     * @param failed  called with the locator and reason of each article that could not be stored
     */
    TransactionBatch(Store store, Extractor extractor, int size, Duration maxOpen, Consumer<Ingester.Result> written,
                     Consumer<Ingester.Result> stored, BiConsumer<String, String> failed) {
        this(store, extractor, new Ingester(store, extractor)::put, size, maxOpen, written, stored, failed);
    }

    /** As above, storing each prepared article with {@code putter} inside the transaction (tests make it fail). */
    TransactionBatch(Store store, Extractor extractor, Function<Ingester.Prepared, Ingester.Result> putter, int size,
                     Duration maxOpen, Consumer<Ingester.Result> written, Consumer<Ingester.Result> stored,
                     BiConsumer<String, String> failed) {
        this.store = store;
        this.putter = putter;
        this.extractor = extractor;
        this.size = size;
        this.maxOpenNanos = maxOpen.toNanos();
        this.written = written;
        this.stored = stored;
        this.failed = failed;
    }

    /** Stores a prepared article in the open transaction (opening one if needed); commits when full or open too long. */
    void put(Ingester.Prepared p) {
        if (articles.isEmpty()) {
            dataset().begin(TxnType.WRITE);
            openedAt = System.nanoTime();
        }
        articles.add(p.article());
        Ingester.Result r;
        try {
            r = withoutExtraction(putter.apply(p));
        } catch (RuntimeException e) {
            abandon();
            return;
        }
        results.add(r);
        written.accept(r);
        if (articles.size() >= size || System.nanoTime() - openedAt >= maxOpenNanos) commit();
    }

    /** Commits the open transaction, if any, and reports its articles as stored. */
    void commit() {
        if (articles.isEmpty()) return;
        try {
            dataset().commit();
        } catch (RuntimeException e) {
            abandon();
            return;
        }
        dataset().end();
        results.forEach(stored);
        clear();
    }

    /** Abandons an open transaction (after an error outside the batch): its articles are not stored. */
    @Override
    public void close() {
        if (!articles.isEmpty()) endQuietly();
        clear();
    }

    private void abandon() {
        endQuietly();
        List<Article> retry = List.copyOf(articles);
        clear();
        for (Article a : retry) {
            try {
                Ingester.Prepared p = Ingester.prepare(extractor, a);
                Ingester.Result[] r = new Ingester.Result[1];
                store.write(() -> r[0] = putter.apply(p));
                stored.accept(withoutExtraction(r[0]));
            } catch (RuntimeException e) {
                failed.accept(a.locator(), "cannot store: " + e.getMessage());
            }
        }
    }

    private void endQuietly() {
        try {
            dataset().abort();
        } catch (RuntimeException ignored) {
            // the transaction is already gone
        }
        try {
            dataset().end();
        } catch (RuntimeException ignored) {
            // nothing left to end
        }
    }

    private void clear() {
        articles.clear();
        results.clear();
    }

    private Dataset dataset() { return store.dataset(); }

    /** The result as the listener gets it; the extraction (sentences, tokens) is let go so a batch stays small. */
    private static Ingester.Result withoutExtraction(Ingester.Result r) {
        return new Ingester.Result(r.article(), r.graph(), r.triples(), r.actors(), r.events(), null);
    }
}
