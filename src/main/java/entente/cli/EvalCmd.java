package entente.cli;

import entente.eval.ExtractionEvaluator;
import entente.eval.GoldRun;
import entente.extract.StandardExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente eval}: scores the pipeline against hand-made gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Ingest each gold file's article into a fresh store, run the catalogue queries and print",
                "precision, recall and F1 per category, strict (type/status/kind/direction agree) and lenient (same actors)."})
public final class EvalCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "FILE.gold.json", description = "Gold files.")
    List<Path> golds;

    @Option(names = "--article", paramLabel = "PATH", description = "The article, when there is one gold file and its path differs.")
    Path article;

    @Option(names = "--verbose", description = "Also print, per category, the gold items missed and the system items that matched none.")
    boolean verbose;

    @Parameters(arity = "0", hidden = true)
    List<String> none;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Path gold : golds) {
            GoldRun.Outcome o = GoldRun.run(gold, golds.size() == 1 ? article : null, StandardExtractor.shared());
            out.println("gold " + gold + "  article " + o.article());
            out.printf("%-10s %-46s %s%n", "category", "strict", "lenient");
            for (ExtractionEvaluator.CategoryScore s : o.scores().values()) {
                out.printf("%-10s %-46s %s%s%n", s.category(), s.strict(), s.lenient(),
                        s.datesGold() > 0 ? String.format("  dates %d/%d", s.datesRight(), s.datesGold()) : "");
            }
            if (verbose) {
                for (ExtractionEvaluator.CategoryScore s : o.scores().values()) {
                    out.println("-- " + s.category());
                    s.missed().forEach(m -> out.println("   missed:   " + m));
                    s.spurious().forEach(m -> out.println("   spurious: " + m));
                }
            }
        }
        return 0;
    }
}
