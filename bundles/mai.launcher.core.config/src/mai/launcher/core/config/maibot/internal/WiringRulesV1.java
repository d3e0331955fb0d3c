package mai.launcher.core.config.maibot.internal;

import java.util.List;

import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.InstanceMode;
import mai.launcher.core.config.maibot.ManagedKey;
import mai.launcher.core.config.maibot.ManagedSettings;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringFinding.Link;

/** MaiBot 1.x: the adapter plugin inside MaiBot → (forward WebSocket) → NapCat's server. */
public final class WiringRulesV1 {

    private static final int NAPCAT_PORT = 3001;
    private static final List<String> NAPCAT_SERVICES = List.of("napcat", "maim-bot-napcat"); //$NON-NLS-1$ //$NON-NLS-2$

    private WiringRulesV1() {
    }

    /**
     * Checks the plugin switch and the plugin → NapCat connection.
     *
     * @param in  the files
     * @param out receives the findings
     */
    public static void check(WiringInputs in, List<WiringFinding> out) {
        if (in.adapter().isEmpty()) {
            return;
        }
        ManagedSettings a = in.adapter().get();
        if (!a.flag(ManagedKey.ADAPTER_ENABLED).orElse(Boolean.FALSE).booleanValue()) {
            out.add(Findings.error(Link.ADAPTER_PLUGIN, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.ADAPTER_ENABLED, "true"), //$NON-NLS-1$
                    Messages.wiring_v1_disabled));
        }
        adapterHost(in, a.text(ManagedKey.NAPCAT_HOST).orElse(""), out); //$NON-NLS-1$
        in.oneBot().ifPresent(o -> napCatServer(in, o, out));
    }

    private static void adapterHost(WiringInputs in, String host, List<WiringFinding> out) {
        if (docker(in) && !NAPCAT_SERVICES.contains(host.strip())) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.NAPCAT_HOST,
                    NAPCAT_SERVICES.get(0)), Messages.wiring_v1_hostDocker, host));
        } else if (!docker(in) && !Hosts.isLoopback(host)) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.NAPCAT_HOST,
                    Hosts.LOOPBACK), Messages.wiring_v1_hostLocal, host));
        }
    }

    private static void napCatServer(WiringInputs in, OneBotConfig o, List<WiringFinding> out) {
        ManagedSettings a = in.adapter().get();
        int port = a.port(ManagedKey.NAPCAT_PORT).orElse(NAPCAT_PORT);
        String token = a.text(ManagedKey.NAPCAT_TOKEN).orElse(""); //$NON-NLS-1$
        if (o.servers().isEmpty()) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(OneBotConfig.SERVERS + "/-", //$NON-NLS-1$
                    Findings.newServer(docker(in) ? Hosts.ANY : Hosts.LOOPBACK, port, token)),
                    Messages.wiring_v1_noServer, Integer.toString(port)));
            return;
        }
        OneBotConfig.Server s = Findings.best(o.servers(), x -> x.port() == port, OneBotConfig.Server::enable);
        if (!s.enable()) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(s.pointer("enable"), Boolean.TRUE), //$NON-NLS-1$
                    Messages.wiring_v1_serverDisabled, s.name(), Integer.toString(s.port())));
        }
        if (s.port() != port) {
            out.add(s.port() > 0
                    ? Findings.error(Link.NAPCAT_ADAPTER, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.NAPCAT_PORT,
                            Integer.toString(s.port())), Messages.wiring_v1_port, Integer.toString(port), s.name(),
                            Integer.toString(s.port()))
                    : Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(s.pointer("port"), Integer.valueOf(port)), //$NON-NLS-1$
                            Messages.wiring_v1_serverNoPort, s.name(), Integer.toString(port)));
        }
        if (!s.token().isEmpty() && !s.token().equals(token)) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.NAPCAT_TOKEN, s.token()),
                    Messages.wiring_v1_token, s.name()));
        }
        serverHost(in, s, out);
    }

    private static void serverHost(WiringInputs in, OneBotConfig.Server s, List<WiringFinding> out) {
        if (docker(in) && !Hosts.isAnyAddress(s.host())) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(s.pointer("host"), Hosts.ANY), //$NON-NLS-1$
                    Messages.wiring_v1_serverHostDocker, s.name(), s.host()));
        } else if (!docker(in) && !Hosts.isAnyAddress(s.host()) && !Hosts.isLoopback(s.host())) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(s.pointer("host"), Hosts.LOOPBACK), //$NON-NLS-1$
                    Messages.wiring_v1_serverHostLocal, s.name(), s.host()));
        }
    }

    private static boolean docker(WiringInputs in) {
        return in.files().mode() == InstanceMode.DOCKER;
    }
}
