package mai.launcher.core.local.internal.run;

/** The last bytes a component wrote, kept for a terminal opened later; older bytes are dropped. */
final class OutputBuffer {

    private final byte[] ring;
    private long written;

    OutputBuffer(int capacity) {
        ring = new byte[capacity];
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[offset + i];
        }
    }

    synchronized byte[] snapshot() {
        int size = (int) Math.min(written, ring.length);
        byte[] copy = new byte[size];
        long start = written - size;
        for (int i = 0; i < size; i++) {
            copy[i] = ring[(int) ((start + i) % ring.length)];
        }
        return copy;
    }
}
