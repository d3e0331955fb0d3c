package mai.launcher.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.EngineInfo;

/** {@code mai-launcher docker info [--json]}: the engine the Docker mode uses, and compose. */
final class DockerCommands {

    private final Terminal terminal;
    private final SessionOpener opener;

    DockerCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        if (a.flag("--help") || words.size() != 2 || !words.get(1).equals("info")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (a.flag("--help")) { //$NON-NLS-1$
                terminal.out().print(Messages.helpDocker);
                return CommandLine.OK;
            }
            throw new UsageException(Messages.helpHintDocker);
        }
        boolean json = a.flag("--json"); //$NON-NLS-1$
        a.allowOnly(Set.of(), Set.of("--json"), "docker"); //$NON-NLS-1$ //$NON-NLS-2$
        try (Session session = opener.open()) {
            EngineInfo info = session.service(DockerEngine.class).info();
            if (json) {
                try (JsonGenerator g = new JsonFactory().createGenerator(Unclosable.of(terminal.out()), JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    g.writeStringField("endpoint", info.endpoint()); //$NON-NLS-1$
                    g.writeStringField("version", info.version()); //$NON-NLS-1$
                    g.writeStringField("apiVersion", info.apiVersion()); //$NON-NLS-1$
                    g.writeStringField("os", info.os()); //$NON-NLS-1$
                    g.writeStringField("dataRoot", info.dataRoot()); //$NON-NLS-1$
                    g.writeNumberField("freeBytes", info.freeBytes()); //$NON-NLS-1$
                    if (info.compose().isPresent()) {
                        g.writeStringField("compose", String.join(" ", info.compose().get().command())); //$NON-NLS-1$ //$NON-NLS-2$
                        g.writeStringField("composeVersion", info.compose().get().version()); //$NON-NLS-1$
                    } else {
                        g.writeNullField("compose"); //$NON-NLS-1$
                    }
                    g.writeEndObject();
                }
                terminal.out().println();
            } else {
                terminal.out().println(NLS.bind(Messages.dockerInfo, new Object[] { info.version(), info.apiVersion(),
                        info.endpoint(), info.os(), info.dataRoot(),
                        info.freeBytes() < 0 ? "?" : String.format("%.1f", info.freeBytes() / 1e9), //$NON-NLS-1$ //$NON-NLS-2$
                        info.compose().map(c -> String.join(" ", c.command()) + " " + c.version()) //$NON-NLS-1$ //$NON-NLS-2$
                                .orElse(Messages.dockerNoCompose) }));
            }
        }
        return CommandLine.OK;
    }
}
