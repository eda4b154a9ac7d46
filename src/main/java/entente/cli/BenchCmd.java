package entente.cli;

import entente.article.Article;
import entente.article.ArticleReader;
import entente.extract.StandardExtractor;
import entente.ingest.BatchIngester;
import entente.ingest.Benchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente bench}: NLP-only and full-pipeline throughput, heap and catalogue query latency on a corpus of N
 * articles made by repeating a base corpus with distinct URLs. The last line is for scripts:
 * {@code bench articles=N nlp_aps=X full_aps=Y ratio=Z heap_mb=H query_p50_ms=Q}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark ingest and queries on N articles (the Wikinews corpus repeated with distinct URLs).",
                "Measures NLP only and the full pipeline into a fresh TDB2 store (articles/s), the heap, and p50/p95",
                "of every catalogue query. query_p50_ms on the last line is the slowest query's median."})
public final class BenchCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Corpus size (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for NLP only and extraction workers of the full pipeline (default: the processors for NLP, ingest's default for the pipeline).")
    Integer threads;

    @Option(names = "--data", paramLabel = "PATH", arity = "1..*",
            description = "Base articles (.csv/.jsonl/dir); default: the Wikinews CSVs under ${sys:entente.shared:-../shared}/data/wikinews.")
    List<Path> data;

    @Option(names = "--store", paramLabel = "DIR", description = "Where to build the store (must not exist; kept). Default: a temporary directory, deleted.")
    Path storeDir;

    @Option(names = "--query-runs", paramLabel = "R", defaultValue = "20", description = "Timed runs per query (default ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--query-warm-up", paramLabel = "S", defaultValue = "10",
            description = "Seconds of passes over the whole catalogue before timing, two passes at least (default ${DEFAULT-VALUE}).")
    double warmUpSeconds;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> sources = data != null ? data : wikinews();
        if (sources.isEmpty()) {
            err.println("entente: no Wikinews corpus at " + wikinewsDir() + "; give base articles with --data");
            return 2;
        }
        List<Article> base = new ArrayList<>();
        ArticleReader reader = ArticleReader.create();
        for (Path p : sources) reader.read(p, base::add, problem -> err.println("entente: " + problem));
        if (base.isEmpty()) {
            err.println("entente: no articles in " + sources);
            return 2;
        }
        if (storeDir != null && Files.exists(storeDir)) {
            err.println("entente: " + storeDir + " exists; the benchmark needs a fresh store");
            return 2;
        }
        Path dir = storeDir != null ? storeDir : Files.createTempDirectory("entente-bench");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        int workers = threads == null ? BatchIngester.defaultWorkers(true) : threads;
        out.printf("bench: %d base article(s) from %s, %d article(s), %d NLP thread(s), %d ingest worker(s) and the writer, store %s%n",
                base.size(), sources, articles, t, workers, dir);
        out.flush();
        try {
            Benchmark.Report r = Benchmark.run(base, articles, t, workers, dir, StandardExtractor.shared(), queryRuns, warmUpSeconds);
            out.print(r.table());
            out.println(r.lastLine());
        } finally {
            if (storeDir == null) deleteTree(dir);
        }
        return 0;
    }

    private static Path wikinewsDir() {
        return Path.of(System.getProperty("entente.shared", "../shared"), "data", "wikinews");
    }

    private static List<Path> wikinews() throws IOException {
        Path dir = wikinewsDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
