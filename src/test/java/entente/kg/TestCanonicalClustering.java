package entente.kg;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.store.Store;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Clustering rules of the canonical layer on hand-made article graphs (no NLP): direction, window, undated reports. */
class TestCanonicalClustering {
    /** An article graph with one event: class, type, source → target, date (or null), published on {@code issued}. */
    private static Model article(String key, Resource cls, String type, String source, String target, String date, String issued) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(Iris.article(key)).addProperty(RDF.type, ENT.Article)
                .addLiteral(DCTerms.issued, m.createTypedLiteral(issued, XSDDatatype.XSDdate));
        Resource sentence = m.createResource(Iris.sentence(key, 0)).addProperty(RDF.type, ENT.Sentence).addProperty(ENT.inArticle, article);
        Resource e = m.createResource(Iris.event(key, 0)).addProperty(RDF.type, ENT.DiplomaticEvent).addProperty(RDF.type, cls)
                .addProperty(ENT.eventType, m.createResource("https://w3id.org/entente/plover/type/" + type))
                .addProperty(ENT.status, ENT.Occurred).addProperty(ENT.evidence, sentence)
                .addProperty(ENT.source, m.createResource(Iris.actor("country/" + source)))
                .addProperty(ENT.target, m.createResource(Iris.actor("country/" + target)));
        if (date != null) e.addProperty(ENT.date, date);
        return m;
    }

    private static void put(Store s, String key, Model m) {
        s.write(() -> Ingester.put(s, Iris.articleGraph(key), m));
    }

    private static List<Resource> canonical(Store s) {
        return s.read(ds -> ds.getNamedModel(Iris.CANONICAL_GRAPH).listSubjectsWithProperty(RDF.type, ENT.CanonicalEvent).toList());
    }

    private static int sources(Store s, Resource c) {
        return s.read(ds -> ds.getNamedModel(Iris.CANONICAL_GRAPH).getProperty(c, ENT.sourceCount).getInt());
    }

    @Test
    void aDisputeKeepsItsDirection() {
        try (Store s = Store.inMemory()) {
            put(s, "a", article("a", ENT.Dispute, "ACCUSE", "USA", "CHN", "2023-06-19", "2023-06-19"));
            put(s, "b", article("b", ENT.Dispute, "ACCUSE", "CHN", "USA", "2023-06-19", "2023-06-19"));
            assertEquals(2, canonical(s).size(), "A accuses B is not B accuses A");
            put(s, "c", article("c", ENT.Dispute, "ACCUSE", "USA", "CHN", "2023-06-20", "2023-06-20"));
            assertEquals(2, canonical(s).size());
        }
    }

    @Test
    void typesAndDatesOutsideTheWindowSplitAndUndatedReportsJoinTheNearest() {
        try (Store s = Store.inMemory()) {
            put(s, "a", article("a", ENT.Dispute, "ACCUSE", "USA", "CHN", "2023-06-01", "2023-06-01"));
            put(s, "b", article("b", ENT.Dispute, "THREATEN", "USA", "CHN", "2023-06-01", "2023-06-01"));
            put(s, "c", article("c", ENT.Dispute, "ACCUSE", "USA", "CHN", "2023-06-10", "2023-06-10"));
            assertEquals(3, canonical(s).size(), "another type, or nine days later, is another event");
            put(s, "d", article("d", ENT.Dispute, "ACCUSE", "USA", "CHN", null, "2023-06-11"));
            assertEquals(3, canonical(s).size(), "an undated report joins the nearest event");
            Resource tenth = s.read(ds -> ds.getNamedModel(Iris.CANONICAL_GRAPH).listSubjectsWithProperty(ENT.date, "2023-06-10").next());
            assertEquals(2, sources(s, tenth));
            assertTrue(tenth.getURI().endsWith("/2023-06-10"), "IRI from the first day: " + tenth);
        }
    }

    @Test
    void theLayerDoesNotDependOnArrivalOrder() {
        Model[] ms = {
                article("a", ENT.Meeting, "CONSULT", "USA", "CHN", "2023-06-01", "2023-06-01"),
                article("b", ENT.Meeting, "CONSULT", "USA", "CHN", "2023-06-03", "2023-06-03"),
                article("c", ENT.Meeting, "CONSULT", "USA", "CHN", null, "2023-06-05")};
        Model forward, backward;
        try (Store s = Store.inMemory()) {
            for (int i = 0; i < 3; i++) put(s, "abc".substring(i, i + 1), ModelFactory.createDefaultModel().add(ms[i]));
            forward = s.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.CANONICAL_GRAPH)));
        }
        try (Store s = Store.inMemory()) {
            for (int i = 2; i >= 0; i--) put(s, "abc".substring(i, i + 1), ModelFactory.createDefaultModel().add(ms[i]));
            backward = s.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.CANONICAL_GRAPH)));
        }
        assertTrue(forward.isIsomorphicWith(backward));
        assertEquals(1, forward.listSubjectsWithProperty(RDF.type, ENT.CanonicalEvent).toList().size());
    }

    @Test
    void aRebuildGivesWhatIncrementalUpdatesGave() {
        try (Store s = Store.inMemory()) {
            put(s, "a", article("a", ENT.Dispute, "ACCUSE", "USA", "CHN", "2023-06-01", "2023-06-01"));
            put(s, "b", article("b", ENT.Dispute, "ACCUSE", "USA", "CHN", null, "2023-06-02"));
            put(s, "c", article("c", ENT.Dispute, "ACCUSE", "CHN", "USA", "2023-06-10", "2023-06-10"));
            Model incremental = s.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.CANONICAL_GRAPH)));
            s.write(() -> s.removeGraph(Iris.CANONICAL_GRAPH));
            s.write(() -> CanonicalEvents.rebuild(s));
            Model rebuilt = s.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(Iris.CANONICAL_GRAPH)));
            assertTrue(incremental.isIsomorphicWith(rebuilt));
            assertEquals(2, canonical(s).size());
        }
    }
}
