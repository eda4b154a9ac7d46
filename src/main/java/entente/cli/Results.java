package entente.cli;

import java.io.PrintWriter;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** Result-set output that Jena does not write the way entente's users want. */
final class Results {
    private Results() {}

    /** TSV whose header is the bare variable names and whose cells are plain values (IRIs and lexical forms). */
    static void plainTsv(ResultSet rs, PrintWriter out) {
        var vars = rs.getResultVars();
        out.println(String.join("\t", vars));
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) sb.append('\t');
                RDFNode n = row.get(vars.get(i));
                if (n != null) sb.append(plain(n).replace('\t', ' ').replace('\n', ' '));
            }
            out.println(sb);
        }
    }

    static String plain(RDFNode n) {
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isURIResource()) return n.asResource().getURI();
        return "_:" + n.asResource().getId();
    }
}
