package entente.nlp.gazetteer;

import entente.extract.ActorType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A country or territory of ISO 3166-1 (one row of {@code countries.tsv}).
 *
 * @param iso3      alpha-3 code, the identity ("CHN")
 * @param iso2      alpha-2 code ("CN")
 * @param name      preferred English name ("China")
 * @param kind      sovereign country or dependent territory
 * @param names     other names, short forms and acronyms ("People's Republic of China", "PRC")
 * @param demonyms  adjectives and demonyms ("Chinese")
 * @param capitals  seats of government used as metonyms ("Beijing")
 * @param wikidata  Wikidata id where certain, else null
 * @param ambiguous names, demonyms or capitals that also mean something else ("Jordan", "Georgia", "Washington"):
 *                  the finder wants more evidence before taking them for this country
 */
public record CountryEntry(String iso3, String iso2, String name, Kind kind, List<String> names, List<String> demonyms,
                           List<String> capitals, String wikidata, Set<String> ambiguous) implements GazetteerEntry {
    /** Sovereign state (UN members and observers, Taiwan, Kosovo) or dependent territory (Hong Kong, Greenland). */
    public enum Kind { COUNTRY, TERRITORY }

    public CountryEntry {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        ambiguous = Set.copyOf(ambiguous);
    }

    /** "country/ISO3", for territories too: the ISO code is the identity. */
    @Override public String actorId() { return "country/" + iso3; }

    /** Countries are {@link ActorType#COUNTRY}; territories such as Hong Kong are {@link ActorType#PLACE}. */
    @Override public ActorType actorType() { return kind == Kind.COUNTRY ? ActorType.COUNTRY : ActorType.PLACE; }

    @Override public String countryIso3() { return iso3; }

    /** The preferred name followed by the other names. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), names.stream()).toList();
    }

    /** True when this name, demonym or capital needs more evidence than its mere presence. */
    public boolean isAmbiguous(String form) { return ambiguous.contains(form); }
}
