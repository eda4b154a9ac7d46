package entente.cli;

import entente.kg.Iris;
import entente.kg.Vocabulary;
import entente.store.Store;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente validate}: SHACL-validates every article graph; exit code 0 only when all conform. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate every article graph against the SHACL shapes in ontology/shapes.ttl.")
public final class ValidateCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int[] bad = {0, 0};
        try (Store s = store.open()) {
            for (String g : s.graphNames()) {
                if (!g.startsWith(Iris.GRAPH + "article/")) continue;
                bad[1]++;
                ValidationReport report = s.read(ds -> Vocabulary.validate(ds.getNamedModel(g).getGraph()));
                if (!report.conforms()) {
                    bad[0]++;
                    out.println("does not conform: " + g);
                    ShLib.printReport(report);
                }
            }
        }
        out.printf("%d of %d article graph(s) conform%n", bad[1] - bad[0], bad[1]);
        return bad[0] == 0 ? 0 : 1;
    }
}
