package entente.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line: ingest news into a TDB2 store, query it, export it, serve it with Fuseki.
 * {@code main} only runs the command and exits with its code, so tests call {@link #commandLine()} instead.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = EntenteCmd.Version.class,
        description = "A knowledge graph of diplomatic relations built from news.",
        subcommands = {
                DemoCmd.class, IngestCmd.class, QueryCmd.class, ExportCmd.class, StatsCmd.class, ValidateCmd.class,
                ServeCmd.class, EvalCmd.class, NerCmd.class, TrainNerCmd.class, TrainLemmasCmd.class, RetractCmd.class, RebuildCmd.class, SearchCmd.class,
                DocsCmd.class, BenchCmd.class, CommandLine.HelpCommand.class
        })
public final class EntenteCmd implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with entente's settings: output and errors to the given writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new EntenteCmd());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("entente: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("ENTENTE_DEBUG") != null) ex.printStackTrace(line.getErr());
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EntenteCmd.class.getPackage().getImplementationVersion();
            return new String[] {"entente " + (v == null ? "(development build)" : v)};
        }
    }
}
