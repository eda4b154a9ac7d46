package entente.store;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.ArticleReader;
import entente.article.SyntheticCorpus;
import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.kg.ENT;
import entente.server.EntenteServer;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries run in loops, in this process on the same {@link Store} and over HTTP against an {@link EntenteServer},
 * while another thread ingests: no errors, and no reader ever sees part of an article (an article node without the
 * provenance written with it, or a catalogue row count that disagrees).
 */
class TestConcurrentUse {
    static final int ARTICLES = 15;
    static final String COUNTS = "PREFIX ent: <" + ENT.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "SELECT (COUNT(DISTINCT ?g1) AS ?articles) (COUNT(DISTINCT ?g2) AS ?stamped) "
            + "{ { GRAPH ?g1 { ?a a ent:Article } } UNION { GRAPH ?g2 { ?b prov:generatedAtTime ?t } } }";

    @Test
    void readersNeverSeeHalfAnArticleWhileAnIngestWrites(@TempDir Path tmp) throws Exception {
        List<Article> articles = new ArrayList<>();
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) corpus.append(SyntheticCorpus.line(i)).append('\n');
        ArticleReader.create().readJsonl("corpus", new StringReader(corpus.toString()), articles::add, p -> fail(p.toString()));
        assertEquals(ARTICLES, articles.size());

        try (Store store = Store.open(tmp.resolve("store"))) {
            Ingester ingester = new Ingester(store, StandardExtractor.shared());
            ingester.ingest(articles.get(0));   // models loaded before the clock starts
            EntenteServer server = EntenteServer.create().port(0).dataset(store.datasetGraph()).build().start();
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger localReads = new AtomicInteger(), httpReads = new AtomicInteger();
            List<Integer> seen = new ArrayList<>();

            Thread local = new Thread(() -> {
                int last = 0;
                while (writing.get()) {
                    try {
                        StoreAudit audit = StoreAudit.of(store);
                        if (!audit.consistent()) errors.add("in-process reader saw " + audit);
                        int n = audit.withArticle().size();
                        if (n < last) errors.add("article count went down: " + last + " -> " + n);
                        last = n;
                        synchronized (seen) { seen.add(n); }
                        localReads.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add("in-process: " + e);
                    }
                }
            }, "local-reader");
            Thread http = new Thread(() -> {
                while (writing.get()) {
                    try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(COUNTS).build()) {
                        QuerySolution row = qe.execSelect().next();
                        long a = row.getLiteral("articles").getLong(), p = row.getLiteral("stamped").getLong();
                        if (a != p) errors.add("HTTP reader saw " + a + " articles but " + p + " provenance stamps");
                        httpReads.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add("HTTP: " + e);
                    }
                }
            }, "http-reader");
            local.start();
            http.start();
            try {
                for (Article a : articles.subList(1, ARTICLES)) ingester.ingest(a);
            } finally {
                writing.set(false);
                local.join(30_000);
                http.join(30_000);
                server.stop();
            }
            System.out.println("concurrent use: " + localReads + " in-process reads, " + httpReads + " HTTP reads during " + (ARTICLES - 1) + " ingests");
            assertEquals(List.of(), List.copyOf(errors));
            assertTrue(localReads.get() >= 5 && httpReads.get() >= 5,
                    "readers ran during the ingest: " + localReads + " in-process, " + httpReads + " over HTTP");
            assertTrue(seen.stream().distinct().count() > 1, "readers saw the ingest progress: " + seen.stream().distinct().toList());
            StoreAudit end = StoreAudit.of(store);
            assertTrue(end.consistent());
            assertEquals(ARTICLES, end.withArticle().size());
        }
    }
}
