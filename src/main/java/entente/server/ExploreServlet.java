package entente.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import entente.kg.ENT;
import entente.kg.OntologyPage;
import entente.kg.Vocabulary;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the explore page ({@value #PATH}): the static files under {@code entente/explore/} on the classpath, and
 * {@code ontology.html}, the ontology's documentation generated from {@link Vocabulary#ontology()}. The page itself
 * only reads the public SPARQL endpoint; this servlet reads nothing from the dataset.
 */
public final class ExploreServlet extends HttpServlet {

    /** Where the page is mounted. */
    public static final String PATH = "/explore/";
    private static final String FOLDER = "entente/explore";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "md", "text/plain; charset=utf-8");

    private volatile byte[] ontologyPage;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if ( path == null ) {   // "/explore": relative links need the trailing slash
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if ( path.equals("/") )
            path = "/index.html";
        if ( path.contains("..") || path.contains("//") || path.contains("\\") ) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ( path.equals("/ontology.html") ) {
            send(resp, "html", ontologyPage());
            return;
        }
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(FOLDER + path)) {
            String ext = path.substring(path.lastIndexOf('.') + 1);
            if ( in == null || !TYPES.containsKey(ext) ) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(resp, ext, in.readAllBytes());
        }
    }

    /** Generated on first request; the ontology is fixed for the life of the server. */
    private byte[] ontologyPage() {
        if ( ontologyPage == null )
            ontologyPage = OntologyPage.html(Vocabulary.ontology(), ENT.NS).getBytes(StandardCharsets.UTF_8);
        return ontologyPage;
    }

    private static void send(HttpServletResponse resp, String ext, byte[] body) throws IOException {
        resp.setContentType(TYPES.get(ext));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
