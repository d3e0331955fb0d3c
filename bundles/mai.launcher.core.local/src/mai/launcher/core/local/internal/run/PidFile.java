package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.AtomicWrite;

/**
 * A running component's pid and start time, in {@code run/<component>.pid}, so a launcher started later finds it
 * again. The start time tells the process apart from another that got the same pid after a reboot.
 */
final class PidFile {

    /** What a pid file records. */
    record Entry(long pid, Instant started) {

        /** @return the process, if it still runs and is the one recorded */
        Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.info().startInstant()
                    .map(s -> Duration.between(s, started).abs().toMillis() < 2000).orElse(true));
        }
    }

    private PidFile() {
    }

    static void write(Path file, ProcessHandle process) throws IOException {
        Instant started = process.info().startInstant().orElse(Instant.now());
        AtomicWrite.string(file, process.pid() + "\n" + started + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Optional<Entry> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return Optional.of(new Entry(Long.parseLong(lines.get(0).strip()), Instant.parse(lines.get(1).strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is recognised by its start time
        }
    }
}
