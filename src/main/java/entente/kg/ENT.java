package entente.kg;

import entente.extract.ActorType;
import entente.extract.EventClass;
import entente.extract.Role;
import entente.extract.Status;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary constants of the entente ontology, mirroring {@code ontology/entente.ttl} term for term (a test fails when
 * a constant names a term the file does not declare).
 *
 * <p>Reused vocabularies come from Jena ({@code SKOS}, {@code ORG}, {@code DCTerms}, {@code FOAF}) except the SEM and
 * PROV terms entente relies on, which Jena lacks: they are gathered in {@link SEM} and {@link PROV}.
 *
 * <pre>
 *     model.add(event, RDF.type, ENT.Meeting);
 *     model.add(event, ENT.status, ENT.status(Status.PLANNED));
 *     model.add(event, ENT.role(Role.PARTICIPANT), blinken);
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ENT {
    private ENT() {}

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/entente/ontology#";
    /** The ontology's own IRI (no hash). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/entente/ontology";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    /** The ontology resource, which carries the version and licence. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

    // Classes: actors
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource Organization = resource("Organization");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Company = resource("Company");
    public static final Resource Place = resource("Place");
    public static final Resource PostObservation = resource("PostObservation");

    // Classes: events
    public static final Resource DiplomaticEvent = resource("DiplomaticEvent");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Visit = resource("Visit");
    public static final Resource Dispute = resource("Dispute");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource EventStatus = resource("EventStatus");
    public static final Resource CanonicalEvent = resource("CanonicalEvent");

    // Statuses
    public static final Resource StatusScheme = resource("StatusScheme");
    public static final Resource Occurred = resource("Occurred");
    public static final Resource Planned = resource("Planned");
    public static final Resource Proposed = resource("Proposed");
    public static final Resource Cancelled = resource("Cancelled");
    public static final Resource Declined = resource("Declined");

    // Classes: evidence
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");

    // Properties: actors and posts
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property country = property("country");
    public static final Property postType = property("postType");
    public static final Property holder = property("holder");
    public static final Property post = property("post");
    public static final Property observedOn = property("observedOn");

    // Properties: events
    public static final Property eventType = property("eventType");
    public static final Property mode = property("mode");
    public static final Property status = property("status");
    public static final Property participant = property("participant");
    public static final Property visitor = property("visitor");
    public static final Property host = property("host");
    public static final Property source = property("source");
    public static final Property target = property("target");
    public static final Property member = property("member");
    public static final Property pact = property("pact");
    public static final Property topic = property("topic");
    public static final Property date = property("date");
    public static final Property timePhrase = property("timePhrase");
    public static final Property trigger = property("trigger");
    public static final Property confidence = property("confidence");
    public static final Property cooperationScore = property("cooperationScore");

    // Properties: canonical events
    public static final Property eventClass = property("eventClass");
    public static final Property reportedBy = property("reportedBy");
    public static final Property reportedStatus = property("reportedStatus");
    public static final Property sourceCount = property("sourceCount");
    public static final Property articleCount = property("articleCount");
    public static final Property firstReported = property("firstReported");
    public static final Property lastReported = property("lastReported");
    public static final Property clusterKey = property("clusterKey");

    // The actor register
    public static final Property mentioningArticles = property("mentioningArticles");
    public static final Resource Tenure = resource("Tenure");
    public static final Property tenureHolder = property("tenureHolder");
    public static final Property tenurePost = property("tenurePost");
    public static final Property observationCount = property("observationCount");
    public static final Property firstObserved = property("firstObserved");
    public static final Property lastObserved = property("lastObserved");

    // Properties: evidence
    public static final Property evidence = property("evidence");
    public static final Property text = property("text");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property inArticle = property("inArticle");
    public static final Property mentionOf = property("mentionOf");
    public static final Property anchorText = property("anchorText");
    public static final Property inSentence = property("inSentence");

    // Properties: articles and graphs
    public static final Property url = property("url");
    public static final Property contentHash = property("contentHash");
    public static final Property extractorVersion = property("extractorVersion");

    /** The status individual for an extraction status. */
    public static Resource status(Status s) {
        return switch (s) {
            case OCCURRED -> Occurred;
            case PLANNED -> Planned;
            case PROPOSED -> Proposed;
            case CANCELLED -> Cancelled;
            case DECLINED -> Declined;
        };
    }

    /** The role property (a sub-property of sem:hasActor) for a role. */
    public static Property role(Role r) {
        return switch (r) {
            case PARTICIPANT -> participant;
            case VISITOR -> visitor;
            case HOST -> host;
            case SOURCE -> source;
            case TARGET -> target;
            case MEMBER -> member;
        };
    }

    /** The ontology class of an event family. */
    public static Resource eventClass(EventClass c) {
        return switch (c) {
            case MEETING -> Meeting;
            case VISIT -> Visit;
            case DISPUTE -> Dispute;
            case ALLIANCE -> Alliance;
            case AGREEMENT -> Agreement;
        };
    }

    /** The ontology class of an actor type. */
    public static Resource actorClass(ActorType t) {
        return switch (t) {
            case PERSON -> Person;
            case COUNTRY -> Country;
            case INTERNATIONAL_ORGANIZATION -> InternationalOrganization;
            case GOVERNMENT_BODY -> GovernmentBody;
            case COMPANY -> Company;
            case ORGANIZATION -> Organization;
            case PLACE -> Place;
        };
    }

    /**
     * The Simple Event Model terms entente uses (<a href="http://semanticweb.cs.vu.nl/2009/11/sem/">SEM</a>):
     * actors, places and time stamps of events.
     */
    public static final class SEM {
        private SEM() {}

        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

        public static final Resource Event = ResourceFactory.createResource(NS + "Event");
        public static final Resource Actor = ResourceFactory.createResource(NS + "Actor");
        public static final Resource Place = ResourceFactory.createResource(NS + "Place");
        public static final Property hasActor = ResourceFactory.createProperty(NS, "hasActor");
        public static final Property hasPlace = ResourceFactory.createProperty(NS, "hasPlace");
        public static final Property hasTimeStamp = ResourceFactory.createProperty(NS, "hasTimeStamp");
        public static final Property hasBeginTimeStamp = ResourceFactory.createProperty(NS, "hasBeginTimeStamp");
        public static final Property hasEndTimeStamp = ResourceFactory.createProperty(NS, "hasEndTimeStamp");
    }

    /** The W3C PROV-O terms entente states on each article's named graph. */
    public static final class PROV {
        private PROV() {}

        public static final String NS = "http://www.w3.org/ns/prov#";

        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
        public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    }
}
