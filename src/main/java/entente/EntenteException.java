package entente;

/** The one unchecked exception of entente: bad input, a broken store, a failed validation. */
public class EntenteException extends RuntimeException {
    public EntenteException(String message) { super(message); }
    public EntenteException(String message, Throwable cause) { super(message, cause); }
}
