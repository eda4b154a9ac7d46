package entente.extract;

import entente.nlp.ner.WordList;

/**
 * The nouns for those who act for a state ("officials", "troops", "leaders"; {@code state-agents.txt}): after a
 * demonym they name the state, and before "of" they speak for the countries that follow.
 */
public final class StateAgents {
    private static final WordList WORDS = WordList.load("/entente/extract/state-agents.txt");

    private StateAgents() {}

    /** Whether a word, in any case, is one of them. */
    public static boolean contains(String word) { return WORDS.contains(word); }
}
