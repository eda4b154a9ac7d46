package entente.extract;

/** Whether an event happened, from the modality, tense and negation of its sentence. */
public enum Status {
    OCCURRED, PLANNED, PROPOSED, CANCELLED, DECLINED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
