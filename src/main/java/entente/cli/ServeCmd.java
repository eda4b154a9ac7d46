package entente.cli;

import entente.Ingester;
import entente.extract.StandardExtractor;
import entente.server.EntenteServer;
import entente.server.ServeFile;
import entente.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente serve}: the store over SPARQL with the Fuseki UI, until the process is stopped. Read-only unless
 * {@code --allow-update} with {@code --password-file}. While it runs, {@code entente ingest} and {@code entente query}
 * on the same store go through it (see {@link ServeFile}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
         description = {"Serve the store over SPARQL, with the Apache Jena Fuseki UI; read-only unless --allow-update.",
                 "While it runs, 'entente ingest' and 'entente query' on the same store are handed to it."})
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

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "100000",
            description = "Most rows one query returns; a larger or missing LIMIT is lowered (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--cors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Let web pages from other sites read query results (default: on; --no-cors turns it off).")
    boolean cors;

    @Option(names = "--allow-update",
            description = "Add SPARQL Update ('update') and Graph Store write ('data') endpoints, for users of --password-file only.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may write: lines 'user: password' (or MD5:/CRYPT: hashes), Jetty's format. Needs --allow-update.")
    Path passwordFile;

    /** What the server is asked to do, beyond the store. */
    record Settings(String host, int port, Duration timeout, long maxResults, boolean cors, Path passwordFile, boolean allowUpdate) {
        static Settings readOnly(String host, int port, Duration timeout) {
            return new Settings(host, port, timeout, EntenteServer.DEFAULT_MAX_RESULTS, true, null, false);
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(store.dir)) {
            err.println("entente: no store at " + store.dir + ": ingest articles first.");
            return 1;
        }
        if (queryTimeoutSeconds <= 0 || maxResults <= 0) {
            err.println("entente: --query-timeout and --max-results must be positive");
            return 2;
        }
        if (allowUpdate != (passwordFile != null)) {
            err.println("entente: --allow-update and --password-file go together: writes are for logged-in users only");
            return 2;
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            err.println("entente: cannot read the password file " + passwordFile);
            return 2;
        }
        try (Store s = store.open()) {
            serve(s, new Settings(host, port, Duration.ofSeconds(queryTimeoutSeconds), maxResults, cors, passwordFile, allowUpdate),
                    spec.commandLine().getOut(), err);
        }
        return 0;
    }

    /** Starts a read-only server on an open store, prints where it is, and blocks until the process is stopped. */
    static void serve(Store s, String host, int port, Duration timeout, PrintWriter out, PrintWriter err) {
        serve(s, Settings.readOnly(host, port, timeout), out, err);
    }

    /** Starts the server on an open store, prints where it is, and blocks until the process is stopped. */
    static void serve(Store s, Settings settings, PrintWriter out, PrintWriter err) {
        Running running = start(s, settings, err);
        out.println("Fuseki UI:       " + running.server().url());
        out.println("SPARQL endpoint: " + running.server().sparqlUrl());
        out.println("Explore:         " + running.server().exploreUrl() + "  (actor network, timelines)");
        if (settings.allowUpdate())
            out.println("SPARQL Update:   " + running.server().url() + "entente/update (users of " + settings.passwordFile() + ")");
        out.println("Open the UI, choose the dataset 'entente', and paste a query from queries/ (e.g. meetings.rq). Ctrl-C stops.");
        out.flush();
        running.server().join();
    }

    /** A started server and the note it left in the store directory. */
    record Running(EntenteServer server, ServeFile note, Path storeDir) {
        /** Stops the server and removes its note. */
        void stop() {
            if (storeDir != null) note.delete(storeDir);
            server.stop();
        }
    }

    /** Starts the server and, for an on-disk store, leaves the hand-off note; stopping the JVM removes both. */
    static Running start(Store s, Settings settings, PrintWriter err) {
        ServeFile pending = ServeFile.fresh("http://placeholder/");
        EntenteServer.Builder b = EntenteServer.create().port(settings.port()).host(settings.host()).dataset(s.datasetGraph())
                .queryTimeout(settings.timeout()).maxResults(settings.maxResults()).cors(settings.cors())
                .handoff(() -> new Ingester(s, StandardExtractor.shared()), pending.token());
        if (settings.passwordFile() != null) {
            warnIfOthersCanRead(settings.passwordFile(), err);
            b.passwordFile(settings.passwordFile()).allowUpdate(settings.allowUpdate());
        }
        EntenteServer server = b.build().start();
        ServeFile note = new ServeFile(localUrl(server), pending.token());
        Path dir = s.location();
        if (dir != null) {
            try {
                note.write(dir);
            } catch (IOException e) {
                err.println("entente: cannot write " + dir.resolve(ServeFile.NAME) + " (" + e.getMessage()
                        + "): ingest and query on this store will not be handed to the server");
            }
        }
        Running running = new Running(server, note, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "entente-serve-stop"));
        if (!isLoopback(settings.host())) {
            err.println("entente: listening on " + settings.host() + ": anyone who can reach this machine can query the data"
                    + (settings.allowUpdate() ? "; only users of the password file can change it." : " (read-only)."));
        }
        return running;
    }

    /** The URL local clients use: loopback when bound to every interface. */
    private static String localUrl(EntenteServer server) { return server.url(); }

    private static void warnIfOthersCanRead(Path file, PrintWriter err) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ))
                err.println("entente: " + file + " can be read by other users; chmod 600 it.");
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
