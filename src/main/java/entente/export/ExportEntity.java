package entente.export;

/**
 * An actor as the event-data formats name it: its label, the ISO 3166 alpha-3 code of its country (its own when it is
 * a country) and its Wikidata id ({@code Q30}); the last two are null when unknown.
 */
public record ExportEntity(String iri, String name, String kind, String countryCode, String wikidataId) {}
