package entente.cli;

import entente.store.Store;
import entente.store.TextSearch;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.text.TextIndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente search "fentanyl"}: sentences matching a full-text query, with their events and articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search of sentences (Lucene syntax): each hit with its article and the events it is evidence for.")
public final class SearchCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N sentences (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "QUERY", description = "Words or a Lucene query: fentanyl, \"trade talks\", sanctions AND Iran.")
    String query;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            List<TextSearch.Hit> hits;
            try {
                hits = TextSearch.sentences(s, query, limit);
            } catch (TextIndexException e) {
                spec.commandLine().getErr().println("not a valid search: " + query + " (" + e.getMessage() + ")");
                return 2;
            }
            for (TextSearch.Hit h : hits) {
                out.printf("%.3f  %s%n", h.score(), h.text());
                out.printf("       article: %s%s%n", h.article(), h.title().isBlank() ? "" : "  (" + h.title() + ")");
                for (String e : h.events()) out.printf("       event:   %s%n", e);
            }
            out.printf("%d sentence(s) match %s%n", hits.size(), query);
            return hits.isEmpty() ? 1 : 0;
        }
    }
}
