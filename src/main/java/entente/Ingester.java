package entente;

import entente.article.Article;
import entente.extract.Extraction;
import entente.extract.Extractor;
import entente.kg.ActorLabels;
import entente.kg.ActorRegister;
import entente.kg.CanonicalEvents;
import entente.kg.Iris;
import entente.kg.PersonIdentity;
import entente.kg.RdfMapper;
import entente.kg.SharedGraphs;
import entente.kg.Vocabulary;
import entente.store.Store;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;

/**
 * Runs one article through the whole pipeline: extraction, RDF mapping, SHACL validation, then one write
 * transaction that replaces the article's named graph and updates the canonical event layer
 * ({@link CanonicalEvents}). An article whose graph does not validate is not stored. {@link #retract(Store, String)} removes an
 * article and its support for canonical events.
 *
 * <pre>
 *   Ingester ingester = new Ingester(store, StandardExtractor.create());
 *   Ingester.Result r = ingester.ingest(article);
 * </pre>
 *
 * <p>Thread-safe when its extractor is: extraction runs in the caller's thread, writes are serialised by the store.
 */
public final class Ingester {
    private final Store store;
    private final Extractor extractor;

    public Ingester(Store store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
        SharedGraphs.ensure(store);
    }

    /** What one ingest stored; batch ingest reports it without the {@code extraction} (null), which it lets go. */
    public record Result(Article article, String graph, long triples, int actors, int events, Extraction extraction) {
        /** The one-line summary the CLI prints. */
        public String summary() {
            return String.format("%s: %d triples, %d actors, %d events -> %s", article.locator(), triples, actors, events, graph);
        }
    }

    /** One article extracted, mapped and validated, ready to be written: its graph IRI and content. */
    public record Prepared(Article article, String graph, Model model, Extraction extraction) {}

    /** Extracts, maps, validates and stores one article in its own write transaction; throws {@link EntenteException} when its graph is invalid. */
    public Result ingest(Article article) {
        Prepared p = prepare(extractor, article);
        Result[] r = new Result[1];
        store.write(() -> r[0] = put(p));
        return r[0];
    }

    /**
     * Extracts, maps and validates one article without touching any store: a pure function of the article, so batch
     * ingest runs it on many threads and {@code --out-nquads} without a store.
     *
     * @throws EntenteException when the article's graph does not conform to the shapes
     */
    public static Prepared prepare(Extractor extractor, Article article) {
        Extraction x = extractor.extract(article);
        Model model = RdfMapper.toModel(x);
        ValidationReport report = Vocabulary.validate(model.getGraph());
        if (!report.conforms()) {
            StringBuilder sb = new StringBuilder("graph of " + article.locator() + " does not conform to the shapes:\n");
            report.getEntries().stream().limit(10).forEach(e -> sb.append("  ").append(e.resultPath())
                    .append(" at ").append(e.focusNode()).append(": ").append(e.message()).append('\n'));
            throw new EntenteException(sb.toString());
        }
        return new Prepared(article, RdfMapper.graphIri(article), model, x);
    }

    /** Replaces the prepared article's named graph; call inside a write transaction (batch ingest puts many in one). */
    public Result put(Prepared p) {
        put(store, p.graph(), p.model());
        Extraction x = p.extraction();
        return new Result(p.article(), p.graph(), p.model().size(), x.actors().size(), x.events().size(), x);
    }

    /**
     * Stores one validated article graph: keeps namesakes from different countries apart, aligns actor labels with
     * the store, replaces the graph and updates the canonical events. Call inside a write transaction (batch ingest
     * calls it once per article in a larger one). May rewrite {@code model}.
     */
    public static void put(Store store, String graphIri, Model model) {
        PersonIdentity.separate(store.dataset(), graphIri, model);
        ActorLabels.align(store.dataset(), model);
        ActorRegister.update(store.unindexed(), graphIri, model);
        CanonicalEvents.putArticle(store, graphIri, model);
    }

    /** Removes an article (by the locator it was ingested from) and its support; true when it was in the store. */
    public static boolean retract(Store store, String locator) {
        Optional<String> graph = graphOf(store, locator);
        graph.ifPresent(g -> store.write(() -> {
            ActorRegister.update(store.unindexed(), g, null);
            CanonicalEvents.removeArticle(store, g);
        }));
        return graph.isPresent();
    }

    /** The graph of the article ingested from a locator: its key's graph, or the graph whose article has that URL. */
    public static Optional<String> graphOf(Store store, String locator) {
        String byKey = Iris.articleGraph(new Article(locator, null, "", "").key());
        if (store.hasGraph(byKey)) return Optional.of(byKey);
        return store.read(ds -> {
            var it = ds.getUnionModel().listSubjectsWithProperty(entente.kg.ENT.url, locator);
            while (it.hasNext()) {
                String key = Iris.articleKeyOf(it.next().getURI());
                if (key != null && ds.containsNamedModel(Iris.articleGraph(key))) return Optional.of(Iris.articleGraph(key));
            }
            return Optional.empty();
        });
    }
}
