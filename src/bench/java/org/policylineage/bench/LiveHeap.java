package org.policylineage.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap still in use after any collection while it is open: what a step needs to keep, as
 * opposed to the pools' peaks, which grow to whatever maximum heap the collector is given. After a
 * young collection the old generation still holds its garbage, so that is an upper bound; after a
 * full collection it is the live heap itself, kept apart.
 */
final class LiveHeap implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterFull = new AtomicLong(-1);
    private final AtomicInteger fullCollections = new AtomicInteger();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onCollection;
    /** G1's and the other collectors' heap pools, named once: metaspace and code cache are not heap. */
    private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

    LiveHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
        }
        peak.accumulateAndGet(used, Math::max);
        if ("end of major GC".equals(info.getGcAction())) {
            fullCollections.incrementAndGet();
            peakAfterFull.accumulateAndGet(used, Math::max);
        }
    }

    /** Megabytes of the largest heap left after a collection since this was opened (0 if none ran). */
    double peakMegabytes() {
        return peak.get() / 1e6;
    }

    /** Full collections since this was opened. */
    int fullCollections() {
        return fullCollections.get();
    }

    /** Megabytes of the largest heap left after a full collection, or -1 if none ran. */
    double peakAfterFullMegabytes() {
        long p = peakAfterFull.get();
        return p < 0 ? -1 : p / 1e6;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }
}
