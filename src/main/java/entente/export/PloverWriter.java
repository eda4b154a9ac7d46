package entente.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes events as PLOVER JSON Lines, one event a line, with the fields of the PLOVER manual's JSON table that
 * entente knows: {@code id, date, time, enddate, event_type, mode, context, actor, recipient, event_text, link,
 * quad_code, event_scale}, and two of its own (allowed by the manual): {@code status} and {@code date_source}.
 * Entities carry {@code entity_name}, {@code entity_type}, {@code country_code} (ISO alpha-3) and {@code wikidata_id}.
 * {@code context} is always empty: entente does not classify contexts.
 */
public final class PloverWriter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private PloverWriter() {}

    /** One JSON line per event. */
    public static void write(List<ExportEvent> events, PrintWriter out) {
        for (ExportEvent e : events) out.println(GSON.toJson(json(e)));
        out.flush();
    }

    static JsonObject json(ExportEvent e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("date", e.date());
        if (e.time() != null) o.addProperty("time", e.time());
        if (e.endDate() != null) o.addProperty("enddate", e.endDate());
        o.addProperty("date_source", e.dated() ? "event" : "publication");
        o.addProperty("event_type", e.ploverType());
        o.add("mode", strings(e.modes()));
        o.add("context", new JsonArray());
        o.addProperty("status", e.status().toLowerCase());
        o.add("actor", entities(e.actors()));
        o.add("recipient", entities(e.recipients()));
        o.add("event_text", strings(e.sentences()));
        o.addProperty("link", e.link());
        o.addProperty("quad_code", CameoCodes.quadClass(CameoCodes.code(e.ploverType(), e.modes())));
        o.addProperty("event_scale", e.score());
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonArray entities(List<ExportEntity> entities) {
        JsonArray a = new JsonArray();
        for (ExportEntity x : entities) {
            JsonObject o = new JsonObject();
            o.addProperty("entity_name", x.name());
            o.addProperty("entity_type", x.kind());
            o.addProperty("country_code", x.countryCode());
            o.addProperty("wikidata_id", x.wikidataId());
            o.addProperty("iri", x.iri());
            a.add(o);
        }
        return a;
    }
}
