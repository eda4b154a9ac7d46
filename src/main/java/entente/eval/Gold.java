package entente.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import entente.EntenteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made gold file ({@code *.gold.json}): the facts a careful reader finds in one article. The format is shared
 * with other tools, so it is only read, never written. Its {@code about} field documents it.
 *
 * @param article   the article's path, relative to the gold file's folder's parent
 * @param published the publication date from {@code metadata.published}, or null
 * @param actors    named actors with their aliases
 * @param items     meetings, visits, disputes and alliances, each as a {@link GoldItem}
 */
public record Gold(String article, LocalDate published, List<GoldActor> actors, List<GoldItem> items) {

    /** An actor of the gold: canonical name, type, ISO code (countries), aliases, and whether it is optional. */
    public record GoldActor(String name, String type, String code, List<String> aliases, boolean optional) {}

    /**
     * One gold fact, in a category's common shape: the parties in their roles, a label (status or kind) and the
     * acceptable alternatives for each party.
     *
     * @param category  meetings, visits, disputes or alliances
     * @param first     participants / visitor / source / members (with alternatives from {@code *_any})
     * @param second    host / target, empty for meetings and alliances
     * @param label     status (meetings, visits) or kind (disputes, alliances)
     * @param date      the gold date or the first day of its range, or null
     * @param mutual    a dispute that runs both ways
     * @param optional  counts neither way
     * @param alternatives other acceptable sets for {@code first}
     */
    public record GoldItem(String category, List<String> first, List<String> second, String label, String date,
                           boolean mutual, boolean optional, List<List<String>> alternatives,
                           List<String> secondAlternatives) {}

    /** Reads a gold file. */
    public static Gold read(Path file) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            JsonObject meta = o.has("metadata") ? o.getAsJsonObject("metadata") : new JsonObject();
            LocalDate published = meta.has("published") ? LocalDate.parse(meta.get("published").getAsString()) : null;
            List<GoldActor> actors = new ArrayList<>();
            for (JsonElement e : array(o, "actors")) {
                JsonObject a = e.getAsJsonObject();
                actors.add(new GoldActor(str(a, "name"), str(a, "type"), str(a, "code"), strings(a, "aliases"), bool(a, "optional")));
            }
            List<GoldItem> items = new ArrayList<>();
            for (JsonElement e : array(o, "meetings")) {
                JsonObject m = e.getAsJsonObject();
                items.add(new GoldItem("meetings", strings(m, "participants"), List.of(), str(m, "status"), date(m),
                        false, bool(m, "optional"), lists(m, "participants_any"), List.of()));
            }
            for (JsonElement e : array(o, "visits")) {
                JsonObject v = e.getAsJsonObject();
                items.add(new GoldItem("visits", List.of(str(v, "visitor")), List.of(str(v, "host")), str(v, "status"),
                        date(v), false, bool(v, "optional"), singletons(strings(v, "visitor_any")), strings(v, "host_any")));
            }
            for (JsonElement e : array(o, "disputes")) {
                JsonObject d = e.getAsJsonObject();
                items.add(new GoldItem("disputes", List.of(str(d, "source")), List.of(str(d, "target")), str(d, "kind"),
                        date(d), bool(d, "mutual"), bool(d, "optional"), singletons(strings(d, "source_any")), strings(d, "target_any")));
            }
            for (JsonElement e : array(o, "alliances")) {
                JsonObject a = e.getAsJsonObject();
                items.add(new GoldItem("alliances", strings(a, "members"), List.of(), str(a, "kind"), date(a),
                        false, bool(a, "optional"), lists(a, "members_any"), List.of()));
            }
            return new Gold(str(o, "article"), published, actors, items);
        } catch (IOException | RuntimeException e) {
            throw new EntenteException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String date(JsonObject o) {
        if (o.has("date")) return str(o, "date") + (o.has("time") ? "T" + str(o, "time") : "");
        List<String> range = strings(o, "date_range");
        return range.size() == 2 ? range.get(0) + "/" + range.get(1) : null;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    private static boolean bool(JsonObject o, String key) { return o.has(key) && o.get(key).getAsBoolean(); }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(o, key)) if (e.isJsonPrimitive()) out.add(e.getAsString());
        return out;
    }

    private static List<List<String>> lists(JsonObject o, String key) {
        List<List<String>> out = new ArrayList<>();
        for (JsonElement e : array(o, key)) {
            List<String> set = new ArrayList<>();
            if (e.isJsonArray()) e.getAsJsonArray().forEach(x -> set.add(x.getAsString()));
            else set.add(e.getAsString());
            out.add(set);
        }
        return out;
    }

    private static List<List<String>> singletons(List<String> names) {
        return names.stream().map(List::of).toList();
    }
}
