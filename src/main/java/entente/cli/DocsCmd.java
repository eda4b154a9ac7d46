package entente.cli;

import entente.kg.ENT;
import entente.kg.OntologyPage;
import entente.kg.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente docs}: writes the ontology's documentation, {@code ontology.html} (classes, properties and a
 * diagram), the page {@code entente serve} also shows at {@code /explore/ontology.html}.
 */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the ontology's documentation (ontology.html: classes, properties, diagram).")
public final class DocsCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/docs",
            description = "Folder to write ontology.html to (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        Path page = out.resolve("ontology.html");
        // The page links explore.css beside it, as when served; copy it so the file reads well on its own.
        Files.writeString(page, OntologyPage.html(Vocabulary.ontology(), ENT.NS), StandardCharsets.UTF_8);
        try (var css = DocsCmd.class.getResourceAsStream("/entente/explore/explore.css")) {
            if (css != null) Files.write(out.resolve("explore.css"), css.readAllBytes());
        }
        spec.commandLine().getOut().println("wrote " + page);
        return 0;
    }
}
