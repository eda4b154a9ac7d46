package entente.kg;

import entente.extract.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import entente.store.Store;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The canonical event layer: one {@link ENT#CanonicalEvent} per real event, in the graph {@link Iris#CANONICAL_GRAPH},
 * clustering the per-article event nodes (mentions) that report it. Mentions cluster when they have the same class,
 * the same PLOVER type and the same actors in the same roles (so a dispute keeps its direction), and their dates lie
 * within {@value #WINDOW_DAYS} days of each other; a mention without a day joins the cluster nearest to its article's
 * date (within {@value #UNDATED_WINDOW_DAYS} days). Statuses never split a cluster: "planned" in one article and
 * "occurred" in a later one is one event whose {@code ent:status} is the latest reported.
 *
 * <p>The layer is updated incrementally: {@link #putArticle} and {@link #removeArticle} recompute only the clusters
 * that share a key (class, type, actors in roles) with the article's old or new mentions. The result does not depend on
 * the order articles arrive in, and a canonical IRI derives from the key and the cluster's first day, so recomputation
 * does not churn IRIs. Both methods must run inside the store's write transaction, with the article graph's change,
 * so readers never see one without the other.
 *
 * <pre>
 *   store.write(() -&gt; CanonicalEvents.putArticle(store, graphIri, model)); // Ingester.put does this and more
 * </pre>
 *
 * <p>Stateless and thread-safe; the dataset's transaction serialises writers.
 */
public final class CanonicalEvents {
    /** Days two dated reports of one event may lie apart. */
    public static final int WINDOW_DAYS = 3;
    /** Days between an undated report's article and the cluster it joins. */
    public static final int UNDATED_WINDOW_DAYS = 7;

    private static final List<Resource> CLASSES = List.of(ENT.Meeting, ENT.Visit, ENT.Dispute, ENT.Alliance, ENT.Agreement);
    /** When two reports of one day disagree, the more definite status is the latest. */
    private static final List<Resource> STATUS_ORDER = List.of(ENT.Proposed, ENT.Planned, ENT.Declined, ENT.Cancelled, ENT.Occurred);

    private CanonicalEvents() {}

    /** One per-article event node, with what clustering needs. */
    record Report(String iri, String articleKey, Resource eventClass, Resource type, Resource status,
                  List<String[]> roles, String date, LocalDate day, LocalDate issued, Resource place) {
        /** The cluster key: class, type and the sorted actors in roles. */
        String key() {
            StringBuilder sb = new StringBuilder(eventClass.getURI()).append('|').append(type.getURI());
            for (String[] r : roles) sb.append('|').append(r[0]).append('=').append(r[1]);
            return sha256(sb.toString()).substring(0, 16);
        }

        /** The day used to place an undated report: its article's date. */
        LocalDate anchor() { return day != null ? day : issued; }
    }

    /** Replaces an article's named graph with its new content and updates the canonical layer. In a write txn. */
    public static void putArticle(Store store, String graphIri, Model content) {
        update(store, graphIri, content);
    }

    /** Removes an article's named graph and its support in the canonical layer. In a write txn. */
    public static void removeArticle(Store store, String graphIri) {
        update(store, graphIri, null);
    }

    /**
     * Recomputes the whole canonical layer from every article graph: for stores filled without it (bulk loads of
     * extracted N-Quads, stores older than the layer). In a write txn. Gives what incremental updates give.
     */
    public static void rebuild(Store store) {
        Dataset ds = store.dataset();
        store.removeGraph(Iris.CANONICAL_GRAPH);
        Map<String, List<Report>> byKey = new LinkedHashMap<>();
        List<String> graphs = new ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        for (String g : graphs) {
            String articleKey = Iris.articleKeyOfGraph(g);
            if (articleKey == null) continue;
            for (Report r : reports(ds.getNamedModel(g), articleKey)) byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        Model canon = ds.getNamedModel(Iris.CANONICAL_GRAPH);
        byKey.forEach((key, reports) -> {
            for (List<Report> cluster : cluster(reports)) write(canon, key, cluster);
        });
    }

    private static void update(Store store, String graphIri, Model content) {
        Dataset ds = store.dataset();
        String articleKey = Iris.articleKeyOfGraph(graphIri);
        Model canon = ds.getNamedModel(Iris.CANONICAL_GRAPH);
        Set<String> keys = new LinkedHashSet<>();
        if (ds.containsNamedModel(graphIri)) {
            Model old = ds.getNamedModel(graphIri);
            for (Resource m : old.listSubjectsWithProperty(RDF.type, ENT.DiplomaticEvent).toList()) {
                for (Resource c : canon.listSubjectsWithProperty(ENT.reportedBy, m).toList()) {
                    Statement k = c.getProperty(ENT.clusterKey);
                    if (k != null) keys.add(k.getString());
                }
            }
            store.removeGraph(graphIri);
        }
        List<Report> fresh = new ArrayList<>();
        if (content != null) {
            store.putGraph(graphIri, content);
            fresh = reports(content, articleKey);
            for (Report r : fresh) keys.add(r.key());
        }
        for (String key : keys) recluster(ds, canon, key, articleKey, fresh);
    }

    /** Rebuilds the canonical events of one key from the other articles' reports plus this article's new ones. */
    private static void recluster(Dataset ds, Model canon, String key, String articleKey, List<Report> fresh) {
        Map<String, Report> reports = new LinkedHashMap<>();
        for (Resource c : canon.listSubjectsWithProperty(ENT.clusterKey, key).toList()) {
            for (RDFNode m : canon.listObjectsOfProperty(c, ENT.reportedBy).toList()) {
                String iri = m.asResource().getURI();
                String k = Iris.articleKeyOf(iri);
                if (k == null || k.equals(articleKey)) continue;
                Model g = ds.getNamedModel(Iris.articleGraph(k));
                Report r = report(g, g.getResource(iri), k);
                if (r != null && r.key().equals(key)) reports.put(iri, r);
            }
            canon.removeAll(c, null, null);
        }
        for (Report r : fresh) if (r.key().equals(key)) reports.put(r.iri(), r);
        for (List<Report> cluster : cluster(new ArrayList<>(reports.values()))) write(canon, key, cluster);
    }

    /** The event nodes of one article graph. */
    static List<Report> reports(Model g, String articleKey) {
        List<Report> out = new ArrayList<>();
        for (Resource e : g.listSubjectsWithProperty(RDF.type, ENT.DiplomaticEvent).toList()) {
            Report r = report(g, e, articleKey);
            if (r != null) out.add(r);
        }
        return out;
    }

    private static Report report(Model g, Resource e, String articleKey) {
        Resource cls = CLASSES.stream().filter(c -> g.contains(e, RDF.type, c)).findFirst().orElse(null);
        Resource type = object(g, e, ENT.eventType);
        Resource status = object(g, e, ENT.status);
        if (cls == null || type == null || status == null) return null;
        TreeSet<String> sorted = new TreeSet<>();
        for (Role role : Role.values()) {
            Property p = ENT.role(role);
            for (RDFNode a : g.listObjectsOfProperty(e, p).toList()) if (a.isURIResource()) sorted.add(p.getLocalName() + "\t" + a.asResource().getURI());
        }
        List<String[]> roles = sorted.stream().map(s -> s.split("\t", 2)).toList();
        Statement d = e.inModel(g).getProperty(ENT.date);
        String date = d == null ? null : d.getString();
        LocalDate day = date != null && date.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(date.substring(0, 10)) : null;
        LocalDate issued = null;
        Resource sentence = object(g, e, ENT.evidence);
        Resource article = sentence == null ? null : object(g, sentence, ENT.inArticle);
        Statement is = article == null ? null : article.inModel(g).getProperty(DCTerms.issued);
        if (is != null && is.getLiteral().getLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}.*")) issued = LocalDate.parse(is.getLiteral().getLexicalForm().substring(0, 10));
        return new Report(e.getURI(), articleKey, cls, type, status, roles, date, day, issued, object(g, e, ENT.SEM.hasPlace));
    }

    private static Resource object(Model g, Resource s, Property p) {
        Statement st = s.inModel(g).getProperty(p);
        return st == null || !st.getObject().isResource() ? null : st.getResource();
    }

    /**
     * Splits the reports of one key into events: dated reports chain while each is within the window of the previous;
     * undated ones join the nearest cluster to their article's date, or chain among themselves by that date.
     */
    static List<List<Report>> cluster(List<Report> reports) {
        Comparator<Report> byAnchor = Comparator.comparing(Report::anchor, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Report::iri);
        List<Report> dated = reports.stream().filter(r -> r.day() != null).sorted(byAnchor).toList();
        List<Report> undated = reports.stream().filter(r -> r.day() == null).sorted(byAnchor).toList();
        List<List<Report>> clusters = chain(dated, WINDOW_DAYS);
        List<Report> left = new ArrayList<>();
        for (Report r : undated) {
            List<Report> best = null;
            long bestGap = Long.MAX_VALUE;
            for (List<Report> c : clusters) {
                if (r.issued() == null) break;
                long gap = gap(r.issued(), c);
                if (gap <= UNDATED_WINDOW_DAYS && gap < bestGap) { best = c; bestGap = gap; }
            }
            if (best != null) best.add(r);
            else left.add(r);
        }
        clusters.addAll(chain(left, UNDATED_WINDOW_DAYS));
        return clusters;
    }

    private static List<List<Report>> chain(List<Report> sorted, int window) {
        List<List<Report>> out = new ArrayList<>();
        List<Report> current = null;
        LocalDate last = null;
        for (Report r : sorted) {
            LocalDate a = r.anchor();
            boolean joins = current != null && (a == null ? last == null
                    : last != null && ChronoUnit.DAYS.between(last, a) <= window);
            if (!joins) out.add(current = new ArrayList<>());
            current.add(r);
            last = a;
        }
        return out;
    }

    /** Days from a date to the nearest dated report of a cluster. */
    private static long gap(LocalDate d, List<Report> cluster) {
        long best = Long.MAX_VALUE;
        for (Report r : cluster) if (r.day() != null) best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(d, r.day())));
        return best;
    }

    /** Writes one canonical event: shared features, the latest status and date, every report and its counts. */
    private static void write(Model canon, String key, List<Report> cluster) {
        Report first = cluster.get(0);
        String firstDay = cluster.stream().map(Report::day).filter(d -> d != null).min(Comparator.naturalOrder())
                .map(LocalDate::toString).orElse(first.anchor() == null ? "undated" : "reported-" + first.anchor());
        List<Report> byReporting = new ArrayList<>(cluster);
        byReporting.sort(Comparator.comparing(Report::issued, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> STATUS_ORDER.indexOf(r.status())).thenComparing(Report::iri));
        Report latest = byReporting.get(byReporting.size() - 1);
        Resource c = canon.createResource(Iris.canonicalEvent(key, firstDay))
                .addProperty(RDF.type, ENT.CanonicalEvent)
                .addProperty(ENT.clusterKey, key)
                .addProperty(ENT.eventClass, first.eventClass())
                .addProperty(ENT.eventType, first.type())
                .addProperty(ENT.status, latest.status());
        for (String[] r : first.roles()) c.addProperty(canon.createProperty(ENT.NS, r[0]), canon.createResource(r[1]));
        Set<Resource> statuses = new LinkedHashSet<>();
        Set<String> articles = new HashSet<>();
        Report dated = null;
        Report placed = null;
        for (Report r : byReporting) {
            c.addProperty(ENT.reportedBy, canon.createResource(r.iri()));
            statuses.add(r.status());
            articles.add(r.articleKey());
            if (r.date() != null) dated = r;
            if (r.place() != null) placed = r;
        }
        for (Resource s : statuses) c.addProperty(ENT.reportedStatus, s);
        if (dated != null) Times.addTo(c, dated.date());
        if (placed != null) c.addProperty(ENT.SEM.hasPlace, placed.place());
        c.addLiteral(ENT.sourceCount, RdfMapper.integer(canon, cluster.size()));
        c.addLiteral(ENT.articleCount, RdfMapper.integer(canon, articles.size()));
        cluster.stream().map(Report::issued).filter(d -> d != null).min(Comparator.naturalOrder())
                .ifPresent(d -> c.addLiteral(ENT.firstReported, canon.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        cluster.stream().map(Report::issued).filter(d -> d != null).max(Comparator.naturalOrder())
                .ifPresent(d -> c.addLiteral(ENT.lastReported, canon.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
