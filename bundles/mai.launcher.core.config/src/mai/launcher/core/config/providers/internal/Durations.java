package mai.launcher.core.config.providers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Shows a timeout as a person reads it: "300 ms", "10 s", "1.5 s". */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return Messages.format(Messages.duration_millis, Long.toString(millis));
        }
        BigDecimal seconds = BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Messages.format(Messages.duration_seconds, seconds.toPlainString());
    }
}
