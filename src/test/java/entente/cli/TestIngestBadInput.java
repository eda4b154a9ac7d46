package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente ingest} over a folder mixing good and bad input: the exit code says something failed, every problem
 * is named on stderr with its file (and line), and the store holds every good article and nothing of a bad one.
 */
class TestIngestBadInput {
    static final String ENGLISH = "The foreign minister of Norway met her Swedish counterpart in Oslo on Monday. "
            + "They discussed the border treaty and said that talks would continue in the spring.";
    static final String FRENCH = "Le ministre des Affaires étrangères de la Norvège a rencontré lundi à Oslo son "
            + "homologue suédoise. Les deux responsables ont évoqué le traité frontalier et ont déclaré que les "
            + "négociations reprendraient au printemps, après une consultation des parlements sur les droits de pêche.";

    @Test
    void goodArticlesAreStoredAndBadOnesReportedAndLeftOut(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), ENGLISH);
        Files.createFile(in.resolve("b-empty.txt"));
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        Files.write(in.resolve("c-binary.html"), noise);
        Files.writeString(in.resolve("d-scripts.html"), "<html><script>alert(1)</script><style>p{}</style></html>");
        Files.writeString(in.resolve("e-french.txt"), FRENCH);
        Files.writeString(in.resolve("f-corpus.jsonl"), String.join("\n",
                "{\"url\": \"https://news.test/good-1\", \"published\": \"2023-06-19\", \"text\": \"" + ENGLISH + "\"}",
                "{\"url\": \"https://news.test/broken\", \"text\": ",
                "{\"url\": \"https://news.test/french\", \"text\": \"" + FRENCH + "\"}",
                "{\"url\": \"https://news.test/good-2\", \"published\": \"2023-06-20\", \"text\": \"" + ENGLISH + "\"}"));
        Files.writeString(in.resolve("g-notes.docx"), ENGLISH);
        Path store = tmp.resolve("store");

        Cli run = Cli.run("ingest", "--store", store.toString(), in.toString(), tmp.resolve("missing.txt").toString());

        assertEquals(1, run.exit(), run.err());
        for (String named : List.of("b-empty.txt: empty file", "c-binary.html: binary file", "d-scripts.html: no article text",
                "e-french.txt: not English", "f-corpus.jsonl:2: malformed JSON", "f-corpus.jsonl:3: not English",
                "missing.txt: no such file")) {
            assertTrue(run.err().contains(named), "stderr names '" + named + "':\n" + run.err());
        }
        // .docx is not an article file, so a directory walk passes it by silently
        assertTrue(run.out().contains("ingested 3 article(s)") && run.out().contains("7 failure(s)"), run.out());

        Cli articles = Cli.run("query", "--store", store.toString(), "--format", "tsv", "articles");
        assertEquals(0, articles.exit(), articles.err());
        List<String> rows = articles.out().lines().skip(1).map(l -> l.split("\t")[0]).sorted().toList();
        assertEquals(List.of(in.resolve("a-good.txt").toString(), "https://news.test/good-1", "https://news.test/good-2"), rows);
    }

    @Test
    void aCleanIngestExitsZero(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), ENGLISH);
        Cli run = Cli.run("ingest", "--store", tmp.resolve("store").toString(), f.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }
}
