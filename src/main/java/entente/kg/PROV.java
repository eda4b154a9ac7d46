package entente.kg;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of W3C PROV-O that entente writes on each article's graph. */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
}
