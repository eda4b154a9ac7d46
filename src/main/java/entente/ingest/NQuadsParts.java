package entente.ingest;

import entente.EntenteException;
import entente.Ingester;
import entente.kg.Iris;
import entente.kg.SharedGraphs;
import entente.nlp.gazetteer.Gazetteer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;

/**
 * Extraction without a store: article graphs written as N-Quads files, one per batch ({@code part-00000.nq},
 * {@code part-00001.nq}, ...), and the shared graphs (ontology, gazetteer) once in {@code shared.nq}. The files load
 * into a fresh TDB2 store with {@code tdb2.xloader --loc DIR *.nq} or {@code tdb2.tdbloader}.
 *
 * <p>A part is written to a temporary name and renamed when complete, so a crash leaves no half part. Not thread-safe:
 * batch ingest calls it from its writer thread only.
 */
public final class NQuadsParts {
    private final Path dir;
    private int next;

    private NQuadsParts(Path dir) { this.dir = dir; }

    /** Creates the directory if needed, refuses one that already holds parts, and writes {@code shared.nq}. */
    public static NQuadsParts create(Path dir) {
        try {
            Files.createDirectories(dir);
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().matches("part-\\d+\\.nq"))) {
                    throw new EntenteException(dir + " already holds part-*.nq files; choose an empty directory");
                }
            }
        } catch (IOException e) {
            throw new EntenteException("cannot use " + dir + ": " + e.getMessage(), e);
        }
        NQuadsParts parts = new NQuadsParts(dir);
        parts.writeFile("shared.nq", stream -> {
            send(stream, Iris.ONTOLOGY_GRAPH, SharedGraphs.ontology().getGraph());
            send(stream, Iris.GAZETTEER_GRAPH, SharedGraphs.gazetteer(Gazetteer.shared()).getGraph());
        });
        return parts;
    }

    /** The directory the files go to. */
    public Path dir() { return dir; }

    /** Writes one part holding the graphs of these articles. */
    public void write(List<Ingester.Prepared> batch) {
        writeFile(String.format("part-%05d.nq", next), stream -> {
            for (Ingester.Prepared p : batch) send(stream, p.graph(), p.model().getGraph());
        });
        next++;
    }

    private interface Content { void into(StreamRDF stream); }

    private void writeFile(String name, Content content) {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            content.into(stream);
            stream.finish();
        } catch (IOException e) {
            throw new EntenteException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EntenteException("cannot rename " + tmp + ": " + e.getMessage(), e);
        }
    }

    private static void send(StreamRDF stream, String graphIri, Graph g) {
        var graph = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> stream.quad(Quad.create(graph, t)));
    }
}
