package entente.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void aMiddleInitialEndsNeitherTheSentenceNorTheName() {
        List<Sentence> s = Pipeline.shared().annotate("Trump asked John R. Bolton to resign. He fought in World War I. The war ended.");
        assertEquals(List.of("Trump asked John R. Bolton to resign.", "He fought in World War I.", "The war ended."),
            s.stream().map(Sentence::text).toList());
        assertEquals(List.of("Trump", "asked", "John", "R.", "Bolton", "to", "resign", "."), List.of(s.get(0).tokenTexts()));
    }

    @Test
    void runsOfLettersAndDigitsStayOneToken() {
        List<Token> tokens = Pipeline.shared().annotate("Airbnb shares fell, and VesselFinder didn't say why.").get(0).tokens();
        List<String> words = tokens.stream().map(Token::text).toList();
        assertTrue(words.contains("Airbnb") && words.contains("VesselFinder"), words.toString());
        assertEquals(List.of("Airbnb", "shares", "fell", ",", "and"), words.subList(0, 5));
    }

    @Test
    void dashesStuckToWordsAreTokensAndInvisibleCharactersAreLeftOut() {
        String text = "\u2014John Hickenlooper said the \u200dNorth Cotabato\u2014based group left in 1990\u20131991.";
        Sentence s = Pipeline.shared().annotate(text).get(0);
        List<String> words = s.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("\u2014", "John", "Hickenlooper", "said", "the", "North", "Cotabato", "\u2014", "based"),
            words.subList(0, 9));
        assertTrue(words.contains("1990\u20131991"), "a dash between digits stays: " + words);
        for (Token t : s.tokens()) assertEquals(text.substring(t.start(), t.end()), t.text());
    }

    @Test
    void anInitialismKeepsItsDotWithinASentence() {
        String text = "The U.N. Security Council met. He works for the U.N.";
        List<List<String>> words = Pipeline.shared().annotate(text).stream()
                .map(s -> s.tokens().stream().map(Token::text).toList()).toList();
        assertEquals(List.of("The", "U.N.", "Security", "Council", "met", "."), words.get(0));
        assertEquals(List.of("He", "works", "for", "the", "U.N", "."), words.get(1), "at the end the dot ends the sentence");
        for (Sentence s : Pipeline.shared().annotate(text)) for (Token t : s.tokens()) assertEquals(text.substring(t.start(), t.end()), t.text());
    }

    /** The pipeline tags greedily; on real news that must give what the model's default beam of 3 gives. */
    @Test
    void greedyTaggingMatchesTheDefaultBeam() throws Exception {
        Path article = Path.of(System.getProperty("entente.shared", "../shared"), "seed/000_00bb0b47ee1a1f3c.txt");
        Assumptions.assumeTrue(Files.isRegularFile(article), "shared data absent: " + article);
        POSModel shipped = NlpModels.load(NlpModels.POS, POSModel::new);
        POSTaggerME beam = new POSTaggerME(shipped);
        int tokens = 0, same = 0;
        for (Sentence s : Pipeline.shared().annotate(Files.readString(article))) {
            String[] words = s.tokens().stream().map(t -> Pipeline.normaliseQuotes(t.text())).toArray(String[]::new);
            String[] expected = beam.tag(words);
            for (int i = 0; i < words.length; i++, tokens++) if (expected[i].equals(s.tokens().get(i).pos())) same++;
        }
        assertTrue(same >= 0.995 * tokens, same + " of " + tokens + " tags as with the beam");
    }
}
