package mai.launcher.core.docker.internal;

import java.time.Instant;
import java.util.Optional;

import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatisticNetworksConfig;

import mai.launcher.core.docker.ContainerStats;

/** Turns the engine's raw counters into a sample, as {@code docker stats} computes it. */
final class StatsMath {

    private StatsMath() {
    }

    static ContainerStats of(Statistics s) {
        double cpu = 0;
        CpuStatsConfig now = s.getCpuStats();
        CpuStatsConfig before = s.getPreCpuStats();
        if (now != null && before != null && now.getCpuUsage() != null && before.getCpuUsage() != null
                && now.getSystemCpuUsage() != null && before.getSystemCpuUsage() != null) {
            long cpuDelta = now.getCpuUsage().getTotalUsage() - before.getCpuUsage().getTotalUsage();
            long systemDelta = now.getSystemCpuUsage() - before.getSystemCpuUsage();
            long cpus = Optional.ofNullable(now.getOnlineCpus()).orElse(1L);
            if (systemDelta > 0 && cpuDelta >= 0) {
                cpu = (double) cpuDelta / systemDelta * cpus * 100.0;
            }
        }
        long memory = 0;
        long limit = 0;
        if (s.getMemoryStats() != null) {
            memory = Optional.ofNullable(s.getMemoryStats().getUsage()).orElse(0L);
            limit = Optional.ofNullable(s.getMemoryStats().getLimit()).orElse(0L);
        }
        long rx = 0;
        long tx = 0;
        if (s.getNetworks() != null) {
            for (StatisticNetworksConfig network : s.getNetworks().values()) {
                rx += Optional.ofNullable(network.getRxBytes()).orElse(0L);
                tx += Optional.ofNullable(network.getTxBytes()).orElse(0L);
            }
        }
        Instant time;
        try {
            time = s.getRead() == null ? Instant.now() : Instant.parse(s.getRead());
        } catch (RuntimeException e) {
            time = Instant.now();
        }
        return new ContainerStats(time, cpu, memory, limit, rx, tx);
    }
}
