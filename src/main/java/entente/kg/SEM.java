package entente.kg;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Simple Event Model (SEM) that entente reuses. */
public final class SEM {
    private SEM() {}

    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Property hasActor = ResourceFactory.createProperty(NS, "hasActor");
    public static final Property hasPlace = ResourceFactory.createProperty(NS, "hasPlace");
    public static final Property hasTimeStamp = ResourceFactory.createProperty(NS, "hasTimeStamp");
    public static final Property hasBeginTimeStamp = ResourceFactory.createProperty(NS, "hasBeginTimeStamp");
    public static final Property hasEndTimeStamp = ResourceFactory.createProperty(NS, "hasEndTimeStamp");
}
