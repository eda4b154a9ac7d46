package entente.cli;

import entente.Ingester;
import entente.article.Article;
import entente.article.ArticleReader;
import entente.extract.StandardExtractor;
import entente.ingest.ArticleSource;
import entente.ingest.BatchIngester;
import entente.ingest.NQuadsParts;
import entente.ingest.Summary;
import entente.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente ingest}: reads articles, extracts, validates and stores one named graph per article, on several
 * threads, writing many articles per transaction; or, with {@code --out-nquads}, writes N-Quads files for a bulk loader.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest articles (.txt, .html, .jsonl, .csv, or directories of them) into the store.",
                "Each article is one named graph, all or nothing; re-ingesting replaces it. Articles are extracted on",
                "--threads workers and written --batch at a time; an article that fails is reported and skipped.",
                "Exit code 0 only when no article or record failed."})
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

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the processors less one for the store's writer; all of them with --out-nquads).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + BatchIngester.DEFAULT_BATCH, description = "Articles per write transaction or N-Quads part (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "60",
            description = "Commit at least every S seconds (default ${DEFAULT-VALUE}): what a crash can lose; shorter is slower.")
    private int commitSeconds;

    @Option(names = "--resume", description = "Skip articles already stored with the same content hash.")
    boolean resume;

    @Option(names = "--out-nquads", paramLabel = "DIR", description = {"Extract without a store: write article graphs to DIR/part-NNNNN.nq",
            "(one per batch) and the shared graphs to DIR/shared.nq, for tdb2.xloader or tdb2.tdbloader."})
    Path outNQuads;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "100", description = "Without a terminal, log progress every N articles (default ${DEFAULT-VALUE}).")
    int progressEvery;

    @Option(names = {"-v", "--verbose"}, description = "One line per article even on a terminal (always printed without one).")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (commitSeconds < 1) {
            err.println("entente: --commit-seconds must be at least 1");
            return 2;
        }
        if (resume && outNQuads != null) {
            err.println("entente: --resume needs a store; it cannot be used with --out-nquads");
            return 2;
        }
        ArticleReader reader = ArticleReader.create().published(published).title(title).url(url)
                .maxBytes(maxFileMb * 1024 * 1024);
        if (outNQuads == null) {
            var served = ServerHandoff.live(store.dir);   // a running 'entente serve' holds the store
            if (served.isPresent()) return ServerHandoff.ingest(served.get(), reader, paths, store.dir, out, err);
        }
        ArticleSource source = ArticleSource.files(reader, paths);
        int n = threads != null ? threads : BatchIngester.defaultWorkers(outNQuads == null);
        boolean terminal = System.console() != null;
        Summary summary;
        try (Progress progress = new Progress(out, err, terminal, verbose || !terminal, progressEvery)) {
            countBeside(source, progress);
            if (outNQuads != null) {
                NQuadsParts parts = NQuadsParts.create(outNQuads);
                summary = BatchIngester.toNQuads(parts, StandardExtractor.shared()).threads(n).batchSize(batch)
                        .listener(progress).build().run(source);
            } else {
                try (Store s = store.open()) {
                    summary = BatchIngester.into(s, StandardExtractor.shared()).threads(n).batchSize(batch).resume(resume)
                            .commitEvery(Duration.ofSeconds(commitSeconds)).listener(progress).build().run(source);
                }
            }
        }
        out.println(summary.line());
        out.println(outNQuads != null ? "N-Quads in " + outNQuads + " (load with: tdb2.xloader --loc STORE " + outNQuads + "/*.nq)"
                : "store " + store.dir);
        return summary.failures() == 0 ? 0 : 1;
    }

    /**
     * Counts the articles (and unreadable records) of the source on a thread of its own, for the progress bar's total
     * and ETA: reading is cheap next to extraction, and the ingest starts at once instead of waiting for the count.
     */
    private static void countBeside(ArticleSource source, Progress progress) {
        Thread counter = new Thread(() -> {
            long[] n = {0};
            try {
                source.read(a -> n[0]++, problem -> n[0]++);
                progress.expect(n[0]);
            } catch (RuntimeException e) {
                // the ingest itself reports what cannot be read; without a count the bar just has no total
            }
        }, "entente-count");
        counter.setDaemon(true);
        counter.start();
    }

    /** Ingests one article into an open store; used by {@code demo} and {@code eval}. */
    static Ingester.Result ingestOne(Store s, Article a) {
        return new Ingester(s, StandardExtractor.shared()).ingest(a);
    }
}
