package entente.kg;

import static org.junit.jupiter.api.Assertions.*;

import entente.Ingester;
import entente.store.Store;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** One IRI per real person across articles: normalised names, namesakes of different countries, one label. */
class TestIdentity {
    @Test
    void spellingsOfOneNameAreOneKey() {
        String wang = Iris.personKey("Wang Yi");
        assertEquals("person/wang-yi", wang);
        assertEquals(wang, Iris.personKey("WANG Yi"));
        assertEquals(wang, Iris.personKey("Mr. Wang Yi"));
        assertEquals(wang, Iris.personKey("Wang  Yi"));
        assertEquals(Iris.personKey("John Kerry"), Iris.personKey("John F. Kerry"));
        assertEquals(Iris.personKey("George Bush"), Iris.personKey("George W. Bush"));
        assertNotEquals(Iris.personKey("George W. Bush"), Iris.personKey("George H. W. Bush"), "father and son");
        assertEquals("person/george-h-w-bush", Iris.personKey("George H. W. Bush"));
        assertEquals(Iris.personKey("Jose Manuel Albares"), Iris.personKey("José Manuel Albares"));
        assertNotEquals(Iris.personKey("Wang Yi"), Iris.personKey("Wang Yang"));
    }

    private static Model article(String graph, String person, String name, String country) {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(Iris.actor(person)).addProperty(RDF.type, ENT.Actor).addProperty(RDF.type, ENT.Person)
                .addProperty(SKOS.prefLabel, name);
        if (country != null) p.addProperty(ENT.country, m.createResource(Iris.actor("country/" + country)));
        m.createResource(graph + "#event").addProperty(ENT.participant, p);
        return m;
    }

    @Test
    void namesakesOfDifferentCountriesAreTwoPersons() {
        try (Store s = Store.inMemory()) {
            String g1 = Iris.articleGraph("a1"), g2 = Iris.articleGraph("a2"), g3 = Iris.articleGraph("a3"), g4 = Iris.articleGraph("a4");
            s.write(() -> Ingester.put(s, g1, article(g1, "person/li-wei", "Li Wei", "CHN")));
            Model other = article(g2, "person/li-wei", "Li Wei", "SGP");
            s.write(() -> Ingester.put(s, g2, other));
            assertTrue(other.containsResource(other.createResource(Iris.actor("person/li-wei-sgp"))), "renamed by country");
            assertFalse(other.containsResource(other.createResource(Iris.actor("person/li-wei"))), "every use renamed");
            Model same = article(g3, "person/li-wei", "Li Wei", "CHN");
            s.write(() -> Ingester.put(s, g3, same));
            assertTrue(same.containsResource(same.createResource(Iris.actor("person/li-wei"))), "the same country shares the IRI");
            Model unknown = article(g4, "person/li-wei", "Li Wei", null);
            s.write(() -> Ingester.put(s, g4, unknown));
            assertTrue(unknown.containsResource(unknown.createResource(Iris.actor("person/li-wei"))), "no country: the shared IRI");
        }
    }

    @Test
    void oneActorKeepsOnePreferredLabelAcrossGraphs() {
        try (Store s = Store.inMemory()) {
            String g1 = Iris.articleGraph("a1"), g2 = Iris.articleGraph("a2");
            s.write(() -> Ingester.put(s, g1, article(g1, "person/wang-yi", "Wang Yi", null)));
            Model second = article(g2, "person/wang-yi", "WANG Yi", null);
            s.write(() -> Ingester.put(s, g2, second));
            long labels = s.read(ds -> (long) ds.getUnionModel().listObjectsOfProperty(
                    ds.getUnionModel().createResource(Iris.actor("person/wang-yi")), SKOS.prefLabel).toList().size());
            assertEquals(1, labels, "the union has one preferred label");
            Resource w = second.createResource(Iris.actor("person/wang-yi"));
            assertEquals("Wang Yi", w.getProperty(SKOS.prefLabel).getString(), "the first label wins");
            assertTrue(second.contains(w, SKOS.altLabel, "WANG Yi"), "the other spelling is an alias");
        }
    }
}
