package entente.kg;

import entente.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/**
 * The ontology files on the classpath: the entente ontology, the PLOVER and CAMEO concept schemes and the SHACL shapes,
 * and validation of data against the shapes.
 *
 * <pre>
 *     ValidationReport report = Vocabulary.validate(articleGraph);
 *     if (!report.conforms()) throw new EntenteException(Vocabulary.describe(report));
 * </pre>
 *
 * <p>Files are parsed once; each call returns a fresh copy of a model, so callers may change it. Thread-safe.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** Classpath folder the build copies {@code ontology/} to. */
    public static final String FOLDER = "/entente/ontology/";

    private static final class Loaded {
        static final Model ONTOLOGY = parse("entente.ttl");
        static final Model PLOVER = parse("plover.ttl");
        static final Model SHAPES = parse("shapes.ttl");
        static final Shapes PARSED_SHAPES = Shapes.parse(SHAPES.getGraph());
    }

    /** The entente ontology ({@code entente.ttl}): classes, properties and the status individuals. */
    public static Model ontology() { return copy(Loaded.ONTOLOGY); }

    /** The PLOVER type and mode schemes and the CAMEO scheme ({@code plover.ttl}). */
    public static Model plover() { return copy(Loaded.PLOVER); }

    /** The SHACL shapes as RDF ({@code shapes.ttl}). */
    public static Model shapesModel() { return copy(Loaded.SHAPES); }

    /** The SHACL shapes, parsed once. */
    public static Shapes shapes() { return Loaded.PARSED_SHAPES; }

    /** Validate a data graph (an article's graph, or the whole store's union graph) against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** A readable account of a report's violations, one line each: focus node, path, message. */
    public static String describe(ValidationReport report) {
        if (report.conforms()) return "conforms";
        StringBuilder sb = new StringBuilder();
        report.getEntries().forEach(e -> sb.append(ShLib.displayStr(e.focusNode()))
                .append(e.resultPath() == null ? "" : " " + e.resultPath())
                .append(": ").append(e.message()).append('\n'));
        return sb.toString().strip();
    }

    /**
     * Validate and throw when the data does not conform.
     *
     * @throws EntenteException naming every violation
     */
    public static void requireValid(Graph data) {
        ValidationReport report = validate(data);
        if (!report.conforms())
            throw new EntenteException("SHACL validation failed:\n" + describe(report));
    }

    private static Model copy(Model m) {
        return ModelFactory.createDefaultModel().add(m).setNsPrefixes(m.getNsPrefixMap());
    }

    private static Model parse(String file) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new EntenteException("ontology file missing from the classpath: " + FOLDER + file);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/entente/").parse(m);
            return m;
        } catch (IOException | RiotException e) {
            throw new EntenteException("cannot read " + FOLDER + file + ": " + e.getMessage(), e);
        }
    }
}
