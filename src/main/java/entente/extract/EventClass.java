package entente.extract;

/** The families of event entente records; each maps to one ontology class. */
public enum EventClass {
    MEETING, VISIT, DISPUTE,
    /** A standing, named pact (AUKUS, NATO membership). */
    ALLIANCE,
    /** Cooperation or agreement: a promise, an accord, a decision to cooperate. */
    AGREEMENT
}
