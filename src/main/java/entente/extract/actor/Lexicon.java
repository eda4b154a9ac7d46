package entente.extract.actor;

import entente.extract.ActorType;
import entente.nlp.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * What actor extraction needs to know about names of the world: countries, capitals, organisations, places,
 * demonyms and posts. Backed by the gazetteers in production; tests may supply a small one.
 */
public interface Lexicon {
    /**
     * A known name in a sentence: tokens {@code [from, to)}. A capital is already resolved: its state when used as
     * a metonym ("Beijing said"), the city when used as a place ("a trip to Beijing").
     *
     * @param actorId     "country/CHN", "org/nato", "place/south-china-sea", "place/beijing"
     * @param name        the actor's preferred label
     * @param type        the actor's type
     * @param countryCode the ISO alpha-3 code of the country it is or belongs to, or null
     * @param wikidata    Wikidata id where certain, else null
     */
    record Hit(int from, int to, String actorId, String name, ActorType type, String countryCode, String wikidata) {}

    /**
     * A normalised post.
     *
     * @param key        "foreign-minister"
     * @param label      "Foreign Minister"
     * @param headOfState true for heads of state or government, which "the Chinese leader" refers to
     */
    record Post(String key, String label, boolean headOfState) {}

    /** Known names in the sentence, longest first, not overlapping, in token order. */
    List<Hit> names(Sentence sentence);

    /** The country of a demonym or adjective ("Chinese" → its country hit), if the token is one. */
    Optional<Hit> demonym(String token);

    /** The country or organisation with this actor id ("country/USA"), for labels. */
    Optional<Hit> byId(String actorId);

    /** The post that the lower-case words {@code words[from, to)} name exactly, if any ("secretary of state"). */
    Optional<Post> post(List<String> words);

    /** False only when no post phrase starts with this lower-case word: lets callers skip most tokens at once. */
    default boolean mayStartPost(String word) { return true; }

    /** The longest number of words a post phrase has. */
    int longestPost();

    /** True for honorifics and titles that are not part of a person's name ("Mr.", "Dr.", "Gen."). */
    boolean isHonorific(String token);
}
