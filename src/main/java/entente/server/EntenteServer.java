package entente.server;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import entente.EntenteException;

/**
 * A read-only SPARQL server over the entente dataset, with the Apache Jena Fuseki UI.
 * <pre>
 *     EntenteServer server = EntenteServer.create()
 *         .port(3030)
 *         .dataset(dsg)
 *         .build();
 *     server.start();
 *     System.out.println(server.url());
 * </pre>
 * The dataset is published at {@value #DATASET_PATH} with the endpoints {@code query} and {@code sparql} (SPARQL
 * query), {@code get} (Graph Store Protocol, read) and the same read operations on the dataset URL itself. There is
 * no update endpoint and no Graph Store write, so nothing sent over HTTP can change the data.
 * <p>
 * The UI is the static application of the {@code jena-fuseki-ui} jar plus only the read-only server endpoints it
 * calls: {@code /$/server} (the dataset list), {@code /$/ping} and {@code /$/stats}. Fuseki's admin module
 * ({@code /$/datasets}, {@code /$/backup}, {@code /$/compact}, {@code /$/tasks}) is deliberately left out: it would
 * let any caller create or delete datasets. Without it Fuseki needs no work area (FUSEKI_BASE) on disk.
 * <p>
 * Every query runs with a timeout (default 30 s), so a runaway query is cancelled and answered with an error.
 * The server binds to {@code 127.0.0.1} unless another host is given.
 * <p>
 * Thread safety: build and start from one thread; a started server serves requests concurrently.
 */
public final class EntenteServer {

    /** The path of the dataset on the server. */
    public static final String DATASET_PATH = "/entente";
    /** Default port, Fuseki's usual one. */
    public static final int DEFAULT_PORT = 3030;
    /** Default bind address: loopback only, so nothing is exposed unless asked for. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default limit on the run time of one query. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** The UI's page in the {@code jena-fuseki-ui} jar; its folder is the base of the static files. */
    private static final String UI_RESOURCE = "webapp/index.html";

    private final FusekiServer fuseki;
    private final String host;

    private EntenteServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder with the defaults: port {@value #DEFAULT_PORT}, host {@value #DEFAULT_HOST}, 30 s query timeout. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns this server. */
    public EntenteServer start() {
        fuseki.start();
        return this;
    }

    /** Stops the server. The dataset stays open: its owner closes it. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port actually bound (a free port when 0 was asked for); valid once started. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The host the server binds to. */
    public String host() {
        return host;
    }

    /**
     * The URL of the UI, e.g. {@code http://127.0.0.1:3030/}. When bound to every interface ({@code 0.0.0.0} or
     * {@code ::}) it names the loopback address, which a browser on this machine can open.
     */
    public String url() {
        String h = switch ( host ) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/entente/sparql}. */
    public String sparqlUrl() {
        return url() + DATASET_PATH.substring(1) + "/sparql";
    }

    /** The explore page (actor network, timeline), e.g. {@code http://127.0.0.1:3030/explore/}. */
    public String exploreUrl() {
        return url() + ExploreServlet.PATH.substring(1);
    }

    /** Builder of {@link EntenteServer}; not thread safe. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private DatasetGraph dataset;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private boolean cors = true;

        private Builder() {}

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if ( port < 0 || port > 65535 )
                throw new IllegalArgumentException("Port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The address to bind to; {@code 0.0.0.0} exposes the server on every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The dataset to publish (required). */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The longest a query may run before it is cancelled; must be positive. */
        public Builder queryTimeout(Duration timeout) {
            if ( timeout == null || timeout.isZero() || timeout.isNegative() )
                throw new IllegalArgumentException("Query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Whether web pages from other origins may read query results (CORS headers); on by default, as in Fuseki.
         * Harmless for writes, since the server has no write endpoint.
         */
        public Builder cors(boolean allow) {
            this.cors = allow;
            return this;
        }

        /** Builds the server, not yet started. */
        public EntenteServer build() {
            if ( dataset == null )
                throw new IllegalStateException("No dataset given");
            FusekiLogging.setLogging();   // once per JVM; later calls do nothing

            FusekiServer fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(DATASET_PATH, readOnlyService(dataset, queryTimeout))
                    .staticFileBase(uiBase())
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet(ExploreServlet.PATH + "*", new ExploreServlet())   // the explore page, /explore/
                    .enablePing(true)
                    .enableStats(true)
                    .enableCors(cors)
                    .build();
            bindTo(fuseki, host);
            return new EntenteServer(fuseki, host);
        }

        /**
         * Query and Graph Store read; no update, no upload, no Graph Store write. The timeout goes in each query
         * endpoint's context, which Fuseki merges into the request's context (the server context is not consulted).
         */
        private static DataService readOnlyService(DatasetGraph dsg, Duration queryTimeout) {
            Context limits = new Context();
            limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dsg);
            for ( String name : List.of("query", "sparql", "") )
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits).build());
            return service.addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.GSP_R, "")
                    .build();
        }

        /** The UI folder inside the jena-fuseki-ui jar, as a URL Jetty serves static files from. */
        private static String uiBase() {
            URL index = EntenteServer.class.getClassLoader().getResource(UI_RESOURCE);
            if ( index == null )
                throw new EntenteException("The Fuseki UI (jena-fuseki-ui jar, " + UI_RESOURCE + ") is not on the classpath");
            String s = index.toExternalForm();
            return s.substring(0, s.length() - "index.html".length());
        }

        /** Fuseki's builder only knows "loopback or all": set the exact bind address on the connector instead. */
        private static void bindTo(FusekiServer fuseki, String host) {
            for ( Connector c : fuseki.getJettyServer().getConnectors() ) {
                if ( c instanceof ServerConnector sc )
                    sc.setHost(host);
            }
        }
    }
}
