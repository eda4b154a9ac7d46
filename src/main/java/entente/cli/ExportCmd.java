package entente.cli;

import entente.EntenteException;
import entente.kg.Prefixes;
import entente.kg.Vocabulary;
import entente.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente export}: writes the store, or one article's graph, as Turtle, TriG, N-Quads or JSON-LD, or its events
 * as PLOVER JSON Lines or a GDELT-like CAMEO table (see {@code docs/exports.md}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store or one graph. Turtle (the default) writes the union of all graphs;",
                "trig, nq and jsonld keep the named graphs. plover (JSON Lines) and cameo (GDELT-like TSV) export the events."})
public final class ExportCmd implements Callable<Integer> {
    /** Output formats. */
    enum Format { ttl, trig, nq, jsonld, plover, cameo }

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq, jsonld, plover or cameo (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Store s = store.open()) {
            if (out != null) {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    write(s, os);
                }
                spec.commandLine().getOut().println("wrote " + out);
            } else {
                var os = new java.io.ByteArrayOutputStream();
                write(s, os);
                spec.commandLine().getOut().print(os.toString(java.nio.charset.StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    private void write(Store s, OutputStream os) {
        s.read(ds -> {
            if (graph != null && !ds.containsNamedModel(graph)) throw new EntenteException("no graph " + graph + " in the store");
            switch (format) {
                case ttl -> {
                    Model m = ModelFactory.createDefaultModel();
                    Prefixes.setOn(m);
                    m.add(graph != null ? ds.getNamedModel(graph) : ds.getUnionModel());
                    RDFDataMgr.write(os, m, RDFFormat.TURTLE_BLOCKS);
                }
                case trig, nq, jsonld -> {
                    Dataset copy = DatasetFactory.create();
                    copy.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
                    if (graph != null) copy.addNamedModel(graph, ds.getNamedModel(graph));
                    else ds.listNames().forEachRemaining(n -> copy.addNamedModel(n, ds.getNamedModel(n)));
                    RDFFormat f = format == Format.trig ? RDFFormat.TRIG_BLOCKS
                            : format == Format.nq ? RDFFormat.NQUADS : RDFFormat.JSONLD11;
                    RDFDataMgr.write(os, copy, f);
                }
                case plover, cameo -> {
                    var events = entente.export.ExportEvents.read(graph != null
                            ? DatasetFactory.wrap(ds.getNamedModel(graph).union(Vocabulary.ontology()).union(Vocabulary.plover()))
                            : ds);
                    var w = new java.io.PrintWriter(new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8));
                    if (format == Format.plover) entente.export.PloverWriter.write(events, w);
                    else entente.export.CameoWriter.write(events, w);
                }
            }
            return null;
        });
    }
}
