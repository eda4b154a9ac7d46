package entente.kg;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the PLOVER event types and modes and of the CAMEO codes, as declared in {@code ontology/plover.ttl}.
 *
 * <pre>
 *     model.add(event, ENT.eventType, PLOVER.type("CONSULT"));
 *     model.add(event, ENT.mode, PLOVER.mode("visit"));
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PLOVER {
    private PLOVER() {}

    /** Namespace of the event types: {@code TYPE_NS + "CONSULT"}. */
    public static final String TYPE_NS = "https://w3id.org/entente/plover/type/";
    /** Namespace of the modes: {@code MODE_NS + "visit"}. */
    public static final String MODE_NS = "https://w3id.org/entente/plover/mode/";
    /** Namespace of the CAMEO codes, which have no official IRIs: {@code CAMEO_NS + "040"}. */
    public static final String CAMEO_NS = "https://w3id.org/entente/cameo/";

    /** The concept scheme of the sixteen event types. */
    public static final Resource TYPE_SCHEME = ResourceFactory.createResource("https://w3id.org/entente/plover/type");
    /** The concept scheme of the modes. */
    public static final Resource MODE_SCHEME = ResourceFactory.createResource("https://w3id.org/entente/plover/mode");
    /** The concept scheme of the CAMEO codes. */
    public static final Resource CAMEO_SCHEME = ResourceFactory.createResource("https://w3id.org/entente/cameo");

    /** The sixteen PLOVER event types, from the most cooperative families to the most conflictual. */
    public static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Pattern MODE = Pattern.compile("[a-z][a-z-]*");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

    /**
     * The concept of a PLOVER event type.
     *
     * @throws IllegalArgumentException if the notation is not one of the sixteen types (case is ignored)
     */
    public static Resource type(String notation) {
        String name = notation.trim().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(name)) throw new IllegalArgumentException("not a PLOVER event type: " + notation);
        return ResourceFactory.createResource(TYPE_NS + name);
    }

    /**
     * The concept of a PLOVER mode ("visit", "phone", "multilateral", "host").
     *
     * @throws IllegalArgumentException if the name is not a lower-case word with hyphens (case is ignored)
     */
    public static Resource mode(String mode) {
        String name = mode.trim().toLowerCase(Locale.ROOT);
        if (!MODE.matcher(name).matches()) throw new IllegalArgumentException("not a PLOVER mode name: " + mode);
        return ResourceFactory.createResource(MODE_NS + name);
    }

    /**
     * The concept of a CAMEO event code ("040", "0311").
     *
     * @throws IllegalArgumentException if the code is not two to four digits
     */
    public static Resource cameo(String code) {
        String c = code.trim();
        if (!CAMEO.matcher(c).matches()) throw new IllegalArgumentException("not a CAMEO code: " + code);
        return ResourceFactory.createResource(CAMEO_NS + c);
    }
}
