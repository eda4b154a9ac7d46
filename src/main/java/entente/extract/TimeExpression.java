package entente.extract;

import java.util.Objects;

/**
 * When an event happened, as written and as resolved against the article's publication date.
 *
 * @param phrase the words of the text ("on Monday", "last week", "in May")
 * @param value  ISO 8601 value: a date "2023-06-19", a date-time "2023-06-19T16:30", a month "2023-05", an interval
 *               "2023-06-12/2023-06-18"; null when it cannot be resolved (no publication date)
 */
public record TimeExpression(String phrase, String value) {
    public TimeExpression {
        Objects.requireNonNull(phrase, "phrase");
    }

    public boolean isResolved() { return value != null; }
}
