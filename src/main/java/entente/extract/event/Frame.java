package entente.extract.event;

/** How an event's roles are read from the words around its trigger; see triggers.tsv. */
enum Frame { MEET, VISIT, HOST, ACT, JOINT, NAMED, MEMBERSHIP }
