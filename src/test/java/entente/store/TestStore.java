package entente.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStore {
    @TempDir Path dir;

    private static Model model(String subject) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://x.test/" + subject).addProperty(m.createProperty("https://x.test/p"), "v");
        return m;
    }

    @Test
    void namedGraphsAreReplacedAndSeenThroughTheUnion() {
        try (Store s = Store.open(dir.resolve("store"))) {
            s.replaceGraph("https://g.test/1", model("a"));
            s.replaceGraph("https://g.test/1", model("b"));
            s.replaceGraph("https://g.test/2", model("c"));
            assertEquals(2, s.size());
            long n = s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT * { ?s ?p ?o }").build()) {
                    long c = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) c++;
                    return c;
                }
            });
            assertEquals(2, n, "the default graph is the union of the named graphs");
        }
        try (Store s = Store.open(dir.resolve("store"))) {
            assertTrue(s.hasGraph("https://g.test/2"), "data persists across opens");
        }
    }

    @Test
    void writesOutsideATransactionAreRefused() {
        try (Store s = Store.inMemory()) {
            assertThrows(IllegalStateException.class, () -> s.putGraph("https://g.test/1", model("a")));
        }
    }

    @Test
    void catalogueQueriesParseAndBindParameters() {
        for (String name : Queries.CATALOGUE) {
            String text = Queries.expect(name);
            assertTrue(text.startsWith("# " + name + ".rq"), name + " starts with its header comment");
            assertNotNull(Queries.bind(text, java.util.Map.of()));
        }
        var q = Queries.bind(Queries.expect("relations-between"), java.util.Map.of("a", "USA", "b", "CHN"));
        assertTrue(q.toString().contains("\"USA\""), q.toString());
        var selected = Queries.bind(Queries.expect("event-evidence"), java.util.Map.of("event", "<https://w3id.org/entente/id/e1>"));
        assertTrue(selected.getResultVars().contains("event"), "a bound variable the query selects stays a column: " + selected);
        var injected = Queries.bind(Queries.expect("actor-activity"), java.util.Map.of("label", "x\" } DROP ALL #"));
        assertTrue(injected.isSelectType(), "a hostile value stays a literal");
    }
}
