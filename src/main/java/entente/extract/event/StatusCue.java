package entente.extract.event;

/** One line of status.tsv; {@code status} is a {@link entente.extract.Status} name or NEGATED. */
record StatusCue(TokenPattern pattern, String status, boolean after) {}
