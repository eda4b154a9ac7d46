package entente.kg;

import entente.article.Article;
import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.Event;
import entente.extract.Evidence;
import entente.extract.Extraction;
import entente.extract.Participant;
import entente.extract.PostHolding;
import entente.nlp.Sentence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns one article's {@link Extraction} into the RDF of its named graph: the article and the graph's provenance,
 * the sentences used as evidence, actors and their mentions, posts observed, and events with roles, status, time,
 * place and topic. A pure function of its input (apart from the generation time), so it can run anywhere.
 */
public final class RdfMapper {
    /** Written on every graph so results can be traced to the code that produced them. */
    public static final String EXTRACTOR_VERSION = "entente-0.1.0";

    private RdfMapper() {}

    /** The IRI of the named graph that holds this article. */
    public static String graphIri(Article article) { return Iris.articleGraph(article.key()); }

    /** The article's graph content. */
    public static Model toModel(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.setOn(m);
        Article a = x.article();
        String key = a.key();
        Resource graph = m.createResource(graphIri(a));
        Resource article = m.createResource(Iris.article(key))
                .addProperty(RDF.type, ENT.Article)
                .addProperty(ENT.url, a.locator())
                .addProperty(ENT.contentHash, a.contentHash());
        graph.addProperty(ENT.PROV.wasDerivedFrom, m.createResource(sourceIri(a.locator())))
                .addLiteral(ENT.PROV.generatedAtTime, now(m))
                .addProperty(ENT.extractorVersion, EXTRACTOR_VERSION);
        if (!a.title().isBlank()) {
            article.addProperty(DCTerms.title, a.title());
            graph.addProperty(DCTerms.title, a.title());
        }
        a.publishedDate().ifPresent(d -> {
            Literal issued = m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
            article.addLiteral(DCTerms.issued, issued);
            graph.addLiteral(DCTerms.issued, issued);
        });

        Map<Integer, Resource> sentences = new HashMap<>();
        // ent:country points to an ent:Country; a territory (a Place with a code, "country/HKG") is not one.
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (Actor actor : x.actors()) if (actor.type() == entente.extract.ActorType.COUNTRY) countries.add(actor.id());
        for (Actor actor : x.actors()) actor(m, actor, countries);
        int i = 0;
        for (ActorMention mention : x.mentions()) {
            m.createResource(Iris.mention(key, i++))
                    .addProperty(RDF.type, ENT.Mention)
                    .addProperty(ENT.mentionOf, m.createResource(Iris.actor(mention.actorId())))
                    .addProperty(ENT.anchorText, mention.text())
                    .addLiteral(ENT.startOffset, integer(m, mention.start()))
                    .addLiteral(ENT.endOffset, integer(m, mention.end()))
                    .addProperty(ENT.inSentence, sentence(m, x, key, mention.sentence(), article, sentences));
        }
        i = 0;
        for (PostHolding p : x.posts()) post(m, x, key, i++, p, article, sentences);
        i = 0;
        for (Event e : x.events()) event(m, key, i++, e, article, sentences);
        return m;
    }

    private static void actor(Model m, Actor actor, java.util.Set<String> countries) {
        Resource r = m.createResource(Iris.actor(actor.id()))
                .addProperty(RDF.type, ENT.Actor)
                .addProperty(SKOS.prefLabel, actor.name());
        for (Resource type : ActorClasses.of(actor.type())) r.addProperty(RDF.type, type);
        for (String alias : actor.aliases()) if (!alias.equals(actor.name())) r.addProperty(SKOS.altLabel, alias);
        if (actor.countryCode() != null) {
            // Countries and territories ("country/HKG") carry their own code; other actors point to their country.
            if (actor.id().startsWith("country/")) r.addProperty(ENT.isoAlpha3, actor.countryCode());
            else if (countries.contains("country/" + actor.countryCode()))
                r.addProperty(ENT.country, m.createResource(Iris.actor("country/" + actor.countryCode())));
        }
        if (actor.wikidata() != null) r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(actor.wikidata())));
    }

    private static void post(Model m, Extraction x, String key, int index, PostHolding p, Resource article,
                             Map<Integer, Resource> sentences) {
        Resource holder = m.createResource(Iris.actor(p.personId()));
        Resource post = m.createResource(Iris.post(p.ofActorId(), p.postKey()))
                .addProperty(RDF.type, ORG.Post)
                .addProperty(SKOS.prefLabel, postLabel(x, p))
                .addProperty(ENT.postType, m.createResource(Iris.postType(p.postKey())))
                .addProperty(ORG.heldBy, holder);
        if (p.ofActorId() != null) post.addProperty(ORG.postIn, m.createResource(Iris.actor(p.ofActorId())));
        holder.addProperty(ORG.holds, post);
        Resource obs = m.createResource(Iris.postObservation(key, index))
                .addProperty(RDF.type, ENT.PostObservation)
                .addProperty(ENT.holder, holder)
                .addProperty(ENT.post, post)
                .addProperty(ENT.evidence, sentence(m, x, key, p.sentence(), article, sentences));
        x.article().publishedDate().ifPresent(d ->
                obs.addLiteral(ENT.observedOn, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    }

    /** "Foreign Minister of China": the normalised post and what it belongs to. */
    private static String postLabel(Extraction x, PostHolding p) {
        if (p.ofActorId() == null) return p.postLabel();
        return x.actors().stream().filter(a -> a.id().equals(p.ofActorId())).findFirst()
                .map(of -> p.postLabel() + " of " + of.name()).orElse(p.postLabel());
    }

    private static void event(Model m, String key, int index, Event e, Resource article, Map<Integer, Resource> sentences) {
        Resource r = m.createResource(Iris.event(key, index))
                .addProperty(RDF.type, ENT.DiplomaticEvent)
                .addProperty(RDF.type, ENT.eventClass(e.eventClass()))
                .addProperty(ENT.eventType, PLOVER.type(e.ploverType()))
                .addProperty(ENT.status, ENT.status(e.status()))
                .addLiteral(ENT.confidence, m.createTypedLiteral(
                        BigDecimal.valueOf(e.evidence().confidence()).setScale(2, RoundingMode.HALF_UP)))
                .addProperty(ENT.evidence, evidenceSentence(m, key, e.evidence(), article, sentences));
        if (e.mode() != null) r.addProperty(ENT.mode, PLOVER.mode(e.mode()));
        for (Participant p : e.participants()) r.addProperty(ENT.role(p.role()), m.createResource(Iris.actor(p.actorId())));
        if (e.time() != null) {
            r.addProperty(ENT.timePhrase, e.time().phrase());
            if (e.time().isResolved()) Times.addTo(r, e.time().value());
        }
        if (e.placeId() != null) r.addProperty(ENT.SEM.hasPlace, m.createResource(Iris.actor(e.placeId())));
        if (e.topic() != null && !e.topic().isBlank()) r.addProperty(ENT.topic, e.topic());
        if (e.name() != null) r.addProperty(ENT.pact, m.createResource(Iris.actor("org/" + Iris.slug(e.name()))));
        if (e.trigger() != null && !e.trigger().isBlank()) r.addProperty(ENT.trigger, e.trigger());
    }

    private static Resource sentence(Model m, Extraction x, String key, int index, Resource article,
                                     Map<Integer, Resource> sentences) {
        Sentence s = x.sentences().get(index);
        return evidenceSentence(m, key, new Evidence(index, s.start(), s.end(), s.text(), 1.0), article, sentences);
    }

    private static Resource evidenceSentence(Model m, String key, Evidence ev, Resource article,
                                             Map<Integer, Resource> sentences) {
        return sentences.computeIfAbsent(ev.sentence(), i -> m.createResource(Iris.sentence(key, i))
                .addProperty(RDF.type, ENT.Sentence)
                .addProperty(ENT.text, ev.quote())
                .addLiteral(ENT.sentenceIndex, integer(m, i))
                .addLiteral(ENT.startOffset, integer(m, ev.start()))
                .addLiteral(ENT.endOffset, integer(m, ev.end()))
                .addProperty(ENT.inArticle, article));
    }

    /** The article's URL as an IRI, or its file path as a {@code file:} IRI. */
    static String sourceIri(String locator) {
        if (locator.matches("(?i)[a-z][a-z0-9+.-]*://\\S+")) return locator.replace(" ", "%20");
        try {
            return Path.of(locator.replaceFirst(":\\d+$", "")).toAbsolutePath().normalize().toUri().toString();
        } catch (RuntimeException e) {
            return "urn:entente:source:" + Iris.slug(locator);
        }
    }

    /**
     * An xsd:integer, as the shapes require (Jena would type a Java int as xsd:int): counts written in the article
     * graphs, the canonical layer and the actor register.
     */
    static Literal integer(Model m, int n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /**
     * The time now in UTC, always written with milliseconds ("2023-06-18T09:04:45.120Z"): one width for every value, so
     * the lexical order is the time order and queries can sort by {@code STR(?generated)}, which is much cheaper than
     * comparing xsd:dateTime values.
     */
    private static Literal now(Model m) {
        return m.createTypedLiteral(TIMESTAMP.format(Instant.now()), XSDDatatype.XSDdateTime);
    }

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

}
