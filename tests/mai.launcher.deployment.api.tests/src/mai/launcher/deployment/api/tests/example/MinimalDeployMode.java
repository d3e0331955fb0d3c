package mai.launcher.deployment.api.tests.example;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentListener;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * The smallest deploy mode that keeps the contract: one step that writes a marker, one component that "runs" in
 * memory. A starting point for plugin authors, and the check that the contract tests themselves work.
 */
public final class MinimalDeployMode implements DeployMode {

    private final Map<String, ComponentState> states = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "minimal"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "最小示例" : "Minimal example"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String description(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "只用于测试的部署模式。" //$NON-NLS-1$
                : "A deploy mode for tests only."; //$NON-NLS-1$
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public List<DeployStep> plan(DeployRequest request) {
        return List.of(new DeployStep() {
            @Override
            public String id() {
                return "mark"; //$NON-NLS-1$
            }

            @Override
            public String label(Locale locale) {
                return "Marking the instance deployed"; //$NON-NLS-1$
            }

            @Override
            public void run(DeployContext context, IProgressMonitor monitor) {
                context.remember("deployed", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
    }

    @Override
    public List<Component> components(InstanceRef instance) {
        return List.of(new Component("main", "MaiBot", List.of(8000))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public ComponentRuntime runtime() {
        return new ComponentRuntime() {
            @Override
            public void start(InstanceRef instance, String componentId, IProgressMonitor monitor) {
                states.put(instance.id() + componentId, ComponentState.RUNNING);
            }

            @Override
            public void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) {
                states.remove(instance.id() + componentId);
            }

            @Override
            public ComponentStatus status(InstanceRef instance, String componentId) {
                ComponentState state = states.getOrDefault(instance.id() + componentId, ComponentState.STOPPED);
                return new ComponentStatus(instance.id(), componentId, state, OptionalLong.empty(), Instant.now(),
                        OptionalInt.empty(), Optional.empty(), 0);
            }

            @Override
            public Optional<Console> console(InstanceRef instance, String componentId) {
                return Optional.empty();
            }

            @Override
            public List<Path> logFiles(InstanceRef instance, String componentId) {
                return List.of();
            }

            @Override
            public AutoCloseable addListener(ComponentListener listener) {
                return () -> {
                };
            }
        };
    }
}
