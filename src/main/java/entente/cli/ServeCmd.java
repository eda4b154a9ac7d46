package entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import entente.server.EntenteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente serve}: the store over read-only SPARQL with the Fuseki UI, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
         description = "Serve the store read-only over SPARQL, with the Apache Jena Fuseki UI.")
public class ServeCmd implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

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
        if ( !Files.isDirectory(store) ) {
            System.err.println("No store at " + store + ": ingest articles first.");
            return 1;
        }
        if ( queryTimeoutSeconds <= 0 ) {
            System.err.println("--query-timeout must be positive: " + queryTimeoutSeconds);
            return 2;
        }
        EntenteServer server;
        try {
            server = EntenteServer.create()
                    .port(port)
                    .host(host)
                    .dataset(openStore(store))
                    .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds))
                    .build()
                    .start();
        } catch (RuntimeException ex) {
            // Typically: port in use, or the store locked by another process.
            System.err.println("Cannot serve " + store + " on " + host + ":" + port + ": " + rootMessage(ex));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "entente-serve-stop"));
        System.out.println("Fuseki UI:       " + server.url());
        System.out.println("SPARQL endpoint: " + server.sparqlUrl());
        if ( !isLoopback(host) )
            System.out.println("Listening on " + host + ": reachable from other machines.");
        System.out.println("Read-only; query timeout " + queryTimeoutSeconds + " s. Stop with Ctrl-C.");
        server.join();
        return 0;
    }

    /** Opens the TDB2 store with the union default graph on, so queries see every article's graph. */
    // The one place the store is opened: to be replaced by the project's Store class.
    static DatasetGraph openStore(Path dir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while ( t.getCause() != null && t.getCause() != t )
            t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
