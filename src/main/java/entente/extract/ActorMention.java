package entente.extract;

import java.util.Objects;

/**
 * One place where the text refers to an actor: a name, a surname, a description or a pronoun.
 *
 * @param actorId    the {@link Actor#id()} referred to
 * @param sentence   index of the sentence
 * @param tokenStart first token of the mention in its sentence
 * @param tokenEnd   token after the last one
 * @param start      character offset in the article text
 * @param end        character offset after the mention
 * @param text       the mention as written
 */
public record ActorMention(String actorId, int sentence, int tokenStart, int tokenEnd, int start, int end, String text) {
    public ActorMention {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(text, "text");
        if (tokenEnd <= tokenStart || start < 0 || end < start) throw new IllegalArgumentException("bad mention span");
    }
}
