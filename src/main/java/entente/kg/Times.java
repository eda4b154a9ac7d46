package entente.kg;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** Writes a resolved ISO 8601 time value as {@code ent:date} plus typed SEM time stamps. */
final class Times {
    private Times() {}

    /** "2023-06-19", "2023-06-19T16:30", "2023-05" or an interval "2023-06-12/2023-06-18". */
    static void addTo(Resource event, String value) {
        event.addProperty(ENT.date, value);
        int slash = value.indexOf('/');
        if (slash > 0) {
            stamp(event, ENT.SEM.hasBeginTimeStamp, value.substring(0, slash));
            stamp(event, ENT.SEM.hasEndTimeStamp, value.substring(slash + 1));
        } else {
            stamp(event, ENT.SEM.hasTimeStamp, value);
        }
    }

    private static void stamp(Resource event, Property p, String v) {
        Literal l = typed(event, v);
        if (l != null) event.addLiteral(p, l);
    }

    /** The value as xsd:dateTime, xsd:date, xsd:gYearMonth or xsd:gYear; null when it is none of those. */
    static Literal typed(Resource r, String v) {
        var m = r.getModel();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) return m.createTypedLiteral(v + ":00", XSDDatatype.XSDdateTime);
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*")) return m.createTypedLiteral(v, XSDDatatype.XSDdateTime);
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return m.createTypedLiteral(v, XSDDatatype.XSDdate);
        if (v.matches("\\d{4}-\\d{2}")) return m.createTypedLiteral(v, XSDDatatype.XSDgYearMonth);
        if (v.matches("\\d{4}")) return m.createTypedLiteral(v, XSDDatatype.XSDgYear);
        return null;
    }
}
