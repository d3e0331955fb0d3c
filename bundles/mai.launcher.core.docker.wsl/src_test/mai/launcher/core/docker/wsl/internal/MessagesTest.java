package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The English and Chinese messages, and the DS component descriptions the build generates for the fragment. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyMessageIsInEnglishAndChinese() throws Exception {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(english.keySet(), chinese.keySet());
        for (String key : chinese.stringPropertyNames()) {
            assertTrue(chinese.getProperty(key).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key);
        }
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertTrue(english.containsKey(field.getName()), field.getName());
                assertFalse(((String) field.get(null)).startsWith("NLS missing message"), field.getName());
            }
        }
    }

    @Test
    void apostrophesSurviveBinding() throws Exception {
        // NLS.bind reads a single quote as the start of quoted text, so messages with arguments double them.
        for (String file : new String[] { "messages.properties", "messages_zh.properties" }) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.contains("{0}")) {
                    assertFalse(text.replace("''", "").contains("'"), file + ": " + key);
                }
            }
        }
        assertTrue(org.eclipse.osgi.util.NLS.bind(Messages.composeMissingFix, "Ubuntu").contains("Ubuntu's own"));
    }

    @Test
    void theBuildDescribesTheFragmentsComponents() throws Exception {
        // tycho-ds-plugin writes them next to the classes; the host's Service-Component: OSGI-INF/*.xml finds them
        // in the attached fragment, since SCR ignores a fragment's own Service-Component header.
        Path classes = Path.of(WslDockerDeployMode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String mode = Files.readString(classes.resolve("OSGI-INF/" + WslDockerDeployMode.class.getName() + ".xml"));
        assertTrue(mode.contains("name=\"mai.launcher.deploymode.id\"") && mode.contains("value=\"wsl2_docker\""), mode);
        assertTrue(mode.contains("interface=\"mai.launcher.core.storage.Settings\""), mode);
        String settings = Files.readString(classes.resolve("OSGI-INF/" + WslSettings.class.getName() + ".xml"));
        assertTrue(settings.contains("mai.launcher.core.storage.SettingsContribution"), settings);
    }
}
