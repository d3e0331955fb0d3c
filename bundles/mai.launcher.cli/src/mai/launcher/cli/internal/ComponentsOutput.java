package mai.launcher.cli.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentStatus;

/** {@code instance status} and {@code instance logs}: what runs, and what it printed. */
final class ComponentsOutput {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());
    private static final long FOLLOW_POLL_MILLIS = 250;

    private ComponentsOutput() {
    }

    static int status(Terminal terminal, InstanceRuntime runtime, Instance instance, boolean json)
            throws LauncherException, IOException {
        List<ComponentStatus> statuses = runtime.status(instance.id());
        if (json) {
            try (JsonGenerator out = new JsonFactory().createGenerator(Unclosable.of(terminal.out()))
                    .useDefaultPrettyPrinter()) {
                out.writeStartObject();
                out.writeStringField("id", instance.id()); //$NON-NLS-1$
                out.writeStringField("name", instance.name()); //$NON-NLS-1$
                out.writeStringField("status", instance.status().id()); //$NON-NLS-1$
                out.writeArrayFieldStart("components"); //$NON-NLS-1$
                for (ComponentStatus s : statuses) {
                    out.writeStartObject();
                    out.writeStringField("id", s.componentId()); //$NON-NLS-1$
                    out.writeStringField("state", s.state().id()); //$NON-NLS-1$
                    if (s.pid().isPresent()) {
                        out.writeNumberField("pid", s.pid().getAsLong()); //$NON-NLS-1$
                    }
                    out.writeStringField("since", TIME.format(s.since())); //$NON-NLS-1$
                    if (s.exitCode().isPresent()) {
                        out.writeNumberField("exitCode", s.exitCode().getAsInt()); //$NON-NLS-1$
                    }
                    out.writeStringField("detail", s.detail().orElse(null)); //$NON-NLS-1$
                    out.writeNumberField("restarts", s.restarts()); //$NON-NLS-1$
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            terminal.out().println();
            return CommandLine.OK;
        }
        terminal.out().println(instance.name() + " (" + instance.id() + "): " + instance.status().label()); //$NON-NLS-1$ //$NON-NLS-2$
        TextTable table = new TextTable(Messages.columnComponent, Messages.columnState, Messages.columnPid,
                Messages.columnSince, Messages.columnDetail);
        for (ComponentStatus s : statuses) {
            table.add(s.componentId(), s.state().id(), s.pid().isPresent() ? String.valueOf(s.pid().getAsLong()) : "-", //$NON-NLS-1$
                    TIME.format(s.since()), s.detail().orElse("")); //$NON-NLS-1$
        }
        table.print(terminal.out());
        return CommandLine.OK;
    }

    static int logs(Terminal terminal, InstanceRuntime runtime, Instance instance, Optional<String> componentId,
            int lines, boolean follow) throws LauncherException, IOException {
        String component = componentId.orElse(Component.MAIBOT);
        List<Path> files = runtime.logFiles(instance.id(), component);
        for (String line : lastLines(files, lines)) {
            terminal.out().println(line);
        }
        terminal.out().flush();
        if (follow) {
            follow(terminal, files.get(0));
        }
        return CommandLine.OK;
    }

    /** The last lines of a log and its rotated predecessors, oldest first. */
    private static List<String> lastLines(List<Path> newestFirst, int count) throws IOException {
        Deque<String> lines = new ArrayDeque<>();
        for (Path file : newestFirst) {
            if (lines.size() >= count) {
                break;
            }
            if (Files.isRegularFile(file)) {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = all.size() - 1; i >= 0 && lines.size() < count; i--) {
                    lines.addFirst(all.get(i));
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** Prints what is appended to the log until the command is interrupted, as {@code tail -f} does. */
    private static void follow(Terminal terminal, Path file) throws IOException {
        long position = Files.exists(file) ? Files.size(file) : 0;
        while (!Thread.currentThread().isInterrupted()) {
            if (Files.exists(file)) {
                try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) { //$NON-NLS-1$
                    long length = in.length();
                    if (length < position) {
                        position = 0; // rotated
                    }
                    if (length > position) {
                        byte[] chunk = new byte[(int) Math.min(length - position, 1 << 20)];
                        in.seek(position);
                        in.readFully(chunk);
                        position += chunk.length;
                        terminal.out().write(chunk, 0, chunk.length);
                        terminal.out().flush();
                        continue;
                    }
                }
            }
            try {
                Thread.sleep(FOLLOW_POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
