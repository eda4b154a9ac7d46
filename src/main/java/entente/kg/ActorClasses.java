package entente.kg;

import entente.extract.ActorType;
import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * The ontology classes of each actor type. Superclasses are written out (materialised) so plain SPARQL without
 * inference finds every organisation under {@code ent:Organization}.
 */
final class ActorClasses {
    private ActorClasses() {}

    static List<Resource> of(ActorType type) {
        Resource specific = ENT.actorClass(type);
        boolean organisation = type == ActorType.INTERNATIONAL_ORGANIZATION || type == ActorType.GOVERNMENT_BODY
                || type == ActorType.COMPANY;
        return organisation ? List.of(specific, ENT.Organization) : List.of(specific);
    }
}
