package entente.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TestNerCmd {
    private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|ORG|LOC)");

    @Test
    void tagsEveryTokenInOrderWithValidBio() throws Exception {
        Path conll = Path.of(TestNerCmd.class.getResource("/entente/nlp/ner/tiny.conll").toURI());
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new NerCmd());
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--conll", conll.toString()));

        List<String> input = Files.readAllLines(conll).stream().filter(l -> !l.startsWith("#")).toList();
        List<String> output = out.toString().lines().toList();
        assertEquals(input.size(), output.size(), out.toString());
        String previous = "O";
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).isBlank()) {
                assertEquals("", output.get(i));
                previous = "O";
                continue;
            }
            String[] cols = output.get(i).split("\t");
            assertEquals(input.get(i).split("\\s+")[0], cols[0]);
            assertTrue(TAG.matcher(cols[1]).matches(), cols[1]);
            if (cols[1].startsWith("I-")) assertTrue(previous.endsWith(cols[1].substring(2)), output.get(i));
            previous = cols[1];
        }
        assertEquals(List.of("Angela\tB-PER", "Merkel\tI-PER", "met\tO", "Emmanuel\tB-PER", "Macron\tI-PER", "in\tO",
            "Paris\tB-LOC", ".\tO"), output.subList(0, 8));
        assertEquals("Merkel\tB-PER", output.get(14));
    }

    @Test
    void missingFileFails() {
        CommandLine cmd = new CommandLine(new NerCmd());
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertNotEquals(0, cmd.execute("--conll", "no/such/file.conll"));
    }
}
