/**
 * Corpus ingestion at scale: {@link entente.ingest.BatchIngester} streams articles from an
 * {@link entente.ingest.ArticleSource} through worker threads into TDB2 write transactions of many articles each
 * ({@code TransactionBatch}), or N-Quads parts for a bulk loader ({@link entente.ingest.NQuadsParts}), and
 * {@link entente.ingest.Benchmark} measures it, timing the query catalogue with {@link entente.ingest.QueryLatency}.
 */
package entente.ingest;
