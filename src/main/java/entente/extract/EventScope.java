package entente.extract;

import entente.nlp.gazetteer.Gazetteer;
import entente.nlp.gazetteer.OrganisationEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the events that belong in a graph of diplomatic relations: those in which a political actor takes part.
 *
 * <p>A political actor is a country, an international organisation, a government body, a person the article gives
 * a post ("Kerri Kupec, spokeswoman for the Department of Justice"), or an organisation the gazetteer lists as a party
 * or an armed group. A name the name finder found and nothing else vouches for ("Daily Mail", "Grateful Dead") is
 * not one, nor is a person without a post. The event coders analysts use draw the same line with actor dictionaries:
 * news is full of people who ask, meet, join and attack in a private capacity ("he met bassist Jack Bruce", "police
 * arrested a Cheltenham man").
 *
 * <ul>
 *   <li>a visit needs a political visitor ("Cengiz traveled to New York" is no visit between states), a host
 *       that is no organisation only the name finder knows (mostly a town or an event it mistook), and is no trip
 *       inside the visitor's own country;</li>
 *   <li>an alliance joins states and organisations only: each member is political and none is a person;</li>
 *   <li>any other event needs one political participant ("Biden attacked Trump": Trump holds a post).</li>
 * </ul>
 */
public final class EventScope {
    private final Gazetteer gazetteer;

    /** The scope whose known organisations come from {@code gazetteer}. */
    public EventScope(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The events of one article that are in scope, in their order. */
    public List<Event> keep(List<Event> events, Map<String, Actor> actors, List<PostHolding> posts) {
        Set<String> officeHolders = new HashSet<>();
        Map<String, Set<String>> servedCountries = new HashMap<>();
        for (PostHolding p : posts) {
            officeHolders.add(p.personId());
            if (p.ofActorId() != null && p.ofActorId().startsWith("country/")) {
                servedCountries.computeIfAbsent(p.personId(), k -> new HashSet<>()).add(p.ofActorId());
            }
        }
        return events.stream().filter(e -> inScope(e, actors, officeHolders, servedCountries)).toList();
    }

    private boolean inScope(Event e, Map<String, Actor> actors, Set<String> officeHolders,
                            Map<String, Set<String>> servedCountries) {
        return switch (e.eventClass()) {
            case VISIT -> e.actorsIn(Role.VISITOR).stream().anyMatch(id -> political(id, actors, officeHolders))
                    && e.actorsIn(Role.HOST).stream().noneMatch(id -> unvouched(id, actors))
                    && !domestic(e, servedCountries);
            case ALLIANCE -> e.actorsIn(Role.MEMBER).stream().allMatch(id -> political(id, actors, officeHolders)
                    && !isPerson(id, actors));
            default -> e.participants().stream().anyMatch(p -> political(p.actorId(), actors, officeHolders));
        };
    }

    private boolean political(String id, Map<String, Actor> actors, Set<String> officeHolders) {
        Actor a = actors.get(id);
        // The event extractor names a country by its code when the article mentions only its city ("Athens expelled").
        if (a == null) return id.startsWith("country/");
        return switch (a.type()) {
            case COUNTRY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY -> true;
            case PERSON -> officeHolders.contains(id);
            case ORGANIZATION -> gazetteer.organisationById(id)
                    .map(o -> o.type() != OrganisationEntry.Type.COMPANY).orElse(false);
            case COMPANY, PLACE -> false;
        };
    }

    /**
     * A trip inside the visitors' own country ("the President visited California", hosted by the United States): every
     * host is a country that every visitor is, or holds a post of.
     */
    private static boolean domestic(Event e, Map<String, Set<String>> servedCountries) {
        List<String> hosts = e.actorsIn(Role.HOST);
        List<String> visitors = e.actorsIn(Role.VISITOR);
        if (hosts.isEmpty() || visitors.isEmpty()) return false;
        for (String host : hosts) {
            for (String visitor : visitors) {
                if (!host.equals(visitor) && !servedCountries.getOrDefault(visitor, Set.of()).contains(host)) return false;
            }
        }
        return true;
    }

    /** An organisation only the name finder vouches for: as a visit's host, most often a town or an event it mistook. */
    private boolean unvouched(String id, Map<String, Actor> actors) {
        Actor a = actors.get(id);
        return a != null && a.type() == ActorType.ORGANIZATION && gazetteer.organisationById(id).isEmpty();
    }

    private static boolean isPerson(String id, Map<String, Actor> actors) {
        Actor a = actors.get(id);
        return a != null && a.type() == ActorType.PERSON;
    }
}
