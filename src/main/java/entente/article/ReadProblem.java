package entente.article;

/**
 * A record or file that could not be read as an article; reading goes on with the rest.
 *
 * @param location the file, and for corpora its line ("corpus.jsonl:17")
 * @param message  what is wrong, for a person
 */
public record ReadProblem(String location, String message) {
    @Override public String toString() { return location + ": " + message; }
}
