package mai.launcher.ui.internal.dialogs;

import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.instance.InstanceNames;
import mai.launcher.ui.internal.Messages;

/** Checks an instance name as the user types: the naming rules, and the names the view shows already. */
public final class NameCheck {

    private NameCheck() {
    }

    /**
     * @param name       the name as typed
     * @param namesInUse the names of the instances
     * @param current    the instance's current name when renaming, else {@code null}
     * @return what is wrong, or empty
     */
    public static Optional<String> problem(String name, Set<String> namesInUse, String current) {
        Optional<String> problem = InstanceNames.problem(name);
        if (problem.isPresent()) {
            return problem;
        }
        boolean ownName = current != null && InstanceNames.same(current, name);
        if (!ownName && namesInUse.stream().anyMatch(n -> InstanceNames.same(n, name))) {
            return Optional.of(NLS.bind(Messages.nameInUse, InstanceNames.normalize(name)));
        }
        return Optional.empty();
    }
}
