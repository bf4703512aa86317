package io.prisma4j.generator.compile;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles Java sources with the JDK's compiler ({@code javax.tools}) against the test classpath, with
 * every lint warning an error, and reports the diagnostics.
 */
public final class InMemoryCompiler {

    /** The outcome: whether it compiled, the error messages, and where the classes went. */
    public record Result(boolean success, List<String> errors, Path classes) {
        public String messages() {
            return String.join("\n", errors);
        }
    }

    /** Compiles {@code source} (a whole compilation unit of class {@code className}). */
    public static Result compile(String className, String source) {
        return compile(List.of(new Source(className, source)), List.of());
    }

    /** Compiles sources from memory and files together. */
    public static Result compile(List<Source> sources, List<Path> files) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Path output = Files.createTempDirectory("prisma4j-compile");
            List<JavaFileObject> units = new ArrayList<>(sources);
            manager.getJavaFileObjectsFromPaths(files).forEach(units::add);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
                    "-Xlint:all,-processing", "-Werror", "-proc:none");
            boolean success = compiler.getTask(null, manager, diagnostics, options, null, units).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
            return new Result(success, errors, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source held in memory. */
    public static final class Source extends SimpleJavaFileObject {
        private final String code;

        public Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
