package entente.ingest;

import entente.Ingester;
import entente.article.Article;

/**
 * Hears what batch ingest does, one call per article. All calls come from the one thread that runs
 * {@link BatchIngester#run}, so implementations need no locking. Order follows commits, not the corpus.
 */
public interface IngestListener {
    /**
     * The article's graph was written in the store's open write transaction; {@link #ingested} follows when that
     * commits (or {@link #failed}, when the commit and the article's retry alone fail). Not called for N-Quads parts.
     */
    default void written(Ingester.Result result) {}

    /** The article's graph was committed (to the store, or written to an N-Quads part). */
    default void ingested(Ingester.Result result) {}

    /** {@code --resume}: the store already holds this article with the same content hash. */
    default void skipped(Article article) {}

    /** A record could not be read, or an article could not be extracted, validated or stored; nothing of it was written. */
    default void failed(String location, String message) {}

    /** Ignores everything. */
    IngestListener NONE = new IngestListener() {};
}
