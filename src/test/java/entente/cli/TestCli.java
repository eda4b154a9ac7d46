package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole platform through its command line, on the founding article shipped in samples/. */
class TestCli {
    static final Path FOUNDING = Path.of("samples", "000_00bb0b47ee1a1f3c.txt");
    static final Map<String, String> CONTRACT = Map.of(
            "actors", "actor,label,type,code,roles,country",
            "meetings", "event,participants,status,date,place,mode,article,evidence",
            "visits", "event,visitor,host,status,date,place,article,evidence",
            "disputes", "event,source,target,kind,topic,date,article,evidence",
            "alliances", "event,name,members,kind,date,article,evidence",
            "articles", "article,title,published,graph");

    @TempDir static Path dir;
    static String store;
    static Cli firstIngest;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store").toString();
        firstIngest = Cli.run("ingest", "--store", store, "--published", "2023-06-19", FOUNDING.toString());
    }

    @Test
    void ingestPrintsOneLinePerArticleAndSucceeds() {
        assertEquals(0, firstIngest.exit(), firstIngest.err());
        assertTrue(firstIngest.out().contains(FOUNDING + ": "), firstIngest.out());
        assertTrue(firstIngest.out().matches("(?s).*\\d+ triples, \\d+ actors, \\d+ events.*"), firstIngest.out());
    }

    @Test
    void storeValidates() {
        Cli v = Cli.run("validate", "--store", store);
        assertEquals(0, v.exit(), v.out() + v.err());
        assertTrue(v.out().contains("1 of 1 article graph(s) conform"), v.out());
    }

    @Test
    void catalogueQueriesHaveTheContractColumns() {
        for (var e : CONTRACT.entrySet()) {
            Cli q = Cli.run("query", "--store", store, "--format", "csv", e.getKey());
            assertEquals(0, q.exit(), q.err());
            assertEquals(e.getValue(), q.out().lines().findFirst().orElse("").strip(), e.getKey());
            assertTrue(q.out().lines().count() > 1, e.getKey() + " returns rows: " + q.out());
        }
        Cli tsv = Cli.run("query", "--store", store, "--format", "tsv", "articles");
        List<String> lines = tsv.out().lines().toList();
        assertEquals("article\ttitle\tpublished\tgraph", lines.get(0));
        assertTrue(lines.get(1).startsWith(FOUNDING + "\t"), "article is the path given at ingest: " + lines.get(1));
        assertTrue(lines.get(1).contains("2023-06-19"));
    }

    @Test
    void exportsParse() throws Exception {
        Path ttl = dir.resolve("out.ttl");
        assertEquals(0, Cli.run("export", "--store", store, "--out", ttl.toString()).exit());
        Model m = RDFParser.source(ttl).lang(Lang.TURTLE).toModel();
        assertTrue(m.size() > 100, "export holds the graph: " + m.size());
        Path trig = dir.resolve("out.trig");
        assertEquals(0, Cli.run("export", "--store", store, "--format", "trig", "--out", trig.toString()).exit());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString());
        assertTrue(ds.listNames().hasNext());
        Cli bad = Cli.run("export", "--store", store, "--graph", "https://nope.test/g");
        assertNotEquals(0, bad.exit());
    }

    @Test
    void reingestLeavesTheTripleCountUnchanged() {
        long before = quads();
        Cli again = Cli.run("ingest", "--store", store, "--published", "2023-06-19", FOUNDING.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, quads());
    }

    @Test
    void badArgumentsGiveNonZeroExit() {
        assertNotEquals(0, Cli.run("query", "--store", store, "no-such-query").exit());
        assertNotEquals(0, Cli.run("ingest", "--store", store, dir.resolve("missing.txt").toString()).exit());
        assertEquals(0, Cli.run("--help").exit());
        for (String c : List.of("ingest", "query", "export", "stats", "validate", "demo", "eval")) {
            Cli h = Cli.run(c, "--help");
            assertEquals(0, h.exit(), c);
            assertTrue(h.out().contains("Usage: entente " + c), c);
        }
    }

    @Test
    void statsCountsTheMentionedActorsByType() {
        Cli s = Cli.run("stats", "--store", store);
        assertEquals(0, s.exit(), s.err());
        for (String what : List.of("persons", "countries", "meetings", "articles")) {
            String line = s.out().lines().filter(l -> l.startsWith(what + " ")).findFirst().orElse(what + " missing");
            assertTrue(Long.parseLong(line.replaceAll("\\D+", "")) > 0, s.out());
        }
    }

    private static long quads() {
        Cli s = Cli.run("stats", "--store", store);
        String line = s.out().lines().filter(l -> l.startsWith("quads")).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll("\\D+", ""));
    }

}
