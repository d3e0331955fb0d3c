package mai.launcher.core.storage.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * Watches the database's folder and calls back when the database file or its WAL changes. The watch is the file
 * system's (inotify on Linux); if the folder cannot be watched, it falls back to checking every two seconds.
 */
final class ChangeWatcher implements AutoCloseable {

    /** Changes arriving within this time are handled once. */
    private static final long COALESCE_MILLIS = 40;
    private static final long FALLBACK_MILLIS = 2000;

    private final Path folder;
    private final String fileName;
    private final Runnable onChange;
    private final Thread thread;
    private volatile WatchService watchService;
    private volatile boolean closed;

    ChangeWatcher(Path file, Runnable onChange) {
        this.folder = file.getParent();
        this.fileName = file.getFileName().toString();
        this.onChange = onChange;
        this.thread = new Thread(this::run, "MAI Launcher database watcher"); //$NON-NLS-1$
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            WatchService service = folder.getFileSystem().newWatchService();
            watchService = service;
            if (closed) {
                service.close();
                return;
            }
            folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (ClosedWatchServiceException e) {
            return; // closed while starting
        } catch (IOException | UnsupportedOperationException e) {
            ILog.of(getClass()).log(Status.warning("Cannot watch " + folder + "; checking for changes every 2 s", e)); //$NON-NLS-1$ //$NON-NLS-2$
            poll();
            return;
        }
        try {
            while (!closed) {
                WatchKey key = watchService.take();
                boolean relevant = drain(key);
                key.reset();
                if (relevant) {
                    Thread.sleep(COALESCE_MILLIS);
                    WatchKey more;
                    while ((more = watchService.poll()) != null) {
                        drain(more);
                        more.reset();
                    }
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object context = event.context();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || context instanceof Path path && path.toString().startsWith(fileName);
        }
        return relevant;
    }

    private void poll() {
        try {
            while (!closed) {
                TimeUnit.MILLISECONDS.sleep(FALLBACK_MILLIS);
                onChange.run();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        closed = true;
        WatchService service = watchService;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
        thread.interrupt();
    }
}
