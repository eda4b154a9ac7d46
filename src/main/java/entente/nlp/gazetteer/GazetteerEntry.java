package entente.nlp.gazetteer;

import entente.extract.ActorType;

/** Something a gazetteer names: a country or territory, an organisation or a place. */
public sealed interface GazetteerEntry permits CountryEntry, OrganisationEntry, PlaceEntry {
    /** The actor id: "country/CHN", "org/nato", "place/south-china-sea". */
    String actorId();

    /** The preferred English name. */
    String name();

    ActorType actorType();

    /** ISO 3166-1 alpha-3 code of the country it is or belongs to, or null. */
    String countryIso3();

    /** Wikidata id ("Q148") where certain, else null. */
    String wikidata();
}
