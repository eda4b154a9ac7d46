/**
 * Events from tagged sentences whose actor mentions are known: meetings, visits, disputes, alliances and agreements,
 * with roles, status, time, place, topic and evidence.
 *
 * <p>{@link entente.extract.event.EventExtractor} is the entry point; for each trigger a subject finder names who acts
 * and a status reader weighs the cue words around it; {@link entente.extract.event.TimeResolver} resolves time phrases
 * against a publication date. The rules are data under {@code entente/extract/event/}:
 * {@code triggers.tsv} (trigger words and how to read their roles), {@code status.tsv} (modality, negation and
 * cancellation cues) and {@code words.tsv} (small word classes: clause openers, topic markers, request nouns).
 */
package entente.extract.event;
