package entente.eval;

import entente.EntenteException;
import entente.Ingester;
import entente.article.Article;
import entente.article.ArticleReader;
import entente.extract.Extractor;
import entente.store.Queries;
import entente.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Evaluates the whole pipeline on one gold file: ingests its article into a fresh in-memory TDB2 store, runs the
 * catalogue queries (exactly what a user would run) and scores their rows against the gold.
 */
public final class GoldRun {
    private GoldRun() {}

    /** The result: the scores per category and the rows they were computed from. */
    public record Outcome(Path gold, Path article, Map<String, ExtractionEvaluator.CategoryScore> scores,
                          Map<String, List<Map<String, String>>> rows) {}

    /** The article a gold file is about: its {@code article} field, relative to the gold folder's parent. */
    public static Path articleOf(Path goldFile, Gold gold) {
        Path folder = goldFile.toAbsolutePath().getParent();
        Path base = folder.getParent() != null ? folder.getParent() : folder;
        return base.resolve(gold.article());
    }

    /** Runs one gold file; {@code article} may be null to use the gold's own path. */
    public static Outcome run(Path goldFile, Path article, Extractor extractor) {
        Gold gold = Gold.read(goldFile);
        Path articlePath = article != null ? article : articleOf(goldFile, gold);
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArticleReader.create().published(gold.published()).read(articlePath, articles::add, p -> problems.add(p.toString()));
        if (articles.size() != 1) throw new EntenteException("cannot read the article of " + goldFile + ": " + problems);
        try (Store store = Store.inMemory()) {
            new Ingester(store, extractor).ingest(articles.get(0));
            Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
            for (String category : ExtractionEvaluator.CATEGORIES) rows.put(category, select(store, Queries.expect(category)));
            return new Outcome(goldFile, articlePath, ExtractionEvaluator.evaluate(gold, rows), rows);
        }
    }

    /** The rows of a SELECT query as column → plain value maps. */
    public static List<Map<String, String>> select(Store store, String query) {
        return store.read(ds -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String v : vars) m.put(v, plain(row.get(v)));
                    out.add(m);
                }
            }
            return out;
        });
    }

    private static String plain(RDFNode n) {
        if (n == null) return null;
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
