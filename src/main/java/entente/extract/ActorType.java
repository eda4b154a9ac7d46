package entente.extract;

/** What kind of actor a name denotes; each maps to one ontology class. */
public enum ActorType {
    PERSON, COUNTRY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, COMPANY, ORGANIZATION, PLACE
}
