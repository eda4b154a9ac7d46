package entente.export;

import entente.EntenteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CAMEO event code of a PLOVER type and mode, from {@code entente/export/cameo-codes.tsv}, and CAMEO's quad
 * class of a code. Thread-safe.
 */
public final class CameoCodes {
    private record Row(String type, String mode, String code) {}

    private static final List<Row> ROWS = load();

    private CameoCodes() {}

    /** The CAMEO code of a PLOVER type with these modes: a mode's own code when the table has one, else the type's. */
    public static String code(String ploverType, List<String> modes) {
        for (Row r : ROWS)
            if (r.type.equals(ploverType) && (r.mode.equals("-") || modes.contains(r.mode))) return r.code;
        throw new EntenteException("no CAMEO code for PLOVER type " + ploverType);
    }

    /**
     * CAMEO's quad class of a code, by its two-digit root: 1 verbal cooperation (01–05), 2 material cooperation
     * (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
     */
    public static int quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) throw new IllegalArgumentException("not a CAMEO code: " + code);
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    private static List<Row> load() {
        String name = "/entente/export/cameo-codes.tsv";
        try (InputStream in = CameoCodes.class.getResourceAsStream(name)) {
            if (in == null) throw new EntenteException("missing resource " + name);
            List<Row> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) continue;
                String[] f = line.split("\t");
                rows.add(new Row(f[0], f[1], f[2]));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new EntenteException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
