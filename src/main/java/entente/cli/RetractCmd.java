package entente.cli;

import entente.Ingester;
import entente.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente retract URL...}: removes articles and their support for canonical events. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Remove articles (by the URL or path they were ingested from) and their support for canonical events.")
public final class RetractCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Locator of an ingested article.")
    List<String> locators;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int missing = 0;
        try (Store s = store.open()) {
            for (String locator : locators) {
                if (Ingester.retract(s, locator)) out.println("retracted " + locator);
                else {
                    missing++;
                    spec.commandLine().getErr().println("not in the store: " + locator);
                }
            }
        }
        return missing == 0 ? 0 : 1;
    }
}
