package mai.launcher.core.local.internal.run;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/** The console of a component this launcher runs: its pseudo-terminal, with the recent output replayed first. */
final class SupervisorConsole implements Console {

    private final Supervisor supervisor;

    SupervisorConsole(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

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
