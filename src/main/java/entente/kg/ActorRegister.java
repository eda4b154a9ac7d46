package entente.kg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The actor register, graph {@value Iris#ACTORS_GRAPH}: every actor that some article mentions, with
 * {@code ent:mentioningArticles}, the number of article graphs that do, and once for the whole store the facts
 * the article graphs state about actors and posts (types, preferred labels, countries, posts held, post types and
 * whose posts they are), and one {@code ent:Tenure} per person and post summing up its post observations. Each article graph repeats those facts for its own actors, so in the union of a large
 * store they come in as many copies as articles; queries that list actors or post holders read them here instead.
 *
 * <p>Kept incrementally: when an article graph is replaced or removed, only its actors' counts change, its new facts
 * are added, and a fact it no longer states leaves the register when no other article states it. Call inside the
 * write transaction that changes the article graph, before it changes.
 */
public final class ActorRegister {
    /** The facts about actors and posts the register keeps. */
    static final List<Property> DESCRIBING = List.of(RDF.type, SKOS.prefLabel, ENT.isoAlpha3, ENT.country, ORG.holds,
            ENT.postType, ORG.postIn);

    private ActorRegister() {}

    /** Updates the register for an article graph about to be replaced by {@code content} (null: removed). */
    public static void update(Dataset ds, String graphIri, Model content) {
        Model old = ds.containsNamedModel(graphIri) ? ds.getNamedModel(graphIri) : null;
        Model register = ds.getNamedModel(Iris.ACTORS_GRAPH);
        Set<String> before = old == null ? Set.of() : mentioned(old);
        Set<String> after = content == null ? Set.of() : mentioned(content);
        for (String actor : after) if (!before.contains(actor)) count(register, actor, 1);
        for (String actor : before) if (!after.contains(actor)) count(register, actor, -1);

        Set<Triple> factsBefore = old == null ? Set.of() : facts(old);
        Set<Triple> factsAfter = content == null ? Set.of() : facts(content);
        Graph g = register.getGraph();
        // Most facts are there already (a country's label, type and code come with every article naming it): asking
        // first reads the index, where adding would also start copying its blocks for the write.
        for (Triple t : factsAfter) if (!g.contains(t)) g.add(t);
        Node self = NodeFactory.createURI(graphIri);
        for (Triple t : factsBefore) {
            if (!factsAfter.contains(t) && !statedElsewhere(ds, self, t)) g.delete(t);
        }
        Tenures.update(ds, register, self, old, content);
    }

    /**
     * Builds the register of a store that has article graphs but no register (one written before the register
     * existed); true when it did. Runs its own transactions.
     */
    public static boolean ensure(entente.store.Store store) {
        boolean missing = store.read(ds -> {
            if (!ds.getNamedModel(Iris.ACTORS_GRAPH).isEmpty()) return false;
            for (Iterator<String> names = ds.listNames(); names.hasNext(); ) {
                if (Iris.articleKeyOfGraph(names.next()) != null) return true;
            }
            return false;
        });
        if (missing) store.write(() -> rebuild(store.dataset()));
        return missing;
    }

    /** Recomputes the register from every article graph: for stores filled by a bulk loader. In a write txn. */
    public static void rebuild(Dataset ds) {
        ds.removeNamedModel(Iris.ACTORS_GRAPH);
        Model register = ds.getNamedModel(Iris.ACTORS_GRAPH);
        List<String> graphs = new ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        for (String g : graphs) {
            if (Iris.articleKeyOfGraph(g) == null) continue;
            Model article = ds.getNamedModel(g);
            for (String actor : mentioned(article)) count(register, actor, 1);
            for (Triple t : facts(article)) register.getGraph().add(t);
            Tenures.update(ds, register, NodeFactory.createURI(g), null, article);
        }
    }

    /** The actors an article graph mentions. */
    static Set<String> mentioned(Model article) {
        Set<String> out = new HashSet<>();
        for (RDFNode o : article.listObjectsOfProperty(ENT.mentionOf).toList()) if (o.isURIResource()) out.add(o.asResource().getURI());
        return out;
    }

    /** What an article graph states about its actors and posts. */
    static Set<Triple> facts(Model article) {
        Set<Resource> described = new HashSet<>(article.listSubjectsWithProperty(RDF.type, ENT.Actor).toList());
        described.addAll(article.listSubjectsWithProperty(RDF.type, ORG.Post).toList());
        Set<Triple> out = new HashSet<>();
        for (Resource r : described) {
            if (!r.isURIResource()) continue;
            for (Property p : DESCRIBING) for (Statement st : r.listProperties(p).toList()) out.add(st.asTriple());
        }
        return out;
    }

    /** Whether an article graph other than {@code self} states the fact. */
    private static boolean statedElsewhere(Dataset ds, Node self, Triple t) {
        Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) if (isOtherArticle(it.next().getGraph(), self)) return true;
        return false;
    }

    /** Whether a graph is an article graph other than {@code self}. */
    static boolean isOtherArticle(Node g, Node self) {
        return !g.equals(self) && g.isURI() && Iris.articleKeyOfGraph(g.getURI()) != null;
    }

    private static void count(Model register, String actorIri, int delta) {
        Resource actor = register.createResource(actorIri);
        Statement current = actor.getProperty(ENT.mentioningArticles);
        int n = (current == null ? 0 : current.getInt()) + delta;
        if (current != null) current.remove();
        if (n > 0) actor.addLiteral(ENT.mentioningArticles, RdfMapper.integer(register, n));
    }
}
