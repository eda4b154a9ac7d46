package entente.cli;

import entente.Ingester;
import entente.article.Article;
import entente.article.ArticleReader;
import entente.article.ReadProblem;
import entente.extract.StandardExtractor;
import entente.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente ingest}: reads articles, extracts, validates and stores one named graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest articles (.txt, .html, .jsonl, .csv, or directories of them) into the store.",
                "Each article is one named graph, written in one transaction; re-ingesting replaces it."})
public final class IngestCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of a single .txt/.html article.")
    LocalDate published;

    @Option(names = "--title", paramLabel = "T", description = "Title of a single .txt/.html article.")
    String title;

    @Option(names = "--url", paramLabel = "U", description = "URL of a single .txt/.html article (else its path).")
    String url;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "50", description = "Refuse files above this size (default ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ArticleReader reader = ArticleReader.create().published(published).title(title).url(url)
                .maxBytes(maxFileMb * 1024 * 1024);
        var served = ServerHandoff.live(store.dir);   // a running 'entente serve' holds the store
        if (served.isPresent()) return ServerHandoff.ingest(served.get(), reader, paths, store.dir, out, err);
        int[] counts = new int[3]; // articles, events, failures
        try (Store s = store.open()) {
            Ingester ingester = new Ingester(s, StandardExtractor.shared());
            for (Path p : paths) {
                reader.read(p, (Article a) -> {
                    try {
                        Ingester.Result r = ingester.ingest(a);
                        counts[0]++;
                        counts[1] += r.events();
                        out.println(r.summary());
                    } catch (RuntimeException e) {
                        counts[2]++;
                        err.println("entente: " + a.locator() + ": " + e.getMessage());
                    }
                }, (ReadProblem problem) -> {
                    counts[2]++;
                    err.println("entente: " + problem);
                });
            }
            out.printf("ingested %d article(s), %d event(s), %d failure(s); store %s%n", counts[0], counts[1], counts[2], store.dir);
        }
        return counts[2] == 0 ? 0 : 1;
    }

    /** Ingests one article into an open store; used by {@code demo} and {@code eval}. */
    static Ingester.Result ingestOne(Store s, Article a) {
        return new Ingester(s, StandardExtractor.shared()).ingest(a);
    }
}
