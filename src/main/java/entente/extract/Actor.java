package entente.extract;

import java.util.List;
import java.util.Objects;

/**
 * An actor found in an article: a person, country, organisation or place.
 *
 * @param id          stable key, the same in every article: "country/CHN", "org/nato", "person/antony-blinken",
 *                    "place/vienna", "role/chn/defence-minister" for an unnamed office holder
 * @param name        preferred label
 * @param type        the kind of actor
 * @param countryCode ISO 3166-1 alpha-3 code: the country itself, or the country a person or body belongs to; null if unknown
 * @param wikidata    Wikidata id ("Q148") where certain, else null
 * @param aliases     other names the article uses for it (surnames, descriptions, acronyms)
 */
public record Actor(String id, String name, ActorType type, String countryCode, String wikidata, List<String> aliases) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
