package entente.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPipeline {
    @Test
    void splitsParagraphsSentencesAndPossessives() {
        String text = "Headline without a full stop\n\nAmerica\u2019s top diplomat met Wang Yi. He left on Monday.";
        List<Sentence> s = Pipeline.shared().annotate(text);
        assertEquals(3, s.size(), s.toString());
        assertEquals("Headline without a full stop", s.get(0).text());
        Sentence second = s.get(1);
        assertEquals("America", second.tokens().get(0).text());
        assertEquals("\u2019s", second.tokens().get(1).text());
        for (Sentence sentence : s) {
            assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
            for (Token t : sentence.tokens()) assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        assertEquals("PROPN", second.tokens().get(0).pos());
        assertEquals("meet", second.tokens().get(4).lemma());
    }
}
