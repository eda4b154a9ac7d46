package entente.extract;

import java.util.List;
import java.util.Objects;

/**
 * A meeting, visit, dispute, alliance or agreement found in one sentence.
 *
 * @param eventClass   the family of event
 * @param ploverType   PLOVER event type in capitals: CONSULT, ACCUSE, REQUEST, AGREE, COOPERATE, ...
 * @param mode         PLOVER mode where it applies ("visit", "host", "phone", "multilateral"), else null
 * @param status       occurred, planned, proposed, cancelled or declined
 * @param participants every party, each in its role; a multilateral event is one event with many participants
 * @param time         when, or null when the sentence does not say
 * @param placeId      the {@link Actor#id()} of the place, or null
 * @param topic        what it was about, as written, or null
 * @param name         the name of a standing alliance ("AUKUS"), else null
 * @param trigger      the words that signal the event ("met with", "urged"), as written
 * @param evidence     the sentence it came from
 */
public record Event(EventClass eventClass, String ploverType, String mode, Status status,
                    List<Participant> participants, TimeExpression time, String placeId, String topic,
                    String name, String trigger, Evidence evidence) {
    public Event {
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        if (participants.isEmpty()) throw new IllegalArgumentException("an event needs a participant");
    }

    /** The actors in one role. */
    public List<String> actorsIn(Role role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::actorId).toList();
    }
}
