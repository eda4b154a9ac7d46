package entente.kg;

import static org.junit.jupiter.api.Assertions.*;

import entente.EntenteException;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TestShapes {
    private static final String ID = "https://w3id.org/entente/id/";
    private static final String MEETING = ID + "article/a1/e/1";
    private static final String SENTENCE = ID + "article/a1/s/3";

    private static Model conforming() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(TestShapes.class.getResource("/entente/kg/conforming.ttl").toString()).parse(m);
        return m;
    }

    /** The conforming graph after a change. */
    private static Model broken(Consumer<Model> change) {
        Model m = conforming();
        change.accept(m);
        return m;
    }

    private static void assertViolationOn(String focus, Model data) {
        ValidationReport report = Vocabulary.validate(data.getGraph());
        assertFalse(report.conforms(), "expected a violation on " + focus);
        Node expected = data.createResource(focus).asNode();
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(expected)),
                "only " + focus + " should be in violation:\n" + Vocabulary.describe(report));
    }

    private static void set(Model m, String subject, org.apache.jena.rdf.model.Property p, RDFNode value) {
        Resource s = m.createResource(subject);
        s.removeAll(p);
        s.addProperty(p, value);
    }

    @Test
    void handBuiltGraphConforms() {
        ValidationReport report = Vocabulary.validate(conforming().getGraph());
        assertTrue(report.conforms(), Vocabulary.describe(report));
        Vocabulary.requireValid(conforming().getGraph());
    }

    @Test
    void ontologyAndSchemesConform() {
        // the shared graphs of the store hold no instance data the shapes target, so they must pass as well
        Model shared = Vocabulary.ontology().add(Vocabulary.plover());
        assertTrue(Vocabulary.validate(shared.getGraph()).conforms());
    }

    @Test
    void eventWithoutStatus() {
        assertViolationOn(MEETING, broken(m -> m.createResource(MEETING).removeAll(ENT.status)));
    }

    @Test
    void statusNotOneOfTheFive() {
        assertViolationOn(MEETING, broken(m ->
                set(m, MEETING, ENT.status, m.createResource(ENT.NS + "Rumoured"))));
    }

    @Test
    void eventWithTwoStatuses() {
        assertViolationOn(MEETING, broken(m -> m.createResource(MEETING).addProperty(ENT.status, ENT.Planned)));
    }

    @Test
    void eventTypeNotPlover() {
        assertViolationOn(MEETING, broken(m -> set(m, MEETING, ENT.eventType,
                m.createResource(PLOVER.TYPE_NS + "MEET"))));
    }

    @Test
    void eventWithoutEvidence() {
        assertViolationOn(MEETING, broken(m -> m.createResource(MEETING).removeAll(ENT.evidence)));
    }

    @Test
    void eventWithoutActors() {
        assertViolationOn(MEETING, broken(m -> m.createResource(MEETING).removeAll(ENT.participant)));
    }

    @Test
    void eventActorThatIsNoActor() {
        assertViolationOn(MEETING, broken(m -> m.createResource(MEETING)
                .addProperty(ENT.participant, m.createResource(SENTENCE))));
    }

    @Test
    void confidenceOutOfRange() {
        assertViolationOn(MEETING, broken(m -> set(m, MEETING, ENT.confidence, m.createTypedLiteral(
                new java.math.BigDecimal("1.5")))));
    }

    @Test
    void dateNotIso() {
        assertViolationOn(MEETING, broken(m -> set(m, MEETING, ENT.date, m.createLiteral("last Monday"))));
    }

    @Test
    void sentenceEndBeforeStart() {
        Model m = broken(model -> set(model, SENTENCE, ENT.endOffset, model.createTypedLiteral(100)));
        // the mention inside the sentence still has good offsets, so only the sentence is wrong
        assertViolationOn(SENTENCE, m);
    }

    @Test
    void sentenceWithNegativeOffset() {
        assertViolationOn(SENTENCE, broken(m -> set(m, SENTENCE, ENT.startOffset, m.createTypedLiteral(-1))));
    }

    @Test
    void sentenceWithoutArticle() {
        assertViolationOn(SENTENCE, broken(m -> m.createResource(SENTENCE).removeAll(ENT.inArticle)));
    }

    @Test
    void countryWithoutIsoCode() {
        assertViolationOn(ID + "country/CHL", broken(m -> m.createResource(ID + "country/CHL").removeAll(ENT.isoAlpha3)));
    }

    @Test
    void countryWithLowerCaseCode() {
        assertViolationOn(ID + "country/CHL", broken(m -> set(m, ID + "country/CHL", ENT.isoAlpha3, m.createLiteral("chl"))));
    }

    @Test
    void actorWithTwoPreferredLabels() {
        String person = ID + "person/ana-lima";
        Literal second = ResourceFactoryLiteral.en("A. Lima");
        assertViolationOn(person, broken(m -> m.createResource(person).addProperty(SKOS.prefLabel, second)));
    }

    @Test
    void articleWithoutUrl() {
        String article = ID + "article/a1";
        assertViolationOn(article, broken(m -> m.createResource(article).removeAll(ENT.url)));
    }

    @Test
    void mentionOfANonActor() {
        String mention = ID + "article/a1/m/1";
        assertViolationOn(mention, broken(m -> set(m, mention, ENT.mentionOf, m.createResource(SENTENCE))));
    }

    @Test
    void postObservationWithoutHolder() {
        String obs = ID + "article/a1/p/1";
        assertViolationOn(obs, broken(m -> m.createResource(obs).removeAll(ENT.holder)));
    }

    @Test
    void requireValidThrowsWithTheFocusNode() {
        Model m = broken(model -> model.createResource(MEETING).removeAll(ENT.status));
        EntenteException e = assertThrows(EntenteException.class, () -> Vocabulary.requireValid(m.getGraph()));
        assertTrue(e.getMessage().contains("article/a1/e/1"), e.getMessage());
        assertTrue(e.getMessage().contains("exactly one status"), e.getMessage());
    }

    /** English literals without a model. */
    private static final class ResourceFactoryLiteral {
        static Literal en(String s) { return org.apache.jena.rdf.model.ResourceFactory.createLangLiteral(s, "en"); }
    }
}
