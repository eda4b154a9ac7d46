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
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The canonical event layer through the Ingester: clustering across articles, retraction, re-ingest, statuses. */
class TestCanonicalEvents {
    static final String MEETING = "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday.";

    private static Article article(String url, String date, String text) {
        return new Article(url, LocalDate.parse(date), "Talks", text);
    }

    private static List<QuerySolution> canonical(Store s) {
        return s.read(ds -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.bind(Queries.expect("canonical-events"), Map.of())).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    private static int count(QuerySolution row, String var) { return row.getLiteral(var).getInt(); }

    @Test
    void twoReportsOfOneMeetingAreOneEventAndRetractionRemovesSupport() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "2023-06-19", MEETING));
            in.ingest(article("https://b.test/2", "2023-06-20", MEETING));
            List<QuerySolution> rows = canonical(s);
            assertEquals(1, rows.size(), rows.toString());
            assertEquals(2, count(rows.get(0), "sources"));
            assertEquals(2, count(rows.get(0), "articles"));
            assertEquals("2023-06-19", rows.get(0).getLiteral("firstReported").getLexicalForm());
            assertEquals("2023-06-20", rows.get(0).getLiteral("lastReported").getLexicalForm());
            assertEquals("Meeting", rows.get(0).getLiteral("class").getString());
            String iri = rows.get(0).getResource("event").getURI();

            assertTrue(Ingester.retract(s, "https://a.test/1"));
            rows = canonical(s);
            assertEquals(1, rows.size());
            assertEquals(1, count(rows.get(0), "sources"));
            assertEquals(iri, rows.get(0).getResource("event").getURI(), "the canonical IRI does not churn");

            assertTrue(Ingester.retract(s, "https://b.test/2"));
            assertFalse(Ingester.retract(s, "https://b.test/2"), "already gone");
            assertEquals(0, canonical(s).size());
            long left = s.read(ds -> ds.getNamedModel(Iris.CANONICAL_GRAPH).size());
            assertEquals(0, left, "nothing left behind");
        }
    }

    @Test
    void reingestIsIdempotent() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "2023-06-19", MEETING));
            in.ingest(article("https://b.test/2", "2023-06-20", MEETING));
            long quads = s.size();
            Model canon = s.read(ds -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.CANONICAL_GRAPH)));
            in.ingest(article("https://a.test/1", "2023-06-19", MEETING));
            assertEquals(quads, s.size());
            assertTrue(canon.isIsomorphicWith(s.read(ds -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                    .add(ds.getNamedModel(Iris.CANONICAL_GRAPH)))), "the canonical layer is unchanged");
        }
    }

    @Test
    void plannedThenOccurredIsOneEventWithTheLatestStatus() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            // Occurred reported last but ingested first: the result does not depend on ingest order.
            in.ingest(article("https://b.test/after", "2023-06-19", "Secretary of State Antony Blinken met Wang Yi in Beijing on Sunday."));
            in.ingest(article("https://a.test/before", "2023-06-15", "Secretary of State Antony Blinken will meet Wang Yi in Beijing on Sunday."));
            List<QuerySolution> rows = canonical(s);
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("occurred", rows.get(0).getLiteral("status").getString());
            assertEquals(2, count(rows.get(0), "articles"));
            assertTrue(rows.get(0).getLiteral("statuses").getString().contains("planned"), rows.get(0).toString());
        }
    }

    @Test
    void meetingsFarApartAreTwoEvents() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "2023-06-19", MEETING));
            in.ingest(article("https://b.test/2", "2023-09-12", MEETING));
            assertEquals(2, canonical(s).size());
        }
    }

    @Test
    void oneMinisterIsOneIriWithOneLabelAcrossArticles() {
        try (Store s = Store.inMemory()) {
            Ingester in = new Ingester(s, StandardExtractor.shared());
            in.ingest(article("https://a.test/1", "2023-06-19", "Chinese Foreign Minister Wang Yi met Antony Blinken on Monday."));
            in.ingest(article("https://b.test/2", "2023-06-21", "Foreign Minister Wang Yi of China spoke to Antony Blinken by phone on Wednesday."));
            long persons = s.read(ds -> ds.getUnionModel().listSubjectsWithProperty(RDF.type, ENT.Person).toList().stream()
                    .filter(r -> r.getURI().contains("wang")).count());
            assertEquals(1, persons);
            String wang = Iris.actor("person/wang-yi");
            int labels = s.read(ds -> ds.getUnionModel().listObjectsOfProperty(ds.getUnionModel().createResource(wang), SKOS.prefLabel).toList().size());
            assertEquals(1, labels);
        }
    }
}
