package io.calldeck.bench;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.GongConfig;
import io.calldeck.connector.TestConfigs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;

/**
 * Uploads one recording through the connector and prints {@code <seconds> <peak heap bytes> <max heap bytes>}:
 * run in its own JVM with a small {@code -Xmx}.
 */
public final class UploadClient {

    private UploadClient() {
    }

    /**
     * @param args base URL, access key, secret, call id, file
     */
    public static void main(String[] args) {
        try (GongCalls gong = GongCalls.create(new GongConfig(TestConfigs.of(Map.of(GongConfig.BASE_URL, args[0],
                GongConfig.ACCESS_KEY, args[1], GongConfig.ACCESS_KEY_SECRET, args[2]))))) {
            long start = System.nanoTime();
            gong.uploadMedia(args[3], Path.of(args[4]));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println(seconds + " " + peak + " " + Runtime.getRuntime().maxMemory());
        }
    }
}
