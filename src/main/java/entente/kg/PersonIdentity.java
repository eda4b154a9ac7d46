package entente.kg;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * Keeps two people who share a name apart across articles. A person's IRI comes from the normalised full name
 * ({@link Iris#personKey}); when an article places that person in a country ({@code ent:country}, from the posts they
 * hold) and the store already knows a person of that IRI only in other countries, the article's person is another
 * person: the IRI gets the country's code ({@code person/wang-yi} of China vs {@code person/wang-yi-twn}). A person
 * the article places in no country keeps the shared IRI. The first country stored for a name keeps the plain IRI.
 *
 * <p>Stateless and thread-safe; call inside the write transaction that stores the graph, before it is stored.
 */
public final class PersonIdentity {
    private PersonIdentity() {}

    /** Renames, in {@code model} (the new content of {@code graphIri}), the persons whose country conflicts with the store. */
    public static void separate(Dataset ds, String graphIri, Model model) {
        Node self = NodeFactory.createURI(graphIri);
        Map<Resource, String> renames = new HashMap<>();
        for (Resource p : model.listSubjectsWithProperty(RDF.type, ENT.Person).toList()) {
            if (!p.isURIResource()) continue;
            Set<String> here = model.listObjectsOfProperty(p, ENT.country).toList().stream()
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).collect(Collectors.toSet());
            if (here.size() != 1) continue;
            Set<String> stored = ds.asDatasetGraph().stream(Node.ANY, p.asNode(), ENT.country.asNode(), Node.ANY)
                    .filter(q -> !q.getGraph().equals(self) && q.getObject().isURI())
                    .map(q -> q.getObject().getURI()).collect(Collectors.toSet());
            String country = here.iterator().next();
            if (stored.isEmpty() || stored.contains(country)) continue;
            String code = country.substring(country.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            renames.put(p, p.getURI() + "-" + code);
        }
        for (Map.Entry<Resource, String> e : renames.entrySet()) ResourceUtils.renameResource(e.getKey(), e.getValue());
    }
}
