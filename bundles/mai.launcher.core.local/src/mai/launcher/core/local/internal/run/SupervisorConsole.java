package mai.launcher.core.local.internal.run;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * The console of a component this launcher runs: its pseudo-terminal, with the recent output replayed first. Two
 * consoles are equal when they show the same run of the component (a watchdog restart keeps it, a new start does not),
 * so a terminal knows when to reconnect.
 */
record SupervisorConsole(Supervisor supervisor) implements Console {

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> output) {
        return supervisor.attach(output);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void write(byte[] input) throws DeployException {
        supervisor.write(input);
    }

    @Override
    public void resize(int columns, int rows) {
        supervisor.resize(columns, rows);
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
