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
        return switch (type) {
            case PERSON -> List.of(ENT.Person);
            case COUNTRY -> List.of(ENT.Country);
            case INTERNATIONAL_ORGANIZATION -> List.of(ENT.InternationalOrganization, ENT.Organization);
            case GOVERNMENT_BODY -> List.of(ENT.GovernmentBody, ENT.Organization);
            case COMPANY -> List.of(ENT.Company, ENT.Organization);
            case ORGANIZATION -> List.of(ENT.Organization);
            case PLACE -> List.of(ENT.Place);
        };
    }
}
