package mai.launcher.core.p2.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** p2's statuses as one readable text: the messages of the problems, without repeats. */
final class Statuses {

    private Statuses() {
    }

    static String describe(IStatus status) {
        Set<String> messages = new LinkedHashSet<>();
        collect(status, messages);
        if (messages.isEmpty() && status.getMessage() != null) {
            messages.add(status.getMessage());
        }
        return String.join("; ", messages); //$NON-NLS-1$
    }

    private static void collect(IStatus status, Set<String> messages) {
        if (status.isOK()) {
            return;
        }
        if (!status.isMultiStatus() || status.getChildren().length == 0) {
            String message = status.getMessage();
            if (status.getException() != null && status.getException().getMessage() != null
                    && !status.getException().getMessage().equals(message)) {
                message = message + " (" + status.getException().getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            // p2's engine names its phase ("session context was:(profile=..., phase=...)"): nothing for a user.
            message = message.replaceAll("\\s*session context was:\\(.*?\\)\\.?", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
            if (!message.isEmpty()) {
                messages.add(message);
            }
            return;
        }
        for (IStatus child : status.getChildren()) {
            collect(child, messages);
        }
    }
}
