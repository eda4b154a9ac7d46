package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explore page's files over HTTP (no browser needed): page, script, vendored library, ontology page. */
class TestExploreServlet {

    private static EntenteServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        server = EntenteServer.create().port(0).dataset(dsg).build().start();
    }

    @AfterAll
    static void stop() {
        if ( server != null ) server.stop();
    }

    @Test
    void servesThePageAndItsFilesWithTheirTypes() throws Exception {
        HttpResponse<String> page = get("explore/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("vendor/cytoscape.min.js"), page.body());
        assertTrue(page.body().contains("href=\"ontology.html\""), "no link to the ontology page");
        assertTrue(get("explore/explore.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        HttpResponse<String> lib = get("explore/vendor/cytoscape.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000);
        assertEquals(200, get("explore/vendor/cytoscape.LICENSE.txt").statusCode());
        assertEquals(server.url() + "explore/", server.exploreUrl());
    }

    @Test
    void redirectsToTheFolderAndRefusesOtherPaths() throws Exception {
        HttpResponse<String> bare = get("explore");
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/explore/"));
        assertEquals(404, get("explore/missing.js").statusCode());
        // Jetty itself refuses an encoded climb out of the folder (400); the servlet would answer 404.
        int climb = get("explore/..%2F..%2Fentente.ttl").statusCode();
        assertTrue(climb == 400 || climb == 404, "status " + climb);
    }

    @Test
    void generatesTheOntologyPage() throws Exception {
        HttpResponse<String> r = get("explore/ontology.html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<svg"), "no diagram");
        assertTrue(r.body().contains("id=\"DiplomaticEvent\""), "no entry for ent:DiplomaticEvent");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
