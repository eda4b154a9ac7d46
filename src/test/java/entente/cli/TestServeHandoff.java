package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.SyntheticCorpus;
import entente.server.ServeFile;
import entente.store.Store;
import entente.store.StoreAudit;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code entente serve} holds a store, {@code entente ingest} and {@code entente query} on it are handed to the
 * server through the note it leaves in the store ({@link ServeFile}), instead of failing on TDB2's lock.
 */
class TestServeHandoff {

    @Test
    void ingestAndQueryGoThroughAServerInAnotherProcess(@TempDir Path tmp) throws Exception {
        // This JVM must not open the store before the child does: TDB2 keeps a store locked by the process that
        // opened it until that process ends, so everything goes through the child's server.
        Path store = Files.createDirectories(tmp.resolve("store"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "entente.cli.EntenteCmd", "serve", "--store", store.toString(), "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("SPARQL endpoint:")) { /* wait for the server */ }
            assertNotNull(line, "serve started: " + Files.readString(tmp.resolve("serve.err")));
            ServeFile note = ServeFile.read(store).orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resolve(ServeFile.NAME))));
            assertTrue(line.endsWith(note.sparqlUrl()), line + " vs " + note);

            Cli ingest = Cli.run("ingest", "--store", store.toString(),
                    SyntheticCorpus.write(tmp.resolve("more.jsonl"), 0, 7).toString());
            assertEquals(0, ingest.exit(), ingest.err());
            assertTrue(ingest.err().contains("handing the ingest to the server"), ingest.err());
            assertTrue(ingest.out().contains("ingested 7 article(s)") && ingest.out().contains("through the server"), ingest.out());

            Cli query = Cli.run("query", "--store", store.toString(), "--format", "tsv", "articles");
            assertEquals(0, query.exit(), query.err());
            assertEquals(7, query.out().lines().count() - 1, query.out());

            // without the token the endpoint refuses
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(note.ingestUrl()))
                    .header(ServeFile.TOKEN_HEADER, "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString(SyntheticCorpus.line(99))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, forged.statusCode());
        } finally {
            serve.destroy();   // SIGTERM: the shutdown hook stops the server and removes the note
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(store.resolve(ServeFile.NAME)), "note removed on stop");
        try (Store s = Store.open(store)) {
            StoreAudit audit = StoreAudit.of(s);
            assertTrue(audit.consistent(), audit.toString());
            assertEquals(7, audit.withArticle().size());
        }
    }

    @Test
    void aStaleNoteIsIgnored(@TempDir Path tmp) throws Exception {
        Path store = Files.createDirectories(tmp.resolve("store"));
        new ServeFile("http://127.0.0.1:9/", "f".repeat(64)).write(store);   // nothing listens on the discard port
        Cli ingest = Cli.run("ingest", "--store", store.toString(), SyntheticCorpus.write(tmp.resolve("c.jsonl"), 0, 1).toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertFalse(ingest.out().contains("through the server"), ingest.out());
    }

    @Test
    void aServerInThisProcessTakesHandedOffWork(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("store");
        try (Store s = Store.open(dir)) {
            ServeCmd.Running running = ServeCmd.start(s, ServeCmd.Settings.readOnly("127.0.0.1", 0, Duration.ofSeconds(30)),
                    new PrintWriter(new StringWriter()));
            try {
                assertTrue(ServerHandoff.live(dir).isPresent());
                Cli ingest = Cli.run("ingest", "--store", dir.toString(), SyntheticCorpus.write(tmp.resolve("c.jsonl"), 0, 3).toString());
                assertEquals(0, ingest.exit(), ingest.err());
                assertTrue(ingest.out().contains("through the server"), ingest.out());
                assertEquals(3, StoreAudit.of(s).withArticle().size());
            } finally {
                running.stop();
            }
            assertTrue(ServerHandoff.live(dir).isEmpty(), "note removed on stop");
        }
    }
}
