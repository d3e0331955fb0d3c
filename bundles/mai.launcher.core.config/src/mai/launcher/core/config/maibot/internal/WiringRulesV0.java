package mai.launcher.core.config.maibot.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.DotEnvFile;
import mai.launcher.core.config.maibot.InstanceMode;
import mai.launcher.core.config.maibot.ManagedKey;
import mai.launcher.core.config.maibot.ManagedSettings;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringFinding.Link;

/**
 * MaiBot 0.x: NapCat → (reverse WebSocket) → standalone adapter → MaiBot. The Docker rules
 * (service names {@code adapters} and {@code core}, listening on {@code 0.0.0.0}) follow the 0.x
 * compose file and are an inference from it.
 */
public final class WiringRulesV0 {

    private static final int ADAPTER_PORT = 8095;
    private static final int MAIBOT_PORT = 8000;
    private static final List<String> ADAPTER_SERVICES = List.of("adapters", "maim-bot-adapters"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> CORE_SERVICES = List.of("core", "maim-bot-core"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String HOST = "HOST"; //$NON-NLS-1$
    private static final String PORT = "PORT"; //$NON-NLS-1$

    private WiringRulesV0() {
    }

    /**
     * Checks both connections.
     *
     * @param in  the files
     * @param out receives the findings
     */
    public static void check(WiringInputs in, List<WiringFinding> out) {
        if (in.adapter().isEmpty()) {
            return;
        }
        adapterListens(in, out);
        in.oneBot().ifPresent(o -> napCatClient(in, o, out));
        in.env().ifPresent(env -> adapterToMaiBot(in, env, out));
    }

    private static void adapterListens(WiringInputs in, List<WiringFinding> out) {
        String listen = in.adapter().get().text(ManagedKey.NAPCAT_HOST).orElse(""); //$NON-NLS-1$
        if (docker(in) && !Hosts.isAnyAddress(listen)) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.NAPCAT_HOST, Hosts.ANY),
                    Messages.wiring_v0_adapterListenDocker, listen));
        }
    }

    private static void napCatClient(WiringInputs in, OneBotConfig o, List<WiringFinding> out) {
        ManagedSettings a = in.adapter().get();
        String listen = a.text(ManagedKey.NAPCAT_HOST).orElse(""); //$NON-NLS-1$
        int port = a.port(ManagedKey.NAPCAT_PORT).orElse(ADAPTER_PORT);
        String token = a.text(ManagedKey.NAPCAT_TOKEN).orElse(""); //$NON-NLS-1$
        String host = docker(in) ? ADAPTER_SERVICES.get(0)
                : Hosts.isLoopback(listen) && !listen.contains(":") ? listen : Hosts.LOOPBACK; //$NON-NLS-1$
        if (o.clients().isEmpty()) {
            String url = "ws://" + host + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(OneBotConfig.CLIENTS + "/-", //$NON-NLS-1$
                    Findings.newClient(url, token)), Messages.wiring_v0_noClient, url));
            return;
        }
        OneBotConfig.Client c = Findings.best(o.clients(),
                x -> Hosts.parse(x.url()).filter(u -> u.port() == port).isPresent(), OneBotConfig.Client::enable);
        if (!c.enable()) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(c.pointer("enable"), Boolean.TRUE), //$NON-NLS-1$
                    Messages.wiring_v0_clientDisabled, c.name(), c.url()));
        }
        Optional<Hosts.WsUrl> url = Hosts.parse(c.url());
        boolean hostOk = url.isPresent() && (docker(in) ? ADAPTER_SERVICES.contains(url.get().host())
                : Hosts.reaches(url.get().host(), listen));
        if (url.isEmpty() || url.get().port() != port || !hostOk) {
            String fixed = url.map(u -> u.with(hostOk ? u.host() : host, port)).orElse("ws://" + host + ":" + port); //$NON-NLS-1$ //$NON-NLS-2$
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(c.pointer("url"), fixed), //$NON-NLS-1$
                    Messages.wiring_v0_clientUrl, c.name(), c.url(), fixed));
        }
        if (!token.isEmpty() && !token.equals(c.token())) {
            out.add(Findings.error(Link.NAPCAT_ADAPTER, in.jsonFix(c.pointer("token"), token), //$NON-NLS-1$
                    Messages.wiring_v0_token, c.name()));
        }
    }

    private static void adapterToMaiBot(WiringInputs in, DotEnvFile env, List<WiringFinding> out) {
        ManagedSettings a = in.adapter().get();
        int adapterPort = a.port(ManagedKey.MAIBOT_PORT).orElse(MAIBOT_PORT);
        OptionalInt envPort = env.get(PORT).map(ValueCodec::portOf).orElse(OptionalInt.empty());
        if (envPort.isEmpty()) {
            String value = Integer.toString(adapterPort);
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.envFix(PORT, value), Messages.wiring_v0_envMissing, PORT, value));
        } else if (envPort.getAsInt() != adapterPort) {
            String value = Integer.toString(envPort.getAsInt());
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.MAIBOT_PORT, value),
                    Messages.wiring_v0_maibotPort, Integer.toString(adapterPort), value));
        }
        String adapterHost = a.text(ManagedKey.MAIBOT_HOST).orElse(""); //$NON-NLS-1$
        String envHost = env.get(HOST).orElse("").strip(); //$NON-NLS-1$
        if (docker(in)) {
            dockerHosts(in, adapterHost, envHost, out);
        } else if (envHost.isEmpty()) {
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.envFix(HOST, Hosts.LOOPBACK), Messages.wiring_v0_envMissing,
                    HOST, Hosts.LOOPBACK));
        } else if (!Hosts.reaches(adapterHost, envHost)) {
            String target = Hosts.isAnyAddress(envHost) ? Hosts.LOOPBACK : envHost;
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.MAIBOT_HOST, target),
                    Messages.wiring_v0_maibotHost, adapterHost, envHost, target));
        }
    }

    private static void dockerHosts(WiringInputs in, String adapterHost, String envHost, List<WiringFinding> out) {
        if (!CORE_SERVICES.contains(adapterHost.strip())) {
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.tomlFix(ConfigKind.ADAPTER, ManagedKey.MAIBOT_HOST,
                    CORE_SERVICES.get(0)), Messages.wiring_v0_maibotHostDocker, adapterHost));
        }
        if (!Hosts.isAnyAddress(envHost) || envHost.isEmpty()) {
            out.add(Findings.error(Link.ADAPTER_MAIBOT, in.envFix(HOST, Hosts.ANY), Messages.wiring_v0_envHostDocker,
                    envHost));
        }
    }

    private static boolean docker(WiringInputs in) {
        return in.files().mode() == InstanceMode.DOCKER;
    }
}
