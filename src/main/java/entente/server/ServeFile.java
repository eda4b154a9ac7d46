package entente.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The note a running {@code entente serve} leaves in its store directory ({@value #NAME}): the server's URL and a
 * random token. TDB2 lets one process open a store, so {@code entente ingest} and {@code entente query} on a served
 * store read this note and send their work to the server instead. The file is readable by its owner only, so the
 * token proves the caller may write that store's files anyway; the server also accepts handed-off ingests from
 * loopback addresses only.
 *
 * @param url   the server's base URL, e.g. {@code http://127.0.0.1:3030/}
 * @param token the shared secret, sent in the {@value #TOKEN_HEADER} header
 */
public record ServeFile(String url, String token) {
    /** The file's name inside the store directory. */
    public static final String NAME = "serve.json";
    /** The HTTP header that carries the token. */
    public static final String TOKEN_HEADER = "X-Entente-Token";

    /** A note for a server at {@code url} with a fresh random token. */
    public static ServeFile fresh(String url) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ServeFile(url, HexFormat.of().formatHex(secret));
    }

    /** Writes the note into a store directory, owner-readable only; replaces an old one atomically. */
    public Path write(Path storeDir) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("url", url);
        o.addProperty("token", token);
        Path tmp = storeDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, o.toString(), StandardCharsets.UTF_8);
        return Files.move(tmp, storeDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The note in a store directory, if there is a readable, well-formed one (it may be stale). */
    public static Optional<ServeFile> read(Path storeDir) {
        Path f = storeDir.resolve(NAME);
        if ( !Files.isRegularFile(f) )
            return Optional.empty();
        try {
            JsonObject o = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
            return Optional.of(new ServeFile(o.get("url").getAsString(), o.get("token").getAsString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the note if it is this one (a newer server may have replaced it). */
    public void delete(Path storeDir) {
        if ( read(storeDir).filter(this::equals).isPresent() ) {
            try {
                Files.deleteIfExists(storeDir.resolve(NAME));
            } catch (IOException e) {
                // a stale note is harmless: clients check that the server answers
            }
        }
    }

    /** The SPARQL query endpoint of the server. */
    public String sparqlUrl() { return url + EntenteServer.DATASET_PATH.substring(1) + "/sparql"; }

    /** The endpoint that takes handed-off ingests. */
    public String ingestUrl() { return url + IngestServlet.PATH.substring(1); }

    @Override public String toString() { return "ServeFile[url=" + url + ", token=(hidden)]"; }
}
