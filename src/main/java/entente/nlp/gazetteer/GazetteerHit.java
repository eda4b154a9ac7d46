package entente.nlp.gazetteer;

import entente.nlp.NameSpan;
import java.util.Objects;

/**
 * A name the {@link GazetteerNameFinder} found, with what it denotes.
 *
 * @param span     the name in its sentence; its type follows from {@code kind}
 * @param kind     country, capital used as metonym, place, organisation or government body
 * @param entry    the entry named; for a {@link HitKind#CAPITAL} the country whose capital it is
 * @param locative true when a preposition of place comes just before ("in Beijing", "trip to the Philippines"):
 *                 a capital is then the city, not its government speaking
 */
public record GazetteerHit(NameSpan span, HitKind kind, GazetteerEntry entry, boolean locative) {
    public GazetteerHit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
    }

    /** The actor denoted: "country/CHN" for "Beijing said", "org/washington-post" for "Washington Post". */
    public String actorId() { return entry.actorId(); }

    /** The country the named thing is or belongs to, or null. */
    public String countryIso3() { return entry.countryIso3(); }

    /** True for a capital used for its state: "Beijing said", but not "talks in Beijing". */
    public boolean metonym() { return kind == HitKind.CAPITAL && !locative; }

    /** For a capital, the city itself as a place actor ("place/beijing"); else null. */
    public String placeId() { return kind == HitKind.CAPITAL ? "place/" + Names.slug(span.text()) : null; }
}
