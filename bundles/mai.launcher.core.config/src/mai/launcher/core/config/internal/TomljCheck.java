package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.ConfigProblem;

import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseOptions;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * Validates text with tomlj, the reference parser here, and turns its errors into friendly
 * problems. TOML 1.0 is enforced because MaiBot reads its files with Python's TOML 1.0 parsers;
 * accepting TOML 1.1 syntax here would let the launcher write files the bot cannot read.
 * This is the only class that touches tomlj types.
 */
public final class TomljCheck {

    private static final TomlParseOptions OPTIONS =
            TomlParseOptions.defaults().withVersion(TomlVersion.V1_0_0).withoutSource();

    private TomljCheck() {
    }

    /**
     * Validates a document text (without byte order mark).
     *
     * @param text the TOML text
     * @return the problems in order; empty when the text is valid TOML 1.0
     */
    public static List<ConfigProblem> problems(String text) {
        TomlParseResult result = Toml.parse(text, OPTIONS);
        if (!result.hasErrors()) {
            return List.of();
        }
        ErrorTranslator translator = new ErrorTranslator(text);
        List<ConfigProblem> out = new ArrayList<>();
        for (TomlParseError e : result.errors()) {
            out.add(translator.translate(e.getMessage(), e.position().line(), e.position().column()));
        }
        return List.copyOf(out);
    }
}
