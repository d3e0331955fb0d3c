package mai.launcher.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Images made on this machine, standing in for Docker Hub's (which the tests cannot reach): a busybox base imported
 * from the system's static busybox, and on it a MaiBot that refuses to start unless {@code EULA_AGREE} is the MD5 of its
 * {@code EULA.md} and then serves its WebUI health URL, and a NapCat that prints its WebUI URL with the token as the
 * real one does and serves its WebUI port.
 */
public final class FakeDockerImages {

    public static final String MAIBOT = "local/maibot-fake"; //$NON-NLS-1$
    public static final String NAPCAT = "local/napcat-fake"; //$NON-NLS-1$

    private static final String SCRIPT = """
            set -eu
            export DOCKER_BUILDKIT=0
            work=$(mktemp -d)
            trap 'rm -rf "$work"' EXIT
            if ! docker image inspect local/busybox:1.35 >/dev/null 2>&1; then
                mkdir -p "$work/root/bin" "$work/root/etc" "$work/root/tmp"
                cp /bin/busybox "$work/root/bin/"
                for applet in $(/bin/busybox --list); do
                    [ "$applet" = busybox ] || ln -s busybox "$work/root/bin/$applet"
                done
                echo 'root:x:0:0:root:/root:/bin/sh' >"$work/root/etc/passwd"
                echo 'root:x:0:' >"$work/root/etc/group"
                tar -C "$work/root" -c . | docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - local/busybox:1.35 >/dev/null
            fi
            mkdir -p "$work/maibot" "$work/napcat"
            printf '# MaiBot EULA (test copy)\\n\\nYou agree to use MaiBot kindly.\\n' >"$work/maibot/EULA.md"
            printf '# MaiBot privacy (test copy)\\n\\nNothing leaves this machine.\\n' >"$work/maibot/PRIVACY.md"
            cat >"$work/maibot/start.sh" <<'SH'
            #!/bin/sh
            echo "MaiBot fake starting"
            want=$(md5sum /MaiMBot/EULA.md | cut -d' ' -f1)
            if [ "${EULA_AGREE:-}" != "$want" ]; then echo "EULA not accepted: '${EULA_AGREE:-}' is not $want"; exit 3; fi
            mkdir -p /www/api/webui && echo '{"status":"ok"}' >/www/api/webui/health
            echo "MaiBot fake ready"
            exec httpd -f -p 8001 -h /www
            SH
            printf 'FROM local/busybox:1.35\\nCOPY EULA.md PRIVACY.md start.sh /MaiMBot/\\nRUN chmod +x /MaiMBot/start.sh\\nWORKDIR /MaiMBot\\nCMD ["/MaiMBot/start.sh"]\\n' >"$work/maibot/Dockerfile"
            docker build -q -t local/maibot-fake:latest "$work/maibot" >/dev/null
            cat >"$work/napcat/qr.txt" <<'QR'
            @QR@
            QR
            cat >"$work/napcat/start.sh" <<'SH'
            #!/bin/sh
            echo "NapCat fake for ${ACCOUNT:-nobody}, mode ${MODE:-none}"
            echo "[WebUi] WebUi Local Panel Url: http://127.0.0.1:6099/webui?token=${WEBUI_TOKEN:-}"
            echo "11-22 10:00:00 [info] 请扫描下面的二维码，然后在手Q上授权："
            cat /qr.txt
            echo "11-22 10:00:00 [info] 二维码解码URL: https://txz.qq.com/p?k=fake&f=1600001615"
            echo "11-22 10:00:01 [warn] a warning on stderr" >&2
            mkdir -p /www && echo ok >/www/index.html
            exec httpd -f -p 6099 -h /www
            SH
            printf 'FROM local/busybox:1.35\\nCOPY start.sh qr.txt /\\nRUN chmod +x /start.sh\\nCMD ["/start.sh"]\\n' >"$work/napcat/Dockerfile"
            docker build -q -t local/napcat-fake:latest "$work/napcat" >/dev/null
            """;

    /** The modules of the login QR code the fake NapCat draws (21 × 21, like a version 1 code), dark is true. */
    public static final boolean[][] QR = qr();

    private FakeDockerImages() {
    }

    private static boolean[][] qr() {
        int n = 21;
        boolean[][] dark = new boolean[n][n];
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark[y][x] = random.nextBoolean();
            }
        }
        for (int[] corner : new int[][] { { 0, 0 }, { n - 7, 0 }, { 0, n - 7 } }) { // the three finder patterns
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 7; x++) {
                    boolean ring = x == 0 || y == 0 || x == 6 || y == 6;
                    boolean centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                    dark[corner[1] + y][corner[0] + x] = ring || centre;
                }
            }
        }
        return dark;
    }

    /**
     * @return the code as qrcode-terminal draws it in its small mode: two rows a character, light modules as blocks
     *         (terminals are dark), with a light quiet zone of one module
     */
    public static String qrText() {
        int n = QR.length + 2;
        java.util.function.BiPredicate<Integer, Integer> light = (x, y) -> x == 0 || y == 0 || x == n - 1
                || y >= n - 1 || !QR[y - 1][x - 1];
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < n; y += 2) {
            for (int x = 0; x < n; x++) {
                boolean top = light.test(x, y);
                boolean bottom = y + 1 >= n || light.test(x, y + 1);
                text.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** Builds the images (a few seconds the first time; the base is kept). */
    public static void build() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("bash", "-c", SCRIPT.replace("@QR@", qrText()))).redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("The test images could not be built:\n" + output); //$NON-NLS-1$
        }
    }

    /**
     * Runs a docker command for a test's own checks and clean-up.
     *
     * @return its output
     */
    public static String docker(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker")); //$NON-NLS-1$
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
