package entente.nlp;

/** The kinds of name the name finders report; countries are {@link #LOC}. */
public enum NameType {
    PER, ORG, LOC;

    /** The BIO tag prefix-free label used in CoNLL output ("PER", "ORG", "LOC"). */
    public String label() { return name(); }
}
