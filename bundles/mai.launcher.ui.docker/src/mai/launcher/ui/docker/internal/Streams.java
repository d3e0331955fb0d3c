package mai.launcher.ui.docker.internal;

/** Ends the engine's streams (logs, stats, events) that the views follow. */
final class Streams {

    private Streams() {
    }

    /** @param stream a stream to end; {@code null} or one that has ended already is fine */
    static void close(AutoCloseable stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (Exception e) {
            // it ended with its container or the engine
        }
    }
}
