package entente.extract.event;

import entente.extract.ActorMention;
import java.util.List;

/**
 * Actor mentions read as one noun phrase: "A", "A and B", "A, B, and C", with any apposition absorbed
 * ("Wang Yi, China's top diplomat,"). Tokens {@code [start, end)} cover the whole phrase.
 *
 * @param possessor true when the phrase is followed by "'s" ("Blinken's visit")
 */
record Group(List<ActorMention> members, int start, int end, boolean possessor) {
    Group {
        members = List.copyOf(members);
    }
}
