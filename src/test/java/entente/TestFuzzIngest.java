package entente;

import static org.junit.jupiter.api.Assertions.*;

import entente.article.Article;
import entente.article.ArticleReader;
import entente.extract.StandardExtractor;
import entente.kg.Vocabulary;
import entente.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import entente.testing.TempDirs;
import entente.testing.TextEdit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.jena.shacl.ValidationReport;

/**
 * Property-based tests (jqwik) of the whole ingest: random text, and English news text, HTML and JSON lines mutated
 * at random, go through the reader and the {@link Ingester} into an in-memory store. No exception escapes (not even
 * the {@link EntenteException} an invalid graph would raise) and every stored graph passes the SHACL shapes.
 */
class TestFuzzIngest {
    static final List<String> NEWS = List.of(
            "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. The two sides "
                    + "agreed to keep talking, a spokesman said.",
            "The foreign ministers of France and Germany will visit Kyiv next week, officials said on Tuesday. They are "
                    + "expected to sign an agreement on energy.",
            "Japan accused Russia of violating its airspace. Tokyo summoned the Russian ambassador on Friday and lodged "
                    + "a protest, the ministry said.",
            "NATO leaders met in Vilnius. Turkey's president Recep Tayyip Erdogan said he had talks with the Swedish "
                    + "prime minister about the alliance.");

    private static Store store;
    private static Ingester ingester;
    private static Path dir;

    @BeforeContainer
    static void open() throws IOException {
        store = Store.inMemory();
        ingester = new Ingester(store, StandardExtractor.shared());
        dir = Files.createTempDirectory("entente-fuzz-ingest");
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        TempDirs.delete(dir);
    }

    @Provide
    Arbitrary<TextEdit> edits() {
        Arbitrary<String> inserts = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ .,;:'\"()-\n").ofMaxLength(30),
                Arbitraries.of("\"", "\\", "<", ">", "<p>", "</p>", "\n\n", "\r", "\u0000", "\uD800", "\uFEFF", "'s", "’s",
                        "U.S.", "Mr.", "President ", " met ", " visited ", " and ", " in ", " on Monday", " next year",
                        " China", " the United Nations", "!!!", "...", "1999", "--", "  "));
        return TextEdit.arbitrary(30, inserts);
    }

    @Provide
    Arbitrary<String> news() { return Arbitraries.of(NEWS); }

    /** Ingests one article; fails on any exception; re-validates what was stored. */
    private static void ingestAndCheck(Article a) {
        Ingester.Result r;
        try {
            r = ingester.ingest(a);
        } catch (RuntimeException e) {
            throw new AssertionError("ingest threw for text " + quoted(a.text()) + ": " + e, e);
        }
        ValidationReport report = store.read(ds -> Vocabulary.validate(ds.getNamedModel(r.graph()).getGraph()));
        assertTrue(report.conforms(), () -> Vocabulary.describe(report));
    }

    private static String quoted(String s) {
        return '"' + (s.length() > 300 ? s.substring(0, 300) + "..." : s).replace("\n", "\\n") + '"';
    }

    @Property(tries = 60)
    void randomTextIngestsIntoValidGraphs(@ForAll @Size(max = 400) String text) {
        if (text.isBlank()) return;   // the reader never hands on a blank article
        ingestAndCheck(new Article("https://fuzz.test/random", LocalDate.of(2023, 6, 19), "", text));
    }

    @Property(tries = 60)
    void mutatedNewsIngestsIntoValidGraphs(@ForAll("news") String base, @ForAll @Size(max = 10) List<@From("edits") TextEdit> edits) {
        String text = TextEdit.mutate(base, edits);
        if (text.isBlank()) return;
        ingestAndCheck(new Article("https://fuzz.test/mutated", LocalDate.of(2023, 6, 19), TextEdit.mutate("Title", edits), text));
    }

    @Property(tries = 40)
    void mutatedHtmlAndJsonLinesIngestThroughTheReader(@ForAll("news") String base,
                                                       @ForAll @Size(max = 8) List<@From("edits") TextEdit> edits) throws IOException {
        String html = TextEdit.mutate("<html><head><title>News</title><style>p{}</style></head><body><nav>Home</nav><article><h1>News</h1><p>"
                + base + "</p></article></body></html>", edits);
        String json = TextEdit.mutate("{\"url\": \"https://fuzz.test/j\", \"published\": \"2023-06-19\", \"title\": \"T\", \"text\": \""
                + base + "\"}", edits);
        List<Article> read = new ArrayList<>();
        for (String[] file : new String[][] {{"page.html", html}, {"corpus.jsonl", json}}) {
            Path f = Files.write(dir.resolve(file[0]), file[1].getBytes(StandardCharsets.UTF_8));   // lone surrogates become ?
            ArticleReader.create().read(f, read::add, problem -> { });
        }
        for (Article a : read) ingestAndCheck(a);
    }
}
