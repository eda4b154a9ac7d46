package entente.store;

import entente.EntenteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The entente triple store: an embedded Apache Jena TDB2 dataset with one named graph per article, shared graphs for
 * the ontology and reference data, and the union of all graphs as the default graph, so queries see everything.
 *
 * <pre>
 *   try (Store store = Store.open(Path.of("data/store"))) {
 *       store.replaceGraph(graphIri, model);
 *       long n = store.read(ds -&gt; ds.asDatasetGraph().stream().count());
 *   }
 * </pre>
 *
 * <p>Every access runs in a transaction ({@link Txn}); writers are serialised by TDB2 and readers never see a
 * half-written graph. TDB2 lets one process open a directory at a time. Thread-safe.
 */
public final class Store implements AutoCloseable {
    /** Where the store lives unless {@code --store} says otherwise. */
    public static final Path DEFAULT_LOCATION = Path.of("data", "store");

    private final Dataset dataset;
    private final Path location;

    private Store(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in a directory. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new Store(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (Exception e) {
            throw new EntenteException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A TDB2 store in memory, for tests and one-off runs. */
    public static Store inMemory() { return new Store(TDB2Factory.createDataset(), null); }

    /** The dataset, for servers and queries; use it inside transactions only. */
    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** The directory, or null for an in-memory store. */
    public Path location() { return location; }

    /** Runs a function in a read transaction. */
    public <T> T read(Function<Dataset, T> action) { return Txn.calculateRead(dataset, () -> action.apply(dataset)); }

    /** Runs an action in one write transaction: all or nothing. */
    public void write(Runnable action) { Txn.executeWrite(dataset, action); }

    /** Replaces a named graph with a model in its own write transaction. */
    public void replaceGraph(String graphIri, Model content) {
        write(() -> putGraph(graphIri, content));
    }

    /** Replaces a named graph; call inside a write transaction. */
    public void putGraph(String graphIri, Model content) {
        requireWrite();
        if (dataset.containsNamedModel(graphIri)) dataset.removeNamedModel(graphIri);
        dataset.addNamedModel(graphIri, content);
    }

    /** Removes a named graph; call inside a write transaction. */
    public void removeGraph(String graphIri) {
        requireWrite();
        if (dataset.containsNamedModel(graphIri)) dataset.removeNamedModel(graphIri);
    }

    /** True when the store holds this named graph. */
    public boolean hasGraph(String graphIri) { return read(ds -> ds.containsNamedModel(graphIri)); }

    /** The named graphs' IRIs. */
    public List<String> graphNames() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    /** Number of quads in all named graphs. */
    public long size() { return read(ds -> ds.asDatasetGraph().stream().count()); }

    private void requireWrite() {
        if (!dataset.isInTransaction() || dataset.transactionMode() != ReadWrite.WRITE) {
            throw new IllegalStateException("call inside a write transaction");
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
