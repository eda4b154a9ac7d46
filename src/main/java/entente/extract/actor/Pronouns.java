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
    private static final Set<String> NEUTER = Set.of("it", "its");

    private Pronouns() {}

    static void resolve(List<Sentence> sentences, ActorTable table) {
        String previousFirst = null;
        String previousBody = null;
        for (Sentence s : sentences) {
            List<ActorMention> mentions = table.mentionsIn(s.index());
            String firstHere = null;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.tokens().get(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (NEUTER.contains(w) && t.pos().equals("PRON")) {
                    String body = subjectBody(mentions, table, s, i);
                    if (body == null) body = previousBody;
                    if (body != null && table.isFree(s.index(), i, i + 1)) table.mention(body, s.index(), i, i + 1);
                    continue;
                }
                if (!PERSONAL.contains(w) || !t.pos().equals("PRON")) continue;
                String antecedent = nearestPersonBefore(mentions, table, i);
                if (antecedent == null) antecedent = previousFirst;
                if (antecedent != null && table.isFree(s.index(), i, i + 1)) table.mention(antecedent, s.index(), i, i + 1);
            }
            for (ActorMention m : table.mentionsIn(s.index())) {
                if (isPerson(table, m.actorId())) {
                    firstHere = m.actorId();
                    break;
                }
            }
            previousFirst = firstHere;
            previousBody = subjectBody(mentions, table, s, s.size());
        }
    }

    private static String nearestPersonBefore(List<ActorMention> mentions, ActorTable table, int token) {
        String best = null;
        for (ActorMention m : mentions) if (m.tokenEnd() <= token && isPerson(table, m.actorId())) best = m.actorId();
        return best;
    }

    /**
     * "It" stands for a state or an organisation only when one was the subject of a verb just before: the last
     * country or organisation mention before {@code token} that a verb follows ("the ministry said ... It also blamed").
     */
    private static String subjectBody(List<ActorMention> mentions, ActorTable table, Sentence s, int token) {
        String best = null;
        for (ActorMention m : mentions) {
            if (m.tokenEnd() > token || m.tokenEnd() >= s.size()) continue;
            var e = table.get(m.actorId());
            if (e == null || e.type == ActorType.PERSON || e.type == ActorType.PLACE) continue;
            String next = s.tokens().get(m.tokenEnd()).pos();
            if (next.equals("VERB") || next.equals("AUX")) best = m.actorId();
        }
        return best;
    }

    private static boolean isPerson(ActorTable table, String id) {
        var e = table.get(id);
        return e != null && e.type == ActorType.PERSON && !id.startsWith("role/");
    }
}
