package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.maibot.internal.Messages;

class MessagesTest {

    private static final String BASE = "/mai/launcher/core/config/maibot/internal/";
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)\\}");

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + resource)) {
            assertNotNull(in, resource + " is on the class path");
            p.load(in);
        }
        return p;
    }

    private static Set<String> args(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyFieldHasAnEnglishAndAChineseSentenceWithTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (Field f : Messages.class.getFields()) {
            if (f.getType() != String.class || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String value = (String) f.get(null);
            assertFalse(value.startsWith("NLS missing message"), f.getName());
            assertTrue(en.containsKey(f.getName()), f.getName());
            assertEquals(args(en.getProperty(f.getName())), args(zh.getProperty(f.getName())), f.getName());
            assertTrue(zh.getProperty(f.getName()).chars().anyMatch(c -> c > 0x2E80), "Chinese: " + f.getName());
        }
    }

    @Test
    void chineseReadsAsChinese() throws Exception {
        Properties zh = load("messages_zh.properties");
        assertEquals("第 3 行：x", org.eclipse.osgi.util.NLS.bind(zh.getProperty("model_atLine"), "3", "x"));
    }

    @Test
    void apostrophesSurviveBinding() {
        assertEquals("The NapCat adapter plugin is switched off ([plugin] enabled is not true in its config.toml), "
                + "so MaiBot never connects to NapCat. Switch it on.", Messages.format(Messages.wiring_v1_disabled));
        assertTrue(Messages.format(Messages.wiring_v0_envMissing, "PORT", "8000").startsWith("MaiBot's .env"));
    }
}
