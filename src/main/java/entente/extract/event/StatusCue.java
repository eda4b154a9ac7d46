package entente.extract.event;

/**
 * One line of status.tsv; {@code status} is a {@link entente.extract.Status} name or NEGATED.
 *
 * @param where where the cue is looked for around a trigger
 */
record StatusCue(TokenPattern pattern, String status, Where where) {
    /** Where a cue counts: before the trigger (after its subject), in the whole clause before it, or just after it. */
    enum Where { BEFORE, CLAUSE, AFTER }
}
