package mai.launcher.core.docker.internal.mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an instance's compose file: MaiBot's own compose (core + napcat, and for 0.x the adapter) with what the
 * launcher knows filled in: images from the settings, ports published on 127.0.0.1 only, the QQ account for quick
 * login, NapCat's WebUI token and OneBot WebSocket server ({@code MODE=ws}), its MAC address pinned so the login
 * survives a restart, the EULA hashes of the texts the user accepted, {@code init: true} and a restart policy.
 *
 * @param project         the compose project's name (for the file's banner)
 * @param instanceName    the instance's name (for the banner)
 * @param generation      MaiBot's generation, 0 or 1
 * @param maibotImage     MaiBot's image
 * @param napcatImage     NapCat's image
 * @param adapterImage    the 0.x adapter's image
 * @param webuiPort       the host port of MaiBot's WebUI
 * @param napcatWebuiPort the host port of NapCat's WebUI
 * @param qq              the QQ account, if known
 * @param webuiToken      NapCat's WebUI token
 * @param eulaMd5         the MD5 of the accepted EULA, if the image has one
 * @param privacyMd5      the MD5 of the accepted privacy terms, if the image has them
 * @param macAddress      NapCat's MAC address
 * @param uid             the user NapCat writes its files as
 * @param gid             its group
 */
public record ComposeFile(String project, String instanceName, int generation, String maibotImage,
        String napcatImage, String adapterImage, int webuiPort, int napcatWebuiPort, Optional<String> qq,
        String webuiToken, Optional<String> eulaMd5, Optional<String> privacyMd5, String macAddress, int uid,
        int gid, int sqliteWebPort, String sqliteWebImage) {

    /** @return the compose file's text */
    public String text() {
        List<String> y = new ArrayList<>();
        y.add("# Compose project " + project + " of the MaiBot instance \"" + instanceName + "\", written by MAI Launcher."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        y.add("# Your edits are kept: when the launcher has a newer version it writes docker-compose.launcher.yml beside"); //$NON-NLS-1$
        y.add("# this file and tells you what differs."); //$NON-NLS-1$
        y.add("services:"); //$NON-NLS-1$
        core(y);
        if (generation == 0) {
            adapters(y);
        }
        napcat(y);
        if (sqliteWebPort > 0) {
            sqliteWeb(y);
        }
        y.add("networks:"); //$NON-NLS-1$
        y.add("  maibot:"); //$NON-NLS-1$
        y.add("    driver: bridge"); //$NON-NLS-1$
        return String.join("\n", y) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void core(List<String> y) {
        y.add("  core:"); //$NON-NLS-1$
        y.add("    image: " + quote(maibotImage)); //$NON-NLS-1$
        y.add("    init: true"); //$NON-NLS-1$
        y.add("    restart: unless-stopped"); //$NON-NLS-1$
        y.add("    environment:"); //$NON-NLS-1$
        y.add("      TZ: Asia/Shanghai"); //$NON-NLS-1$
        eulaMd5.ifPresent(md5 -> y.add("      EULA_AGREE: " + quote(md5))); //$NON-NLS-1$
        privacyMd5.ifPresent(md5 -> y.add("      PRIVACY_AGREE: " + quote(md5))); //$NON-NLS-1$
        y.add("      MAIBOT_LEGACY_0X_UPGRADE_CONFIRMED: \"1\""); //$NON-NLS-1$
        y.add("      MAIBOT_STATISTICS_REPORT_PATH: /MaiMBot/data/maibot_statistics.html"); //$NON-NLS-1$
        y.add("      WEBUI_HOST: 0.0.0.0"); //$NON-NLS-1$
        y.add("    ports:"); //$NON-NLS-1$
        y.add("      - \"127.0.0.1:" + webuiPort + ":8001\" # MaiBot WebUI"); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("    volumes:"); //$NON-NLS-1$
        y.add("      - ./docker-config/mmc:/MaiMBot/config"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot:/MaiMBot/data"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot-plugin-data:/MaiMBot/data/plugins"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot/emoji:/data/emoji"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot/plugins:/MaiMBot/plugins"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot/logs:/MaiMBot/logs"); //$NON-NLS-1$
        y.add("      - ./depends-data:/MaiMBot/depends-data"); //$NON-NLS-1$
        y.add("    healthcheck:"); //$NON-NLS-1$
        y.add("      test: [\"CMD-SHELL\", \"python -c \\\"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8001/api/webui/health', timeout=5)\\\" 2>/dev/null || wget -q -O /dev/null http://127.0.0.1:8001/api/webui/health\"]"); //$NON-NLS-1$
        y.add("      interval: 10s"); //$NON-NLS-1$
        y.add("      timeout: 10s"); //$NON-NLS-1$
        y.add("      start_period: 60s"); //$NON-NLS-1$
        y.add("    depends_on:"); //$NON-NLS-1$
        y.add("      - napcat"); //$NON-NLS-1$
        y.add("    networks:"); //$NON-NLS-1$
        y.add("      - maibot"); //$NON-NLS-1$
    }

    private void adapters(List<String> y) {
        y.add("  adapters:"); //$NON-NLS-1$
        y.add("    image: " + quote(adapterImage)); //$NON-NLS-1$
        y.add("    init: true"); //$NON-NLS-1$
        y.add("    restart: unless-stopped"); //$NON-NLS-1$
        y.add("    environment:"); //$NON-NLS-1$
        y.add("      TZ: Asia/Shanghai"); //$NON-NLS-1$
        y.add("    volumes:"); //$NON-NLS-1$
        y.add("      - ./docker-config/adapters/config.toml:/adapters/config.toml"); //$NON-NLS-1$
        y.add("      - ./data/adapters:/adapters/data"); //$NON-NLS-1$
        y.add("    depends_on:"); //$NON-NLS-1$
        y.add("      - core"); //$NON-NLS-1$
        y.add("    networks:"); //$NON-NLS-1$
        y.add("      - maibot"); //$NON-NLS-1$
    }

    private void napcat(List<String> y) {
        y.add("  napcat:"); //$NON-NLS-1$
        y.add("    image: " + quote(napcatImage)); //$NON-NLS-1$
        y.add("    init: true"); //$NON-NLS-1$
        y.add("    restart: unless-stopped"); //$NON-NLS-1$
        y.add("    mac_address: " + quote(macAddress) + " # pinned: QQ's quick login survives a restart"); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("    environment:"); //$NON-NLS-1$
        y.add("      NAPCAT_UID: \"" + uid + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("      NAPCAT_GID: \"" + gid + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("      TZ: Asia/Shanghai"); //$NON-NLS-1$
        if (generation != 0) {
            y.add("      MODE: ws # OneBot WebSocket server on 3001, which MaiBot's adapter plugin connects to"); //$NON-NLS-1$
        }
        qq.ifPresent(account -> y.add("      ACCOUNT: " + quote(account))); //$NON-NLS-1$
        y.add("      WEBUI_TOKEN: " + quote(webuiToken)); //$NON-NLS-1$
        y.add("    ports:"); //$NON-NLS-1$
        y.add("      - \"127.0.0.1:" + napcatWebuiPort + ":6099\" # NapCat WebUI"); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("    volumes:"); //$NON-NLS-1$
        y.add("      - ./docker-config/napcat:/app/napcat/config"); //$NON-NLS-1$
        y.add("      - ./data/qq:/app/.config/QQ"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot:/MaiMBot/data"); //$NON-NLS-1$
        y.add("    networks:"); //$NON-NLS-1$
        y.add("      - maibot"); //$NON-NLS-1$
    }

    /** The database browser MaiBot's own compose file offers, on 127.0.0.1 only. */
    private void sqliteWeb(List<String> y) {
        y.add("  sqlite-web:"); //$NON-NLS-1$
        y.add("    image: " + quote(sqliteWebImage)); //$NON-NLS-1$
        y.add("    restart: unless-stopped"); //$NON-NLS-1$
        y.add("    environment:"); //$NON-NLS-1$
        y.add("      SQLITE_DATABASE: MaiMBot/MaiBot.db"); //$NON-NLS-1$
        y.add("    ports:"); //$NON-NLS-1$
        y.add("      - \"127.0.0.1:" + sqliteWebPort + ":8080\" # database browser"); //$NON-NLS-1$ //$NON-NLS-2$
        y.add("    volumes:"); //$NON-NLS-1$
        y.add("      - ./data/MaiMBot:/data/MaiMBot"); //$NON-NLS-1$
        y.add("    networks:"); //$NON-NLS-1$
        y.add("      - maibot"); //$NON-NLS-1$
    }

    /**
     * @param text a value
     * @return it as a double-quoted YAML string
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> out.append("\\\""); //$NON-NLS-1$
            case '\\' -> out.append("\\\\"); //$NON-NLS-1$
            case '\n' -> out.append("\\n"); //$NON-NLS-1$
            case '$' -> out.append("$$"); //$NON-NLS-1$ compose would read it as a variable
            default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
