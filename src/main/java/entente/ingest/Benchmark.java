package entente.ingest;

import com.sun.management.GarbageCollectionNotificationInfo;
import entente.Ingester;
import entente.article.Article;
import entente.extract.Extractor;
import entente.nlp.NameFinder;
import entente.nlp.Pipeline;
import entente.nlp.Sentence;
import entente.nlp.ner.NameFinders;
import entente.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The ingest benchmark: on one corpus, in one run, (a) NLP alone (sentences, tokens, tags, lemmas, names) on the same
 * threads, (b) the full pipeline into a fresh TDB2 store, (c) heap, (d) the latency of every catalogue query on the
 * resulting store, in a new JVM as a server would answer them and in the ingest's JVM ({@link QueryLatency}), and what
 * writing the article graphs alone costs ({@link StoreWriteCost}), the floor under the full pipeline. Not a unit test:
 * figures depend on the machine.
 *
 * <pre>
 *   Benchmark.Report r = Benchmark.run(wikinews, 1000, 2, 1, storeDir, extractor, 20, 10);
 *   System.out.println(r.lastLine());
 * </pre>
 */
public final class Benchmark {
    private Benchmark() {}

    /**
     * The figures of one run.
     *
     * @param nlpCpuSeconds  processor time the whole process spent during the NLP-only phase (all threads, GC included)
     * @param fullCpuSeconds the same for the full-pipeline phase: steadier than the rates on a shared machine
     * @param heapEarlyMb the heap still in use right after a full collection forced when a tenth of the articles
     *                   were written: with {@code heapEndMb}, whether the heap grows with the corpus
     * @param heapEndMb  the same when the ingest has ended, its store still open
     * @param heapMb     the largest heap still in use right after a full collection (live data, independent of -Xmx
     *                   and of the collector) while NLP and ingest ran: any full collection they had and the two forced
     * @param peakUsedMb the largest heap in use at any sample, garbage included (depends on -Xmx and the collector)
     * @param writing    up to 1,000 of the store's article graphs written again into a fresh store, nothing else
     * @param queries    catalogue query latencies in a new JVM on the resulting store, as a server sees them
     * @param ingestJvm  the same in the JVM that ingested, which answers slower (see {@link QueryLatency})
     */
    public record Report(int articles, int threads, double nlpSeconds, double nlpCpuSeconds, Summary full,
                         double fullCpuSeconds, long storeQuads, double heapEarlyMb, double heapEndMb, double heapMb, double peakUsedMb,
                         StoreWriteCost.Result writing, List<QueryLatency.Timing> queries, List<QueryLatency.Timing> ingestJvm) {
        public double nlpAps() { return articles / nlpSeconds; }

        /** Milliseconds of processor time per article, NLP only: 2 cores give 2,000 ms a second to share out. */
        public double nlpCpuMsPerArticle() { return 1000 * nlpCpuSeconds / articles; }

        /** Milliseconds of processor time per article, full pipeline. */
        public double fullCpuMsPerArticle() { return 1000 * fullCpuSeconds / articles; }

        public double ratio() { return full.articlesPerSecond() / nlpAps(); }

        /**
         * The best full/NLP-only could be on this machine if extraction, the actor register, canonical events and
         * validation cost nothing: NLP's processor time over NLP's and writing's.
         */
        public double ratioCeiling() { return nlpCpuMsPerArticle() / (nlpCpuMsPerArticle() + writing.cpuMsPerArticle()); }

        /** The slowest median: every catalogue query is at least this fast half the time. */
        public double queryP50Ms() { return queries.stream().mapToDouble(QueryLatency.Timing::p50Ms).max().orElse(0); }

        /** The table people read. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "corpus            %d articles, %d thread(s)%n", articles, threads));
            sb.append(String.format(Locale.ROOT, "nlp only          %.1f s, %.1f articles/s, %.1f ms CPU/article (%.1f cores busy)%n",
                    nlpSeconds, nlpAps(), nlpCpuMsPerArticle(), nlpCpuSeconds / nlpSeconds));
            double fullSeconds = full.elapsed().toMillis() / 1000.0;
            sb.append(String.format(Locale.ROOT, "full pipeline     %.1f s, %.1f articles/s, %.0f triples/s, %d failure(s), %.1f ms CPU/article (%.1f cores busy)%n",
                    fullSeconds, full.articlesPerSecond(), full.triplesPerSecond(), full.failures(), fullCpuMsPerArticle(),
                    fullCpuSeconds / fullSeconds));
            sb.append(String.format(Locale.ROOT, "full / nlp only   %.2f%n", ratio()));
            sb.append(String.format(Locale.ROOT, "store             %d quads%n", storeQuads));
            sb.append(String.format(Locale.ROOT, "writing alone     %.1f ms CPU/article (%d article graphs of %.0f quads on average, into a fresh store): full / nlp only %.2f at best%n",
                    writing.cpuMsPerArticle(), writing.articles(), writing.quadsPerArticle(), ratioCeiling()));
            sb.append(String.format(Locale.ROOT, "heap              %.0f MB live after a full GC at most (%.0f MB after %d articles, %.0f MB after %d), %.0f MB used at most%n",
                    heapMb, heapEarlyMb, Math.max(1, articles / 10), heapEndMb, articles, peakUsedMb));
            sb.append(String.format(Locale.ROOT, "%-20s %10s %10s %8s   %s%n", "query", "p50 ms", "p95 ms", "rows",
                    "(p50 ms in the ingest's JVM)"));
            Map<String, Double> ingestP50 = new HashMap<>();
            for (QueryLatency.Timing q : ingestJvm) ingestP50.put(q.name(), q.p50Ms());
            for (QueryLatency.Timing q : queries) {
                sb.append(String.format(Locale.ROOT, "%-20s %10.1f %10.1f %8d   (%.1f)%n", q.name(), q.p50Ms(), q.p95Ms(),
                        q.rows(), ingestP50.getOrDefault(q.name(), Double.NaN)));
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
     * workers plus the writer; {@code storeDir} must be empty or absent. Queries: {@code queryRuns} timed runs each after
     * {@code warmUpSeconds} of passes over the catalogue.
     */
    public static Report run(List<Article> base, int n, int threads, int workers, Path storeDir, Extractor extractor,
                             int queryRuns, double warmUpSeconds) {
        HeapWatch heap = HeapWatch.start();
        try {
            warmUp(base, extractor);
            double cpuAtStart = processCpuSeconds();
            double nlpSeconds = nlpOnly(base, n, threads);
            double nlpCpu = processCpuSeconds() - cpuAtStart;
            Store store = Store.open(storeDir);
            Summary full;
            double fullCpu;
            double heapEarly;
            double heapEnd;
            long quads;
            StoreWriteCost.Result writing;
            List<QueryLatency.Timing> ingestJvm;
            try {
                double cpuBeforeFull = processCpuSeconds();
                double[] early = {Double.NaN};
                IngestListener atTenth = new IngestListener() {
                    private int written;

                    @Override
                    public void written(Ingester.Result result) {
                        if (++written == Math.max(1, n / 10)) early[0] = heap.collectFully();
                    }
                };
                full = BatchIngester.into(store, extractor).threads(workers).listener(atTenth).build().run(repeat(base, n));
                fullCpu = processCpuSeconds() - cpuBeforeFull;
                heapEarly = early[0];
                heapEnd = heap.collectFully();
                heap.stop(); // the queries below are not the ingest's: users query in another process
                quads = store.size();
                writing = StoreWriteCost.measure(store, 1000);
                ingestJvm = QueryLatency.inProcess(store, queryRuns, warmUpSeconds);
            } finally {
                store.release();
            }
            List<QueryLatency.Timing> served = QueryLatency.inFreshJvm(storeDir, queryRuns, warmUpSeconds);
            return new Report(n, threads, nlpSeconds, nlpCpu, full, fullCpu, quads, heapEarly, heapEnd, heap.liveMb(), heap.peakUsedMb(), writing, served,
                    ingestJvm);
        } finally {
            heap.stop();
        }
    }

    /** Processor time of the whole process so far: every thread, the collector's and the compiler's too. */
    private static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) return hotspot.getProcessCpuTime() / 1e9;
        return Double.NaN;
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
     * Watches the heap: a sampler for the peak in use, and GC notifications for the live heap after each full
     * collection. Only a full collection leaves live data alone in the heap: after a young one the old generation
     * still holds whatever died there since the last full one, which under the parallel collector (the one batch
     * commands run with) is most of the heap.
     */
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
                if (!info.getGcAction().contains("major")) return;
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

        /** Runs a full collection now and returns, in MB, what it leaves: the live heap at this point of the run. */
        double collectFully() {
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakLive.accumulateAndGet(live, Math::max);
            return live / (1024.0 * 1024);
        }

        /** Peak live heap after a full collection. */
        double liveMb() { return peakLive.get() / (1024.0 * 1024); }

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
