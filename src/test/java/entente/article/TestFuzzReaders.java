package entente.article;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import entente.testing.TempDirs;
import entente.testing.TextEdit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based tests (jqwik) of the readers: random bytes, random text and mutated articles, HTML and JSON lines,
 * in every supported format. The reader never throws; whatever it hands on has text; every problem names its file.
 */
class TestFuzzReaders {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException { dir = Files.createTempDirectory("entente-fuzz"); }

    @AfterContainer
    static void removeDir() throws IOException { TempDirs.delete(dir); }

    @Provide
    Arbitrary<TextEdit> edits() {
        Arbitrary<String> inserts = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("\"", "\\", "{", "}", "<", ">", "</p>", "<script>", "\n", "\r\n", "\u0000", "\uFEFF",
                        "\uD800", "é", "日本", ",", "\"\"", "'s", "U.S.", "Mr.", " and ", " met ", " in "));
        return TextEdit.arbitrary(40, inserts);
    }

    @Provide
    Arbitrary<String> extensions() { return Arbitraries.of("txt", "html", "jsonl", "csv"); }

    private static List<Object> readFile(String ext, byte[] bytes) {
        try {
            Path f = Files.createTempFile(dir, "fuzz", "." + ext);
            Files.write(f, bytes);
            List<Object> out = new ArrayList<>();
            ArticleReader.create().read(f, out::add, p -> {
                assertTrue(p.location().startsWith(f.toString()), p.toString());
                assertFalse(p.message().isBlank());
                out.add(p);
            });
            Files.delete(f);
            for (Object o : out) if (o instanceof Article a) assertFalse(a.text().isBlank(), "article without text");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 100)
    void randomBytesNeverThrow(@ForAll("extensions") String ext, @ForAll @Size(max = 3000) byte[] bytes) {
        readFile(ext, bytes);
    }

    @Property(tries = 100)
    void randomTextNeverThrows(@ForAll("extensions") String ext, @ForAll String text) {
        readFile(ext, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void mutatedArticlesInEveryFormatNeverThrow(@ForAll("extensions") String ext,
                                                 @ForAll @Size(max = 8) List<@net.jqwik.api.From("edits") TextEdit> edits) {
        String text = TextEdit.mutate(TestBadInput.ENGLISH, edits);
        String content = switch (ext) {
            case "html" -> TextEdit.mutate("<html><head><title>T</title><script>x()</script></head><body><article><p>" + text
                    + "</p></article></body></html>", edits);
            case "jsonl" -> TextEdit.mutate(TestBadInput.json("https://news.test/1", text.replace("\"", "'")), edits)
                    + "\n" + TestBadInput.json("https://news.test/2", TestBadInput.ENGLISH);
            case "csv" -> TextEdit.mutate("url,date,title,text\nhttps://news.test/1,2023-06-19,T,\"" + text + "\"", edits);
            default -> text;
        };
        List<Object> out = readFile(ext, content.getBytes(StandardCharsets.UTF_8));
        if (ext.equals("jsonl")) {
            // the untouched second line is always read, whatever happened to the first
            assertTrue(out.stream().anyMatch(o -> o instanceof Article a && a.locator().equals("https://news.test/2")), out.toString());
        }
    }

    @Property(tries = 100)
    void mutatedJsonLinesAreReadOrReportedOneByOne(@ForAll @Size(min = 1, max = 6) List<@Size(max = 4) List<@net.jqwik.api.From("edits") TextEdit>> perLine) {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < perLine.size(); i++)
            corpus.append(TextEdit.mutate(TestBadInput.json("https://news.test/" + i, TestBadInput.ENGLISH), perLine.get(i))).append('\n');
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ArticleReader.create().readJsonl("c.jsonl", new StringReader(corpus.toString()), articles::add, problems::add);
        long lines = corpus.toString().lines().filter(l -> !l.isBlank()).count();
        // every non-blank line yields an article or a problem (a line may also carry a date warning)
        assertTrue(articles.size() + problems.size() >= lines, articles.size() + " + " + problems.size() + " < " + lines);
        for (ReadProblem p : problems) assertTrue(p.location().matches("c\\.jsonl:\\d+"), p.toString());
    }
}
