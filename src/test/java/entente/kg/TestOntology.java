package entente.kg;

import static org.junit.jupiter.api.Assertions.*;

import entente.extract.ActorType;
import entente.extract.EventClass;
import entente.extract.Role;
import entente.extract.Status;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TestOntology {
    private static final Model ONTOLOGY = Vocabulary.ontology();
    private static final Model PLOVER_MODEL = Vocabulary.plover();

    /** A term is declared when the ontology gives it a type. */
    private static boolean declared(Model m, Resource term) {
        return m.contains(term, RDF.type, (RDFNode) null);
    }

    /** Every subject of the ent: namespace that the ontology types, plus the ontology itself. */
    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(ENT.NS)) terms.add(s.getURI());
        });
        return terms;
    }

    /** Every Resource or Property constant of ENT itself (not of its nested SEM and PROV classes). */
    private static Map<String, Resource> entConstants() throws IllegalAccessException {
        Map<String, Resource> constants = new HashMap<>();
        for (Field f : ENT.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                constants.put(f.getName(), (Resource) f.get(null));
        }
        return constants;
    }

    @Test
    void filesParse() {
        assertTrue(ONTOLOGY.size() > 300, "entente.ttl: " + ONTOLOGY.size());
        assertTrue(PLOVER_MODEL.size() > 1000, "plover.ttl: " + PLOVER_MODEL.size());
        assertTrue(Vocabulary.shapesModel().size() > 100);
        assertFalse(Vocabulary.shapes().isEmpty());
        assertTrue(ONTOLOGY.contains(ENT.ONTOLOGY, RDF.type, OWL.Ontology));
        assertTrue(ONTOLOGY.contains(ENT.ONTOLOGY, OWL.versionInfo));
        for (String p : List.of("title", "description", "license", "creator"))
            assertTrue(ONTOLOGY.contains(ENT.ONTOLOGY, ONTOLOGY.createProperty(DCTerms.NS, p)), p);
        assertEquals("ent", ONTOLOGY.getRequiredProperty(ENT.ONTOLOGY,
                ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix")).getString());
    }

    @Test
    void modelsAreFreshCopies() {
        Model m = Vocabulary.ontology();
        m.removeAll();
        assertTrue(declared(Vocabulary.ontology(), ENT.Meeting));
    }

    @Test
    void everyTermHasLabelAndComment() {
        Set<String> terms = declaredTerms();
        assertTrue(terms.size() >= 55, terms.toString());
        List<String> missing = new ArrayList<>();
        for (String t : terms) {
            Resource r = ONTOLOGY.createResource(t);
            if (!r.hasProperty(RDFS.label)) missing.add(t + " rdfs:label");
            if (!r.hasProperty(RDFS.comment)) missing.add(t + " rdfs:comment");
            if (!r.hasProperty(RDFS.isDefinedBy, ENT.ONTOLOGY)) missing.add(t + " rdfs:isDefinedBy");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyConstantNamesADeclaredTerm() throws IllegalAccessException {
        Map<String, Resource> constants = entConstants();
        assertTrue(constants.size() >= 55, constants.keySet().toString());
        List<String> undeclared = new ArrayList<>();
        constants.forEach((name, r) -> {
            if (!declared(ONTOLOGY, r)) undeclared.add(name + " = " + r);
        });
        assertEquals(List.of(), undeclared, "ENT constants the ontology does not declare");
        // the check itself catches a term the file lacks
        assertFalse(declared(ONTOLOGY, ONTOLOGY.createResource(ENT.NS + "NoSuchTerm")));
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constantIris = new TreeSet<>();
        entConstants().values().forEach(r -> constantIris.add(r.getURI()));
        Set<String> missing = new TreeSet<>(declaredTerms());
        missing.removeAll(constantIris);
        assertEquals(Set.of(), missing, "terms of entente.ttl without an ENT constant");
    }

    @Test
    void rolePropertiesAreSemActors() {
        for (Role r : Role.values()) {
            Resource p = ENT.role(r);
            assertEquals(r.label(), p.getLocalName());
            assertTrue(ONTOLOGY.contains(p, RDFS.subPropertyOf, ENT.SEM.hasActor), p.toString());
        }
    }

    @Test
    void statusesAreTheFiveIndividuals() {
        assertEquals(5, ONTOLOGY.listSubjectsWithProperty(RDF.type, ENT.EventStatus).toList().size());
        for (Status s : Status.values()) {
            Resource r = ENT.status(s);
            assertTrue(ONTOLOGY.contains(r, RDF.type, ENT.EventStatus), r.toString());
            assertTrue(ONTOLOGY.contains(r, SKOS.inScheme, ENT.StatusScheme), r.toString());
            assertEquals(s.label(), ONTOLOGY.getRequiredProperty(r, SKOS.prefLabel).getString());
            assertTrue(ONTOLOGY.contains(r, SKOS.definition), r.toString());
        }
    }

    @Test
    void eventAndActorClassesAreSubclasses() {
        for (EventClass c : EventClass.values())
            assertTrue(ONTOLOGY.contains(ENT.eventClass(c), RDFS.subClassOf, ENT.DiplomaticEvent), c.name());
        assertTrue(ONTOLOGY.contains(ENT.DiplomaticEvent, RDFS.subClassOf, ENT.SEM.Event));
        for (ActorType t : ActorType.values()) {
            Resource c = ENT.actorClass(t);
            boolean actor = ONTOLOGY.contains(c, RDFS.subClassOf, ENT.Actor)
                    || ONTOLOGY.contains(c, RDFS.subClassOf, ENT.Organization);
            assertTrue(actor, t.name());
        }
    }

    private static Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new HashMap<>();
        PLOVER_MODEL.listSubjectsWithProperty(SKOS.inScheme, PLOVER.TYPE_SCHEME).forEach(t -> {
            Statement score = t.getProperty(ENT.cooperationScore);
            assertNotNull(score, "no score: " + t);
            scores.put(t.getRequiredProperty(SKOS.notation).getString(), new BigDecimal(score.getLiteral().getLexicalForm()));
        });
        return scores;
    }

    @Test
    void sixteenPloverTypesWithScores() {
        Map<String, BigDecimal> scores = scores();
        assertEquals(new TreeSet<>(PLOVER.TYPES), new TreeSet<>(scores.keySet()));
        for (String t : PLOVER.TYPES) {
            Resource type = PLOVER_MODEL.createResource(PLOVER.type(t).getURI());
            assertTrue(type.hasProperty(SKOS.prefLabel) && type.hasProperty(SKOS.definition), t);
            assertTrue(type.hasProperty(SKOS.closeMatch), t + " has no CAMEO match");
        }
        String lowest = scores.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String highest = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("ASSAULT", lowest);
        assertEquals("AID", highest);
        assertEquals(0, new BigDecimal("9.5").compareTo(scores.get("COOPERATE")));
        assertTrue(scores.get("ACCUSE").signum() < 0, "accusation is conflict");
    }

    @Test
    void consultMatchesCameoConsultCodes() {
        Resource consult = PLOVER_MODEL.createResource(PLOVER.type("consult").getURI());
        for (String code : List.of("040", "041", "042", "043", "044", "045", "046"))
            assertTrue(consult.hasProperty(SKOS.closeMatch, PLOVER.cameo(code)), code);
        assertFalse(consult.hasProperty(SKOS.closeMatch, PLOVER.cameo("111")));
        Resource accuse = PLOVER_MODEL.createResource(PLOVER.type("ACCUSE").getURI());
        assertTrue(accuse.hasProperty(SKOS.closeMatch, PLOVER.cameo("112")));
    }

    @Test
    void everyCameoMatchIsAConceptOfTheCameoScheme() {
        List<String> bad = new ArrayList<>();
        PLOVER_MODEL.listStatements(null, SKOS.closeMatch, (RDFNode) null).forEach(st -> {
            Resource code = st.getResource();
            if (!PLOVER_MODEL.contains(code, SKOS.inScheme, PLOVER.CAMEO_SCHEME) || !code.hasProperty(SKOS.notation))
                bad.add(code.getURI());
        });
        assertEquals(List.of(), bad);
        Resource visit = PLOVER_MODEL.createResource(PLOVER.cameo("042").getURI());
        assertEquals("Make a visit", visit.getRequiredProperty(SKOS.prefLabel).getString());
    }

    @Test
    void modesUsedByTheExtractorExist() {
        for (String m : List.of("visit", "host", "phone", "multilateral", "third-party", "disapprove", "arrest")) {
            Resource mode = PLOVER_MODEL.createResource(PLOVER.mode(m).getURI());
            assertTrue(PLOVER_MODEL.contains(mode, SKOS.inScheme, PLOVER.MODE_SCHEME), m);
            assertTrue(mode.hasProperty(SKOS.related), m);
        }
        assertTrue(PLOVER_MODEL.contains(PLOVER.mode("visit"), SKOS.broader, PLOVER.type("CONSULT")));
        // a mode of one type has the manual's finer score; a shared mode has none
        BigDecimal visit = new BigDecimal(PLOVER_MODEL.getRequiredProperty(PLOVER.mode("visit"), ENT.cooperationScore)
                .getLiteral().getLexicalForm());
        assertTrue(visit.compareTo(scores().get("CONSULT")) > 0);
        assertFalse(PLOVER_MODEL.contains(PLOVER.mode("withdraw"), ENT.cooperationScore));
    }

    @Test
    void ploverFactoriesRejectBadInput() {
        assertEquals(PLOVER.TYPE_NS + "CONSULT", PLOVER.type(" consult ").getURI());
        assertThrows(IllegalArgumentException.class, () -> PLOVER.type("MEET"));
        assertThrows(IllegalArgumentException.class, () -> PLOVER.mode("visit/host"));
        assertThrows(IllegalArgumentException.class, () -> PLOVER.cameo("04a"));
    }

    @Test
    void schemesCreditPlover() {
        for (Resource scheme : List.of(PLOVER.TYPE_SCHEME, PLOVER.MODE_SCHEME, PLOVER.CAMEO_SCHEME)) {
            assertTrue(PLOVER_MODEL.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme.toString());
            assertTrue(PLOVER_MODEL.contains(scheme, DCTerms.license,
                    PLOVER_MODEL.createResource("https://creativecommons.org/licenses/by-sa/4.0/")), scheme.toString());
        }
    }
}
