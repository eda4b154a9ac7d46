package entente.extract;

/** The part an actor plays in an event. */
public enum Role {
    PARTICIPANT, VISITOR, HOST, SOURCE, TARGET, MEMBER;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
