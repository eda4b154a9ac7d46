package entente.kg;

import entente.nlp.Token;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Mints the IRIs of entente's data. They are stable: the same actor, article or post gets the same IRI in every run,
 * so re-ingesting replaces rather than duplicates, and two articles about one person share its IRI.
 */
public final class Iris {
    /** Base of all data IRIs. */
    public static final String ID = "https://w3id.org/entente/id/";
    /** Base of named-graph IRIs. */
    public static final String GRAPH = "https://w3id.org/entente/graph/";
    /** Base of the normalised-post concepts ("foreign-minister"). */
    public static final String POST_TYPE = "https://w3id.org/entente/post/";
    /** The graph holding the ontology and the PLOVER/CAMEO concept schemes. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** The graph holding reference actors (countries, organisations) and the post concepts. */
    public static final String GAZETTEER_GRAPH = GRAPH + "gazetteer";
    /** The graph holding the canonical events, each clustering the per-article reports of one real event. */
    public static final String CANONICAL_GRAPH = GRAPH + "canonical";
    /** The graph holding the actor register: every actor some article mentions, with how many do. */
    public static final String ACTORS_GRAPH = GRAPH + "actors";

    private Iris() {}

    /** The IRI of an actor from its key ("country/CHN", "person/antony-blinken"). */
    public static String actor(String actorId) { return ID + actorId; }

    public static String articleGraph(String articleKey) { return GRAPH + "article/" + articleKey; }

    /** The article key of an article graph IRI, or null when the IRI is not one. */
    public static String articleKeyOfGraph(String graphIri) {
        String prefix = GRAPH + "article/";
        return graphIri.startsWith(prefix) ? graphIri.substring(prefix.length()) : null;
    }

    /** The article key of an article-local IRI ({@code id/article/<key>/...}), or null. */
    public static String articleKeyOf(String iri) {
        String prefix = ID + "article/";
        if (!iri.startsWith(prefix)) return null;
        int slash = iri.indexOf('/', prefix.length());
        return slash < 0 ? iri.substring(prefix.length()) : iri.substring(prefix.length(), slash);
    }

    /** A canonical event: its cluster key and the first day it was known to happen ("undated" when none). */
    public static String canonicalEvent(String clusterKey, String day) { return ID + "event/" + clusterKey + "/" + day; }

    public static String article(String articleKey) { return ID + "article/" + articleKey; }

    public static String sentence(String articleKey, int index) { return article(articleKey) + "/sentence/" + index; }

    public static String mention(String articleKey, int index) { return article(articleKey) + "/mention/" + index; }

    public static String event(String articleKey, int index) { return article(articleKey) + "/event/" + index; }

    public static String postObservation(String articleKey, int index) { return article(articleKey) + "/post/" + index; }

    /** A post: "foreign-minister" of "country/CHN" is {@code id/post/country/CHN/foreign-minister}. */
    public static String post(String ofActorId, String postKey) {
        return ID + "post/" + (ofActorId == null ? "unknown" : ofActorId) + "/" + postKey;
    }

    public static String postType(String postKey) { return POST_TYPE + postKey; }

    public static String wikidata(String qid) { return "http://www.wikidata.org/entity/" + qid; }

    /**
     * The actor key of a person from a full name, the same for every spelling of that name: accents and case dropped
     * (slug), a leading honorific dropped ("Mr. Wang Yi"), a middle initial dropped ("John F. Kerry" = "John Kerry"),
     * so "Wang Yi", "WANG Yi" and "Mr Wang Yi" are {@code person/wang-yi}. Two middle initials or more stay: they tell
     * people apart ("George H. W. Bush" is not "George W. Bush").
     */
    public static String personKey(String fullName) {
        String[] parts = fullName.strip().replace('\u2019', '\'').split("\\s+");
        int initials = 0;
        for (int i = 1; i < parts.length - 1; i++) if (Token.isInitial(parts[i])) initials++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == 0 && parts.length > 2 && HONORIFIC.matcher(p).matches()) continue;
            boolean inner = i > 0 && i < parts.length - 1;
            if (inner && parts.length > 2 && initials == 1 && Token.isInitial(p)) continue;
            sb.append(sb.isEmpty() ? "" : " ").append(p);
        }
        return "person/" + slug(sb.isEmpty() ? fullName : sb.toString());
    }

    /** Honorifics a name finder may leave in front of a name; titles proper are stripped by the extractor. */
    private static final java.util.regex.Pattern HONORIFIC =
            java.util.regex.Pattern.compile("(?i)(mr|mrs|ms|mx|dr|prof|sir|dame)\\.?");

    /** A lower-case ASCII slug: accents dropped, runs of other characters as one hyphen ("Qin Gang" → "qin-gang"). */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
