package entente.kg;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;

/**
 * Keeps one {@code skos:prefLabel} per actor or post across the store: an article graph that names a resource
 * differently from the graphs already stored takes the stored label (the gazetteer's when it has one, else the first
 * one stored) and keeps its own as a {@code skos:altLabel}. So the union of all graphs satisfies the shapes' "one
 * preferred label", whatever order articles arrive in after the first.
 *
 * <p>The stored labels are read from the gazetteer and the actor register ({@link ActorRegister}), which holds every
 * label an article graph states: looking them up in every article graph cost time in proportion to the store (the
 * label of a country came back once per article that names it).
 *
 * <p>Stateless and thread-safe; call inside the write transaction that stores the graph.
 */
public final class ActorLabels {
    private ActorLabels() {}

    /** Rewrites the preferred labels of {@code model} (an article graph about to be stored) to the stored ones. */
    public static void align(Dataset ds, Model model) {
        Node gazetteer = uri(Iris.GAZETTEER_GRAPH);
        Node register = uri(Iris.ACTORS_GRAPH);
        for (Resource r : model.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            if (!r.isURIResource()) continue;
            List<Quad> stored = Stream.of(gazetteer, register)
                    .flatMap(g -> ds.asDatasetGraph().stream(g, r.asNode(), SKOS.prefLabel.asNode(), Node.ANY))
                    .filter(q -> q.getObject().isLiteral()).toList();
            if (stored.isEmpty()) continue;
            Quad chosen = stored.stream().filter(q -> q.getGraph().equals(gazetteer)).findFirst()
                    .orElseGet(() -> stored.stream().min(Comparator.comparing(q -> q.getObject().getLiteralLexicalForm())).orElseThrow());
            Literal label = (Literal) model.asRDFNode(chosen.getObject());
            List<Statement> own = r.listProperties(SKOS.prefLabel).toList();
            if (own.size() == 1 && own.get(0).getObject().equals(label)) continue;
            for (Statement s : own) {
                model.remove(s);
                if (!s.getObject().equals(label)) r.addProperty(SKOS.altLabel, s.getObject());
            }
            r.addProperty(SKOS.prefLabel, label);
        }
    }

    private static Node uri(String iri) { return org.apache.jena.graph.NodeFactory.createURI(iri); }
}
