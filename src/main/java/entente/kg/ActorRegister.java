package entente.kg;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The actor register, graph {@value Iris#ACTORS_GRAPH}: every actor that some article mentions, with
 * {@code ent:mentioningArticles}, the number of article graphs that do. Listing actors starts here instead of
 * scanning every mention in the store, which grows with the corpus.
 *
 * <p>Kept incrementally: when an article graph is replaced or removed, only the counts of the actors it mentions
 * (before and after) change. Call inside the write transaction that changes the article graph, before it changes.
 */
public final class ActorRegister {
    private ActorRegister() {}

    /** Updates the counts for an article graph about to be replaced by {@code content} (null: removed). */
    public static void update(Dataset ds, String graphIri, Model content) {
        Set<String> before = ds.containsNamedModel(graphIri) ? mentioned(ds.getNamedModel(graphIri)) : Set.of();
        Set<String> after = content == null ? Set.of() : mentioned(content);
        Model register = ds.getNamedModel(Iris.ACTORS_GRAPH);
        for (String actor : after) if (!before.contains(actor)) add(register, actor, 1);
        for (String actor : before) if (!after.contains(actor)) add(register, actor, -1);
    }

    /** Recounts the register from every article graph: for stores filled by a bulk loader. In a write txn. */
    public static void rebuild(Dataset ds) {
        ds.removeNamedModel(Iris.ACTORS_GRAPH);
        Model register = ds.getNamedModel(Iris.ACTORS_GRAPH);
        java.util.List<String> graphs = new java.util.ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        for (String g : graphs) {
            if (Iris.articleKeyOfGraph(g) == null) continue;
            for (String actor : mentioned(ds.getNamedModel(g))) add(register, actor, 1);
        }
    }

    /** The actors an article graph mentions. */
    static Set<String> mentioned(Model article) {
        Set<String> out = new HashSet<>();
        for (RDFNode o : article.listObjectsOfProperty(ENT.mentionOf).toList()) if (o.isURIResource()) out.add(o.asResource().getURI());
        return out;
    }

    private static void add(Model register, String actorIri, int delta) {
        Resource actor = register.createResource(actorIri);
        Statement current = actor.getProperty(ENT.mentioningArticles);
        int count = (current == null ? 0 : current.getInt()) + delta;
        if (current != null) current.remove();
        if (count > 0) actor.addLiteral(ENT.mentioningArticles, register.createTypedLiteral(String.valueOf(count), XSDDatatype.XSDinteger));
    }
}
