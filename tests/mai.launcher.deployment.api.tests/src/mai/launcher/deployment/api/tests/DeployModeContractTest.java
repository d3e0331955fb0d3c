package mai.launcher.deployment.api.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * The contract every deploy mode keeps, ours and plugins' alike. Subclass it in your test bundle and say how to
 * make your mode; the tests need no network and run nothing.
 *
 * @since 1.0
 */
public abstract class DeployModeContractTest {

    @TempDir
    protected Path folder;

    /** @return the mode under test, as its bundle registers it */
    protected abstract DeployMode mode();

    /** @return options a typical request of this mode carries (repository, version, ...) */
    protected Map<String, String> typicalOptions() {
        return Map.of();
    }

    private InstanceRef instance() {
        return new InstanceRef("inst_0123456789ab", "contract", folder, typicalOptions()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void hasAWellFormedId() {
        assertTrue(mode().id().matches("[a-z][a-z0-9_.-]{0,63}"), mode().id()); //$NON-NLS-1$
    }

    @Test
    void speaksEnglishAndChinese() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertFalse(mode().label(locale).isBlank(), "label in " + locale); //$NON-NLS-1$
            assertFalse(mode().description(locale).isBlank(), "description in " + locale); //$NON-NLS-1$
        }
    }

    @Test
    void saysWhyWhenUnavailable() {
        Availability availability = mode().availability();
        assertNotNull(availability);
        if (!availability.available()) {
            assertFalse(availability.reason().isBlank(), "an unavailable mode says why"); //$NON-NLS-1$
            assertFalse(availability.fix().isBlank(), "an unavailable mode says what to do"); //$NON-NLS-1$
        }
    }

    @Test
    void plansNamedWeightedSteps() throws Exception {
        List<DeployStep> steps = mode().plan(new DeployRequest(instance(), typicalOptions()));
        assertFalse(steps.isEmpty(), "a deployment has steps"); //$NON-NLS-1$
        Set<String> ids = new HashSet<>();
        for (DeployStep step : steps) {
            assertTrue(ids.add(step.id()), "step ids are unique: " + step.id()); //$NON-NLS-1$
            assertFalse(step.id().isBlank());
            assertFalse(step.label(Locale.ENGLISH).isBlank(), step.id());
            assertTrue(step.weight() >= 1, step.id());
        }
    }

    @Test
    void namesItsComponents() {
        List<Component> components = mode().components(instance());
        assertFalse(components.isEmpty(), "an instance has components"); //$NON-NLS-1$
        Set<String> ids = new HashSet<>();
        for (Component component : components) {
            assertTrue(ids.add(component.id()), "component ids are unique: " + component.id()); //$NON-NLS-1$
            assertFalse(component.label().isBlank());
            component.ports().forEach(port -> assertTrue(port > 0 && port < 65536, component.id() + ": " + port));
        }
    }

    @Test
    void aComponentNeverStartedIsStoppedAndStoppingItIsHarmless() throws Exception {
        for (Component component : mode().components(instance())) {
            ComponentStatus status = mode().runtime().status(instance(), component.id());
            assertEquals(ComponentState.STOPPED, status.state(), component.id());
            assertEquals(instance().id(), status.instanceId());
            assertEquals(component.id(), status.componentId());
            assertDoesNotThrow(() -> mode().runtime().stop(instance(), component.id(), new NullProgressMonitor()));
            assertTrue(mode().runtime().console(instance(), component.id()).map(c -> !c.interactive()).orElse(true),
                    "no interactive console without a process"); //$NON-NLS-1$
            assertNotNull(mode().runtime().logFiles(instance(), component.id()));
        }
    }

    @Test
    void listenersCanBeRemoved() throws Exception {
        AutoCloseable listener = mode().runtime().addListener(status -> {
        });
        assertNotNull(listener);
        listener.close();
    }
}
