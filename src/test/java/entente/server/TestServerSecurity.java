package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes over HTTP: none without {@code allowUpdate}; with it, only for users of the password file (HTTP basic auth);
 * admin calls never; reads stay open; one query returns at most the row cap.
 */
class TestServerSecurity {
    private static final String EX = "http://example.test/";
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir Path dir;
    private DatasetGraph dsg;
    private EntenteServer server;
    private Path passwords;

    @BeforeEach
    void data() throws Exception {
        dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            for ( int i = 0; i < 50; i++ )
                dsg.add(NodeFactory.createURI(EX + "g"), NodeFactory.createURI(EX + "s" + i), NodeFactory.createURI(EX + "p"),
                        NodeFactory.createURI(EX + "o"));
        });
        passwords = Files.writeString(dir.resolve("passwords"), "alice: wonderland\n");
    }

    @AfterEach
    void stop() {
        if ( server != null )
            server.stop();
        dsg.close();
    }

    private String base() { return server.url(); }

    @Test
    void withAllowUpdateAnUpdateNeedsCredentials() throws Exception {
        server = EntenteServer.create().port(0).dataset(dsg).passwordFile(passwords).allowUpdate(true).build().start();
        String update = "INSERT DATA { GRAPH <" + EX + "new> { <" + EX + "a> <" + EX + "b> <" + EX + "c> } }";
        HttpResponse<String> anonymous = send("POST", "entente/update", "application/sparql-update", update, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(401, send("POST", "entente/update", "application/sparql-update", update, "alice:wrong").statusCode());
        assertEquals(50, count());

        HttpResponse<String> alice = send("POST", "entente/update", "application/sparql-update", update, "alice:wonderland");
        assertTrue(alice.statusCode() == 200 || alice.statusCode() == 204, alice.statusCode() + " " + alice.body());
        assertEquals(51, count());
        // reads stay open to everyone
        assertEquals(200, send("GET", "entente/sparql?query=" + enc("ASK {}"), null, null, null).statusCode());
        // the other read endpoints do not take updates, logged in or not
        assertNotEquals(200, send("POST", "entente/sparql", "application/sparql-update", update, "alice:wonderland").statusCode());
        assertNotEquals(200, send("POST", "entente", "application/sparql-update", update, null).statusCode());
    }

    @Test
    void withAllowUpdateAGraphDeleteNeedsCredentials() throws Exception {
        server = EntenteServer.create().port(0).dataset(dsg).passwordFile(passwords).allowUpdate(true).build().start();
        String graph = "entente/data?graph=" + enc(EX + "g");
        assertEquals(401, send("DELETE", graph, null, null, null).statusCode());
        assertNotEquals(200, send("DELETE", "entente?graph=" + enc(EX + "g"), null, null, null).statusCode());
        assertNotEquals(200, send("DELETE", "entente?graph=" + enc(EX + "g"), null, null, "alice:wonderland").statusCode());
        assertEquals(50, count());
        int deleted = send("DELETE", graph, null, null, "alice:wonderland").statusCode();
        assertTrue(deleted == 200 || deleted == 204, "status " + deleted);
        assertEquals(0, count());
    }

    @Test
    void adminCallsAndDatasetDeletesAreRefusedWithAndWithoutCredentials() throws Exception {
        server = EntenteServer.create().port(0).dataset(dsg).passwordFile(passwords).allowUpdate(true).build().start();
        for ( String user : new String[] {null, "alice:wonderland"} ) {
            assertRefused(send("DELETE", "$/datasets/entente", null, null, user));
            assertRefused(send("POST", "$/datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem", user));
            assertRefused(send("POST", "$/backup/entente", "text/plain", "", user));
            assertRefused(send("POST", "$/compact/entente", "text/plain", "", user));
            assertRefused(send("DELETE", "entente", null, null, user));
        }
        assertEquals(50, count());
    }

    @Test
    void withoutAllowUpdateThereIsNoWriteEndpointEvenWithCredentials() throws Exception {
        server = EntenteServer.create().port(0).dataset(dsg).build().start();
        String update = "INSERT DATA { GRAPH <" + EX + "new> { <" + EX + "a> <" + EX + "b> <" + EX + "c> } }";
        assertRefused(send("POST", "entente/update", "application/sparql-update", update, "alice:wonderland"));
        assertRefused(send("DELETE", "entente/data?graph=" + enc(EX + "g"), null, null, "alice:wonderland"));
        assertEquals(50, count());
    }

    @Test
    void updatesWithoutAPasswordFileCannotBeBuilt() {
        assertThrows(IllegalStateException.class, () -> EntenteServer.create().port(0).dataset(dsg).allowUpdate(true).build());
    }

    @Test
    void serveCommandTiesUpdatesToAPasswordFile() {
        String store = dir.toString();
        assertEquals(2, new picocli.CommandLine(new entente.cli.ServeCmd()).execute("--store", store, "--allow-update"));
        assertEquals(2, new picocli.CommandLine(new entente.cli.ServeCmd()).execute("--store", store, "--password-file", passwords.toString()));
        assertEquals(2, new picocli.CommandLine(new entente.cli.ServeCmd()).execute("--store", store, "--allow-update",
                "--password-file", dir.resolve("missing").toString()));
        assertEquals(2, new picocli.CommandLine(new entente.cli.ServeCmd()).execute("--store", store, "--max-results", "0"));
        var help = new java.io.StringWriter();
        var cmd = new picocli.CommandLine(new entente.cli.ServeCmd());
        cmd.setOut(new java.io.PrintWriter(help));
        assertEquals(0, cmd.execute("--help"));
        for ( String option : new String[] {"--allow-update", "--password-file", "--max-results", "--[no-]cors"} )
            assertTrue(help.toString().contains(option), help.toString());
    }

    @Test
    void queriesReturnAtMostTheRowCap() throws Exception {
        server = EntenteServer.create().port(0).dataset(dsg).maxResults(10).build().start();
        assertEquals(10, rows("SELECT ?s { ?s ?p ?o }"));
        assertEquals(10, rows("SELECT ?s { ?s ?p ?o } LIMIT 1000"));
        assertEquals(3, rows("SELECT ?s { ?s ?p ?o } LIMIT 3"));
        // aggregates see every row: the cap is on what is sent back
        HttpResponse<String> n = send("GET", "entente/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), null, null, null);
        assertTrue(n.body().contains(">50<"), n.body());
    }

    @Test
    void cappedLeavesSmallLimitsAndAskAlone() {
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5");
        assertSame(small, CappedQuery.capped(small, 10));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, CappedQuery.capped(ask, 10));
        Query all = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
        assertEquals(10, CappedQuery.capped(all, 10).getLimit());
        assertFalse(all.hasLimit(), "the original query is not changed");
    }

    private long rows(String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "entente/sparql?query=" + enc(q)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().count() - 1;
    }

    private long count() {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static void assertRefused(HttpResponse<String> r) {
        int s = r.statusCode();
        assertTrue(s == 400 || s == 401 || s == 403 || s == 404 || s == 405 || s == 415, "refused, got " + s + ": " + r.body());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if ( contentType != null )
            b.header("Content-Type", contentType);
        if ( user != null )
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // Jetty may close a kept-alive connection after refusing a request; the client does not retry a POST on it
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
