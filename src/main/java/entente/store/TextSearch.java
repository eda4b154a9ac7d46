package entente.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * Full-text search over the sentences of the store through the jena-text index ({@code text:query}), with the events
 * each sentence is evidence for and the article it belongs to.
 *
 * <pre>
 *   for (TextSearch.Hit h : TextSearch.sentences(store, "fentanyl", 10)) System.out.println(h.text());
 * </pre>
 */
public final class TextSearch {
    private static final String QUERY = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?sentence ?score ?text ?url ?title ?event ?type WHERE {
              (?sentence ?score) text:query (ent:text ?q ?limit) .
              ?sentence ent:text ?text ; ent:inArticle ?article .
              ?article ent:url ?url .
              OPTIONAL { ?article dcterms:title ?title }
              OPTIONAL { ?event ent:evidence ?sentence ; ent:eventType ?typeIri .
                         BIND(STRAFTER(STR(?typeIri), "/type/") AS ?type) }
            } ORDER BY DESC(?score) ?sentence ?event
            """;

    private TextSearch() {}

    /** One matching sentence: its IRI, Lucene score, text, article URL and title, and "TYPE event-IRI" per event. */
    public record Hit(String sentence, double score, String text, String article, String title, List<String> events) {}

    /** Sentences matching a Lucene query ("fentanyl", "talks AND Beijing"), best first, at most {@code limit}. */
    public static List<Hit> sentences(Store store, String lucene, int limit) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setLiteral("q", lucene);
        q.setLiteral("limit", limit);
        return store.read(ds -> {
            Map<String, Hit> hits = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("sentence").getURI();
                    Hit h = hits.computeIfAbsent(iri, k -> new Hit(k, s.getLiteral("score").getDouble(),
                            s.getLiteral("text").getString(), s.getLiteral("url").getString(),
                            s.contains("title") ? s.getLiteral("title").getString() : "", new ArrayList<>()));
                    if (s.contains("event")) {
                        String e = s.get("type") + " " + s.getResource("event").getURI();
                        if (!h.events().contains(e)) h.events().add(e);
                    }
                }
            }
            return new ArrayList<>(hits.values());
        });
    }
}
