package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import mai.launcher.core.config.maibot.internal.WiringInputs;
import mai.launcher.core.config.maibot.internal.WiringRulesCommon;
import mai.launcher.core.config.maibot.internal.WiringRulesV0;
import mai.launcher.core.config.maibot.internal.WiringRulesV1;

/**
 * Compares both ends of every connection of an instance and proposes a fix for each mismatch,
 * on the end the launcher should change. The rules, per generation:
 *
 * <ul>
 * <li><b>0.x</b>: NapCat is a <i>reverse</i> WebSocket client of the adapter: one enabled
 * {@code websocketClients} entry must point at {@code ws://<host>:<napcat_server.port>} (8095)
 * with the adapter's token; host {@code 127.0.0.1}/{@code localhost} locally, the compose service
 * {@code adapters} in Docker (where the adapter listens on {@code 0.0.0.0}). The adapter connects
 * to MaiBot at {@code maibot_server.host/port}, which must match {@code .env HOST/PORT} (in
 * Docker: service {@code core}, MaiBot listening on {@code 0.0.0.0}). Fixes change NapCat's
 * client and the adapter's {@code maibot_server}.</li>
 * <li><b>1.x</b>: the adapter plugin must be enabled ({@code [plugin] enabled = true}) and is a
 * <i>forward</i> client of NapCat's WebSocket server: {@code napcat_server.port} (3001) and
 * token must match an enabled {@code websocketServers} entry; {@code napcat_server.host} is
 * {@code napcat} (the compose service) in Docker, where NapCat must listen on {@code 0.0.0.0},
 * and {@code 127.0.0.1}/{@code localhost} locally. Fixes change the adapter plugin's config.</li>
 * <li>Both: {@code bot.qq_account} against the account in NapCat's {@code onebot11_<qq>.json}
 * (an error in 0.x, a warning in 1.x where it is only a fallback), and a warning when the
 * adapter's whitelists let no chat through.</li>
 * </ul>
 *
 * <p>A missing bot or adapter file is an error; a missing NapCat file is a warning (NapCat
 * writes it on first login), and the NapCat side is then not checked.
 *
 * @since 0.1
 */
public final class WiringCheck {

    private WiringCheck() {
    }

    /**
     * Checks an instance on disk.
     *
     * @param files the instance's layout
     * @return the findings
     * @throws IOException when a file exists but cannot be read
     */
    public static WiringReport check(InstanceFiles files) throws IOException {
        Objects.requireNonNull(files, "files"); //$NON-NLS-1$
        List<WiringFinding> out = new ArrayList<>();
        WiringInputs in = WiringInputs.load(files, out);
        if (files.generation() == Generation.V0) {
            WiringRulesV0.check(in, out);
        } else {
            WiringRulesV1.check(in, out);
        }
        WiringRulesCommon.check(in, out);
        out.sort(Comparator.comparing(WiringFinding::severity)); // stable: errors first, order kept
        return new WiringReport(files, out);
    }
}
