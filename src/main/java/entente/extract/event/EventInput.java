package entente.extract.event;

import entente.extract.Actor;
import entente.extract.ActorMention;
import entente.nlp.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the event extractor reads: an article's tagged sentences, every resolved actor mention, the actors by id and
 * the publication date (null when unknown, in which case times keep only their phrase).
 */
public record EventInput(List<Sentence> sentences, List<ActorMention> mentions, Map<String, Actor> actors, LocalDate published) {
    public EventInput {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        actors = Map.copyOf(actors);
    }
}
