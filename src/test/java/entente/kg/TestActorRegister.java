package entente.kg;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.article.Article;
import entente.extract.StandardExtractor;
import entente.store.Queries;
import entente.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;

/** The actor register follows ingest, re-ingest and retraction, and is what actors.rq lists. */
class TestActorRegister {
    private static final String BLINKEN = Iris.actor("person/antony-blinken");
    private static final String WANG = Iris.actor("person/wang-yi");

    private static Article article(String url, String text) {
        return new Article(url, LocalDate.parse("2023-06-19"), "Talks", text);
    }

    /** Actor IRI → mentioning articles, as the register holds them. */
    private static Map<String, Integer> register(Store s) {
        return s.read(ds -> {
            Map<String, Integer> out = new TreeMap<>();
            Model m = ds.getNamedModel(Iris.ACTORS_GRAPH);
            for (Statement st : m.listStatements(null, ENT.mentioningArticles, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                assertNull(out.put(st.getSubject().getURI(), st.getInt()), "one count per actor");
            }
            return out;
        });
    }

    private static List<String> listedActors(Store s) {
        return s.read(ds -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.bind(Queries.expect("actors"), Map.of())).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.getResource("actor").getURI()));
            }
            return rows;
        });
    }

    @Test
    void countsArticlesPerActorThroughIngestReingestAndRetraction() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "Antony Blinken met Wang Yi in Beijing on Monday."));
            in.ingest(article("https://b.test/2", "Antony Blinken met Wang Yi in Beijing on Monday. Blinken spoke later."));
            Map<String, Integer> counts = register(s);
            assertEquals(2, counts.get(BLINKEN), counts.toString());
            assertEquals(2, counts.get(WANG), counts.toString());

            in.ingest(article("https://b.test/2", "Antony Blinken spoke in Washington."));
            counts = register(s);
            assertEquals(2, counts.get(BLINKEN), "re-ingest does not count twice: " + counts);
            assertEquals(1, counts.get(WANG), "no longer mentioned by the new version: " + counts);

            assertTrue(Ingester.retract(s, "https://a.test/1"));
            counts = register(s);
            assertEquals(1, counts.get(BLINKEN));
            assertFalse(counts.containsKey(WANG), "an actor no article mentions leaves the register: " + counts);
            assertEquals(counts.keySet(), new java.util.TreeSet<>(listedActors(s)), "actors.rq lists the register");

            assertTrue(Ingester.retract(s, "https://b.test/2"));
            assertTrue(register(s).isEmpty());
            assertTrue(listedActors(s).isEmpty());
        }
    }

    /** Person, post, count, first and last observed, from post-holders.rq. */
    private static List<String> tenures(Store s) {
        return s.read(ds -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.bind(Queries.expect("post-holders"), Map.of())).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("person").getString() + " | " + r.getLiteral("post").getString()
                        + " | " + r.getLiteral("observations").getInt() + " | " + r.getLiteral("firstObserved").getLexicalForm()
                        + " | " + r.getLiteral("lastObserved").getLexicalForm()));
            }
            return rows;
        });
    }

    @Test
    void tenuresSumUpObservationsAndFollowRetraction() {
        String qin = "Chinese Foreign Minister Qin Gang met Antony Blinken on Monday.";
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(new Article("https://a.test/1", LocalDate.parse("2023-06-19"), "Talks", qin));
            in.ingest(new Article("https://b.test/2", LocalDate.parse("2023-07-04"), "Talks", qin));
            in.ingest(new Article("https://b.test/2", LocalDate.parse("2023-07-04"), "Talks", qin)); // idempotent
            List<String> rows = tenures(s);
            assertTrue(rows.contains("Qin Gang | Foreign Minister of China | 2 | 2023-06-19 | 2023-07-04"), rows.toString());
            assertTrue(Ingester.retract(s, "https://a.test/1"));
            rows = tenures(s);
            assertTrue(rows.contains("Qin Gang | Foreign Minister of China | 1 | 2023-07-04 | 2023-07-04"), rows.toString());
            assertTrue(Ingester.retract(s, "https://b.test/2"));
            assertTrue(tenures(s).isEmpty());
        }
    }

    @Test
    void aStoreWithoutARegisterGetsOneOnce() {
        try (Store s = Store.inMemory()) {
            new Ingester(s, StandardExtractor.shared()).ingest(article("https://a.test/1", "Antony Blinken met Wang Yi in Beijing on Monday."));
            Map<String, Integer> expected = register(s);
            s.write(() -> s.dataset().removeNamedModel(Iris.ACTORS_GRAPH)); // as a store written before the register
            assertTrue(register(s).isEmpty());
            assertTrue(ActorRegister.ensure(s));
            assertEquals(expected, register(s));
            assertFalse(ActorRegister.ensure(s), "only once");
        }
        try (Store empty = Store.inMemory()) {
            assertFalse(ActorRegister.ensure(empty), "nothing to register in an empty store");
        }
    }

    @Test
    void rebuildGivesWhatIncrementalUpdatesGive() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "Antony Blinken met Wang Yi in Beijing on Monday."));
            in.ingest(article("https://b.test/2", "China and Japan signed a trade agreement in Tokyo."));
            in.ingest(new Article("https://c.test/3", LocalDate.parse("2023-07-02"), "Talks",
                    "Chinese Foreign Minister Qin Gang met Antony Blinken."));
            in.ingest(new Article("https://c.test/3", LocalDate.parse("2023-07-03"), "Talks",
                    "Chinese Foreign Minister Qin Gang met Antony Blinken in Jakarta.")); // re-ingest: recounted
            Model incremental = s.read(ds -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.ACTORS_GRAPH)));
            s.write(() -> ActorRegister.rebuild(s.dataset()));
            Model rebuilt = s.read(ds -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.ACTORS_GRAPH)));
            assertTrue(incremental.isIsomorphicWith(rebuilt), "the whole register, tenures included");
            assertTrue(incremental.contains(null, ENT.observationCount, (org.apache.jena.rdf.model.RDFNode) null));
        }
    }
}
