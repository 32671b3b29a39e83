package io.calldeck.connector.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A recording to upload: where its bytes come from, its name, format and size.
 *
 * @param fileName   the name sent as the part's file name
 * @param mediaType  the part's content type, from the extension
 * @param size       size in bytes, or -1 when unknown
 * @param opener     opens a fresh stream of the bytes
 * @param reopenable whether {@link #opener()} may be called again (a file), so that a failed upload can be retried
 */
public record MediaSource(String fileName, String mediaType, long size, Opener opener, boolean reopenable) {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "wav", "audio/wav", "mp3", "audio/mpeg", "mp4", "video/mp4", "mkv", "video/x-matroska",
            "flac", "audio/flac");

    /** Opens the recording's bytes. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return a new stream positioned at the first byte
         * @throws IOException when the source cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * @param file a recording file (checked: format and 1.5 GB limit)
     * @return a re-openable source of the file
     * @throws IOException when the file's size cannot be read
     */
    public static MediaSource of(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        String extension = RequestValidator.mediaFile(name, size);
        return new MediaSource(name, MEDIA_TYPES.get(extension), size, () -> Files.newInputStream(file), true);
    }

    /**
     * @param stream   the recording's bytes, read once
     * @param fileName its name (the extension picks the format)
     * @return a one-shot source; its size is checked while it streams
     */
    public static MediaSource of(InputStream stream, String fileName) {
        String extension = RequestValidator.mediaFile(fileName, -1);
        boolean[] opened = {false};
        return new MediaSource(fileName, MEDIA_TYPES.get(extension), -1, () -> {
            if (opened[0]) {
                throw new IOException("the upload stream of " + fileName + " was already read and cannot be re-read");
            }
            opened[0] = true;
            return stream;
        }, false);
    }
}
