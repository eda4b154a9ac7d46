package entente.nlp.gazetteer;

import entente.EntenteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A gazetteer data file: UTF-8, tab-separated, '#' lines and blank lines ignored, the first other line naming the
 * columns. Lists inside a cell are separated by '|'.
 */
final class TsvTable {
    private TsvTable() {}

    /** One data row, read by column name; a missing trailing cell reads as "". */
    record Row(String file, int line, Map<String, Integer> columns, String[] cells) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) throw new EntenteException(file + ": no column " + column);
            return i < cells.length ? cells[i].strip() : "";
        }

        /** The cell, or null when empty. */
        String optional(String column) {
            String v = get(column);
            return v.isEmpty() ? null : v;
        }

        /** The cell required non-empty. */
        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw new EntenteException(file + " line " + line + ": empty " + column);
            return v;
        }

        /** The cell split at '|', items trimmed, empty items dropped. */
        List<String> list(String column) {
            return Arrays.stream(get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The rows of a classpath resource. */
    static List<Row> read(String resource) {
        return lines(resource, lines -> {
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    var header = new java.util.LinkedHashMap<String, Integer>();
                    for (int i = 0; i < cells.length; i++) header.put(cells[i].strip(), i);
                    columns = Map.copyOf(header);
                } else {
                    rows.add(new Row(resource, n + 1, columns, cells));
                }
            }
            return rows;
        });
    }

    /** The non-comment, non-blank lines of a classpath resource, trimmed. */
    static List<String> readLines(String resource) {
        return lines(resource, lines -> lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }

    private static <T> T lines(String resource, Function<List<String>, T> parse) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new EntenteException("gazetteer file not on the classpath: " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse.apply(reader.lines().toList());
        } catch (IOException e) {
            throw new EntenteException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
