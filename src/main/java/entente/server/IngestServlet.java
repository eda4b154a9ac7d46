package entente.server;

import entente.Ingester;
import entente.article.ArticleReader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * {@code POST /$/entente/ingest}: takes articles as JSON lines (the corpus format) from a local {@code entente ingest}
 * that found the store held by this server, and ingests them into the served store. Only loopback clients that send
 * the server's token ({@link ServeFile}) are served. The answer is plain text, one line per record, streamed:
 * {@code stored<TAB>EVENTS<TAB>summary}, {@code failed<TAB>locator: why}, {@code problem<TAB>where: why}, then
 * {@code done}.
 */
final class IngestServlet extends HttpServlet {
    static final String PATH = "/$/entente/ingest";

    private final transient Supplier<Ingester> made;
    private transient volatile Ingester ingester;
    private final byte[] token;

    IngestServlet(Supplier<Ingester> ingester, String token) {
        this.made = ingester;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ( !isLoopback(req.getRemoteAddr()) ) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "ingest is for clients on this machine only");
            return;
        }
        String given = req.getHeader(ServeFile.TOKEN_HEADER);
        if ( given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8)) ) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "missing or wrong " + ServeFile.TOKEN_HEADER);
            return;
        }
        Ingester ingester = ingester();
        resp.setContentType("text/plain; charset=utf-8");
        PrintWriter out = resp.getWriter();
        ArticleReader.create().readJsonl("request", req.getReader(), article -> {
            try {
                Ingester.Result r = ingester.ingest(article);
                out.println("stored\t" + r.events() + "\t" + r.summary());
            } catch (RuntimeException e) {
                out.println("failed\t" + article.locator() + ": " + oneLine(e));
            }
            out.flush();
        }, problem -> out.println("problem\t" + problem));
        out.println("done");
        out.flush();
    }

    private Ingester ingester() {
        Ingester i = ingester;
        if ( i == null ) {
            synchronized (this) {
                if ( ingester == null )
                    ingester = made.get();
                i = ingester;
            }
        }
        return i;
    }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace('\n', ' ').replace('\t', ' ');
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
