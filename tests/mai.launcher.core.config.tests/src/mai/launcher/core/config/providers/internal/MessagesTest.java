package mai.launcher.core.config.providers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The message files agree with each other and with {@link Messages}. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    /** The message files as the bundle ships them (Chinese in \\u escapes, as NLS reads it). */
    private static Properties load(String file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyFieldHasAnEnglishMessage() throws Exception {
        Properties english = load("messages.properties");
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
                String value = (String) field.get(null);
                assertNotNull(value, field.getName());
                assertFalse(value.startsWith("NLS missing message"), field.getName());
            }
        }
        assertEquals(english.stringPropertyNames(), fields);
    }

    @Test
    void chineseHasTheSameKeysAndPlaceholders() throws Exception {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
            assertFalse(chinese.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void chineseIsReadAsChinese() throws Exception {
        assertEquals("此服务商不支持查询余额。", load("messages_zh.properties").getProperty("balance_notSupported"));
    }

    @Test
    void apostrophesAreEscapedForNlsBind() throws Exception {
        for (Properties file : new Properties[] { load("messages.properties"), load("messages_zh.properties") }) {
            for (String key : file.stringPropertyNames()) {
                String bound = NLS.bind(file.getProperty(key), new Object[] { "A", "B" });
                String raw = file.getProperty(key).replace("''", "");
                assertFalse(raw.contains("'"), key + ": write '' for an apostrophe");
                assertFalse(bound.contains("''"), key);
            }
        }
        assertTrue(Messages.format(Messages.http_serverError, "500").contains("provider's status page"));
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("300 ms", Durations.format(Duration.ofMillis(300)));
        assertEquals("10 s", Durations.format(Duration.ofSeconds(10)));
        assertEquals("1.5 s", Durations.format(Duration.ofMillis(1500)));
        assertEquals("2 s", Durations.format(Duration.ofMillis(1999)));
    }
}
