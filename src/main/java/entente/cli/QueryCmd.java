package entente.cli;

import entente.store.Queries;
import entente.store.Store;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente query}: runs a catalogue query or a {@code .rq} file over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a query of the catalogue (queries/NAME.rq) or a .rq file over the store.",
                "Catalogue: actors, meetings, visits, disputes, alliances, articles, relations-between, actor-activity,",
                "meetings-per-month, event-evidence, provenance, post-holders."})
public final class QueryCmd implements Callable<Integer> {
    /** Output formats of SELECT results. */
    enum Format { text, csv, tsv, json }

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "text, csv, tsv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a variable: a string, or an IRI written <...>.")
    Map<String, String> params = new LinkedHashMap<>();

    @Parameters(paramLabel = "NAME|FILE.rq", description = "Catalogue name or query file.")
    String query;

    @Override
    public Integer call() {
        Query q = Queries.bind(Queries.load(query), params);
        var served = ServerHandoff.live(store.dir);   // a running 'entente serve' holds the store
        if (served.isPresent()) return ServerHandoff.query(served.get(), q, format, spec.commandLine().getOut());
        try (Store s = store.open()) {
            s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    if (!q.isSelectType()) throw new entente.EntenteException("only SELECT queries are supported here");
                    write(qe.execSelect(), format, spec.commandLine().getOut());
                }
                return null;
            });
        }
        return 0;
    }

    static void write(ResultSet rs, Format format, PrintWriter out) {
        var os = new java.io.ByteArrayOutputStream();
        switch (format) {
            case text -> ResultSetFormatter.out(os, rs);
            case csv -> ResultSetFormatter.outputAsCSV(os, rs);
            case tsv -> Results.plainTsv(rs, out);
            case json -> ResultSetFormatter.outputAsJSON(os, rs);
        }
        out.print(os.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }
}
