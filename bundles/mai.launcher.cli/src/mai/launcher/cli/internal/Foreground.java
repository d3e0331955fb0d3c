package mai.launcher.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * Runs an instance's components in the foreground of the command line, as {@code docker compose up} does: their
 * output is printed, what is typed goes to MaiBot, and Ctrl+C stops them gracefully. The command ends when they
 * do. (The bots live in this process's pseudo-terminals; to keep them running, use the workbench or nohup.)
 */
final class Foreground {

    private static final long POLL_MILLIS = 500;

    private final Terminal terminal;
    private final InstanceRuntime runtime;
    private final Instance instance;
    private final Optional<String> component;

    Foreground(Terminal terminal, InstanceRuntime runtime, Instance instance, Optional<String> component) {
        this.terminal = terminal;
        this.runtime = runtime;
        this.instance = instance;
        this.component = component;
    }

    int run(boolean restart) throws LauncherException {
        if (restart) {
            runtime.restart(instance.id(), component, null);
        } else {
            runtime.start(instance.id(), component, null);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopOnExit = new Thread(() -> {
            try {
                runtime.stop(instance.id(), component, null);
            } catch (LauncherException e) {
                terminal.err().println(Messages.prefix + e.getMessage());
            }
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        List<AutoCloseable> subscriptions = new ArrayList<>();
        try {
            Optional<Console> input = Optional.empty();
            for (var c : runtime.components(instance.id())) {
                if (component.isPresent() && !component.get().equals(c.id())) {
                    continue;
                }
                Optional<Console> console = runtime.console(instance.id(), c.id());
                if (console.isPresent()) {
                    subscriptions.add(console.get().subscribe(this::print));
                    input = input.or(() -> console.filter(Console::interactive));
                }
            }
            terminal.err().println(NLS.bind(Messages.runningForeground, instance.name()));
            input.ifPresent(this::forwardInput);
            return awaitEnd();
        } finally {
            subscriptions.forEach(Foreground::close);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                awaitQuietly(stopped);
            }
        }
    }

    private void print(byte[] chunk) {
        terminal.out().write(chunk, 0, chunk.length);
        terminal.out().flush();
    }

    /** Lines typed in this terminal go to MaiBot, as if typed in its own. */
    private void forwardInput(Console console) {
        Thread.ofVirtual().start(() -> {
            try {
                String line;
                while ((line = terminal.in().readLine()) != null) {
                    console.write((line + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
                }
            } catch (IOException | DeployException e) {
                // the component ended, or there is no input
            }
        });
    }

    /** @return 0 when the components were stopped, 1 when they failed */
    private int awaitEnd() throws LauncherException {
        while (true) {
            List<ComponentStatus> statuses = runtime.status(instance.id()).stream()
                    .filter(s -> component.isEmpty() || component.get().equals(s.componentId())).toList();
            boolean active = statuses.stream().anyMatch(s -> s.state() == ComponentState.RUNNING
                    || s.state() == ComponentState.STARTING || s.state() == ComponentState.STOPPING);
            if (!active) {
                boolean failed = statuses.stream().anyMatch(s -> s.state() == ComponentState.FAILED);
                statuses.stream().filter(s -> s.state() == ComponentState.FAILED)
                        .forEach(s -> terminal.err().println(Messages.prefix + s.componentId() + ": " //$NON-NLS-1$
                                + s.detail().orElse(""))); //$NON-NLS-1$
                return failed ? CommandLine.FAILED : CommandLine.OK;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CommandLine.FAILED;
            }
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            // the console is gone
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
