package entente.cli;

import entente.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that opens the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/store")
    Path dir = Store.DEFAULT_LOCATION;

    Store open() { return Store.open(dir); }
}
