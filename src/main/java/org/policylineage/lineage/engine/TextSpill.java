package org.policylineage.lineage.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.policylineage.text.NormalisedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Normalised texts kept in a temporary file by document, so a text read again after the memory
 * cache let it go comes back from one file read instead of a store query and a second
 * normalisation: on a large corpus those were a large part of the computation, and with the store
 * larger than memory its reads went to disk. The file is deleted on close (on Linux, at once: its
 * space comes back even if the process is killed).
 */
final class TextSpill implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TextSpill.class);

    private final Path file;
    private final FileChannel channel;
    private final AtomicLongArray position;
    /**
     * Bytes of each document's entry: 0 until a thread claims the entry, -1 while it writes it (or
     * after it failed to), so a reader never sees half of one and a text is written once.
     */
    private final AtomicIntegerArray length;
    private long end;
    /** False once a write or read failed: nothing more is kept or read back. */
    private volatile boolean usable = true;

    /** A spill for documents numbered 0 to {@code documents - 1}, in a new file in {@code directory}. */
    TextSpill(Path directory, int documents) {
        try {
            this.file = Files.createTempFile(directory, "policy-lineage-texts-", ".bin");
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for document texts in " + directory, e);
        }
        this.position = new AtomicLongArray(documents);
        this.length = new AtomicIntegerArray(documents);
    }

    /**
     * Keeps a document's text. A spill that cannot write (a full disk) stops keeping texts and
     * lineage reads them from the store again: slower, but nothing is lost.
     */
    void put(int document, NormalisedText text) {
        if (!usable || !length.compareAndSet(document, 0, -1)) return;
        ByteBuffer bytes = text.toBytes();
        int size = bytes.remaining();
        long at;
        synchronized (this) {
            at = end;
            end += size;
        }
        try {
            for (long p = at; bytes.hasRemaining(); ) p += channel.write(bytes, p);
        } catch (IOException e) {
            stopKeeping(e);
            return;
        }
        position.set(document, at);
        length.set(document, size);
    }

    /**
     * A document's text as kept, or null if it was not. A spill that cannot read it back answers
     * null from then on, and lineage reads the texts from the store again, as when it cannot write.
     */
    NormalisedText get(int document) {
        int size = length.get(document);
        if (size <= 0 || !usable) return null;
        ByteBuffer bytes = ByteBuffer.allocate(size);
        try {
            for (long p = position.get(document); bytes.hasRemaining(); ) {
                int n = channel.read(bytes, p);
                if (n < 0) throw new IOException("unexpected end of " + file);
                p += n;
            }
        } catch (IOException e) {
            stopKeeping(e);
            return null;
        }
        return NormalisedText.fromBytes(bytes.flip());
    }

    private void stopKeeping(IOException e) {
        usable = false;
        log.warn("document texts are no longer kept in {} ({}): lineage reads them from the store again", file, e.getMessage());
    }

    /** Bytes written so far. */
    synchronized long bytes() {
        return end;
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind costs disk, not correctness.
        }
    }
}
