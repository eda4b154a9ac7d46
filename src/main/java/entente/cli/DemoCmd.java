package entente.cli;

import entente.Ingester;
import entente.article.Article;
import entente.article.ArticleReader;
import entente.eval.GoldRun;
import entente.extract.StandardExtractor;
import entente.server.EntenteServer;
import entente.store.Queries;
import entente.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente demo}: ingests the bundled sample articles, shows what was found, and serves the Fuseki UI. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled samples (the founding article and twelve Wikinews articles on international",
                "relations), print what was found, then serve the store with the Fuseki UI."})
public final class DemoCmd implements Callable<Integer> {
    private static final String SAMPLES = "/entente/samples/";

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-serve", description = "Ingest and report, without starting the server.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        List<Article> articles = samples();
        try (Store s = store.open()) {
            Ingester ingester = new Ingester(s, StandardExtractor.shared());
            for (Article a : articles) out.println(ingester.ingest(a).summary());
            out.println();
            report(s, "meetings", List.of("participants", "status", "date"));
            report(s, "visits", List.of("visitor", "host", "status", "date"));
            report(s, "disputes", List.of("source", "kind", "target"));
            report(s, "alliances", List.of("kind", "name", "members"));
            if (noServe) return 0;
            out.println();
            ServeCmd.serve(s, host, port, EntenteServer.DEFAULT_QUERY_TIMEOUT, out, spec.commandLine().getErr());
        }
        return 0;
    }

    private void report(Store s, String query, List<String> columns) {
        var out = spec.commandLine().getOut();
        List<Map<String, String>> rows = GoldRun.select(s, Queries.expect(query));
        out.println(query + " (" + rows.size() + "):");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) if (row.get(c) != null && !row.get(c).isBlank()) cells.add(row.get(c));
            out.println("  " + String.join("  ·  ", cells));
        }
    }

    /** The bundled samples, read from the classpath so the demo works from any directory. */
    static List<Article> samples() throws IOException {
        Path dir = Files.createTempDirectory("entente-samples");
        try {
            List<Article> out = new ArrayList<>();
            // Plain-text samples carry no date: the manifest gives it.
            List<String> manifest = Files.readAllLines(copy("manifest.tsv", dir));
            for (String line : manifest.subList(1, manifest.size())) {
                String[] cols = line.split("\t");
                ArticleReader.create().published(LocalDate.parse(cols[1])).url("samples/" + cols[0])
                        .read(copy(cols[0], dir), out::add, p -> { throw new IllegalStateException(p.toString()); });
            }
            Path wikinews = copy("wikinews-international.jsonl", dir);
            ArticleReader.create().read(wikinews, out::add, p -> { throw new IllegalStateException(p.toString()); });
            return out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = DemoCmd.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) throw new IOException("sample missing from the jar: " + name);
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }
}
