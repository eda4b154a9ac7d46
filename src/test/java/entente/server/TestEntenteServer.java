package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A real Fuseki server on a free port over an in-memory TDB2 dataset: UI, read-only SPARQL, refused writes. */
class TestEntenteServer {

    private static final String EX = "http://example.test/";
    private static final Node GRAPH = NodeFactory.createURI(EX + "article/1");
    private static final int TRIPLES = 3;

    private static DatasetGraph dsg;
    private static EntenteServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            for ( String[] t : List.of(new String[]{"blinken", "visited", "china"},
                                       new String[]{"blinken", "met", "xi"},
                                       new String[]{"xi", "leads", "china"}) )
                dsg.add(GRAPH, uri(t[0]), uri(t[1]), uri(t[2]));
        });
        server = EntenteServer.create().port(0).dataset(dsg).build().start();
    }

    @AfterAll
    static void stopServer() {
        if ( server != null )
            server.stop();
    }

    @Test
    void bindsToLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.host());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
        assertEquals(server.url() + "entente/sparql", server.sparqlUrl());
    }

    @Test
    void rootServesTheFusekiUi() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Apache Jena Fuseki UI"), r.body());
        assertTrue(r.body().contains("<div id=\"app\">"), r.body());
        // The page's script bundle is served too.
        String script = r.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, get(script).statusCode(), script);
    }

    @Test
    void serverInfoListsTheDataset() throws Exception {
        HttpResponse<String> r = get("$/server");
        assertEquals(200, r.statusCode());
        JsonObject json = JsonParser.parseString(r.body()).getAsJsonObject();
        var names = json.getAsJsonArray("datasets").asList().stream()
                .map(d -> d.getAsJsonObject().get("ds.name").getAsString()).toList();
        assertEquals(List.of("/entente"), names);
        assertEquals(200, get("$/ping").statusCode());
        assertEquals(200, get("$/stats").statusCode());
    }

    @Test
    void selectOverHttpSeesNamedGraphsThroughTheDefaultGraph() {
        String q = "SELECT ?o WHERE { <" + EX + "blinken> ?p ?o } ORDER BY ?o";
        List<String> rows;
        try ( var qexec = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build() ) {
            rows = ResultSetFormatter.toList(qexec.execSelect()).stream()
                    .map(s -> s.getResource("o").getURI()).toList();
        }
        assertEquals(List.of(EX + "china", EX + "xi"), rows);
    }

    @Test
    void queryEndpointAndGraphStoreReadAnswer() throws Exception {
        HttpResponse<String> r = get("entente/query?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(200, r.statusCode());
        assertEquals(TRIPLES, count(r.body()));
        HttpResponse<String> g = get("entente/get?graph=" + enc(GRAPH.getURI()));
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("blinken"), g.body());
    }

    @Test
    void updatesOverHttpAreRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <" + EX + "g> { <" + EX + "a> <" + EX + "b> <" + EX + "c> } }";
        assertRefused(post("entente/update", "application/sparql-update", update));
        assertRefused(post("entente", "application/sparql-update", update));
        assertRefused(post("entente/sparql", "application/sparql-update", update));
        assertRefused(post("entente/sparql", "application/x-www-form-urlencoded", "update=" + enc(update)));
        assertRefused(post("entente", "application/x-www-form-urlencoded", "update=" + enc(update)));
        assertDataUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String ttl = "<" + EX + "a> <" + EX + "b> <" + EX + "c> .";
        assertRefused(send("PUT", "entente?default", "text/turtle", ttl));
        assertRefused(send("PUT", "entente/get?graph=" + enc(GRAPH.getURI()), "text/turtle", ttl));
        assertRefused(post("entente?graph=" + enc(EX + "new"), "text/turtle", ttl));
        assertRefused(send("DELETE", "entente?graph=" + enc(GRAPH.getURI()), null, null));
        assertRefused(send("DELETE", "entente", null, null));
        assertDataUnchanged();
    }

    @Test
    void adminCallsAreRefused() throws Exception {
        assertRefused(post("$/datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem"));
        assertRefused(send("DELETE", "$/datasets/entente", null, null));
        assertRefused(post("$/backup/entente", "text/plain", ""));
        assertRefused(post("$/compact/entente", "text/plain", ""));
        assertEquals(200, get("$/ping").statusCode());
        assertTrue(get("$/server").body().contains("/entente"));
        assertDataUnchanged();
    }

    @Test
    void runawayQueryIsStoppedByTheTimeout() throws Exception {
        DatasetGraph big = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(big, () -> {
            for ( int i = 0; i < 300; i++ )
                big.getDefaultGraph().add(uri("s" + i), uri("p"), uri("o" + i));
        });
        EntenteServer slow = EntenteServer.create().port(0).dataset(big).queryTimeout(Duration.ofSeconds(1)).build().start();
        try {
            // 300^5 rows: hours of work without a timeout.
            String q = "SELECT (COUNT(*) AS ?n) { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f . ?g ?p4 ?h . ?i ?p5 ?j }";
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(slow.sparqlUrl() + "?query=" + enc(q)))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "Took " + took);
            // Fuseki answers a cancelled query with 503 Service Unavailable.
            assertEquals(503, r.statusCode(), r.body());
        } finally {
            slow.stop();
            big.close();
        }
    }

    @Test
    void corsHeadersCanBeTurnedOff() throws Exception {
        HttpRequest fromElsewhere = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + enc("ASK {}")))
                .header("Origin", "http://elsewhere.test").build();
        assertTrue(http.send(fromElsewhere, HttpResponse.BodyHandlers.ofString()).headers()
                .firstValue("Access-Control-Allow-Origin").isPresent(), "CORS on by default");
        EntenteServer closed = EntenteServer.create().port(0).dataset(dsg).cors(false).build().start();
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(closed.sparqlUrl() + "?query=" + enc("ASK {}")))
                    .header("Origin", "http://elsewhere.test").build();
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode());
            assertTrue(resp.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), resp.headers().toString());
        } finally {
            closed.stop();
        }
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalStateException.class, () -> EntenteServer.create().build());
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().port(70000));
        assertThrows(IllegalArgumentException.class, () -> EntenteServer.create().queryTimeout(Duration.ZERO));
    }

    private static void assertDataUnchanged() throws Exception {
        HttpResponse<String> r = get("entente/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(TRIPLES, count(r.body()), "triples seen over HTTP");
        assertEquals(1, Txn.calculateRead(dsg, () -> (int) dsg.stream().map(q -> q.getGraph()).distinct().count()));
        assertEquals(TRIPLES, Txn.calculateRead(dsg, () -> dsg.getGraph(GRAPH).size()));
    }

    private static void assertRefused(HttpResponse<String> r) {
        int s = r.statusCode();
        assertTrue(s >= 400 && s < 500, r.request().method() + " " + r.uri() + " answered " + s + ": " + r.body());
    }

    private static int count(String jsonResults) {
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(jsonResults.getBytes(StandardCharsets.UTF_8)));
        QuerySolution row = rs.next();
        return row.getLiteral("n").getInt();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send("POST", path, contentType, body);
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
        if ( path.contains("query=") )
            b.header("Accept", "application/sparql-results+json");
        if ( contentType != null )
            b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Jetty may close a kept-alive connection after refusing a request; the client does not retry a POST on it
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
