package entente.nlp.ner;

import entente.nlp.NameType;
import entente.nlp.gazetteer.GazetteerNameFinder;

/**
 * The name finders entente uses. {@link #standard()} is what ingest and the {@code ner} command run.
 */
public final class NameFinders {
    private NameFinders() {}

    private static final class Standard {
        static final CombinedNameFinder INSTANCE = withGazetteer(new GazetteerNameFinder());
    }

    /**
     * The standard combination, what ingest and {@code ner} run: the shipped news model (authoritative for persons),
     * the gazetteers (authoritative for places and organisations), the well-known companies and media, and all rules
     * of {@link CombinedNameFinder}. Shared and thread-safe.
     */
    public static CombinedNameFinder standard() { return Standard.INSTANCE; }

    /**
     * The model (authoritative for persons), then the gazetteer (authoritative for places and organisations), then
     * the known companies and media, and all rules.
     */
    public static CombinedNameFinder withGazetteer(entente.nlp.NameFinder gazetteer) {
        return CombinedNameFinder.builder()
            .add(ModelNameFinder.shipped(), NameType.PER)
            .add(gazetteer, NameType.LOC, NameType.ORG)
            .add(KnownNameFinder.shipped(), NameType.ORG)
            .build();
    }
}
