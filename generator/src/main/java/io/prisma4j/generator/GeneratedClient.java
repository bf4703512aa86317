package io.prisma4j.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What one generation wrote.
 *
 * @param target the generator block's target (package and source root)
 * @param files  the files written
 * @param lines  the lines of code written
 * @param millis how long generating and writing took
 */
public record GeneratedClient(ClientTarget target, List<Path> files, long lines, long millis) {
    public GeneratedClient {
        files = List.copyOf(files);
    }
}
