package entente.extract;

import java.util.Objects;

/** An actor in a role in one event. */
public record Participant(String actorId, Role role) {
    public Participant {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }
}
