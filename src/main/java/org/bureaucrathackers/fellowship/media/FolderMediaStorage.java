package org.bureaucrathackers.fellowship.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media files in a folder (by default {@code media} in the data folder), served by this server under
 * {@link #PATH_PREFIX}. Files are written to a temporary name and moved into place, so a reader never sees
 * half a file.
 */
public final class FolderMediaStorage implements MediaStorage {

    public static final String PATH_PREFIX = "/media/";
    /** What a key may look like: a folder named by id and secret, then a plain file name. No way out of the root. */
    public static final Pattern KEY = Pattern.compile("^[0-9]{1,19}-[0-9a-f]{32}/[a-z]{1,16}\\.(jpg|png|gif|pdf)$");

    private final Path root;
    private final String baseUrl;

    public FolderMediaStorage(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    @Override
    public void put(String key, byte[] content, String mediaType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".part");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store media file " + key, e);
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Path file = resolve(key);
            Files.deleteIfExists(file);
            try (var left = Files.list(file.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(file.getParent());
                }
            }
        } catch (NoSuchFileException e) {
            // Already gone.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete media file " + key, e);
        }
    }

    @Override
    public String url(String key) {
        return baseUrl + PATH_PREFIX + key;
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return path;
    }
}
