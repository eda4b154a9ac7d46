package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import entente.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch ingest and the benchmark through the command line, on small generated corpora. */
class TestIngestBatchCli {
    private static final Pattern SUMMARY = Pattern.compile(
            "ingested (\\d+) article\\(s\\), (\\d+) event\\(s\\), (\\d+) failure\\(s\\), (\\d+) skipped in [\\d.]+ s \\([\\d.]+ articles/s\\)");

    @TempDir Path dir;

    private static String line(String url, String text) {
        return "{\"url\":\"" + url + "\",\"published\":\"2023-06-19\",\"title\":\"T\",\"text\":\"" + text + "\"}\n";
    }

    private static final String MEETING = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday.";

    private static Matcher summary(Cli c) {
        Matcher m = SUMMARY.matcher(c.out());
        assertTrue(m.find(), "summary line in: " + c.out());
        return m;
    }

    @Test
    void aBrokenRecordIsReportedWithItsLineAndTheRestIsIngested() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, line("https://news.test/1", MEETING) + "{\"url\": \"https://news.test/2\", \"text\": \n"
                + line("https://news.test/3", MEETING) + line("https://news.test/4", MEETING));
        Cli c = Cli.run("ingest", "--store", dir.resolve("store").toString(), "--threads", "2", "--batch", "2", corpus.toString());
        assertEquals(1, c.exit(), "a failure gives a non-zero exit");
        assertTrue(c.err().contains(corpus + ":2"), "the broken record is named with file:line: " + c.err());
        Matcher m = summary(c);
        assertEquals("3", m.group(1));
        assertEquals("1", m.group(3));
    }

    @Test
    void commitIntervalMustBeAtLeastASecond() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, line("https://news.test/1", MEETING));
        String store = dir.resolve("store").toString();
        Cli refused = Cli.run("ingest", "--store", store, "--commit-seconds", "0", corpus.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--commit-seconds"), refused.err());
        Cli c = Cli.run("ingest", "--store", store, "--commit-seconds", "5", corpus.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals("1", summary(c).group(1));
    }

    @Test
    void resumeSkipsWhatIsStoredAndReingestsWhatChanged() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        String store = dir.resolve("store").toString();
        Files.writeString(corpus, line("https://news.test/1", MEETING) + line("https://news.test/2", MEETING));
        assertEquals(0, Cli.run("ingest", "--store", store, corpus.toString()).exit());

        Cli again = Cli.run("ingest", "--store", store, "--resume", corpus.toString());
        assertEquals(0, again.exit(), again.err());
        Matcher m = summary(again);
        assertEquals("0", m.group(1));
        assertEquals("2", m.group(4));

        Files.writeString(corpus, line("https://news.test/1", MEETING) + line("https://news.test/2", MEETING + " They will meet again in July."));
        Matcher changed = summary(Cli.run("ingest", "--store", store, "--resume", corpus.toString()));
        assertEquals("1", changed.group(1), "the changed article is ingested again");
        assertEquals("1", changed.group(4));
    }

    @Test
    void outNQuadsNeedsNoStoreAndRefusesResume() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, line("https://news.test/1", MEETING) + line("https://news.test/2", MEETING));
        Path out = dir.resolve("nq");
        Cli c = Cli.run("ingest", "--out-nquads", out.toString(), corpus.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(Files.exists(out.resolve("part-00000.nq")));
        assertTrue(Files.exists(out.resolve("shared.nq")));
        assertNotEquals(0, Cli.run("ingest", "--resume", "--out-nquads", dir.resolve("nq2").toString(), corpus.toString()).exit());
    }

    /** The scale-out path: extracted parts bulk-loaded past the store's write path, then {@code rebuild}. */
    @Test
    void bulkLoadedPartsAndRebuildGiveWhatIngestGives() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, line("https://news.test/1", MEETING) + line("https://news.test/2", MEETING + " Kishida called the talks frank."));
        Path parts = dir.resolve("nq");
        assertEquals(0, Cli.run("ingest", "--out-nquads", parts.toString(), corpus.toString()).exit());
        Path bulk = dir.resolve("bulk");
        try (Store s = Store.open(bulk); var files = Files.list(parts)) {
            List<Path> nq = files.sorted().toList();
            // As tdb2.xloader does: straight into TDB2, no text index, no derived layers.
            s.write(() -> nq.forEach(f -> RDFDataMgr.read(DatasetGraphWrapper.unwrap(s.datasetGraph()), f.toString())));
        }
        Cli rebuilt = Cli.run("rebuild", "--store", bulk.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        String direct = dir.resolve("direct").toString();
        assertEquals(0, Cli.run("ingest", "--store", direct, corpus.toString()).exit());
        for (String q : List.of("actors", "canonical-events", "meetings")) {
            String expected = Cli.run("query", "--store", direct, "--format", "csv", q).out();
            assertEquals(expected, Cli.run("query", "--store", bulk.toString(), "--format", "csv", q).out(), q);
            assertTrue(expected.lines().count() > 1, q + " has rows");
        }
        Cli search = Cli.run("search", "--store", bulk.toString(), "frank");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("frank"), search.out());
        assertEquals(Cli.run("search", "--store", direct, "frank").out(), search.out());
    }

    @Test
    void benchPrintsTheScriptLineLast() throws Exception {
        Path base = dir.resolve("base.jsonl");
        Files.writeString(base, line("https://news.test/1", MEETING)
                + line("https://news.test/2", "The United States and China agreed to resume talks on climate in Beijing on Tuesday."));
        Cli c = Cli.run("bench", "--articles", "30", "--threads", "2", "--query-runs", "3", "--query-warm-up", "0", "--data", base.toString());
        assertEquals(0, c.exit(), c.err());
        String last = c.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("bench articles=30 nlp_aps=\\d+\\.\\d full_aps=\\d+\\.\\d ratio=\\d+\\.\\d\\d heap_mb=\\d+ query_p50_ms=\\d+\\.\\d"),
                "last line: " + last);
        assertTrue(c.out().contains("relations-between"), "every catalogue query is timed: " + c.out());
        Matcher cpu = Pattern.compile("full pipeline .* (\\d+\\.\\d) ms CPU/article \\((\\d+\\.\\d) cores busy\\)").matcher(c.out());
        assertTrue(cpu.find(), "processor time per article: " + c.out());
        assertTrue(Double.parseDouble(cpu.group(1)) > 0, cpu.group());
        // Writing alone: the 30 article graphs written again, and the ratio that leaves at best.
        Matcher writing = Pattern.compile("writing alone +(\\d+\\.\\d) ms CPU/article \\(30 article graphs .*full / nlp only (\\d\\.\\d\\d) at best")
                .matcher(c.out());
        assertTrue(writing.find(), "writing alone: " + c.out());
        assertTrue(Double.parseDouble(writing.group(1)) > 0 && Double.parseDouble(writing.group(2)) < 1, writing.group());
        // The live heap after a full collection at a tenth of the corpus and at its end, and the peak over both.
        Matcher heap = Pattern.compile("heap +(\\d+) MB live after a full GC at most \\((\\d+) MB after 3 articles, (\\d+) MB after 30\\)")
                .matcher(c.out());
        assertTrue(heap.find(), "heap at a tenth and at the end: " + c.out());
        int peak = Integer.parseInt(heap.group(1));
        assertTrue(Integer.parseInt(heap.group(2)) > 0 && peak >= Integer.parseInt(heap.group(2))
                && peak >= Integer.parseInt(heap.group(3)), heap.group());
    }
}
