package entente.kg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * An HTML page documenting an ontology: a diagram of its classes (inline SVG: sub-class links, and object
 * properties from domain to range), then one entry per class and per property with label, comment, domain, range
 * and sub-class/sub-property links. Only terms in the ontology's own namespace get an entry; others are named by
 * their prefixed form.
 * <pre>
 *     String html = OntologyPage.html(Vocabulary.ontology(), ENT.NS);
 * </pre>
 * Stateless and thread-safe.
 */
public final class OntologyPage {
    private OntologyPage() {}

    private static final int BOX_W = 170, BOX_H = 28, GAP_X = 44, ROW_H = 38, MARGIN = 20;

    /** The page for the terms of {@code model} in namespace {@code ns}. */
    public static String html(Model model, String ns) {
        List<Resource> classes = terms(model, ns, OWL.Class);
        List<Resource> properties = new ArrayList<>();
        for (Resource kind : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty))
            for (Resource p : terms(model, ns, kind)) if (!properties.contains(p)) properties.add(p);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>entente ontology</title>\n")
           .append("<link rel=\"stylesheet\" href=\"explore.css\">\n<style>")
           .append(".term{border-top:1px solid var(--line);padding:10px 0}.term h3{margin:0;font-size:16px}")
           .append(".term code{color:var(--muted)}dl{display:grid;grid-template-columns:110px 1fr;gap:2px 12px;margin:6px 0 0;font-size:14px}")
           .append("dt{color:var(--muted)}dd{margin:0}#diagram svg{width:100%;max-width:880px;height:auto}")
           .append("</style>\n</head>\n<body>\n<header><h1>entente <span>ontology</span></h1>")
           .append("<nav><a href=\"./\">Explore</a><a href=\"../#/dataset/entente/query\">SPARQL query editor</a></nav></header>\n<main>\n");
        out.append("<section><h2>Overview</h2><p>").append(esc(comment(model, model.createResource(stripHash(ns)))))
           .append("</p><p class=\"hint\">Namespace <code>").append(esc(ns)).append("</code> · ")
           .append(classes.size()).append(" classes · ").append(properties.size()).append(" properties. ")
           .append("Grey lines: sub-class of (parent on the left). Dashed blue arrows: object properties, from domain to range.</p>")
           .append("<div id=\"diagram\">").append(diagram(model, classes, ns)).append("</div></section>\n");
        out.append("<section id=\"classes\"><h2>Classes</h2>\n");
        for (Resource c : classes) {
            out.append(entryStart(model, c));
            row(out, "sub-class of", links(model, values(model, c, RDFS.subClassOf), ns));
            row(out, "sub-classes", links(model, subjects(model, RDFS.subClassOf, c), ns));
            row(out, "properties", links(model, subjects(model, RDFS.domain, c), ns));
            out.append("</dl></div>\n");
        }
        out.append("</section>\n<section id=\"properties\"><h2>Properties</h2>\n");
        for (Resource p : properties) {
            out.append(entryStart(model, p));
            row(out, "kind", esc(kinds(model, p)));
            row(out, "domain", links(model, values(model, p, RDFS.domain), ns));
            row(out, "range", links(model, values(model, p, RDFS.range), ns));
            row(out, "sub-property of", links(model, values(model, p, RDFS.subPropertyOf), ns));
            row(out, "sub-properties", links(model, subjects(model, RDFS.subPropertyOf, p), ns));
            out.append("</dl></div>\n");
        }
        out.append("</section>\n</main>\n<footer>Generated from the ontology by <code>entente docs</code>.</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Named terms of one RDF type in the namespace, sorted by local name. */
    private static List<Resource> terms(Model model, String ns, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(ns))
                .sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    private static String entryStart(Model model, Resource r) {
        return "<div class=\"term\" id=\"" + esc(r.getLocalName()) + "\"><h3>" + esc(label(r)) + " <code>"
                + esc(model.shortForm(r.getURI())) + "</code></h3><p>" + esc(comment(model, r)) + "</p><dl>";
    }

    private static void row(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) out.append("<dt>").append(name).append("</dt><dd>").append(value).append("</dd>");
    }

    private static List<Resource> values(Model model, Resource s, Property p) {
        return model.listObjectsOfProperty(s, p).toList().stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).toList();
    }

    private static List<Resource> subjects(Model model, Property p, Resource o) {
        return model.listSubjectsWithProperty(p, o).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** Terms of the namespace link to their entry; others show their prefixed name. */
    private static String links(Model model, List<Resource> terms, String ns) {
        return terms.stream().map(t -> t.getURI().startsWith(ns)
                        ? "<a href=\"#" + esc(t.getLocalName()) + "\">" + esc(model.shortForm(t.getURI())) + "</a>"
                        : "<code>" + esc(model.shortForm(t.getURI())) + "</code>")
                .collect(Collectors.joining(", "));
    }

    private static String kinds(Model model, Resource p) {
        return values(model, p, RDF.type).stream().map(t -> model.shortForm(t.getURI())).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String label(Resource r) {
        Statement s = r.getProperty(RDFS.label, "en");
        if (s == null) s = r.getProperty(RDFS.label);
        return s == null ? r.getLocalName() : s.getString();
    }

    private static String comment(Model model, Resource r) {
        Statement s = r.getProperty(RDFS.comment, "en");
        if (s == null) s = r.getProperty(RDFS.comment);
        return s == null ? "" : s.getString();
    }

    private static String stripHash(String ns) {
        return ns.endsWith("#") || ns.endsWith("/") ? ns.substring(0, ns.length() - 1) : ns;
    }

    /**
     * The namespace's classes as a tree from left to right (its own sub-class hierarchy); grey lines join child and
     * parent, dashed arcs run from a property's domain to its range (hover shows the property).
     */
    static String diagram(Model model, List<Resource> classes, String ns) {
        Map<Resource, Resource> parent = new LinkedHashMap<>();
        for (Resource c : classes)
            values(model, c, RDFS.subClassOf).stream().filter(classes::contains).findFirst().ifPresent(p -> parent.put(c, p));
        // A tree from left to right: depth gives the column, each leaf its own row, a parent centred on its children.
        Map<Resource, int[]> at = new LinkedHashMap<>();
        int[] nextRow = {0};
        for (Resource root : classes.stream().filter(c -> !parent.containsKey(c)).toList())
            place(root, 0, classes, parent, at, nextRow);
        int depth = at.values().stream().mapToInt(xy -> xy[0]).max().orElse(0);
        for (int[] xy : at.values()) { xy[0] = MARGIN + xy[0] * (BOX_W + GAP_X); xy[1] = MARGIN + xy[1] * ROW_H / 2; }
        int width = 2 * MARGIN + (depth + 1) * (BOX_W + GAP_X) + 160;   // room on the right for property arcs
        int height = 2 * MARGIN + Math.max(0, nextRow[0] - 1) * ROW_H + BOX_H;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " "
                + height + "\" font-family=\"sans-serif\" font-size=\"12\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" "
                + "refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0L10,5L0,10z\" fill=\"#1d4f91\"/></marker></defs>");
        parent.forEach((c, p) -> {
            int[] a = at.get(c), b = at.get(p);
            int mx = b[0] + BOX_W + GAP_X / 2;
            svg.append("<path d=\"M").append(b[0] + BOX_W).append(',').append(b[1] + BOX_H / 2).append(" H").append(mx)
               .append(" V").append(a[1] + BOX_H / 2).append(" H").append(a[0])
               .append("\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1.5\"/>");
        });
        for (Resource p : terms(model, ns, OWL.ObjectProperty)) {
            for (Resource d : values(model, p, RDFS.domain)) for (Resource r : values(model, p, RDFS.range)) {
                int[] a = at.get(d), b = at.get(r);
                if (a == null || b == null || d.equals(r)) continue;
                // Arcs leave and enter on the right of the boxes, bulging right with the distance they cover.
                int x1 = a[0] + BOX_W, y1 = a[1] + BOX_H / 2, x2 = b[0] + BOX_W, y2 = b[1] + BOX_H / 2;
                int cx = Math.max(x1, x2) + 30 + Math.abs(y2 - y1) / 3, cy = (y1 + y2) / 2;
                svg.append("<path d=\"M").append(x1).append(',').append(y1).append(" Q").append(cx).append(',').append(cy)
                   .append(' ').append(x2).append(',').append(y2).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-opacity=\"0.45\" ")
                   .append("stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"><title>").append(esc(model.shortForm(p.getURI())))
                   .append("</title></path>");
            }
        }
        at.forEach((c, xy) -> svg.append("<a href=\"#").append(esc(c.getLocalName())).append("\"><rect x=\"").append(xy[0])
                .append("\" y=\"").append(xy[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
                .append("\" rx=\"4\" fill=\"#eef3fa\" stroke=\"#1d4f91\"/><text x=\"").append(xy[0] + BOX_W / 2)
                .append("\" y=\"").append(xy[1] + 19).append("\" text-anchor=\"middle\" fill=\"#1f2933\">")
                .append(esc(model.shortForm(c.getURI()))).append("</text></a>"));
        return svg.append("</svg>").toString();
    }

    /** Places a class and its sub-classes: column = depth, row = next free row for a leaf, else its children's middle. */
    private static void place(Resource c, int depth, List<Resource> classes, Map<Resource, Resource> parent,
                              Map<Resource, int[]> at, int[] nextRow) {
        List<Resource> children = classes.stream().filter(k -> c.equals(parent.get(k))).toList();
        for (Resource k : children) place(k, depth + 1, classes, parent, at, nextRow);
        int row = children.isEmpty() ? 2 * nextRow[0]++
                : (at.get(children.get(0))[1] + at.get(children.get(children.size() - 1))[1]) / 2;
        at.put(c, new int[]{depth, row});
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
