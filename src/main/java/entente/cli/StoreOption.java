package entente.cli;

import entente.kg.ActorRegister;
import entente.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that opens the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/store")
    Path dir = Store.DEFAULT_LOCATION;

    /** Opens the store; one written before the actor register existed gets its register first. */
    Store open() {
        Store store = Store.open(dir);
        if (ActorRegister.ensure(store)) System.err.println("entente: built the actor register of " + dir + " (once)");
        return store;
    }
}
