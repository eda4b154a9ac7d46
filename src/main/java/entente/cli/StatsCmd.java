package entente.cli;

import entente.store.Store;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count articles, graphs, triples, actors and events.")
public final class StatsCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    private static final String COUNTS = """
            PREFIX ent: <https://w3id.org/entente/ontology#>
            SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
              { ?x a ent:Article . BIND("articles" AS ?what) }
              UNION { GRAPH <https://w3id.org/entente/graph/actors> { ?x ent:mentioningArticles ?articles ; a ?class }
                      VALUES (?class ?what) { (ent:Person "persons") (ent:Country "countries")
                                              (ent:Organization "organizations") (ent:Place "places") } }
              UNION { ?x a ent:Meeting . BIND("meetings" AS ?what) }
              UNION { ?x a ent:Visit . BIND("visits" AS ?what) }
              UNION { ?x a ent:Dispute . BIND("disputes" AS ?what) }
              UNION { ?x a ent:Alliance . BIND("alliances" AS ?what) }
              UNION { ?x a ent:Agreement . BIND("agreements" AS ?what) }
            } GROUP BY ?what ORDER BY ?what
            """;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            out.printf("store      %s%n", s.location());
            out.printf("graphs     %d%n", s.graphNames().size());
            out.printf("quads      %d%n", s.size());
            s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(COUNTS).build()) {
                    qe.execSelect().forEachRemaining(row ->
                            out.printf("%-10s %d%n", row.getLiteral("what").getString(), row.getLiteral("n").getLong()));
                }
                return null;
            });
        }
        return 0;
    }
}
