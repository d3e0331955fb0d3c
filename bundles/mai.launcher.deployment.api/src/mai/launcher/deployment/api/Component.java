package mai.launcher.deployment.api;

import java.util.List;
import java.util.Objects;

/**
 * A part of an instance that runs on its own: MaiBot itself, the 0.x adapter, NapCat.
 *
 * @param id    the component's id: {@value #MAIBOT}, {@value #ADAPTER}, {@value #NAPCAT} or a mode's own
 * @param label its name for the user
 * @param ports the TCP ports it listens on, checked to be free before it starts
 * @since 1.0
 */
public record Component(String id, String label, List<Integer> ports) {

    /** MaiBot ({@code bot.py}); the old launcher's {@code main}. */
    public static final String MAIBOT = "main"; //$NON-NLS-1$
    /** The MaiBot-NapCat adapter of MaiBot 0.x ({@code main.py}); the old launcher's {@code napcat-ada}. */
    public static final String ADAPTER = "napcat-ada"; //$NON-NLS-1$
    /** NapCat, the QQ backend. */
    public static final String NAPCAT = "napcat"; //$NON-NLS-1$

    /** Checks for {@code null}s and freezes the ports. */
    public Component {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        ports = List.copyOf(ports);
    }
}
