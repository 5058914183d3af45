package org.bureaucrathackers.fellowship.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Makes the server's JVM start sooner for tests that start it many times: most of a start is loading classes,
 * and a class-data archive of them (dumped when the first server exits cleanly, mapped by every later JVM)
 * halves it. The JVM archives classes from jar files only, so the class folders are packed into jars first.
 * Without an archive (or with one the JVM cannot use) everything still runs, only slower.
 */
final class SharedClasses {

    private static SharedClasses instance;

    private final String classPath;
    private final Path archive;
    private boolean dumpClaimed;

    private SharedClasses(String classPath, Path archive) {
        this.classPath = classPath;
        this.archive = archive;
    }

    static synchronized SharedClasses get() {
        if (instance == null) {
            try {
                Path folder = Files.createTempDirectory("fellowship-classes");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFiles.deleteRecursively(folder)));
                instance = new SharedClasses(jarredClassPath(folder), folder.resolve("fellowship.jsa"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String classPath() {
        return classPath;
    }

    /**
     * JVM options for one process: map the archive when there is one; otherwise the first server (and only it)
     * writes one when it exits cleanly.
     */
    synchronized List<String> options(boolean server) {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        if (server && !dumpClaimed) {
            dumpClaimed = true;
            return List.of("-XX:ArchiveClassesAtExit=" + archive);
        }
        return List.of();
    }

    private static String jarredClassPath(Path folder) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = folder.resolve("classes-" + (++n) + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(path -> !path.equals(classes))::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                // Folder entries too: class loaders find a resource folder (the migrations) only by its entry.
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    copy(file, out);
                }
                out.closeEntry();
            }
        }
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        Files.copy(file, out);
    }
}
