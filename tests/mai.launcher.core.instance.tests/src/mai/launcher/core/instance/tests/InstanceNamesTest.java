package mai.launcher.core.instance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.instance.InstanceNames;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.tests.support.DataFolderFixture;

/** Bad names are refused with a message that says what to change, and nothing is written. */
class InstanceNamesTest {

    DataFolderFixture folder;
    InstanceRegistry registry;

    @BeforeEach
    void start() {
        folder = DataFolderFixture.create();
        registry = DataFolderFixture.service(InstanceRegistry.class);
    }

    @AfterEach
    void stop() {
        folder.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                | Give the instance a name.
            '   '             | Give the instance a name.
            ../evil           | contains "/"
            ..\\evil          | contains "\\"
            a/b               | contains "/"
            C:bot             | contains ":"
            what?             | contains "?"
            ..                | cannot be "." or ".."
            bot.              | end with a dot
            CON               | reserved device name on Windows
            nul.txt           | reserved device name on Windows
            """)
    void badNamesAreRefusedWithWhatToChange(String name, String phrase) throws LauncherException {
        assertRefused(name, phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = { "tab\tname", "line\nbreak", "nul\u0000byte", "bell\u0007", "bidi\u202eoverride" })
    void controlCharactersAreRefused(String name) throws LauncherException {
        assertRefused(name, "control character");
    }

    @Test
    void aVeryLongNameIsRefusedWithItsLength() throws LauncherException {
        assertRefused("麦".repeat(65), "65 characters long; shorten it to at most 64");
        assertEquals("麦".repeat(64), registry.create(InstanceSpec.named("麦".repeat(64))).name());
    }

    @ParameterizedTest
    @ValueSource(strings = { "麦麦", "My Bot 1", "bot-2_x", "MaiBot (test)", "v1.2.1", "🤖 bot" })
    void ordinaryNamesAreAccepted(String name) throws LauncherException {
        assertEquals(Optional.empty(), InstanceNames.problem(name));
        assertEquals(name, registry.create(InstanceSpec.named(name)).name());
    }

    private void assertRefused(String name, String phrase) throws LauncherException {
        Optional<String> problem = InstanceNames.problem(name);
        assertTrue(problem.isPresent(), "accepted: " + name);
        assertTrue(problem.get().contains(phrase), problem.get());
        LauncherException e = assertThrows(LauncherException.class, () -> registry.create(InstanceSpec.named(name)));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals(problem.get(), e.getMessage());
        assertEquals(0, registry.list().size());
        assertEquals(0, folder.paths().deployments().toFile().list().length, "no folder made");
    }
}
