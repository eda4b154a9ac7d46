package entente.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes events as a GDELT-like tab-separated table, one row per actor and recipient pair (an event without a
 * recipient gives one row with empty Actor2 columns). Columns, with GDELT's names: {@value #HEADER}.
 * {@code GoldsteinScale} holds PLOVER's cooperation–conflict score, which the PLOVER manual designs to splice
 * with Goldstein scores; it is not the Goldstein value of the CAMEO code.
 */
public final class CameoWriter {
    /** The header row. */
    public static final String HEADER =
            "SQLDATE\tActor1Name\tActor1CountryCode\tActor2Name\tActor2CountryCode\tEventCode\tQuadClass\tGoldsteinScale\tSOURCEURL";

    private CameoWriter() {}

    /** The header, then the rows of every event. */
    public static void write(List<ExportEvent> events, PrintWriter out) {
        out.println(HEADER);
        for (ExportEvent e : events)
            for (String row : rows(e)) out.println(row);
        out.flush();
    }

    static List<String> rows(ExportEvent e) {
        String code = CameoCodes.code(e.ploverType(), e.modes());
        String tail = code + "\t" + CameoCodes.quadClass(code) + "\t" + e.score() + "\t" + clean(e.link());
        String date = e.date().replace("-", "");
        List<ExportEntity> recipients = e.recipients().isEmpty() ? java.util.Collections.singletonList(null) : e.recipients();
        List<String> rows = new ArrayList<>();
        for (ExportEntity a : e.actors())
            for (ExportEntity r : recipients)
                rows.add(date + "\t" + name(a) + "\t" + country(a) + "\t" + name(r) + "\t" + country(r) + "\t" + tail);
        return rows;
    }

    private static String name(ExportEntity x) { return x == null ? "" : clean(x.name()); }

    private static String country(ExportEntity x) { return x == null ? "" : clean(x.countryCode()); }

    /** Tabs and line breaks would break the table. */
    private static String clean(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " "); }
}
