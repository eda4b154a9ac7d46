package entente.extract.actor;

import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves third-person singular pronouns to a person when the antecedent is clear enough: the nearest person
 * mentioned before the pronoun in the same sentence, else the first person of the previous sentence. Nothing is
 * resolved across a sentence without persons, since the reader would have lost the thread too.
 */
final class Pronouns {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");

    private Pronouns() {}

    static void resolve(List<Sentence> sentences, ActorTable table) {
        String previousFirst = null;
        for (Sentence s : sentences) {
            List<ActorMention> mentions = table.sortedMentions().stream().filter(m -> m.sentence() == s.index()).toList();
            String firstHere = null;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.tokens().get(i);
                if (!PERSONAL.contains(t.text().toLowerCase(Locale.ROOT)) || !t.pos().equals("PRON")) {
                    continue;
                }
                String antecedent = nearestPersonBefore(mentions, table, i);
                if (antecedent == null) antecedent = previousFirst;
                if (antecedent != null && table.isFree(s.index(), i, i + 1)) table.mention(antecedent, s.index(), i, i + 1);
            }
            for (ActorMention m : table.sortedMentions()) {
                if (m.sentence() == s.index() && isPerson(table, m.actorId())) {
                    firstHere = m.actorId();
                    break;
                }
            }
            previousFirst = firstHere;
        }
    }

    private static String nearestPersonBefore(List<ActorMention> mentions, ActorTable table, int token) {
        String best = null;
        for (ActorMention m : mentions) if (m.tokenEnd() <= token && isPerson(table, m.actorId())) best = m.actorId();
        return best;
    }

    private static boolean isPerson(ActorTable table, String id) {
        var e = table.get(id);
        return e != null && e.type == ActorType.PERSON && !id.startsWith("role/");
    }
}
