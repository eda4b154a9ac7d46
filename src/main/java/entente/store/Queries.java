package entente.store;

import entente.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The query catalogue: the {@code queries/*.rq} files shipped at {@code /entente/queries/} on the classpath, or any
 * {@code .rq} file. Parameters are bound as RDF terms in the parsed query, never by string concatenation.
 */
public final class Queries {
    /** The catalogue's names, in the order the README lists them. */
    public static final java.util.List<String> CATALOGUE = java.util.List.of(
            "actors", "meetings", "visits", "disputes", "alliances", "articles",
            "relations-between", "actor-activity", "meetings-per-month", "event-evidence", "provenance", "post-holders",
            "post-holders-on", "canonical-events");

    private Queries() {}

    /** The text of a catalogue query, if it exists. */
    public static Optional<String> find(String name) {
        try (InputStream in = Queries.class.getResourceAsStream("/entente/queries/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a catalogue query; throws when there is none. */
    public static String expect(String name) {
        return find(name).orElseThrow(() -> new EntenteException("no query named '" + name + "' in the catalogue " + CATALOGUE));
    }

    /** A catalogue name, or the path of an {@code .rq} file. */
    public static String load(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(p)) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new EntenteException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return expect(nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile);
    }

    /**
     * The query with variables bound: a value written {@code <...>} or starting with {@code http(s)://} binds an IRI,
     * anything else a plain string literal. Values are substituted as RDF terms in the parsed query (never spliced into
     * its text); a bound variable that the query also selects stays a column, as {@code (value AS ?var)}.
     */
    public static Query bind(String text, Map<String, String> params) {
        Query query = QueryFactory.create(text);
        if (params.isEmpty()) return query;
        Map<Var, Node> values = new HashMap<>();
        params.forEach((name, value) -> {
            Node node;
            if (value.startsWith("<") && value.endsWith(">")) node = NodeFactory.createURI(value.substring(1, value.length() - 1));
            else if (value.matches("https?://\\S+")) node = NodeFactory.createURI(value);
            else node = NodeFactory.createLiteralString(value);
            values.put(Var.alloc(name), node);
        });
        Query bound = QueryTransformOps.syntaxSubstitute(query, values);
        if (query.isSelectType() && !query.isQueryResultStar()) {
            // Substitution also projects every bound variable; keep exactly the query's own columns, in its order.
            VarExprList columns = new VarExprList();
            for (Var v : query.getProjectVars()) {
                if (bound.getProject().getExpr(v) != null) columns.add(v, bound.getProject().getExpr(v));
                else columns.add(v);
            }
            bound.getProject().clear();
            bound.getProject().addAll(columns);
        }
        return bound;
    }
}
