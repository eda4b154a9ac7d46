package entente.extract.event;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.extract.ActorType;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test stand-in for the lead's actor extraction: marks given names as given actors (longest match first, on token
 * boundaries), skips a demonym that modifies a noun ("Chinese officials"), and resolves he/his/him to the last person named before it in the sentence, else to the
 * first person of the latest sentence naming one,
 * and it/its to the last other actor named before it, in the same or an earlier sentence.
 */
final class MentionMarker {
    private static final Set<String> PERSONAL = Set.of("he", "his", "him", "she", "her");
    private static final Set<String> NEUTER = Set.of("it", "its");

    private final Map<String, String> aliasToId = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Set<String> demonyms;

    private boolean properNames;

    MentionMarker(Set<String> demonyms) { this.demonyms = demonyms; }

    /** Also marks any unlisted run of two or more proper nouns as a person (a crude stand-in for the name finder). */
    MentionMarker withProperNamesAsPersons() { properNames = true; return this; }

    MentionMarker actor(String id, ActorType type, String countryCode, String... names) {
        actors.put(id, new Actor(id, names[0], type, countryCode, null, List.of(names)));
        for (String n : names) aliasToId.put(norm(n), id);
        return this;
    }

    Map<String, Actor> actors() { return Map.copyOf(actors); }

    List<ActorMention> mark(List<Sentence> sentences) {
        List<ActorMention> out = new ArrayList<>();
        String lastPerson = null;
        String lastOther = null;
        String firstPersonBefore = null;
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            String firstPerson = null;
            lastPerson = firstPersonBefore;
            int i = 0;
            while (i < t.size()) {
                int bestEnd = -1;
                String bestId = null;
                for (int j = Math.min(t.size(), i + 10); j > i; j--) {
                    String id = aliasToId.get(norm(s.coveredText(i, j)));
                    if (id != null) { bestEnd = j; bestId = id; break; }
                }
                String w = t.get(i).text().toLowerCase();
                if (bestId != null && demonyms.contains(t.get(i).text()) && bestEnd == i + 1 && i + 1 < t.size()
                        && (t.get(i + 1).pos().equals("NOUN") || t.get(i + 1).pos().equals("ADJ"))) bestId = null;
                if (bestId == null && properNames && t.get(i).pos().equals("PROPN")) {
                    int j = i;
                    while (j < t.size() && t.get(j).pos().equals("PROPN") && aliasToId.get(norm(t.get(j).text())) == null) j++;
                    if (j - i >= 2) {
                        String name = s.coveredText(i, j);
                        bestId = "person/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
                        actors.putIfAbsent(bestId, new Actor(bestId, name, ActorType.PERSON, null, null, List.of()));
                        aliasToId.putIfAbsent(norm(t.get(j - 1).text()), bestId);
                        bestEnd = j;
                    }
                }
                if (bestId == null && t.get(i).pos().equals("PRON")) {
                    String ref = PERSONAL.contains(w) ? lastPerson : NEUTER.contains(w) ? lastOther : null;
                    if (ref != null) { bestId = ref; bestEnd = i + 1; }
                }
                if (bestId == null) { i++; continue; }
                out.add(new ActorMention(bestId, s.index(), i, bestEnd, t.get(i).start(), t.get(bestEnd - 1).end(), s.coveredText(i, bestEnd)));
                Actor a = actors.get(bestId);
                if (a.type() == ActorType.PERSON) { lastPerson = bestId; if (firstPerson == null) firstPerson = bestId; }
                else if (a.type() != ActorType.PLACE) lastOther = bestId;
                i = bestEnd;
            }
            if (firstPerson != null) firstPersonBefore = firstPerson;
        }
        return out;
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").replace(" 's", "'s").replace(" '", "'").trim();
    }
}
