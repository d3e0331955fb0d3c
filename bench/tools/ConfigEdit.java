import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.TomlPath;

/**
 * Opens a TOML file with the launcher's engine, sets one value and saves it (atomically, with history), as the config
 * editor and {@code mai-launcher config set} do, several times in one JVM. Prints one line per run: open, edit, save and
 * total milliseconds. The first run includes class loading (what a user meets once per launcher session).
 * Usage: java -cp JARS ConfigEdit.java FILE KEY VALUE_A VALUE_B RUNS
 */
public class ConfigEdit {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        TomlPath key = TomlPath.parse(args[1]);
        int runs = Integer.parseInt(args[4]);
        Path folder = Files.createTempDirectory("config-edit-");
        Path file = folder.resolve(source.getFileName());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(file);
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            ConfigFile config = ConfigFile.load(file);
            long t1 = System.nanoTime();
            config.document().setFromText(key, run % 2 == 1 ? args[2] : args[3]);
            long t2 = System.nanoTime();
            config.save();
            long t3 = System.nanoTime();
            System.out.printf("%d %.1f %.1f %.1f %.1f%n", run, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3));
        }
        byte[] after = Files.readAllBytes(file);
        int changed = 0;
        for (int i = 0; i < Math.min(before.length, after.length); i++) {
            if (before[i] != after[i]) {
                changed++;
            }
        }
        System.err.printf("size %d bytes, %d bytes differ after the last run%n", after.length,
                changed + Math.abs(after.length - before.length));
        List<Path> left = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(left::add);
        }
        for (Path p : left) {
            Files.delete(p);
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
