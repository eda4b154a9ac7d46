package entente.kg;

import entente.nlp.gazetteer.CountryEntry;
import entente.nlp.gazetteer.Gazetteer;
import entente.nlp.gazetteer.GazetteerEntry;
import entente.nlp.gazetteer.OrganisationEntry;
import entente.nlp.gazetteer.PlaceEntry;
import entente.nlp.gazetteer.PostEntry;
import entente.store.Store;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The graphs every article shares: the ontology with its PLOVER/CAMEO concept schemes, and the gazetteer's
 * reference actors (countries, organisations, places) and normalised posts. They are written once and rewritten
 * only when the shipped files change, so article graphs stay small.
 */
public final class SharedGraphs {
    private static final Resource POST_SCHEME = ModelFactory.createDefaultModel().createResource(Iris.POST_TYPE);

    private SharedGraphs() {}

    /** Writes the shared graphs into the store if it lacks them or holds an older version. */
    public static void ensure(Store store) {
        put(store, Iris.ONTOLOGY_GRAPH, ontology());
        put(store, Iris.GAZETTEER_GRAPH, gazetteer(Gazetteer.shared()));
    }

    private static void put(Store store, String graph, Model content) {
        String hash = hash(content);
        boolean current = store.read(ds -> ds.containsNamedModel(graph)
                && ds.getNamedModel(graph).contains(ds.getNamedModel(graph).createResource(graph), ENT.contentHash, hash));
        if (current) return;
        content.createResource(graph).addProperty(ENT.contentHash, hash);
        store.replaceGraph(graph, content);
    }

    /** The ontology and the concept schemes. */
    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        m.add(Vocabulary.ontology());
        m.add(Vocabulary.plover());
        return m;
    }

    /** Reference actors and posts from the gazetteer. */
    public static Model gazetteer(Gazetteer g) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.setOn(m);
        for (CountryEntry c : g.countries()) {
            Resource r = actor(m, c, c.names());
            r.addProperty(ENT.isoAlpha3, c.iso3());
            if (c.iso2() != null && !c.iso2().isBlank()) r.addProperty(ENT.isoAlpha2, c.iso2());
        }
        for (OrganisationEntry o : g.organisations()) {
            Resource r = actor(m, o, o.aliases());
            if (o.countryIso3() != null) r.addProperty(ENT.country, m.createResource(Iris.actor("country/" + o.countryIso3())));
        }
        for (PlaceEntry p : g.places()) {
            Resource r = actor(m, p, p.aliases());
            if (p.countryIso3() != null) r.addProperty(ENT.country, m.createResource(Iris.actor("country/" + p.countryIso3())));
        }
        POST_SCHEME.inModel(m).addProperty(RDF.type, SKOS.ConceptScheme).addProperty(SKOS.prefLabel, "Normalised posts", "en");
        for (PostEntry p : g.posts()) {
            Resource r = m.createResource(Iris.postType(p.key()))
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, POST_SCHEME)
                    .addProperty(SKOS.prefLabel, p.label(), "en");
            for (String phrase : p.phrases()) if (!phrase.equalsIgnoreCase(p.label())) r.addProperty(SKOS.altLabel, phrase, "en");
        }
        return m;
    }

    private static Resource actor(Model m, GazetteerEntry e, List<String> otherNames) {
        Resource r = m.createResource(Iris.actor(e.actorId())).addProperty(RDF.type, ENT.Actor)
                .addProperty(SKOS.prefLabel, e.name());
        for (Resource c : ActorClasses.of(e.actorType())) r.addProperty(RDF.type, c);
        for (String n : Set.copyOf(otherNames)) if (!n.equals(e.name())) r.addProperty(SKOS.altLabel, n);
        if (e.wikidata() != null && !e.wikidata().isBlank()) r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(e.wikidata())));
        return r;
    }

    private static String hash(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.NTRIPLES);
        return entente.article.Article.sha256Hex(w.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n"));
    }
}
