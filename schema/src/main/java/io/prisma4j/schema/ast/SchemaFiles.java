package io.prisma4j.schema.ast;

import java.util.List;

/**
 * The files one schema is made of: a single {@code schema.prisma}, or every {@code .prisma} file of a
 * folder read as one schema (Prisma's multi-file schemas). A {@link Span#fileId()} indexes this list.
 */
public record SchemaFiles(List<SourceFile> files) {

    public SchemaFiles {
        files = List.copyOf(files);
    }

    public static SchemaFiles single(String path, String text) {
        return new SchemaFiles(List.of(new SourceFile(path, text)));
    }

    public SourceFile file(int fileId) {
        return files.get(fileId);
    }

    public SourceFile file(Span span) {
        return files.get(span.fileId());
    }
}
