package entente.ingest;

import entente.store.Queries;
import entente.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;

/**
 * Latency of every catalogue query on a store, either in the calling JVM or in a new one that only opens the store
 * and queries it, as a server does.
 *
 * <p>The two differ on a large store: a JVM that has just ingested 10,000 articles answers the same queries 1.2-2×
 * slower than a fresh one (the {@code articles} listing: 225-320 ms against 155-190 ms on one N=10,000 store), also
 * on a store it did not write, so the JVM's state after a long ingest is the cause, not the store's. Users query
 * through a server or a new command, never through the ingest's process: the benchmark reports the fresh process's
 * figures and shows the ingest JVM's beside them.
 */
public final class QueryLatency {
    private QueryLatency() {}

    /** Latency of one catalogue query over its timed runs. */
    public record Timing(String name, double p50Ms, double p95Ms, int rows, int runs) {}

    /** Prefix of the lines a child process prints, one per query. */
    private static final String LINE = "timing\t";

    /**
     * Each catalogue query timed {@code runs} times (fewer when one run takes seconds), after passes over the whole
     * catalogue for {@code warmUpSeconds} (two at least): the first runs pay for the JIT compiling the query engine,
     * which a running server has long done (in a new JVM on an N=10,000 store, the first run of the first query took
     * ~1.6 s, then ~150 ms; {@code articles} still fell from ~240 to ~160 ms between its fifth and tenth runs).
     */
    public static List<Timing> inProcess(Store store, int runs, double warmUpSeconds) {
        String event = anEvent(store);
        List<CatalogueQuery> catalogue = new ArrayList<>();
        for (String name : Queries.CATALOGUE) {
            catalogue.add(new CatalogueQuery(name, Queries.bind(Queries.expect(name), parameters(name, event))));
        }
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Long> warm = new HashMap<>();
        long warmUntil = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        for (int pass = 0; pass < 2 || System.nanoTime() < warmUntil; pass++) {
            for (CatalogueQuery c : catalogue) {
                long t0 = System.nanoTime();
                rows.put(c.name(), execute(store, c.query()));
                warm.put(c.name(), System.nanoTime() - t0);
            }
        }
        List<Timing> out = new ArrayList<>();
        for (CatalogueQuery c : catalogue) {
            int timed = warm.get(c.name()) > TimeUnit.SECONDS.toNanos(2) ? Math.min(runs, 5) : runs;
            double[] ms = new double[timed];
            for (int i = 0; i < timed; i++) {
                long t0 = System.nanoTime();
                execute(store, c.query());
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.add(new Timing(c.name(), percentile(ms, 50), percentile(ms, 95), rows.get(c.name()), timed));
        }
        return out;
    }

    /**
     * {@link #inProcess} run by a new JVM on the store in {@code dir}, which no store of this process may hold open
     * (see {@link Store#release()}). The child gets this JVM's class path and heap options.
     */
    public static List<Timing> inFreshJvm(Path dir, int runs, double warmUpSeconds) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xm") || arg.startsWith("-Xss") || arg.startsWith("-D")) command.add(arg);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QueryLatency.class.getName(),
                dir.toAbsolutePath().toString(), Integer.toString(runs), Double.toString(warmUpSeconds)));
        try {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<Timing> out = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(LINE)) out.add(parse(line));
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || out.isEmpty()) {
                throw new IllegalStateException("the query process exited with " + exit + " after " + out.size() + " timing(s)");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the query process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The child process of {@link #inFreshJvm}: {@code STORE_DIR RUNS WARM_UP_SECONDS}; prints a line per query. */
    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            for (Timing t : inProcess(store, Integer.parseInt(args[1]), Double.parseDouble(args[2]))) System.out.println(format(t));
        }
        System.exit(0);
    }

    static String format(Timing t) {
        return String.format(Locale.ROOT, "%s%s\t%.3f\t%.3f\t%d\t%d", LINE, t.name(), t.p50Ms(), t.p95Ms(), t.rows(), t.runs());
    }

    static Timing parse(String line) {
        String[] f = line.split("\t");
        return new Timing(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]));
    }

    /** A catalogue query parsed once, with its parameters bound. */
    private record CatalogueQuery(String name, Query query) {}

    /**
     * Sensible parameters for the catalogue queries that take some (their headers document them), written as for
     * {@code entente query --param} and bound the same way ({@link Queries#bind}).
     */
    static Map<String, String> parameters(String query, String eventIri) {
        return switch (query) {
            case "relations-between" -> Map.of("a", "USA", "b", "CHN");
            case "actor-activity" -> Map.of("label", "United States");
            case "post-holders-on" -> Map.of("postType", "president", "country", "USA");
            case "event-evidence" -> eventIri == null ? Map.of() : Map.of("event", "<" + eventIri + ">");
            default -> Map.of();
        };
    }

    private static String anEvent(Store store) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(
                    "SELECT ?e { ?e a <https://w3id.org/entente/ontology#DiplomaticEvent> } LIMIT 1").build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getResource("e").getURI() : null;
            }
        });
    }

    private static int execute(Store store, Query q) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
