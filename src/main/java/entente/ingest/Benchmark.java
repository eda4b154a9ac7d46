package entente.ingest;

import com.sun.management.GarbageCollectionNotificationInfo;
import entente.article.Article;
import entente.extract.Extractor;
import entente.nlp.NameFinder;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.ner.NameFinders;
import entente.store.Queries;
import entente.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;

/**
 * The ingest benchmark: on one corpus, in one run, (a) NLP alone (sentences, tokens, tags, lemmas, names) on the same
 * threads, (b) the full pipeline into a fresh TDB2 store, (c) heap, (d) the latency of every catalogue query on the
 * resulting store. Not a unit test: figures depend on the machine.
 *
 * <pre>
 *   Benchmark.Report r = Benchmark.run(wikinews, 1000, 2, 1, storeDir, extractor, 20);
 *   System.out.println(r.lastLine());
 * </pre>
 */
public final class Benchmark {
    private Benchmark() {}

    /** Latency of one catalogue query over its timed runs. */
    public record QueryTiming(String name, double p50Ms, double p95Ms, int rows, int runs) {}

    /**
     * The figures of one run.
     *
     * @param heapMb     the largest heap still in use right after a garbage collection (live data, independent of -Xmx)
     * @param peakUsedMb the largest heap in use at any sample, garbage included (depends on -Xmx and the collector)
     */
    public record Report(int articles, int threads, double nlpSeconds, Summary full, long storeQuads,
                         double heapMb, double peakUsedMb, List<QueryTiming> queries) {
        public double nlpAps() { return articles / nlpSeconds; }

        public double ratio() { return full.articlesPerSecond() / nlpAps(); }

        /** The slowest median: every catalogue query is at least this fast half the time. */
        public double queryP50Ms() { return queries.stream().mapToDouble(QueryTiming::p50Ms).max().orElse(0); }

        /** The table people read. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "corpus            %d articles, %d thread(s)%n", articles, threads));
            sb.append(String.format(Locale.ROOT, "nlp only          %.1f s, %.1f articles/s%n", nlpSeconds, nlpAps()));
            sb.append(String.format(Locale.ROOT, "full pipeline     %.1f s, %.1f articles/s, %.0f triples/s, %d failure(s)%n",
                    full.elapsed().toMillis() / 1000.0, full.articlesPerSecond(), full.triplesPerSecond(), full.failures()));
            sb.append(String.format(Locale.ROOT, "full / nlp only   %.2f%n", ratio()));
            sb.append(String.format(Locale.ROOT, "store             %d quads%n", storeQuads));
            sb.append(String.format(Locale.ROOT, "heap              %.0f MB live after GC (peak), %.0f MB used at most%n", heapMb, peakUsedMb));
            sb.append(String.format(Locale.ROOT, "%-20s %10s %10s %8s%n", "query", "p50 ms", "p95 ms", "rows"));
            for (QueryTiming q : queries) {
                sb.append(String.format(Locale.ROOT, "%-20s %10.1f %10.1f %8d%n", q.name(), q.p50Ms(), q.p95Ms(), q.rows()));
            }
            return sb.toString();
        }

        /** {@code bench articles=N nlp_aps=X full_aps=Y ratio=Z heap_mb=H query_p50_ms=Q}, for scripts. */
        public String lastLine() {
            return String.format(Locale.ROOT, "bench articles=%d nlp_aps=%.1f full_aps=%.1f ratio=%.2f heap_mb=%.0f query_p50_ms=%.1f",
                    articles, nlpAps(), full.articlesPerSecond(), ratio(), heapMb, queryP50Ms());
        }
    }

    /** N articles made by repeating {@code base}; copies after the first get distinct URLs ({@code #copy-K}). */
    public static ArticleSource repeat(List<Article> base, int n) {
        if (base.isEmpty()) throw new IllegalArgumentException("no articles to repeat");
        return (sink, problems) -> {
            for (int i = 0; i < n; i++) sink.accept(copy(base, i));
        };
    }

    private static Article copy(List<Article> base, int i) {
        Article a = base.get(i % base.size());
        int k = i / base.size();
        return k == 0 ? a : new Article(a.locator() + "#copy-" + k, a.published(), a.title(), a.text());
    }

    /**
     * Runs the whole benchmark: NLP only on {@code threads} threads, the full pipeline with {@code workers} extraction
     * workers plus the writer; {@code storeDir} must be empty or absent.
     */
    public static Report run(List<Article> base, int n, int threads, int workers, Path storeDir, Extractor extractor, int queryRuns) {
        HeapWatch heap = HeapWatch.start();
        try {
            warmUp(base, extractor);
            double nlpSeconds = nlpOnly(base, n, threads);
            try (Store store = Store.open(storeDir)) {
                Summary full = BatchIngester.into(store, extractor).threads(workers).build().run(repeat(base, n));
                long quads = store.size();
                List<QueryTiming> timings = queries(store, queryRuns);
                return new Report(n, threads, nlpSeconds, full, quads, heap.liveMb(), heap.peakUsedMb(), timings);
            }
        } finally {
            heap.stop();
        }
    }

    /** Loads the models and lets the JIT compile the hot paths before anything is timed. */
    private static void warmUp(List<Article> base, Extractor extractor) {
        for (int i = 0; i < Math.min(20, base.size()); i++) extractor.extract(base.get(i));
    }

    /** Seconds to annotate and find names in every article, on {@code threads} threads. */
    static double nlpOnly(List<Article> base, int n, int threads) {
        NameFinder names = NameFinders.standard();
        AtomicInteger next = new AtomicInteger();
        AtomicLong sink = new AtomicLong(); // keeps the work from being optimised away
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                long found = 0;
                for (Sentence s : Pipeline.shared().annotate(copy(base, i).text())) found += names.find(s).size();
                sink.addAndGet(found);
            }
        };
        long start = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(worker, "entente-bench-nlp-" + t);
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Each catalogue query timed {@code runs} times (fewer when one run takes seconds), after two warm-up passes over
     * the whole catalogue: the first queries run pay for the JIT compiling the query engine (the first run of the
     * first query took ~1.6 s on a store where it then takes ~150 ms), which a running server has long done.
     */
    static List<QueryTiming> queries(Store store, int runs) {
        Node event = anEvent(store);
        List<CatalogueQuery> catalogue = new ArrayList<>();
        for (String name : Queries.CATALOGUE) {
            catalogue.add(new CatalogueQuery(name, QueryFactory.create(Queries.expect(name)), parameters(name, event)));
        }
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Long> warm = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (CatalogueQuery c : catalogue) {
                long t0 = System.nanoTime();
                rows.put(c.name(), execute(store, c.query(), c.params()));
                warm.put(c.name(), System.nanoTime() - t0);
            }
        }
        List<QueryTiming> out = new ArrayList<>();
        for (CatalogueQuery c : catalogue) {
            int timed = warm.get(c.name()) > TimeUnit.SECONDS.toNanos(2) ? Math.min(runs, 5) : runs;
            double[] ms = new double[timed];
            for (int i = 0; i < timed; i++) {
                long t0 = System.nanoTime();
                execute(store, c.query(), c.params());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.add(new QueryTiming(c.name(), percentile(ms, 50), percentile(ms, 95), rows.get(c.name()), timed));
        }
        return out;
    }

    /** A catalogue query parsed once, with the parameters it runs with. */
    private record CatalogueQuery(String name, Query query, Map<String, Node> params) {}

    /**
     * Sensible parameters for the catalogue queries that take some (their headers document them). They are substituted
     * at execution, which keeps a projected variable ({@code ?event}) in the results.
     */
    static Map<String, Node> parameters(String query, Node event) {
        return switch (query) {
            case "relations-between" -> Map.of("a", NodeFactory.createLiteralString("USA"), "b", NodeFactory.createLiteralString("CHN"));
            case "actor-activity" -> Map.of("label", NodeFactory.createLiteralString("United States"));
            case "post-holders-on" -> Map.of("postType", NodeFactory.createLiteralString("president"),
                    "country", NodeFactory.createLiteralString("USA"));
            case "event-evidence" -> event == null ? Map.of() : Map.of("event", event);
            default -> Map.of();
        };
    }

    private static Node anEvent(Store store) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(
                    "SELECT ?e { ?e a <https://w3id.org/entente/ontology#DiplomaticEvent> } LIMIT 1").build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) return null;
                QuerySolution s = rs.next();
                return s.getResource("e").asNode();
            }
        });
    }

    private static int execute(Store store, Query q, Map<String, Node> params) {
        return store.read(ds -> {
            var builder = QueryExecution.dataset(ds).query(q);
            params.forEach((name, value) -> builder.substitution(name, ds.getDefaultModel().asRDFNode(value)));
            try (QueryExecution qe = builder.build()) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Watches the heap: a sampler for the peak in use, and GC notifications for the live heap after each collection. */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final NotificationListener onGc;
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            onGc = (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long live = 0;
                for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
                    MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    if (after != null) live += after.getUsed();
                }
                peakLive.accumulateAndGet(live, Math::max);
            };
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) e.addNotificationListener(onGc, null, null);
            }
            sampler = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "entente-bench-heap");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() { return new HeapWatch(); }

        /** Peak live heap; the current use when no collection happened (a short run). */
        double liveMb() {
            long live = peakLive.get();
            if (live == 0) live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return live / (1024.0 * 1024);
        }

        double peakUsedMb() { return peakUsed.get() / (1024.0 * 1024); }

        void stop() {
            running = false;
            sampler.interrupt();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    try {
                        e.removeNotificationListener(onGc);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // never added to this one
                    }
                }
            }
        }
    }
}
