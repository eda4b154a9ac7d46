package entente.nlp.gazetteer;

import entente.extract.ActorType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation (one row of {@code organisations.tsv}, or a body made from {@code bodies.tsv} for a country).
 *
 * @param id          actor id "org/&lt;slug&gt;"
 * @param name        preferred name ("United States Department of State")
 * @param type        international, government, company, armed group or other
 * @param countryIso3 alpha-3 code of the country it belongs to, or null
 * @param aliases     other names ("State Department")
 * @param wikidata    Wikidata id where certain, else null
 * @param bodyKind    for a government body, its kind from {@code bodies.tsv} ("foreign-ministry"), else null
 * @param ambiguous   aliases that also mean something else ("Apple", "Wagner")
 */
public record OrganisationEntry(String id, String name, Type type, String countryIso3, List<String> aliases,
                                String wikidata, String bodyKind, Set<String> ambiguous) implements GazetteerEntry {
    /** What sort of organisation. */
    public enum Type {
        INTERNATIONAL(ActorType.INTERNATIONAL_ORGANIZATION), GOVERNMENT(ActorType.GOVERNMENT_BODY),
        COMPANY(ActorType.COMPANY), ARMED_GROUP(ActorType.ORGANIZATION), OTHER(ActorType.ORGANIZATION);

        private final ActorType actorType;

        Type(ActorType actorType) { this.actorType = actorType; }

        /** The type as written in the file: "international", "armed-group". */
        public static Type of(String label) { return valueOf(label.strip().toUpperCase().replace('-', '_')); }
    }

    public OrganisationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!id.startsWith("org/")) throw new IllegalArgumentException("organisation id must start with org/: " + id);
        aliases = List.copyOf(aliases);
        ambiguous = Set.copyOf(ambiguous);
    }

    @Override public String actorId() { return id; }

    @Override public ActorType actorType() { return type.actorType; }

    public boolean isAmbiguous(String form) { return ambiguous.contains(form); }
}
