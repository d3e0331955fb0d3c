package mai.launcher.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.Instance;

/**
 * Instances as JSON for scripts: always UTF-8, whatever the terminal's encoding; keys in English; times in ISO-8601
 * local time; missing values as {@code null}.
 */
final class InstanceJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"); //$NON-NLS-1$

    private InstanceJson() {
    }

    static void writeList(PrintStream out, List<Instance> instances, LauncherPaths paths) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartArray();
            for (Instance instance : instances) {
                write(json, instance, paths);
            }
            json.writeEndArray();
        }
        out.println();
    }

    static void writeOne(PrintStream out, Instance instance, LauncherPaths paths) throws IOException {
        try (JsonGenerator json = generator(out)) {
            write(json, instance, paths);
        }
        out.println();
    }

    static void writeDeleted(PrintStream out, Instance instance, boolean filesDeleted) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("deleted", instance.id()); //$NON-NLS-1$
            json.writeStringField("name", instance.name()); //$NON-NLS-1$
            json.writeBooleanField("filesDeleted", filesDeleted); //$NON-NLS-1$
            json.writeEndObject();
        }
        out.println();
    }

    private static JsonGenerator generator(PrintStream out) throws IOException {
        return FACTORY.createGenerator(Unclosable.of(out), JsonEncoding.UTF8).useDefaultPrettyPrinter();
    }

    private static void write(JsonGenerator json, Instance i, LauncherPaths paths) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", i.id()); //$NON-NLS-1$
        json.writeStringField("name", i.name()); //$NON-NLS-1$
        json.writeStringField("description", i.description()); //$NON-NLS-1$
        json.writeStringField("deployMode", i.deployMode()); //$NON-NLS-1$
        json.writeStringField("status", i.status().id()); //$NON-NLS-1$
        json.writeStringField("folder", folder(i, paths)); //$NON-NLS-1$
        json.writeStringField("qqAccount", blankToNull(i.qqAccount())); //$NON-NLS-1$
        json.writeStringField("botVersion", blankToNull(i.botVersion())); //$NON-NLS-1$
        json.writeStringField("createdAt", time(i.createdAt())); //$NON-NLS-1$
        json.writeStringField("updatedAt", time(i.updatedAt())); //$NON-NLS-1$
        json.writeStringField("lastRun", time(i.lastRun())); //$NON-NLS-1$
        json.writeEndObject();
    }

    static String folder(Instance instance, LauncherPaths paths) {
        try {
            return paths.instanceFolder(instance.instancePath()).toString();
        } catch (IllegalArgumentException e) {
            return instance.instancePath();
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String time(Optional<LocalDateTime> time) {
        return time.map(ISO::format).orElse(null);
    }
}
