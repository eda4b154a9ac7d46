package entente.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import entente.cli.ServeCmd;
import picocli.CommandLine;

/** The {@code serve} command's options and failures; the serving itself is covered by {@link TestEntenteServer}. */
class TestServeCmd {

    @Test
    void helpSucceedsAndNamesTheOptions() {
        var out = new java.io.StringWriter();
        CommandLine cmd = new CommandLine(new ServeCmd());
        cmd.setOut(new java.io.PrintWriter(out));
        assertEquals(0, cmd.execute("--help"));
        for ( String option : new String[]{"--store", "--port", "--host", "--query-timeout"} )
            assertTrue(out.toString().contains(option), out.toString());
    }

    @Test
    void missingStoreFails(@TempDir Path dir) {
        assertEquals(1, new CommandLine(new ServeCmd()).execute("--store", dir.resolve("none").toString(), "--port", "0"));
    }

    @Test
    void nonPositiveTimeoutFails(@TempDir Path dir) {
        assertEquals(2, new CommandLine(new ServeCmd()).execute("--store", dir.toString(), "--query-timeout", "0"));
    }
}
