package entente.cli;

import entente.server.EntenteServer;
import entente.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente serve}: the store over read-only SPARQL with the Fuseki UI, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
         description = "Serve the store read-only over SPARQL, with the Apache Jena Fuseki UI.")
public final class ServeCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port, 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = EntenteServer.DEFAULT_HOST,
            description = "Address to bind to (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the server).")
    String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel any query running longer than this (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(store.dir)) {
            err.println("entente: no store at " + store.dir + ": ingest articles first.");
            return 1;
        }
        if (queryTimeoutSeconds <= 0) {
            err.println("entente: --query-timeout must be positive: " + queryTimeoutSeconds);
            return 2;
        }
        try (Store s = store.open()) {
            serve(s, host, port, Duration.ofSeconds(queryTimeoutSeconds), spec.commandLine().getOut(), err);
        }
        return 0;
    }

    /** Starts the server on an open store, prints where it is, and blocks until the process is stopped. */
    static void serve(Store s, String host, int port, Duration timeout, PrintWriter out, PrintWriter err) {
        EntenteServer server = EntenteServer.create().port(port).host(host).dataset(s.datasetGraph())
                .queryTimeout(timeout).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "entente-serve-stop"));
        out.println("Fuseki UI:       " + server.url());
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        if (!isLoopback(host)) err.println("entente: listening on " + host + ": anyone who can reach this machine can query the data (read-only).");
        out.println("Open the UI, choose the dataset 'entente', and paste a query from queries/ (e.g. meetings.rq). Ctrl-C stops.");
        out.flush();
        server.join();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
