package entente.extract.event;

import entente.extract.EventClass;

/** One line of triggers.tsv: the words that signal an event and how to read it. */
record Trigger(TokenPattern pattern, EventClass eventClass, String ploverType, String mode, Frame frame) {}
