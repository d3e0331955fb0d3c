package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outputs of {@code wsl.exe} in {@code testdata/}: UTF-16LE bytes as it writes them to a pipe, with and without a
 * byte order mark, in English and Chinese. Windows and WSL cannot run where these tests run (Linux CI), so the
 * outputs are files made in WSL's format; see {@code testdata/README.md}.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** @return the folder with the outputs (the build passes it; the module's own folder otherwise) */
    static Path folder() {
        return Path.of(System.getProperty("mai.wsl.testdata", "testdata")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return WslText.decode(bytes(name));
    }
}
