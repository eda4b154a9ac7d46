package entente.extract.actor;

import entente.extract.ActorType;
import entente.kg.Iris;
import entente.nlp.Sentence;
import entente.nlp.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the person names of one article: a full name is a person; a lone surname or given name is the person
 * whose full name in the same article has it ("Blinken" → Antony Blinken, "Wang" → Wang Yi), never across articles,
 * and only when it is capitalised.
 */
final class PersonNames {
    private final Map<PersonName, String> ids = new HashMap<>();
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    /** Single name parts that point to exactly one full name in the article. */
    private final Map<String, String> byPart = new HashMap<>();

    private PersonNames() {}

    static PersonNames resolve(List<PersonName> names) {
        PersonNames r = new PersonNames();
        Map<String, Set<String>> partOwners = new HashMap<>();
        for (PersonName n : names) {
            if (n.parts().length < 2) continue;
            String id = Iris.personKey(n.text());
            r.fullNames.merge(id, n.text(), (a, b) -> b.length() > a.length() ? b : a);
            String[] parts = n.parts();
            partOwners.computeIfAbsent(parts[0], k -> new HashSet<>()).add(id);
            partOwners.computeIfAbsent(parts[parts.length - 1], k -> new HashSet<>()).add(id);
        }
        // A part stands for its person alone only when capitalised: the model sometimes takes a word of another
        // script ("OPD था", "था" being Hindi's "was") into a person's name.
        partOwners.forEach((part, owners) -> {
            if (owners.size() == 1 && Token.hasCapital(part)) r.byPart.put(part, owners.iterator().next());
        });
        for (PersonName n : names) {
            String id;
            if (n.parts().length >= 2) id = Iris.personKey(n.text());
            else id = r.byPart.getOrDefault(n.text(), Iris.personKey(n.text()));
            r.fullNames.putIfAbsent(id, n.text());
            r.ids.put(n, id);
        }
        return r;
    }

    String idOf(PersonName n) { return ids.get(n); }

    /** The person of the article with this full name or unique name part, or null. */
    String personNamed(String text) {
        String t = text.strip().replace('\u2019', '\'');
        if (t.contains(" ")) {
            String id = Iris.personKey(t);
            return fullNames.containsKey(id) ? id : null;
        }
        return byPart.get(t);
    }

    String fullName(String id) { return fullNames.get(id); }

    /**
     * Later mentions the name finder missed: a free proper-noun token that is the surname or given name of exactly
     * one person of the article (document-level consistency: a person once is a person throughout).
     */
    void findRepeats(Sentence s, ActorTable table) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String id = byPart.get(t.text());
            if (id == null || !table.isFree(s.index(), i, i + 1)) continue;
            if (!(t.pos().equals("PROPN") || t.pos().equals("NOUN") || t.pos().equals("X") || t.pos().equals("ADJ"))) continue;
            if (i + 1 < ts.size() && ts.get(i + 1).pos().equals("PROPN") && table.isFree(s.index(), i + 1, i + 2)) continue;
            var e = table.get(id);
            if (e == null || e.type != ActorType.PERSON) continue;
            table.mention(id, s.index(), i, i + 1);
        }
    }
}
