package entente.extract.actor;

/** A person's name as found in a sentence, titles stripped: tokens {@code [from, to)}. */
record PersonName(int sentence, int from, int to, String text) {
    String[] parts() { return text.replace('\u2019', '\'').split("\\s+"); }
}
