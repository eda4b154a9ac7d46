package entente.article;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from files: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl} (one article per line:
 * {@code url, published, title, text}), {@code .csv} with a header {@code url,date,title,text}, or a directory of those.
 * Corpora are streamed record by record, so memory does not grow with their size.
 *
 * <pre>
 *   ArticleReader.create().published(LocalDate.of(2023, 6, 19))
 *       .read(Path.of("article.txt"), article -&gt; ..., problem -&gt; System.err.println(problem));
 * </pre>
 *
 * <p>A bad file or record is reported to the problem handler and skipped; reading goes on. Thread-safe once built.
 */
public final class ArticleReader {
    /** Files larger than this are refused unless the limit is raised. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final LocalDate published;
    private final String title;
    private final String url;
    private final long maxBytes;

    private ArticleReader(LocalDate published, String title, String url, long maxBytes) {
        this.published = published;
        this.title = title;
        this.url = url;
        this.maxBytes = maxBytes;
    }

    /** A reader with no metadata overrides. */
    public static ArticleReader create() { return new ArticleReader(null, null, null, DEFAULT_MAX_BYTES); }

    /** Publication date for single-article files that do not carry one. */
    public ArticleReader published(LocalDate date) { return new ArticleReader(date, title, url, maxBytes); }

    /** Title for single-article files. */
    public ArticleReader title(String t) { return new ArticleReader(published, t, url, maxBytes); }

    /** URL for a single-article file, used instead of its path. */
    public ArticleReader url(String u) { return new ArticleReader(published, title, u, maxBytes); }

    /** Largest file accepted, in bytes. */
    public ArticleReader maxBytes(long limit) { return new ArticleReader(published, title, url, limit); }

    /** Reads every article under {@code path}, in a stable order, handing each to {@code sink}. */
    public void read(Path path, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        if (!Files.exists(path)) {
            problems.accept(new ReadProblem(path.toString(), "no such file or directory"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
            } catch (IOException e) {
                problems.accept(new ReadProblem(path.toString(), "cannot list directory: " + e.getMessage()));
                return;
            }
            for (Path f : files) readFile(f, sink, problems);
            return;
        }
        readFile(path, sink, problems);
    }

    /** True for the extensions entente reads. */
    public static boolean isArticleFile(Path p) {
        return extension(p).matches("txt|html|htm|jsonl|csv");
    }

    private void readFile(Path file, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        String where = file.toString();
        String ext = extension(file);
        if (!isArticleFile(file)) {
            problems.accept(new ReadProblem(where, "unknown extension '." + ext + "' (expected .txt, .html, .jsonl or .csv)"));
            return;
        }
        String content;
        try {
            if (!Files.isReadable(file)) throw new IOException("not readable");
            long size = Files.size(file);
            if (size == 0) {
                problems.accept(new ReadProblem(where, "empty file"));
                return;
            }
            if (size > maxBytes) {
                problems.accept(new ReadProblem(where, "file is " + bytes(size) + ", above the limit of "
                        + bytes(maxBytes) + " (raise it with --max-file-mb); not read"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (TextDecoder.looksBinary(bytes, ext.equals("jsonl") || ext.equals("csv"))) {
                problems.accept(new ReadProblem(where, "binary file, not text"));
                return;
            }
            content = TextDecoder.clean(TextDecoder.decode(bytes));
        } catch (IOException e) {
            problems.accept(new ReadProblem(where, "cannot read: " + e.getMessage()));
            return;
        }
        switch (ext) {
            case "txt" -> single(where, TextArticles.read(content, url != null ? url : where, published, title), sink, problems);
            case "html", "htm" -> single(where, HtmlArticles.read(content, url != null ? url : where, published, title), sink, problems);
            case "jsonl" -> readJsonl(where, new StringReader(content), sink, problems);
            case "csv" -> readCsv(where, new StringReader(content), sink, problems);
            default -> throw new IllegalStateException(ext);
        }
    }

    private static void single(String where, Article a, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        if (a.text().isBlank()) problems.accept(new ReadProblem(where, "no article text"));
        else accept(where, a, sink, problems);
    }

    /** Hands an article on unless it is not English: the English models would only invent actors from it. */
    private static void accept(String where, Article a, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        var notEnglish = LanguageCheck.notEnglish(a.text());
        if (notEnglish.isPresent()) problems.accept(new ReadProblem(where, notEnglish.get() + "; skipped"));
        else sink.accept(a);
    }

    /** A size for a person: MB from one megabyte up, else kB or bytes. */
    static String bytes(long n) {
        if (n >= 1024 * 1024) return n / (1024 * 1024) + " MB";
        if (n >= 1024) return n / 1024 + " kB";
        return n + " bytes";
    }

    /**
     * Reads JSON lines from a stream, e.g. an HTTP request body; {@code where} names the source in problems
     * ({@code where:line}).
     */
    public void readJsonl(String where, Reader in, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        try (BufferedReader r = new BufferedReader(in)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                String at = where + ":" + lineNo;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    if (!e.isJsonObject()) throw new IllegalArgumentException("not a JSON object");
                    JsonObject o = e.getAsJsonObject();
                    record(at, str(o, "url"), firstNonNull(str(o, "published"), str(o, "date")), str(o, "title"),
                            str(o, "text"), sink, problems);
                } catch (RuntimeException ex) {
                    problems.accept(new ReadProblem(at, "malformed JSON line: " + ex.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.accept(new ReadProblem(where, "cannot read: " + e.getMessage()));
        }
    }

    void readCsv(String where, Reader in, Consumer<Article> sink, Consumer<ReadProblem> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderMap().containsKey("text")) {
                problems.accept(new ReadProblem(where, "CSV header must name the columns url,date,title,text"));
                return;
            }
            var records = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!records.hasNext()) break;
                    rec = records.next();
                } catch (RuntimeException ex) { // commons-csv reports a broken quote as an unchecked exception
                    problems.accept(new ReadProblem(where + ":" + parser.getCurrentLineNumber(), "malformed CSV: " + ex.getMessage()));
                    break;
                }
                String at = where + ":" + rec.getRecordNumber();
                if (!rec.isConsistent()) {
                    problems.accept(new ReadProblem(at, "expected " + parser.getHeaderMap().size() + " fields, found " + rec.size()));
                    continue;
                }
                record(at, get(rec, "url"), firstNonNull(get(rec, "date"), get(rec, "published")), get(rec, "title"),
                        get(rec, "text"), sink, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.accept(new ReadProblem(where, "malformed CSV: " + e.getMessage()));
        }
    }

    private static void record(String at, String url, String date, String title, String text,
                               Consumer<Article> sink, Consumer<ReadProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.accept(new ReadProblem(at, "record has no text"));
            return;
        }
        LocalDate published = null;
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.strip().length() >= 10 ? date.strip().substring(0, 10) : date.strip());
            } catch (DateTimeParseException e) {
                problems.accept(new ReadProblem(at, "unreadable date '" + date + "', kept without a date"));
            }
        }
        String locator = url != null && !url.isBlank() ? url.strip() : at;
        String body = Boilerplate.standard().clean(TextDecoder.clean(text));
        if (body.isBlank()) problems.accept(new ReadProblem(at, "no article text"));
        else accept(at, new Article(TextDecoder.clean(locator), published, title == null ? null : TextDecoder.clean(title), body), sink, problems);
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : null;
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }

    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
