package entente.nlp.ner;

import entente.nlp.NameType;

/**
 * The name finders entente uses. {@link #standard()} is what ingest and the {@code ner} command run.
 */
public final class NameFinders {
    private NameFinders() {}

    private static final class Standard {
        static final CombinedNameFinder INSTANCE = standardBuilder().build();
    }

    /**
     * The standard combination: the shipped news model (authoritative for persons), the list of well-known
     * companies and media and the short list of places ({@link KnownNameFinder}, authoritative for organisations and
     * places respectively; the project's gazetteers should replace the places) and all rules of
     * {@link CombinedNameFinder}. Shared and thread-safe.
     */
    public static CombinedNameFinder standard() { return Standard.INSTANCE; }

    /**
     * A builder preset with the standard combination, to which more finders can be added: a gazetteer finder added
     * with {@code builder.add(gazetteer, NameType.LOC, NameType.ORG)} wins over the model for places and organisations.
     */
    public static CombinedNameFinder.Builder standardBuilder() {
        return CombinedNameFinder.builder()
            .add(ModelNameFinder.shipped(), NameType.PER)
            .add(KnownNameFinder.shipped(), NameType.ORG)
            .add(KnownNameFinder.places(), NameType.LOC);
    }

    /**
     * The standard combination with the project's gazetteer finder in place of the short list of places: the model
     * (authoritative for persons), then the gazetteer (authoritative for places and organisations), then the known
     * companies and media, and all rules.
     */
    public static CombinedNameFinder withGazetteer(entente.nlp.NameFinder gazetteer) {
        return CombinedNameFinder.builder()
            .add(ModelNameFinder.shipped(), NameType.PER)
            .add(gazetteer, NameType.LOC, NameType.ORG)
            .add(KnownNameFinder.shipped(), NameType.ORG)
            .build();
    }
}
