package entente.store;

import entente.EntenteException;
import entente.kg.ENT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

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
 *
 * <p>The dataset is wrapped by a jena-text Lucene index ({@value #TEXT_INDEX_DIR} next to the TDB2 files) over
 * sentence text ({@code ent:text}, field {@value #TEXT_FIELD}) and titles ({@code dcterms:title}, field
 * {@value #TITLE_FIELD}). The index joins TDB2's transactions: adding or removing a graph adds or removes its entries
 * in the same commit, so {@code ?s text:query (ent:text "fentanyl")} always agrees with the data.
 */
public final class Store implements AutoCloseable {
    /** Where the store lives unless {@code --store} says otherwise. */
    public static final Path DEFAULT_LOCATION = Path.of("data", "store");
    /** The text index's sub-directory inside the store directory. */
    public static final String TEXT_INDEX_DIR = "text-index";
    /** The Lucene field of sentence text. */
    public static final String TEXT_FIELD = "text";
    /** The Lucene field of article titles. */
    public static final String TITLE_FIELD = "title";

    /** The predicates the text index reads. */
    private static final Set<Node> INDEXED = Set.of(ENT.text.asNode(), DCTerms.title.asNode());

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
            Dataset tdb = TDB2Factory.connectDataset(dir.toString());
            return new Store(withTextIndex(tdb, FSDirectory.open(dir.resolve(TEXT_INDEX_DIR))), dir);
        } catch (Exception e) {
            throw new EntenteException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A TDB2 store in memory, for tests and one-off runs. */
    public static Store inMemory() { return new Store(withTextIndex(TDB2Factory.createDataset(), new ByteBuffersDirectory()), null); }

    /** The dataset with a Lucene index on sentence text and titles; the entity is the sentence or article. */
    private static Dataset withTextIndex(Dataset tdb, Directory dir) {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD, ENT.text.asNode());
        def.set(TITLE_FIELD, DCTerms.title.asNode());
        // The uid field lets deletions remove index entries. No graph field: with one, text:query over the default
        // graph (the union of all graphs here) would look for entries of the real, empty, default graph.
        def.setUidField("uid");
        return TextDatasetFactory.createLucene(tdb, dir, new TextIndexConfig(def));
    }

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

    /**
     * Replaces a named graph; call inside a write transaction. Only the quads the text index reads go through it:
     * the rest go straight to TDB2, which spares the index's check, quad by quad, that each is not already there
     * (a sixth of ingest time).
     */
    public void putGraph(String graphIri, Model content) {
        removeGraph(graphIri);
        Node g = NodeFactory.createURI(graphIri);
        DatasetGraph indexed = dataset.asDatasetGraph();
        DatasetGraph tdb = tdb();
        content.getGraph().find().forEach(t -> {
            boolean text = INDEXED.contains(t.getPredicate());
            (text ? indexed : tdb).add(g, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    /**
     * Indexes every sentence text and title of the store again, replacing what the index had for them: for a store
     * filled by a bulk loader, which bypasses the index. Call inside a write transaction. Returns the entries written.
     */
    public long reindexText() {
        requireWrite();
        TextIndex index = ((DatasetGraphText) dataset.asDatasetGraph()).getTextIndex();
        long n = 0;
        for (Node p : INDEXED) {
            for (var it = tdb().find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); n++) {
                index.updateEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), it.next()));
            }
        }
        return n;
    }

    /** Removes a named graph; call inside a write transaction. */
    public void removeGraph(String graphIri) {
        requireWrite();
        if (!dataset.containsNamedModel(graphIri)) return;
        dataset.removeNamedModel(graphIri);
        // The text index deletes quad by quad with the values TDB2 gives back, and TDB2 answers a canonical form for
        // some literals ("0.90"^^xsd:decimal comes back as "0.9"), which it then fails to delete. No such literal is
        // text-indexed, so the leftovers are dropped directly in TDB2.
        tdb().removeGraph(NodeFactory.createURI(graphIri));
    }

    /**
     * The store without its text index, inside the same transactions: for writes of quads the index does not read
     * (no {@code ent:text}, no {@code dcterms:title}), which through {@link #dataset()} each first ask whether the
     * quad is already there.
     */
    public Dataset unindexed() { return DatasetFactory.wrap(tdb()); }

    /** The TDB2 dataset under the text index: what is written here bypasses the index. */
    private DatasetGraph tdb() { return DatasetGraphWrapper.unwrap(dataset.asDatasetGraph()); }

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

    /**
     * Closes the store and gives up its directory, so that another process can open it (TDB2 keeps a directory open,
     * and locked, for the life of the process otherwise). No other {@code Store} on the directory may be in use.
     */
    public void release() {
        close();
        // The text index wraps TDB2's switchable dataset, the object TDB2 keeps (and locks) per directory.
        if (location != null) TDBInternal.expel(((DatasetGraphWrapper) dataset.asDatasetGraph()).getWrapped());
    }
}
