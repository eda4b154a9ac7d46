package entente.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * What a batch ingest did.
 *
 * @param articles articles whose graphs were written
 * @param events   events in those graphs
 * @param triples  triples in those graphs (shared graphs not counted)
 * @param failures unreadable records plus articles that failed extraction, validation or storage
 * @param skipped  articles {@code --resume} found already stored with the same content
 * @param elapsed  wall-clock time of the run
 */
public record Summary(long articles, long events, long triples, long failures, long skipped, Duration elapsed) {
    /** Articles written per second of wall-clock time. */
    public double articlesPerSecond() { return articles / seconds(); }

    /** Triples written per second of wall-clock time. */
    public double triplesPerSecond() { return triples / seconds(); }

    /** {@code ingested N article(s), E event(s), F failure(s), S skipped in T s (X articles/s)}. */
    public String line() {
        return String.format(Locale.ROOT, "ingested %d article(s), %d event(s), %d failure(s), %d skipped in %.1f s (%.1f articles/s)",
                articles, events, failures, skipped, elapsed.toMillis() / 1000.0, articlesPerSecond());
    }

    private double seconds() { return Math.max(elapsed.toNanos(), 1) / 1e9; }
}
