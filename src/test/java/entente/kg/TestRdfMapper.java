package entente.kg;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.extract.Event;
import entente.extract.EventClass;
import entente.extract.Evidence;
import entente.extract.Extraction;
import entente.extract.Participant;
import entente.extract.PostHolding;
import entente.extract.Role;
import entente.extract.Status;
import entente.extract.TimeExpression;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TestRdfMapper {
    /** "Ann Lee met Bo Chen in Oslo." with two persons, a place, a post and one meeting. */
    static Extraction sample() {
        String text = "Ann Lee met Bo Chen in Oslo.";
        List<Token> tokens = List.of(Token.of("Ann", 0), Token.of("Lee", 4), Token.of("met", 8), Token.of("Bo", 12),
                Token.of("Chen", 15), Token.of("in", 20), Token.of("Oslo", 23), Token.of(".", 27));
        Sentence s = new Sentence(0, 0, text.length(), text, tokens);
        Article a = new Article("https://news.test/oslo", LocalDate.of(2023, 6, 19), "Talks in Oslo", text);
        List<Actor> actors = List.of(
                new Actor("person/ann-lee", "Ann Lee", ActorType.PERSON, "NOR", null, List.of()),
                new Actor("person/bo-chen", "Bo Chen", ActorType.PERSON, null, null, List.of("Chen")),
                new Actor("country/NOR", "Norway", ActorType.COUNTRY, "NOR", "Q20", List.of()),
                new Actor("place/oslo", "Oslo", ActorType.PLACE, "NOR", null, List.of()));
        List<ActorMention> mentions = List.of(
                new ActorMention("person/ann-lee", 0, 0, 2, 0, 7, "Ann Lee"),
                new ActorMention("person/bo-chen", 0, 3, 5, 12, 19, "Bo Chen"),
                new ActorMention("place/oslo", 0, 6, 7, 23, 27, "Oslo"));
        List<PostHolding> posts = List.of(new PostHolding("person/ann-lee", "foreign-minister", "Foreign Minister", "country/NOR", "Foreign Minister", 0));
        Event meeting = new Event(EventClass.MEETING, "CONSULT", null, Status.OCCURRED,
                List.of(new Participant("person/ann-lee", Role.PARTICIPANT), new Participant("person/bo-chen", Role.PARTICIPANT)),
                new TimeExpression("on Monday", "2023-06-19"), "place/oslo", null, null, "met",
                new Evidence(0, 0, text.length(), text, 0.9));
        return new Extraction(a, List.of(s), actors, mentions, posts, List.of(meeting));
    }

    @Test
    void mapsEventWithRolesStatusTimePlaceAndEvidence() {
        Model m = RdfMapper.toModel(sample());
        Resource event = m.listSubjectsWithProperty(RDF.type, ENT.Meeting).next();
        assertTrue(event.hasProperty(RDF.type, ENT.DiplomaticEvent));
        assertEquals(2, m.listObjectsOfProperty(event, ENT.participant).toList().size());
        assertEquals(ENT.Occurred, event.getPropertyResourceValue(ENT.status));
        assertEquals("2023-06-19", event.getProperty(ENT.date).getString());
        assertTrue(event.hasProperty(ENT.SEM.hasTimeStamp));
        assertEquals(Iris.actor("place/oslo"), event.getPropertyResourceValue(ENT.SEM.hasPlace).getURI());
        Resource sentence = event.getPropertyResourceValue(ENT.evidence);
        assertEquals("Ann Lee met Bo Chen in Oslo.", sentence.getProperty(ENT.text).getString());
        assertEquals(0, sentence.getProperty(ENT.startOffset).getInt());
        assertEquals(28, sentence.getProperty(ENT.endOffset).getInt());
    }

    @Test
    void mapsActorsPostsAndProvenance() {
        Extraction x = sample();
        Model m = RdfMapper.toModel(x);
        Resource ann = m.getResource(Iris.actor("person/ann-lee"));
        assertTrue(ann.hasProperty(RDF.type, ENT.Person));
        assertEquals("Ann Lee", ann.getProperty(SKOS.prefLabel).getString());
        assertEquals(Iris.actor("country/NOR"), ann.getPropertyResourceValue(ENT.country).getURI());
        Resource post = ann.getPropertyResourceValue(ORG.holds);
        assertEquals("Foreign Minister of Norway", post.getProperty(SKOS.prefLabel).getString());
        assertTrue(m.getResource(Iris.actor("country/NOR")).hasProperty(ENT.isoAlpha3, "NOR"));
        assertTrue(m.getResource(Iris.actor("person/bo-chen")).hasProperty(SKOS.altLabel, "Chen"));
        Resource graph = m.getResource(RdfMapper.graphIri(x.article()));
        assertEquals("https://news.test/oslo", graph.getPropertyResourceValue(ENT.PROV.wasDerivedFrom).getURI());
        var generated = graph.getProperty(ENT.PROV.generatedAtTime).getLiteral();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), generated.getDatatypeURI());
        assertTrue(generated.getLexicalForm().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                "one width, UTC, so provenance.rq can sort by its text: " + generated.getLexicalForm());
        assertTrue(graph.hasProperty(ENT.extractorVersion));
        assertEquals(3, m.listSubjectsWithProperty(RDF.type, ENT.Mention).toList().size());
    }

    @Test
    void mappedGraphConformsToShapes() {
        Model m = RdfMapper.toModel(sample());
        var report = Vocabulary.validate(m.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
