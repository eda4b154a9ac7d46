package entente.cli;

import com.google.gson.JsonObject;
import entente.article.Article;
import entente.article.ArticleReader;
import entente.server.ServeFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * The client side of the hand-off to a running {@code entente serve}: TDB2 lets one process open a store, so when a
 * live server holds it (its {@link ServeFile} is in the store directory and it answers a ping), {@code ingest} sends
 * the articles to the server's ingest endpoint and {@code query} sends the query to its SPARQL endpoint. A stale note
 * (server killed) is ignored and the store is opened directly.
 */
final class ServerHandoff {
    /** Articles per request: small enough to show progress, large enough to amortise the round trip. */
    static final int BATCH = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerHandoff() {}

    /** The note of a server that holds this store and answers, if any. */
    static Optional<ServeFile> live(Path storeDir) {
        return ServeFile.read(storeDir).filter(ServerHandoff::answers);
    }

    private static boolean answers(ServeFile note) {
        try {
            HttpRequest ping = HttpRequest.newBuilder(URI.create(note.url() + "$/ping")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a SELECT over the server's SPARQL endpoint (its timeout and row cap apply). */
    static int query(ServeFile note, Query q, QueryCmd.Format format, PrintWriter out) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(note.sparqlUrl()).query(q).build()) {
            QueryCmd.write(qe.execSelect(), format, out);
        }
        return 0;
    }

    /** Reads articles here and has the server ingest them; prints what {@code ingest} prints; 0 when nothing failed. */
    static int ingest(ServeFile note, ArticleReader reader, List<Path> paths, Path storeDir, PrintWriter out, PrintWriter err) {
        err.println("entente: the store is served at " + note.url() + "; handing the ingest to the server");
        int[] counts = new int[3]; // articles, events, failures
        List<Article> batch = new ArrayList<>();
        for (Path p : paths) {
            reader.read(p, a -> {
                batch.add(a);
                if (batch.size() >= BATCH) send(note, batch, counts, out, err);
            }, problem -> {
                counts[2]++;
                err.println("entente: " + problem);
            });
        }
        if (!batch.isEmpty()) send(note, batch, counts, out, err);
        out.printf("ingested %d article(s), %d event(s), %d failure(s); store %s (through the server at %s)%n",
                counts[0], counts[1], counts[2], storeDir, note.url());
        out.flush();
        return counts[2] == 0 ? 0 : 1;
    }

    private static void send(ServeFile note, List<Article> batch, int[] counts, PrintWriter out, PrintWriter err) {
        StringBuilder body = new StringBuilder();
        for (Article a : batch) body.append(json(a)).append('\n');
        HttpRequest post = HttpRequest.newBuilder(URI.create(note.ingestUrl()))
                .header(ServeFile.TOKEN_HEADER, note.token())
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> resp = HTTP.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
                if (resp.statusCode() != 200) {
                    counts[2] += batch.size();
                    err.println("entente: the server refused the ingest (HTTP " + resp.statusCode() + ")");
                    return;
                }
                boolean done = false;
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split("\t", 3);
                    switch (f[0]) {
                        case "stored" -> { counts[0]++; counts[1] += Integer.parseInt(f[1]); out.println(f[2]); }
                        case "failed", "problem" -> { counts[2]++; err.println("entente: " + f[1]); }
                        case "done" -> done = true;
                        default -> err.println("entente: unexpected answer from the server: " + line);
                    }
                    out.flush();
                }
                if (!done) {
                    counts[2]++;
                    err.println("entente: the server stopped answering part-way; stored articles are kept, rerun to finish");
                }
            }
        } catch (IOException e) {
            counts[2] += batch.size();
            err.println("entente: cannot reach the server at " + note.url() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            counts[2] += batch.size();
        } finally {
            batch.clear();
        }
    }

    /** The article as a corpus line; the locator travels as the URL, so the stored graph is the same as a direct ingest. */
    static String json(Article a) {
        JsonObject o = new JsonObject();
        o.addProperty("url", a.locator());
        if (a.published() != null) o.addProperty("published", a.published().toString());
        o.addProperty("title", a.title());
        o.addProperty("text", a.text());
        return o.toString();
    }
}
