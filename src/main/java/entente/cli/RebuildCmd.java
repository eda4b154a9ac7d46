package entente.cli;

import entente.kg.ActorRegister;
import entente.kg.CanonicalEvents;
import entente.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente rebuild}: recomputes what ingest keeps up to date as it writes (the canonical events, the actor
 * register, the text index) from the article graphs, for a store filled by a bulk loader from {@code ingest
 * --out-nquads} parts.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Recompute the canonical events, the actor register and the text index from the article graphs,",
                "in one transaction: after bulk-loading N-Quads parts with tdb2.xloader."})
public final class RebuildCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            long[] texts = new long[1];
            s.write(() -> {
                CanonicalEvents.rebuild(s);
                ActorRegister.rebuild(s.dataset());
                texts[0] = s.reindexText();
            });
            spec.commandLine().getOut().printf("rebuilt the canonical events and the actor register; indexed %d text(s)%n", texts[0]);
        }
        return 0;
    }
}
