package entente.kg;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes entente writes in Turtle output, so exports read well. */
public final class Prefixes {
    private Prefixes() {}

    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("ent", ENT.NS)
            .setNsPrefix("id", Iris.ID)
            .setNsPrefix("plover", PLOVER.TYPE_NS)
            .setNsPrefix("mode", PLOVER.MODE_NS)
            .setNsPrefix("post", Iris.POST_TYPE)
            .setNsPrefix("sem", ENT.SEM.NS)
            .setNsPrefix("org", org.apache.jena.vocabulary.ORG.NS)
            .setNsPrefix("prov", ENT.PROV.NS)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    public static void setOn(PrefixMapping target) { target.setNsPrefixes(STANDARD); }
}
