package entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the events of one article that are the same real event told again ("would meet Xi ... he will meet
 * President Xi"): same family, type, status and parties in the same roles, with times and places that do not
 * disagree. The merged event keeps the most informative report and borrows the time, place and topic the others
 * add. Coders that skip this count one meeting once per sentence that mentions it.
 */
public final class SameEventMerger {
    private SameEventMerger() {}

    /** The events with repeats folded, in the order of first report. */
    public static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) if (sameEvent(out.get(i), e)) same = i;
            if (same < 0) out.add(e);
            else out.set(same, combine(out.get(same), e));
        }
        return out;
    }

    /**
     * The events with repeats folded, and an event told of a country dropped when the article also tells it of one of
     * that country's people: "talks with top Chinese officials" beside "met Chinese Foreign Minister Qin Gang".
     */
    public static List<Event> merge(List<Event> events, Map<String, Actor> actors) {
        List<Event> merged = merge(events);
        return merged.stream().filter(e -> merged.stream().noneMatch(f -> f != e && finer(f, e, actors))).toList();
    }

    /** Whether {@code fine} is {@code coarse} with a person of the country in place of each country it differs by. */
    static boolean finer(Event fine, Event coarse, Map<String, Actor> actors) {
        if (fine.eventClass() != coarse.eventClass() || !fine.ploverType().equals(coarse.ploverType())
                || fine.status() != coarse.status() || fine.participants().size() != coarse.participants().size()) return false;
        Set<Participant> rest = new HashSet<>(fine.participants());
        boolean replaced = false;
        for (Participant p : coarse.participants()) {
            if (rest.remove(p)) continue;
            Actor country = actors.get(p.actorId());
            if (country == null || country.type() != ActorType.COUNTRY) return false;
            Participant person = rest.stream().filter(q -> q.role() == p.role() && personOf(q.actorId(), country, actors))
                    .findFirst().orElse(null);
            if (person == null) return false;
            rest.remove(person);
            replaced = true;
        }
        return replaced;
    }

    private static boolean personOf(String id, Actor country, Map<String, Actor> actors) {
        Actor a = actors.get(id);
        return a != null && a.type() == ActorType.PERSON && country.countryCode().equals(a.countryCode());
    }

    static boolean sameEvent(Event a, Event b) {
        return a.eventClass() == b.eventClass() && a.ploverType().equals(b.ploverType()) && a.status() == b.status()
                && (a.mode() == null || b.mode() == null || a.mode().equals(b.mode()))
                && new HashSet<>(a.participants()).equals(new HashSet<>(b.participants()))
                && compatible(value(a), value(b)) && compatible(place(a), place(b))
                && compatible(a.name(), b.name());
    }

    /** Null agrees with anything; two times agree when one is the other or contains it ("2023-06" and "2023-06-19"). */
    private static boolean compatible(String x, String y) {
        return x == null || y == null || x.equals(y) || x.startsWith(y) || y.startsWith(x);
    }

    /** The place, unless it is one of the parties ("visited China" says where only as much as who). */
    private static String place(Event e) {
        return e.participants().stream().anyMatch(p -> p.actorId().equals(e.placeId())) ? null : e.placeId();
    }

    private static String value(Event e) { return e.time() == null ? null : e.time().value(); }

    private static Event combine(Event a, Event b) {
        Event rich = information(b) > information(a) ? b : a;
        Event other = rich == a ? b : a;
        TimeExpression time = rich.time() != null && rich.time().isResolved() ? rich.time()
                : other.time() != null && other.time().isResolved() ? other.time()
                : rich.time() != null ? rich.time() : other.time();
        return new Event(rich.eventClass(), rich.ploverType(), rich.mode() != null ? rich.mode() : other.mode(), rich.status(),
                rich.participants(), time, firstNonNull(rich.placeId(), other.placeId()),
                firstNonNull(rich.topic(), other.topic()), firstNonNull(rich.name(), other.name()), rich.trigger(),
                rich.evidence());
    }

    /** How much a report says: a resolved time counts most, then a place, a topic, a mode. */
    private static int information(Event e) {
        int n = 0;
        if (e.time() != null) n += e.time().isResolved() ? 4 : 1;
        if (e.placeId() != null) n += 2;
        if (e.topic() != null) n += 1;
        if (e.mode() != null) n += 1;
        return n;
    }

    private static String firstNonNull(String x, String y) { return x != null ? x : y; }
}
