package io.prisma4j.schema.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code env("X")} looks: variables set explicitly, then the process environment, then a
 * {@code .env} file (process variables win over the file, as with Prisma's dotenv loading).
 */
public final class Env {
    private final Map<String, String> overrides;
    private final Map<String, String> process;
    private final Map<String, String> dotEnv;

    private Env(Map<String, String> overrides, Map<String, String> process, Map<String, String> dotEnv) {
        this.overrides = Map.copyOf(overrides);
        this.process = process;
        this.dotEnv = Map.copyOf(dotEnv);
    }

    /** The process environment only. */
    public static Env system() {
        return new Env(Map.of(), System.getenv(), Map.of());
    }

    /** Only the given variables (tests, embedding). */
    public static Env of(Map<String, String> variables) {
        return new Env(variables, Map.of(), Map.of());
    }

    /**
     * The process environment plus the first {@code .env} found among {@code candidates} (missing files
     * are skipped).
     */
    public static Env withDotEnv(Path... candidates) {
        for (Path candidate : candidates) {
            if (candidate != null && Files.isRegularFile(candidate)) {
                return new Env(Map.of(), System.getenv(), DotEnv.read(candidate));
            }
        }
        return system();
    }

    /** This environment with {@code variables} taking precedence. */
    public Env with(Map<String, String> variables) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(variables);
        return new Env(merged, process, dotEnv);
    }

    public Optional<String> get(String name) {
        String value = overrides.get(name);
        if (value == null) {
            value = process.get(name);
        }
        if (value == null) {
            value = dotEnv.get(name);
        }
        return Optional.ofNullable(value);
    }

    /** The variables read from the {@code .env} file (empty if none). */
    public Map<String, String> dotEnvVariables() {
        return dotEnv;
    }

    /** Parser for {@code .env} files: {@code KEY=value}, quotes, {@code export}, comments, {@code ${VAR}} expansion. */
    static final class DotEnv {
        private DotEnv() {
        }

        static Map<String, String> read(Path file) {
            try {
                return parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
            }
        }

        static Map<String, String> parse(String text) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String raw : text.split("\r?\n|\r")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("export ")) {
                    line = line.substring(7).stripLeading();
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                values.put(key, unquote(value, values));
            }
            return values;
        }

        private static String unquote(String value, Map<String, String> earlier) {
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'' || value.charAt(0) == '`')) {
                char quote = value.charAt(0);
                int end = value.indexOf(quote, 1);
                if (end > 0) {
                    String inner = value.substring(1, end);
                    if (quote == '"') {
                        inner = inner.replace("\\n", "\n");
                    }
                    return quote == '\'' ? inner : expand(inner, earlier);
                }
            }
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment).stripTrailing();
            }
            return expand(value, earlier);
        }

        /** {@code ${VAR}} expansion (dotenv-expand), from the process environment or earlier lines. */
        private static String expand(String value, Map<String, String> earlier) {
            if (!value.contains("${")) {
                return value;
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < value.length()) {
                int start = value.indexOf("${", i);
                int end = start < 0 ? -1 : value.indexOf('}', start);
                if (start < 0 || end < 0) {
                    out.append(value, i, value.length());
                    break;
                }
                out.append(value, i, start);
                String name = value.substring(start + 2, end);
                String replacement = System.getenv(name);
                if (replacement == null) {
                    replacement = earlier.getOrDefault(name, "");
                }
                out.append(replacement);
                i = end + 1;
            }
            return out.toString();
        }
    }
}
