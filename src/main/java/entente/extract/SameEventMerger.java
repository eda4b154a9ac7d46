package entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

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
