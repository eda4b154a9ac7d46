package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRe3dCorpus {
    private static String entity(String doc, int begin, int end, String type, double confidence) {
        return "{ \"_id\" : \"" + doc + "-" + begin + "\", \"begin\" : " + begin + ", \"end\" : " + end + ", \"type\" : \""
            + type + "\", \"documentId\" : \"" + doc + "\", \"confidence\" : " + confidence + " }\n";
    }

    /** Names count as gold; descriptions, lone pronouns and unsure mentions do not; a leading "the" is dropped. */
    @Test
    void goldIsTheConfidentNamedMentions(@TempDir Path dir) throws Exception {
        String text = "We met Tobias Ellwood in the Security Council. He said the mourners left Syria.";
        Path source = Files.createDirectories(dir.resolve("Some Source"));
        Files.writeString(source.resolve("documents.json"), "{ \"_id\" : \"D1\", \"text\" : \"" + text + "\" }\n");
        StringBuilder entities = new StringBuilder()
            .append(entity("D1", 0, 2, "Organisation", 1))                               // "We"
            .append(entity("D1", text.indexOf("Tobias"), text.indexOf(" in"), "Person", 1))
            .append(entity("D1", text.indexOf("the Security"), text.indexOf("."), "Organisation", 1))
            .append(entity("D1", text.indexOf("He"), text.indexOf("He") + 2, "Person", 1))   // "He"
            .append(entity("D1", text.indexOf("mourners"), text.indexOf(" left"), "Person", 1))
            .append(entity("D1", text.indexOf("Syria"), text.indexOf("Syria") + 5, "Location", 0.4));
        Files.writeString(source.resolve("entities.json"), entities.toString());

        List<LabelledSentence> sentences = Re3dCorpus.read(dir, Set.of());
        assertEquals(2, sentences.size(), sentences.toString());
        List<String> gold = sentences.stream().flatMap(s -> s.gold().stream()).map(n -> n.type() + " " + n.text()).toList();
        assertEquals(List.of("PER Tobias Ellwood", "ORG Security Council"), gold);
        assertTrue(sentences.get(1).gold().stream().map(NameSpan::type).noneMatch(NameType.PER::equals));
    }
}
