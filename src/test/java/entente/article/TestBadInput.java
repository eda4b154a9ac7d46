package entente.article;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per class of bad input: each is reported with the file (and line) it came from, and reading goes on. */
class TestBadInput {
    static final String ENGLISH = "The foreign minister of Norway met her Swedish counterpart in Oslo on Monday. "
            + "They discussed the border treaty and said that talks would continue in the spring, after the "
            + "two governments have had time to consult their parliaments about the new fishing rights.";
    static final String FRENCH = "Le ministre des Affaires étrangères de la Norvège a rencontré lundi à Oslo son "
            + "homologue suédoise. Les deux responsables ont évoqué le traité frontalier et ont déclaré que les "
            + "négociations reprendraient au printemps, après une consultation des parlements sur les droits de pêche.";
    static final String GERMAN = "Die norwegische Außenministerin traf am Montag in Oslo ihren schwedischen Amtskollegen. "
            + "Beide sprachen über den Grenzvertrag und erklärten, dass die Gespräche im Frühjahr fortgesetzt werden, "
            + "nachdem die Regierungen ihre Parlamente zu den neuen Fischereirechten befragt haben.";
    static final String RUSSIAN = "Министр иностранных дел Норвегии встретилась в понедельник в Осло со своим шведским "
            + "коллегой. Стороны обсудили пограничный договор и заявили, что переговоры продолжатся весной, после "
            + "консультаций правительств с парламентами о новых правах на рыболовство.";

    @TempDir Path dir;
    private final List<Article> articles = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    private void read(ArticleReader reader, Path p) { reader.read(p, articles::add, problems::add); }
    private void read(Path p) { read(ArticleReader.create(), p); }

    private void assertOneProblem(Path file, String fragment) {
        assertTrue(articles.isEmpty(), "nothing read: " + articles);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).location().startsWith(file.toString()), problems.get(0).toString());
        assertTrue(problems.get(0).message().contains(fragment), problems.get(0).toString());
    }

    @Test
    void emptyFilesAreReported() throws IOException {
        for (String name : List.of("empty.txt", "empty.html", "empty.jsonl", "empty.csv")) {
            articles.clear();
            problems.clear();
            Path f = Files.createFile(dir.resolve(name));
            read(f);
            assertOneProblem(f, "empty file");
        }
    }

    @Test
    void whitespaceOnlyTextHasNoArticleText() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\t\n  \r\n");
        read(f);
        assertOneProblem(f, "no article text");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(6).nextBytes(bytes);
        Path f = Files.write(dir.resolve("photo.txt"), bytes);
        read(f);
        assertOneProblem(f, "binary file");
    }

    @Test
    void windows1252AndLatin1TextIsDecoded() throws IOException {
        String text = "Les ministres ont sign\u00e9 \u00e0 Gen\u00e8ve. \u201cA fa\u00e7ade\u201d \u2013 Z\u00fcrich, S\u00e3o Paulo.";
        Files.write(dir.resolve("a.txt"), text.getBytes(Charset.forName("windows-1252")));
        String latin1 = "Talks in M\u00fcnchen and Bogot\u00e1 \u00a9 1999";
        Files.write(dir.resolve("b.txt"), latin1.getBytes(StandardCharsets.ISO_8859_1));
        read(dir);
        assertEquals(List.of(), problems);
        assertEquals(List.of(text, latin1), articles.stream().map(Article::text).toList());
    }

    @Test
    void filesAboveTheSizeLimitAreRefusedNamingTheFile() throws IOException {
        Path f = Files.writeString(dir.resolve("huge.jsonl"), "{\"text\": \"" + "word ".repeat(3000) + "\"}\n");
        read(ArticleReader.create().maxBytes(10 * 1024), f);
        assertOneProblem(f, "above the limit of 10 kB");
        assertTrue(problems.get(0).message().contains("14 kB"), problems.get(0).message());
    }

    @Test
    void htmlWithOnlyScriptsAndStylesHasNoArticleText() throws IOException {
        Path f = Files.writeString(dir.resolve("app.html"), "<html><head><style>p { color: red }</style>"
                + "<script>var article = 'The ministers met in Oslo';</script></head>"
                + "<body><script src='app.js'></script><noscript>Enable JavaScript</noscript><style>.x{}</style></body></html>");
        read(f);
        assertOneProblem(f, "no article text");
    }

    @Test
    void englishTextIsAccepted() throws IOException {
        read(Files.writeString(dir.resolve("en.txt"), ENGLISH));
        assertEquals(List.of(), problems);
        assertEquals(1, articles.size());
    }

    @Test
    void nonEnglishTextIsReportedAndSkipped() throws IOException {
        for (String[] lang : new String[][] {{"fr.txt", FRENCH}, {"de.html", "<p>" + GERMAN + "</p>"}, {"ru.txt", RUSSIAN}}) {
            articles.clear();
            problems.clear();
            Path f = Files.writeString(dir.resolve(lang[0]), lang[1]);
            read(f);
            assertOneProblem(f, "not English");
        }
        assertTrue(problems.get(0).message().contains("cyrillic script"), problems.get(0).message());
    }

    @Test
    void nonEnglishRecordsInACorpusAreSkippedWithTheirLine() throws IOException {
        Path f = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                json("https://news.test/en", ENGLISH), json("https://news.test/fr", FRENCH), json("https://news.test/en2", ENGLISH)));
        read(f);
        assertEquals(List.of("https://news.test/en", "https://news.test/en2"), articles.stream().map(Article::locator).toList());
        assertEquals(1, problems.size());
        assertEquals(f + ":2", problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith("not English"), problems.get(0).message());
    }

    @Test
    void shortTextsAreNotJudged() {
        assertTrue(LanguageCheck.notEnglish("Merkel trifft Macron in Paris").isEmpty());
    }

    @Test
    void malformedJsonlLinesAreReportedByLineAndTheRestRead() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), String.join("\n",
                json("https://news.test/1", ENGLISH),
                "{\"url\": \"https://news.test/2\", \"text\": \"unterminated",
                "[1, 2, 3]",
                "{\"url\": \"https://news.test/4\"}",
                "\u0007garbage }{ \\x",
                "{\"url\": \"https://news.test/6\", \"text\": {\"nested\": true}}",
                json("https://news.test/7", ENGLISH)));
        read(f);
        assertEquals(List.of("https://news.test/1", "https://news.test/7"), articles.stream().map(Article::locator).toList());
        assertEquals(List.of(f + ":2", f + ":3", f + ":4", f + ":5", f + ":6"),
                problems.stream().map(ReadProblem::location).toList());
    }

    @Test
    void malformedCsvRecordsAreReportedAndTheRestRead() throws IOException {
        Path f = Files.writeString(dir.resolve("c.csv"), "url,date,title,text\n"
                + "https://news.test/1,2023-06-19,One,\"" + ENGLISH + "\"\n"
                + "https://news.test/2,2023-06-19,Two\n"
                + "https://news.test/3,not-a-date,Three,\"" + ENGLISH + "\"\n"
                + "https://news.test/4,2023-06-19,Four,\n");
        read(f);
        assertEquals(List.of("https://news.test/1", "https://news.test/3"), articles.stream().map(Article::locator).toList());
        assertEquals(List.of(f + ":2", f + ":3", f + ":4"), problems.stream().map(ReadProblem::location).toList());
        assertTrue(problems.get(1).message().contains("unreadable date"));
    }

    @Test
    void csvWithoutATextColumnIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("d.csv"), "a,b\n1,2\n");
        read(f);
        assertOneProblem(f, "CSV header");
    }

    @Test
    void unknownExtensionsAreReported() throws IOException {
        Path f = Files.writeString(dir.resolve("article.pdf"), ENGLISH);
        read(f);
        assertOneProblem(f, "unknown extension '.pdf'");
        problems.clear();
        Path none = Files.writeString(dir.resolve("README"), ENGLISH);
        read(none);
        assertOneProblem(none, "unknown extension");
    }

    @Test
    void missingAndDanglingPathsAreReported() throws IOException {
        Path missing = dir.resolve("nowhere/a.txt");
        read(missing);
        assertOneProblem(missing, "no such file");
        problems.clear();
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
        read(link);
        assertOneProblem(link, "no such file");
    }

    @Test
    void unreadableFilesAreReported() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), ENGLISH);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(f),
                "running as root, where chmod 000 does not stop reads: unreadable-file case not testable here");
        read(f);
        assertOneProblem(f, "cannot read");
    }

    @Test
    void aFileThatCannotBeReadAsAFileIsReported() throws IOException {
        // An unreadable path that stays unreadable as root: one that goes through a regular file.
        Path file = Files.writeString(dir.resolve("plain.txt"), ENGLISH);
        Path through = file.resolve("inner.txt");
        read(through);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).location().equals(through.toString()));
    }

    @Test
    void realEnglishNewsIsNotMistakenForAnotherLanguage() {
        Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
        Path seed = shared.resolve("seed"), wikinews = shared.resolve("data/wikinews");
        Assumptions.assumeTrue(Files.isDirectory(seed) && Files.isDirectory(wikinews), "no shared data at " + shared);
        read(seed);
        read(wikinews);
        List<ReadProblem> notEnglish = problems.stream().filter(p -> p.message().startsWith("not English")).toList();
        assertTrue(articles.size() > 250, "articles read: " + articles.size());
        assertEquals(List.of(), notEnglish);
    }

    static String json(String url, String text) {
        return "{\"url\": \"" + url + "\", \"published\": \"2023-06-19\", \"title\": \"T\", \"text\": \"" + text + "\"}";
    }
}
