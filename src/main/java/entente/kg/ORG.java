package entente.kg;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the W3C Organization Ontology that entente reuses for posts. */
public final class ORG {
    private ORG() {}

    public static final String NS = "http://www.w3.org/ns/org#";
    public static final Resource Post = ResourceFactory.createResource(NS + "Post");
    public static final Property holds = ResourceFactory.createProperty(NS, "holds");
    public static final Property heldBy = ResourceFactory.createProperty(NS, "heldBy");
    public static final Property postIn = ResourceFactory.createProperty(NS, "postIn");
    public static final Property memberOf = ResourceFactory.createProperty(NS, "memberOf");
}
