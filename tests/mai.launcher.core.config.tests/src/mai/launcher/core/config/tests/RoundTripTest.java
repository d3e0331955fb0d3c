package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/** Every valid toml-test file parses, prints back byte for byte, and reads as its JSON says. */
class RoundTripTest {

    private static final Path VALID = TestData.ROOT.resolve("toml-test/valid");

    private static List<Path> tomlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(VALID)) {
            return s.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
        }
    }

    @Test
    void suiteIsPresent() throws IOException {
        assertTrue(tomlFiles().size() >= 130, "toml-test valid files found: " + tomlFiles().size());
    }

    @TestFactory
    Stream<DynamicTest> printsBackByteIdentical() throws IOException {
        return tomlFiles().stream().map(p -> DynamicTest.dynamicTest(VALID.relativize(p).toString(), () -> {
            byte[] in = Files.readAllBytes(p);
            TomlDocument doc = TomlDocument.parse(in);
            assertArrayEquals(in, doc.toBytes());
        }));
    }

    @TestFactory
    Stream<DynamicTest> valuesMatchJson() throws IOException {
        return tomlFiles().stream().map(p -> DynamicTest.dynamicTest(VALID.relativize(p).toString(), () -> {
            Path json = p.resolveSibling(p.getFileName().toString().replace(".toml", ".json"));
            Object expected = Json.parse(Files.readString(json));
            ConfigValue actual = TomlDocument.parse(Files.readAllBytes(p)).get(TomlPath.ROOT).orElseThrow();
            compare(expected, actual, "<root>");
        }));
    }

    @SuppressWarnings("unchecked")
    static void compare(Object expected, ConfigValue actual, String where) {
        if (expected instanceof Map<?, ?> map && isScalar(map)) {
            compareScalar((String) map.get("type"), (String) map.get("value"), actual, where);
        } else if (expected instanceof Map<?, ?> map) {
            if (!(actual instanceof ConfigValue.TableValue t)) {
                fail(where + ": table expected, got " + actual);
                return;
            }
            assertEquals(map.keySet(), t.entries().keySet(), where + ": keys");
            ((Map<String, Object>) map).forEach((k, v) -> compare(v, t.entries().get(k), where + "." + k));
        } else if (expected instanceof List<?> list) {
            if (!(actual instanceof ConfigValue.ArrayValue a)) {
                fail(where + ": array expected, got " + actual);
                return;
            }
            assertEquals(list.size(), a.elements().size(), where + ": size");
            for (int i = 0; i < list.size(); i++) {
                compare(list.get(i), a.elements().get(i), where + "[" + i + "]");
            }
        } else {
            fail(where + ": unexpected JSON " + expected);
        }
    }

    private static boolean isScalar(Map<?, ?> map) {
        return map.size() == 2 && map.get("type") instanceof String && map.get("value") instanceof String;
    }

    private static void compareScalar(String type, String value, ConfigValue actual, String where) {
        switch (type) {
            case "string" -> assertEquals(new ConfigValue.StringValue(value), actual, where);
            case "integer" -> assertEquals(new ConfigValue.IntegerValue(Long.parseLong(value)), actual, where);
            case "bool" -> assertEquals(new ConfigValue.BooleanValue(Boolean.parseBoolean(value)), actual, where);
            case "float" -> assertEquals(new ConfigValue.FloatValue(parseFloat(value)), actual, where);
            case "datetime" -> {
                OffsetDateTime e = OffsetDateTime.parse(norm(value));
                OffsetDateTime a = ((ConfigValue.OffsetDateTimeValue) actual).value();
                assertTrue(e.isEqual(a) && e.getOffset().equals(a.getOffset()), where + ": " + e + " vs " + a);
            }
            case "datetime-local" -> assertEquals(new ConfigValue.LocalDateTimeValue(LocalDateTime.parse(norm(value))), actual, where);
            case "date-local" -> assertEquals(new ConfigValue.LocalDateValue(LocalDate.parse(value)), actual, where);
            case "time-local" -> assertEquals(new ConfigValue.LocalTimeValue(LocalTime.parse(value)), actual, where);
            default -> fail(where + ": unknown type " + type);
        }
    }

    private static double parseFloat(String v) {
        return switch (v) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(v);
        };
    }

    private static String norm(String v) {
        return (v.substring(0, 10) + "T" + v.substring(11)).toUpperCase(Locale.ROOT);
    }
}
