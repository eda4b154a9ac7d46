package entente.store;

import entente.kg.ENT;
import entente.kg.Iris;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;

/**
 * What a reader sees of the article graphs, taken in ONE read transaction: which graphs hold an article node, which
 * hold the provenance stamp (written with it), and each graph's size. A half-written graph would show up as a graph
 * in one set but not the other, or with a size that differs from a complete ingest of the same article.
 */
public record StoreAudit(Set<String> withArticle, Set<String> withProvenance, Map<String, Long> sizes, long articleRows) {

    /** Audits a store in one read transaction. */
    public static StoreAudit of(Store store) { return store.read(StoreAudit::of); }

    /** Audits a dataset; call inside a read transaction. */
    public static StoreAudit of(Dataset ds) {
        Set<String> articles = new TreeSet<>(), stamped = new TreeSet<>();
        Map<String, Long> sizes = new TreeMap<>();
        ds.listNames().forEachRemaining(g -> {
            if (!g.startsWith(Iris.GRAPH + "article/")) return;
            Model m = ds.getNamedModel(g);
            sizes.put(g, m.size());
            if (m.contains(null, RDF.type, ENT.Article)) articles.add(g);
            if (m.contains(null, ENT.PROV.generatedAtTime, (org.apache.jena.rdf.model.RDFNode) null)) stamped.add(g);
        });
        long rows;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load("articles")).build()) {
            rows = 0;
            for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) rows++;
        }
        return new StoreAudit(articles, stamped, sizes, rows);
    }

    /** True when every article graph is whole: article node and provenance together, and the catalogue agrees. */
    public boolean consistent() {
        return withArticle.equals(withProvenance) && withArticle.equals(sizes.keySet()) && articleRows == withArticle.size();
    }
}
