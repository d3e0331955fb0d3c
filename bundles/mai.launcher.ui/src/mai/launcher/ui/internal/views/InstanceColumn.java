package mai.launcher.ui.internal.views;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.Messages;

/** The columns of the Instances table: title, width, text and sort order. */
enum InstanceColumn {
    NAME(Messages.columnName, 220, Instance::name,
            Comparator.comparing(Instance::name, String.CASE_INSENSITIVE_ORDER)),
    MODE(Messages.columnMode, 130, i -> DeployModeIds.label(i.deployMode()),
            Comparator.comparing(i -> DeployModeIds.label(i.deployMode()))),
    STATUS(Messages.columnStatus, 120, i -> i.status().label(), Comparator.comparing(Instance::status)),
    CREATED(Messages.columnCreated, 160, i -> time(i.createdAt()),
            Comparator.comparing(i -> i.createdAt().orElse(LocalDateTime.MIN)));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    final String title;
    final int width;
    final Function<Instance, String> text;
    final Comparator<Instance> order;

    InstanceColumn(String title, int width, Function<Instance, String> text, Comparator<Instance> order) {
        this.title = title;
        this.width = width;
        this.text = text;
        // Ties keep a stable order: by creation, then id.
        this.order = order.thenComparing(i -> i.createdAt().orElse(LocalDateTime.MIN)).thenComparing(Instance::id);
    }

    static String time(Optional<LocalDateTime> time) {
        return time.map(TIME::format).orElse(""); //$NON-NLS-1$
    }
}
