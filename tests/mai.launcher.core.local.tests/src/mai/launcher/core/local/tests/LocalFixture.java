package mai.launcher.core.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeMaiBot;

/** A data folder with the launcher's services, set to deploy from a {@link FakeMaiBot}, and helpers. */
final class LocalFixture implements AutoCloseable {

    final DataFolderFixture folder = DataFolderFixture.create();
    final InstanceRegistry instances = DataFolderFixture.service(InstanceRegistry.class);
    final DeploymentService deployments = DataFolderFixture.service(DeploymentService.class);
    final InstanceRuntime runtime = DataFolderFixture.service(InstanceRuntime.class);
    final Settings settings = DataFolderFixture.service(Settings.class);
    private final FakeMaiBot bot;

    LocalFixture(FakeMaiBot bot) throws LauncherException {
        this.bot = bot;
        settings.set("pip.wheel-folder", bot.wheels().toString()); //$NON-NLS-1$
        settings.set("repository.adapter", bot.adapterUrl()); //$NON-NLS-1$
        settings.set("watchdog.restarts", "0"); //$NON-NLS-1$ //$NON-NLS-2$
        settings.set("process.stop-timeout", "5"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Instance create(String name, Map<String, String> extra) throws LauncherException {
        Map<String, String> options = new HashMap<>();
        options.put(DeployRequest.REPOSITORY, bot.maibotUrl());
        options.put(DeployRequest.PORT, String.valueOf(freePort()));
        options.put(DeployRequest.WEBUI_PORT, String.valueOf(freePort()));
        options.putAll(extra);
        return instances.create(new InstanceSpec(name, "local", "", options)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Creates and deploys an instance, accepting the terms; fails if the deployment does not complete. */
    Instance deployed(String name, Map<String, String> extra) throws LauncherException {
        Instance instance = create(name, extra);
        Deployment deployment = deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                new NullProgressMonitor());
        assertEquals(DeploymentStatus.COMPLETED, deployment.status(), deployment.error().orElse("")); //$NON-NLS-1$
        return instances.get(instance.id()).orElseThrow();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects what a console prints. */
    static final class Output implements AutoCloseable {
        private final StringBuffer text = new StringBuffer();
        private final CopyOnWriteArrayList<String> chunks = new CopyOnWriteArrayList<>();
        private final AutoCloseable subscription;

        Output(Console console) {
            subscription = console.subscribe(bytes -> {
                String chunk = new String(bytes, StandardCharsets.UTF_8);
                chunks.add(chunk);
                text.append(chunk);
            });
        }

        String text() {
            return text.toString();
        }

        void await(Predicate<String> condition, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!condition.test(text())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not seen within " + timeout + " in:\n" + text()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                sleep(50);
            }
        }

        @Override
        public void close() throws Exception {
            subscription.close();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        runtime.stopAll(new NullProgressMonitor());
        folder.close();
    }
}
