package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random edit sequences (1 to 20 edits) on the real MaiBot and adapter files and on
 * toml-test's valid cases. Every valid edit is proven by {@link EditCheck} (tomllib reads the
 * expected data, the engine and its re-parse agree, the span rule holds); every invalid edit must
 * be refused with the document unchanged. A failure names the seed, the file and the whole
 * sequence, so it can be replayed: set {@code -Dmai.seed=N} to run only that seed.
 */
class EditPropertyTest {

    /** Sequences on the real files ({@code -Dmai.sequences=N} multiplies both counts for exploring). */
    private static final int REAL_SEQUENCES = 60 * Integer.getInteger("mai.sequences", 1);
    /** Sequences on toml-test cases. */
    private static final int TOML_TEST_SEQUENCES = 300 * Integer.getInteger("mai.sequences", 1);

    private static final List<Path> REAL = List.of(TestData.MODEL_121, TestData.BOT_121, TestData.MODEL_0123,
            TestData.BOT_0123, TestData.ADAPTER, TestData.MODEL_121);

    private static int applied;
    private static int refusedAsDocumented;
    private static int refused;
    private static final List<String> DOCUMENTED_REFUSALS = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> realFiles() {
        List<DynamicTest> out = new ArrayList<>();
        for (int seed = 0; seed < REAL_SEQUENCES; seed++) {
            Path p = REAL.get(seed % REAL.size());
            // bot_config.toml is large (slow to validate): it gets shorter sequences
            int maxLength = p.equals(TestData.BOT_121) ? 8 : 20;
            out.add(sequence(1000 + seed, p.getFileName().toString(), TestData.read(p), maxLength));
        }
        return filter(out.stream());
    }

    @TestFactory
    Stream<DynamicTest> tomlTestCases() {
        List<Path> cases = tomlTestCases(TestData.ROOT.resolve("toml-test/valid"));
        assertTrue(cases.size() > 100, "toml-test cases found: " + cases.size());
        List<DynamicTest> out = new ArrayList<>();
        for (int seed = 0; seed < TOML_TEST_SEQUENCES; seed++) {
            Path p = cases.get(seed * 7 % cases.size());
            String name = TestData.ROOT.resolve("toml-test/valid").relativize(p).toString();
            out.add(sequence(seed, name, TestData.read(p), 20));
        }
        return filter(out.stream());
    }

    private static Stream<DynamicTest> filter(Stream<DynamicTest> tests) {
        String only = System.getProperty("mai.seed");
        return only == null ? tests : tests.filter(t -> t.getDisplayName().startsWith("seed " + only + " "));
    }

    @AfterAll
    static void stats() {
        System.out.printf("EditPropertyTest: %d edits applied and proven, %d invalid edits refused, "
                + "%d valid edits refused as documented %s%n", applied, refused, refusedAsDocumented,
                DOCUMENTED_REFUSALS);
    }

    static List<Path> tomlTestCases(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DynamicTest sequence(long seed, String name, String text, int maxLength) {
        return DynamicTest.dynamicTest("seed " + seed + " " + name, () -> run(seed, name, text, maxLength));
    }

    private static void run(long seed, String name, String text, int maxLength) throws Exception {
        Random r = new Random(seed);
        String variant = switch (r.nextInt(4)) {
            case 0 -> TestData.crlf(text);
            case 1 -> "\uFEFF" + text;
            default -> text;
        };
        if (r.nextInt(4) == 0) {
            variant = variant.stripTrailing(); // no final newline (stripTrailing keeps a leading BOM)
        }
        EditCheck.State s = EditCheck.open(variant);
        int length = 1 + r.nextInt(maxLength);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            TextMap tm = TextMap.of(EditCheck.norm(EditCheck.body(s.text()), s.doc.lineEnding()));
            boolean bad = r.nextInt(5) == 0;
            Edit e = bad ? EditGen.invalid(r, tm, s.data) : EditGen.valid(r, tm, s.data);
            if (e == null) {
                continue;
            }
            try {
                if (bad) {
                    EditCheck.refuse(s, e);
                    refused++;
                    done.add("refused " + e);
                } else if (EditCheck.apply(s, e) == EditCheck.Outcome.APPLIED) {
                    applied++;
                    done.add(e.toString());
                } else {
                    refusedAsDocumented++;
                    done.add("refused as documented " + e);
                    DOCUMENTED_REFUSALS.add("seed " + seed + ": " + e);
                }
            } catch (AssertionError | RuntimeException ex) {
                StringBuilder sb = new StringBuilder("seed ").append(seed).append(" on ").append(name)
                        .append(variant.startsWith("\uFEFF") ? " (BOM)" : variant.contains("\r\n") ? " (CRLF)" : "")
                        .append(", edit ").append(i + 1).append(" of ").append(length).append(" failed.\nSequence:\n");
                for (int k = 0; k < done.size(); k++) {
                    sb.append("  ").append(k + 1).append(". ").append(done.get(k)).append('\n');
                }
                sb.append("  ").append(done.size() + 1).append(". ").append(e).append("   <-- ").append(ex.getMessage());
                throw new AssertionError(sb.toString(), ex);
            }
        }
        if (System.getProperty("mai.trace") != null) {
            System.out.println("seed " + seed + " " + name + ":\n  " + String.join("\n  ", done) + "\n" + s.text());
        }
    }
}
