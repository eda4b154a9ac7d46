package entente.nlp.gazetteer;

import entente.extract.ActorType;
import java.util.List;
import java.util.Objects;

/**
 * A place that is not a country: a sea, strait, region, disputed territory or city (one row of {@code places.tsv}).
 *
 * @param id          actor id "place/&lt;slug&gt;"
 * @param name        preferred name ("South China Sea")
 * @param type        sea, strait, waterway, region, territory, island, city or place
 * @param countryIso3 the one undisputed country it lies in, or null
 * @param aliases     other names
 */
public record PlaceEntry(String id, String name, String type, String countryIso3, List<String> aliases)
        implements GazetteerEntry {
    public PlaceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    @Override public String actorId() { return id; }

    @Override public ActorType actorType() { return ActorType.PLACE; }

    @Override public String wikidata() { return null; }
}
