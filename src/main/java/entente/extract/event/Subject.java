package entente.extract.event;

/**
 * Who does what a trigger says: a group of the sentence; structural when the syntax names it (not a guess from the
 * clause), asked when it is the object of a verb of asking ("called on Iran to cooperate").
 */
record Subject(Group group, boolean structural, boolean asked) {
    Subject(Group group, boolean structural) { this(group, structural, false); }
}
