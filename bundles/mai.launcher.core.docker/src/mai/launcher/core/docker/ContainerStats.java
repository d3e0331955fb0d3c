package mai.launcher.core.docker;

import java.time.Instant;

/**
 * A sample of a container's resource use.
 *
 * @param time        when it was taken
 * @param cpuPercent  CPU use since the previous sample, in percent of one CPU (may exceed 100 on several)
 * @param memoryBytes memory in use
 * @param memoryLimit the memory limit (the machine's memory when the container has none)
 * @param rxBytes     bytes received over the network since the container started
 * @param txBytes     bytes sent
 * @since 0.1
 */
public record ContainerStats(Instant time, double cpuPercent, long memoryBytes, long memoryLimit, long rxBytes,
        long txBytes) {
}
