package entente.extract;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.gazetteer.Gazetteer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TestEventScope {
    private static final Map<String, Actor> ACTORS = Stream.of(
            actor("person/baker", ActorType.PERSON), actor("person/bruce", ActorType.PERSON),
            actor("person/kupec", ActorType.PERSON), actor("country/IRN", ActorType.COUNTRY),
            actor("org/daily-mail", ActorType.ORGANIZATION), actor("org/us-democratic-party", ActorType.ORGANIZATION),
            actor("org/microsoft", ActorType.COMPANY), actor("org/nato", ActorType.INTERNATIONAL_ORGANIZATION),
            actor("place/new-york", ActorType.PLACE), actor("person/raisi", ActorType.PERSON)).collect(Collectors.toMap(Actor::id, a -> a));
    private static final List<PostHolding> POSTS = List.of(
            new PostHolding("person/kupec", "spokesperson", "Spokesperson", null, "spokeswoman", 0),
            new PostHolding("person/raisi", "president", "President of Iran", "country/IRN", "President", 0));

    private static Actor actor(String id, ActorType type) { return new Actor(id, id, type, null, null, List.of()); }

    private static Event event(EventClass c, Participant... ps) {
        return new Event(c, "CONSULT", null, Status.OCCURRED, Arrays.asList(ps), null, null, null, null, "met",
                new Evidence(0, 0, 10, "A sentence.", 0.9));
    }

    private static boolean kept(Event e) {
        return new EventScope(Gazetteer.shared()).keep(List.of(e), ACTORS, POSTS).size() == 1;
    }

    private static Participant p(String id, Role r) { return new Participant(id, r); }

    @Test
    void privatePersonsAndUnknownOrganisationsAloneAreOutOfScope() {
        assertFalse(kept(event(EventClass.MEETING, p("person/baker", Role.PARTICIPANT), p("person/bruce", Role.PARTICIPANT))));
        assertFalse(kept(event(EventClass.DISPUTE, p("org/daily-mail", Role.SOURCE), p("person/baker", Role.TARGET))));
        assertFalse(kept(event(EventClass.DISPUTE, p("org/microsoft", Role.SOURCE), p("person/baker", Role.TARGET))));
    }

    @Test
    void anOfficeHolderAStateOrAKnownPartyBringsAnEventInScope() {
        assertTrue(kept(event(EventClass.MEETING, p("person/baker", Role.PARTICIPANT), p("person/kupec", Role.PARTICIPANT))));
        assertTrue(kept(event(EventClass.DISPUTE, p("org/microsoft", Role.SOURCE), p("country/IRN", Role.TARGET))));
        assertTrue(kept(event(EventClass.DISPUTE, p("org/us-democratic-party", Role.SOURCE), p("person/baker", Role.TARGET))));
        // A country the extractor names by code only (its city was mentioned) is a state too.
        assertTrue(kept(event(EventClass.DISPUTE, p("country/GRC", Role.SOURCE), p("person/baker", Role.TARGET))));
    }

    @Test
    void aVisitNeedsAPoliticalVisitor() {
        assertFalse(kept(event(EventClass.VISIT, p("person/baker", Role.VISITOR), p("country/IRN", Role.HOST))));
        assertTrue(kept(event(EventClass.VISIT, p("person/kupec", Role.VISITOR), p("place/new-york", Role.HOST))));
        // "visiting Kenosha", the town taken for an organisation: no host the text vouches for.
        assertFalse(kept(event(EventClass.VISIT, p("person/kupec", Role.VISITOR), p("org/daily-mail", Role.HOST))));
        assertTrue(kept(event(EventClass.VISIT, p("person/kupec", Role.VISITOR), p("org/nato", Role.HOST))));
    }

    @Test
    void aTripInsideTheVisitorsOwnCountryIsNoVisit() {
        // "the Iranian President visited Isfahan": the host is the place's country, which the President serves.
        assertFalse(kept(event(EventClass.VISIT, p("person/raisi", Role.VISITOR), p("country/IRN", Role.HOST))));
        assertTrue(kept(event(EventClass.VISIT, p("person/raisi", Role.VISITOR), p("country/GRC", Role.HOST))));
        // A visitor whose country the article does not give may be a foreigner.
        assertTrue(kept(event(EventClass.VISIT, p("person/kupec", Role.VISITOR), p("country/IRN", Role.HOST))));
    }

    @Test
    void anAllianceJoinsStatesAndOrganisationsOnly() {
        assertTrue(kept(event(EventClass.ALLIANCE, p("country/IRN", Role.MEMBER), p("org/nato", Role.PARTICIPANT))));
        assertFalse(kept(event(EventClass.ALLIANCE, p("person/kupec", Role.MEMBER), p("org/nato", Role.PARTICIPANT))));
        assertFalse(kept(event(EventClass.ALLIANCE, p("country/IRN", Role.MEMBER), p("org/daily-mail", Role.MEMBER))));
    }
}
