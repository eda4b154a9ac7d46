package entente.nlp.ner;

import static org.junit.jupiter.api.Assertions.*;

import entente.nlp.NameSpan;
import entente.nlp.NameType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestConllTagger {
    // Tags the first token of every sentence as a place; records the documents it was given.
    private final List<Integer> documentSizes = new ArrayList<>();
    private final ConllTagger tagger = new ConllTagger(doc -> {
        documentSizes.add(doc.size());
        return doc.stream().map(s -> List.of(new NameSpan(s.index(), 0, 1, NameType.LOC, s.tokenTexts()[0]))).toList();
    });

    @Test
    void numberedFilesUseTheSecondColumnAndNewdocSplitsDocuments() {
        List<String> in = List.of("# newdoc id = a", "1\tParis\tB-LOC", "2\tsleeps\tO", "", "1\tRome\tB-LOC", "",
            "# newdoc id = b", "1\tOslo\tB-LOC", "");
        assertEquals(List.of("Paris\tB-LOC", "sleeps\tO", "", "Rome\tB-LOC", "", "Oslo\tB-LOC", ""), tagger.tag(in));
        assertEquals(List.of(2, 1), documentSizes);
    }

    @Test
    void plainFilesUseTheFirstColumn() {
        List<String> in = List.of("2014 NUM", "Paris PROPN", "", "Oslo");
        assertFalse(ConllTagger.numbered(in));
        assertEquals(List.of("2014\tB-LOC", "Paris\tO", "", "Oslo\tB-LOC"), tagger.tag(in));
    }
}
