package entente.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes the flat temporary folders that jqwik containers make (jqwik has no @TempDir for containers). */
public final class TempDirs {
    private TempDirs() {}

    /** Deletes the files of a flat folder, then the folder. */
    public static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }
}
