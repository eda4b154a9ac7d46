package entente.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reads the events of a dataset (its default graph: the union of all graphs in an entente store) into
 * {@link ExportEvent}s, the common input of the PLOVER and CAMEO writers. Call it inside a read transaction.
 * <p>
 * Sides: sources and visitors are the actor, targets and hosts the recipient. Participants and members have no
 * direction: when no source or visitor is named, the first by name is the actor and the others are recipients.
 */
public final class ExportEvents {
    private ExportEvents() {}

    private static final String QUERY = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?event ?class ?type ?typeScore ?mode ?modeScore ?status ?date ?role ?actor ?name ?kind ?iso ?wd
                   ?text ?start ?url ?published
            WHERE {
              VALUES ?class { ent:Meeting ent:Visit ent:Dispute ent:Alliance ent:Agreement }
              ?event a ?class ; ent:eventType ?type ; ent:status ?status .
              OPTIONAL { ?type ent:cooperationScore ?typeScore }
              OPTIONAL { ?event ent:mode ?mode . OPTIONAL { ?mode ent:cooperationScore ?modeScore } }
              OPTIONAL { ?event ent:date ?date }
              OPTIONAL {
                VALUES ?role { ent:source ent:visitor ent:participant ent:member ent:target ent:host }
                ?event ?role ?actor .
                OPTIONAL { ?actor skos:prefLabel ?name }
                OPTIONAL { ?actor a ?kind . VALUES ?kind { ent:Country ent:Organization ent:Person ent:Place } }
                OPTIONAL { ?actor ent:country? ?c . ?c a ent:Country ; ent:isoAlpha3 ?iso }
                OPTIONAL { ?actor owl:sameAs ?wd . FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
              }
              OPTIONAL { ?event ent:evidence ?sentence . ?sentence ent:text ?text .
                         OPTIONAL { ?sentence ent:startOffset ?start }
                         OPTIONAL { ?sentence ent:inArticle ?article . ?article ent:url ?url .
                                    OPTIONAL { ?article dcterms:issued ?published } } }
            }
            """;

    /** The events, ordered by date then id. */
    public static List<ExportEvent> read(Dataset ds) {
        Map<String, Builder> events = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String id = row.getResource("event").getURI();
                events.computeIfAbsent(id, k -> new Builder(k)).add(row);
            });
        }
        return events.values().stream().map(Builder::build).filter(e -> e != null)
                .sorted(Comparator.comparing(ExportEvent::date).thenComparing(ExportEvent::id)).toList();
    }

    private static String local(RDFNode n) {
        String s = n.asResource().getURI();
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    /** Gathers the rows of one event. */
    private static final class Builder {
        final String id;
        String eventClass, type, status, date, link, published;
        Double typeScore, modeScore;
        final Set<String> modes = new LinkedHashSet<>();
        final Map<String, ExportEntity> entities = new LinkedHashMap<>();
        final Map<String, Set<String>> roles = new LinkedHashMap<>();
        final Map<String, Integer> sentences = new LinkedHashMap<>();

        Builder(String id) { this.id = id; }

        void add(QuerySolution row) {
            // An event in two of the classes keeps the first, in the order of the VALUES list.
            if (eventClass == null) eventClass = local(row.get("class"));
            type = local(row.get("type"));
            status = local(row.get("status"));
            if (row.contains("typeScore")) typeScore = row.getLiteral("typeScore").getDouble();
            if (row.contains("mode")) modes.add(local(row.get("mode")));
            if (row.contains("modeScore")) modeScore = row.getLiteral("modeScore").getDouble();
            if (row.contains("date")) date = str(row, "date");
            if (row.contains("url") && link == null) link = str(row, "url");
            if (row.contains("published")) published = str(row, "published");
            if (row.contains("text"))
                sentences.putIfAbsent(str(row, "text"), row.contains("start") ? row.getLiteral("start").getInt() : 0);
            if (row.contains("actor") && row.get("actor").isURIResource()) {
                String iri = str(row, "actor");
                ExportEntity old = entities.get(iri);
                String name = str(row, "name"), kind = row.contains("kind") ? local(row.get("kind")) : null;
                String iso = str(row, "iso"), wd = row.contains("wd") ? local(row.get("wd")) : null;
                if (old != null) {
                    name = old.name() != null ? old.name() : name;
                    kind = old.kind() != null && (kind == null || old.kind().compareTo(kind) < 0) ? old.kind() : kind;
                    iso = old.countryCode() != null ? old.countryCode() : iso;
                    wd = old.wikidataId() != null ? old.wikidataId() : wd;
                }
                entities.put(iri, new ExportEntity(iri, name == null ? local(row.get("actor")) : name, kind, iso, wd));
                roles.computeIfAbsent(local(row.get("role")), k -> new LinkedHashSet<>()).add(iri);
            }
        }

        ExportEvent build() {
            String[] when = dates();
            if (when == null) return null;   // neither the event nor its article is dated
            List<ExportEntity> actors = side("source", "visitor"), recipients = side("target", "host");
            List<ExportEntity> undirected = side("participant", "member");
            undirected.removeAll(actors);
            undirected.removeAll(recipients);
            if (actors.isEmpty() && !undirected.isEmpty()) actors.add(undirected.remove(0));
            recipients.addAll(undirected);
            double score = modeScore != null ? modeScore : typeScore != null ? typeScore : 0;
            List<String> texts = sentences.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).toList();
            return new ExportEvent(id, eventClass, type, List.copyOf(modes), status, when[0], when[1], when[2],
                    hasDate(), score, actors, recipients, texts, link);
        }

        /** Entities in the given roles, sorted by name. */
        private List<ExportEntity> side(String... roleNames) {
            List<ExportEntity> out = new ArrayList<>();
            for (String r : roleNames)
                for (String iri : roles.getOrDefault(r, Set.of()))
                    if (out.stream().noneMatch(e -> e.iri().equals(iri))) out.add(entities.get(iri));
            out.sort(Comparator.comparing(ExportEntity::name));
            return out;
        }

        /** Whether the event has a date of at least a month (a year alone is too vague for these formats). */
        private boolean hasDate() { return date != null && date.length() >= 7; }

        /** Start date, time and end date from the ISO string of ent:date, else the publication date. */
        private String[] dates() {
            String d = hasDate() ? date : published;
            if (d == null || d.length() < 7) return null;
            String start = d, end = null, time = null;
            int slash = d.indexOf('/');
            if (slash > 0) { start = d.substring(0, slash); end = d.substring(slash + 1); }
            int t = start.indexOf('T');
            if (t > 0) { time = start.substring(t + 1); start = start.substring(0, t); }
            if (start.length() == 7) {          // a month: its first day to its last
                YearMonth ym = YearMonth.parse(start);
                start = ym.atDay(1).toString();
                if (end == null) end = ym.atEndOfMonth().toString();
            }
            if (end != null && end.length() == 7) end = YearMonth.parse(end).atEndOfMonth().toString();
            if (end != null && end.length() > 10) end = end.substring(0, 10);
            LocalDate.parse(start);   // fails loudly on a malformed date rather than exporting it
            return new String[]{start, time, end};
        }
    }
}
