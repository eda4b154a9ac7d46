package entente.article;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestArticleReader {
    @TempDir Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    private void read(ArticleReader reader, Path p) { reader.read(p, articles::add, problems::add); }

    @Test
    void textDropsFurnitureAndTakesHeadline() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"),
                "WORLD\n\nLeaders meet in Paris\n\nThe two leaders met on Monday.\n\nRelated Articles\n\nLeave a Reply\n\nBack to top button");
        read(ArticleReader.create().published(LocalDate.of(2023, 6, 19)), f);
        assertEquals(List.of(), problems);
        Article a = articles.get(0);
        assertEquals("Leaders meet in Paris", a.title());
        assertEquals(LocalDate.of(2023, 6, 19), a.published());
        assertEquals(f.toString(), a.locator());
        assertFalse(a.text().contains("Related Articles"));
        assertFalse(a.text().contains("Back to top"));
        assertTrue(a.text().endsWith("The two leaders met on Monday."));
    }

    @Test
    void htmlKeepsBodyAndDropsScriptsNavigationAndSidebars() throws IOException {
        Path f = Files.writeString(dir.resolve("a.html"), """
                <html><head><title>Site | Talks</title>
                <meta property="og:title" content="Ministers hold talks">
                <meta property="article:published_time" content="2021-03-04T10:00:00Z">
                <link rel="canonical" href="https://news.test/talks"><script>var x = 1;</script><style>p{}</style></head>
                <body><nav>Home | World</nav><article><h1>Ministers hold talks</h1>
                <p>The foreign ministers met in Vienna.</p><div class="related-posts"><p>Other story</p></div>
                <p>They agreed to meet again.</p></article><footer>Back to top</footer></body></html>""");
        read(ArticleReader.create(), f);
        assertEquals(List.of(), problems);
        Article a = articles.get(0);
        assertEquals("https://news.test/talks", a.locator());
        assertEquals("Ministers hold talks", a.title());
        assertEquals(LocalDate.of(2021, 3, 4), a.published());
        assertTrue(a.text().contains("The foreign ministers met in Vienna.\n\nThey agreed to meet again."), a.text());
        assertFalse(a.text().contains("var x"));
        assertFalse(a.text().contains("Home | World"));
        assertFalse(a.text().contains("Other story"));
    }

    @Test
    void jsonlReportsBadLinesAndReadsTheRest() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), """
                {"url": "https://a.test/1", "published": "2020-01-02", "title": "One", "text": "First text."}
                {"url": "https://a.test/2", "title": "Two", "text": 
                {"url": "https://a.test/3", "published": "2020-01-04", "title": "Three", "text": "Third text."}
                """);
        read(ArticleReader.create(), f);
        assertEquals(List.of("https://a.test/1", "https://a.test/3"), articles.stream().map(Article::locator).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).location().endsWith("c.jsonl:2"), problems.toString());
    }

    @Test
    void csvWithHeaderStreamsRecords() throws IOException {
        Path f = Files.writeString(dir.resolve("c.csv"), "url,date,title,text\n"
                + "https://a.test/1,2019-01-04,\"A, title\",\"Body one,\nwith a newline.\"\n"
                + "https://a.test/2,2019-01-05,B,\n");
        read(ArticleReader.create(), f);
        assertEquals(1, articles.size());
        assertEquals("A, title", articles.get(0).title());
        assertEquals(LocalDate.of(2019, 1, 4), articles.get(0).published());
        assertEquals(1, problems.size(), "the record without text is reported");
    }

    @Test
    void directoriesAreReadInOrderAndUnknownOrBadFilesReported() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second article.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("notes.docx"), "ignored in directories");
        Files.write(dir.resolve("bin.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.writeString(dir.resolve("empty.txt"), "");
        read(ArticleReader.create(), dir);
        assertEquals(List.of("First article.", "Second article."), articles.stream().map(Article::text).toList());
        assertEquals(2, problems.size(), problems.toString());
        read(ArticleReader.create(), dir.resolve("notes.docx"));
        assertTrue(problems.get(2).message().contains("unknown extension"));
        read(ArticleReader.create(), dir.resolve("missing.txt"));
        assertTrue(problems.get(3).message().contains("no such file"));
    }

    @Test
    void windows1252IsDecoded() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.write(f, "Caf\u00e9 talks \u2013 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252")));
        read(ArticleReader.create(), f);
        assertEquals("Caf\u00e9 talks \u2013 \u201cquoted\u201d", articles.get(0).text());
    }

    @Test
    void oversizedFilesAreRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(2048));
        read(ArticleReader.create().maxBytes(1024), f);
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).message().contains("above the limit"));
    }

    @Test
    void keyDependsOnLocatorOnlyAndHashOnContent() {
        Article a = new Article("u", null, "t", "text");
        Article b = new Article("u", null, "t", "other text");
        assertEquals(a.key(), b.key());
        assertNotEquals(a.contentHash(), b.contentHash());
    }
}
