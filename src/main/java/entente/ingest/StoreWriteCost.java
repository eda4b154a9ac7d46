package entente.ingest;

import entente.kg.Iris;
import entente.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * What writing alone costs: article graphs already extracted are copied from a store into a fresh one, as the ingest's
 * writer puts them (TDB2's node table and six quad indexes, and the text index), and the processor time of the
 * writing thread is counted, commit included. Nothing else of the pipeline runs: no NLP, no extraction, no actor
 * register, no canonical events. The benchmark prints it beside the full pipeline because it bounds what the full
 * pipeline can reach: with both cores busy, full/NLP-only can be no better than NLP / (NLP + writing).
 */
public final class StoreWriteCost {
    private StoreWriteCost() {}

    /**
     * @param articles   article graphs written
     * @param quads      quads in them
     * @param cpuSeconds processor time of the writing thread (user and system), commit included
     */
    public record Result(int articles, long quads, double cpuSeconds) {
        public double cpuMsPerArticle() { return articles == 0 ? Double.NaN : 1000 * cpuSeconds / articles; }

        public double quadsPerArticle() { return articles == 0 ? Double.NaN : (double) quads / articles; }
    }

    /**
     * Copies up to {@code limit} article graphs of {@code source} (in the order of {@link Store#graphNames()}) into a
     * fresh store in a temporary directory, deleted afterwards, in one write transaction.
     */
    public static Result measure(Store source, int limit) {
        try {
            return measure(source, limit, Files.createTempDirectory("entente-bench-write"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #measure(Store, int)}, into a store made in {@code dir} (absent or empty), which is deleted after. */
    static Result measure(Store source, int limit, Path dir) {
        List<String> graphs = source.graphNames().stream().filter(g -> g.startsWith(Iris.articleGraph(""))).limit(limit).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Store target = Store.open(dir);
        try {
            long quads = 0;
            long cpu = 0;
            target.dataset().begin(ReadWrite.WRITE);
            try {
                for (String g : graphs) {
                    Model content = source.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(g)));
                    quads += content.size();
                    long before = threads.getCurrentThreadCpuTime();
                    target.putGraph(g, content);
                    cpu += threads.getCurrentThreadCpuTime() - before;
                }
                long before = threads.getCurrentThreadCpuTime();
                target.dataset().commit();
                cpu += threads.getCurrentThreadCpuTime() - before;
            } finally {
                target.dataset().end();
            }
            return new Result(graphs.size(), quads, cpu / 1e9);
        } finally {
            target.release();
            IOX.deleteAll(dir);
        }
    }
}
