package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.store.Store;
import java.time.LocalDate;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;

/** The server publishes the store's text-indexed dataset: text:query works over HTTP. */
class TestTextOverHttp {
    @Test
    void textQueryOverHttp() {
        try (Store s = Store.inMemory()) {
            new Ingester(s, StandardExtractor.shared()).ingest(new Article("https://a.test/1", LocalDate.parse("2023-06-19"),
                    "Talks", "Antony Blinken met Wang Yi in Beijing on Monday to discuss fentanyl."));
            EntenteServer server = EntenteServer.create().port(0).dataset(s.datasetGraph()).build().start();
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("""
                    PREFIX ent:  <https://w3id.org/entente/ontology#>
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?text { ?s text:query (ent:text "fentanyl") ; ent:text ?text }""").build()) {
                var rs = qe.execSelect();
                assertTrue(rs.hasNext(), "a hit over HTTP");
                assertTrue(rs.next().getLiteral("text").getString().contains("fentanyl"));
            } finally {
                server.stop();
            }
        }
    }
}
