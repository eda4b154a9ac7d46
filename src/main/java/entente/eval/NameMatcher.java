package entente.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which gold actor a system label names: the gold name or an alias after lower-casing and dropping accents
 * and punctuation; a person also by surname; a country also by its ISO code.
 */
public final class NameMatcher {
    private final List<Gold.GoldActor> actors;
    private final Map<String, String> systemCodes;

    /** @param systemCodes the ISO code the system gives each label (from {@code actors.rq}), to match countries by code */
    public NameMatcher(List<Gold.GoldActor> actors, Map<String, String> systemCodes) {
        this.actors = actors;
        this.systemCodes = new HashMap<>(systemCodes);
    }

    /** The canonical gold name the label refers to, or the normalised label itself prefixed with "?" when none. */
    public String resolve(String label) {
        Gold.GoldActor a = find(label, systemCodes.get(label));
        return a != null ? a.name() : "?" + normalise(label);
    }

    /** The gold actor a system actor names, or null. */
    public Gold.GoldActor find(String label, String code) { return find(label, code, null); }

    /**
     * The gold actor a system actor names, or null: a canonical name before an alias ("Beijing" the place before
     * China's alias "Beijing"), and among aliases one of the same type when a type is given.
     */
    public Gold.GoldActor find(String label, String code, String type) {
        String n = normalise(label);
        // Same type before any type; a canonical name before an alias.
        for (String wanted : type == null ? new String[] {null} : new String[] {type, null}) {
            for (Gold.GoldActor a : actors) {
                if ((wanted == null || wanted.equals(a.type())) && normalise(a.name()).equals(n)) return a;
            }
            for (Gold.GoldActor a : actors) {
                if (wanted != null && !wanted.equals(a.type())) continue;
                for (String alias : a.aliases()) if (normalise(alias).equals(n)) return a;
            }
        }
        if (code != null && !code.isBlank()) {
            for (Gold.GoldActor a : actors) if (code.equals(a.code())) return a;
        }
        for (Gold.GoldActor a : actors) {
            if ("Person".equals(a.type()) && surname(a.name()).equals(surname(label)) && !surname(label).isEmpty()) return a;
        }
        return null;
    }

    static String surname(String name) {
        String[] parts = normalise(name).split(" ");
        return parts[parts.length - 1];
    }

    /** Lower case, no accents, no punctuation, single spaces, no leading article. */
    public static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("'s\\b", "s").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }
}
