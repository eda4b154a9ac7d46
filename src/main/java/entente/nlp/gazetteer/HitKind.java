package entente.nlp.gazetteer;

import entente.nlp.NameType;

/** How a gazetteer name was recognised. */
public enum HitKind {
    /** A country or territory by name: "China", "U.S.". */
    COUNTRY(NameType.LOC),
    /** A capital or seat of government, which news uses for the state: "Beijing said". */
    CAPITAL(NameType.LOC),
    /** A place that is not a country: "South China Sea". */
    PLACE(NameType.LOC),
    /** A listed organisation: "NATO", "State Department", "Washington Post". */
    ORGANISATION(NameType.ORG),
    /** A government body named after its country: "Chinese Ministry of Foreign Affairs". */
    BODY(NameType.ORG);

    private final NameType nameType;

    HitKind(NameType nameType) { this.nameType = nameType; }

    public NameType nameType() { return nameType; }
}
