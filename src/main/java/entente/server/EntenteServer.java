package entente.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
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
import entente.Ingester;

/**
 * A SPARQL server over the entente dataset, read-only unless updates are allowed for logged-in users, with the
 * Apache Jena Fuseki UI.
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
 * Every query runs with a timeout (default 30 s), so a runaway query is cancelled and answered with an error, and
 * returns at most {@value #DEFAULT_MAX_RESULTS} rows unless another cap is set (a larger or missing LIMIT is lowered).
 * The server binds to {@code 127.0.0.1} unless another host is given.
 * <p>
 * Writes over HTTP exist only when asked for with {@link Builder#allowUpdate} and a password file
 * ({@link Builder#passwordFile}, Jetty's format: lines {@code user: password}, where the password may be stored as
 * {@code MD5:...} or {@code CRYPT:...}): then {@code update} (SPARQL Update) and {@code data} (Graph Store read-write)
 * answer users who log in with HTTP basic authentication, and everything else stays open for reading. With
 * {@link Builder#handoff} the server also takes articles to ingest at {@code /$/entente/ingest} from loopback clients
 * holding its token (see {@link ServeFile}).
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
    /** Default cap on the rows one query returns. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

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
        private long maxResults = DEFAULT_MAX_RESULTS;
        private Path passwordFile;
        private boolean allowUpdate;
        private Supplier<Ingester> ingester;
        private String token;

        private Builder() {}

        /** The most rows a query may return; a query asking for more, or for all, is limited to this. */
        public Builder maxResults(long rows) {
            if ( rows <= 0 )
                throw new IllegalArgumentException("Result cap must be positive: " + rows);
            this.maxResults = rows;
            return this;
        }

        /** Users who may write, in Jetty's password file format ({@code user: password} lines). */
        public Builder passwordFile(Path file) {
            this.passwordFile = Objects.requireNonNull(file, "passwordFile");
            return this;
        }

        /**
         * Whether to add the write endpoints {@code update} and {@code data}, for logged-in users only; requires a
         * {@link #passwordFile}. Off by default: the server is read-only.
         */
        public Builder allowUpdate(boolean allow) {
            this.allowUpdate = allow;
            return this;
        }

        /**
         * Takes handed-off ingests at {@code /$/entente/ingest} from loopback clients sending {@code token}; the
         * ingester is made on the first such request (it loads the NLP models).
         */
        public Builder handoff(Supplier<Ingester> ingester, String token) {
            this.ingester = Objects.requireNonNull(ingester, "ingester");
            this.token = Objects.requireNonNull(token, "token");
            if ( token.length() < 16 )
                throw new IllegalArgumentException("Token too short to be a secret");
            return this;
        }

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
         * Write endpoints, when allowed, still need the user's credentials.
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

            if ( allowUpdate && passwordFile == null )
                throw new IllegalStateException("Updates need a password file: no anonymous writes");
            if ( passwordFile != null && !Files.isReadable(passwordFile) )
                throw new EntenteException("Cannot read the password file " + passwordFile);

            FusekiServer.Builder b = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(DATASET_PATH, service(dataset, queryTimeout, maxResults, allowUpdate))
                    .staticFileBase(uiBase())
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet(ExploreServlet.PATH + "*", new ExploreServlet())   // the explore page, /explore/
                    .enablePing(true)
                    .enableStats(true)
                    .enableCors(cors);
            if ( passwordFile != null )
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
            if ( ingester != null )
                b.addServlet(IngestServlet.PATH, new IngestServlet(ingester, token));
            FusekiServer fuseki = b.build();
            bindTo(fuseki, host);
            return new EntenteServer(fuseki, host);
        }

        /**
         * Query and Graph Store read for everyone; no upload. The timeout goes in each query endpoint's context,
         * which Fuseki merges into the request's context (the server context is not consulted). With updates
         * allowed, {@code update} and {@code data} are added for logged-in users only; the dataset URL itself stays
         * read-only, since an auth policy on it would cover every endpoint.
         */
        private static DataService service(DatasetGraph dsg, Duration queryTimeout, long maxResults, boolean allowUpdate) {
            Context limits = new Context();
            limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dsg);
            for ( String name : List.of("query", "sparql", "") )
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits)
                        .processor(new CappedQuery(maxResults)).build());
            service.addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R, "");
            if ( allowUpdate ) {
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                        .context(limits).authPolicy(Auth.ANY_USER).build());
                service.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            }
            return service.build();
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
