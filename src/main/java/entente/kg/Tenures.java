package entente.kg;

import entente.article.Article;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The {@code ent:Tenure} nodes of the actor register: for each person and post, how many post observations the
 * articles hold and the first and last dates observed. Adding an article only counts its observations in; replacing
 * or removing one recounts the person-and-post pairs it had, from the other articles' observations.
 */
final class Tenures {
    /** One post observation: who, which post, and the date (null when the article has none). */
    record Observation(Node holder, Node post, String date) {
        Pair pair() { return new Pair(holder, post); }
    }

    /** A person and a post. */
    record Pair(Node holder, Node post) {}

    private Tenures() {}

    /** Updates the tenures for an article graph ({@code old}, null when new) about to become {@code content}. */
    static void update(Dataset ds, Model register, Node self, Model old, Model content) {
        List<Observation> before = old == null ? List.of() : observations(old);
        List<Observation> after = content == null ? List.of() : observations(content);
        if (before.isEmpty()) {
            for (Observation o : after) countIn(register, o);
            return;
        }
        Map<Pair, List<Observation>> pairs = new LinkedHashMap<>();
        for (Observation o : before) pairs.computeIfAbsent(o.pair(), p -> new ArrayList<>());
        for (Observation o : after) pairs.computeIfAbsent(o.pair(), p -> new ArrayList<>()).add(o);
        pairs.forEach((pair, fresh) -> recount(ds.asDatasetGraph(), register, self, pair, fresh));
    }

    /** The post observations of an article graph. */
    static List<Observation> observations(Model article) {
        List<Observation> out = new ArrayList<>();
        for (Resource obs : article.listSubjectsWithProperty(ENT.holder).toList()) {
            Statement holder = obs.getProperty(ENT.holder);
            Statement post = obs.getProperty(ENT.post);
            if (post == null || !holder.getObject().isURIResource() || !post.getObject().isURIResource()) continue;
            Statement date = obs.getProperty(ENT.observedOn);
            out.add(new Observation(holder.getObject().asNode(), post.getObject().asNode(),
                    date == null ? null : date.getLiteral().getLexicalForm()));
        }
        return out;
    }

    private static void countIn(Model register, Observation o) {
        Resource t = register.createResource(iri(o.pair()));
        Statement count = t.getProperty(ENT.observationCount);
        if (count == null) {
            t.addProperty(org.apache.jena.vocabulary.RDF.type, ENT.Tenure)
                    .addProperty(ENT.tenureHolder, register.asRDFNode(o.holder()))
                    .addProperty(ENT.tenurePost, register.asRDFNode(o.post()));
        }
        set(t, ENT.observationCount, RdfMapper.integer(register, (count == null ? 0 : count.getInt()) + 1));
        if (o.date() == null) return;
        Statement first = t.getProperty(ENT.firstObserved);
        Statement last = t.getProperty(ENT.lastObserved);
        if (first == null || o.date().compareTo(first.getLiteral().getLexicalForm()) < 0) set(t, ENT.firstObserved, register.createTypedLiteral(o.date(), XSDDatatype.XSDdate));
        if (last == null || o.date().compareTo(last.getLiteral().getLexicalForm()) > 0) set(t, ENT.lastObserved, register.createTypedLiteral(o.date(), XSDDatatype.XSDdate));
    }

    /** Recomputes one tenure from the other article graphs' observations plus {@code fresh}. */
    private static void recount(DatasetGraph dsg, Model register, Node self, Pair pair, List<Observation> fresh) {
        register.removeAll(register.createResource(iri(pair)), null, null);
        for (Observation o : fresh) countIn(register, o);
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, ENT.holder.asNode(), pair.holder()); it.hasNext(); ) {
            Quad q = it.next();
            Node g = q.getGraph();
            if (!ActorRegister.isOtherArticle(g, self)) continue;
            if (!dsg.contains(g, q.getSubject(), ENT.post.asNode(), pair.post())) continue;
            Iterator<Quad> date = dsg.find(g, q.getSubject(), ENT.observedOn.asNode(), Node.ANY);
            countIn(register, new Observation(pair.holder(), pair.post(), date.hasNext() ? date.next().getObject().getLiteralLexicalForm() : null));
        }
    }

    private static void set(Resource s, org.apache.jena.rdf.model.Property p, org.apache.jena.rdf.model.Literal value) {
        s.removeAll(p);
        s.addLiteral(p, value);
    }

    /** The tenure's IRI: stable for a person and post. */
    static String iri(Pair pair) {
        String key = Article.sha256Hex(pair.holder().getURI() + "\n" + pair.post().getURI()).substring(0, 16);
        return Iris.ID + "tenure/" + key;
    }
}
