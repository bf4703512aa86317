package io.prisma4j.schema.connector;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A datasource URL split into its parts as Prisma reads them: {@code postgresql://user:password@host:5432/db?schema=public},
 * {@code mysql://root@localhost/db}, {@code file:./dev.db?connection_limit=1}. Parsing only splits and
 * decodes; which schemes are supported, what a missing part means (a default port, {@code localhost}, a
 * default database) and how a relative file is resolved are the caller's to decide.
 * <p>
 * Decoding follows Prisma: the user, password and database are percent-decoded, so a {@code +} stays a
 * plus (generated passwords often hold one); query parameters are form-decoded, so a {@code +} is a space.
 *
 * @param scheme     what stands before {@code ://} ({@code postgresql}, {@code mysql}, ...), or {@code file}
 * @param user       the decoded user, or {@code null}
 * @param password   the decoded password, or {@code null}
 * @param host       the host as written ({@code [::1]} keeps its brackets; empty when left out), or
 *                   {@code null} for a file
 * @param port       the port as written, or {@code null} when there is none
 * @param database   the decoded database name (possibly empty), or {@code null} when the URL has no path
 * @param file       the path of a {@code file:} URL as written, or {@code null} for a server
 * @param parameters the decoded query parameters, in order
 */
public record DatasourceUrl(String scheme, String user, String password, String host, String port, String database,
                            String file, Map<String, String> parameters) {

    public DatasourceUrl {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Splits {@code url}; empty when it is neither {@code file:...} nor {@code scheme://...}. */
    public static Optional<DatasourceUrl> parse(String url) {
        if (url.startsWith("file:")) {
            Cut pathAndQuery = Cut.atFirst(url.substring("file:".length()), '?');
            String path = pathAndQuery.before();
            return Optional.of(new DatasourceUrl("file", null, null, null, null, null,
                    path.startsWith("//") ? path.substring(2) : path, query(pathAndQuery.after())));
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        Cut addressAndQuery = Cut.atFirst(url.substring(schemeEnd + 3), '?');
        Map<String, String> parameters = query(addressAndQuery.after());
        Cut credentialsAndServer = Cut.atLast(addressAndQuery.before(), '@');
        String user = null;
        String password = null;
        String server = credentialsAndServer.before();
        if (credentialsAndServer.after() != null) {
            Cut userAndPassword = Cut.atFirst(credentialsAndServer.before(), ':');
            user = decode(userAndPassword.before());
            password = userAndPassword.after() == null ? null : decode(userAndPassword.after());
            server = credentialsAndServer.after();
        }
        Cut hostPortAndDatabase = Cut.atFirst(server, '/');
        String database = hostPortAndDatabase.after() == null ? null : decode(hostPortAndDatabase.after());
        String hostPort = hostPortAndDatabase.before();
        // A colon inside an IPv6 address in brackets is not the port's.
        Cut hostAndPort = hostPort.endsWith("]") ? new Cut(hostPort, null) : Cut.atLast(hostPort, ':');
        return Optional.of(new DatasourceUrl(url.substring(0, schemeEnd), user, password, hostAndPort.before(),
                hostAndPort.after(), database, null, parameters));
    }

    /** A text cut at a separator: what stands before it, and after it ({@code null} when there is no separator). */
    private record Cut(String before, String after) {
        static Cut atFirst(String text, char separator) {
            return at(text, text.indexOf(separator));
        }

        static Cut atLast(String text, char separator) {
            return at(text, text.lastIndexOf(separator));
        }

        private static Cut at(String text, int index) {
            return index < 0 ? new Cut(text, null) : new Cut(text.substring(0, index), text.substring(index + 1));
        }
    }

    /** Whether this is a {@code file:} URL (SQLite). */
    public boolean isFile() {
        return file != null;
    }

    /** The port as a number, {@code null} when there is none; {@code notANumber} makes the error for what was written. */
    public Integer port(Function<String, ? extends RuntimeException> notANumber) {
        if (port == null) {
            return null;
        }
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw notANumber.apply(port);
        }
    }

    /** The parameters of a query string ({@code null}: there is none). */
    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            Cut keyAndValue = Cut.atFirst(pair, '=');
            String value = keyAndValue.after() == null ? "" : keyAndValue.after();
            parameters.put(URLDecoder.decode(keyAndValue.before(), StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Percent-decoding only: {@link URLDecoder} alone would read a {@code +} as a space. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
