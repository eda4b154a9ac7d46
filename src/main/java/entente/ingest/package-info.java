/**
 * Corpus ingestion at scale: {@link entente.ingest.BatchIngester} streams articles from an
 * {@link entente.ingest.ArticleSource} through worker threads into batched TDB2 transactions (or N-Quads parts for a
 * bulk loader, {@link entente.ingest.NQuadsParts}), and {@link entente.ingest.Benchmark} measures it.
 */
package entente.ingest;
