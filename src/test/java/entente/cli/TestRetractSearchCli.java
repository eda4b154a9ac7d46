package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, retract and the canonical-events and post-holders-on queries through the command line. */
class TestRetractSearchCli {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void twoReportsSearchQueryAndRetract() throws Exception {
        String store = dir.resolve("store").toString();
        Path a = write("a.txt", "Chinese Foreign Minister Wang Yi met Antony Blinken in Beijing on Monday to discuss fentanyl.");
        Path b = write("b.txt", "Chinese Foreign Minister Wang Yi met Antony Blinken in Beijing on Monday.");
        assertEquals(0, Cli.run("ingest", "--store", store, "--published", "2023-06-19", a.toString()).exit());
        assertEquals(0, Cli.run("ingest", "--store", store, "--published", "2023-06-20", b.toString()).exit());

        Cli search = Cli.run("search", "--store", store, "fentanyl");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("to discuss fentanyl"), search.out());
        assertTrue(search.out().contains("article: " + a), search.out());
        assertTrue(search.out().contains("event:   CONSULT"), search.out());

        Cli canon = Cli.run("query", "--store", store, "--format", "csv", "canonical-events");
        assertEquals("event,class,type,status,participants,date,sources,articles,firstReported,lastReported,statuses",
                canon.out().lines().findFirst().orElse("").strip());
        assertEquals(2, canon.out().lines().count(), "one canonical meeting: " + canon.out());
        assertTrue(canon.out().contains(",2,2,2023-06-19,2023-06-20,"), canon.out());

        Cli holders = Cli.run("query", "--store", store, "--format", "csv", "post-holders-on",
                "--param", "postType=foreign-minister", "--param", "country=CHN", "--param", "month=2023-06");
        assertEquals(0, holders.exit(), holders.err());
        assertTrue(holders.out().lines().skip(1).anyMatch(l -> l.startsWith("Wang Yi,") && l.endsWith(",2")), holders.out());
        Cli july = Cli.run("query", "--store", store, "--format", "csv", "post-holders-on",
                "--param", "country=CHN", "--param", "month=2023-07");
        assertEquals(1, july.out().lines().count(), "nobody observed in July: " + july.out());

        assertEquals(0, Cli.run("retract", "--store", store, a.toString()).exit());
        assertNotEquals(0, Cli.run("retract", "--store", store, a.toString()).exit(), "already retracted");
        assertNotEquals(0, Cli.run("search", "--store", store, "fentanyl").exit(), "no longer found");
        canon = Cli.run("query", "--store", store, "--format", "csv", "canonical-events");
        assertTrue(canon.out().contains(",1,1,2023-06-20,2023-06-20,"), canon.out());

        Cli v = Cli.run("validate", "--store", store);
        assertEquals(0, v.exit(), v.out());
    }
}
