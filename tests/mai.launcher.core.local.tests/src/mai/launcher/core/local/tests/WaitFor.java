package mai.launcher.core.local.tests;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition, failing with what was awaited. */
final class WaitFor {

    private WaitFor() {
    }

    static void condition(String what, Callable<Boolean> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Thread.sleep(100);
        }
    }
}
