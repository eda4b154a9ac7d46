package entente.extract;

import java.util.Objects;

/**
 * A post an article says a person holds: "Chinese President Xi Jinping", "Qin Gang, the foreign minister of China".
 *
 * @param personId  the holder's {@link Actor#id()}
 * @param postKey   normalised post, a key of the post list ("president", "foreign-minister", "ambassador", ...)
 * @param postLabel the normalised post's label ("Foreign Minister")
 * @param ofActorId the country or organisation the post belongs to, or null when the text does not say
 * @param mention   the words that state the post, as written
 * @param sentence  index of the sentence that states it
 */
public record PostHolding(String personId, String postKey, String postLabel, String ofActorId, String mention, int sentence) {
    public PostHolding {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(postKey, "postKey");
        Objects.requireNonNull(postLabel, "postLabel");
    }
}
