package mai.launcher.core;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.internal.Messages;

/**
 * Checks that a port is free before a component starts, and when it is not, finds the process that holds it: from
 * {@code /proc} on Linux, {@code lsof} on macOS, {@code netstat -ano} on Windows.
 */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param port a TCP port
     * @return a sentence naming the port and its holder, when the port is taken
     */
    public static Optional<String> taken(int port) {
        if (free(port)) {
            return Optional.empty();
        }
        return Optional.of(holder(port).map(h -> NLS.bind(Messages.portTakenBy, port, h))
                .orElse(NLS.bind(Messages.portTaken, port)));
    }

    private static boolean free(int port) {
        for (InetAddress address : List.of(InetAddress.getLoopbackAddress(), anyAddress())) {
            try (ServerSocket socket = new ServerSocket()) {
                // As the bots' servers do: on POSIX, SO_REUSEADDR lets a port whose last connections are in TIME_WAIT
                // (a bot just stopped) count as free; only a listener makes bind fail. On Windows it would mean
                // "share the port", so there it stays off.
                socket.setReuseAddress(!windows());
                socket.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static InetAddress anyAddress() {
        return new InetSocketAddress(0).getAddress();
    }

    private static Optional<String> holder(int port) {
        try {
            if (Files.isDirectory(Path.of("/proc/net"))) { //$NON-NLS-1$
                return linuxHolder(port);
            }
            if (windows()) {
                return windowsHolder(port);
            }
            return lsofHolder(port);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> linuxHolder(int port) throws IOException {
        String hexPort = String.format(":%04X", port); //$NON-NLS-1$
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) { //$NON-NLS-1$ //$NON-NLS-2$
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.strip().split("\\s+"); //$NON-NLS-1$
                if (f.length > 9 && f[1].toUpperCase(Locale.ROOT).endsWith(hexPort) && f[3].equals("0A")) { //$NON-NLS-1$
                    Optional<String> owner = socketOwner(f[9]);
                    if (owner.isPresent()) {
                        return owner;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> socketOwner(String inode) throws IOException {
        String link = "socket:[" + inode + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) { //$NON-NLS-1$
                    for (Path fd : fds) {
                        if (link.equals(Files.readSymbolicLink(fd).toString())) {
                            return Optional.of(describe(Long.parseLong(process.getFileName().toString())));
                        }
                    }
                } catch (IOException e) {
                    // another user's process, or gone
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lsofHolder(int port) throws IOException {
        StringBuilder pid = new StringBuilder();
        CommandRunner.run(List.of("lsof", "-nP", "-t", "-iTCP:" + port, "-sTCP:LISTEN"), null, java.util.Map.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                line -> {
                    if (pid.isEmpty() && line.strip().matches("\\d+")) { //$NON-NLS-1$
                        pid.append(line.strip());
                    }
                }, null);
        return pid.isEmpty() ? Optional.empty() : Optional.of(describe(Long.parseLong(pid.toString())));
    }

    private static Optional<String> windowsHolder(int port) throws IOException {
        StringBuilder pid = new StringBuilder();
        CommandRunner.run(List.of("netstat", "-ano", "-p", "TCP"), null, java.util.Map.of(), line -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String[] f = line.strip().split("\\s+"); //$NON-NLS-1$
            if (pid.isEmpty() && f.length >= 5 && f[1].endsWith(":" + port) && f[3].equalsIgnoreCase("LISTENING")) { //$NON-NLS-1$ //$NON-NLS-2$
                pid.append(f[4]);
            }
        }, null);
        return pid.isEmpty() ? Optional.empty() : Optional.of(describe(Long.parseLong(pid.toString())));
    }

    private static String describe(long pid) {
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine().or(() -> p.info().command()))
                .orElse("?"); //$NON-NLS-1$
        if (command.length() > 120) {
            command = command.substring(0, 117) + "..."; //$NON-NLS-1$
        }
        return NLS.bind(Messages.processDescription, pid, command);
    }
}
